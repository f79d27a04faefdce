"""What an ingest chunk keeps in memory about the cases, authors, mentions and events it touches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from amends.models import CaseStage, CaseStatus, Quarantine
from amends.triage.service import CaseTriage


@dataclass(slots=True)
class CaseState:
    id: int
    channel_id: int
    author_id: int | None
    status: str
    last_activity_at: datetime
    first_response_at: datetime | None
    stage: str = CaseStage.NEW.value
    new: dict[str, Any] | None = None  # insert values when the case is opened by this chunk
    changed: bool = False
    triage: CaseTriage = field(default_factory=CaseTriage)

    @property
    def is_open(self) -> bool:
        return self.status == CaseStatus.OPEN.value

    def touch(self, when: datetime) -> None:
        if when > self.last_activity_at:
            self.last_activity_at = when
            self.changed = True


@dataclass(slots=True)
class AuthorState:
    id: int
    profile: dict[str, Any]
    follower_count: int | None
    last_seen_at: datetime
    troll_flags: int = 0
    seen: int = 0  # mentions stored before the one being handled (at least 1 for an author already known)
    new: dict[str, Any] | None = None
    changed: bool = False


@dataclass(slots=True)
class MentionState:
    id: int
    case: CaseState
    conversation_id: str
    current_text: str
    edited_at: datetime | None
    deleted_at: datetime | None
    updates: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class PendingEvent:
    action: str
    subject_type: str
    subject: int | Quarantine
    case: CaseState | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    reason: str | None = None
