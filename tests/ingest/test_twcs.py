from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from amends.analytics.service import counts
from amends.db import Database
from amends.ingest.pipeline import ImportFailed, import_file
from amends.models import Case, Mention, Reply
from tests.factories import SHARED, make_channel

SAMPLES = SHARED / "datasets" / "twcs_samples"
NAMAN = SAMPLES / "naman-tiwari_sample.csv"
SPOTIFY = SAMPLES / "spotifycares_support_requests.csv"

HEADER = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"


def needs_samples() -> None:
    if not NAMAN.exists():
        pytest.skip(f"TWCS samples not found at {SAMPLES} (../shared is absent)")


def test_thread_with_brand_replies_is_rebuilt(db: Database, tmp_path: Path) -> None:
    # Our own small thread in TWCS layout: customer → brand → customer → brand.
    path = tmp_path / "t.csv"
    path.write_text(
        HEADER
        + "10,c1,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp my parcel is lost,11,\n"
        + "11,AcmeHelp,False,Tue Oct 31 10:05:00 +0000 2017,@c1 sorry! can you DM the order?,12,10\n"
        + "12,c1,True,Tue Oct 31 10:07:00 +0000 2017,@AcmeHelp sent,13,11\n"
        + '13,AcmeHelp,False,Tue Oct 31 10:09:00 +0000 2017,"@c1 got it, refund on the way",,12\n'
    )
    report = import_file(db, path, fmt="twcs", create_channels=True)
    assert report.channels_created == ["x-acmehelp"]
    assert (report.summary.created, report.summary.replies, report.summary.cases_opened) == (2, 2, 1)
    with db.session() as s:
        case = s.scalars(select(Case)).one()
        assert [m.native_id for m in s.scalars(select(Mention).order_by(Mention.created_at))] == ["10", "12"]
        replies = list(s.scalars(select(Reply).order_by(Reply.sent_at)))
        assert [r.native_id for r in replies] == ["11", "13"]
        assert {r.case_id for r in replies} == {case.id}
        assert replies[0].in_reply_to_mention_id is not None
        assert case.first_response_at is not None and case.first_response_at.minute == 5


def test_sample_file_threads_and_brand_replies(db: Database) -> None:
    needs_samples()
    report = import_file(db, NAMAN, fmt="twcs", create_channels=True)
    s = report.summary
    # Every row lands somewhere: as a mention, a reply or in quarantine with its reason.
    assert s.created + s.replies + len(s.quarantined) == 93
    assert s.replies >= 30
    assert all("line" in (q.location or "") for q in s.quarantined)
    assert "x-applesupport" in report.channels_created
    with db.session() as session:
        # The brand's own tweets never become mentions.
        brand_authors = {slug.removeprefix("x-") for slug in report.channels_created}
        authors = {m.author_snapshot.get("id", "").lower() for m in session.scalars(select(Mention))}
        assert not (authors & brand_authors)
        # Each reply hangs on a case whose mentions include the tweet it answered, when that tweet is here.
        for reply in session.scalars(select(Reply).where(Reply.in_reply_to_mention_id.is_not(None))):
            parent = session.get(Mention, reply.in_reply_to_mention_id)
            assert parent is not None and parent.case_id == reply.case_id


def test_sample_import_is_idempotent(db: Database) -> None:
    needs_samples()
    import_file(db, NAMAN, fmt="twcs", create_channels=True)
    with db.session() as s:
        first = counts(s)
    for _ in range(2):
        again = import_file(db, NAMAN, fmt="twcs", create_channels=True)
        assert again.summary.created == 0 and again.summary.replies == 0
        assert again.channels_created == []
        with db.session() as s:
            now = counts(s)
        assert {k: v for k, v in now.items() if k != "events"} == {k: v for k, v in first.items() if k != "events"}


def test_single_brand_file_with_fixed_channel(db: Database, tmp_path: Path) -> None:
    needs_samples()
    make_channel(
        db,
        slug="spotifycares",
        account_ref="SpotifyCares",
        brand_handles=["spotifycares"],
        brand_author_ids=["SpotifyCares"],
    )
    part = tmp_path / "spotify-part.csv"
    part.write_text("".join(SPOTIFY.read_text(encoding="utf-8").splitlines(keepends=True)[:401]), encoding="utf-8")
    report = import_file(db, part, fmt="twcs", channel_slug="spotifycares")
    assert report.records > 300  # some tweets span several lines
    assert report.summary.created == report.records
    assert not report.summary.quarantined
    with db.session() as s:
        # Several tweets by one customer within the window share a case.
        assert s.scalar(select(func.count()).select_from(Case)) < 400


def test_bad_twcs_rows_are_quarantined(db: Database, tmp_path: Path) -> None:
    make_channel(db, slug="acme", account_ref="AcmeHelp", brand_handles=["acmehelp"], brand_author_ids=["AcmeHelp"])
    path = tmp_path / "bad.csv"
    path.write_bytes(
        HEADER.encode()
        + b"1,c1,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp fine row,,\n"
        + b"2,c2,maybe,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp bad inbound,,\n"
        + b"3,c3,True,31/10/2017,@AcmeHelp bad date,,\n"
        + b",c4,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp no id,,\n"
        + b"5,c5,True,Tue Oct 31 10:00:00 +0000 2017,@AcmeHelp caf\xe9,,\n"
        + b"6,c6,True,Tue Oct 31 10:00:00 +0000 2017,@SomeoneElse not for us,,\n"
    )
    report = import_file(db, path, fmt="twcs")
    assert report.summary.created == 1
    reasons = {q.location: q.reason for q in report.summary.quarantined}
    assert set(reasons) == {"line 3", "line 4", "line 5", "line 6", "line 7"}
    assert "inbound" in reasons["line 3"]
    assert "created_at" in reasons["line 4"]
    assert "tweet_id" in reasons["line 5"]
    assert "invalid UTF-8" in reasons["line 6"]
    assert "cannot tell which brand" in reasons["line 7"]


def test_file_level_errors_stop_the_import(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(ImportFailed, match="missing column"):
        import_file(db, path, fmt="twcs", create_channels=True)
    path.write_text(HEADER)
    with pytest.raises(ImportFailed, match="unknown channel 'nope'"):
        import_file(db, path, fmt="twcs", channel_slug="nope")
    with pytest.raises(ImportFailed, match="no such file"):
        import_file(db, tmp_path / "missing.csv", fmt="twcs")
