"""ORM models, one module per aggregate. Importing this package registers them all on Base.metadata."""

from amends.models.assessment import MentionAssessment, TriageCorrection, WorkspaceSetting
from amends.models.author import Author, AuthorRevision
from amends.models.base import Base
from amends.models.case import Case, CaseStatus
from amends.models.channel import Channel
from amends.models.event import AuditHead, Event
from amends.models.mention import Mention, MentionRevision
from amends.models.quarantine import Quarantine, QuarantineStatus
from amends.models.reply import Reply

__all__ = [
    "AuditHead",
    "Author",
    "AuthorRevision",
    "Base",
    "Case",
    "CaseStatus",
    "Channel",
    "Event",
    "Mention",
    "MentionAssessment",
    "MentionRevision",
    "Quarantine",
    "QuarantineStatus",
    "Reply",
    "TriageCorrection",
    "WorkspaceSetting",
]
