"""The respond commands as a care team runs them (real processes), and the live checker in the API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from amends.config import Settings
from amends.db import Database
from amends.web.app import create_app
from tests.factories import KEY, POSTGRES_URL, mention
from tests.respond.respond_helpers import COMPLAINT, LEGAL, ingest, setup
from tests.respond.test_llm import FakeAPI


@pytest.fixture
def env(settings: Settings, tmp_path: Path) -> dict[str, str]:
    values = {**os.environ, "AMENDS_DATA_DIR": str(tmp_path / "data"), "AMENDS_SECRET_KEY": KEY.decode()}
    values.pop("AMENDS_DATABASE_URL", None)
    values.pop("AMENDS_USER", None)
    if not settings.is_sqlite:
        values["AMENDS_DATABASE_URL"] = POSTGRES_URL
    return values


def amends(env: dict[str, str], *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "amends.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )
    if result.returncode != code:
        raise AssertionError(f"amends {' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def test_a_team_drafts_checks_approves_and_sends_from_the_command_line(
    env: dict[str, str], db: Database, tmp_path: Path
) -> None:
    setup(db)
    ingest(db, COMPLAINT, LEGAL)
    # Composer draft by a junior agent: waits for approval, then the supervisor approves and it is sent.
    out = json.loads(amends(env, "draft", "1", "--as", "sam", "--json").stdout)
    assert out["status"] == "draft" and "Dana" in out["text"]
    assert not [f for f in out["findings"] if f["level"] == "blocking"]
    waiting = amends(env, "send", str(out["id"]), "--as", "sam").stdout
    assert "waiting for a supervisor" in waiting
    refused = amends(env, "approve", str(out["id"]), "--reason", "ok", "--as", "sam", code=3)
    assert "supervisor" in refused.stderr
    sent = amends(env, "approve", str(out["id"]), "--reason", "specific, kind", "--as", "alex").stdout
    assert "approved and queued" in sent and "sent" in sent
    shown = amends(env, "cases", "show", "1").stdout
    assert "acknowledged" in shown and "brand" in shown
    # The legal-risk case: no public draft, a refused release by an agent, then legal releases it.
    amends(env, "draft", "2", "--as", "kim", code=3)
    assert "LEGAL HOLD" in amends(env, "cases", "show", "2").stdout
    amends(env, "hold", "release", "2", "--note", "cleared", "--as", "kim", code=3)
    amends(env, "hold", "release", "2", "--note", "cleared a neutral apology", "--as", "lee")
    shown = amends(env, "cases", "show", "2").stdout
    assert "released by user:lee" in shown, shown
    # Saying who acts is required.
    assert "--as" in amends(env, "draft", "1", code=2).stderr


def test_check_reply_reports_findings_with_spans_and_exits_1_on_blocking(env: dict[str, str], db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT)
    bad = amends(env, "check-reply", "--case", "1", "Actually you should have read the care label.", "--json", code=1)
    findings = json.loads(bad.stdout)["findings"]
    codes = {f["code"] for f in findings if f["level"] == "blocking"}
    assert {"blames_customer"} <= codes
    f = next(f for f in findings if f["code"] == "blames_customer")
    assert "you should have" in "Actually you should have read the care label."[f["start"] : f["end"]].lower()
    good = amends(
        env,
        "check-reply",
        "--mention-text",
        "@brand my parcel is a week late",
        "--platform",
        "x",
        "Hi, I'm sorry your parcel is a week late. Could you DM us the order number so we can chase it today?",
    )
    assert "no blocking" in good.stdout or "passed" in good.stdout
    pii = amends(
        env,
        "check-reply",
        "--mention-text",
        "@brand call me on 07700 900461, nobody helps",
        "We'll call you on 07700 900461 today.",
        code=1,
    )
    assert "echoes_pii" in pii.stdout


def test_users_and_playbooks_are_managed_with_roles(env: dict[str, str], db: Database, tmp_path: Path) -> None:
    setup(db)
    assert "sam: Sam Okafor, agent, level 1, refunds up to 25" in amends(env, "users", "list").stdout
    amends(env, "users", "add", "zed", "--name", "Zed", "--role", "wizard", code=2)
    listed = amends(env, "playbooks", "list").stdout
    assert "built-in" in listed
    key = listed.split("\n")[3].split("│")[1].strip()
    pb = json.loads(amends(env, "playbooks", "show", key).stdout)[0]
    pb["name"] = "Edited by a supervisor"
    path = tmp_path / "pb.json"
    path.write_text(json.dumps(pb), encoding="utf-8")
    amends(env, "playbooks", "set", "--file", str(path), "--as", "sam", code=2)
    amends(env, "playbooks", "set", "--file", str(path), "--as", "alex")
    assert json.loads(amends(env, "playbooks", "show", key).stdout)[0]["name"] == "Edited by a supervisor"
    pb["steps"] = []
    path.write_text(json.dumps(pb), encoding="utf-8")
    assert "no steps" in amends(env, "playbooks", "set", "--file", str(path), "--as", "alex", code=2).stderr


@pytest.fixture
def client(db: Database) -> Iterator[TestClient]:
    with TestClient(create_app(db.settings, db)) as c:
        yield c


def test_the_api_checks_replies_live_and_shows_the_hold(client: TestClient, db: Database) -> None:
    setup(db)
    ingest(db, COMPLAINT, LEGAL, mention("300", text="@brand thanks"))
    r = client.post("/api/v1/replies/check", json={"case_id": 2, "text": "We did nothing wrong and deny this."})
    assert r.status_code == 200
    body = r.json()
    assert not body["passed"]
    assert {"legal_hold", "liability"} <= {f["code"] for f in body["findings"]}
    r = client.post(
        "/api/v1/replies/check",
        json={"mention_text": "@brand my order is late", "text": "Sorry your order is late! DM us and we'll chase it."},
    )
    assert r.json()["passed"]
    assert client.post("/api/v1/replies/check", json={"text": "hi"}).status_code == 422
    assert client.post("/api/v1/replies/check", json={"case_id": 99, "text": "hi"}).status_code == 404
    case = client.get("/api/v1/cases/2").json()
    assert case["legal_hold"] and case["legal_risk"] and case["stage"] == "new"
    assert "legal hold" in client.get("/").text


def test_draft_with_the_configured_llm_goes_through_the_checker(
    env: dict[str, str], db: Database, api: tuple[FakeAPI, str]
) -> None:
    fake, base_url = api
    setup(db)
    ingest(db, COMPLAINT)
    env = {**env, "AMENDS_LLM_BASE_URL": base_url, "AMENDS_LLM_MODEL": "local-test", "AMENDS_LLM_API_KEY": "sk-x"}
    fake.reply = "Actually, you should have checked the lid before signing for it."
    out = json.loads(amends(env, "draft", "1", "--llm", "--as", "sam", "--json").stdout)
    assert out["source"] == "llm" and out["text"].startswith("Actually")
    assert "blames_customer" in {f["code"] for f in out["findings"] if f["level"] == "blocking"}
    assert fake.requests[-1]["body"]["model"] == "local-test"
    assert fake.requests[-1]["headers"]["Authorization"] == "Bearer sk-x"
    # Without the settings the command says what to set; with a dead server it fails cleanly.
    assert (
        "AMENDS_LLM_BASE_URL"
        in amends({**env, "AMENDS_LLM_BASE_URL": ""}, "draft", "1", "--llm", "--as", "sam", code=2).stderr
    )
    fake.mode = "error500"
    assert "language model" in amends(env, "draft", "1", "--llm", "--as", "sam", code=2).stderr
