from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false

from amends.kit.types import UTCDateTime
from amends.models.base import Base

if TYPE_CHECKING:
    from amends.models.author import Author
    from amends.models.channel import Channel
    from amends.models.mention import Mention
    from amends.models.reply import Reply


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CaseStage(StrEnum):
    """Where an open case stands in the conversation with the customer."""

    NEW = "new"  # nobody has answered yet
    ACKNOWLEDGED = "acknowledged"  # the first public response went out
    AWAITING_CUSTOMER = "awaiting_customer"  # we asked something and wait for the customer
    CUSTOMER_REPLIED = "customer_replied"  # the customer wrote again while we were waiting
    PRIVATE = "private"  # the conversation moved to private messages


class Case(Base):
    """One customer issue: the mentions and replies of a thread or an author about it."""

    __tablename__ = "case"
    __table_args__ = (
        Index("ix_case_channel_author_status", "channel_id", "author_id", "status"),
        Index("ix_case_last_activity", "last_activity_at"),
        # Not (status, priority): with that index SQLite drove the ingest look-up of open cases by
        # conversation from the case table and scanned every open case (ingest fell to ~140/s).
        Index("ix_case_priority", "priority"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("author.id"))
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.OPEN.value)
    subject: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Triage roll-up: the highest-priority assessment of the case's mentions, and flags any mention raised.
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    action: Mapped[str | None] = mapped_column(String(16))
    pathway: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String(16))
    topic: Mapped[str | None] = mapped_column(String(64))
    severity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    legal_risk: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    pii_exposed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # In force from the first legal-risk mention until a user with the legal role releases it; a later
    # legal-risk mention puts it back. While it holds, nothing public is sent on the case.
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    hold_released_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hold_released_by: Mapped[str | None] = mapped_column(String(200))
    hold_release_note: Mapped[str | None] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(24), default=CaseStage.NEW.value, server_default=CaseStage.NEW.value)

    channel: Mapped[Channel] = relationship(lazy="raise")
    author: Mapped[Author | None] = relationship(lazy="raise")
    # Read-only views: writers set Mention.case / Reply.case, so appending never loads a collection.
    mentions: Mapped[list[Mention]] = relationship(lazy="raise", order_by="Mention.created_at", viewonly=True)
    replies: Mapped[list[Reply]] = relationship(lazy="raise", order_by="Reply.sent_at", viewonly=True)
