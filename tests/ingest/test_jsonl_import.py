from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from amends.analytics.service import counts
from amends.config import Settings
from amends.db import Database
from amends.ingest.pipeline import import_file
from amends.migrate import upgrade
from amends.models import Case, Mention, MentionRevision, Quarantine, Reply
from tests.factories import at, make_channel, mention


def write_jsonl(path: Path, records: list[Any]) -> Path:
    lines = [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_importing_the_same_file_three_times_gives_identical_counts(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    path = write_jsonl(
        tmp_path / "m.jsonl",
        [
            mention("1", created_at=at(9)),
            mention("2", created_at=at(9, 5), thread={"parent_id": "1", "conversation_id": "1"}),
            mention("3", author={"id": "777", "handle": "sam"}, created_at=at(10)),
            mention(
                "4",
                author={"id": "2244994945", "handle": "brand"},
                text="@jane sorry, DM us",
                thread={"parent_id": "1", "conversation_id": "1"},
                created_at=at(9, 10),
            ),
        ],
    )
    first = import_file(db, path)
    assert (first.summary.created, first.summary.replies, first.summary.cases_opened) == (3, 1, 2)
    with db.session() as s:
        after_first = counts(s)
    for _ in range(2):
        again = import_file(db, path)
        assert again.summary.created == 0
        assert again.summary.duplicates == 4
        with db.session() as s:
            now = counts(s)
        assert {k: v for k, v in now.items() if k != "events"} == {
            k: v for k, v in after_first.items() if k != "events"
        }


def test_bad_rows_are_quarantined_with_line_and_reason_and_the_rest_imported(db: Database, tmp_path: Path) -> None:
    make_channel(db, webhook_secret=None)
    huge = "x" * (db.settings.max_text_chars + 1)
    records: list[Any] = [
        mention("1"),
        b'{"platform": "x", "kind": ',  # 2 malformed JSON
        mention("3", colour="blue"),  # 3 unknown field
        mention("4", metrics={"likes": "many"}),  # 4 wrong type
        {k: v for k, v in mention("5").items() if k != "native_id"},  # 5 missing id
        b'{"text": "caf\xe9"}',  # 6 invalid UTF-8
        mention("7", text=huge),  # 7 oversized text
        mention("8", created_at="2026-11-20T10:30:00"),  # 8 timestamp without zone
        mention("9", account_ref="someone-else"),  # 9 unknown channel
        mention("10"),
        b"[1, 2]",  # 11 not an object
    ]
    report = import_file(db, write_jsonl(tmp_path / "bad.jsonl", records))
    assert report.summary.created == 2
    reasons = {q.location: q.reason for q in report.summary.quarantined}
    assert set(reasons) == {f"line {n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 11)}
    assert "malformed JSON" in reasons["line 2"]
    assert "colour" in reasons["line 3"] and "Extra inputs" in reasons["line 3"]
    assert "metrics.likes" in reasons["line 4"]
    assert reasons["line 5"] == "native_id: Field required"
    assert "invalid UTF-8" in reasons["line 6"]
    assert "over the limit" in reasons["line 7"]
    assert "created_at" in reasons["line 8"] and "timezone" in reasons["line 8"].lower()
    assert "unknown channel" in reasons["line 9"]
    assert "expected a JSON object" in reasons["line 11"]
    with db.session() as s:
        stored = s.scalars(select(Quarantine).where(Quarantine.location == "line 6")).one()
        assert stored.payload == b'{"text": "caf\xe9"}'  # kept byte for byte
        assert s.scalar(select(func.count()).select_from(Quarantine)) == 9


def test_edits_and_deletions_are_recorded_and_the_original_kept(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    import_file(db, write_jsonl(tmp_path / "a.jsonl", [mention("1", text="my order is late")]))
    edited = mention("1", text="my order is late and support ignores me", updated_at=at(11))
    report = import_file(db, write_jsonl(tmp_path / "b.jsonl", [edited]))
    assert report.summary.edited == 1
    deleted = mention("1", text="my order is late and support ignores me", deleted_at=at(12))
    assert import_file(db, write_jsonl(tmp_path / "c.jsonl", [deleted])).summary.deleted == 1
    with db.session() as s:
        m = s.scalars(select(Mention)).one()
        assert m.text == "my order is late"
        assert m.current_text == "my order is late and support ignores me"
        assert m.deleted_at is not None
        actions = [r.action for r in s.scalars(select(MentionRevision).order_by(MentionRevision.id))]
        assert actions == ["edit", "delete"]


def test_case_grouping_by_conversation_author_window_and_closed_cases(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    records = [
        mention("1", created_at=at(9)),
        # another author joins the same conversation: same case
        mention(
            "2",
            author={"id": "900", "handle": "bob"},
            created_at=at(9, 30),
            thread={"conversation_id": "1", "parent_id": "1"},
        ),
        # the first author again, new post, within the 48h window: same case
        mention("3", created_at=at(15)),
        # a stranger's new post: a new case
        mention("4", author={"id": "901", "handle": "kim"}, created_at=at(16)),
        # the first author, five days later: outside the window, a new case
        mention("5", created_at=at(9, day=25)),
    ]
    import_file(db, write_jsonl(tmp_path / "g.jsonl", records))
    with db.session() as s:
        case_of = {m.native_id: m.case_id for m in s.scalars(select(Mention))}
    assert case_of["1"] == case_of["2"] == case_of["3"]
    assert len({case_of["1"], case_of["4"], case_of["5"]}) == 3


def test_brand_posts_become_replies_and_echoes_are_not_duplicated(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    brand = {"id": "2244994945", "handle": "Brand"}
    records = [
        mention("1", created_at=at(9)),
        mention(
            "2",
            author=brand,
            text="@jane so sorry, we are on it",
            created_at=at(9, 20),
            thread={"parent_id": "1", "conversation_id": "1"},
        ),
        mention(
            "2",
            author=brand,
            text="@jane so sorry, we are on it",
            created_at=at(9, 20),
            thread={"parent_id": "1", "conversation_id": "1"},
        ),
        # handle-only recognition, in a direct message
        mention(
            "3",
            author={"handle": "@brand"},
            kind="direct_message",
            visibility="private",
            text="Could you send the order number?",
            created_at=at(9, 30),
            thread={"conversation_id": "1"},
        ),
    ]
    report = import_file(db, write_jsonl(tmp_path / "r.jsonl", records))
    assert (report.summary.created, report.summary.replies, report.summary.duplicates) == (1, 2, 1)
    with db.session() as s:
        case = s.scalars(select(Case)).one()
        replies = list(s.scalars(select(Reply).order_by(Reply.sent_at)))
        assert [r.kind for r in replies] == ["public_reply", "private_message"]
        assert all(r.case_id == case.id for r in replies)
        assert case.first_response_at is not None and case.first_response_at.isoformat() == at(9, 20)
        assert s.scalar(select(func.count()).select_from(Mention)) == 1


def test_author_history_records_profile_changes(db: Database, tmp_path: Path) -> None:
    from amends.models import Author, AuthorRevision

    make_channel(db)
    records = [
        mention("1", created_at=at(9)),
        mention(
            "2", author={"handle": "jane_new", "display_name": "Jane Doe", "follower_count": 150}, created_at=at(10)
        ),
    ]
    import_file(db, write_jsonl(tmp_path / "h.jsonl", records))
    with db.session() as s:
        author = s.scalars(select(Author)).one()
        assert (author.handle, author.follower_count) == ("jane_new", 150)
        rev = s.scalars(select(AuthorRevision)).one()
        assert rev.before == {"handle": "jane", "display_name": "Jane D"}
        assert rev.after == {"handle": "jane_new", "display_name": "Jane Doe"}
        first = s.scalars(select(Mention).where(Mention.native_id == "1")).one()
        assert first.author_snapshot["handle"] == "jane"  # what they looked like when they posted


@pytest.mark.parametrize("chunk_size", [1, 1000])
def test_joining_another_thread_does_not_capture_the_authors_next_post(
    settings: Settings, tmp_path: Path, chunk_size: int
) -> None:
    # The answer may not depend on where chunk boundaries fall.
    db = Database(settings.model_copy(update={"ingest_chunk_size": chunk_size}))
    upgrade(db.engine)
    make_channel(db)
    records = [
        mention("1", author={"id": "b", "handle": "bea"}, created_at=at(9)),
        mention("2", author={"id": "a", "handle": "abe"}, created_at=at(9, 10), thread={"parent_id": "1"}),
        mention("3", author={"id": "a", "handle": "abe"}, text="separately: my card was declined", created_at=at(10)),
    ]
    report = import_file(db, write_jsonl(tmp_path / "t.jsonl", records))
    assert report.summary.cases_opened == 2
    with db.session() as s:
        case_of = {m.native_id: m.case_id for m in s.scalars(select(Mention))}
    assert case_of["1"] == case_of["2"] != case_of["3"]
    db.dispose()


def test_a_post_on_a_closed_case_opens_a_new_case(db: Database, tmp_path: Path) -> None:
    from amends.cases.service import close_case

    make_channel(db)
    import_file(db, write_jsonl(tmp_path / "a.jsonl", [mention("1", created_at=at(9))]))
    with db.session() as s:
        close_case(s, s.scalars(select(Case)).one(), actor="agent:ana", reason="replaced the item")
    follow_up = mention("2", created_at=at(11), thread={"parent_id": "1", "conversation_id": "1"})
    report = import_file(db, write_jsonl(tmp_path / "b.jsonl", [follow_up]))
    assert report.summary.cases_opened == 1
    with db.session() as s:
        statuses = sorted(c.status for c in s.scalars(select(Case)))
    assert statuses == ["closed", "open"]
