"""The outbound side of a channel: commands we send to a platform, and how their failures are classed.

Exactly-once effect (DESIGN.md §7) rests on two halves. The caller stores a command's idempotency key
in its outbox *before* calling `Connector.execute`; a connector passes that key to the platform (or
dedupes on it itself) so that executing the same command again after a crash, a timeout or a lost
response returns the first result instead of publishing twice. The error classes tell the caller
whether to retry the same command later (`TransientError`, with `backoff_seconds`) or to stop and
show the reason to a person (`PermanentError`).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

# The key travels as an HTTP header (webhook-id, Idempotency-Key) and as a log field, so it must be
# short visible ASCII; a UUID or "case-12/draft-3" fits, anything with spaces or newlines does not.
_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


class CommandKind(StrEnum):
    PUBLIC_REPLY = "public_reply"
    PRIVATE_MESSAGE = "private_message"
    HIDE = "hide"


# Event names on the wire (generic webhook body, demo log): dotted like other webhook senders' types.
WIRE_TYPES: dict[CommandKind, str] = {
    CommandKind.PUBLIC_REPLY: "reply.public",
    CommandKind.PRIVATE_MESSAGE: "reply.private",
    CommandKind.HIDE: "mention.hide",
}


@dataclass(frozen=True, slots=True)
class OutboundCommand:
    """One effect on a platform. Construction checks the shape, so connectors never see half a command."""

    idempotency_key: str  # stored in our outbox before the call; the platform/receiver must dedupe on it
    kind: CommandKind
    channel_slug: str
    platform: str
    account_ref: str
    text: str | None  # None for HIDE
    target_native_id: str | None  # the mention we answer / hide
    recipient_native_id: str | None  # the author, for private messages
    case_ref: str | None = None

    def __post_init__(self) -> None:
        # A malformed command is a bug in the caller, not a platform failure: ValueError, not ConnectorError.
        if not _KEY.match(self.idempotency_key):
            raise ValueError("idempotency_key must be 1-255 visible ASCII characters (no spaces)")
        kind = CommandKind(self.kind)
        # Accept the plain string value ("hide") from storage, but hold the enum from here on.
        object.__setattr__(self, "kind", kind)
        if kind is CommandKind.HIDE:
            if self.text is not None:
                raise ValueError("a hide command carries no text")
            if not self.target_native_id:
                raise ValueError("a hide command needs target_native_id (the mention to hide)")
        else:
            if not self.text or not self.text.strip():
                raise ValueError(f"a {kind.value} command needs non-empty text")
            if kind is CommandKind.PUBLIC_REPLY and not self.target_native_id:
                raise ValueError("a public reply needs target_native_id (the mention it answers)")
            # Some platforms address a private reply by the comment (Meta's recipient.comment_id), others
            # by the author, so either one is enough.
            if kind is CommandKind.PRIVATE_MESSAGE and not (self.recipient_native_id or self.target_native_id):
                raise ValueError("a private message needs recipient_native_id or target_native_id")
        if not (self.channel_slug and self.platform and self.account_ref):
            raise ValueError("channel_slug, platform and account_ref are required")

    def payload(self) -> dict[str, Any]:
        """The command as JSON-ready data: the generic webhook body and the demo log line share it."""
        return {
            "type": WIRE_TYPES[self.kind],
            "idempotency_key": self.idempotency_key,
            "channel": {"slug": self.channel_slug, "platform": self.platform, "account_ref": self.account_ref},
            "text": self.text,
            "target_id": self.target_native_id,
            "recipient_id": self.recipient_native_id,
            "case_ref": self.case_ref,
        }


@dataclass(frozen=True, slots=True)
class CommandResult:
    platform_id: str | None  # the id the platform gave our reply (None for HIDE); kept to spot our own echoes
    raw: dict[str, Any]


class ConnectorError(Exception):
    """Base class. Messages are written to be logged and shown: no secrets, no message text, no full URLs."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the platform's HTTP status, where there was a response


class TransientError(ConnectorError):
    """Worth retrying the same command later (5xx, 408, 429, timeouts, refused connections)."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after  # seconds the platform asked us to wait, if it said


class PermanentError(ConnectorError):
    """Retrying cannot help (4xx other than 408/429, bad configuration): a person has to look."""


@runtime_checkable
class Connector(Protocol):
    name: str

    def execute(self, command: OutboundCommand) -> CommandResult:
        """Perform the command once, or return the earlier result if its idempotency key was already used."""
        ...


# Full jitter draws from the OS source: the default needs no seed, and tests pass their own Random.
_SYSTEM_RANDOM = random.SystemRandom()


def backoff_seconds(
    attempt: int,
    *,
    base: float = 2.0,
    cap: float = 600.0,
    retry_after: float | None = None,
    jitter: random.Random | None = None,
) -> float:
    """Seconds to wait before retry number `attempt` (1 = the first retry).

    Exponential with full jitter (uniform in [0, min(cap, base * 2**(attempt-1))]) so that many
    commands failing together do not retry together. A Retry-After from the platform is a floor,
    since retrying earlier only earns another 429; everything is clamped to `cap` so that a
    misbehaving receiver cannot park a command for days (the caller raises `cap` if it must wait).
    """
    if attempt < 1:
        raise ValueError("attempt counts retries from 1")
    if base <= 0 or cap <= 0:
        raise ValueError("base and cap must be positive")
    # Clamp the exponent: 2.0**1100 overflows, and the window has long since reached the cap.
    window = min(cap, base * 2.0 ** min(attempt - 1, 64))
    delay = (jitter or _SYSTEM_RANDOM).uniform(0.0, window)
    if retry_after is not None and math.isfinite(retry_after) and retry_after > 0:
        delay = max(delay, retry_after)
    return min(delay, cap)
