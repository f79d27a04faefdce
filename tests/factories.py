"""Plain factory functions for tests (imported by tests and conftest alike)."""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from amends.channels import service as channels
from amends.config import Settings
from amends.db import Database
from amends.models import Channel

POSTGRES_URL = os.environ.get("AMENDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# A fixed test key, so every module that imports it encrypts and decrypts alike.
KEY = base64.urlsafe_b64encode(b"amends-test-key-32-bytes-long!!!")


def make_settings(tmp_path: Path, backend: str, **overrides: Any) -> Settings:
    url = POSTGRES_URL if backend == "postgresql" else None
    return Settings(data_dir=tmp_path / "data", database_url=url, secret_key=KEY.decode(), **overrides)


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
