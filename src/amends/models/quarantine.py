from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from amends.kit.types import UTCDateTime
from amends.models.base import Base


class QuarantineStatus(StrEnum):
    PENDING = "pending"
    REPLAYED = "replayed"


class Quarantine(Base):
    """Input that could not be ingested, kept byte for byte with the reason and where it came from."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_status", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(32))  # import:jsonl | import:twcs | webhook
    source_ref: Mapped[str] = mapped_column(String(1024))  # file path or channel slug
    location: Mapped[str | None] = mapped_column(String(256))  # "line 12" or webhook-id
    payload_format: Mapped[str] = mapped_column(String(16))  # json | twcs-row
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    channel_slug: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    # Deliveries that failed authentication are kept for inspection but can never be replayed.
    replayable: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default=QuarantineStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_key: Mapped[str | None] = mapped_column(String(1100))
