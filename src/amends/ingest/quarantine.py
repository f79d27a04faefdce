"""Quarantined input: list it, look at it, and replay it once the cause is fixed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.channels import service as channels
from amends.config import Settings
from amends.ingest.importers.jsonl import parse_payload
from amends.ingest.importers.twcs import brand_router, parse_twcs
from amends.ingest.service import Incoming, Origin, ingest_batch
from amends.kit.time import utcnow
from amends.models import Channel, Quarantine, QuarantineStatus


class ReplayRefused(ValueError):
    pass


@dataclass(frozen=True)
class ReplayOutcome:
    ok: bool
    message: str


def list_quarantine(session: Session, *, status: str | None = "pending", limit: int = 100) -> list[Quarantine]:
    query = select(Quarantine).order_by(Quarantine.id.desc()).limit(limit)
    if status:
        query = query.where(Quarantine.status == status)
    return list(session.scalars(query))


def get_quarantined(session: Session, quarantine_id: int) -> Quarantine | None:
    return session.get(Quarantine, quarantine_id)


def _rebuild(row: Quarantine, payload: bytes, session: Session) -> tuple[Incoming, Channel | None]:
    origin = Origin(
        row.source,
        row.source_ref,
        row.location,
        payload,
        row.payload_format,
        row.channel_slug,
        row.replayable,
    )
    channel = channels.get_by_slug(session, row.channel_slug) if row.channel_slug else None
    if row.channel_slug and channel is None:
        raise ValueError(f"channel {row.channel_slug!r} no longer exists")
    if row.payload_format == "json":
        return parse_payload(payload, origin), channel
    if row.payload_format == "twcs-csv":
        parsed = parse_twcs(payload, row.source_ref)
        if parsed.rejections:
            raise ValueError(parsed.rejections[0].reason)
        known = [channel] if channel is not None else channels.list_channels(session)
        route = brand_router(known, fixed=channel.account_ref if channel is not None else None)
        items, rejections = parsed.items(route)
        if rejections or not items:
            raise ValueError(rejections[0].reason if rejections else "the row holds no tweet")
        return items[0], None
    raise ValueError(f"unknown payload format {row.payload_format!r}")


def replay(
    session: Session,
    settings: Settings,
    quarantine_id: int,
    *,
    actor: str,
    payload: bytes | None = None,
) -> ReplayOutcome:
    """Run a quarantined item through ingest again, optionally with a corrected payload.

    A failed replay leaves the item pending with the new reason; nothing else is written.
    """
    row = session.get(Quarantine, quarantine_id, with_for_update=True)
    if row is None:
        raise ReplayRefused(f"no quarantined item {quarantine_id}")
    if row.status != QuarantineStatus.PENDING.value:
        raise ReplayRefused(f"item {quarantine_id} was already replayed")
    if not row.replayable:
        raise ReplayRefused(f"item {quarantine_id} failed authentication and can only be inspected")
    use = payload if payload is not None else row.payload
    row.attempts += 1
    try:
        incoming, channel = _rebuild(row, use, session)
    except ValueError as exc:
        return _failed(session, row, actor, str(exc))

    savepoint = session.begin_nested()
    summary = ingest_batch(session, settings, [incoming], channel=channel, actor=actor)
    if summary.quarantined:
        savepoint.rollback()
        return _failed(session, row, actor, summary.quarantined[0].reason)
    savepoint.commit()
    before = {"status": row.status}
    row.status = QuarantineStatus.REPLAYED.value
    row.resolved_at = utcnow()
    row.resolved_key = incoming.mention.key
    outcome = "duplicate of an existing item" if summary.duplicates else "ingested"
    AuditLog(session).record(
        actor=actor,
        action="quarantine.replayed",
        subject_type="quarantine",
        subject_id=row.id,
        before=before,
        after={"status": row.status, "key": row.resolved_key, "edited_payload": payload is not None},
        reason=outcome,
    )
    return ReplayOutcome(True, f"{incoming.mention.key}: {outcome}")


def _failed(session: Session, row: Quarantine, actor: str, reason: str) -> ReplayOutcome:
    previous = row.reason
    row.reason = reason
    AuditLog(session).record(
        actor=actor,
        action="quarantine.replay_failed",
        subject_type="quarantine",
        subject_id=row.id,
        before={"reason": previous},
        after={"reason": reason, "attempts": row.attempts},
        reason=reason,
    )
    return ReplayOutcome(False, reason)
