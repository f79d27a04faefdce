"""Shared set-up for the respond tests: a care team, a channel with a connector, cases made by real ingest."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from amends.accounts import service as accounts
from amends.db import Database
from amends.ingest.pipeline import ingest_records
from amends.models import Case, Event, Mention, User
from tests.factories import make_channel, mention

TEAM = (
    ("sam", "Sam Okafor", ["agent"], 1, 25.0),
    ("kim", "Kim Senior", ["agent"], 3, 100.0),
    ("alex", "Alex Moreno", ["supervisor"], 3, 200.0),
    ("lee", "Lee Hartmann", ["legal"], 1, None),
)


def make_team(db: Database) -> None:
    with db.session() as s:
        for handle, name, roles, level, limit in TEAM:
            accounts.add_user(s, actor="test", handle=handle, name=name, roles=roles, level=level, refund_limit=limit)


def user(s: Any, handle: str) -> User:
    return accounts.get_user(s, handle)


def setup(db: Database, **channel: Any) -> None:
    make_team(db)
    make_channel(db, connector=channel.pop("connector", "demo"), **channel)


def ingest(db: Database, *records: dict[str, Any]) -> None:
    ingest_records(db, list(records), source_ref="test", actor="test", total=len(records))


def case_of(s: Any, native_id: str) -> Case:
    m = s.scalars(select(Mention).where(Mention.native_id == native_id)).one()
    case = s.get(Case, m.case_id)
    assert case is not None
    return case


def events(db: Database, action: str) -> list[Event]:
    with db.session() as s:
        rows = list(s.scalars(select(Event).where(Event.action == action).order_by(Event.id)))
        for r in rows:
            s.expunge(r)
        return rows


COMPLAINT = mention(
    "100",
    author={"id": "500", "handle": "danaw", "display_name": "Dana Whitfield"},
    text="@brand my order of the blue kettle arrived with a cracked lid and nobody answers the phone",
)
LEGAL = mention(
    "200",
    author={"id": "600", "handle": "rkhan", "display_name": "Rafi Khan"},
    text="@brand your heater caught fire and burned my hand. My lawyer will be in touch about suing you.",
)
