from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base

if TYPE_CHECKING:
    from amends.models.case import Case


class DraftStatus(StrEnum):
    DRAFT = "draft"  # being written; checked on every change
    PENDING_APPROVAL = "pending_approval"  # submitted; a supervisor must approve (agent level or warnings)
    APPROVED = "approved"  # may be sent
    REJECTED = "rejected"  # a supervisor sent it back, with a reason
    QUEUED = "queued"  # in the outbox
    SENT = "sent"  # the platform accepted it; `reply_id` links the stored Reply
    FAILED = "failed"  # the platform refused it for good; the outbox row says why
    DISCARDED = "discarded"


class Draft(Base):
    """An outbound message before it is sent: its text, where it came from, the checker's findings."""

    __tablename__ = "draft"
    __table_args__ = (Index("ix_draft_case_status", "case_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"))
    in_reply_to_mention_id: Mapped[int | None] = mapped_column(ForeignKey("mention.id"))
    visibility: Mapped[str] = mapped_column(String(16))  # public | private
    purpose: Mapped[str] = mapped_column(String(32))
    at_fault: Mapped[str] = mapped_column(String(16), default="unknown")  # brand | customer | unknown
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))  # composer | llm | human
    playbook_key: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(24), default=DraftStatus.DRAFT.value)
    author: Mapped[str] = mapped_column(String(200))  # the actor who created it
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The latest check: every finding with code, level, message and span.
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    blocking: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("reply.id"))

    case: Mapped[Case] = relationship(lazy="raise")


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt
    SENT = "sent"
    FAILED = "failed"  # refused for good, or out of attempts


class OutboxItem(Base):
    """A command for a platform (reply, message, hide). Its idempotency key is stored before the call."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    command: Mapped[str] = mapped_column(String(24))  # public_reply | private_message | hide
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    draft_id: Mapped[int | None] = mapped_column(ForeignKey("draft.id"), unique=True)
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mention.id"))
    text: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)  # why a post is hidden
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    platform_id: Mapped[str | None] = mapped_column(String(512))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
