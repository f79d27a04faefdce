"""The generic inbound webhook: Standard Webhooks signatures, then ingest.

The signature is checked over the raw request bytes before anything is parsed; a delivery that
fails is kept in quarantine for inspection (never replayable) and answered 401.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from amends.channels import service as channels
from amends.config import Settings
from amends.ingest.schemas import Source, parse_mention
from amends.ingest.service import Incoming, IngestSummary, Origin, Rejection, ingest_batch
from amends.kit.crypto import SecretKeyError
from amends.models import Channel

log = logging.getLogger(__name__)


class SignatureError(ValueError):
    pass


def verify_signature(secret: str, headers: Mapping[str, str], body: bytes, *, tolerance: int, now: float) -> str:
    """Check a Standard Webhooks signature; returns the webhook-id or raises SignatureError."""
    lowered = {k.lower(): v for k, v in headers.items()}
    msg_id = lowered.get("webhook-id", "").strip()
    timestamp = lowered.get("webhook-timestamp", "").strip()
    signatures = lowered.get("webhook-signature", "").strip()
    if not (msg_id and timestamp and signatures):
        raise SignatureError("unsigned: webhook-id, webhook-timestamp and webhook-signature headers are required")
    if not timestamp.isdigit():
        raise SignatureError("webhook-timestamp is not whole Unix seconds")
    if abs(now - int(timestamp)) > tolerance:
        raise SignatureError(f"webhook-timestamp is more than {tolerance}s from now (stale or replayed)")
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except binascii.Error:
        raise SignatureError("the channel's webhook secret is not valid base64") from None
    expected = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    for candidate in signatures.split():
        version, _, value = candidate.partition(",")
        if version != "v1":
            continue
        try:
            given = base64.b64decode(value, validate=True)
        except binascii.Error:
            continue
        if hmac.compare_digest(expected, given):
            return msg_id
    raise SignatureError("no signature matches (forged, or signed with another secret)")


@dataclass(frozen=True)
class DeliveryResult:
    status_code: int
    body: dict[str, Any]


def _split_body(body: bytes) -> list[Any]:
    try:
        decoded = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("body is not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(decoded, list):
        if not decoded:
            raise ValueError("empty list: nothing to ingest")
        return decoded
    return [decoded]


def receive_delivery(
    session: Session,
    settings: Settings,
    key: bytes,
    slug: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    remote: str | None = None,
) -> DeliveryResult:
    """Verify, parse and ingest one delivery in the caller's transaction."""
    channel = channels.get_by_slug(session, slug)
    if channel is None:
        log.warning("webhook for unknown channel %r from %s", slug, remote)
        return DeliveryResult(404, {"error": f"unknown channel {slug!r}"})
    try:
        secret = channels.webhook_secret(channel, key)
    except SecretKeyError as exc:
        log.error("webhook secret of channel %r cannot be decrypted: %s", slug, exc)
        return DeliveryResult(500, {"error": str(exc)})
    if secret is None:
        return DeliveryResult(403, {"error": f"channel {slug!r} has no webhook secret; webhooks are off"})
    webhook_id = headers.get("webhook-id") or None
    try:
        verify_signature(secret, headers, body, tolerance=settings.webhook_tolerance_seconds, now=now)
    except SignatureError as exc:
        # Channel, reason, delivery id and sender only: never the body, headers or secret.
        log.warning("webhook rejected for channel %r: %s (webhook-id %r, from %s)", slug, exc, webhook_id, remote)
        origin = Origin("webhook", slug, webhook_id, body, "json", slug, replayable=False)
        ingest_batch(session, settings, [], rejections=[Rejection(origin, f"rejected: {exc}")], channel=channel)
        return DeliveryResult(401, {"error": str(exc)})
    assert webhook_id is not None
    summary = _ingest_verified(session, settings, channel, webhook_id, body)
    result = summary.as_dict()
    result["webhook_id"] = webhook_id
    # Quarantined items are stored, so a retry cannot add anything; the sender still learns of them.
    return DeliveryResult(422 if summary.quarantined else 200, result)


def _ingest_verified(
    session: Session, settings: Settings, channel: Channel, webhook_id: str, body: bytes
) -> IngestSummary:
    items: list[Incoming] = []
    rejections: list[Rejection] = []
    try:
        records = _split_body(body)
    except ValueError as exc:
        rejections.append(Rejection(Origin("webhook", channel.slug, webhook_id, body, "json", channel.slug), str(exc)))
        records = []
    for index, record in enumerate(records):
        location = webhook_id if len(records) == 1 else f"{webhook_id}#{index}"
        payload = body if len(records) == 1 else json.dumps(record, ensure_ascii=False).encode()
        origin = Origin("webhook", channel.slug, location, payload, "json", channel.slug)
        try:
            mention = parse_mention(record)
        except ValueError as exc:
            rejections.append(Rejection(origin, str(exc)))
            continue
        if "source" not in record:
            mention = mention.model_copy(update={"source": Source.WEBHOOK})
        items.append(Incoming(mention, record, origin))
    return ingest_batch(
        session, settings, items, rejections=rejections, channel=channel, actor=f"webhook:{channel.slug}"
    )
