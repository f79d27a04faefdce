"""Response shapes of the REST API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

from amends.models import Case, Mention, Reply


class AuthorOut(BaseModel):
    id: int | None
    handle: str | None
    display_name: str | None
    follower_count: int | None


class MentionOut(BaseModel):
    id: int
    key: str
    kind: str
    visibility: str
    url: str | None
    author: AuthorOut
    text: str
    current_text: str
    title: str | None
    rating: float | None
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None
    conversation_id: str
    parent_id: str | None
    metrics: dict[str, Any]

    @classmethod
    def from_mention(cls, m: Mention) -> MentionOut:
        snap = m.author_snapshot
        return cls(
            id=m.id,
            key=m.key,
            kind=m.kind,
            visibility=m.visibility,
            url=m.url,
            author=AuthorOut(
                id=m.author_id,
                handle=snap.get("handle"),
                display_name=snap.get("display_name"),
                follower_count=snap.get("follower_count"),
            ),
            text=m.text,
            current_text=m.current_text,
            title=m.title,
            rating=m.rating,
            created_at=m.created_at,
            edited_at=m.edited_at,
            deleted_at=m.deleted_at,
            conversation_id=m.conversation_id,
            parent_id=m.parent_id,
            metrics=m.metrics,
        )


class ReplyOut(BaseModel):
    id: int
    kind: str
    native_id: str | None
    author_handle: str | None
    text: str
    sent_at: datetime
    in_reply_to_mention_id: int | None

    @classmethod
    def from_reply(cls, r: Reply) -> ReplyOut:
        return cls(
            id=r.id,
            kind=r.kind,
            native_id=r.native_id,
            author_handle=r.author_handle,
            text=r.text,
            sent_at=r.sent_at,
            in_reply_to_mention_id=r.in_reply_to_mention_id,
        )


class CaseOut(BaseModel):
    id: int
    status: str
    subject: str
    channel: str
    platform: str
    customer: str | None
    opened_at: datetime
    last_activity_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    priority: int
    action: str | None
    pathway: str | None
    kind: str | None
    topic: str | None
    severity: int
    legal_risk: bool  # some post on the case carried a legal-risk signal
    legal_hold: bool  # in force: no public reply until a user with the legal role releases the case
    hold_released_by: str | None
    stage: str  # new, acknowledged, awaiting_customer, customer_replied, private
    pii_exposed: bool
    mentions: list[MentionOut]
    replies: list[ReplyOut]

    @classmethod
    def fields_from(cls, c: Case) -> dict[str, Any]:
        customer = None
        if c.author is not None:
            customer = c.author.display_name or c.author.handle
        return {
            "id": c.id,
            "status": c.status,
            "subject": c.subject,
            "channel": c.channel.slug,
            "platform": c.channel.platform,
            "customer": customer,
            "opened_at": c.opened_at,
            "last_activity_at": c.last_activity_at,
            "first_response_at": c.first_response_at,
            "closed_at": c.closed_at,
            "priority": c.priority,
            "action": c.action,
            "pathway": c.pathway,
            "kind": c.kind,
            "topic": c.topic,
            "severity": c.severity,
            "legal_risk": c.legal_risk,
            "legal_hold": c.legal_hold,
            "hold_released_by": c.hold_released_by,
            "stage": c.stage,
            "pii_exposed": c.pii_exposed,
            "mentions": [MentionOut.from_mention(m) for m in c.mentions],
            "replies": [ReplyOut.from_reply(r) for r in c.replies],
        }

    @classmethod
    def from_case(cls, c: Case) -> CaseOut:
        return cls(**cls.fields_from(c))


class CaseDetailOut(CaseOut):
    revisions: dict[int, list[dict[str, Any]]]

    @classmethod
    def from_case(cls, c: Case) -> CaseDetailOut:
        revisions = {
            m.id: [{"action": r.action, "text": r.text, "observed_at": r.observed_at.isoformat()} for r in m.revisions]
            for m in c.mentions
            if m.revisions
        }
        return cls(**cls.fields_from(c), revisions=revisions)


class CasePage(BaseModel):
    total: int
    items: list[CaseOut]


class FindingOut(BaseModel):
    code: str
    level: str  # blocking | warning
    message: str
    start: int | None
    end: int | None
    excerpt: str | None


class CheckRequest(BaseModel):
    """A reply to check: against a case, or (no case) against the customer's post given here."""

    text: str
    case_id: int | None = None
    mention_text: str | None = None
    platform: str = "x"
    visibility: str = "public"
    purpose: str = "response"
    at_fault: str = "unknown"


class CheckOut(BaseModel):
    passed: bool
    findings: list[FindingOut]
