"""The audit writer and the integrity check of its hash chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.kit.bulk import insert_rows
from amends.kit.time import utcnow
from amends.models import AuditHead, Event

GENESIS_HASH = "0" * 64
_HEAD_ID = 1


# What the hash covers, in the event's own column names.
HASHED_FIELDS = (
    "id",
    "occurred_at",
    "actor",
    "action",
    "subject_type",
    "subject_id",
    "case_id",
    "before",
    "after",
    "reason",
    "prev_hash",
)


def event_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 over a canonical JSON of the hashed fields (sorted keys, no spaces, UTC ISO time)."""
    body = {name: fields[name] for name in HASHED_FIELDS}
    body["occurred_at"] = body["occurred_at"].isoformat()
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventSpec:
    """What happened, to whom, and why; the log adds actor, time and the chain links."""

    action: str
    subject_type: str
    subject_id: int | None
    case_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    reason: str | None = None


class AuditLog:
    """Appends events to the chain inside the caller's transaction.

    The head row is locked on first use, so concurrent writers append one after the other and
    never fork the chain; the lock is released by the caller's commit or rollback.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._head: AuditHead | None = None

    def _lock_head(self) -> AuditHead:
        if self._head is None:
            head = self.session.scalars(
                select(AuditHead).where(AuditHead.id == _HEAD_ID).with_for_update()
            ).one_or_none()
            if head is None:
                head = AuditHead(id=_HEAD_ID, last_event_id=0, last_hash=GENESIS_HASH)
                self.session.add(head)
            self._head = head
        return self._head

    def lock(self) -> None:
        """Take the chain lock now; ingest does this first so its reads see every earlier commit."""
        self._lock_head()

    def _link(self, actor: str, when: datetime, spec: EventSpec) -> dict[str, Any]:
        """The event's column values: its id and place in the chain; the head moves to it."""
        head = self._lock_head()
        values: dict[str, Any] = {
            "id": head.last_event_id + 1,
            "occurred_at": when,
            "actor": actor,
            "action": spec.action,
            "subject_type": spec.subject_type,
            "subject_id": spec.subject_id,
            "case_id": spec.case_id,
            "before": spec.before,
            "after": spec.after,
            "reason": spec.reason,
            "prev_hash": head.last_hash,
        }
        values["hash"] = event_hash(values)
        head.last_event_id = values["id"]
        head.last_hash = values["hash"]
        return values

    def record(
        self,
        *,
        actor: str,
        action: str,
        subject_type: str,
        subject_id: int | None,
        case_id: int | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> Event:
        spec = EventSpec(action, subject_type, subject_id, case_id, before, after, reason)
        event = Event(**self._link(actor, utcnow(), spec))
        self.session.add(event)
        return event

    def record_many(self, actor: str, specs: list[EventSpec]) -> None:
        """Append many events with one INSERT (the ingest path): same chain, no ORM objects."""
        if not specs:
            return
        when = utcnow()
        rows = [self._link(actor, when, spec) for spec in specs]
        insert_rows(self.session, Event, rows)


@dataclass(frozen=True)
class ChainReport:
    checked: int
    ok: bool
    broken_at: int | None = None
    problem: str | None = None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Recompute every hash in order and report the first event that does not fit the chain."""
    expected_prev = GENESIS_HASH
    expected_id = 1
    checked = 0
    last_id = 0
    while True:
        rows = session.scalars(select(Event).where(Event.id > last_id).order_by(Event.id).limit(batch)).all()
        if not rows:
            break
        for ev in rows:
            if ev.id != expected_id:
                return ChainReport(checked, False, expected_id, f"event {expected_id} is missing")
            if ev.prev_hash != expected_prev:
                return ChainReport(checked, False, ev.id, "prev_hash does not match the event before it")
            digest = event_hash({name: getattr(ev, name) for name in HASHED_FIELDS})
            if digest != ev.hash:
                return ChainReport(checked, False, ev.id, "content does not match its hash (row was altered)")
            expected_prev = ev.hash
            expected_id += 1
            checked += 1
            last_id = ev.id
        session.expunge_all()
    head = session.get(AuditHead, _HEAD_ID)
    if head is not None and (head.last_event_id != last_id or head.last_hash != expected_prev):
        return ChainReport(
            checked,
            False,
            last_id + 1,
            f"chain head points at event {head.last_event_id}: events were removed",
        )
    return ChainReport(checked, True)
