"""Case transitions. Each checks the state it starts from and writes its own audit event."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.kit.time import utcnow
from amends.models import Case, CaseStage, CaseStatus


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


def acknowledge(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """The first public response went out: onlookers can see the brand answered."""
    if case.first_response_at is None:
        case.first_response_at = utcnow()
    return _change_stage(session, case, CaseStage.ACKNOWLEDGED, actor=actor, action="case.acknowledged", reason=reason)


def await_customer(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """We asked the customer something; their next post moves the case to customer_replied."""
    _require_open(case, "waiting on the customer")
    return _change_stage(
        session, case, CaseStage.AWAITING_CUSTOMER, actor=actor, action="case.awaiting_customer", reason=reason
    )


def move_private(session: Session, case: Case, *, actor: str, reason: str) -> Case:
    """The conversation continues in private messages (account details, personal data)."""
    return _change_stage(session, case, CaseStage.PRIVATE, actor=actor, action="case.moved_private", reason=reason)


def _require_open(case: Case, doing: str) -> None:
    if case.status != CaseStatus.OPEN.value:
        raise TransitionRefused(f"case {case.id} is closed; reopen it before {doing}")


def _change_stage(session: Session, case: Case, stage: CaseStage, *, actor: str, action: str, reason: str) -> Case:
    if case.stage == stage.value:
        return case  # already there: nothing to record
    case.last_activity_at = max(case.last_activity_at, utcnow())
    return _change(session, case, "stage", stage.value, actor=actor, action=action, reason=reason)


def _require_reason(reason: str, doing: str) -> None:
    if not reason.strip():
        raise TransitionRefused(f"{doing} a case needs a reason")


def _change_status(session: Session, case: Case, status: CaseStatus, *, actor: str, action: str, reason: str) -> Case:
    return _change(session, case, "status", status.value, actor=actor, action=action, reason=reason)


def _change(session: Session, case: Case, field: str, value: str, *, actor: str, action: str, reason: str) -> Case:
    """Set one state column of the case and record the change with its before and after."""
    before = {field: getattr(case, field)}
    setattr(case, field, value)
    AuditLog(session).record(
        actor=actor,
        action=action,
        subject_type="case",
        subject_id=case.id,
        case_id=case.id,
        before=before,
        after={field: value},
        reason=reason,
    )
    return case


class Transition(Protocol):
    def __call__(self, session: Session, case: Case, *, actor: str, reason: str) -> Case: ...
