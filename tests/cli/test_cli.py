"""The `amends` command end to end, as a user runs it: real processes, a real HTTP server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from amends.config import Settings
from tests.factories import KEY, POSTGRES_URL, mention


@pytest.fixture
def env(settings: Settings, tmp_path: Path) -> dict[str, str]:
    values = {**os.environ, "AMENDS_DATA_DIR": str(tmp_path / "data"), "AMENDS_SECRET_KEY": KEY.decode()}
    values.pop("AMENDS_DATABASE_URL", None)
    if not settings.is_sqlite:
        values["AMENDS_DATABASE_URL"] = POSTGRES_URL
    return values


def amends(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "amends.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )
    if check and result.returncode != 0:
        raise AssertionError(f"amends {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def stats(env: dict[str, str]) -> dict[str, int]:
    return json.loads(amends(env, "stats", "--json").stdout)


def test_import_summary_quarantine_and_replay(env: dict[str, str], tmp_path: Path) -> None:
    amends(env, "init")
    amends(env, "channels", "add", "--slug", "brand-x", "--platform", "x", "--account-ref", "2244994945",
           "--name", "Brand on X", "--handle", "brand")  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps(mention("1")) + "\n" + "{not json\n" + json.dumps(mention("3", account_ref="zzz")) + "\n"
    )
    out = amends(env, "import", str(path)).stdout
    assert "imported 1 mention(s)" in out
    assert "2 quarantined" in out
    assert "line 2: malformed JSON" in out
    assert "line 3: unknown channel" in out
    for _ in range(2):
        assert "1 duplicate(s) skipped" in amends(env, "import", str(path)).stdout
    counts = stats(env)
    assert (counts["mentions"], counts["cases"], counts["authors"], counts["channels"]) == (1, 1, 1, 1)
    listing = amends(env, "quarantine", "list").stdout
    assert "malformed JSON" in listing
    # Fix the cause (add the channel), then replay the stored item.
    amends(env, "channels", "add", "--slug", "zzz", "--platform", "x", "--account-ref", "zzz", "--name", "Z")
    qid = _quarantine_id(env, "unknown channel")
    assert "ingested" in amends(env, "quarantine", "replay", qid).stdout
    failed = amends(env, "quarantine", "replay", _quarantine_id(env, "malformed JSON"), check=False)
    assert failed.returncode == 1
    assert "replay failed, item kept" in failed.stderr
    assert stats(env)["mentions"] == 2
    show = amends(env, "cases", "show", "1").stdout
    assert "@jane: @brand my order never arrived" in show
    amends(env, "cases", "close", "1", "--reason", "resolved by DM")
    assert "already closed" in amends(env, "cases", "close", "1", "--reason", "again", check=False).stderr
    assert "audit chain intact" in amends(env, "audit", "verify").stdout


def _quarantine_id(env: dict[str, str], reason: str) -> str:
    from amends.db import Database
    from amends.ingest.quarantine import list_quarantine

    settings = Settings(data_dir=Path(env["AMENDS_DATA_DIR"]), database_url=env.get("AMENDS_DATABASE_URL"))
    db = Database(settings)
    with db.session() as s:
        found = [q.id for q in list_quarantine(s) if reason in q.reason]
    db.dispose()
    return str(found[0])


def test_bad_file_and_bad_config_give_clear_errors(env: dict[str, str], tmp_path: Path) -> None:
    amends(env, "init")
    missing = amends(env, "import", str(tmp_path / "nope.jsonl"), check=False)
    assert missing.returncode == 2
    assert "no such file" in missing.stderr
    wrong = amends(env, "import", str(tmp_path), "--format", "xml", check=False)
    assert wrong.returncode == 2
    bad_env = {**env, "AMENDS_CASE_WINDOW_HOURS": "-3"}
    broken = amends(bad_env, "stats", check=False)
    assert broken.returncode != 0
    assert "case_window_hours" in broken.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(env: dict[str, str]) -> Iterator[tuple[str, dict[str, str]]]:
    out = amends(env, "demo", "--count", "40").stdout
    secrets = {line.split()[1].rstrip(":"): line.split()[-1] for line in out.splitlines() if "webhook secret" in line}
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "amends.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        yield base, secrets
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_demo_serve_and_webhook_over_real_http(server: tuple[str, dict[str, str]], env: dict[str, str]) -> None:
    base, secrets = server
    page = httpx.get(base + "/").text
    assert "Amends" in page
    assert stats(env)["cases"] > 10
    slug, secret = next(iter(secrets.items()))
    channel = next(c for c in _channels(env) if c[0] == slug)
    # Posted just now, as a live delivery would be, so its case is the newest in the inbox.
    record = mention(
        "wh-1",
        platform=channel[1],
        account_ref=channel[2],
        text="webhook says hello, parcel lost",
        created_at=datetime.now(UTC).isoformat(),
    )
    body = json.dumps(record).encode()
    when = datetime.now(UTC)
    headers = {
        "webhook-id": "msg_real",
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": Webhook(secret).sign("msg_real", when, body.decode()),
    }
    for _ in range(3):
        r = httpx.post(f"{base}/api/v1/webhooks/{slug}", content=body, headers=headers)
        assert r.status_code == 200, r.text
    assert "webhook says hello, parcel lost" in httpx.get(base + "/").text
    forged = httpx.post(f"{base}/api/v1/webhooks/{slug}", content=body + b" ", headers=headers)
    assert forged.status_code == 401


def _channels(env: dict[str, str]) -> list[tuple[str, str, str]]:
    from amends.channels.service import list_channels
    from amends.db import Database

    settings = Settings(data_dir=Path(env["AMENDS_DATA_DIR"]), database_url=env.get("AMENDS_DATABASE_URL"))
    db = Database(settings)
    with db.session() as s:
        rows = [(c.slug, c.platform, c.account_ref) for c in list_channels(s)]
    db.dispose()
    return rows


def test_serve_refuses_a_public_address_without_sign_in(env: dict[str, str]) -> None:
    result = amends(env, "serve", "--host", "0.0.0.0", check=False)  # noqa: S104
    assert result.returncode == 2
    assert "no sign-in yet" in result.stderr


def test_demo_loads_a_clean_stream_once(env: dict[str, str]) -> None:
    out = amends(env, "demo", "--count", "30").stdout
    assert "0 quarantined" in out
    first = stats(env)
    assert first["replies"] > 5
    assert first["channels"] >= 7
    assert first["quarantined"] == 0
    again = amends(env, "demo", "--count", "30").stdout
    assert "already loaded" in again
    assert stats(env) == first
    assert "audit chain intact" in amends(env, "audit", "verify").stdout
