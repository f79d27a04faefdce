from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base

# Profile fields whose change is kept as history (follower counts move constantly; each mention
# keeps its own snapshot of them instead).
TRACKED_FIELDS = ("handle", "display_name", "avatar_url", "profile_url", "is_verified")


class Author(Base):
    """The person behind mentions on one platform."""

    __tablename__ = "author"
    __table_args__ = (UniqueConstraint("platform", "native_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    # The platform's author id, or "@handle" where the platform gives none.
    native_key: Mapped[str] = mapped_column(String(512))
    handle: Mapped[str | None] = mapped_column(String(512))
    display_name: Mapped[str | None] = mapped_column(String(512))
    follower_count: Mapped[int | None] = mapped_column(Integer)
    avatar_url: Mapped[str | None] = mapped_column(String(2048))
    profile_url: Mapped[str | None] = mapped_column(String(2048))
    is_verified: Mapped[bool | None] = mapped_column(Boolean)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Repeat-offender memory for triage: posts assessed, or corrected by an agent, as trolling.
    troll_flags: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    revisions: Mapped[list[AuthorRevision]] = relationship(lazy="raise", order_by="AuthorRevision.id", viewonly=True)


class AuthorRevision(Base):
    """A change to an author's profile, as seen on a later mention."""

    __tablename__ = "author_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"), index=True)
    observed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    before: Mapped[dict[str, Any]] = mapped_column(JSONType)
    after: Mapped[dict[str, Any]] = mapped_column(JSONType)

    author: Mapped[Author] = relationship(lazy="raise")
