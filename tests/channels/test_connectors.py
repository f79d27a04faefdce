"""Outbound connectors against a real HTTP receiver playing the platform, and a real demo log file.

The receiver checks signatures with the reference Standard Webhooks library (not our code), dedupes on webhook-id
like a well-behaved receiver, and can be scripted to fail."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import formatdate
from hashlib import sha256
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook

from amends.channels.connector import (
    CommandKind,
    CommandResult,
    Connector,
    ConnectorError,
    OutboundCommand,
    PermanentError,
    TransientError,
    backoff_seconds,
)
from amends.channels.demo_connector import DemoConnector, demo_platform_id, read_demo_log
from amends.channels.service import new_webhook_secret
from amends.channels.webhook_connector import WebhookConnector, parse_retry_after

SECRET = new_webhook_secret()
TEXT = "Sorry Jane, we've sent a new parcel today."


def command(key: str = "cmd-1", kind: CommandKind = CommandKind.PUBLIC_REPLY, **overrides: Any) -> OutboundCommand:
    fields: dict[str, Any] = {"channel_slug": "brand-x", "platform": "x", "account_ref": "22449", "case_ref": "C-7"}
    fields["recipient_native_id"] = "500" if kind is CommandKind.PRIVATE_MESSAGE else None
    fields |= {"text": None if kind is CommandKind.HIDE else TEXT, "target_native_id": "1001", **overrides}
    return OutboundCommand(key, kind, **fields)


# One scripted response. With `store` the receiver publishes before answering: the worst case for duplicates.
@dataclass
class Answer:
    status: int = 200
    body: bytes | None = None  # None: the usual {"id": ...} acknowledgement
    headers: dict[str, str] = field(default_factory=dict)
    store: bool = True
    hang: bool = False  # sit past the client's timeout before answering


@dataclass
class Receiver:  # the fake platform's state, shared with its handler threads
    secret: str | None = SECRET
    url: str = ""
    script: list[Answer] = field(default_factory=list)
    messages: dict[str, str] = field(default_factory=dict)  # webhook-id -> the id we created for it
    bodies: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, headers: dict[str, str], raw: bytes) -> tuple[Answer, str | None]:
        with self.lock:
            answer = self.script.pop(0) if self.script else Answer()
            # The reference library raises on a bad signature; the handler turns that into a 401.
            payload = Webhook(self.secret).verify(raw, headers) if self.secret is not None else json.loads(raw)
            self.bodies.append(payload)
            self.headers.append(headers)
            created = self.messages.get(headers["webhook-id"])  # dedupe, as Standard Webhooks asks receivers to
            if created is None and answer.store:
                created = self.messages[headers["webhook-id"]] = f"msg-{len(self.messages) + 1}"
            return answer, created


def make_handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers["content-length"]))
            try:
                answer, created = receiver.handle({k.lower(): v for k, v in self.headers.items()}, raw)
            except Exception as exc:
                answer, created = Answer(401, json.dumps({"error": str(exc)}).encode()), None
            if answer.hang:
                receiver.release.wait(5)
            body = answer.body if answer.body is not None else json.dumps({"id": created}).encode()
            try:
                self.send_response(answer.status)
                for name, value in {**answer.headers, "content-length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (the timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    # A token in the query string, as real receiver URLs often have: it must never reach a message.
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/amends?token=tok-123"
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def connector(receiver: Receiver) -> Iterator[WebhookConnector]:
    with WebhookConnector(receiver.url, SECRET, timeout=2.0) as c:
        yield c


def assert_safe(exc: ConnectorError) -> None:
    for secret in (SECRET, SECRET.removeprefix("whsec_"), "tok-123", TEXT):
        assert secret not in str(exc)


def test_signed_reply_returns_the_receivers_id(receiver: Receiver, connector: WebhookConnector) -> None:
    assert isinstance(connector, Connector)
    assert connector.execute(command()) == CommandResult("msg-1", {"id": "msg-1"})
    channel = {"slug": "brand-x", "platform": "x", "account_ref": "22449"}
    assert receiver.bodies == [
        {"type": "reply.public", "idempotency_key": "cmd-1", "channel": channel, "text": TEXT}
        | {"target_id": "1001", "recipient_id": None, "case_ref": "C-7"}
    ]
    sent = receiver.headers[0]
    assert sent["webhook-id"] == sent["idempotency-key"] == "cmd-1"
    assert sent["content-type"] == "application/json"


def test_private_message_hide_non_ascii_and_numeric_ids(receiver: Receiver, connector: WebhookConnector) -> None:
    assert connector.execute(command("dm-1", CommandKind.PRIVATE_MESSAGE)).platform_id == "msg-1"
    receiver.script.append(Answer(status=204, body=b""))
    assert connector.execute(command("hide-1", "hide", text=None)) == CommandResult(None, {})  # type: ignore[arg-type]
    # The kind as stored (a plain string) is accepted above; below, the signature covers the exact UTF-8 bytes.
    connector.execute(command("fr-1", text="Désolé 🙏 — on s'en occupe"))
    # Meta-style private replies address the comment, not the author.
    connector.execute(command("dm-2", CommandKind.PRIVATE_MESSAGE, recipient_native_id=None))
    assert [(b["type"], b["target_id"], b["recipient_id"], b["text"]) for b in receiver.bodies] == [
        ("reply.private", "1001", "500", TEXT),
        ("mention.hide", "1001", None, None),
        ("reply.public", "1001", None, "Désolé 🙏 — on s'en occupe"),
        ("reply.private", "1001", None, TEXT),
    ]
    receiver.script.append(Answer(body=b'{"id": 1234567890123, "url": "https://x.example/1"}'))
    result = connector.execute(command("num-1"))  # numeric ids, as many platforms use, are kept as text
    assert (result.platform_id, result.raw["url"]) == ("1234567890123", "https://x.example/1")


def test_unsigned_without_a_secret_refused_with_the_wrong_one_unpadded_ok(receiver: Receiver) -> None:
    receiver.secret = None
    with WebhookConnector(receiver.url, None) as c:
        assert c.execute(command()).platform_id == "msg-1"
    assert "webhook-signature" not in receiver.headers[0] and receiver.headers[0]["webhook-id"] == "cmd-1"
    receiver.secret = SECRET
    with WebhookConnector(receiver.url, new_webhook_secret()) as c, pytest.raises(PermanentError) as info:
        c.execute(command("cmd-2"))
    assert info.value.status == 401 and "No matching signature" in str(info.value)
    receiver.secret = SECRET.rstrip("=")  # unpadded base64, which the reference library accepts too
    with WebhookConnector(receiver.url, receiver.secret) as c:
        assert c.execute(command("cmd-3")).platform_id == "msg-2"


def test_retry_after_a_503_does_not_publish_twice(receiver: Receiver, connector: WebhookConnector) -> None:
    receiver.script.append(Answer(status=503, body=b"upstream busy", headers={"Retry-After": "7"}))
    with pytest.raises(TransientError) as info:
        connector.execute(command())
    assert (info.value.status, info.value.retry_after) == (503, 7.0)
    assert "answered 503: upstream busy" in str(info.value)
    assert_safe(info.value)
    first = receiver.messages["cmd-1"]  # the receiver did publish before failing
    assert connector.execute(command()).platform_id == first
    assert connector.execute(command()).platform_id == first
    assert len(receiver.headers) == 3 and len(receiver.messages) == 1
    # Each attempt is signed afresh under the same id, so the receiver can tell it is one command.
    assert {h["webhook-id"] for h in receiver.headers} == {"cmd-1"}
    assert [connector.execute(command(k)).platform_id for k in ("b", "cmd-1", "b")] == ["msg-2", "msg-1", "msg-2"]


def test_retry_after_a_timeout_does_not_publish_twice(receiver: Receiver) -> None:
    receiver.script.append(Answer(hang=True))
    with WebhookConnector(receiver.url, SECRET, timeout=0.3) as c:
        with pytest.raises(TransientError) as info:
            c.execute(command())
        assert "timed out after 0.3s" in str(info.value) and info.value.retry_after is None
        assert_safe(info.value)
        receiver.release.set()
        assert c.execute(command()).platform_id == "msg-1"
    assert len(receiver.messages) == 1 and len(receiver.headers) == 2


@pytest.mark.parametrize(
    ("answer", "error", "phrase"),
    [
        (Answer(503, store=False), TransientError, "answered 503"),
        (Answer(500, b"boom", store=False), TransientError, "answered 500: boom"),
        (Answer(429, headers={"Retry-After": "120"}, store=False), TransientError, "answered 429"),
        (Answer(408, store=False), TransientError, "answered 408"),
        (Answer(409, b"in progress", store=False), TransientError, "answered 409"),  # same key still in flight
        (Answer(400, b'{"error":"text too long"}', store=False), PermanentError, "refused the command: 400"),
        (Answer(404, b"no such thread", store=False), PermanentError, "refused the command: 404: no such"),
        (Answer(302, headers={"Location": "http://elsewhere/"}), PermanentError, "redirects are not followed"),
        (Answer(body=b"<html>ok</html>"), PermanentError, "accepted the command (200) but its response is not JSON"),
        (Answer(body=b'{"ok": true}'), PermanentError, 'has no "id"'),
        (Answer(body=b'{"id": ""}'), PermanentError, 'has no "id"'),
        (Answer(body=b'["msg-1"]'), PermanentError, 'has no "id"'),
        (Answer(201, b""), PermanentError, 'has no "id"'),
    ],
    ids=["503", "500", "429", "408", "409", "400", "404", "302", "not-json", "no-id", "empty-id", "list", "empty"],
)
def test_each_response_maps_to_its_error_class(
    receiver: Receiver, connector: WebhookConnector, answer: Answer, error: type[ConnectorError], phrase: str
) -> None:
    receiver.script.append(answer)
    with pytest.raises(ConnectorError) as info:
        connector.execute(command())
    assert type(info.value) is error and info.value.status == answer.status
    assert phrase in str(info.value)
    if isinstance(info.value, TransientError):
        assert info.value.retry_after == (120.0 if answer.status == 429 else None)
    assert_safe(info.value)


def test_long_or_hostile_error_bodies_are_cut_and_redacted(receiver: Receiver, connector: WebhookConnector) -> None:
    echo = f"bad request\nheaders were: secret={SECRET}\r\ntext: {TEXT}" + "x" * 5000
    receiver.script.append(Answer(422, echo.encode(), store=False))
    with pytest.raises(PermanentError) as info:
        connector.execute(command())
    assert_safe(info.value)
    assert "[redacted]" in str(info.value) and "\n" not in str(info.value) and len(str(info.value)) < 300


def test_connection_refused_is_transient() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        WebhookConnector(f"http://127.0.0.1:{port}/x?token=tok-123", SECRET, timeout=2) as c,
        pytest.raises(TransientError) as info,
    ):
        c.execute(command())
    assert "could not be reached (ConnectError)" in str(info.value)
    assert_safe(info.value)


BAD_URLS = ["", "ftp://h/x", "file:///x", "javascript:x", "http://", "h.com/x", "http://h:99999/", "http://[::1/"]


@pytest.mark.parametrize("url", [u + "?token=tok-123" for u in BAD_URLS])
def test_only_http_and_https_urls_refused_without_quoting_them(url: str) -> None:
    with pytest.raises(PermanentError, match=r"http:// or https://|cannot be parsed") as info:
        WebhookConnector(url, SECRET)
    assert_safe(info.value)


@pytest.mark.parametrize("secret", ["whsec_not base64!!", "whsec_", "whsec_@@@@"])
def test_a_broken_secret_is_a_permanent_error_that_does_not_quote_it(secret: str) -> None:
    with pytest.raises(PermanentError, match=r"secret is (not valid base64|empty)") as info:
        WebhookConnector("https://example.com/hook", secret)
    assert not secret.removeprefix("whsec_") or secret.removeprefix("whsec_") not in str(info.value)


def test_parse_retry_after() -> None:
    assert [parse_retry_after(v) for v in ("30", " 1.5 ", "-4", None, "soon", "nan")] == [30, 1.5, 0, None, None, None]
    assert parse_retry_after(formatdate(1_000_090, usegmt=True), now=1_000_000) == 90.0
    assert parse_retry_after(formatdate(999_000, usegmt=True), now=1_000_000) == 0.0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        *[({"key": k}, "idempotency_key") for k in ("", "has space", "line\nbreak", "k" * 256)],
        ({"text": "  "}, "non-empty text"),
        ({"text": None}, "non-empty text"),
        ({"target_native_id": None}, "public reply needs target_native_id"),
        ({"channel_slug": ""}, "channel_slug"),
        ({"kind": CommandKind.HIDE, "text": "hi"}, "no text"),
        ({"kind": CommandKind.HIDE, "text": None, "target_native_id": None}, "hide command needs target_native_id"),
        # As a plain string the kind skips the helper's default recipient.
        ({"kind": "private_message", "target_native_id": None}, "recipient_native_id or target_native_id"),
    ],
)
def test_malformed_commands_are_refused_at_construction(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        command(**overrides)


def test_demo_publishes_one_line_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "demo" / "outbox.jsonl"
    demo = DemoConnector(path)
    assert isinstance(demo, Connector)
    first = demo.execute(command())
    assert first.platform_id == demo_platform_id("cmd-1") == "demo-" + sha256(b"cmd-1").hexdigest()[:20]
    assert demo.execute(command()) == first
    [logged] = read_demo_log(path)
    assert logged == first.raw
    assert (logged["type"], logged["text"], logged["target_id"]) == ("reply.public", TEXT, "1001")


def test_demo_idempotency_across_instances_and_threads_on_one_file(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    a, b = DemoConnector(path), DemoConnector(path)
    from_a = a.execute(command("k1"))
    assert b.execute(command("k1")) == from_a  # b never saw k1 in memory: it read the file
    from_b = b.execute(command("k2", CommandKind.HIDE))
    assert a.execute(command("k2", CommandKind.HIDE)) == from_b  # a catches up on what b appended
    assert [r["idempotency_key"] for r in read_demo_log(path)] == ["k1", "k2"]
    # A fresh process (a new instance) rebuilds its index from the file.
    assert DemoConnector(path).execute(command("k1")).platform_id == from_a.platform_id
    assert len(read_demo_log(path)) == 2
    keys = [f"t{i % 20}" for i in range(200)]  # threads sharing one instance
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda k: a.execute(command(k)), keys))
    assert sorted(r["idempotency_key"] for r in read_demo_log(path)) == sorted({"k1", "k2", *keys})


def test_demo_survives_a_torn_last_line_a_reset_and_reports_a_bad_path(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    demo = DemoConnector(path)
    demo.execute(command("k1"))
    with path.open("ab") as f:
        f.write(b'{"idempotency_key": "k-torn", "platfo')  # a crash mid-write
    assert read_demo_log(path)[-1]["idempotency_key"] == "k1"
    demo.execute(command("k2"))
    assert [r["idempotency_key"] for r in read_demo_log(path)] == ["k1", "k2"]
    assert DemoConnector(path).execute(command("k2")).platform_id == demo_platform_id("k2")
    path.unlink()  # `amends demo --reset` style: the old index no longer applies
    demo.execute(command("k1"))
    assert [r["idempotency_key"] for r in read_demo_log(path)] == ["k1"]
    assert read_demo_log(tmp_path / "missing.jsonl") == []
    with pytest.raises(PermanentError, match="cannot be written"):
        DemoConnector(path / "outbox.jsonl").execute(command())  # a file where a folder should be


def test_demo_processes_do_not_interleave_or_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from amends.channels.connector import CommandKind, OutboundCommand
        from amends.channels.demo_connector import DemoConnector
        demo = DemoConnector(Path(sys.argv[1]))
        for i in range(60):
            key = f"k{i % 30}"
            demo.execute(OutboundCommand(key, CommandKind.PUBLIC_REPLY, "brand-x", "x", "1", "x" * 5000, "1", None))
        """
    )
    workers = [subprocess.Popen([sys.executable, "-c", script, str(path)]) for _ in range(4)]
    assert [w.wait(timeout=60) for w in workers] == [0, 0, 0, 0]
    keys = [json.loads(line)["idempotency_key"] for line in path.read_bytes().splitlines()]  # every line whole
    assert sorted(keys) == sorted(f"k{i}" for i in range(30))


class Ceiling(random.Random):  # always draws the top of the range, to read the window off directly
    def uniform(self, a: float, b: float) -> float:
        return b


def test_backoff_window_doubles_then_caps() -> None:
    windows = [backoff_seconds(n, jitter=Ceiling()) for n in range(1, 12)]
    assert windows == [2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600]
    assert backoff_seconds(10_000, jitter=Ceiling()) == 600  # no overflow on absurd attempt counts
    assert backoff_seconds(3, base=0.5, cap=1.0, jitter=Ceiling()) == 1.0


def test_backoff_is_full_jitter_honours_retry_after_and_the_cap() -> None:
    rng = random.Random(7)
    draws = [backoff_seconds(5, jitter=rng) for _ in range(500)]
    assert all(0 <= d <= 32 for d in draws)
    assert min(draws) < 4 and max(draws) > 28  # spread over the whole window, not bunched at the top
    assert 0 <= backoff_seconds(1) <= 2  # default source works unseeded
    assert all(backoff_seconds(1, retry_after=30, jitter=rng) == 30 for _ in range(50))
    assert backoff_seconds(9, retry_after=30, jitter=Ceiling()) == 512  # the window is already longer
    assert backoff_seconds(1, retry_after=86_400, jitter=rng) == 600
    assert all(0 <= backoff_seconds(1, retry_after=bad, jitter=rng) <= 2 for bad in (float("nan"), -5))
    with pytest.raises(ValueError, match="from 1"):
        backoff_seconds(0)
