"""`amends draft`, `check-reply`, `send`, `approve`, `hold`, `hide`, `outbox`, `users`: the respond commands.

Commands that act as a care-team member take `--as HANDLE` (or AMENDS_USER); the user's roles decide
what is allowed. Refusals by the care protocol are recorded in the audit trail and exit with status 3.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from sqlalchemy.orm import Session

from amends.accounts import service as accounts
from amends.cli.common import actor, console, db, err, fail
from amends.config import get_settings
from amends.models import Case, Draft, Mention, User
from amends.respond import repository as respond_repo
from amends.respond import service as respond
from amends.respond.checker import CheckResult, check_reply
from amends.respond.context import Fault, Purpose, Visibility
from amends.respond.hide import HideReason, hide_mention
from amends.respond.llm import LLMSettings
from amends.respond.outbox import DispatchReport, connector_factory, dispatch_due
from amends.respond.settings import checker_settings

users_app = typer.Typer(help="Care-team members and their roles.", no_args_is_help=True)
hold_app = typer.Typer(help="Legal hold on cases.", no_args_is_help=True)
outbox_app = typer.Typer(help="Replies and hides waiting to be sent.", no_args_is_help=True)

AsUser = Annotated[str | None, typer.Option("--as", help="Acting user's handle (default: $AMENDS_USER)")]
PurposeOpt = Annotated[Purpose, typer.Option(help="What the reply is for")]
FaultOpt = Annotated[Fault, typer.Option("--at-fault", help="Who is at fault, if the agent knows")]
PrivateOpt = Annotated[bool, typer.Option("--private", help="A private message rather than a public reply")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON")]
REFUSED_EXIT = 3


def _user(session: Session, handle: str | None) -> User:
    handle = handle or os.environ.get("AMENDS_USER")
    if not handle:
        raise fail("say who is acting: --as HANDLE or AMENDS_USER (users are added with `amends users add`)")
    try:
        return accounts.get_user(session, handle)
    except accounts.AccountError as exc:
        raise fail(str(exc)) from None


@contextmanager
def _acting(as_user: str | None) -> Iterator[tuple[Session, User]]:
    """One unit of work as a named user. A refusal is audited inside it, so the session still commits;
    the command then reports it and exits with status 3. Other errors roll back and exit with status 2."""
    refused: respond.Refused | None = None
    with db().session() as session, session.begin():
        user = _user(session, as_user)
        try:
            yield session, user
        except respond.Refused as exc:
            refused = exc
        except (respond.RespondError, accounts.PermissionDenied) as exc:
            raise fail(str(exc)) from None
    if refused is not None:
        err.print(f"[red]refused:[/red] {refused}")
        raise typer.Exit(REFUSED_EXIT)


def _case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise fail(f"no case {case_id}")
    return case


def _print_findings(result: CheckResult | Draft) -> None:
    findings = [f.to_dict() for f in result.findings] if isinstance(result, CheckResult) else result.findings
    if not findings:
        console.print("[green]checks passed: no findings[/green]")
    for f in findings:
        colour = "red" if f["level"] == "blocking" else "yellow"
        where = f' at {f["start"]}–{f["end"]} "{f.get("excerpt") or ""}"' if f.get("start") is not None else ""
        console.print(f"[{colour}]{f['level']}[/{colour}] {f['code']}{where}: {f['message']}", highlight=False)


def _draft_json(d: Draft) -> dict[str, Any]:
    return {
        "id": d.id,
        "case_id": d.case_id,
        "status": d.status,
        "visibility": d.visibility,
        "purpose": d.purpose,
        "at_fault": d.at_fault,
        "source": d.source,
        "playbook": d.playbook_key,
        "text": d.text,
        "findings": d.findings,
        "author": d.author,
        "decided_by": d.decided_by,
        "decision_reason": d.decision_reason,
    }


def _show_draft(d: Draft, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(_draft_json(d), ensure_ascii=False, indent=2))
        return
    console.print(
        f"[bold]draft #{d.id}[/bold] on case {d.case_id}: {d.status} ({d.visibility} {d.purpose}, {d.source})"
    )
    console.print(d.text, highlight=False)
    _print_findings(d)


# ---------------------------------------------------------------- drafting and checking
def draft(
    case_id: int,
    purpose: PurposeOpt = Purpose.RESPONSE,
    private: PrivateOpt = False,
    at_fault: FaultOpt = Fault.UNKNOWN,
    text: Annotated[str | None, typer.Option(help="Your own text instead of the composer's")] = None,
    llm: Annotated[bool, typer.Option("--llm", help="Draft with the configured OpenAI-compatible model")] = False,
    as_user: AsUser = None,
    as_json: JsonOpt = False,
) -> None:
    """Write a draft reply for a case (composed from its playbook unless --text is given) and check it."""
    visibility = Visibility.PRIVATE if private else Visibility.PUBLIC
    llm_settings = None
    if llm:
        conf = get_settings()
        if not conf.llm_base_url or not conf.llm_model:
            raise fail("no language model configured: set AMENDS_LLM_BASE_URL and AMENDS_LLM_MODEL")
        llm_settings = LLMSettings(base_url=conf.llm_base_url, model=conf.llm_model, api_key=conf.llm_api_key)
    with _acting(as_user) as (session, user):
        case = _case(session, case_id)
        if text is not None:
            d = respond.write_draft(
                session, case, text, user=user, purpose=purpose, visibility=visibility, at_fault=at_fault
            )
        else:
            d = respond.compose_draft(
                session, case, user=user, purpose=purpose, visibility=visibility, at_fault=at_fault, llm=llm_settings
            )
    _show_draft(d, as_json)


def check_reply_cmd(
    text: Annotated[str, typer.Argument(help="The reply to check")],
    case_id: Annotated[int | None, typer.Option("--case", help="Check against this case")] = None,
    mention_text: Annotated[str | None, typer.Option(help="Without a case: the customer's post")] = None,
    platform: Annotated[str, typer.Option(help="Without a case: the platform (x, facebook, ...)")] = "x",
    purpose: PurposeOpt = Purpose.RESPONSE,
    private: PrivateOpt = False,
    at_fault: FaultOpt = Fault.UNKNOWN,
    as_user: AsUser = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a reply against the care protocol. Exit status 1 when a finding blocks sending."""
    visibility = Visibility.PRIVATE if private else Visibility.PUBLIC
    if case_id is None and mention_text is None:
        raise fail("give --case CASE_ID, or --mention-text with the customer's post")
    with db().session() as session:
        user = _user(session, as_user) if (as_user or os.environ.get("AMENDS_USER")) else None
        if case_id is not None:
            ctx = respond.reply_context(
                session, _case(session, case_id), visibility=visibility, purpose=purpose, user=user, at_fault=at_fault
            )
        else:
            assert mention_text is not None
            ctx = respond.standalone_context(
                session,
                mention_text,
                platform=platform,
                visibility=visibility,
                purpose=purpose,
                user=user,
                at_fault=at_fault,
            )
        result = check_reply(text, ctx, checker_settings(session))
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_findings(result)
    if result.blocking:
        raise typer.Exit(1)


# ---------------------------------------------------------------- approval and sending
def send(
    draft_id: int,
    as_user: AsUser = None,
    queue_only: Annotated[bool, typer.Option("--queue-only", help="Queue it; let the worker send it")] = False,
) -> None:
    """Send a draft: submit it (a supervisor may have to approve it first), queue it, and try to send it now."""
    with _acting(as_user) as (session, user):
        d = _get_draft(session, draft_id)
        if d.status == "draft":
            respond.submit_draft(session, d, user=user)
        if d.status == "approved":
            respond.queue_draft(session, d, user=user)
        status = d.status
    if status == "pending_approval":
        console.print(f"draft {draft_id} is waiting for a supervisor's approval (`amends approve {draft_id}`)")
        return
    console.print(f"draft {draft_id} queued")
    if not queue_only:
        _report(_dispatch())


def approve(
    draft_id: int,
    reason: Annotated[str, typer.Option(help="Why it is approved or rejected")],
    reject: Annotated[bool, typer.Option("--reject", help="Send it back to the agent instead")] = False,
    as_user: AsUser = None,
) -> None:
    """Approve (and send) or reject a draft waiting for approval. Needs the supervisor role."""
    with _acting(as_user) as (session, user):
        d = _get_draft(session, draft_id)
        if reject:
            respond.reject_draft(session, d, user=user, reason=reason)
        else:
            respond.approve_draft(session, d, user=user, reason=reason)
            respond.queue_draft(session, d, user=user)
    console.print(f"draft {draft_id} {'rejected' if reject else 'approved and queued'}")
    if not reject:
        _report(_dispatch())


def _get_draft(session: Session, draft_id: int) -> Draft:
    try:
        return respond.get_draft(session, draft_id)
    except respond.RespondError as exc:
        raise fail(str(exc)) from None


def _dispatch() -> DispatchReport:
    database = db()
    return dispatch_due(database, connector_factory(database.settings))


def _report(report: DispatchReport) -> None:
    for item in report.sent:
        console.print(f"outbox {item}: sent")
    for item in report.retrying:
        console.print(f"outbox {item}: [yellow]platform unavailable, will retry[/yellow] (`amends outbox run`)")
    for item in report.failed:
        console.print(f"outbox {item}: [red]failed[/red] (`amends outbox list` shows why)")


@outbox_app.command("run")
def outbox_run(
    loop: Annotated[bool, typer.Option("--loop", help="Keep running, polling every --interval seconds")] = False,
    interval: Annotated[float, typer.Option(min=0.2)] = 2.0,
) -> None:
    """Send what is due in the outbox (retries included)."""
    while True:
        _report(_dispatch())
        if not loop:
            return
        time.sleep(interval)


@outbox_app.command("list")
def outbox_list(case_id: Annotated[int, typer.Option("--case")]) -> None:
    """The outbox items of a case with their state, attempts and last error."""
    with db().session() as session:
        for o in respond_repo.outbox_for_case(session, case_id):
            console.print(
                f"#{o.id} {o.command} {o.status} attempts {o.attempts} key {o.idempotency_key}"
                + (f" platform id {o.platform_id}" if o.platform_id else "")
                + (f" last error: {o.last_error}" if o.last_error else ""),
                highlight=False,
            )


# ---------------------------------------------------------------- legal hold and hiding
@hold_app.command("release")
def hold_release(
    case_id: int, note: Annotated[str, typer.Option(help="What legal cleared")], as_user: AsUser = None
) -> None:
    """Release a case's legal hold. Needs the legal role; refused attempts are audited."""
    with _acting(as_user) as (session, user):
        respond.release_hold(session, _case(session, case_id), user=user, note=note)
    console.print(f"legal hold on case {case_id} released")


def hide(
    mention_id: int,
    reason: Annotated[HideReason, typer.Option(help="abuse, spam, or own_pii (the customer's own data)")],
    note: Annotated[str, typer.Option(help="Why, in words")],
    as_user: AsUser = None,
) -> None:
    """Hide a post on its platform: only abuse, spam or the customer's own exposed data; never criticism."""
    with _acting(as_user) as (session, user):
        mention = session.get(Mention, mention_id)
        if mention is None:
            raise fail(f"no mention {mention_id}")
        hide_mention(session, mention, user=user, reason=reason, note=note)
    console.print(f"hide of mention {mention_id} queued")
    _report(_dispatch())


# ---------------------------------------------------------------- users
@users_app.command("add")
def users_add(
    handle: str,
    name: Annotated[str, typer.Option(help="Full name, used in sign-offs")],
    role: Annotated[list[str], typer.Option("--role", help="agent, supervisor, legal, admin (repeatable)")],
    level: Annotated[int, typer.Option(help="Agent level 1–5; below the approval level, drafts need approval")] = 1,
    refund_limit: Annotated[float | None, typer.Option(help="Most this user may offer as refund or credit")] = None,
) -> None:
    """Add a care-team member."""
    try:
        with db().session() as session, session.begin():
            accounts.add_user(
                session, actor=actor(), handle=handle, name=name, roles=role, level=level, refund_limit=refund_limit
            )
    except accounts.AccountError as exc:
        raise fail(str(exc)) from None
    console.print(f"user {handle} added")


@users_app.command("list")
def users_list() -> None:
    with db().session() as session:
        for u in accounts.list_users(session):
            limit = "no money" if u.refund_limit is None else f"refunds up to {u.refund_limit:g}"
            console.print(
                f"{u.handle}: {u.name}, {', '.join(u.roles)}, level {u.level}, {limit}"
                + ("" if u.active else " (inactive)")
            )


def register(app: typer.Typer) -> None:
    app.command("draft")(draft)
    app.command("check-reply")(check_reply_cmd)
    app.command("send")(send)
    app.command("approve")(approve)
    app.command("hide")(hide)
    app.add_typer(hold_app, name="hold")
    app.add_typer(outbox_app, name="outbox")
    app.add_typer(users_app, name="users")
