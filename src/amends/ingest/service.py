"""Ingest: normalised mentions → dedupe → thread → author → case, with an audit event for each step.

One call handles a chunk of items inside the caller's transaction. The single-mention path (a
webhook delivery) is a chunk of one, so both paths follow exactly the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from amends.audit.service import AuditLog
from amends.config import Settings
from amends.ingest import repository
from amends.ingest.schemas import MentionIn, Visibility
from amends.kit.time import utcnow
from amends.models import (
    Author,
    AuthorRevision,
    Case,
    CaseStatus,
    Channel,
    Mention,
    MentionRevision,
    Quarantine,
    Reply,
)

SYSTEM_ACTOR = "system:ingest"
SUBJECT_MAX = 200


@dataclass(frozen=True)
class Origin:
    """Where an item came from, kept with it if it has to be quarantined."""

    source: str  # import:jsonl | import:twcs | webhook
    source_ref: str
    location: str | None
    payload: bytes
    payload_format: str  # json | twcs-row
    channel_slug: str | None = None
    replayable: bool = True


@dataclass(frozen=True)
class Incoming:
    mention: MentionIn
    record: dict[str, Any]
    origin: Origin
    # Set where the source says outright who wrote it (TWCS's `inbound` column); otherwise the
    # channel's brand identities decide.
    outbound: bool | None = None


@dataclass(frozen=True)
class Rejection:
    origin: Origin
    reason: str


@dataclass(frozen=True)
class QuarantineNote:
    id: int
    location: str | None
    reason: str


@dataclass
class IngestSummary:
    created: int = 0
    duplicates: int = 0
    edited: int = 0
    deleted: int = 0
    replies: int = 0
    cases_opened: int = 0
    quarantined: list[QuarantineNote] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)

    def add(self, other: IngestSummary) -> None:
        self.created += other.created
        self.duplicates += other.duplicates
        self.edited += other.edited
        self.deleted += other.deleted
        self.replies += other.replies
        self.cases_opened += other.cases_opened
        self.quarantined.extend(other.quarantined)
        self.mention_ids.extend(other.mention_ids)

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "duplicates": self.duplicates,
            "edited": self.edited,
            "deleted": self.deleted,
            "replies": self.replies,
            "cases_opened": self.cases_opened,
            "quarantined": [{"id": q.id, "location": q.location, "reason": q.reason} for q in self.quarantined],
        }


@dataclass
class _PendingEvent:
    action: str
    subject_type: str
    subject: Any
    case: Case | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    reason: str | None = None


def _subject_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUBJECT_MAX else line[: SUBJECT_MAX - 1] + "…"


class _Chunk:
    """State for one chunk: what is already stored, plus what this chunk has added so far."""

    def __init__(
        self, session: Session, settings: Settings, actor: str, items: Sequence[tuple[Incoming, Channel]]
    ) -> None:
        self.session = session
        self.settings = settings
        self.actor = actor
        self.window = timedelta(hours=settings.case_window_hours)
        self.events: list[_PendingEvent] = []
        self.summary = IngestSummary()
        self.new_mentions: list[Mention] = []
        self.new_quarantine: list[Quarantine] = []
        self.reported_quarantine: list[Quarantine] = []
        self.known_quarantine: dict[tuple[str, str, str | None], Quarantine] = {}

        channel_ids = {ch.id for _, ch in items}
        native_ids = {it.mention.native_id for it, _ in items}
        native_ids |= {it.mention.thread.parent_id for it, _ in items if it.mention.thread.parent_id}
        self.mentions = repository.mentions_by_native(session, channel_ids, native_ids)
        self.replies = repository.replies_by_native(session, channel_ids, native_ids)
        self.cases = repository.cases_by_id(session, {m.case_id for m in self.mentions.values()})
        self.case_of: dict[tuple[int, str], Case] = {key: self.cases[m.case_id] for key, m in self.mentions.items()}
        self.authors = repository.authors_by_key(
            session,
            {it.mention.platform.value for it, _ in items},
            {k for it, _ in items if (k := it.mention.author_key)},
        )
        conversations = {self._conversation(it.mention, ch) for it, ch in items}
        self.conv_cases = repository.open_cases_by_conversation(session, channel_ids, conversations)
        by_author = repository.open_cases_by_author(session, channel_ids, {a.id for a in self.authors.values()})
        author_key = {a.id: (a.platform, a.native_key) for a in self.authors.values()}
        self.author_cases: dict[tuple[int, tuple[str, str]], Case] = {
            (channel_id, author_key[author_id]): case for (channel_id, author_id), case in by_author.items()
        }

    def _conversation(self, m: MentionIn, channel: Channel) -> str:
        if m.thread.conversation_id:
            return m.thread.conversation_id
        parent = self.mentions.get((channel.id, m.thread.parent_id)) if m.thread.parent_id else None
        return parent.conversation_id if parent is not None else m.native_id

    # -- the steps --------------------------------------------------------------------------------

    def quarantine(self, origin: Origin, reason: str) -> None:
        kept = self.known_quarantine.get((origin.source, origin.source_ref, origin.location))
        if kept is not None and kept.payload == origin.payload:
            # The same bad item again (a re-import, a webhook retry): report the stored one.
            self.reported_quarantine.append(kept)
            return
        row = Quarantine(
            created_at=utcnow(),
            source=origin.source,
            source_ref=origin.source_ref,
            location=origin.location,
            payload_format=origin.payload_format,
            payload=origin.payload,
            channel_slug=origin.channel_slug,
            reason=reason,
            replayable=origin.replayable,
            status="pending",
            attempts=0,
        )
        self.session.add(row)
        self.new_quarantine.append(row)
        self.events.append(
            _PendingEvent(
                "quarantine.added",
                "quarantine",
                row,
                after={"source": origin.source, "location": origin.location},
                reason=reason,
            )
        )

    def handle(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        outbound = item.outbound
        if outbound is None:
            outbound = channel.is_brand(m.author.id, m.author.handle)
        if outbound:
            self._record_reply(item, channel)
            return
        key = (channel.id, m.native_id)
        existing = self.mentions.get(key)
        if existing is not None:
            self._revise(existing, item)
            return
        self._create(item, channel)

    def _author(self, m: MentionIn) -> Author | None:
        native_key = m.author_key
        if native_key is None:
            return None
        key = (m.platform.value, native_key)
        incoming = {
            "handle": m.author.handle,
            "display_name": m.author.display_name,
            "avatar_url": m.author.avatar_url,
            "profile_url": m.author.profile_url,
            "is_verified": m.author.is_verified,
        }
        author = self.authors.get(key)
        if author is None:
            author = Author(
                platform=m.platform.value,
                native_key=native_key,
                follower_count=m.author.follower_count,
                first_seen_at=m.created_at,
                last_seen_at=m.created_at,
                **incoming,
            )
            self.session.add(author)
            self.authors[key] = author
            return author
        if m.created_at < author.last_seen_at:
            return author  # an older post replayed late must not roll the profile back
        before = author.profile()
        for name, value in incoming.items():
            if value is not None:
                setattr(author, name, value)
        after = author.profile()
        if after != before:
            changed = [n for n in after if after[n] != before[n]]
            self.session.add(
                AuthorRevision(
                    author=author,
                    observed_at=m.created_at,
                    before={n: before[n] for n in changed},
                    after={n: after[n] for n in changed},
                )
            )
        if m.author.follower_count is not None:
            author.follower_count = m.author.follower_count
        author.last_seen_at = m.created_at
        return author

    def _find_case(
        self, m: MentionIn, channel: Channel, conversation: str, author: Author | None
    ) -> tuple[Case | None, str]:
        if m.thread.parent_id:
            case = self.case_of.get((channel.id, m.thread.parent_id))
            if case is not None and case.status == CaseStatus.OPEN.value:
                return case, f"reply to {m.thread.parent_id} in an open case"
        case = self.conv_cases.get((channel.id, conversation))
        if case is not None and case.status == CaseStatus.OPEN.value:
            return case, "same conversation as an open case"
        if author is not None:
            case = self.author_cases.get((channel.id, (author.platform, author.native_key)))
            if (
                case is not None
                and case.status == CaseStatus.OPEN.value
                and abs(m.created_at - case.last_activity_at) <= self.window
            ):
                hours = self.settings.case_window_hours
                return case, f"same author on this channel within {hours:g}h"
        return None, "new conversation"

    def _create(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        author = self._author(m)
        conversation = self._conversation(m, channel)
        case, why = self._find_case(m, channel, conversation, author)
        if case is None:
            case = Case(
                channel_id=channel.id,
                author=author,
                status=CaseStatus.OPEN.value,
                subject=_subject_line(m.title or m.text) or f"{m.kind.value} on {channel.name}",
                opened_at=m.created_at,
                last_activity_at=m.created_at,
            )
            self.session.add(case)
            self.summary.cases_opened += 1
            self.events.append(
                _PendingEvent(
                    "case.opened",
                    "case",
                    case,
                    case=case,
                    after={"status": CaseStatus.OPEN.value, "channel": channel.slug},
                    reason=f"first mention {m.key}",
                )
            )
        elif m.created_at > case.last_activity_at:
            case.last_activity_at = m.created_at

        snapshot = m.author.model_dump(exclude_none=True)
        mention = Mention(
            key=m.key,
            platform=m.platform.value,
            channel_id=channel.id,
            native_id=m.native_id,
            native_event_id=m.native_event_id,
            native_version=m.native_version,
            kind=m.kind.value,
            visibility=m.visibility.value,
            url=m.url,
            author=author,
            author_snapshot=snapshot,
            text=m.text,
            text_html=m.text_html,
            title=m.title,
            rating=m.rating,
            language=m.language,
            created_at=m.created_at,
            updated_at=m.updated_at,
            conversation_id=conversation,
            parent_id=m.thread.parent_id,
            in_reply_to_author_id=m.thread.in_reply_to_author_id,
            metrics=m.metrics.model_dump(exclude_none=True),
            attachments=[a.model_dump(exclude_none=True) for a in m.attachments],
            is_hidden=m.moderation.is_hidden,
            capabilities=[c.value for c in m.capabilities],
            reply_deadline=m.reply_deadline,
            source=m.source.value,
            cursor=m.cursor,
            raw=m.raw if m.raw is not None else item.record,
            raw_schema=m.raw_schema,
            received_at=utcnow(),
            current_text=m.text,
            deleted_at=m.deleted_at,
            case=case,
        )
        self.session.add(mention)
        key = (channel.id, m.native_id)
        self.mentions[key] = mention
        self.case_of[key] = case
        self.conv_cases[(channel.id, conversation)] = case
        if author is not None:
            self.author_cases[(channel.id, (author.platform, author.native_key))] = case
        self.new_mentions.append(mention)
        self.summary.created += 1
        self.events.append(
            _PendingEvent(
                "mention.received",
                "mention",
                mention,
                case=case,
                after={"key": m.key, "kind": m.kind.value, "source": m.source.value},
                reason=why,
            )
        )

    def _revise(self, existing: Mention, item: Incoming) -> None:
        m = item.mention
        raw = m.raw if m.raw is not None else item.record
        case = self.case_of.get((existing.channel_id, existing.native_id))
        if m.deleted_at is not None:
            if existing.deleted_at is not None:
                self.summary.duplicates += 1
                return
            existing.deleted_at = m.deleted_at
            self.session.add(
                MentionRevision(
                    mention=existing,
                    action="delete",
                    text=None,
                    raw=raw,
                    observed_at=utcnow(),
                    platform_time=m.deleted_at,
                )
            )
            self.summary.deleted += 1
            self.events.append(
                _PendingEvent("mention.deleted", "mention", existing, case=case, reason="deleted on the platform")
            )
            return
        stale = existing.edited_at is not None and m.updated_at is not None and m.updated_at <= existing.edited_at
        if m.text == existing.current_text or stale:
            self.summary.duplicates += 1
            return
        before = existing.current_text
        existing.current_text = m.text
        existing.edited_at = m.updated_at or utcnow()
        self.session.add(
            MentionRevision(
                mention=existing,
                action="edit",
                text=m.text,
                raw=raw,
                observed_at=utcnow(),
                platform_time=m.updated_at,
            )
        )
        self.summary.edited += 1
        self.events.append(
            _PendingEvent(
                "mention.edited",
                "mention",
                existing,
                case=case,
                before={"text": before},
                after={"text": m.text},
                reason="edited on the platform",
            )
        )

    def _record_reply(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        if (channel.id, m.native_id) in self.replies:
            self.summary.duplicates += 1  # our own reply echoing back in
            return
        parent = self.mentions.get((channel.id, m.thread.parent_id)) if m.thread.parent_id else None
        case = self.case_of.get((channel.id, m.thread.parent_id)) if m.thread.parent_id else None
        if case is None:
            case = self.conv_cases.get((channel.id, self._conversation(m, channel)))
        if case is None:
            self.quarantine(
                item.origin,
                f"brand reply {m.native_id} answers a post Amends has not recorded "
                f"(parent {m.thread.parent_id or 'none'}); replay it once that post is imported",
            )
            return
        reply = Reply(
            case=case,
            channel_id=channel.id,
            in_reply_to=parent,
            native_id=m.native_id,
            kind="private_message" if m.visibility == Visibility.PRIVATE else "public_reply",
            author_handle=m.author.handle,
            text=m.text,
            sent_at=m.created_at,
            source=m.source.value,
            raw=m.raw if m.raw is not None else item.record,
            recorded_at=utcnow(),
        )
        self.session.add(reply)
        self.replies[(channel.id, m.native_id)] = reply
        before_first = case.first_response_at
        if case.first_response_at is None or m.created_at < case.first_response_at:
            case.first_response_at = m.created_at
        if m.created_at > case.last_activity_at:
            case.last_activity_at = m.created_at
        self.summary.replies += 1
        self.events.append(
            _PendingEvent(
                "reply.recorded",
                "reply",
                reply,
                case=case,
                before={"first_response_at": _iso(before_first)},
                after={
                    "native_id": m.native_id,
                    "kind": reply.kind,
                    "first_response_at": _iso(case.first_response_at),
                },
                reason="brand's own post recognised as a reply",
            )
        )

    def finish(self) -> IngestSummary:
        self.session.flush()
        audit = AuditLog(self.session)
        for ev in self.events:
            audit.record(
                actor=self.actor,
                action=ev.action,
                subject_type=ev.subject_type,
                subject_id=ev.subject.id,
                case_id=ev.case.id if ev.case is not None else None,
                before=ev.before,
                after=ev.after,
                reason=ev.reason,
            )
        self.summary.quarantined = [
            QuarantineNote(q.id, q.location, q.reason) for q in [*self.reported_quarantine, *self.new_quarantine]
        ]
        self.summary.mention_ids = [m.id for m in self.new_mentions]
        return self.summary


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def ingest_batch(
    session: Session,
    settings: Settings,
    items: Sequence[Incoming],
    *,
    rejections: Sequence[Rejection] = (),
    channel: Channel | None = None,
    actor: str = SYSTEM_ACTOR,
) -> IngestSummary:
    """Ingest a chunk in the caller's transaction; rejections are quarantined in the same transaction.

    With `channel` set (a webhook delivery), every item must belong to that channel.
    """
    # Lock the audit chain first: ingests then run one after another, so each sees what the
    # previous one committed and two deliveries of one mention can never both insert it.
    AuditLog(session).lock()
    by_ref = {(c.platform, c.account_ref): c for c in repository.all_channels(session)}

    accepted: list[tuple[Incoming, Channel]] = []
    pending_rejections = list(rejections)
    for item in items:
        m = item.mention
        found = by_ref.get((m.platform.value, m.account_ref))
        if len(m.text) > settings.max_text_chars:
            reason = f"text is {len(m.text)} characters, over the limit of {settings.max_text_chars}"
            pending_rejections.append(Rejection(item.origin, reason))
        elif found is None:
            pending_rejections.append(
                Rejection(
                    item.origin,
                    f"unknown channel: no {m.platform.value} channel for account {m.account_ref!r}",
                )
            )
        elif channel is not None and found.id != channel.id:
            pending_rejections.append(
                Rejection(
                    item.origin,
                    f"mention is for channel {found.slug!r}, but was delivered to channel {channel.slug!r}",
                )
            )
        elif not found.active:
            pending_rejections.append(Rejection(item.origin, f"channel {found.slug!r} is disabled"))
        else:
            accepted.append((item, found))

    chunk = _Chunk(session, settings, actor, accepted)
    chunk.known_quarantine = repository.pending_quarantine(session, [r.origin for r in pending_rejections])
    for rejection in pending_rejections:
        chunk.quarantine(rejection.origin, rejection.reason)
    for item, ch in accepted:
        chunk.handle(item, ch)
    return chunk.finish()
