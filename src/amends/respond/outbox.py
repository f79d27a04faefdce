"""Sending: the outbox worker executes queued commands through each channel's connector.

Exactly-once effect over at-least-once delivery (DESIGN.md §7): the idempotency key was stored with
the item before any call. An attempt first takes a lease (attempts + 1, next try after the lease) and
commits; only then is the platform called with that key. If the process dies between the call and
recording the result, the lease runs out and a later attempt sends the same key, which the platform
(or our webhook receiver) deduplicates, so the customer sees one reply. The platform's id of our reply
is stored on a Reply row, so when the reply echoes back in through ingest it is recognised, not stored
as a new mention.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.cases import service as case_service
from amends.channels.connector import (
    CommandKind,
    CommandResult,
    Connector,
    ConnectorError,
    OutboundCommand,
    PermanentError,
    TransientError,
    backoff_seconds,
)
from amends.channels.demo_connector import DemoConnector
from amends.channels.service import webhook_secret
from amends.channels.webhook_connector import WebhookConnector
from amends.config import Settings
from amends.db import Database
from amends.kit.crypto import load_key
from amends.kit.time import utcnow
from amends.models import (
    Author,
    Case,
    CaseStage,
    Channel,
    Draft,
    DraftStatus,
    Mention,
    OutboxItem,
    OutboxStatus,
    Reply,
)
from amends.respond import repository
from amends.respond.settings import respond_settings

log = logging.getLogger(__name__)

SYSTEM_ACTOR = "system:outbox"
# Purposes after which the customer owes us an answer: the case waits on them.
_ASKS_CUSTOMER = {"first_response", "follow_up", "second_comment", "move_private"}

ConnectorFactory = Callable[[Channel], Connector]


@dataclass(slots=True)
class DispatchReport:
    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def enqueue(
    session: Session,
    *,
    command: CommandKind,
    case_id: int,
    channel_id: int,
    actor: str,
    draft_id: int | None = None,
    mention_id: int | None = None,
    text: str | None = None,
    reason: str | None = None,
) -> OutboxItem:
    """A new outbox row, due now, with a fresh idempotency key: written before any platform call."""
    now = utcnow()
    item = OutboxItem(
        idempotency_key=secrets.token_hex(16),
        command=command.value,
        case_id=case_id,
        channel_id=channel_id,
        draft_id=draft_id,
        mention_id=mention_id,
        text=text,
        reason=reason,
        status=OutboxStatus.PENDING.value,
        attempts=0,
        next_attempt_at=now,
        created_by=actor,
        created_at=now,
    )
    session.add(item)
    session.flush()
    return item


def connector_factory(settings: Settings) -> ConnectorFactory:
    """Connectors by each channel's `connector` setting: the demo platform, or a signed webhook."""
    demo = DemoConnector(settings.data_dir / "demo-platform" / "sent.jsonl")
    key: list[bytes] = []

    def make(channel: Channel) -> Connector:
        if channel.connector == "demo":
            return demo
        if channel.connector == "webhook":
            if not channel.outbound_url:
                raise PermanentError(f"channel {channel.slug} has the webhook connector but no outbound URL")
            if not key:
                key.append(load_key(settings))
            return WebhookConnector(channel.outbound_url, webhook_secret(channel, key[0]))
        raise PermanentError(f"channel {channel.slug} has no outbound connector")

    return make


def dispatch_due(
    db: Database, connectors: ConnectorFactory, *, now: datetime | None = None, limit: int = 50
) -> DispatchReport:
    """Attempt every due outbox item once; returns which were sent, will be retried, or failed for good."""
    report = DispatchReport()
    now = now or utcnow()
    with db.session() as session, session.begin():
        settings = respond_settings(session)
        leased: list[tuple[int, OutboundCommand | None, Connector | ConnectorError]] = []
        for item in repository.claim_due(session, now, limit):
            item.attempts += 1
            item.next_attempt_at = now + timedelta(seconds=settings.lease_seconds)
            channel = session.get(Channel, item.channel_id)
            assert channel is not None
            connector: Connector | ConnectorError
            command: OutboundCommand | None = None
            try:
                command = _command(session, item, channel)
                connector = connectors(channel)
            except ConnectorError as exc:  # misconfigured channel: nothing to retry until someone fixes it
                connector = exc
            except ValueError as exc:  # a command the platform could not take (no post to answer, ...)
                connector = PermanentError(f"cannot build the command: {exc}")
            leased.append((item.id, command, connector))
        max_attempts = settings.max_attempts
    # The lease is committed: platform calls happen outside any transaction.
    for item_id, command, connector in leased:
        try:
            if isinstance(connector, ConnectorError):
                raise connector
            assert command is not None
            result = connector.execute(command)
        except TransientError as exc:
            _record_failure(db, item_id, exc, now=now, max_attempts=max_attempts, report=report)
        except ConnectorError as exc:
            _record_failure(db, item_id, exc, now=now, max_attempts=0, report=report)
        else:
            _record_sent(db, item_id, result)
            report.sent.append(item_id)
    return report


def _command(session: Session, item: OutboxItem, channel: Channel) -> OutboundCommand:
    target = session.get(Mention, item.mention_id) if item.mention_id is not None else None
    recipient = None
    if target is not None and target.author_id is not None:
        author = session.get(Author, target.author_id)
        recipient = author.native_key if author is not None else None
    return OutboundCommand(
        idempotency_key=item.idempotency_key,
        kind=CommandKind(item.command),
        channel_slug=channel.slug,
        platform=channel.platform,
        account_ref=channel.account_ref,
        text=item.text,
        target_native_id=target.native_id if target is not None else None,
        recipient_native_id=recipient,
        case_ref=str(item.case_id),
    )


def _record_sent(db: Database, item_id: int, result: CommandResult) -> None:
    with db.session() as session, session.begin():
        item = session.get(OutboxItem, item_id)
        if item is None or item.status == OutboxStatus.SENT.value:
            return  # another worker recorded it after a lease ran out: the platform deduplicated the call
        now = utcnow()
        item.status, item.platform_id, item.sent_at, item.last_error = (
            OutboxStatus.SENT.value,
            result.platform_id,
            now,
            None,
        )
        case = session.get(Case, item.case_id)
        assert case is not None
        audit = AuditLog(session)
        if item.command == CommandKind.HIDE.value:
            mention = session.get(Mention, item.mention_id) if item.mention_id is not None else None
            if mention is not None:
                mention.is_hidden = True
            audit.record(
                actor=SYSTEM_ACTOR,
                action="mention.hidden",
                subject_type="mention",
                subject_id=item.mention_id,
                case_id=case.id,
                after={"outbox_id": item.id},
                reason=item.reason,
            )
            return
        reply = _store_reply(session, item, result, now)
        draft = session.get(Draft, item.draft_id) if item.draft_id is not None else None
        if draft is not None:
            draft.status, draft.reply_id, draft.updated_at = DraftStatus.SENT.value, reply.id, now
        audit.record(
            actor=SYSTEM_ACTOR,
            action="reply.sent",
            subject_type="reply",
            subject_id=reply.id,
            case_id=case.id,
            after={
                "outbox_id": item.id,
                "platform_id": result.platform_id,
                "draft_id": item.draft_id,
                "attempts": item.attempts,
            },
            reason=f"{item.command} accepted by the platform",
        )
        _advance_case(session, case, item, draft)


def _store_reply(session: Session, item: OutboxItem, result: CommandResult, now: datetime) -> Reply:
    """The sent reply, keyed by the platform's id; if its echo was ingested first, that row is reused."""
    if result.platform_id:
        existing = session.scalars(
            select(Reply).where(Reply.channel_id == item.channel_id, Reply.native_id == result.platform_id)
        ).first()
        if existing is not None:
            return existing
    channel = session.get(Channel, item.channel_id)
    reply = Reply(
        case_id=item.case_id,
        channel_id=item.channel_id,
        in_reply_to_mention_id=item.mention_id,
        native_id=result.platform_id,
        kind=item.command,
        author_handle=(channel.brand_handles[0] if channel is not None and channel.brand_handles else None),
        text=item.text or "",
        sent_at=now,
        source="amends",
        raw=result.raw,
        recorded_at=now,
    )
    session.add(reply)
    session.flush()
    return reply


def _advance_case(session: Session, case: Case, item: OutboxItem, draft: Draft | None) -> None:
    """Named case transitions that follow from what was sent."""
    purpose = draft.purpose if draft is not None else "response"
    if item.command == CommandKind.PRIVATE_MESSAGE.value:
        case_service.move_private(session, case, actor=SYSTEM_ACTOR, reason="a private message was sent")
        return
    if case.first_response_at is None or case.stage in {CaseStage.NEW.value, CaseStage.CUSTOMER_REPLIED.value}:
        case_service.acknowledge(session, case, actor=SYSTEM_ACTOR, reason="public response sent")
    if purpose in _ASKS_CUSTOMER:
        case_service.await_customer(
            session, case, actor=SYSTEM_ACTOR, reason=f"{purpose} sent; waiting on the customer"
        )


def _record_failure(
    db: Database, item_id: int, exc: ConnectorError, *, now: datetime, max_attempts: int, report: DispatchReport
) -> None:
    with db.session() as session, session.begin():
        item = session.get(OutboxItem, item_id)
        if item is None or item.status != OutboxStatus.PENDING.value:
            return
        item.last_error = str(exc)[:500]
        if isinstance(exc, TransientError) and item.attempts < max_attempts:
            delay = backoff_seconds(item.attempts, retry_after=exc.retry_after)
            item.next_attempt_at = now + timedelta(seconds=delay)
            report.retrying.append(item_id)
            log.info("outbox %s: transient error, retry %s in %.0fs", item_id, item.attempts + 1, delay)
            return
        item.status = OutboxStatus.FAILED.value
        draft = session.get(Draft, item.draft_id) if item.draft_id is not None else None
        if draft is not None:
            draft.status, draft.updated_at = DraftStatus.FAILED.value, utcnow()
        kind = "given up after retries" if isinstance(exc, TransientError) else "refused"
        AuditLog(session).record(
            actor=SYSTEM_ACTOR,
            action="send.failed",
            subject_type="outbox",
            subject_id=item.id,
            case_id=item.case_id,
            after={"attempts": item.attempts, "error": item.last_error},
            reason=f"{item.command} {kind}",
        )
        report.failed.append(item_id)
        log.warning("outbox %s failed for good after %s attempts", item_id, item.attempts)


class OutboxWorker:
    """The embedded mode's sender: a thread in the `amends serve` process that drains the outbox."""

    def __init__(self, db: Database, connectors: ConnectorFactory, *, interval: float = 2.0) -> None:
        self.db, self.connectors, self.interval = db, connectors, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="amends-outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                dispatch_due(self.db, self.connectors)
            except Exception:  # a database hiccup must not kill the sender; the next round retries
                log.exception("outbox round failed")
            self._stop.wait(self.interval)
