"""The shape of a triage assessment: signals with confidence and evidence, a priority and an action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from amends.triage.evidence import Evidence

KINDS = ("complaint", "question", "praise", "suggestion", "spam", "other")


class Action(StrEnum):
    """What the desk should do with a post, most constraining first (see `priority.choose_action`)."""

    HIDE = "hide"  # only abuse, spam or the customer's own exposed data; never a genuine complaint
    LEGAL_HOLD = "legal_hold"  # no public reply until legal clears it
    DO_NOT_ENGAGE = "do_not_engage"  # a troll: answering feeds it
    MOVE_PRIVATE = "move_private"  # personal data in public: take it to messages
    ESCALATE = "escalate"  # needs a team beyond the front line (see `pathway`)
    RESPOND_NOW = "respond_now"
    RESPOND = "respond"
    THANK = "thank"  # praise; maybe a testimonial


@dataclass(frozen=True, slots=True)
class Signal:
    """One triage signal: its value, how sure we are (0–1), and why (spans, rules or model terms)."""

    value: Any
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    source: str = ""  # "rules:legal", "model:triage-1a2b3c/complaint", ...
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.value,
            "confidence": round(float(self.confidence), 3),
            "source": self.source,
            "evidence": [evidence_dict(e) for e in self.evidence],
        }
        if self.detail:
            out["detail"] = self.detail
        return out


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"start": e.start, "end": e.end, "text": e.text, "rule": e.rule}


@dataclass(frozen=True, slots=True)
class AuthorHistory:
    """What we know of the author beyond this post (repeat-offender memory, known customer)."""

    follower_count: int | None = None
    verified: bool | None = None
    troll_flags: int = 0  # earlier posts assessed or corrected as troll
    earlier_mentions: int = 0  # posts we stored from this author before this one

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> AuthorHistory:
        data = data or {}
        return cls(
            follower_count=_opt_int(data.get("follower_count", data.get("followers"))),
            verified=bool(data["verified"]) if data.get("verified") is not None else None,
            troll_flags=_opt_int(data.get("troll_flags")) or 0,
            earlier_mentions=_opt_int(data.get("earlier_mentions")) or 0,
        )


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class TriageInput:
    """A post to assess: its text, author history, engagement counts and timing."""

    text: str
    author: AuthorHistory = field(default_factory=AuthorHistory)
    metrics: dict[str, int] = field(default_factory=dict)  # likes, replies, reposts, quotes, views
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One component of the priority: a code, the points it added, and a sentence for the agent."""

    code: str
    points: float
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "points": round(self.points, 1), "label": self.label}


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything triage concluded about one post."""

    model_version: str
    kind: Signal
    sentiment: Signal
    anger: Signal
    severity: Signal
    troll: Signal
    legal_risk: Signal
    pii: Signal
    language: Signal
    topic: Signal
    reach: Signal
    legitimacy: Signal
    priority: int
    reasons: tuple[Reason, ...]
    action: Action
    pathway: str | None = None
    testimonial: bool = False
    degraded: tuple[str, ...] = ()  # signals that fell back to a default because of bad input

    SIGNALS = (
        "kind",
        "sentiment",
        "anger",
        "severity",
        "troll",
        "legal_risk",
        "pii",
        "language",
        "topic",
        "reach",
        "legitimacy",
    )

    def signal(self, name: str) -> Signal:
        if name not in self.SIGNALS:
            raise KeyError(name)
        value: Signal = getattr(self, name)
        return value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: self.signal(name).to_dict() for name in self.SIGNALS}
        out["priority"] = self.priority
        out["reasons"] = [r.to_dict() for r in self.reasons]
        out["action"] = self.action.value
        out["pathway"] = self.pathway
        out["testimonial_candidate"] = self.testimonial
        out["model_version"] = self.model_version
        if self.degraded:
            out["degraded"] = list(self.degraded)
        return out
