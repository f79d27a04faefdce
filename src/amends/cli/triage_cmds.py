"""`amends triage`, `amends eval`, `amends train`, `amends correct` and `amends settings`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.table import Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from amends.cli.common import actor, console, db, err, fail
from amends.config import get_settings
from amends.triage import service as triage_service
from amends.triage.policy import TriagePolicy
from amends.triage.signals import AuthorHistory, TriageInput
from amends.workspace import SettingError, load_setting, save_setting

settings_app = typer.Typer(
    help="Workspace settings: triage, respond (approval, sending), voice, checker.", no_args_is_help=True
)


def _engine() -> Any:
    """The engine under the workspace's stored policy when a database is set up, else the defaults."""
    from amends.triage.engine import Triage

    settings = get_settings()
    sqlite_file = make_url(settings.resolved_database_url).database if settings.is_sqlite else None
    policy = None
    # Reading the stored settings must not create a database as a side effect of assessing a post.
    if sqlite_file is None or Path(sqlite_file).exists():
        try:
            with db().session() as session:
                policy = triage_service.load_policy(session)
        except SQLAlchemyError:  # not migrated yet
            policy = None
    if policy is None:
        err.print("note: no Amends database here, so the default triage settings are used")
    return Triage(policy)


def _input_from_json(line: str, n: int) -> TriageInput:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"line {n}: not JSON ({exc.msg})") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError(f'line {n}: expected an object with a "text" string')
    metrics = obj.get("metrics") or {}
    if not isinstance(metrics, dict):
        raise ValueError(f"line {n}: metrics must be an object")
    author = obj.get("author")
    if author is not None and not isinstance(author, dict):
        raise ValueError(f"line {n}: author must be an object")
    clean_metrics = {
        str(k): int(v) for k, v in metrics.items() if isinstance(v, int | float) and not isinstance(v, bool)
    }
    return TriageInput(text=obj["text"], author=AuthorHistory.from_dict(author), metrics=clean_metrics)


def triage(
    text: Annotated[str | None, typer.Argument(help="The post to assess")] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Read JSON lines on stdin, write one assessment per line")
    ] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the assessment as JSON")] = False,
) -> None:
    """Assess a post: every signal with its evidence, the priority with its reasons, and the action."""
    engine = _engine()
    if jsonl:
        n_bad = 0
        batch: list[tuple[int, TriageInput | None, str | None]] = []

        def flush() -> None:
            items = [i for _, i, _ in batch if i is not None]
            results = iter(engine.assess_many(items)) if items else iter(())
            for n, item, problem in batch:
                if item is None:
                    sys.stdout.write(json.dumps({"line": n, "error": problem}) + "\n")
                else:
                    sys.stdout.write(json.dumps(next(results).to_dict(), ensure_ascii=True) + "\n")
            sys.stdout.flush()
            batch.clear()

        for n, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                batch.append((n, _input_from_json(line, n), None))
            except ValueError as exc:
                n_bad += 1
                batch.append((n, None, str(exc)))
            if len(batch) >= 500:
                flush()
        flush()
        if n_bad:
            err.print(f"{n_bad} line(s) could not be read; each has an error object in its place")
        return
    if text is None:
        raise fail("give the text to assess, or --jsonl to read JSON lines on stdin")
    result = engine.assess(text)
    if json_output:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]priority {result.priority}[/bold]  action [bold]{result.action.value}[/bold]"
                  + (f" → {result.pathway}" if result.pathway else "")
                  + ("  (testimonial candidate)" if result.testimonial else ""))  # fmt: skip
    table = Table("signal", "value", "conf", "evidence")
    for name in result.SIGNALS:
        s = result.signal(name)
        shown = [f"{e.text!r} ({e.rule})" for e in s.evidence[:4]]
        if name == "legal_risk" and s.value:
            shown.insert(0, "categories: " + ", ".join(s.detail.get("categories", [])))
        table.add_row(name, str(s.value), f"{s.confidence:.2f}", "; ".join(shown) or s.source)
    console.print(table)
    console.print("reasons: " + "; ".join(f"{r.label} ({r.points:+.1f})" for r in result.reasons))
    for note in result.degraded:
        console.print(f"[yellow]note:[/yellow] {note}")


def eval_(
    datasets: Annotated[Path | None, typer.Option(help="Folder holding the shared datasets")] = None,
    task: Annotated[list[str] | None, typer.Option("--task", help="Only these tasks (repeatable)")] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """Triage quality per task on the shared datasets, next to the published anchors."""
    from amends.triage.datasets import datasets_dir
    from amends.triage.evaluate import run_eval

    try:
        results = run_eval(datasets_dir(datasets), task)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    except ImportError as exc:
        raise fail(f"evaluation needs the dev extras (scikit-learn): {exc}") from exc
    if json_output:
        typer.echo(json.dumps([r.to_dict() for r in results], indent=2))
        return
    table = Table("task", "metric", "ours", "anchors", "protocol")
    for r in results:
        if r.error:
            table.add_row(r.task, "-", "-", "-", f"[red]{r.error}[/red]")
            continue
        anchors = "; ".join(f"{n} {v:g}" for n, v in r.anchors)
        table.add_row(r.task, r.metric, f"{r.value:.1f}" if r.value is not None else "-", anchors, r.protocol)
    console.print(table)


def train(
    datasets: Annotated[Path | None, typer.Option(help="Folder holding the shared datasets")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the model (default: the packaged model)")] = None,
    corrections: Annotated[
        bool, typer.Option("--corrections", help="Fold in agents' corrections from the database")
    ] = False,
    seed: Annotated[int, typer.Option(help="Random seed")] = 13,
) -> None:
    """Rebuild the triage model reproducibly from the shared datasets (and, optionally, corrections)."""
    from amends.triage.datasets import DatasetMissing, datasets_dir
    from amends.triage.training import train_model

    extra: dict[str, list[tuple[str, str]]] = {}
    if corrections:
        with db().session() as session:
            extra, n = triage_service.corrections_for_training(session)
        console.print(f"folding in {n} correction row(s)")
    target = out or Path(__file__).resolve().parent.parent / "triage" / "models" / "triage.npz"
    try:
        summary = train_model(datasets_dir(datasets), target, seed=seed, extra=extra)
    except DatasetMissing as exc:
        raise fail(f"{exc} (pass --datasets)") from exc
    except ImportError as exc:
        raise fail(f"training needs the dev extras (scikit-learn): {exc}") from exc
    console.print(f"wrote {target} ({summary['artifact_bytes']:,} bytes), version {summary['version']}")
    for h in summary["heads"]:
        console.print(f"  {h['name']}: {h['n_train']:,} examples ({h['n_corrections']} corrections) from {h['source']}")


def correct(
    mention_id: int,
    signal: Annotated[str, typer.Argument(help="kind, severity, sentiment, troll or legal_risk")],
    value: str,
    note: Annotated[str | None, typer.Option(help="Why (kept in the audit trail)")] = None,
) -> None:
    """Correct a triage signal on a mention; the correction is audited and can be folded into training."""
    try:
        parsed = triage_service.parse_correction(signal, value)
        with db().session() as session, session.begin():
            triage_service.correct_signal(session, mention_id, signal, parsed, actor=actor(), note=note)
    except triage_service.TriageError as exc:
        raise fail(str(exc)) from exc
    console.print(f"mention {mention_id}: {signal} set to {parsed}")


def _known_settings() -> dict[str, type[BaseModel]]:
    from amends.respond.settings import SETTINGS  # respond's settings: voice, checker, respond

    return {triage_service.POLICY_KEY: TriagePolicy, **SETTINGS}


@settings_app.command("show")
def settings_show(name: Annotated[str, typer.Argument(help="Setting name")] = "triage") -> None:
    """Print a workspace setting as JSON (defaults when never set)."""
    known = _known_settings()
    if name not in known:
        raise fail(f"unknown setting {name!r}; known: {', '.join(known)}")
    try:
        with db().session() as session:
            value = load_setting(session, name, known[name])
    except SettingError as exc:
        raise fail(str(exc)) from exc
    typer.echo(json.dumps(value.model_dump(mode="json"), indent=2))


@settings_app.command("set")
def settings_set(
    name: Annotated[str, typer.Argument(help="Setting name")],
    file: Annotated[Path, typer.Option("--file", help="JSON file with the whole setting")],
) -> None:
    """Replace a workspace setting from a JSON file; it is validated first and the change is audited."""
    known = _known_settings()
    if name not in known:
        raise fail(f"unknown setting {name!r}; known: {', '.join(known)}")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}") from exc
    if not isinstance(data, dict):
        raise fail("the setting must be a JSON object")
    try:
        with db().session() as session, session.begin():
            save_setting(session, name, known[name], data, actor=actor())
    except SettingError as exc:
        raise fail(str(exc)) from exc
    console.print(f"{name} setting saved")


def register(app: typer.Typer) -> None:
    app.command("triage")(triage)
    app.command("eval")(eval_)
    app.command("train")(train)
    app.command("correct")(correct)
    app.add_typer(settings_app, name="settings")
