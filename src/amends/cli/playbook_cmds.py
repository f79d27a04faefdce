"""`amends playbooks` (list, show, set, enable/disable) and `amends eval-replies`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from amends.accounts import service as accounts
from amends.cli.common import console, db, fail
from amends.respond import playbook_store
from amends.respond.playbooks import playbooks_to_json

playbooks_app = typer.Typer(
    help="Response playbooks: protocol steps and templates per situation.", no_args_is_help=True
)

AsUser = Annotated[str | None, typer.Option("--as", help="Acting user's handle (default: $AMENDS_USER)")]


@playbooks_app.command("list")
def playbooks_list() -> None:
    """The workspace's playbooks (the built-in library until any are stored)."""
    with db().session() as session:
        rows = {r.key: r for r in playbook_store.list_rows(session)}
        active = playbook_store.load_playbooks(session)
    table = Table("key", "purpose", "matches", "stored", "steps")
    for p in active.playbooks:
        match = ", ".join(
            part
            for part in (
                "/".join(p.kinds),
                f"severity {p.severity_min}-{p.severity_max}" if (p.severity_min, p.severity_max) != (0, 4) else "",
                "fault " + "/".join(f.value for f in p.at_fault) if p.at_fault else "",
                "/".join(p.platforms),
                "/".join(v.value for v in p.visibility),
                "legal" if p.legal else "",
            )
            if part
        )
        table.add_row(p.key, p.purpose.value, match or "any", "yes" if p.key in rows else "built-in", str(len(p.steps)))
    console.print(table)
    disabled = [k for k, r in rows.items() if not r.active]
    if disabled:
        console.print("disabled: " + ", ".join(disabled))


@playbooks_app.command("show")
def playbooks_show(key: str) -> None:
    """One playbook as JSON: edit it and load it back with `amends playbooks set --file`."""
    with db().session() as session:
        playbook = playbook_store.load_playbooks(session).get(key) or playbook_store.default_playbooks().get(key)
    if playbook is None:
        raise fail(f"no playbook {key!r}")
    typer.echo(playbooks_to_json([playbook]))


@playbooks_app.command("set")
def playbooks_set(
    file: Annotated[Path, typer.Option("--file", help="JSON of one playbook (or a list)")], as_user: AsUser = None
) -> None:
    """Create or replace playbooks from JSON. Supervisors only; validated and audited."""
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}") from None
    items: list[Any] = raw if isinstance(raw, list) else [raw]
    try:
        with db().session() as session, session.begin():
            user = accounts.get_user(session, _handle(as_user))
            saved = [playbook_store.save_playbook(session, item, user=user).key for item in items]
    except (playbook_store.PlaybookError, accounts.AccountError, accounts.PermissionDenied) as exc:
        raise fail(str(exc)) from None
    console.print("saved: " + ", ".join(saved))


@playbooks_app.command("disable")
def playbooks_disable(key: str, as_user: AsUser = None) -> None:
    """Stop a playbook from being selected (it is kept)."""
    _set_active(key, False, as_user)


@playbooks_app.command("enable")
def playbooks_enable(key: str, as_user: AsUser = None) -> None:
    _set_active(key, True, as_user)


def _set_active(key: str, active: bool, as_user: str | None) -> None:
    try:
        with db().session() as session, session.begin():
            user = accounts.get_user(session, _handle(as_user))
            playbook_store.set_active(session, key, active, user=user)
    except (playbook_store.PlaybookError, accounts.AccountError, accounts.PermissionDenied) as exc:
        raise fail(str(exc)) from None
    console.print(f"playbook {key} {'enabled' if active else 'disabled'}")


def _handle(as_user: str | None) -> str:
    handle = as_user or os.environ.get("AMENDS_USER")
    if not handle:
        raise fail("say who is acting: --as HANDLE or AMENDS_USER")
    return handle


def eval_replies(
    datasets: Annotated[Path | None, typer.Option(help="Folder holding the shared datasets")] = None,
    limit: Annotated[int | None, typer.Option(help="Draft at most this many TWCS complaints")] = None,
    skip_drafts: Annotated[bool, typer.Option("--checker-only", help="Only the labelled checker set")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Measure the reply checker on the labelled set, and composer drafts on real complaints (TWCS)."""
    from amends.respond.checker import check_reply
    from amends.respond.evaluate import load_reply_set, score_checker
    from amends.triage.datasets import datasets_dir

    items = load_reply_set()

    def check(text: str, ctx: Any) -> set[str]:
        return {f.code for f in check_reply(text, ctx).blocking}

    out: dict[str, Any] = {"checker": {}}
    for split in ("dev", "test", "holdout", "holdout2", None):
        out["checker"][split or "all"] = score_checker(items, check, split=split).to_dict()
    drafts = None
    if not skip_drafts:
        from amends.respond.evaluate_drafts import evaluate_drafts

        root = datasets_dir(datasets)
        try:
            drafts = evaluate_drafts(root, limit=limit)
        except FileNotFoundError as exc:
            out["drafts"] = {"skipped": str(exc)}
        else:
            out["drafts"] = drafts.to_dict()
    if as_json:
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    table = Table("split", "items", "precision", "recall", "F1 (target ≥ 0.90)", "good replies passed")
    for split, s in out["checker"].items():
        table.add_row(
            split,
            str(s["items"]),
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            f"{s['good_replies_passed']:.3f}",
        )
    console.print("[bold]Reply checker, blocking findings[/bold] (labelled set, respond/evalsets/replies.jsonl)")
    console.print(table)
    if drafts is None:
        if "drafts" in out:
            console.print(f"composer drafts: skipped ({out['drafts']['skipped']})")
        return
    d = drafts
    console.print("[bold]Composer drafts for TWCS complaints[/bold]")
    dt = Table("measure", "value", "target")
    dt.add_row("complaints (triage) drafted", f"{d.drafted} of {d.complaints}", "")
    dt.add_row("pass all blocking checks", f"{d.pass_rate:.1%}", "≥ 95%")
    dt.add_row("blocked by", ", ".join(f"{k} {v}" for k, v in d.blocked_by.most_common()) or "-", "")
    dt.add_row("private holding replies (legal risk)", str(d.private_holding), "")
    dt.add_row("mean pairwise similarity, our drafts", f"{d.similarity_ours:.3f}", "lower than brands'")
    dt.add_row("mean pairwise similarity, brand replies", f"{d.similarity_brand:.3f} ({d.brand_replies} replies)", "")
    dt.add_row(
        "same, drafts for the mixed-brand sample only", f"{d.sample_similarity_ours:.3f} ({d.sample_drafts})", ""
    )
    dt.add_row("time", f"{d.seconds:.0f} s", "")
    console.print(dt)


def register(app: typer.Typer) -> None:
    app.add_typer(playbooks_app, name="playbooks")
    app.command("eval-replies")(eval_replies)
