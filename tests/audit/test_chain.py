from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import delete, select, update

from amends.audit.service import verify_chain
from amends.cases import service as cases
from amends.db import Database
from amends.ingest.pipeline import import_file
from amends.models import Case, Event
from tests.factories import make_channel, mention


def _load(db: Database, tmp_path: Path) -> None:
    make_channel(db)
    path = tmp_path / "m.jsonl"
    path.write_text("\n".join(json.dumps(mention(str(i), author={"id": f"a{i}"})) for i in range(5)) + "\n")
    import_file(db, path)


def test_every_ingest_and_transition_is_in_an_intact_chain(db: Database, tmp_path: Path) -> None:
    _load(db, tmp_path)
    with db.session() as s:
        case = s.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None
        cases.close_case(s, case, actor="agent:ana", reason="refund confirmed")
    with db.session() as s:
        actions = [e.action for e in s.scalars(select(Event).order_by(Event.id))]
        assert actions.count("mention.received") == 5
        assert actions.count("case.opened") == 5
        assert actions[0] == "channel.created"
        assert actions[-1] == "case.closed"
        closed = s.scalars(select(Event).where(Event.action == "case.closed")).one()
        assert (closed.actor, closed.before, closed.after, closed.reason) == (
            "agent:ana",
            {"status": "open"},
            {"status": "closed"},
            "refund confirmed",
        )
        report = verify_chain(s)
    assert report.ok
    assert report.checked == len(actions)


def test_tampered_row_is_reported_at_its_id(db: Database, tmp_path: Path) -> None:
    _load(db, tmp_path)
    with db.session() as s:
        s.execute(update(Event).where(Event.id == 4).values(reason="nothing to see"))
    with db.session() as s:
        report = verify_chain(s)
    assert not report.ok
    assert report.broken_at == 4
    assert report.problem is not None and "altered" in report.problem


def test_removed_events_are_reported(db: Database, tmp_path: Path) -> None:
    _load(db, tmp_path)
    with db.session() as s:
        s.execute(delete(Event).where(Event.id == 3))
    with db.session() as s:
        report = verify_chain(s)
    assert (report.ok, report.broken_at) == (False, 3)


def test_truncated_tail_is_reported(db: Database, tmp_path: Path) -> None:
    _load(db, tmp_path)
    with db.session() as s:
        last = max(s.scalars(select(Event.id)))
        s.execute(delete(Event).where(Event.id == last))
    with db.session() as s:
        report = verify_chain(s)
    assert not report.ok
    assert report.problem is not None and "removed" in report.problem


def test_case_transitions_refuse_wrong_states(db: Database, tmp_path: Path) -> None:
    import pytest

    _load(db, tmp_path)
    with db.session() as s:
        case = s.scalars(select(Case)).first()
        assert case is not None
        with pytest.raises(cases.TransitionRefused, match="not closed"):
            cases.reopen_case(s, case, actor="a", reason="x")
        with pytest.raises(cases.TransitionRefused, match="needs a reason"):
            cases.close_case(s, case, actor="a", reason="  ")
        assert case.status == "open"
        assert case.closed_at is None
        cases.close_case(s, case, actor="a", reason="done")
        with pytest.raises(cases.TransitionRefused, match="already closed"):
            cases.close_case(s, case, actor="a", reason="done")
        cases.reopen_case(s, case, actor="a", reason="remedy never arrived")
        assert case.status == "open"
