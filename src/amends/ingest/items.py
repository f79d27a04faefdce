"""What flows through ingest: incoming items, rejections, and the summary of a chunk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amends.ingest.schemas import MentionIn


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

    def add(self, other: IngestSummary) -> None:
        self.created += other.created
        self.duplicates += other.duplicates
        self.edited += other.edited
        self.deleted += other.deleted
        self.replies += other.replies
        self.cases_opened += other.cases_opened
        self.quarantined.extend(other.quarantined)

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
