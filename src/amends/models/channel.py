from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from amends.kit.time import utcnow
from amends.kit.types import JSONType, UTCDateTime
from amends.models.base import Base


class Channel(Base):
    """One connected brand account on one platform."""

    __tablename__ = "channel"
    __table_args__ = (UniqueConstraint("platform", "account_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    platform: Mapped[str] = mapped_column(String(32))
    account_ref: Mapped[str] = mapped_column(String(512))
    name: Mapped[str] = mapped_column(String(200))
    # The brand's own identities on the platform: posts by these authors are our replies, not mentions.
    brand_handles: Mapped[list[str]] = mapped_column(JSONType, default=list)
    brand_author_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # Fernet token of the Standard Webhooks secret; never stored or logged in the clear.
    webhook_secret_enc: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # How replies are sent: "demo" (the built-in demo platform), "webhook" (signed POST to outbound_url),
    # or None while the platform's connector is not built: drafts can be written but not sent.
    connector: Mapped[str | None] = mapped_column(String(16))
    outbound_url: Mapped[str | None] = mapped_column(String(2048))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def is_brand(self, author_id: str | None, handle: str | None) -> bool:
        if author_id and author_id in self.brand_author_ids:
            return True
        return bool(handle and handle.lstrip("@").lower() in self.brand_handles)
