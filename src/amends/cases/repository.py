"""Reading cases for the inbox, the API and the CLI. Relationships are loaded explicitly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from amends.models import Case, Mention, MentionAssessment, Reply

ORDERS = ("activity", "priority")


def list_cases(
    session: Session, *, status: str | None = None, limit: int = 50, offset: int = 0, order: str = "activity"
) -> list[Case]:
    """Newest activity first (or highest triage priority first), each with its channel, customer,
    mentions (and their authors) and replies."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    ordering: list[Any] = [Case.last_activity_at.desc(), Case.id.desc()]
    if order == "priority":
        ordering.insert(0, Case.priority.desc())
    query = (
        select(Case)
        .options(
            selectinload(Case.channel),
            selectinload(Case.author),
            selectinload(Case.mentions).selectinload(Mention.author),
            selectinload(Case.replies),
        )
        .order_by(*ordering)
        .limit(limit)
        .offset(offset)
    )
    if status:
        query = query.where(Case.status == status)
    return list(session.scalars(query))


def count_cases(session: Session, *, status: str | None = None) -> int:
    query = select(func.count()).select_from(Case)
    if status:
        query = query.where(Case.status == status)
    return session.scalar(query) or 0


def get_case(session: Session, case_id: int) -> Case | None:
    return session.scalars(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.channel),
            selectinload(Case.author),
            selectinload(Case.mentions).selectinload(Mention.author),
            selectinload(Case.mentions).selectinload(Mention.revisions),
            selectinload(Case.replies).selectinload(Reply.in_reply_to),
        )
    ).one_or_none()


def timeline(case: Case) -> list[tuple[str, Mention | Reply]]:
    """Mentions and replies of a loaded case in the order they happened."""
    items: list[tuple[str, Mention | Reply]] = [("mention", m) for m in case.mentions]
    items += [("reply", r) for r in case.replies]
    return sorted(items, key=lambda kv: kv[1].created_at if isinstance(kv[1], Mention) else kv[1].sent_at)


def assessments(session: Session, mention_ids: list[int]) -> dict[int, MentionAssessment]:
    """The triage assessments of the given mentions, by mention id."""
    if not mention_ids:
        return {}
    rows = session.scalars(select(MentionAssessment).where(MentionAssessment.mention_id.in_(mention_ids)))
    return {r.mention_id: r for r in rows}
