"""The normalised Mention schema (CONNECTORS.md §2) as it arrives from files, webhooks and connectors.

Validation is strict on purpose: unknown fields, wrong types, empty ids and timestamps without a
zone are rejected with a message naming the field, so bad input goes to quarantine instead of
being half-understood.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    ValidationError,
    model_validator,
)


class Platform(StrEnum):
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    REDDIT = "reddit"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    YOUTUBE = "youtube"
    GBP = "gbp"
    YELP = "yelp"
    TRUSTPILOT = "trustpilot"
    APPSTORE = "appstore"
    GOOGLEPLAY = "googleplay"
    RSS = "rss"
    EMAIL = "email"
    WEBHOOK = "webhook"


class MentionKind(StrEnum):
    POST = "post"
    REPLY = "reply"
    COMMENT = "comment"
    MENTION = "mention"
    DIRECT_MESSAGE = "direct_message"
    REVIEW = "review"
    FEED_ITEM = "feed_item"
    EMAIL = "email"


class Visibility(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class Source(StrEnum):
    POLL = "poll"
    STREAM = "stream"
    WEBHOOK = "webhook"
    IMPORT = "import"


class ReplyAction(StrEnum):
    PUBLIC_REPLY = "public_reply"
    PRIVATE_MESSAGE = "private_message"
    HIDE = "hide"
    UNHIDE = "unhide"
    LIKE = "like"
    UNLIKE = "unlike"
    DELETE_OWN = "delete_own"
    MARK_READ = "mark_read"


NonEmpty = Annotated[StrictStr, Field(min_length=1, max_length=512)]
Count = Annotated[int, Field(strict=True, ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AuthorIn(_Strict):
    id: NonEmpty | None = None
    handle: NonEmpty | None = None
    display_name: Annotated[StrictStr, Field(max_length=512)] | None = None
    follower_count: Count | None = None
    avatar_url: StrictStr | None = None
    profile_url: StrictStr | None = None
    is_verified: StrictBool | None = None


class ThreadIn(_Strict):
    conversation_id: NonEmpty | None = None
    parent_id: NonEmpty | None = None
    in_reply_to_author_id: NonEmpty | None = None


class MetricsIn(_Strict):
    likes: Count | None = None
    reposts: Count | None = None
    replies: Count | None = None
    quotes: Count | None = None
    views: Count | None = None


class AttachmentIn(_Strict):
    type: NonEmpty
    url: StrictStr | None = None
    alt: StrictStr | None = None


class ModerationIn(_Strict):
    is_hidden: StrictBool | None = None


class MentionIn(_Strict):
    """One inbound item in the normalised shape.

    `deleted_at` is Amends' own addition: a connector that learns a post was deleted sends the
    mention again with it set, and the deletion is recorded against the kept original.
    """

    id: NonEmpty | None = None
    platform: Platform
    kind: MentionKind
    visibility: Visibility = Visibility.PUBLIC
    account_ref: NonEmpty
    native_id: NonEmpty
    native_event_id: NonEmpty | None = None
    native_version: NonEmpty | None = None
    url: StrictStr | None = None
    author: AuthorIn = AuthorIn()
    text: StrictStr
    text_html: StrictStr | None = None
    title: StrictStr | None = None
    rating: Annotated[float, Field(ge=1, le=5)] | None = None
    language: Annotated[StrictStr, Field(max_length=35)] | None = None
    created_at: AwareDatetime
    updated_at: AwareDatetime | None = None
    deleted_at: AwareDatetime | None = None
    thread: ThreadIn = ThreadIn()
    metrics: MetricsIn = MetricsIn()
    attachments: list[AttachmentIn] = []
    moderation: ModerationIn = ModerationIn()
    capabilities: list[ReplyAction] = []
    reply_deadline: AwareDatetime | None = None
    source: Source = Source.IMPORT
    cursor: StrictStr | None = None
    raw: dict[str, Any] | None = None
    raw_schema: StrictStr | None = None

    @model_validator(mode="after")
    def _key_matches(self) -> MentionIn:
        if self.id is not None and self.id != self.key:
            raise ValueError(f"id {self.id!r} does not match platform:account_ref:native_id ({self.key!r})")
        return self

    @property
    def key(self) -> str:
        """The stable dedup key `platform:account_ref:native_id` (CONNECTORS.md §2)."""
        return f"{self.platform.value}:{self.account_ref}:{self.native_id}"

    @property
    def author_key(self) -> str | None:
        """How this author is recognised again: the platform's id, else the handle."""
        if self.author.id:
            return self.author.id
        if self.author.handle:
            return "@" + self.author.handle.lstrip("@").lower()
        return None


def describe_validation_error(exc: ValidationError) -> str:
    """One readable line per problem: `field.path: message`."""
    parts = []
    for err in exc.errors(include_url=False):
        loc = ".".join(str(p) for p in err["loc"]) or "(record)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def parse_mention(record: Any) -> MentionIn:
    """Validate one decoded JSON record; raises ValueError with a readable reason."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    try:
        return MentionIn.model_validate(record)
    except ValidationError as exc:
        raise ValueError(describe_validation_error(exc)) from None
