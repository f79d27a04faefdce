from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base

if TYPE_CHECKING:
    from amends.models.case import Case
    from amends.models.mention import Mention


class Reply(Base):
    """An outbound message on a case: a public reply or a private message sent by the brand."""

    __tablename__ = "reply"
    __table_args__ = (UniqueConstraint("channel_id", "native_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), index=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    in_reply_to_mention_id: Mapped[int | None] = mapped_column(ForeignKey("mention.id"))
    # The platform's id for the sent message, so it is recognised when it echoes back in.
    native_id: Mapped[str | None] = mapped_column(String(512))
    kind: Mapped[str] = mapped_column(String(32))  # public_reply | private_message
    author_handle: Mapped[str | None] = mapped_column(String(512))
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))
    raw: Mapped[dict[str, Any]] = mapped_column(JSONType)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)

    case: Mapped[Case] = relationship(lazy="raise")
    in_reply_to: Mapped[Mention | None] = relationship(lazy="raise")
