"""Hiding a post: only for abuse, spam or the customer's own exposed personal data; never for criticism.

Triage's assessment of the post is the evidence. When it disagrees with the agent (the agent sees abuse
that triage missed), the agent corrects triage first (`amends correct`, itself audited) and hides after,
so the record shows why the post was judged hideable. Every refusal is audited too.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from amends.accounts.service import actor_of, require_role
from amends.audit.service import AuditLog
from amends.channels.connector import CommandKind
from amends.models import Case, Channel, Mention, OutboxItem, Role, User
from amends.respond import repository
from amends.respond.outbox import enqueue
from amends.respond.service import RespondError, refuse


class HideReason(StrEnum):
    ABUSE = "abuse"  # trolling, insults, hate
    SPAM = "spam"
    OWN_PII = "own_pii"  # the customer posted their own personal data in public


def hide_mention(session: Session, mention: Mention, *, user: User, reason: HideReason, note: str) -> OutboxItem:
    """Queue a hide of the post on its platform, if the care protocol allows it."""
    require_role(user, Role.AGENT, "hiding a post")
    case = session.get(Case, mention.case_id)
    if case is None:
        raise RespondError(f"mention {mention.id} belongs to no case")
    if not note.strip():
        raise RespondError("hiding a post needs a note saying why")
    if mention.is_hidden:
        raise RespondError(f"mention {mention.id} is already hidden")
    a = repository.assessment_of(session, mention.id)
    problem = None
    if a is None:
        problem = "the post has no triage assessment to justify hiding it"
    elif reason is HideReason.OWN_PII:
        if not a.pii_exposed:
            problem = "triage found no personal data in this post"
    elif reason is HideReason.SPAM:
        if a.kind != "spam":
            problem = f"triage judged this post {a.kind}, not spam"
    elif not a.troll:
        problem = "triage did not judge this post abusive or trolling"
    if problem is None and a is not None and reason is not HideReason.OWN_PII and a.kind == "complaint" and not a.troll:
        problem = "this is a genuine complaint: criticism is answered, never hidden"
    if problem is not None:
        raise refuse(
            session,
            actor=actor_of(user),
            action="mention.hide_refused",
            case=case,
            subject=("mention", mention.id),
            message=f"hiding refused: {problem}; if triage is wrong, correct it first with `amends correct`",
            code="hide_not_allowed",
            detail={"reason": reason.value},
        )
    channel = session.get(Channel, mention.channel_id)
    if channel is None or channel.connector is None:
        raise RespondError(f"channel {mention.channel_id} has no outbound connector yet; hide the post on the platform")
    item = enqueue(
        session,
        command=CommandKind.HIDE,
        case_id=case.id,
        channel_id=channel.id,
        actor=actor_of(user),
        mention_id=mention.id,
        reason=f"{reason.value}: {note.strip()}",
    )
    # No troll_flags increment here: hiding for abuse needs the troll judgement, and that judgement
    # (at ingest or by correction) already counted the post in the author's repeat-offender memory.
    AuditLog(session).record(
        actor=actor_of(user),
        action="mention.hide_requested",
        subject_type="mention",
        subject_id=mention.id,
        case_id=case.id,
        after={"reason": reason.value, "outbox_id": item.id},
        reason=note.strip(),
    )
    return item
