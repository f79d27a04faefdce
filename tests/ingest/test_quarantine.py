from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from amends.db import Database
from amends.ingest import quarantine
from amends.ingest.pipeline import import_file
from amends.models import Mention, Quarantine, Reply
from tests.factories import make_channel, mention


def test_replay_after_the_missing_channel_is_added(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(mention("1")) + "\n")
    report = import_file(db, path)
    [note] = report.summary.quarantined
    assert "unknown channel" in note.reason
    with db.session() as s:
        failed = quarantine.replay(s, db.settings, note.id, actor="test")
    assert not failed.ok
    make_channel(db)
    with db.session() as s:
        outcome = quarantine.replay(s, db.settings, note.id, actor="test")
    assert outcome.ok
    with db.session() as s:
        row = s.get(Quarantine, note.id)
        assert row is not None
        assert row.status == "replayed"
        assert row.attempts == 2
        assert row.resolved_key == "x:2244994945:1"
        assert s.scalar(select(func.count()).select_from(Mention)) == 1
        # A failed replay wrote no second quarantine row.
        assert s.scalar(select(func.count()).select_from(Quarantine)) == 1
    with db.session() as s, pytest.raises(quarantine.ReplayRefused, match="already replayed"):
        quarantine.replay(s, db.settings, note.id, actor="test")


def test_replay_with_a_corrected_payload_keeps_the_original(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    bad = mention("7", created_at="2026-11-20T10:30:00")
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(bad) + "\n")
    [note] = import_file(db, path).summary.quarantined
    fixed = json.dumps(mention("7", created_at="2026-11-20T10:30:00+01:00")).encode()
    with db.session() as s:
        assert quarantine.replay(s, db.settings, note.id, actor="test", payload=fixed).ok
    with db.session() as s:
        row = s.get(Quarantine, note.id)
        assert row is not None
        assert json.loads(row.payload)["created_at"] == "2026-11-20T10:30:00"
        m = s.scalars(select(Mention)).one()
        assert m.created_at.hour == 9  # stored in UTC


def test_brand_reply_waits_in_quarantine_for_its_parent(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    reply = mention("2", author={"id": "2244994945", "handle": "brand"}, thread={"parent_id": "1"})
    first = tmp_path / "a.jsonl"
    first.write_text(json.dumps(reply) + "\n")
    [note] = import_file(db, first).summary.quarantined
    assert "has not recorded" in note.reason
    second = tmp_path / "b.jsonl"
    second.write_text(json.dumps(mention("1")) + "\n")
    import_file(db, second)
    with db.session() as s:
        assert quarantine.replay(s, db.settings, note.id, actor="test").ok
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Reply)) == 1


def test_twcs_row_replays(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        "1,c1,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp where is my refund,,\n"
    )
    [note] = import_file(db, path, fmt="twcs").summary.quarantined
    make_channel(db, slug="acme", account_ref="AcmeHelp", brand_handles=["acmehelp"], brand_author_ids=[])
    with db.session() as s:
        outcome = quarantine.replay(s, db.settings, note.id, actor="test")
    assert outcome.ok, outcome.message
    with db.session() as s:
        assert s.scalars(select(Mention)).one().text == "@AcmeHelp where is my refund"


def test_unauthenticated_items_cannot_be_replayed(db: Database) -> None:
    from amends.ingest.service import Origin, Rejection, ingest_batch

    with db.session() as s:
        origin = Origin("webhook", "brand-x", "msg", b"{}", "json", "brand-x", replayable=False)
        [note] = ingest_batch(s, db.settings, [], rejections=[Rejection(origin, "rejected: forged")]).quarantined
    with db.session() as s, pytest.raises(quarantine.ReplayRefused, match="failed authentication"):
        quarantine.replay(s, db.settings, note.id, actor="test")
