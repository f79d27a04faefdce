from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base

if TYPE_CHECKING:
    from amends.models.author import Author
    from amends.models.case import Case
    from amends.models.channel import Channel


class Mention(Base):
    """One inbound item. `text` and `raw` are the original and never change; edits are revisions."""

    __tablename__ = "mention"
    __table_args__ = (
        # The natural key: redeliveries, replays and re-imports can never create a second row.
        UniqueConstraint("channel_id", "native_id", "platform"),
        Index("ix_mention_channel_conversation", "channel_id", "conversation_id"),
        Index("ix_mention_case_created", "case_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(1100), index=True)
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    native_id: Mapped[str] = mapped_column(String(512))
    native_event_id: Mapped[str | None] = mapped_column(String(512))
    native_version: Mapped[str | None] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(32))
    visibility: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(String(2048))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("author.id"), index=True)
    # What the author looked like when they posted (reach is judged on this, not today's profile).
    author_snapshot: Mapped[dict[str, Any]] = mapped_column(JSONType)
    text: Mapped[str] = mapped_column(Text)
    text_html: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(35))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    conversation_id: Mapped[str] = mapped_column(String(1100))
    parent_id: Mapped[str | None] = mapped_column(String(512))
    in_reply_to_author_id: Mapped[str | None] = mapped_column(String(512))
    metrics: Mapped[dict[str, Any]] = mapped_column(JSONType)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    is_hidden: Mapped[bool | None] = mapped_column(Boolean)
    capabilities: Mapped[list[str]] = mapped_column(JSONType)
    reply_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))
    cursor: Mapped[str | None] = mapped_column(String(512))
    raw: Mapped[dict[str, Any]] = mapped_column(JSONType)
    raw_schema: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The latest known text after edits; equals `text` until the author edits the post.
    current_text: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))

    channel: Mapped[Channel] = relationship(lazy="raise")
    author: Mapped[Author | None] = relationship(lazy="raise")
    case: Mapped[Case] = relationship(lazy="raise")
    revisions: Mapped[list[MentionRevision]] = relationship(lazy="raise", order_by="MentionRevision.id", viewonly=True)


class MentionRevision(Base):
    """An edit or deletion seen after the original was stored."""

    __tablename__ = "mention_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))  # "edit" | "delete"
    text: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[dict[str, Any]] = mapped_column(JSONType)
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    platform_time: Mapped[datetime | None] = mapped_column(UTCDateTime)

    mention: Mapped[Mention] = relationship(lazy="raise")
