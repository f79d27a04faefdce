"""Case transitions. Each checks the state it starts from and writes its own audit event."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import Case, CaseStatus


class TransitionRefused(ValueError):
    pass


def close_case(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """Mark the customer's issue as handled; later posts on the thread open a new case."""
    if case.status == CaseStatus.CLOSED.value:
        raise TransitionRefused(f"case {case.id} is already closed")
    _require_reason(reason, "closing")
    case.closed_at = utcnow()
    return _change_status(session, case, CaseStatus.CLOSED, actor=actor, action="case.closed", reason=reason)


def reopen_case(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """Take a closed case back up, for example when the promised remedy did not arrive."""
    if case.status != CaseStatus.CLOSED.value:
        raise TransitionRefused(f"case {case.id} is not closed")
    _require_reason(reason, "reopening")
    case.closed_at = None
    case.last_activity_at = max(case.last_activity_at, utcnow())
    return _change_status(session, case, CaseStatus.OPEN, actor=actor, action="case.reopened", reason=reason)


def _require_reason(reason: str, doing: str) -> None:
    if not reason.strip():
        raise TransitionRefused(f"{doing} a case needs a reason")


def _change_status(session: Session, case: Case, status: CaseStatus, *, actor: str, action: str, reason: str) -> Case:
    before = {"status": case.status}
    case.status = status.value
    AuditLog(session).record(
        actor=actor,
        action=action,
        subject_type="case",
        subject_id=case.id,
        case_id=case.id,
        before=before,
        after={"status": case.status},
        reason=reason,
    )
    return case


class Transition(Protocol):
    def __call__(self, session: Session, case: Case, *, actor: str, reason: str) -> Case: ...
