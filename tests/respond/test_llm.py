"""Drafting through an OpenAI-compatible API, against a real local HTTP server speaking that wire format."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from pydantic import SecretStr, ValidationError

from amends.respond.context import Fault, PiiItem, ReplyContext, Visibility
from amends.respond.llm import LLMError, LLMSettings, draft_with_llm, system_prompt, user_message
from amends.respond.playbook_library import DEFAULT_PLAYBOOKS
from amends.respond.voice import BrandVoice, Formality

COMPLAINT = "Order #48213977 never came. Call me on 07700 900123 or email dana.w@example.com"
KEY = "sk-test-not-a-real-key-123"


@dataclass
class FakeAPI:
    """What the server should answer next, and every request it received."""

    mode: str = "ok"  # ok | error500 | malformed | empty | no_choices | hang
    reply: str = '"Hi Dana, sorry about the delay with your order. Please send us a DM."'
    requests: list[dict[str, Any]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


def _handler(api: FakeAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            api.requests.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(raw)})
            if api.mode == "hang":
                api.release.wait(5)
                return
            if api.mode == "error500":
                self._send(500, b'{"error": {"message": "model crashed"}}')
                return
            if api.mode == "malformed":
                self._send(200, b"{not json", "text/plain")
                return
            if api.mode == "no_choices":
                self._send(200, json.dumps({"choices": []}).encode())
                return
            content = "   " if api.mode == "empty" else api.reply
            body = {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": api.requests[-1]["body"].get("model"),
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            }
            self._send(200, json.dumps(body).encode())

    return Handler


@pytest.fixture
def api() -> Iterator[tuple[FakeAPI, str]]:
    fake = FakeAPI()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        fake.release.set()
        server.shutdown()
        server.server_close()


def ctx(**over: Any) -> ReplyContext:
    base: dict[str, Any] = {
        "platform": "x",
        "complaint_text": COMPLAINT,
        "customer_name": "Dana Whitfield",
        "kind": "complaint",
        "severity": 2,
        "topic": "delivery",
        "pii": (PiiItem("order_number", "48213977"), PiiItem("phone", "07700 900123")),
        "at_fault": Fault.BRAND,
        "voice": BrandVoice(brand="Acme", formality=Formality.FORMAL, avoid={"unfortunately": ""}),
    }
    base.update(over)
    return ReplyContext(**base)


def test_a_draft_comes_back_and_the_request_is_well_formed(
    api: tuple[FakeAPI, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = api
    settings = LLMSettings(base_url=url + "/", model="tiny-care-1", api_key=SecretStr(KEY), max_tokens=200)
    playbook = DEFAULT_PLAYBOOKS.select(ctx())
    with caplog.at_level(logging.DEBUG):
        text = draft_with_llm(ctx(), settings, playbook=playbook)
    assert text == "Hi Dana, sorry about the delay with your order. Please send us a DM."  # quotes stripped
    [req] = fake.requests
    assert req["path"] == "/v1/chat/completions"
    assert req["headers"]["Authorization"] == f"Bearer {KEY}"
    body = req["body"]
    assert body["model"] == "tiny-care-1" and body["max_tokens"] == 200 and "temperature" in body
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    sent = json.dumps(body)
    for value in ("48213977", "07700 900123", "dana.w@example.com"):
        assert value not in sent  # the customer's personal data never leaves the machine
    assert "[order_number]" in sent and "[phone]" in sent and "[email]" in sent
    assert "never came" in body["messages"][1]["content"]  # the complaint itself is there, redacted
    system = body["messages"][0]["content"]
    assert "Acme" in system and "no contractions" in system and "unfortunately" in system
    assert "Dana" in body["messages"][1]["content"] and "brand is at fault" in body["messages"][1]["content"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert KEY not in logged and "never came" not in logged


def test_no_authorization_header_without_a_key(api: tuple[FakeAPI, str]) -> None:
    fake, url = api
    draft_with_llm(ctx(), LLMSettings(base_url=url, model="m"), playbook=None)
    assert "Authorization" not in fake.requests[0]["headers"]


def test_a_supplied_client_is_used(api: tuple[FakeAPI, str]) -> None:
    fake, url = api
    with httpx.Client() as client:
        assert draft_with_llm(ctx(), LLMSettings(base_url=url, model="m"), playbook=None, client=client)
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("error500", "HTTP 500"),
        ("malformed", "something other than a chat completion"),
        ("no_choices", "something other than a chat completion"),
        ("empty", "empty reply"),
    ],
)
def test_api_failures_raise_a_clear_error(api: tuple[FakeAPI, str], mode: str, message: str) -> None:
    fake, url = api
    fake.mode = mode
    with pytest.raises(LLMError, match=message) as info:
        draft_with_llm(ctx(), LLMSettings(base_url=url, model="m", api_key=SecretStr(KEY)), playbook=None)
    assert KEY not in str(info.value)


def test_a_hanging_server_times_out(api: tuple[FakeAPI, str]) -> None:
    fake, url = api
    fake.mode = "hang"
    started = time.perf_counter()
    with pytest.raises(LLMError, match=r"did not answer within 0\.3 s"):
        draft_with_llm(ctx(), LLMSettings(base_url=url, model="m", timeout_s=0.3), playbook=None)
    assert time.perf_counter() - started < 3


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(LLMError, match="could not reach the model"):
        draft_with_llm(ctx(), LLMSettings(base_url="http://127.0.0.1:9/v1", model="m", timeout_s=2), playbook=None)


def test_no_public_draft_on_a_legal_case_and_a_private_one_is_told_to_hold(api: tuple[FakeAPI, str]) -> None:
    fake, url = api
    settings = LLMSettings(base_url=url, model="m")
    with pytest.raises(LLMError, match="legal"):
        draft_with_llm(ctx(legal_risk=True), settings, playbook=None)
    assert not fake.requests
    draft_with_llm(ctx(legal_risk=True, visibility=Visibility.PRIVATE), settings, playbook=None)
    assert "neutral holding message" in fake.requests[0]["body"]["messages"][1]["content"]


def test_prompts_describe_the_situation() -> None:
    public = user_message(ctx(customer_name="dana_w92", at_fault=Fault.CUSTOMER, expected_update="24 hours"))
    assert "unknown (do not guess one)" in public and "do not apologise for a fault" in public
    assert "send a DM" in public and "within 24 hours" in public
    assert "48213977" not in public
    casual = system_prompt(ctx(voice=BrandVoice(formality=Formality.CASUAL, emoji=True)))
    assert "contractions are fine" in casual and "Emoji are fine" in casual


def test_settings_are_validated() -> None:
    with pytest.raises(ValidationError, match="http"):
        LLMSettings(base_url="ftp://example", model="m")
    with pytest.raises(ValidationError):
        LLMSettings(base_url="http://x", model="")
    assert LLMSettings(base_url="http://x/v1/", model="m").base_url == "http://x/v1"
    assert KEY not in repr(LLMSettings(base_url="http://x", model="m", api_key=SecretStr(KEY)))
