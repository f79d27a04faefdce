"""Drafts and their life: compose or write, check, submit, approve or reject, queue for sending; legal hold.

Every transition checks the acting user's role, changes state and writes its audit event in the caller's
transaction. A refused attempt raises `Refused` after recording a refusal event: the caller commits
anyway, so refusals stay in the audit trail (legal hold and approval refusals must be traceable).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from amends.accounts.service import PermissionDenied, actor_of, require_role
from amends.audit.service import AuditLog
from amends.channels.connector import CommandKind
from amends.kit.time import utcnow
from amends.models import Case, Channel, Draft, DraftStatus, OutboxItem, Role, User
from amends.respond import repository
from amends.respond.checker import CheckResult, check_reply
from amends.respond.composer import ComposeRefused, compose
from amends.respond.context import Fault, PiiItem, Purpose, ReplyContext, Visibility
from amends.respond.llm import LLMError, LLMSettings, draft_with_llm
from amends.respond.outbox import enqueue
from amends.respond.playbook_store import load_playbooks
from amends.respond.settings import brand_voice, checker_settings, respond_settings
from amends.triage.pii import detect_pii


class RespondError(ValueError):
    """A request that cannot be carried out as asked (unknown draft, wrong state, no connector)."""


class Refused(Exception):
    """Refused by the care protocol or permissions; the refusal was audited, so the caller must commit."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def refuse(
    session: Session,
    *,
    actor: str,
    action: str,
    case: Case,
    subject: tuple[str, int],
    message: str,
    code: str,
    detail: dict[str, Any] | None = None,
) -> Refused:
    AuditLog(session).record(
        actor=actor,
        action=action,
        subject_type=subject[0],
        subject_id=subject[1],
        case_id=case.id,
        after={"refused": code, **(detail or {})},
        reason=message,
    )
    return Refused(message, code)


def _refuse_on_draft(session: Session, user: User, action: str, draft: Draft, message: str, code: str) -> Refused:
    case = _case(session, draft.case_id)
    return refuse(
        session, actor=actor_of(user), action=action, case=case, subject=("draft", draft.id), message=message, code=code
    )


def _blocked(session: Session, user: User, action: str, case: Case, draft: Draft, result: CheckResult) -> Refused:
    """A refusal because the draft has blocking findings; the event lists them."""
    codes = sorted({f.code for f in result.blocking})
    return refuse(
        session,
        actor=actor_of(user),
        action=action,
        case=case,
        subject=("draft", draft.id),
        message=f"draft {draft.id} has blocking findings: {', '.join(codes)}",
        code=codes[0],
        detail={"blocking": codes},
    )


# ---------------------------------------------------------------- context
def reply_context(
    session: Session,
    case: Case,
    *,
    visibility: Visibility,
    purpose: Purpose,
    user: User | None,
    at_fault: Fault = Fault.UNKNOWN,
) -> ReplyContext:
    """Everything the composer and checker need to know about a reply on this case, read from the database."""
    channel = session.get(Channel, case.channel_id)
    mention = repository.latest_customer_mention(session, case.id)
    author = repository.case_author(session, case)
    pii = tuple(
        dict.fromkeys(
            PiiItem(str(s.get("type", "")), str(s.get("text", ""))) for s in repository.case_pii(session, case.id)
        )
    )
    settings = respond_settings(session)
    # The demo platform answers under the rules (length limits) of the platform its channel imitates.
    platform = channel.platform if channel is not None else "webhook"
    return ReplyContext(
        platform=platform,
        visibility=visibility,
        purpose=purpose,
        complaint_text=mention.current_text if mention is not None else None,
        customer_name=(author.display_name or None) if author is not None else None,
        customer_handle=(author.handle or None) if author is not None else None,
        kind=case.kind,
        severity=case.severity,
        topic=case.topic,
        legal_risk=case.legal_risk,
        legal_hold=case.legal_hold,
        pii=pii,
        at_fault=at_fault,
        refund_limit=user.refund_limit if user is not None else None,
        recent_replies=tuple(repository.recent_reply_texts(session, settings.recent_replies, case_id=case.id)),
        voice=brand_voice(session),
        agent_name=user.name if user is not None else None,
        escalation_team=_team_for(case.pathway),
    )


def standalone_context(
    session: Session,
    mention_text: str,
    *,
    platform: str,
    visibility: Visibility,
    purpose: Purpose,
    user: User | None,
    at_fault: Fault = Fault.UNKNOWN,
) -> ReplyContext:
    """A context with no case behind it: the customer's post as given, its personal data found afresh."""
    pii = tuple(dict.fromkeys(PiiItem(s.type, s.text) for s in detect_pii(mention_text)))
    return ReplyContext(
        platform=platform,
        visibility=visibility,
        purpose=purpose,
        complaint_text=mention_text,
        pii=pii,
        at_fault=at_fault,
        voice=brand_voice(session),
        refund_limit=user.refund_limit if user is not None else None,
    )


def _team_for(pathway: str | None) -> str | None:
    """How a pathway's team is named to the customer: in general terms, never a person."""
    if not pathway:
        return None
    return f"our {pathway.replace('_', ' ')} team"


def check_draft(session: Session, draft: Draft, user: User | None) -> CheckResult:
    """Run the checker against the case as it is now and store the findings on the draft."""
    case = _case(session, draft.case_id)
    ctx = reply_context(
        session,
        case,
        visibility=Visibility(draft.visibility),
        purpose=Purpose(draft.purpose),
        user=user,
        at_fault=Fault(draft.at_fault),
    )
    result = check_reply(draft.text, ctx, checker_settings(session))
    draft.findings = [f.to_dict() for f in result.findings]
    draft.blocking, draft.warnings = len(result.blocking), len(result.warnings)
    return result


# ---------------------------------------------------------------- creating drafts
def compose_draft(
    session: Session,
    case: Case,
    *,
    user: User,
    purpose: Purpose = Purpose.RESPONSE,
    visibility: Visibility = Visibility.PUBLIC,
    at_fault: Fault = Fault.UNKNOWN,
    llm: LLMSettings | None = None,
) -> Draft:
    """A draft from the case's playbook (or from the LLM when `llm` is given), checked and stored."""
    require_role(user, Role.AGENT, "drafting a reply")
    ctx = reply_context(session, case, visibility=visibility, purpose=purpose, user=user, at_fault=at_fault)
    playbooks = load_playbooks(session)
    try:
        composed = compose(ctx, playbooks, seed=case.id)
    except ComposeRefused as exc:
        raise refuse(
            session,
            actor=actor_of(user),
            action="draft.refused",
            case=case,
            subject=("case", case.id),
            message=str(exc),
            code="legal_hold",
        ) from exc
    text, source, playbook_key = composed.text, "composer", composed.playbook_key
    if llm is not None:
        try:
            text = draft_with_llm(ctx, llm, playbook=playbooks.select(ctx))
        except LLMError as exc:
            raise RespondError(f"the language model could not draft a reply: {exc}") from exc
        source = "llm"
    return _new_draft(
        session,
        case,
        text,
        user=user,
        purpose=purpose,
        visibility=visibility,
        at_fault=at_fault,
        source=source,
        playbook_key=playbook_key,
    )


def write_draft(
    session: Session,
    case: Case,
    text: str,
    *,
    user: User,
    purpose: Purpose = Purpose.RESPONSE,
    visibility: Visibility = Visibility.PUBLIC,
    at_fault: Fault = Fault.UNKNOWN,
) -> Draft:
    """A draft an agent wrote by hand; checked like any other."""
    require_role(user, Role.AGENT, "writing a reply")
    return _new_draft(
        session,
        case,
        text,
        user=user,
        purpose=purpose,
        visibility=visibility,
        at_fault=at_fault,
        source="human",
        playbook_key=None,
    )


def _new_draft(
    session: Session,
    case: Case,
    text: str,
    *,
    user: User,
    purpose: Purpose,
    visibility: Visibility,
    at_fault: Fault,
    source: str,
    playbook_key: str | None,
) -> Draft:
    now = utcnow()
    mention = repository.latest_customer_mention(session, case.id)
    draft = Draft(
        case_id=case.id,
        in_reply_to_mention_id=mention.id if mention is not None else None,
        visibility=visibility.value,
        purpose=purpose.value,
        at_fault=at_fault.value,
        text=text,
        source=source,
        playbook_key=playbook_key,
        status=DraftStatus.DRAFT.value,
        author=actor_of(user),
        author_user_id=user.id,
        findings=[],
        blocking=0,
        warnings=0,
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    session.flush()
    check_draft(session, draft, user)
    _audit(session, draft, actor_of(user), "draft.created", after=_summary(draft), reason=f"{source} draft")
    return draft


def revise_draft(session: Session, draft: Draft, text: str, *, user: User) -> Draft:
    """New text for a draft not yet sent; it is checked again and any approval is withdrawn."""
    require_role(user, Role.AGENT, "editing a reply")
    if draft.status not in {
        DraftStatus.DRAFT.value,
        DraftStatus.REJECTED.value,
        DraftStatus.PENDING_APPROVAL.value,
        DraftStatus.APPROVED.value,
    }:
        raise RespondError(f"draft {draft.id} is {draft.status}; it can no longer be edited")
    before = _summary(draft)
    draft.text, draft.status, draft.updated_at = text, DraftStatus.DRAFT.value, utcnow()
    draft.decided_by = draft.decided_at = draft.decision_reason = None
    check_draft(session, draft, user)
    _audit(session, draft, actor_of(user), "draft.revised", before=before, after=_summary(draft), reason="text changed")
    return draft


# ---------------------------------------------------------------- approval
def submit_draft(session: Session, draft: Draft, *, user: User) -> Draft:
    """Ask to send: refused with blocking findings; approved at once, or sent to a supervisor for approval."""
    require_role(user, Role.AGENT, "submitting a reply")
    if draft.status != DraftStatus.DRAFT.value:
        raise RespondError(f"draft {draft.id} is {draft.status}, not a draft")
    case = _case(session, draft.case_id)
    result = check_draft(session, draft, user)
    if result.blocking:
        raise _blocked(session, user, "draft.submit_refused", case, draft, result)
    settings = respond_settings(session)
    why: list[str] = []
    if user.level < settings.approval_level and not user.has_role(Role.SUPERVISOR):
        why.append(f"author level {user.level} is below the approval level {settings.approval_level}")
    if result.warnings and settings.approve_warnings:
        why.append("warnings: " + ", ".join(sorted({f.code for f in result.warnings})))
    before = _summary(draft)
    draft.updated_at = utcnow()
    if why:
        draft.status = DraftStatus.PENDING_APPROVAL.value
        _audit(
            session,
            draft,
            actor_of(user),
            "draft.submitted",
            before=before,
            after=_summary(draft),
            reason="needs a supervisor's approval: " + "; ".join(why),
        )
    else:
        draft.status = DraftStatus.APPROVED.value
        draft.decided_by, draft.decided_at = actor_of(user), draft.updated_at
        draft.decision_reason = "no approval needed: no warnings, author at or above the approval level"
        _audit(
            session,
            draft,
            actor_of(user),
            "draft.approved",
            before=before,
            after=_summary(draft),
            reason=draft.decision_reason,
        )
    return draft


def approve_draft(session: Session, draft: Draft, *, user: User, reason: str) -> Draft:
    return _decide(session, draft, user=user, reason=reason, approve=True)


def reject_draft(session: Session, draft: Draft, *, user: User, reason: str) -> Draft:
    return _decide(session, draft, user=user, reason=reason, approve=False)


def _decide(session: Session, draft: Draft, *, user: User, reason: str, approve: bool) -> Draft:
    verb = "approving" if approve else "rejecting"
    case = _case(session, draft.case_id)
    try:
        require_role(user, Role.SUPERVISOR, f"{verb} a reply")
    except PermissionDenied as exc:
        raise _refuse_on_draft(session, user, "draft.decision_refused", draft, str(exc), "role") from exc
    if draft.status != DraftStatus.PENDING_APPROVAL.value:
        raise RespondError(f"draft {draft.id} is {draft.status}, not waiting for approval")
    if not reason.strip():
        raise RespondError(f"{verb} a draft needs a reason")
    if draft.author_user_id == user.id:
        message = "a supervisor cannot approve or reject their own draft"
        raise _refuse_on_draft(session, user, "draft.decision_refused", draft, message, "own_draft")
    if approve:
        result = check_draft(session, draft, user)
        if result.blocking:  # the case may have changed since it was submitted (a hold, a new copy)
            raise _blocked(session, user, "draft.decision_refused", case, draft, result)
    before = _summary(draft)
    draft.status = (DraftStatus.APPROVED if approve else DraftStatus.REJECTED).value
    draft.decided_by, draft.decided_at, draft.decision_reason = actor_of(user), utcnow(), reason.strip()
    draft.updated_at = draft.decided_at
    action = "draft.approved" if approve else "draft.rejected"
    _audit(session, draft, actor_of(user), action, before=before, after=_summary(draft), reason=reason.strip())
    return draft


# ---------------------------------------------------------------- sending
def queue_draft(session: Session, draft: Draft, *, user: User) -> OutboxItem:
    """Put an approved draft in the outbox. Its idempotency key is stored here, before any platform call."""
    require_role(user, Role.AGENT, "sending a reply")
    case = _case(session, draft.case_id)
    if draft.status != DraftStatus.APPROVED.value:
        raise RespondError(f"draft {draft.id} is {draft.status}; only an approved draft can be sent")
    if case.legal_hold and draft.visibility == Visibility.PUBLIC.value:
        message = f"case {case.id} is on legal hold: no public reply until a user with the legal role releases it"
        raise _refuse_on_draft(session, user, "send.refused", draft, message, "legal_hold")
    result = check_draft(session, draft, user)
    if result.blocking:
        raise _blocked(session, user, "send.refused", case, draft, result)
    channel = session.get(Channel, case.channel_id)
    if channel is None or channel.connector is None:
        slug = channel.slug if channel is not None else case.channel_id
        raise RespondError(f"channel {slug} has no outbound connector yet; the reply cannot be sent from Amends")
    item = enqueue(
        session,
        command=CommandKind.PUBLIC_REPLY
        if draft.visibility == Visibility.PUBLIC.value
        else CommandKind.PRIVATE_MESSAGE,
        case_id=case.id,
        channel_id=channel.id,
        actor=actor_of(user),
        draft_id=draft.id,
        mention_id=draft.in_reply_to_mention_id,
        text=draft.text,
    )
    before = _summary(draft)
    draft.status, draft.updated_at = DraftStatus.QUEUED.value, item.created_at
    _audit(
        session,
        draft,
        actor_of(user),
        "reply.queued",
        before=before,
        after={**_summary(draft), "outbox_id": item.id, "idempotency_key": item.idempotency_key},
        reason="approved draft queued for sending",
    )
    return item


# ---------------------------------------------------------------- legal hold
def release_hold(session: Session, case: Case, *, user: User, note: str) -> Case:
    """Legal clears the case for public replies. Only the legal role may; every attempt is audited."""
    if not user.has_role(Role.LEGAL):
        raise refuse(
            session,
            actor=actor_of(user),
            action="legal_hold.release_refused",
            case=case,
            subject=("case", case.id),
            message=f"releasing a legal hold needs the legal role; {user.handle} has {', '.join(user.roles)}",
            code="role",
        )
    if not case.legal_hold:
        raise RespondError(f"case {case.id} is not on legal hold")
    if not note.strip():
        raise RespondError("releasing a legal hold needs a note saying what legal cleared")
    now = utcnow()
    before = {"legal_hold": True, "action": case.action}
    case.legal_hold = False
    case.hold_released_at, case.hold_released_by, case.hold_release_note = now, actor_of(user), note.strip()
    if case.action == "legal_hold":
        case.action = "respond"
    AuditLog(session).record(
        actor=actor_of(user),
        action="legal_hold.released",
        subject_type="case",
        subject_id=case.id,
        case_id=case.id,
        before=before,
        after={"legal_hold": False, "action": case.action},
        reason=note.strip(),
    )
    return case


# ---------------------------------------------------------------- helpers
def get_draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise RespondError(f"no draft {draft_id}")
    return draft


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise RespondError(f"no case {case_id}")
    return case


def _summary(draft: Draft) -> dict[str, Any]:
    return {
        "status": draft.status,
        "visibility": draft.visibility,
        "purpose": draft.purpose,
        "blocking": sorted({f["code"] for f in draft.findings if f.get("level") == "blocking"}),
        "warnings": sorted({f["code"] for f in draft.findings if f.get("level") == "warning"}),
    }


def _audit(
    session: Session,
    draft: Draft,
    actor: str,
    action: str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    AuditLog(session).record(
        actor=actor,
        action=action,
        subject_type="draft",
        subject_id=draft.id,
        case_id=draft.case_id,
        before=before,
        after=after,
        reason=reason,
    )
