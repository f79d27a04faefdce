"""One chunk of ingest: dedupe → thread → author → case, then bulk writes and audit events.

The chunk works on light state records instead of ORM objects and writes everything at the end
with one multi-row statement per table; ids are handed out in advance so nothing has to be read
back row by row. This keeps the hot path cheap (see docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete
from sqlalchemy.orm import Session

from amends.audit.service import AuditLog, EventSpec
from amends.config import Settings
from amends.ingest import repository
from amends.ingest.assess import ChunkTriage
from amends.ingest.items import Incoming, IngestSummary, Origin, QuarantineNote
from amends.ingest.schemas import MentionIn, Visibility
from amends.ingest.state import AuthorState, CaseState, MentionState, PendingEvent
from amends.kit.bulk import insert_rows, update_rows
from amends.kit.time import utcnow
from amends.models import (
    Author,
    AuthorRevision,
    Case,
    CaseStage,
    CaseStatus,
    Channel,
    Mention,
    MentionAssessment,
    MentionRevision,
    Quarantine,
    Reply,
)
from amends.models.author import TRACKED_FIELDS
from amends.triage.service import CaseTriage

SUBJECT_MAX = 200


def _subject_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUBJECT_MAX else line[: SUBJECT_MAX - 1] + "…"


def _is_outbound(item: Incoming, channel: Channel) -> bool:
    """The brand's own post: said outright by the source, else recognised by the channel's brand ids."""
    if item.outbound is not None:
        return item.outbound
    return channel.is_brand(item.mention.author.id, item.mention.author.handle)


def _present(model: BaseModel) -> dict[str, Any]:
    """The fields that are set, as a plain dict (model_dump(exclude_none=True) for flat models, cheaper)."""
    return {k: v for k, v in model.__dict__.items() if v is not None}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class Chunk:
    """State for one chunk: what is already stored, plus what this chunk has added so far."""

    def __init__(
        self, session: Session, settings: Settings, actor: str, items: Sequence[tuple[Incoming, Channel]]
    ) -> None:
        self.session = session
        self.settings = settings
        self.actor = actor
        self.window = timedelta(hours=settings.case_window_hours)
        self.summary = IngestSummary()
        self.events: list[PendingEvent] = []
        self.new_mentions: list[dict[str, Any]] = []
        self.new_replies: list[dict[str, Any]] = []
        self.mention_revisions: list[dict[str, Any]] = []
        self.author_revisions: list[dict[str, Any]] = []
        self.changed_mentions: dict[int, MentionState] = {}
        self.new_quarantine: list[Quarantine] = []
        self.triage = ChunkTriage()
        self.reported_quarantine: list[Quarantine] = []
        self.known_quarantine: dict[tuple[str, str, str | None], Quarantine] = {}
        block = max(1, len(items))
        self.mention_ids = repository.IdAllocator(session, Mention, block)
        self.case_ids = repository.IdAllocator(session, Case, block)
        self.author_ids = repository.IdAllocator(session, Author, block)
        self.reply_ids = repository.IdAllocator(session, Reply, block)
        self._preload(items)

    def _preload(self, items: Sequence[tuple[Incoming, Channel]]) -> None:
        session = self.session
        channel_ids = {ch.id for _, ch in items}
        native_ids = {it.mention.native_id for it, _ in items}
        native_ids |= {it.mention.thread.parent_id for it, _ in items if it.mention.thread.parent_id}

        self.cases: dict[int, CaseState] = {}
        rows = repository.mentions_by_native(session, channel_ids, native_ids)
        for row in repository.cases_by_id(session, {r.case_id for r in rows}):
            self._case_state(row)
        self.mentions: dict[tuple[int, str], MentionState] = {
            (r.channel_id, r.native_id): MentionState(
                r.id, self.cases[r.case_id], r.conversation_id, r.current_text, r.edited_at, r.deleted_at
            )
            for r in rows
        }
        # Only the brand's own posts can be echoes of a stored reply.
        outbound_ids = {it.mention.native_id for it, ch in items if _is_outbound(it, ch)}
        self.replies = repository.reply_keys(session, channel_ids, outbound_ids)

        self.authors: dict[tuple[str, str], AuthorState] = {}
        keys = {k for it, _ in items if (k := it.mention.author_key)}
        for r in repository.authors_by_key(session, {it.mention.platform.value for it, _ in items}, keys):
            profile = {name: getattr(r, name) for name in TRACKED_FIELDS}
            self.authors[(r.platform, r.native_key)] = AuthorState(
                r.id, profile, r.follower_count, r.last_seen_at, troll_flags=r.troll_flags, seen=1
            )

        conversations = {self._conversation(it.mention, ch) for it, ch in items}
        self.conv_cases: dict[tuple[int, str], CaseState] = {}
        for r in repository.open_cases_by_conversation(session, channel_ids, conversations):
            case = self._case_state(r)
            current = self.conv_cases.get((r.conv_channel_id, r.conversation_id))
            if current is None or case.last_activity_at > current.last_activity_at:
                self.conv_cases[(r.conv_channel_id, r.conversation_id)] = case
        # Each author's most recently active open case that they opened, per channel.
        self.author_cases: dict[tuple[int, int], CaseState] = {}
        for r in repository.open_cases_by_author(session, channel_ids, {a.id for a in self.authors.values()}):
            case = self._case_state(r)
            key = (r.channel_id, r.author_id)
            if key not in self.author_cases or case.last_activity_at > self.author_cases[key].last_activity_at:
                self.author_cases[key] = case

    def _case_state(self, row: Any) -> CaseState:
        case = self.cases.get(row.id)
        if case is None:
            case = CaseState(
                row.id, row.channel_id, row.author_id, row.status, row.last_activity_at, row.first_response_at,
                row.stage,
            )  # fmt: skip
            case.triage = CaseTriage.of(row)
            self.cases[row.id] = case
        return case

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
            PendingEvent(
                "quarantine.added",
                "quarantine",
                row,
                after={"source": origin.source, "location": origin.location},
                reason=reason,
            )
        )

    def handle(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        if _is_outbound(item, channel):
            self._record_reply(item, channel)
            return
        existing = self.mentions.get((channel.id, m.native_id))
        if existing is not None:
            self._revise(existing, item)
            return
        self._create(item, channel)

    def _author(self, m: MentionIn) -> AuthorState | None:
        native_key = m.author_key
        if native_key is None:
            return None
        key = (m.platform.value, native_key)
        incoming = {name: getattr(m.author, name) for name in TRACKED_FIELDS}
        author = self.authors.get(key)
        if author is None:
            author = AuthorState(self.author_ids(), incoming, m.author.follower_count, m.created_at)
            author.new = {"platform": m.platform.value, "native_key": native_key, "first_seen_at": m.created_at}
            self.authors[key] = author
            return author
        if m.created_at < author.last_seen_at:
            return author  # an older post replayed late must not roll the profile back
        changed = [n for n, v in incoming.items() if v is not None and v != author.profile[n]]
        if changed:
            self.author_revisions.append(
                {
                    "author_id": author.id,
                    "observed_at": m.created_at,
                    "before": {n: author.profile[n] for n in changed},
                    "after": {n: incoming[n] for n in changed},
                }
            )
            author.profile.update({n: incoming[n] for n in changed})
        if m.author.follower_count is not None:
            author.follower_count = m.author.follower_count
        author.last_seen_at = m.created_at
        author.changed = True
        return author

    def _find_case(
        self, m: MentionIn, channel: Channel, conversation: str, author: AuthorState | None
    ) -> tuple[CaseState | None, str]:
        if m.thread.parent_id:
            parent = self.mentions.get((channel.id, m.thread.parent_id))
            if parent is not None and parent.case.is_open:
                return parent.case, f"reply to {m.thread.parent_id} in an open case"
        case = self.conv_cases.get((channel.id, conversation))
        if case is not None and case.is_open:
            return case, "same conversation as an open case"
        if author is not None:
            case = self.author_cases.get((channel.id, author.id))
            if case is not None and case.is_open and abs(m.created_at - case.last_activity_at) <= self.window:
                return case, f"same author on this channel within {self.settings.case_window_hours:g}h"
        return None, "new conversation"

    def _create(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        author = self._author(m)
        author_id = author.id if author is not None else None
        conversation = self._conversation(m, channel)
        case, why = self._find_case(m, channel, conversation, author)
        if case is None:
            case = CaseState(self.case_ids(), channel.id, author_id, CaseStatus.OPEN.value, m.created_at, None)
            case.new = {
                "subject": _subject_line(m.title or m.text) or f"{m.kind.value} on {channel.name}",
                "opened_at": m.created_at,
            }
            self.cases[case.id] = case
            self.summary.cases_opened += 1
            self.events.append(
                PendingEvent(
                    "case.opened",
                    "case",
                    case.id,
                    case=case,
                    after={"status": CaseStatus.OPEN.value, "channel": channel.slug},
                    reason=f"first mention {m.key}",
                )
            )
        else:
            case.touch(m.created_at)
            if case.stage == CaseStage.AWAITING_CUSTOMER.value:
                # The customer answered the question we were waiting on: the case needs us again.
                case.stage, case.changed = CaseStage.CUSTOMER_REPLIED.value, True
                self.events.append(
                    PendingEvent(
                        "case.customer_replied",
                        "case",
                        case.id,
                        case=case,
                        before={"stage": CaseStage.AWAITING_CUSTOMER.value},
                        after={"stage": case.stage},
                        reason=f"new post {m.key} from the customer",
                    )
                )

        mention_id = self.mention_ids()
        self.new_mentions.append(
            {
                "id": mention_id,
                "key": m.key,
                "platform": m.platform.value,
                "channel_id": channel.id,
                "native_id": m.native_id,
                "native_event_id": m.native_event_id,
                "native_version": m.native_version,
                "kind": m.kind.value,
                "visibility": m.visibility.value,
                "url": m.url,
                "author_id": author_id,
                "author_snapshot": _present(m.author),
                "text": m.text,
                "text_html": m.text_html,
                "title": m.title,
                "rating": m.rating,
                "language": m.language,
                "created_at": m.created_at,
                "updated_at": m.updated_at,
                "conversation_id": conversation,
                "parent_id": m.thread.parent_id,
                "in_reply_to_author_id": m.thread.in_reply_to_author_id,
                "metrics": _present(m.metrics),
                "attachments": [_present(a) for a in m.attachments],
                "is_hidden": m.moderation.is_hidden,
                "capabilities": [c.value for c in m.capabilities],
                "reply_deadline": m.reply_deadline,
                "source": m.source.value,
                "cursor": m.cursor,
                "raw": m.raw if m.raw is not None else item.record,
                "raw_schema": m.raw_schema,
                "received_at": utcnow(),
                "current_text": m.text,
                "edited_at": None,
                "deleted_at": m.deleted_at,
                "case_id": case.id,
            }
        )
        self.mentions[(channel.id, m.native_id)] = MentionState(
            mention_id, case, conversation, m.text, None, m.deleted_at
        )
        self.conv_cases[(channel.id, conversation)] = case
        # Only a case the author opened counts as "their" case: joining someone else's thread
        # does not make that thread the home of the author's next, unrelated post.
        if author is not None and case.author_id == author.id:
            self.author_cases[(channel.id, author.id)] = case
        self.summary.created += 1
        event = PendingEvent(
            "mention.received",
            "mention",
            mention_id,
            case=case,
            after={"key": m.key, "kind": m.kind.value, "source": m.source.value},
            reason=why,
        )
        self.events.append(event)
        self.triage.queue(mention_id, case, author, m, event, replaces=False)
        if author is not None:
            author.seen += 1

    def _revise(self, existing: MentionState, item: Incoming) -> None:
        m = item.mention
        raw = m.raw if m.raw is not None else item.record
        if m.deleted_at is not None:
            if existing.deleted_at is not None:
                self.summary.duplicates += 1
                return
            existing.deleted_at = m.deleted_at
            existing.updates["deleted_at"] = m.deleted_at
            self.changed_mentions[existing.id] = existing
            self.mention_revisions.append(
                {
                    "mention_id": existing.id,
                    "action": "delete",
                    "text": None,
                    "raw": raw,
                    "observed_at": utcnow(),
                    "platform_time": m.deleted_at,
                }
            )
            self.summary.deleted += 1
            self.events.append(
                PendingEvent(
                    "mention.deleted", "mention", existing.id, case=existing.case, reason="deleted on the platform"
                )
            )
            return
        stale = existing.edited_at is not None and m.updated_at is not None and m.updated_at <= existing.edited_at
        if m.text == existing.current_text or stale:
            self.summary.duplicates += 1
            return
        before = existing.current_text
        existing.current_text = m.text
        existing.edited_at = m.updated_at or utcnow()
        existing.updates.update(current_text=m.text, edited_at=existing.edited_at)
        self.changed_mentions[existing.id] = existing
        self.mention_revisions.append(
            {
                "mention_id": existing.id,
                "action": "edit",
                "text": m.text,
                "raw": raw,
                "observed_at": utcnow(),
                "platform_time": m.updated_at,
            }
        )
        self.summary.edited += 1
        event = PendingEvent(
            "mention.edited",
            "mention",
            existing.id,
            case=existing.case,
            before={"text": before},
            after={"text": m.text},
            reason="edited on the platform",
        )
        self.events.append(event)
        # The edited text is assessed again; the event records the new priority and action.
        author = self.authors.get((m.platform.value, m.author_key)) if m.author_key else None
        self.triage.queue(existing.id, existing.case, author, m, event, replaces=True)

    def _record_reply(self, item: Incoming, channel: Channel) -> None:
        m = item.mention
        if (channel.id, m.native_id) in self.replies:
            self.summary.duplicates += 1  # our own reply echoing back in
            return
        parent = self.mentions.get((channel.id, m.thread.parent_id)) if m.thread.parent_id else None
        case = parent.case if parent is not None else self.conv_cases.get((channel.id, self._conversation(m, channel)))
        if case is None:
            self.quarantine(
                item.origin,
                f"brand reply {m.native_id} answers a post Amends has not recorded "
                f"(parent {m.thread.parent_id or 'none'}); replay it once that post is imported",
            )
            return
        reply_id = self.reply_ids()
        kind = "private_message" if m.visibility == Visibility.PRIVATE else "public_reply"
        self.new_replies.append(
            {
                "id": reply_id,
                "case_id": case.id,
                "channel_id": channel.id,
                "in_reply_to_mention_id": parent.id if parent is not None else None,
                "native_id": m.native_id,
                "kind": kind,
                "author_handle": m.author.handle,
                "text": m.text,
                "sent_at": m.created_at,
                "source": m.source.value,
                "raw": m.raw if m.raw is not None else item.record,
                "recorded_at": utcnow(),
            }
        )
        self.replies.add((channel.id, m.native_id))
        before_first = case.first_response_at
        if case.first_response_at is None or m.created_at < case.first_response_at:
            case.first_response_at = m.created_at
            case.changed = True
        case.touch(m.created_at)
        self.summary.replies += 1
        self.events.append(
            PendingEvent(
                "reply.recorded",
                "reply",
                reply_id,
                case=case,
                before={"first_response_at": _iso(before_first)},
                after={"native_id": m.native_id, "kind": kind, "first_response_at": _iso(case.first_response_at)},
                reason="brand's own post recognised as a reply",
            )
        )

    # -- writing ----------------------------------------------------------------------------------

    def finish(self) -> IngestSummary:
        """Triage what is new, write the chunk (parents before children), then its audit events."""
        session = self.session
        assessments = self.triage.run(session)
        new_authors = [a for a in self.authors.values() if a.new is not None]
        insert_rows(
            session,
            Author,
            [
                {
                    "id": a.id,
                    **a.new,
                    **a.profile,
                    "follower_count": a.follower_count,
                    "last_seen_at": a.last_seen_at,
                    "troll_flags": a.troll_flags,
                }
                for a in new_authors
                if a.new is not None
            ],
        )
        update_rows(
            session,
            Author,
            [
                {
                    "id": a.id,
                    **a.profile,
                    "follower_count": a.follower_count,
                    "last_seen_at": a.last_seen_at,
                    "troll_flags": a.troll_flags,
                }
                for a in self.authors.values()
                if a.new is None and a.changed
            ],
        )
        insert_rows(session, AuthorRevision, self.author_revisions)
        insert_rows(session, Case, [self._case_values(c) for c in self.cases.values() if c.new is not None])
        update_rows(
            session,
            Case,
            [
                {
                    "id": c.id,
                    "last_activity_at": c.last_activity_at,
                    "first_response_at": c.first_response_at,
                    "stage": c.stage,
                    **c.triage.as_dict(),
                }
                for c in self.cases.values()
                if c.new is None and c.changed
            ],
        )
        insert_rows(session, Mention, self.new_mentions)
        for m in self.changed_mentions.values():
            update_rows(session, Mention, [{"id": m.id, **m.updates}])
        insert_rows(session, MentionRevision, self.mention_revisions)
        insert_rows(session, Reply, self.new_replies)
        replaced = self.triage.replaced
        if replaced:
            session.execute(delete(MentionAssessment).where(MentionAssessment.mention_id.in_(replaced)))
        insert_rows(session, MentionAssessment, assessments)
        if self.new_quarantine:
            session.flush()

        AuditLog(session).record_many(
            self.actor,
            [
                EventSpec(
                    action=ev.action,
                    subject_type=ev.subject_type,
                    subject_id=ev.subject if isinstance(ev.subject, int) else ev.subject.id,
                    case_id=ev.case.id if ev.case is not None else None,
                    before=ev.before,
                    after=ev.after,
                    reason=ev.reason,
                )
                for ev in self.events
            ],
        )
        self.summary.quarantined = [
            QuarantineNote(q.id, q.location, q.reason) for q in [*self.reported_quarantine, *self.new_quarantine]
        ]
        return self.summary

    @staticmethod
    def _case_values(case: CaseState) -> dict[str, Any]:
        assert case.new is not None
        return {
            "id": case.id,
            "channel_id": case.channel_id,
            "author_id": case.author_id,
            "status": case.status,
            "subject": case.new["subject"],
            "opened_at": case.new["opened_at"],
            "last_activity_at": case.last_activity_at,
            "first_response_at": case.first_response_at,
            "closed_at": None,
            "stage": case.stage,
            **case.triage.as_dict(),
        }
