"""The triage step of an ingest chunk: collect new and edited mentions, assess them in one batch,
and fold the results into the chunk's cases, authors and audit events before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from amends.ingest.schemas import MentionIn
from amends.kit.time import utcnow
from amends.triage.engine import Triage
from amends.triage.service import CaseTriage, assessment_values, load_policy
from amends.triage.signals import AuthorHistory, TriageInput


class CaseState(Protocol):
    triage: CaseTriage
    changed: bool


class AuthorState(Protocol):
    follower_count: int | None
    troll_flags: int
    seen: int  # mentions stored before the one being handled
    changed: bool


class EventState(Protocol):
    after: dict[str, Any] | None


@dataclass(slots=True)
class _Pending:
    mention_id: int
    case: CaseState
    author: AuthorState | None
    item: TriageInput
    event: EventState | None  # the mention.received or mention.edited event: it records priority and action
    replaces: bool  # an edit: the mention's earlier assessment is replaced


@dataclass
class ChunkTriage:
    """What a chunk has to assess, and the assessment rows once it has."""

    pending: list[_Pending] = field(default_factory=list)

    def queue(
        self,
        mention_id: int,
        case: CaseState,
        author: AuthorState | None,
        m: MentionIn,
        event: EventState | None,
        *,
        replaces: bool,
    ) -> None:
        history = AuthorHistory(
            follower_count=author.follower_count if author is not None else m.author.follower_count,
            verified=m.author.is_verified,
            troll_flags=author.troll_flags if author is not None else 0,
            earlier_mentions=author.seen if author is not None else 0,
        )
        metrics = {k: v for k, v in m.metrics.__dict__.items() if isinstance(v, int)}
        item = TriageInput(text=m.text, author=history, metrics=metrics, created_at=m.created_at)
        self.pending.append(_Pending(mention_id, case, author, item, event, replaces))

    @property
    def replaced(self) -> list[int]:
        """Mentions whose earlier assessment this chunk replaces (edits)."""
        return [p.mention_id for p in self.pending if p.replaces]

    def run(self, session: Session, now: datetime | None = None) -> list[dict[str, Any]]:
        """Assess everything queued in one batch; return the `assessment` rows to insert."""
        if not self.pending:
            return []
        now = now or utcnow()
        results = engine_for(session).assess_many([p.item for p in self.pending], now)
        rows: list[dict[str, Any]] = []
        for p, a in zip(self.pending, results, strict=True):
            rows.append(assessment_values(p.mention_id, a, now))
            if p.case.triage.absorb(
                a.priority, a.action.value, a.pathway, str(a.kind.value), str(a.topic.value), int(a.severity.value),
                bool(a.legal_risk.value), bool(a.pii.value),
            ):  # fmt: skip
                p.case.changed = True
            if a.troll.value and p.author is not None and not p.replaces:  # an edit is not a second offence
                p.author.troll_flags += 1
                p.author.changed = True
            if p.event is not None and p.event.after is not None:
                p.event.after.update(priority=a.priority, action=a.action.value)
        return rows


_engines: dict[str, Triage] = {}


def engine_for(session: Session) -> Triage:
    """The triage engine for the workspace's current policy (built once per distinct policy)."""
    policy = load_policy(session)
    key = policy.model_dump_json()
    engine = _engines.get(key)
    if engine is None:
        if len(_engines) > 8:
            _engines.clear()
        engine = _engines[key] = Triage(policy)
    return engine
