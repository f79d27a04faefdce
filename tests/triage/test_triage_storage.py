"""Triage inside ingest and in the database: assessments, case roll-up, troll memory, corrections, settings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from amends.audit.service import verify_chain
from amends.config import Settings
from amends.db import Database
from amends.ingest.pipeline import import_file, ingest_records
from amends.models import Author, Case, Event, Mention, MentionAssessment, TriageCorrection
from amends.triage import service
from tests.factories import at, make_channel, mention


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _assessment(db: Database, native_id: str) -> MentionAssessment:
    with db.session() as s:
        row = s.scalars(
            select(MentionAssessment)
            .join(Mention, Mention.id == MentionAssessment.mention_id)
            .where(Mention.native_id == native_id)
        ).one()
        s.expunge(row)
        return row


def test_every_imported_mention_is_assessed_and_the_case_takes_the_top_signals(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    path = write_jsonl(
        tmp_path / "m.jsonl",
        [
            mention("1", text="@brand hi, quick question about sizes?", created_at=at(9)),
            mention(
                "2",
                text="@brand and the heater you sold me caught fire and burned my hand, my lawyer will hear about this",
                thread={"parent_id": "1", "conversation_id": "1"},
                created_at=at(9, 5),
            ),
            mention(
                "3", author={"id": "777", "handle": "sam"}, text="@brand love the new store, thanks!", created_at=at(10)
            ),
        ],
    )
    report = import_file(db, path)
    assert report.summary.created == 3
    with db.session() as s:
        assert s.scalar(select(MentionAssessment.id).limit(1)) is not None
        rows = {r.mention_id: r for r in s.scalars(select(MentionAssessment))}
        assert len(rows) == 3
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        assert len(cases) == 2
        thread, praise = cases
        assert thread.legal_risk is True
        assert thread.action == "legal_hold"
        assert thread.priority == max(
            r.priority
            for r in rows.values()
            if r.mention_id in {m.id for m in s.scalars(select(Mention).where(Mention.case_id == thread.id))}
        )
        assert praise.action == "thank"
        assert praise.legal_risk is False
        # The mention.received events carry the triage outcome, and the chain still verifies.
        received = s.scalars(select(Event).where(Event.action == "mention.received")).all()
        assert all("priority" in (e.after or {}) for e in received)
        assert verify_chain(s).ok
    signals = _assessment(db, "2").signals
    assert signals["legal_risk"]["value"] is True
    assert signals["legal_risk"]["evidence"], "evidence is stored with the assessment"


def test_an_edit_is_reassessed(db: Database, settings: Settings) -> None:
    make_channel(db)
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[mention("9", text="@brand thanks, all sorted now!", created_at=at(9))],
    )
    before = _assessment(db, "9")
    assert before.legal_risk is False
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[
            mention("9", text="@brand I am taking you to court over this fraud", created_at=at(9), updated_at=at(9, 30))
        ],
    )
    after = _assessment(db, "9")
    assert after.legal_risk is True
    with db.session() as s:
        assert len(s.scalars(select(MentionAssessment)).all()) == 1
        assert s.scalars(select(Case)).one().legal_risk is True
        edited = s.scalars(select(Event).where(Event.action == "mention.edited")).one()
        assert edited.after is not None and edited.after["action"] == "legal_hold"


def test_a_trolls_history_is_remembered_across_imports(db: Database) -> None:
    make_channel(db)
    abuse = "you are all pathetic idiots, shut up you worthless losers"
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[mention("20", author={"id": "66", "handle": "troll"}, text=abuse, created_at=at(8))],
    )
    with db.session() as s:
        flags = s.scalars(select(Author.troll_flags).where(Author.native_key == "66")).one()
    assert flags == 1
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[mention("21", author={"id": "66", "handle": "troll"}, text="lol what a joke", created_at=at(8, 5))],
    )
    second = _assessment(db, "21")
    assert second.signals["troll"]["detail"]["author_troll_flags"] == 1


def test_a_correction_is_applied_audited_and_offered_to_training(db: Database) -> None:
    make_channel(db)
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[mention("30", text="@brand the app keeps logging me out", created_at=at(9))],
    )
    row = _assessment(db, "30")
    with db.session() as s, s.begin():
        service.correct_signal(s, row.mention_id, "legal_risk", True, actor="agent:amy", note="mentions a contract")
    with db.session() as s:
        updated = s.get(MentionAssessment, row.id)
        assert updated is not None
        assert updated.legal_risk is True
        assert updated.signals["legal_risk"]["source"] == "correction:agent:amy"
        assert s.scalars(select(Case)).one().action == "legal_hold"
        assert s.scalars(select(TriageCorrection)).one().old_value is False
        assert s.scalars(select(Event).where(Event.action == "triage.corrected")).one().actor == "agent:amy"
        extra, n = service.corrections_for_training(s)
    assert n == 1
    assert extra == {"legal": [("@brand the app keeps logging me out", "yes")]}
    with db.session() as s, pytest.raises(service.TriageError):
        service.correct_signal(s, row.mention_id, "severity", 9, actor="agent:amy")
    with pytest.raises(service.TriageError):
        service.parse_correction("reach", "1")


def test_triage_settings_are_validated_stored_audited_and_used_by_ingest(db: Database) -> None:
    make_channel(db)
    with db.session() as s, s.begin(), pytest.raises(service.TriageError, match="weights"):
        service.save_policy(s, {"weights": {"severity": -1}}, actor="sup")
    with db.session() as s, s.begin(), pytest.raises(service.TriageError, match=r"taxonomy|topic"):
        service.save_policy(s, {"taxonomy": {"billing": ["(unclosed"]}}, actor="sup")
    with db.session() as s, s.begin():
        service.save_policy(s, {"thresholds": {"respond_now": 0}}, actor="sup")
    with db.session() as s:
        assert service.load_policy(s).thresholds.respond_now == 0
        assert s.scalars(select(Event).where(Event.action == "settings.changed")).one().actor == "sup"
    ingest_records(
        db,
        source_ref="test",
        actor="test",
        records=[mention("40", text="@brand where is my parcel? ordered a week ago", created_at=at(9))],
    )
    assert _assessment(db, "40").action in {"respond_now", "escalate", "move_private"}
