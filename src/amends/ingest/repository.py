"""Queries the ingest path needs, batched per chunk so a chunk costs a handful of round trips.

Lookups return plain rows (not ORM objects): a chunk reads thousands of them and only needs a few
columns of each.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from amends.models import Author, Base, Case, CaseStatus, Channel, Mention, Quarantine, QuarantineStatus, Reply

if TYPE_CHECKING:
    from amends.ingest.service import Origin

CASE_COLUMNS = (
    Case.id,
    Case.channel_id,
    Case.author_id,
    Case.status,
    Case.last_activity_at,
    Case.first_response_at,
    Case.priority,
    Case.action,
    Case.pathway,
    Case.kind,
    Case.topic,
    Case.severity,
    Case.legal_risk,
    Case.pii_exposed,
    Case.legal_hold,
    Case.stage,
)
AUTHOR_COLUMNS = (
    Author.id,
    Author.platform,
    Author.native_key,
    Author.handle,
    Author.display_name,
    Author.avatar_url,
    Author.profile_url,
    Author.is_verified,
    Author.follower_count,
    Author.last_seen_at,
    Author.troll_flags,
)


class IdAllocator:
    """Hands out primary keys before the insert, so a whole chunk goes in as one executemany.

    Safe because ingest holds the audit-chain lock (and, on SQLite, the database write lock) for
    the whole chunk; on PostgreSQL the ids come from the table's own sequence, so rows inserted
    elsewhere with the default can never collide with them.
    """

    def __init__(self, session: Session, model: type[Base], block: int) -> None:
        self.session = session
        self.table: str = model.__tablename__
        self.block = max(1, block)
        self._free: list[int] = []
        self._next: int | None = None

    def __call__(self) -> int:
        if not self._free:
            self._refill()
        return self._free.pop()

    def _refill(self) -> None:
        bind = self.session.get_bind()
        if bind.dialect.name == "postgresql":
            rows = self.session.execute(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": f'"{self.table}"', "n": self.block},
            )
            ids = [int(r[0]) for r in rows]
        else:
            if self._next is None:
                # The table name comes from our own model, never from input.
                query = text(f'SELECT coalesce(max(id), 0) FROM "{self.table}"')  # noqa: S608
                current = self.session.execute(query).scalar()
                self._next = int(current or 0) + 1
            ids = list(range(self._next, self._next + self.block))
            self._next += self.block
        self._free = ids[::-1]


def all_channels(session: Session) -> list[Channel]:
    return list(session.scalars(select(Channel)))


def has_mentions(session: Session, channel_ids: Collection[int]) -> bool:
    return session.scalars(select(Mention.id).where(Mention.channel_id.in_(channel_ids)).limit(1)).first() is not None


def mentions_by_native(session: Session, channel_ids: Collection[int], native_ids: Collection[str]) -> Sequence[Any]:
    """(id, channel_id, native_id, case_id, conversation_id, current_text, edited_at, deleted_at)."""
    if not native_ids:
        return []
    return session.execute(
        select(
            Mention.id,
            Mention.channel_id,
            Mention.native_id,
            Mention.case_id,
            Mention.conversation_id,
            Mention.current_text,
            Mention.edited_at,
            Mention.deleted_at,
        ).where(Mention.channel_id.in_(channel_ids), Mention.native_id.in_(native_ids))
    ).all()


def reply_keys(session: Session, channel_ids: Collection[int], native_ids: Collection[str]) -> set[tuple[int, str]]:
    if not native_ids:
        return set()
    rows = session.execute(
        select(Reply.channel_id, Reply.native_id).where(
            Reply.channel_id.in_(channel_ids), Reply.native_id.in_(native_ids)
        )
    )
    return {(channel_id, native_id) for channel_id, native_id in rows if native_id is not None}


def cases_by_id(session: Session, ids: Collection[int]) -> Sequence[Any]:
    if not ids:
        return []
    return session.execute(select(*CASE_COLUMNS).where(Case.id.in_(ids))).all()


def authors_by_key(session: Session, platforms: Collection[str], native_keys: Collection[str]) -> Sequence[Any]:
    if not native_keys:
        return []
    return session.execute(
        select(*AUTHOR_COLUMNS).where(Author.platform.in_(platforms), Author.native_key.in_(native_keys))
    ).all()


def open_cases_by_conversation(
    session: Session, channel_ids: Collection[int], conversation_ids: Collection[str]
) -> Sequence[Any]:
    """(mention channel_id, conversation_id, *case columns) for open cases holding those conversations."""
    if not conversation_ids:
        return []
    return session.execute(
        select(Mention.channel_id.label("conv_channel_id"), Mention.conversation_id, *CASE_COLUMNS)
        .join(Case, Mention.case_id == Case.id)
        .where(
            Mention.channel_id.in_(channel_ids),
            Mention.conversation_id.in_(conversation_ids),
            Case.status == CaseStatus.OPEN.value,
        )
        .distinct()
    ).all()


def open_cases_by_author(session: Session, channel_ids: Collection[int], author_ids: Collection[int]) -> Sequence[Any]:
    """Open cases opened by these authors on these channels."""
    if not author_ids:
        return []
    return session.execute(
        select(*CASE_COLUMNS).where(
            Case.channel_id.in_(channel_ids),
            Case.author_id.in_(author_ids),
            Case.status == CaseStatus.OPEN.value,
        )
    ).all()


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
