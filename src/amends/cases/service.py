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
    if not reason.strip():
        raise TransitionRefused("closing a case needs a reason")
    before = {"status": case.status}
    case.status = CaseStatus.CLOSED.value
    case.closed_at = utcnow()
    AuditLog(session).record(
        actor=actor,
        action="case.closed",
        subject_type="case",
        subject_id=case.id,
        case_id=case.id,
        before=before,
        after={"status": case.status},
        reason=reason,
    )
    return case


def reopen_case(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """Take a closed case back up, for example when the promised remedy did not arrive."""
    if case.status != CaseStatus.CLOSED.value:
        raise TransitionRefused(f"case {case.id} is not closed")
    if not reason.strip():
        raise TransitionRefused("reopening a case needs a reason")
    before = {"status": case.status}
    case.status = CaseStatus.OPEN.value
    case.closed_at = None
    case.last_activity_at = max(case.last_activity_at, utcnow())
    AuditLog(session).record(
        actor=actor,
        action="case.reopened",
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
