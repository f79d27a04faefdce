"""The `amends` command. Each command makes one call into a service and prints what it returned."""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from amends.analytics.service import counts
from amends.audit.service import verify_chain
from amends.cases import repository as case_repo
from amends.cases import service as case_service
from amends.channels import service as channel_service
from amends.cli import playbook_cmds, respond_cmds, triage_cmds
from amends.cli.common import actor as _actor
from amends.cli.common import console, err
from amends.cli.common import db as _db
from amends.cli.common import fail as _fail
from amends.config import get_settings
from amends.db import Database
from amends.ingest import quarantine as quarantine_service
from amends.ingest.pipeline import ImportFailed, ImportReport, import_file
from amends.kit.crypto import SecretKeyError, load_key
from amends.migrate import upgrade
from amends.models import Mention
from amends.respond import repository as respond_repo
from amends.respond.playbook_store import seed_playbooks

app = typer.Typer(help="Amends: social customer care, from mention to resolved case.", no_args_is_help=True)
channels_app = typer.Typer(help="Connected brand accounts.", no_args_is_help=True)
cases_app = typer.Typer(help="Customer cases.", no_args_is_help=True)
quarantine_app = typer.Typer(help="Input that could not be ingested.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
app.add_typer(channels_app, name="channels")
app.add_typer(cases_app, name="cases")
app.add_typer(quarantine_app, name="quarantine")
app.add_typer(audit_app, name="audit")
triage_cmds.register(app)
respond_cmds.register(app)
playbook_cmds.register(app)


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    """One line per row: the short columns keep their full width, the last (free text) is cut to fit."""
    table = Table()
    used = 1
    for i, name in enumerate(columns[:-1]):
        width = max([len(name), *(len(row[i]) for row in rows)])
        table.add_column(name, no_wrap=True)
        used += width + 3  # padding and border
    table.add_column(columns[-1], no_wrap=True, overflow="ellipsis", max_width=max(20, console.width - used - 4))
    for row in rows:
        table.add_row(*row)
    return table


@app.callback()
def _main() -> None:
    logging.basicConfig(level=get_settings().log_level, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def init() -> None:
    """Create the data directory and secret key, and bring the database schema up to date."""
    db = _db()
    load_key(db.settings, create=True)
    upgrade(db.engine)
    with db.session() as session:
        seeded = seed_playbooks(session, actor=_actor())
    console.print(f"database ready: {db.engine.url.render_as_string(hide_password=True)}")
    if seeded:
        console.print(f"{seeded} built-in playbooks stored; edit them with `amends playbooks`")


@channels_app.command("add")
def channels_add(
    slug: Annotated[str, typer.Option(help="Short name used in URLs, e.g. brand-x")],
    platform: Annotated[str, typer.Option(help="x, facebook, instagram, reddit, mastodon, bluesky, ...")],
    account_ref: Annotated[str, typer.Option(help="The brand account's id on the platform")],
    name: Annotated[str, typer.Option(help="Human name shown in the inbox")],
    handle: Annotated[list[str] | None, typer.Option(help="The brand's own handle (repeatable)")] = None,
    author_id: Annotated[list[str] | None, typer.Option(help="The brand's own author id (repeatable)")] = None,
    webhook: Annotated[bool, typer.Option(help="Generate a Standard Webhooks secret")] = False,
    connector: Annotated[str | None, typer.Option(help="How replies are sent: webhook or demo")] = None,
    outbound_url: Annotated[str | None, typer.Option(help="Where the webhook connector POSTs replies")] = None,
) -> None:
    """Connect a brand account. With --webhook the secret is printed once and stored encrypted."""
    db = _db()
    key = load_key(db.settings, create=True)
    secret = channel_service.new_webhook_secret() if webhook else None
    try:
        with db.session() as session:
            channel = channel_service.create_channel(
                session,
                actor=_actor(),
                key=key,
                slug=slug,
                platform=platform,
                account_ref=account_ref,
                name=name,
                brand_handles=handle,
                brand_author_ids=author_id,
                webhook_secret=secret,
                connector=connector,
                outbound_url=outbound_url,
            )
    except channel_service.ChannelError as exc:
        raise _fail(str(exc)) from None
    console.print(f"channel {channel.slug} added")
    if secret:
        console.print(f"webhook URL: /api/v1/webhooks/{channel.slug}")
        console.print(f"webhook secret (shown once): {secret}")


@channels_app.command("list")
def channels_list() -> None:
    """List connected channels."""
    with _db().session() as session:
        rows = channel_service.list_channels(session)
    table = Table("slug", "platform", "account", "name", "brand handles", "webhook")
    for c in rows:
        table.add_row(
            c.slug,
            c.platform,
            c.account_ref,
            c.name,
            ", ".join(c.brand_handles),
            "yes" if c.webhook_secret_enc else "no",
        )
    console.print(table)


def _print_report(report: ImportReport) -> None:
    s = report.summary
    if report.channels_created:
        console.print(f"channels created: {', '.join(report.channels_created)}")
    console.print(
        f"imported {s.created} mention(s) into {s.cases_opened} new case(s), {s.replies} brand repl(ies); "
        f"{s.duplicates} duplicate(s) skipped; {s.edited} edit(s), {s.deleted} deletion(s) recorded; "
        f"{len(s.quarantined)} quarantined"
    )
    for q in s.quarantined:
        console.print(
            f"  [yellow]quarantined #{q.id}[/yellow] {q.location or ''}: {q.reason}",
            markup=True,
            highlight=False,
        )


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="File to import")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or twcs")] = "jsonl",
    channel: Annotated[str | None, typer.Option(help="TWCS: put every tweet on this X channel")] = None,
    create_channels: Annotated[bool, typer.Option(help="TWCS: create an X channel per brand found")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
) -> None:
    """Import mentions from a file. Bad rows are quarantined with their line and reason."""
    db = _db()
    with Progress(
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=json_output,
    ) as bar:
        task = bar.add_task("import", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        try:
            report = import_file(
                db,
                path,
                fmt=format,
                channel_slug=channel,
                create_channels=create_channels,
                actor=_actor(),
                progress=progress,
            )
        except (ImportFailed, SecretKeyError) as exc:
            raise _fail(str(exc)) from None
    if json_output:
        console.print_json(json.dumps({**report.summary.as_dict(), "channels_created": report.channels_created}))
    else:
        _print_report(report)


@app.command()
def stats(json_output: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False) -> None:
    """Counts of mentions, cases, authors, replies, quarantined items and audit events."""
    with _db().session() as session:
        result = counts(session)
    if json_output:
        typer.echo(json.dumps(result, sort_keys=True))
        return
    table = Table("what", "count")
    for k, v in result.items():
        table.add_row(k, str(v))
    console.print(table)


@cases_app.command("list")
def cases_list(
    status: Annotated[str | None, typer.Option(help="open or closed")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    order: Annotated[str, typer.Option(help="priority (most urgent first) or activity (newest first)")] = "priority",
) -> None:
    """Cases, most urgent first (triage priority), or newest activity first."""
    if order not in case_repo.ORDERS:
        raise _fail(f"unknown order {order!r}; use one of {', '.join(case_repo.ORDERS)}")
    with _db().session() as session:
        cases = case_repo.list_cases(session, status=status, limit=limit, order=order)
        rows = [
            [
                str(c.id),
                c.status,
                str(c.priority),
                (c.action or "-") + (f"→{c.pathway}" if c.pathway and c.action == "escalate" else ""),
                c.channel.slug,
                ((c.author.display_name or c.author.handle) if c.author else None) or "-",
                str(len(c.mentions)),
                str(len(c.replies)),
                c.last_activity_at.strftime("%m-%d %H:%M"),
                c.subject,
            ]
            for c in cases
        ]
    table = _table(
        [
            "id",
            "status",
            "priority",
            "action",
            "channel",
            "customer",
            "mentions",
            "replies",
            "last activity",
            "subject",
        ],
        rows,
    )
    console.print(table)


@cases_app.command("show")
def cases_show(case_id: int) -> None:
    """One case with its mentions and replies in order."""
    with _db().session() as session:
        case = case_repo.get_case(session, case_id)
        if case is None:
            raise _fail(f"no case {case_id}")
        console.print(
            f"[bold]case #{case.id}[/bold] {case.status} ({case.stage.replace('_', ' ')}) on {case.channel.slug}: "
            f"{case.subject}"
        )
        console.print(
            f"opened {case.opened_at:%Y-%m-%d %H:%M}, first response "
            f"{case.first_response_at.strftime('%Y-%m-%d %H:%M') if case.first_response_at else 'none yet'}"
        )
        hold = " [red]LEGAL HOLD: no public reply until legal clears it[/red]" if case.legal_hold else ""
        if not case.legal_hold and case.hold_released_at is not None:
            hold = f" (legal hold released by {case.hold_released_by}: {case.hold_release_note})"
        console.print(
            f"triage: priority {case.priority}, action {case.action or '-'}"
            + (f" → {case.pathway}" if case.pathway else "")
            + f", {case.kind or '-'}, severity {case.severity}, topic {case.topic or '-'}"
            + (", personal data exposed" if case.pii_exposed else "")
            + hold
        )
        assessments = case_repo.assessments(session, [m.id for m in case.mentions])
        for _kind, item in case_repo.timeline(case):
            if isinstance(item, Mention):
                snap = item.author_snapshot
                who = "@" + snap["handle"] if snap.get("handle") else snap.get("display_name") or "unknown author"
                flags = (" (edited)" if item.edited_at else "") + (" (deleted)" if item.deleted_at else "")
                console.print(f"  {item.created_at:%m-%d %H:%M} {who}{flags}: {item.current_text}", highlight=False)
                a = assessments.get(item.id)
                if a is not None:
                    console.print(
                        f"      [dim]{a.kind}, severity {a.severity}, {a.sentiment}, priority {a.priority}, "
                        f"{a.action}{', troll' if a.troll else ''}{', legal risk' if a.legal_risk else ''}"
                        f"{', personal data' if a.pii_exposed else ''}[/dim]"
                    )
            else:
                console.print(f"  {item.sent_at:%m-%d %H:%M} [blue]brand[/blue]: {item.text}", highlight=False)
        for d in respond_repo.drafts_for_case(session, case.id):
            codes = ", ".join(f"{f['code']} ({f['level']})" for f in d.findings) or "no findings"
            console.print(f"  draft #{d.id} {d.status} {d.visibility} {d.purpose}: {codes}", highlight=False)


@cases_app.command("close")
def cases_close(case_id: int, reason: Annotated[str, typer.Option(help="Why the case is done")]) -> None:
    """Close a case (recorded in the audit trail with the reason)."""
    _transition(case_id, reason, case_service.close_case)


@cases_app.command("reopen")
def cases_reopen(case_id: int, reason: Annotated[str, typer.Option(help="Why it needs more work")]) -> None:
    """Reopen a closed case."""
    _transition(case_id, reason, case_service.reopen_case)


def _transition(case_id: int, reason: str, fn: case_service.Transition) -> None:
    try:
        with _db().session() as session:
            case = case_repo.get_case(session, case_id)
            if case is None:
                raise _fail(f"no case {case_id}")
            fn(session, case, actor=_actor(), reason=reason)
    except case_service.TransitionRefused as exc:
        raise _fail(str(exc)) from None
    console.print(f"case {case_id} is now {case.status}")


@quarantine_app.command("list")
def quarantine_list(
    all_: Annotated[bool, typer.Option("--all", help="Include replayed items")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 100,
) -> None:
    """Quarantined input, newest first, with where it came from and why it was refused."""
    with _db().session() as session:
        items = quarantine_service.list_quarantine(session, status=None if all_ else "pending", limit=limit)
    rows = [
        [
            str(q.id),
            q.status + ("" if q.replayable else " (inspect only)"),
            q.source,
            q.source_ref,
            q.location or "-",
            q.reason,
        ]
        for q in items
    ]
    table = _table(["id", "status", "source", "from", "where", "reason"], rows)
    console.print(table)


@quarantine_app.command("show")
def quarantine_show(item_id: int) -> None:
    """Print a quarantined payload exactly as received (invalid bytes shown escaped)."""
    with _db().session() as session:
        row = quarantine_service.get_quarantined(session, item_id)
        if row is None:
            raise _fail(f"no quarantined item {item_id}")
        console.print(
            f"#{row.id} {row.status} from {row.source} {row.source_ref} {row.location or ''}", highlight=False
        )
        console.print(f"reason: {row.reason}", highlight=False)
        typer.echo(row.payload.decode("utf-8", "backslashreplace"))


@quarantine_app.command("replay")
def quarantine_replay(
    item_id: int,
    payload: Annotated[Path | None, typer.Option(help="Replay this corrected payload instead")] = None,
) -> None:
    """Ingest a quarantined item again, after fixing its cause (a missing channel, a bad field)."""
    db = _db()
    data = payload.read_bytes().rstrip(b"\r\n") if payload else None
    try:
        with db.session() as session:
            outcome = quarantine_service.replay(session, db.settings, item_id, actor=_actor(), payload=data)
    except quarantine_service.ReplayRefused as exc:
        raise _fail(str(exc)) from None
    if not outcome.ok:
        raise _fail(f"replay failed, item kept: {outcome.message}", code=1)
    console.print(f"replayed #{item_id}: {outcome.message}", highlight=False)


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute the audit hash chain and report the first broken link."""
    with _db().session() as session:
        report = verify_chain(session)
    if report.ok:
        console.print(f"audit chain intact: {report.checked} events verified")
        return
    raise _fail(
        f"audit chain broken at event {report.broken_at}: {report.problem} "
        f"({report.checked} events verified before it)",
        code=1,
    )


@app.command()
def demo(
    seed: Annotated[int, typer.Option(help="Seed for the generator")] = 7,
    count: Annotated[int, typer.Option(min=10, max=100_000, help="About how many customer mentions")] = 120,
) -> None:
    """Set up demo channels and load a seeded stream of mentions (safe to run again)."""
    from amends.demo.service import load_demo

    db = _db()
    load_key(db.settings, create=True)
    upgrade(db.engine)
    anchor = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    result = load_demo(db, seed=seed, anchor=anchor, count=count, actor=_actor())
    if result.already_loaded:
        console.print("demo data is already loaded; start from an empty AMENDS_DATA_DIR to load it afresh")
        return
    for slug, secret in result.webhook_secrets.items():
        console.print(f"channel {slug}: webhook secret {secret}", highlight=False)
    assert result.report is not None
    _print_report(result.report)
    console.print(
        "care team: sam (agent, level 1: drafts need approval), alex (supervisor), lee (legal); "
        "try `amends draft CASE --as sam`"
    )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (default AMENDS_HOST, 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default AMENDS_PORT, 8000)")] = None,
    allow_remote: Annotated[
        bool, typer.Option(help="Allow a non-loopback address although the inbox has no sign-in yet")
    ] = False,
) -> None:
    """Run the web inbox, the REST API, the webhook receiver and the outbox sender."""
    import uvicorn

    from amends.web.app import create_app

    settings = get_settings()
    bind = host or settings.host
    if not allow_remote and not _is_loopback(bind):
        raise _fail(
            f"{bind} is not a loopback address: the inbox has no sign-in yet, so it would show "
            "customer data to anyone who can reach it; pass --allow-remote to do it anyway"
        )
    load_key(settings, create=True)
    db = Database(settings)
    upgrade(db.engine)
    uvicorn.run(
        create_app(settings, db, outbox_worker=True),
        host=bind,
        port=port or settings.port,
        log_level=settings.log_level.lower(),
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
