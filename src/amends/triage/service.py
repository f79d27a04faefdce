"""Triage in the database: the workspace policy, assessment rows, case roll-up and agents' corrections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import Author, Case, Mention, MentionAssessment, TriageCorrection, WorkspaceSetting
from amends.triage.policy import TriagePolicy
from amends.triage.signals import KINDS, Action, Assessment
from amends.workspace import SettingError, save_setting

POLICY_KEY = "triage"


class TriageError(ValueError):
    """A triage request that cannot be carried out (bad setting, unknown mention, bad correction)."""


# ---------------------------------------------------------------- workspace policy
def load_policy(session: Session) -> TriagePolicy:
    row = session.get(WorkspaceSetting, POLICY_KEY)
    if row is None:
        return TriagePolicy()
    return TriagePolicy.model_validate(row.value)


def save_policy(session: Session, data: dict[str, Any], *, actor: str) -> TriagePolicy:
    """Validate and store the triage setting (weights, thresholds, pathways, taxonomy) with an audit event."""
    try:
        return save_setting(session, POLICY_KEY, TriagePolicy, data, actor=actor)
    except SettingError as exc:  # includes a taxonomy phrase that does not compile
        raise TriageError(str(exc)) from exc


# ---------------------------------------------------------------- rows and roll-up
def assessment_values(mention_id: int, a: Assessment, when: datetime) -> dict[str, Any]:
    """Column values of an `assessment` row (headline columns plus every signal in `signals`)."""
    return {
        "mention_id": mention_id,
        "model_version": a.model_version,
        "assessed_at": when,
        "kind": a.kind.value,
        "sentiment": a.sentiment.value,
        "anger": float(a.anger.value),
        "severity": int(a.severity.value),
        "troll": bool(a.troll.value),
        "legal_risk": bool(a.legal_risk.value),
        "pii_exposed": bool(a.pii.value),
        "language": str(a.language.value),
        "topic": str(a.topic.value),
        "reach": float(a.reach.value),
        "legitimacy": float(a.legitimacy.value),
        "priority": a.priority,
        "action": a.action.value,
        "pathway": a.pathway,
        "signals": a.to_dict(),
    }


@dataclass(slots=True)
class CaseTriage:
    """A case's triage roll-up: the top-priority mention's view, with flags any mention raised."""

    priority: int = 0
    action: str | None = None
    pathway: str | None = None
    kind: str | None = None
    topic: str | None = None
    severity: int = 0
    legal_risk: bool = False
    pii_exposed: bool = False
    legal_hold: bool = False

    def absorb(
        self,
        priority: int,
        action: str,
        pathway: str | None,
        kind: str,
        topic: str,
        severity: int,
        legal_risk: bool,
        pii_exposed: bool,
    ) -> bool:
        """Fold one mention's assessment in; True when anything changed."""  # fmt: skip
        before = self.as_dict()
        if self.action is None or priority >= self.priority:
            self.priority, self.action, self.pathway, self.kind, self.topic = priority, action, pathway, kind, topic
        self.severity = max(self.severity, severity)
        self.legal_risk = self.legal_risk or legal_risk
        self.pii_exposed = self.pii_exposed or pii_exposed
        # One legal-risk mention puts the whole case on hold, again if legal had released it.
        self.legal_hold = self.legal_hold or legal_risk
        if self.legal_hold:
            self.action, self.pathway = Action.LEGAL_HOLD.value, "legal"
        return self.as_dict() != before

    def as_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "action": self.action,
            "pathway": self.pathway,
            "kind": self.kind,
            "topic": self.topic,
            "severity": self.severity,
            "legal_risk": self.legal_risk,
            "pii_exposed": self.pii_exposed,
            "legal_hold": self.legal_hold,
        }

    @classmethod
    def of(cls, case: Any) -> CaseTriage:
        """The roll-up stored on a `Case`, or on a row selected with the same column names."""
        return cls(
            case.priority, case.action, case.pathway, case.kind, case.topic, case.severity, case.legal_risk,
            case.pii_exposed, case.legal_hold,
        )  # fmt: skip


def recompute_case(session: Session, case: Case) -> CaseTriage:
    """Rebuild a case's roll-up from its mentions' current assessments.

    The legal hold is not lifted here, even when corrections leave no legal-risk mention: only a user
    with the legal role releases it (`respond.service.release_hold`). It is imposed when the recompute
    finds legal risk the case did not carry before.
    """
    was_risk, was_hold = case.legal_risk, case.legal_hold
    rows = session.scalars(
        select(MentionAssessment)
        .join(Mention, Mention.id == MentionAssessment.mention_id)
        .where(Mention.case_id == case.id)
        .order_by(MentionAssessment.id)
    ).all()
    roll = CaseTriage()
    for r in rows:
        roll.absorb(r.priority, r.action, r.pathway, r.kind, r.topic, r.severity, r.legal_risk, r.pii_exposed)
    roll.legal_hold = was_hold or (roll.legal_risk and not was_risk)
    if not roll.legal_hold and roll.action == Action.LEGAL_HOLD.value:
        roll.action = Action.RESPOND.value  # released: the case is answered again, still via legal's pathway
    for name, value in roll.as_dict().items():
        setattr(case, name, value)
    return roll


# ---------------------------------------------------------------- corrections
CORRECTABLE: dict[str, set[Any]] = {
    "kind": set(KINDS),
    "severity": {0, 1, 2, 3, 4},
    "sentiment": {"negative", "neutral", "positive"},
    "troll": {True, False},
    "legal_risk": {True, False},
}


def parse_correction(signal: str, raw: str) -> Any:
    """The typed value of a correction given on the command line or in a form."""
    if signal not in CORRECTABLE:
        raise TriageError(f"signal {signal!r} cannot be corrected; correctable: {', '.join(sorted(CORRECTABLE))}")
    value: Any = raw.strip().lower()
    if signal == "severity":
        value = int(value) if value.isdigit() else value
    elif signal in {"troll", "legal_risk"}:
        value = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}.get(value, value)
    if value not in CORRECTABLE[signal]:
        allowed = ", ".join(sorted(str(v).lower() for v in CORRECTABLE[signal]))
        raise TriageError(f"{raw!r} is not a value of {signal}; use one of: {allowed}")
    return value


def correct_signal(
    session: Session, mention_id: int, signal: str, value: Any, *, actor: str, note: str | None = None
) -> TriageCorrection:
    """Record an agent's correction, apply it to the mention's assessment and case, and audit it."""
    if signal not in CORRECTABLE or value not in CORRECTABLE[signal]:
        raise TriageError(f"{value!r} is not a valid {signal} correction")
    row = session.scalars(select(MentionAssessment).where(MentionAssessment.mention_id == mention_id)).first()
    mention = session.get(Mention, mention_id)
    if mention is None or row is None:
        raise TriageError(f"mention {mention_id} has no assessment to correct")
    old = getattr(row, signal)
    correction = TriageCorrection(
        mention_id=mention_id, signal=signal, old_value=old, new_value=value, actor=actor, note=note,
        created_at=utcnow(),
    )  # fmt: skip
    session.add(correction)
    setattr(row, signal, value)
    signals = dict(row.signals)
    entry = dict(signals.get(signal, {}))
    entry.update({"value": value, "confidence": 1.0, "source": f"correction:{actor}"})
    signals[signal] = entry
    row.signals = signals
    if signal == "troll" and value is True and old is not True and mention.author_id is not None:
        author = session.get(Author, mention.author_id)
        if author is not None:
            author.troll_flags += 1
    case = session.get(Case, mention.case_id) if mention.case_id is not None else None
    if case is not None and signal == "legal_risk" and value is True:
        row.action, row.pathway = Action.LEGAL_HOLD.value, "legal"
    session.flush()
    if case is not None:
        recompute_case(session, case)
    AuditLog(session).record(
        actor=actor,
        action="triage.corrected",
        subject_type="mention",
        subject_id=mention_id,
        case_id=case.id if case is not None else None,
        before={signal: old},
        after={signal: value},
        reason=note or f"{signal} corrected",
    )
    return correction


def corrections_for_training(session: Session) -> tuple[dict[str, list[tuple[str, str]]], int]:
    """Agents' latest correction per (mention, signal), as extra rows per model head, and how many."""
    latest: dict[tuple[int, str], TriageCorrection] = {}
    for c in session.scalars(select(TriageCorrection).order_by(TriageCorrection.id)):
        latest[(c.mention_id, c.signal)] = c
    texts: dict[int, str] = {}
    if latest:
        ids = {m for m, _ in latest}
        for mention_id, body in session.execute(select(Mention.id, Mention.current_text).where(Mention.id.in_(ids))):
            if body:
                texts[mention_id] = body
    extra: dict[str, list[tuple[str, str]]] = {}
    for (mention_id, signal), c in latest.items():
        text = texts.get(mention_id)
        if not text:
            continue
        v = c.new_value
        if signal == "kind":
            extra.setdefault("complaint", []).append((text, "yes" if v == "complaint" else "no"))
            if v == "suggestion":
                extra.setdefault("suggestion", []).append((text, "yes"))
        elif signal == "severity" and v in {1, 2, 3, 4}:
            extra.setdefault("severity", []).append((text, str(v)))
        elif signal == "sentiment":
            extra.setdefault("sentiment", []).append((text, str(v)))
        elif signal in {"troll", "legal_risk"}:
            head = "troll" if signal == "troll" else "legal"
            extra.setdefault(head, []).append((text, "yes" if v else "no"))
    return extra, sum(len(v) for v in extra.values())
