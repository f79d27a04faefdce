"""The generic webhook channel's outbound side: POST each command, signed, to the channel's URL.

The receiver is the brand's own bridge to a platform we have no connector for. We sign with Standard
Webhooks (the same scheme our inbound webhook checks) and use the command's idempotency key as the
`webhook-id`, which that scheme already tells receivers to dedupe on, and as `Idempotency-Key` for
receivers that follow the HTTP idempotency draft instead. A retry after a timeout or a 5xx therefore
carries the same id, and the receiver answers with the message it already made.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

import amends
from amends.channels.connector import CommandKind, CommandResult, OutboundCommand, PermanentError, TransientError

# Enough for any sane acknowledgement; a receiver streaming megabytes at us is cut off, not buffered.
MAX_RESPONSE_BYTES = 1_000_000
_BODY_EXCERPT = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); None if absent or unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # HTTP dates are GMT by definition
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _signing_key(secret: str) -> bytes:
    encoded = secret.strip().removeprefix("whsec_")
    try:
        # Tolerate unpadded secrets like the reference library does, but not stray characters.
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise PermanentError("the channel's webhook secret is not valid base64 (expected whsec_<base64>)") from None
    if not key:
        raise PermanentError("the channel's webhook secret is empty")
    return key


def sign(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks v1 signature header value for one delivery."""
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


class WebhookConnector:
    """Sends commands to one receiver URL. Holds its own HTTP client unless given one (then the caller closes it).

    `timeout` bounds each network step (connect, each read, write), as httpx defines its timeouts.
    """

    name: str = "webhook"

    def __init__(
        self,
        url: str,
        secret: str | None,
        *,
        client: httpx.Client | None = None,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        # Say what is wrong without echoing the URL, which may carry a token.
        try:
            parts = urlsplit(url)
            port = f":{parts.port}" if parts.port else ""
        except ValueError:
            raise PermanentError("outbound URL cannot be parsed (bad port or brackets)") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PermanentError(f"outbound URL must be http:// or https:// with a host (got scheme {parts.scheme!r})")
        self.url = url
        # Messages name the receiver by scheme and host only: paths and query strings often hold tokens.
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        self.where = f"{parts.scheme}://{host}{port}"
        self._key = _signing_key(secret) if secret is not None else None
        # Redact these from anything the receiver sends back before it reaches a message.
        self._redact = [s for s in (secret, (secret or "").removeprefix("whsec_")) if s]
        self._timeout = timeout
        self._clock = clock
        self._owns_client = client is None
        # Redirects are not followed: re-sending a signed command to wherever a 3xx points is not ours to decide.
        self._client = client or httpx.Client(follow_redirects=False)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> WebhookConnector:
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def execute(self, command: OutboundCommand) -> CommandResult:
        body = json.dumps(command.payload(), ensure_ascii=False, separators=(",", ":")).encode()
        timestamp = int(self._clock())
        headers = {
            "content-type": "application/json",
            "user-agent": f"amends/{amends.__version__}",
            "webhook-id": command.idempotency_key,
            "webhook-timestamp": str(timestamp),
            "idempotency-key": command.idempotency_key,
        }
        if self._key is not None:
            headers["webhook-signature"] = sign(self._key, command.idempotency_key, timestamp, body)
        status, content, retry_after = self._post(body, headers)
        if 200 <= status < 300:
            return self._result(command, status, content)
        excerpt = self._excerpt(content, command)
        # 409 is transient too: the Idempotency-Key draft (IETF httpapi) answers it while a request with the same
        # key is still in progress, so a later retry gets the finished result.
        if status in (408, 409, 429) or status >= 500:
            raise TransientError(
                f"{self.where} answered {status}{excerpt}", status=status, retry_after=parse_retry_after(retry_after)
            )
        if 300 <= status < 400:
            raise PermanentError(
                f"{self.where} answered {status} (a redirect); redirects are not followed, "
                "set the channel's outbound URL to the final address",
                status=status,
            )
        raise PermanentError(f"{self.where} refused the command: {status}{excerpt}", status=status)

    def _post(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, str | None]:
        try:
            # follow_redirects per request too, in case a caller's own client follows them by default.
            with self._client.stream(
                "POST", self.url, content=body, headers=headers, timeout=self._timeout, follow_redirects=False
            ) as resp:
                content = bytearray()
                for chunk in resp.iter_bytes():
                    content += chunk
                    if len(content) > MAX_RESPONSE_BYTES:
                        break
                return resp.status_code, bytes(content[: MAX_RESPONSE_BYTES + 1]), resp.headers.get("retry-after")
        # Only the exception's class goes into the message: httpx texts can quote the request URL.
        except httpx.TimeoutException as exc:
            # The receiver may have acted before we gave up; the retry's same webhook-id lets it dedupe.
            raise TransientError(f"{self.where} timed out after {self._timeout:g}s ({type(exc).__name__})") from None
        except httpx.UnsupportedProtocol:
            raise PermanentError(f"{self.where}: unsupported protocol") from None
        except (httpx.InvalidURL, httpx.DecodingError, httpx.TooManyRedirects) as exc:
            raise PermanentError(f"{self.where}: {type(exc).__name__}") from None
        except httpx.TransportError as exc:  # refused, reset, DNS, TLS, protocol errors: may pass
            raise TransientError(f"{self.where} could not be reached ({type(exc).__name__})") from None

    def _result(self, command: OutboundCommand, status: int, content: bytes) -> CommandResult:
        # From here the receiver has accepted the command, so errors say so: a person must check before resending.
        accepted = f"{self.where} accepted the command ({status}) but"
        if len(content) > MAX_RESPONSE_BYTES:
            raise PermanentError(f"{accepted} its response is over {MAX_RESPONSE_BYTES} bytes", status=status)
        data: Any = None
        if content.strip():
            try:
                data = json.loads(content)
            except (UnicodeDecodeError, json.JSONDecodeError):
                if command.kind is not CommandKind.HIDE:
                    excerpt = self._excerpt(content, command)
                    raise PermanentError(
                        f'{accepted} its response is not JSON; expected {{"id": "..."}}{excerpt}', status=status
                    ) from None
        raw: dict[str, Any] = data if isinstance(data, dict) else {}
        platform_id = raw.get("id")
        if isinstance(platform_id, int) and not isinstance(platform_id, bool):
            platform_id = str(platform_id)  # numeric ids (as many platforms use) are kept as text
        if not (isinstance(platform_id, str) and platform_id.strip()):
            if command.kind is CommandKind.HIDE:
                return CommandResult(None, raw)  # hiding creates nothing, so there is no id to expect
            raise PermanentError(
                f'{accepted} its response has no "id" for the reply; expected {{"id": "..."}}', status=status
            )
        return CommandResult(platform_id, raw)

    def _excerpt(self, content: bytes, command: OutboundCommand) -> str:
        """A short, single-line excerpt of a response body for messages, without our secret or message text."""
        # Redact before truncating, so a secret straddling the cut cannot leave a readable piece behind. Receivers
        # often echo the request in errors; the text we sent is the customer conversation, not for the logs.
        text = content.decode("utf-8", errors="replace")
        echoes = [command.text] if command.text and len(command.text) >= 8 else []
        for secret in [*self._redact, *echoes]:
            text = text.replace(secret, "[redacted]")
        text = _CONTROL.sub(" ", text).strip()
        if not text:
            return ""
        if len(text) > _BODY_EXCERPT:
            text = text[:_BODY_EXCERPT] + "…"
        return f": {text}"
