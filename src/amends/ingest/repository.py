"""Queries the ingest service needs, batched per chunk so a chunk costs a handful of round trips."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.models import Author, Case, CaseStatus, Channel, Mention, Quarantine, QuarantineStatus, Reply

if TYPE_CHECKING:
    from amends.ingest.service import Origin


def all_channels(session: Session) -> list[Channel]:
    return list(session.scalars(select(Channel)))


def has_mentions(session: Session, channel_ids: Collection[int]) -> bool:
    return session.scalars(select(Mention.id).where(Mention.channel_id.in_(channel_ids)).limit(1)).first() is not None


def mentions_by_native(
    session: Session, channel_ids: Collection[int], native_ids: Collection[str]
) -> dict[tuple[int, str], Mention]:
    if not native_ids:
        return {}
    rows = session.scalars(
        select(Mention).where(Mention.channel_id.in_(channel_ids), Mention.native_id.in_(native_ids))
    )
    return {(m.channel_id, m.native_id): m for m in rows}


def replies_by_native(
    session: Session, channel_ids: Collection[int], native_ids: Collection[str]
) -> dict[tuple[int, str], Reply]:
    if not native_ids:
        return {}
    rows = session.scalars(select(Reply).where(Reply.channel_id.in_(channel_ids), Reply.native_id.in_(native_ids)))
    return {(r.channel_id, r.native_id): r for r in rows if r.native_id is not None}


def cases_by_id(session: Session, ids: Collection[int]) -> dict[int, Case]:
    if not ids:
        return {}
    return {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(ids)))}


def authors_by_key(
    session: Session, platforms: Collection[str], native_keys: Collection[str]
) -> dict[tuple[str, str], Author]:
    if not native_keys:
        return {}
    rows = session.scalars(select(Author).where(Author.platform.in_(platforms), Author.native_key.in_(native_keys)))
    return {(a.platform, a.native_key): a for a in rows}


def open_cases_by_conversation(
    session: Session, channel_ids: Collection[int], conversation_ids: Collection[str]
) -> dict[tuple[int, str], Case]:
    if not conversation_ids:
        return {}
    rows = session.execute(
        select(Mention.channel_id, Mention.conversation_id, Case)
        .join(Case, Mention.case_id == Case.id)
        .where(
            Mention.channel_id.in_(channel_ids),
            Mention.conversation_id.in_(conversation_ids),
            Case.status == CaseStatus.OPEN.value,
        )
        .distinct()
    )
    found: dict[tuple[int, str], Case] = {}
    for channel_id, conversation_id, case in rows:
        current = found.get((channel_id, conversation_id))
        if current is None or case.last_activity_at > current.last_activity_at:
            found[(channel_id, conversation_id)] = case
    return found


def open_cases_by_author(
    session: Session, channel_ids: Collection[int], author_ids: Collection[int]
) -> dict[tuple[int, int], Case]:
    """The most recently active open case of each author on each channel."""
    if not author_ids:
        return {}
    rows = session.scalars(
        select(Case).where(
            Case.channel_id.in_(channel_ids),
            Case.author_id.in_(author_ids),
            Case.status == CaseStatus.OPEN.value,
        )
    )
    found: dict[tuple[int, int], Case] = {}
    for case in rows:
        assert case.author_id is not None
        key = (case.channel_id, case.author_id)
        if key not in found or case.last_activity_at > found[key].last_activity_at:
            found[key] = case
    return found


def pending_quarantine(session: Session, origins: Sequence[Origin]) -> dict[tuple[str, str, str | None], Quarantine]:
    """Pending quarantined items stored earlier for these sources and locations."""
    refs = {o.source_ref for o in origins}
    locations = {o.location for o in origins if o.location}
    if not locations:
        return {}
    rows = session.scalars(
        select(Quarantine).where(
            Quarantine.status == QuarantineStatus.PENDING.value,
            Quarantine.source_ref.in_(refs),
            Quarantine.location.in_(locations),
        )
    )
    return {(q.source, q.source_ref, q.location): q for q in rows}
