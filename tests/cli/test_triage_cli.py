"""`amends triage`, `settings`, `correct` and `eval` as a user runs them (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import KEY, SHARED, mention


def run(
    env: dict[str, str], *args: str, stdin: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "amends.cli", *args], env=env, input=stdin, capture_output=True, text=True, timeout=300
    )
    if check and result.returncode != 0:
        raise AssertionError(f"amends {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {**os.environ, "AMENDS_DATA_DIR": str(tmp_path / "data"), "AMENDS_SECRET_KEY": KEY.decode()}
    values.pop("AMENDS_DATABASE_URL", None)
    return values


def test_triage_prints_signals_evidence_priority_and_action(env: dict[str, str], tmp_path: Path) -> None:
    result = run(env, "triage", "@Brand my solicitor will be in touch, you broke our contract")
    out = result.stdout
    assert "default triage settings" in result.stderr
    assert not (tmp_path / "data" / "amends.db").exists(), "assessing a post must not create a database"
    assert "legal_hold" in out
    assert "legal_risk" in out and "True" in out
    as_json = json.loads(run(env, "triage", "--json", "@Brand thank you, the team were wonderful").stdout)
    assert as_json["action"] == "thank"
    assert as_json["kind"]["value"] == "praise"
    for field in ("sentiment", "anger", "severity", "troll", "legal_risk", "pii", "language", "topic", "reach"):
        assert {"value", "confidence", "evidence", "source"} <= set(as_json[field])


def test_triage_jsonl_keeps_order_and_reports_bad_lines_in_place(env: dict[str, str]) -> None:
    lines = [
        json.dumps({"text": "@Brand where is my parcel?? order 55120"}),
        "{not json",
        json.dumps(
            {"text": "@Brand love it", "author": {"followers": 250000, "troll_flags": 0}, "metrics": {"likes": 900}}
        ),
        json.dumps({"nope": 1}),
        json.dumps({"text": "\ud800 broken \u200b"}),
    ]
    out = run(env, "triage", "--jsonl", stdin="\n".join(lines) + "\n").stdout.splitlines()
    assert len(out) == 5
    rows = [json.loads(line) for line in out]
    assert rows[0]["kind"]["value"] in {"complaint", "question"}
    assert rows[1]["line"] == 2 and "not JSON" in rows[1]["error"]
    assert rows[2]["reach"]["detail"]["followers"] == 250000
    assert rows[3]["line"] == 4 and "text" in rows[3]["error"]
    assert 0 <= rows[4]["priority"] <= 100


def test_settings_refuse_bad_values_and_correct_is_audited(env: dict[str, str], tmp_path: Path) -> None:
    run(env, "init")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"thresholds": {"respond_now": 500}}))
    refused = run(env, "settings", "set", "triage", "--file", str(bad), check=False)
    assert refused.returncode == 2
    assert "respond_now" in refused.stderr
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"weights": {"reach": 40}, "pathways": {"outage": "sre"}}))
    run(env, "settings", "set", "triage", "--file", str(good))
    shown = json.loads(run(env, "settings", "show").stdout)
    assert shown["weights"]["reach"] == 40
    assert shown["pathways"]["outage"] == "sre"

    channel = ["--slug", "brand-x", "--platform", "x", "--account-ref", "2244994945", "--name", "Brand"]
    run(env, "channels", "add", *channel, "--handle", "brand")
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps(mention("1", text="@brand my order never arrived")) + "\n")
    run(env, "import", str(path))
    run(env, "correct", "1", "severity", "3", "--note", "second failed delivery")
    wrong = run(env, "correct", "1", "severity", "seven", check=False)
    assert wrong.returncode == 2 and "severity" in wrong.stderr
    shown_case = run(env, "cases", "show", "1").stdout
    assert "triage.corrected" in shown_case or "severity" in shown_case


@pytest.mark.skipif(
    not (SHARED / "datasets").is_dir(), reason="../shared/datasets is absent: eval needs the public datasets"
)
def test_eval_reports_metrics_next_to_anchors(env: dict[str, str]) -> None:
    rows = json.loads(run(env, "eval", "--json", "--task", "hate", "--task", "legal", "--task", "pii").stdout)
    by_task = {r["task"].split(" ")[0]: r for r in rows}
    assert by_task["hate"]["anchors"] and by_task["hate"]["value"] > 60
    assert by_task["legal"]["value"] >= 90
    assert by_task["PII"]["value"] >= 97
    unknown = run(env, "eval", "--task", "nope", check=False)
    assert unknown.returncode == 2
