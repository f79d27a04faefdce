"""Queries of the respond domain: what a reply is written against, recent replies, the outbox queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from amends.models import Author, Case, Draft, Mention, MentionAssessment, OutboxItem, OutboxStatus, Reply


def latest_customer_mention(session: Session, case_id: int) -> Mention | None:
    """The newest post on the case that is still up: the one a reply answers."""
    return session.scalars(
        select(Mention)
        .options(joinedload(Mention.author))
        .where(Mention.case_id == case_id, Mention.deleted_at.is_(None))
        .order_by(Mention.created_at.desc(), Mention.id.desc())
        .limit(1)
    ).first()


def case_author(session: Session, case: Case) -> Author | None:
    return session.get(Author, case.author_id) if case.author_id is not None else None


def case_pii(session: Session, case_id: int) -> list[dict[str, Any]]:
    """Every personal-data span triage found in the case's posts: what a public reply must not repeat."""
    spans: list[dict[str, Any]] = []
    rows = session.scalars(
        select(MentionAssessment.signals)
        .join(Mention, Mention.id == MentionAssessment.mention_id)
        .where(Mention.case_id == case_id, MentionAssessment.pii_exposed.is_(True))
    )
    for signals in rows:
        spans.extend(signals.get("pii", {}).get("detail", {}).get("spans", []))
    return spans


def assessment_of(session: Session, mention_id: int) -> MentionAssessment | None:
    return session.scalars(select(MentionAssessment).where(MentionAssessment.mention_id == mention_id)).first()


def recent_reply_texts(session: Session, limit: int, *, case_id: int | None = None) -> list[str]:
    """The brand's latest replies, sent or on their way, newest first: what a new draft must not copy.

    Unsent drafts on the same case are left out: an agent rewriting their own draft is not copying.
    """
    if limit <= 0:
        return []
    sent = session.scalars(select(Reply.text).order_by(Reply.sent_at.desc(), Reply.id.desc()).limit(limit)).all()
    queued = select(Draft.text).where(Draft.status.in_(("queued", "approved", "pending_approval")))
    if case_id is not None:
        queued = queued.where(Draft.case_id != case_id)
    pending = session.scalars(queued.order_by(Draft.updated_at.desc()).limit(limit)).all()
    return [*pending, *sent][:limit]


def drafts_for_case(session: Session, case_id: int) -> Sequence[Draft]:
    return session.scalars(select(Draft).where(Draft.case_id == case_id).order_by(Draft.id)).all()


def outbox_for_case(session: Session, case_id: int) -> Sequence[OutboxItem]:
    return session.scalars(select(OutboxItem).where(OutboxItem.case_id == case_id).order_by(OutboxItem.id)).all()


def claim_due(session: Session, now: datetime, limit: int) -> Sequence[OutboxItem]:
    """Pending items whose next attempt is due, locked so a second worker skips them (PostgreSQL).

    SQLite has one writer at a time, so there the write transaction itself is the lock.
    """
    query = (
        select(OutboxItem)
        .where(OutboxItem.status == OutboxStatus.PENDING.value, OutboxItem.next_attempt_at <= now)
        .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.scalars(query).all()
