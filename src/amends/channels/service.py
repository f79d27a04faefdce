"""Channel set-up: each channel is one brand account on one platform."""

from __future__ import annotations

import base64
import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.ingest.schemas import Platform
from amends.kit.crypto import decrypt, encrypt
from amends.models import Channel

# How replies leave Amends: the built-in demo platform, a signed webhook, or not at all (None) until the
# platform's own connector is built.
CONNECTORS = (None, "demo", "webhook")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class ChannelError(ValueError):
    pass


def new_webhook_secret() -> str:
    """A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def slugify(value: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug[:64] or "channel"


def get_by_slug(session: Session, slug: str) -> Channel | None:
    return session.scalars(select(Channel).where(Channel.slug == slug)).one_or_none()


def list_channels(session: Session) -> list[Channel]:
    return list(session.scalars(select(Channel).order_by(Channel.slug)))


def create_channel(
    session: Session,
    *,
    actor: str,
    key: bytes,
    slug: str,
    platform: str,
    account_ref: str,
    name: str,
    brand_handles: list[str] | None = None,
    brand_author_ids: list[str] | None = None,
    webhook_secret: str | None = None,
    connector: str | None = None,
    outbound_url: str | None = None,
) -> Channel:
    """Connect a brand account; the webhook secret is stored encrypted."""
    if not _SLUG.match(slug):
        raise ChannelError(f"slug {slug!r}: use lowercase letters, digits and dashes (max 64)")
    try:
        platform = Platform(platform).value
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise ChannelError(f"unknown platform {platform!r}; known: {known}") from None
    if not account_ref.strip():
        raise ChannelError("account_ref must not be empty")
    if connector not in CONNECTORS:
        raise ChannelError(f"unknown connector {connector!r}; known: {', '.join(c for c in CONNECTORS if c)}")
    if connector == "webhook":
        if not outbound_url or not outbound_url.startswith(("http://", "https://")):
            raise ChannelError("the webhook connector needs --outbound-url, an http(s) URL replies are POSTed to")
        if not webhook_secret:
            raise ChannelError("the webhook connector signs what it sends: add --webhook to create a secret")
    if get_by_slug(session, slug) is not None:
        raise ChannelError(f"a channel with slug {slug!r} already exists")
    clash = session.scalars(
        select(Channel).where(Channel.platform == platform, Channel.account_ref == account_ref)
    ).one_or_none()
    if clash is not None:
        raise ChannelError(f"{platform} account {account_ref!r} is already channel {clash.slug!r}")
    channel = Channel(
        slug=slug,
        platform=platform,
        account_ref=account_ref,
        name=name,
        brand_handles=sorted({h.lstrip("@").lower() for h in brand_handles or []}),
        brand_author_ids=sorted(set(brand_author_ids or [])),
        webhook_secret_enc=encrypt(key, webhook_secret) if webhook_secret else None,
        connector=connector,
        outbound_url=outbound_url if connector == "webhook" else None,
        active=True,
    )
    session.add(channel)
    session.flush()
    AuditLog(session).record(
        actor=actor,
        action="channel.created",
        subject_type="channel",
        subject_id=channel.id,
        after={
            "slug": slug,
            "platform": platform,
            "account_ref": account_ref,
            "brand_handles": channel.brand_handles,
            "brand_author_ids": channel.brand_author_ids,
            "webhook": channel.webhook_secret_enc is not None,
            "connector": connector,
            "outbound_url": channel.outbound_url,
        },
    )
    return channel


def webhook_secret(channel: Channel, key: bytes) -> str | None:
    return decrypt(key, channel.webhook_secret_enc) if channel.webhook_secret_enc else None
