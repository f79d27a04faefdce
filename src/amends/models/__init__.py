"""ORM models, one module per aggregate. Importing this package registers them all on Base.metadata."""

from amends.models.assessment import MentionAssessment, TriageCorrection, WorkspaceSetting
from amends.models.author import Author, AuthorRevision
from amends.models.base import Base
from amends.models.case import Case, CaseStage, CaseStatus
from amends.models.channel import Channel
from amends.models.draft import Draft, DraftStatus, OutboxItem, OutboxStatus
from amends.models.event import AuditHead, Event
from amends.models.mention import Mention, MentionRevision
from amends.models.playbook import PlaybookRow
from amends.models.quarantine import Quarantine, QuarantineStatus
from amends.models.reply import Reply
from amends.models.user import Role, User

__all__ = [
    "AuditHead",
    "Author",
    "AuthorRevision",
    "Base",
    "Case",
    "CaseStage",
    "CaseStatus",
    "Channel",
    "Draft",
    "DraftStatus",
    "Event",
    "Mention",
    "MentionAssessment",
    "MentionRevision",
    "OutboxItem",
    "OutboxStatus",
    "PlaybookRow",
    "Quarantine",
    "QuarantineStatus",
    "Reply",
    "Role",
    "TriageCorrection",
    "User",
    "WorkspaceSetting",
]
