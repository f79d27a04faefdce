"""Shared fixtures: every test that touches storage runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from amends.channels import service as channels
from amends.config import Settings
from amends.db import Database
from amends.migrate import upgrade
from amends.models import Channel

POSTGRES_URL = os.environ.get("AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KEY = Fernet.generate_key()


def _postgres_or_skip() -> None:
    try:
        engine = create_engine(POSTGRES_URL)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except OperationalError as exc:
        reason = f"PostgreSQL not reachable at {POSTGRES_URL}: {exc.orig}"
        if os.environ.get("CI"):
            pytest.fail(reason + " (required under CI)")
        pytest.skip(reason)


def reset_postgres() -> None:
    engine = create_engine(POSTGRES_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def make_settings(tmp_path: Path, backend: str, **overrides: Any) -> Settings:
    url = POSTGRES_URL if backend == "postgresql" else None
    return Settings(data_dir=tmp_path / "data", database_url=url, secret_key=KEY.decode(), **overrides)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        _postgres_or_skip()
        reset_postgres()
    return str(request.param)


@pytest.fixture
def settings(tmp_path: Path, backend: str) -> Settings:
    return make_settings(tmp_path, backend)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings)
    upgrade(database.engine)
    yield database
    database.dispose()


def make_channel(db: Database, **overrides: Any) -> Channel:
    fields: dict[str, Any] = {
        "slug": "brand-x",
        "platform": "x",
        "account_ref": "2244994945",
        "name": "Brand on X",
        "brand_handles": ["brand"],
        "brand_author_ids": ["2244994945"],
        "webhook_secret": None,
    }
    fields.update(overrides)
    with db.session() as session:
        return channels.create_channel(session, actor="test", key=KEY, **fields)


def mention(native_id: str = "1001", **overrides: Any) -> dict[str, Any]:
    """A valid normalised mention on the default test channel."""
    record: dict[str, Any] = {
        "platform": "x",
        "kind": "mention",
        "account_ref": "2244994945",
        "native_id": native_id,
        "author": {"id": "500", "handle": "jane", "display_name": "Jane D", "follower_count": 120},
        "text": "@brand my order never arrived",
        "created_at": "2026-11-20T10:30:00Z",
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(record.get(key), dict):
            record[key] = {**record[key], **value}
        else:
            record[key] = value
    return record


def at(hour: int, minute: int = 0, day: int = 20) -> str:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC).isoformat()
