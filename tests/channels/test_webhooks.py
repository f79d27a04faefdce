from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from standardwebhooks.webhooks import Webhook

from amends.channels.service import new_webhook_secret
from amends.channels.webhooks import SignatureError, verify_signature
from amends.db import Database
from amends.models import Mention, MentionAssessment, Quarantine
from amends.web.app import create_app
from tests.factories import make_channel, mention

SECRET = new_webhook_secret()


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    make_channel(db, webhook_secret=SECRET)
    with TestClient(create_app(db.settings, db)) as c:
        yield c


def signed(body: bytes, *, msg_id: str = "msg_1", secret: str = SECRET, when: datetime | None = None) -> dict[str, str]:
    """Headers from the reference Standard Webhooks library, not from our own code."""
    when = when or datetime.now(UTC)
    signature = Webhook(secret).sign(msg_id, when, body.decode())
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
    }


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_signed_delivery_is_ingested_and_durable_before_the_response(client: TestClient, db: Database) -> None:
    body = json.dumps(mention("42")).encode()
    r = client.post("/api/v1/webhooks/brand-x", content=body, headers=signed(body))
    assert r.status_code == 200, r.text
    assert r.json()["created"] == 1
    with db.session() as s:
        stored = s.scalars(select(Mention)).one()
        assert stored.source == "webhook"
        assert stored.native_id == "42"
        # The single-delivery path triages too, in the same transaction.
        assessed = s.scalars(select(MentionAssessment)).one()
        assert assessed.mention_id == stored.id
        assert assessed.kind == "complaint"


def test_redelivering_five_times_gives_one_mention(client: TestClient, db: Database) -> None:
    body = json.dumps(mention("42")).encode()
    results = [
        client.post("/api/v1/webhooks/brand-x", content=body, headers=signed(body, msg_id="msg_same")).json()
        for _ in range(5)
    ]
    assert [r["created"] for r in results] == [1, 0, 0, 0, 0]
    assert [r["duplicates"] for r in results] == [0, 1, 1, 1, 1]
    assert count(db, Mention) == 1


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda h, b: ({k: v for k, v in h.items() if k != "webhook-signature"}, b), "unsigned"),
        (lambda h, b: (h, b.replace(b"42", b"43")), "no signature matches"),
        (lambda h, b: (signed(b, secret=new_webhook_secret()), b), "no signature matches"),
        (lambda h, b: (signed(b, when=datetime.now(UTC) - timedelta(minutes=10)), b), "stale"),
        (lambda h, b: (signed(b, when=datetime.now(UTC) + timedelta(minutes=10)), b), "stale"),
        (lambda h, b: ({**h, "webhook-signature": "v1,not base64!!"}, b), "no signature matches"),
        (lambda h, b: ({**h, "webhook-signature": "garbage"}, b), "no signature matches"),
        (lambda h, b: ({**h, "webhook-timestamp": "yesterday"}, b), "whole Unix seconds"),
    ],
    ids=["unsigned", "tampered-body", "other-secret", "stale", "future", "bad-base64", "no-version", "bad-ts"],
)
def test_forged_stale_and_unsigned_deliveries_are_rejected_and_kept(
    client: TestClient, db: Database, mutate: object, message: str
) -> None:
    body = json.dumps(mention("42")).encode()
    headers, sent = mutate(signed(body), body)  # type: ignore[operator]
    r = client.post("/api/v1/webhooks/brand-x", content=sent, headers=headers)
    assert r.status_code == 401
    assert message in r.json()["error"]
    assert count(db, Mention) == 0
    with db.session() as s:
        kept = s.scalars(select(Quarantine)).one()
        assert kept.payload == sent and not kept.replayable


def test_several_signatures_one_valid_is_accepted(client: TestClient) -> None:
    body = json.dumps([mention("1"), mention("2")]).encode()
    headers = signed(body)
    headers["webhook-signature"] = "v1,AAAA " + headers["webhook-signature"] + " v2,whatever"
    r = client.post("/api/v1/webhooks/brand-x", content=body, headers=headers)
    assert r.status_code == 200 and r.json()["created"] == 2


def test_valid_signature_bad_items_are_quarantined_once(client: TestClient, db: Database) -> None:
    body = json.dumps([mention("1"), {"platform": "x"}]).encode()
    for _ in range(3):
        r = client.post("/api/v1/webhooks/brand-x", content=body, headers=signed(body, msg_id="m9"))
        assert r.status_code == 422
        assert "kind: Field required" in r.json()["quarantined"][0]["reason"]
    assert count(db, Mention) == 1
    assert count(db, Quarantine) == 1


def test_mention_for_another_channel_is_refused(client: TestClient, db: Database) -> None:
    make_channel(db, slug="other", account_ref="999", brand_author_ids=["999"], brand_handles=[])
    body = json.dumps(mention("1", account_ref="999")).encode()
    r = client.post("/api/v1/webhooks/brand-x", content=body, headers=signed(body))
    assert r.status_code == 422
    assert "delivered to channel 'brand-x'" in r.json()["quarantined"][0]["reason"]


def test_unknown_channel_oversized_body_and_channel_without_secret(client: TestClient, db: Database) -> None:
    body = json.dumps(mention("1")).encode()
    assert client.post("/api/v1/webhooks/nope", content=body, headers=signed(body)).status_code == 404
    big = b"[" + b" " * (db.settings.webhook_max_body_bytes + 1) + b"]"
    assert client.post("/api/v1/webhooks/brand-x", content=big, headers=signed(big)).status_code == 413
    make_channel(db, slug="quiet", account_ref="1", brand_author_ids=[], brand_handles=[])
    assert client.post("/api/v1/webhooks/quiet", content=body, headers=signed(body)).status_code == 403


def test_verify_signature_checks_raw_bytes() -> None:
    body = '{"text": "café"}'.encode()
    headers = signed(body)
    assert verify_signature(SECRET, headers, body, tolerance=300, now=time.time()) == "msg_1"
    # Same JSON value, different bytes: the signature no longer matches.
    with pytest.raises(SignatureError):
        verify_signature(SECRET, headers, b'{"text":"caf\\u00e9"}', tolerance=300, now=time.time())


def test_rejections_are_logged_without_body_or_secret(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps(mention("42", text="my phone is 555-0100")).encode()
    with caplog.at_level("WARNING", logger="amends.channels.webhooks"):
        client.post("/api/v1/webhooks/brand-x", content=body, headers=signed(body, secret=new_webhook_secret()))
    logged = caplog.text
    assert "webhook rejected for channel 'brand-x': no signature matches" in logged
    assert "555-0100" not in logged
    assert SECRET not in logged
