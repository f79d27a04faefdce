from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from amends.db import Database
from amends.ingest.pipeline import import_file
from amends.web.app import create_app
from tests.factories import at, make_channel, mention


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    with TestClient(create_app(db.settings, db)) as c:
        yield c


def _load(db: Database, tmp_path: Path, customers: int) -> None:
    make_channel(db)
    records: list[dict[str, Any]] = []
    for i in range(customers):
        records.append(
            mention(
                f"{i}0", author={"id": f"c{i}", "handle": f"cust{i}"}, text=f"order {i} is late", created_at=at(i % 24)
            )
        )
        records.append(
            mention(f"{i}1", author={"id": "2244994945", "handle": "brand"}, text=f"sorry cust{i}, checking",
                    thread={"parent_id": f"{i}0"}, created_at=at(i % 24, 30))
        )  # fmt: skip
    path = tmp_path / "m.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    import_file(db, path)


def test_inbox_lists_cases_newest_first_with_their_mentions_and_replies(
    client: TestClient, db: Database, tmp_path: Path
) -> None:
    _load(db, tmp_path, 3)
    page = client.get("/").text
    assert page.index("order 2 is late") < page.index("order 1 is late") < page.index("order 0 is late")
    assert "sorry cust1, checking" in page
    assert "3 cases" in page


def test_inbox_query_count_does_not_grow_with_cases(client: TestClient, db: Database, tmp_path: Path) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    def queries_for_inbox() -> int:
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            assert client.get("/").status_code == 200
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    _load(db, tmp_path, 2)
    with_two = queries_for_inbox()
    _load_more(db, tmp_path, 20)
    assert queries_for_inbox() == with_two <= 8


def _load_more(db: Database, tmp_path: Path, customers: int) -> None:
    records = [
        mention(f"m{i}", author={"id": f"m{i}", "handle": f"more{i}"}, text="still waiting", created_at=at(i % 24))
        for i in range(customers)
    ]
    path = tmp_path / "more.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    import_file(db, path)


def test_empty_inbox_explains_how_to_start(client: TestClient) -> None:
    assert "amends demo" in client.get("/").text


def test_cases_api(client: TestClient, db: Database, tmp_path: Path) -> None:
    _load(db, tmp_path, 2)
    listing = client.get("/api/v1/cases").json()
    assert listing["total"] == 2
    first = listing["items"][0]
    assert first["mentions"][0]["text"] == "order 1 is late"
    assert first["replies"][0]["kind"] == "public_reply"
    detail = client.get(f"/api/v1/cases/{first['id']}").json()
    assert detail["id"] == first["id"]
    assert client.get("/api/v1/cases/9999").status_code == 404
    assert client.get("/api/v1/cases?status=bogus").status_code == 422
    assert client.get("/api/v1/stats").json()["replies"] == 2
