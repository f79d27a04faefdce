"""Sending through the outbox: idempotency keys, retries, no duplicates, echoes, case stages, hiding."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import func, select
from standardwebhooks.webhooks import Webhook

from amends.channels.connector import CommandResult, OutboundCommand, TransientError
from amends.channels.demo_connector import read_demo_log
from amends.config import Settings
from amends.db import Database
from amends.kit.time import utcnow
from amends.models import Case, CaseStage, Channel, Draft, DraftStatus, Mention, OutboxItem, Reply
from amends.respond import service as respond
from amends.respond.context import Purpose, Visibility
from amends.respond.hide import HideReason, hide_mention
from amends.respond.outbox import connector_factory, dispatch_due
from amends.triage.service import correct_signal
from tests.factories import mention
from tests.respond.respond_helpers import COMPLAINT, case_of, events, ingest, setup, user

GOOD = (
    "Hi Dana, I'm sorry the blue kettle reached you with a cracked lid. Could you send us a DM with your "
    "order number so we can get a replacement out to you?"
)
SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def _queue(db: Database, text: str = GOOD, **kw: Any) -> int:
    with db.session() as s:
        d = respond.write_draft(s, case_of(s, "100"), text, user=user(s, "kim"), **kw)
        respond.submit_draft(s, d, user=user(s, "kim"))
        assert d.status == DraftStatus.APPROVED.value, d.findings
        return respond.queue_draft(s, d, user=user(s, "kim")).id


def test_a_reply_sent_on_the_demo_platform_is_stored_once_and_its_echo_is_recognised(
    db: Database, settings: Settings
) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    item_id = _queue(db)
    report = dispatch_due(db, connector_factory(settings))
    assert report.sent == [item_id]
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item is not None and item.platform_id and item.attempts == 1
        reply = s.scalars(select(Reply)).one()
        assert reply.native_id == item.platform_id and reply.text == GOOD
        case = case_of(s, "100")
        assert case.stage == CaseStage.ACKNOWLEDGED.value and case.first_response_at is not None
        draft = s.scalars(select(Draft)).one()
        assert draft.status == DraftStatus.SENT.value and draft.reply_id == reply.id
        platform_id = item.platform_id
    log = read_demo_log(settings.data_dir / "demo-platform" / "sent.jsonl")
    assert len(log) == 1
    # Running the worker again sends nothing more.
    assert dispatch_due(db, connector_factory(settings)).sent == []
    # The platform echoes our reply back in: it is recognised, not a new mention.
    ingest(
        db,
        mention(
            platform_id,
            author={"id": "2244994945", "handle": "brand"},
            text=GOOD,
            thread={"parent_id": "100", "conversation_id": "100"},
        ),
    )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Reply)) == 1
        assert s.scalar(select(func.count()).select_from(Mention)) == 1
    assert events(db, "reply.sent") and events(db, "case.acknowledged")


class Flaky:
    """A connector that fails transiently `fails` times, then delivers; counts distinct deliveries by key."""

    name = "flaky"

    def __init__(self, fails: int) -> None:
        self.fails = fails
        self.calls: list[str] = []
        self.delivered: dict[str, str] = {}

    def execute(self, command: OutboundCommand) -> CommandResult:
        self.calls.append(command.idempotency_key)
        if self.fails > 0:
            self.fails -= 1
            raise TransientError("503 from platform", retry_after=None)
        pid = self.delivered.setdefault(command.idempotency_key, f"p-{len(self.delivered) + 1}")
        return CommandResult(platform_id=pid, raw={})


def test_transient_errors_are_retried_with_backoff_under_the_same_key(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    item_id = _queue(db)
    flaky = Flaky(fails=2)
    now = utcnow()
    assert dispatch_due(db, lambda ch: flaky, now=now).retrying == [item_id]
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item is not None and item.status == "pending" and item.last_error
        first_delay = item.next_attempt_at - now
    # Not due yet: nothing happens.
    assert dispatch_due(db, lambda ch: flaky, now=now + timedelta(seconds=0.1)).retrying == []
    later = now + timedelta(hours=1)
    dispatch_due(db, lambda ch: flaky, now=later)
    dispatch_due(db, lambda ch: flaky, now=later + timedelta(hours=1))
    assert len(set(flaky.calls)) == 1 and len(flaky.calls) == 3
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item is not None and item.status == "sent" and item.attempts == 3
        assert s.scalar(select(func.count()).select_from(Reply)) == 1
    assert first_delay > timedelta(0)


def test_an_item_is_given_up_after_max_attempts_and_the_failure_is_audited(db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    item_id = _queue(db)
    flaky = Flaky(fails=100)
    t = utcnow()
    for _ in range(8):
        t += timedelta(hours=2)
        dispatch_due(db, lambda ch: flaky, now=t)
    with db.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item is not None and item.status == "failed" and item.attempts == 8
        assert s.scalars(select(Draft)).one().status == DraftStatus.FAILED.value
    assert events(db, "send.failed")


def test_a_crash_after_the_platform_call_does_not_send_twice(db: Database) -> None:
    """The platform accepted the reply but we died before recording it: the retry reuses the key."""
    setup(db)
    ingest(db, COMPLAINT)
    item_id = _queue(db)
    platform = Flaky(fails=0)

    class DiesAfterCall:
        name = "dies"

        def execute(self, command: OutboundCommand) -> CommandResult:
            platform.execute(command)
            raise SystemExit("worker killed")

    now = utcnow()
    with pytest.raises(SystemExit):
        dispatch_due(db, lambda ch: DiesAfterCall(), now=now)
    # Within the lease nobody retries; after it, the next worker does, with the same key.
    assert dispatch_due(db, lambda ch: platform, now=now + timedelta(seconds=30)).sent == []
    assert dispatch_due(db, lambda ch: platform, now=now + timedelta(minutes=5)).sent == [item_id]
    assert len(platform.delivered) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Reply)) == 1


def test_case_stages_follow_what_was_sent_and_the_customers_answer(db: Database, settings: Settings) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    _queue(
        db,
        "Hi Dana, sorry about the cracked lid on your kettle. Which colour was it, so we can check stock?",
        purpose=Purpose.FIRST_RESPONSE,
    )
    dispatch_due(db, connector_factory(settings))
    with db.session() as s:
        assert case_of(s, "100").stage == CaseStage.AWAITING_CUSTOMER.value
    ingest(
        db,
        mention(
            "101",
            author={"id": "500", "handle": "danaw"},
            text="@brand it was the blue one",
            thread={"parent_id": "100", "conversation_id": "100"},
        ),
    )
    with db.session() as s:
        assert case_of(s, "100").stage == CaseStage.CUSTOMER_REPLIED.value
    _queue(
        db,
        "Hi Dana, thanks. I've booked a replacement blue kettle for your order; it ships tomorrow.",
        visibility=Visibility.PRIVATE,
    )
    dispatch_due(db, connector_factory(settings))
    with db.session() as s:
        assert case_of(s, "100").stage == CaseStage.PRIVATE.value
    assert events(db, "case.customer_replied") and events(db, "case.moved_private")


def test_a_channel_without_a_connector_cannot_send(db: Database) -> None:
    setup(db, connector=None)
    ingest(db, COMPLAINT)
    with db.session() as s:
        d = respond.write_draft(s, case_of(s, "100"), GOOD, user=user(s, "kim"))
        respond.submit_draft(s, d, user=user(s, "kim"))
        with pytest.raises(respond.RespondError, match="no outbound connector"):
            respond.queue_draft(s, d, user=user(s, "kim"))


# ---------------------------------------------------------------- the generic webhook channel, end to end
class Receiver(BaseHTTPRequestHandler):
    """The far side of a webhook channel: verifies the signature, dedupes on webhook-id, can fail first."""

    fail_first = 0
    seen: dict[str, str] = {}  # noqa: RUF012 - per-test state, reset by the fixture
    bodies: list[dict[str, Any]] = []  # noqa: RUF012

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        Webhook(SECRET).verify(body, dict(self.headers))
        if Receiver.fail_first > 0:
            Receiver.fail_first -= 1
            self.send_response(503)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        key = self.headers["webhook-id"]
        if key not in Receiver.seen:
            Receiver.seen[key] = f"wh-{len(Receiver.seen) + 1}"
            Receiver.bodies.append(json.loads(body))
        out = json.dumps({"id": Receiver.seen[key]}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    Receiver.fail_first, Receiver.seen, Receiver.bodies = 1, {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/replies"
    server.shutdown()


def test_the_webhook_channel_delivers_a_signed_reply_once_despite_a_503(
    db: Database, settings: Settings, receiver: str
) -> None:
    setup(db, connector="webhook", outbound_url=receiver, webhook_secret=SECRET)
    ingest(db, COMPLAINT)
    item_id = _queue(db)
    now = utcnow()
    assert dispatch_due(db, connector_factory(settings), now=now).retrying == [item_id]
    assert dispatch_due(db, connector_factory(settings), now=now + timedelta(minutes=30)).sent == [item_id]
    assert len(Receiver.bodies) == 1
    body = Receiver.bodies[0]
    assert body["type"] == "reply.public" and body["text"] == GOOD and body["target_id"] == "100"
    with db.session() as s:
        assert s.scalars(select(Reply)).one().native_id == "wh-1"
        assert s.scalars(select(Channel)).one().outbound_url == receiver


# ---------------------------------------------------------------- hiding
def test_hiding_is_refused_for_a_genuine_complaint_and_allowed_for_abuse_and_own_data(
    db: Database, settings: Settings
) -> None:
    setup(db)
    ingest(
        db,
        COMPLAINT,
        mention(
            "300",
            author={"id": "700", "handle": "xx"},
            text="@brand lmao imagine being this pathetic, ur whole company is a joke, go cry about it losers",
        ),
        mention("500", author={"id": "900", "handle": "yy"}, text="@brand you are all worthless idiots, die in a fire"),
        mention(
            "400",
            author={"id": "800", "handle": "mo", "display_name": "Mo Reyes"},
            text="@brand my refund never came, call me on 07700 900461 or mo.reyes@example.com",
        ),
    )
    with db.session() as s:
        complaint = s.scalars(select(Mention).where(Mention.native_id == "100")).one()
        with pytest.raises(respond.Refused, match=r"genuine complaint|not judge"):
            hide_mention(s, complaint, user=user(s, "kim"), reason=HideReason.ABUSE, note="rude")
        with pytest.raises(respond.RespondError, match="note"):
            hide_mention(s, complaint, user=user(s, "kim"), reason=HideReason.ABUSE, note=" ")
    assert events(db, "mention.hide_refused")
    with db.session() as s:
        troll = s.scalars(select(Mention).where(Mention.native_id == "300")).one()
        own = s.scalars(select(Mention).where(Mention.native_id == "400")).one()
        hide_mention(s, troll, user=user(s, "kim"), reason=HideReason.ABUSE, note="insults, no complaint in it")
        hide_mention(s, own, user=user(s, "kim"), reason=HideReason.OWN_PII, note="their phone and email in public")
        with pytest.raises(respond.Refused):
            hide_mention(s, own, user=user(s, "kim"), reason=HideReason.SPAM, note="not spam at all")
    # Abuse that triage missed: refused until an agent corrects the label (itself audited), then allowed.
    with db.session() as s:
        missed = s.scalars(select(Mention).where(Mention.native_id == "500")).one()
        with pytest.raises(respond.Refused, match="correct it first"):
            hide_mention(s, missed, user=user(s, "kim"), reason=HideReason.ABUSE, note="threat")
    with db.session() as s:
        correct_signal(s, missed.id, "troll", True, actor="user:kim", note="wishes harm, no complaint")
        hide_mention(s, missed, user=user(s, "kim"), reason=HideReason.ABUSE, note="wishes harm on staff")
    assert len(dispatch_due(db, connector_factory(settings)).sent) == 3
    with db.session() as s:
        hidden = s.scalars(select(Mention.native_id).where(Mention.is_hidden.is_(True))).all()
        assert sorted(hidden) == ["300", "400", "500"]
        assert s.scalar(select(func.count()).select_from(Reply)) == 0
        assert s.get(Case, troll.case_id) is not None
    assert len(events(db, "mention.hidden")) == 3


def test_a_command_the_platform_cannot_take_fails_alone_and_does_not_block_the_queue(
    db: Database, settings: Settings
) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    broken = _queue(db)
    with db.session() as s:
        item = s.get(OutboxItem, broken)
        assert item is not None
        item.mention_id = None  # a public reply with nothing to answer
    good = _queue(db, "Dana, a new blue kettle with an intact lid is on its way to you today. Sorry again!")
    report = dispatch_due(db, connector_factory(settings))
    assert report.failed == [broken] and report.sent == [good]
    with db.session() as s:
        item = s.get(OutboxItem, broken)
        assert item is not None and item.status == "failed" and "cannot build" in (item.last_error or "")
