"""Reading cases for the inbox, the API and the CLI. Relationships are loaded explicitly."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from amends.models import Case, Mention, Reply


def list_cases(session: Session, *, status: str | None = None, limit: int = 50, offset: int = 0) -> list[Case]:
    """Newest activity first, each with its channel, customer, mentions (and their authors) and replies."""
    query = (
        select(Case)
        .options(
            selectinload(Case.channel),
            selectinload(Case.author),
            selectinload(Case.mentions).selectinload(Mention.author),
            selectinload(Case.replies),
        )
        .order_by(Case.last_activity_at.desc(), Case.id.desc())
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
