"""Priority (0–100, with reasons in order of weight) and the recommended action.

Both are pure functions of the signals and the workspace policy, so an agent can always be told why
a post sits where it does, and a supervisor can change the weights without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass

from amends.triage.policy import TriagePolicy
from amends.triage.signals import Action, Reason

# How much attention each kind of post needs when it is not a complaint (a complaint uses its severity).
KIND_NEED = {"question": 0.35, "suggestion": 0.15, "praise": 0.1, "other": 0.05, "spam": 0.0}


@dataclass(frozen=True, slots=True)
class PriorityInputs:
    kind: str
    severity: int
    expected_severity: float  # Σ p(level)·level: a mild complaint the head is unsure about scores mid-way
    legal_risk: bool
    pii_types: tuple[str, ...]
    reach: float
    negativity: float  # 0–1: negative sentiment probability
    anger: float
    legitimacy: float
    sla_used: float  # share of the first-response target already gone (0 = just posted, 1 = due)
    troll: bool
    spam: bool


def compute_priority(p: PriorityInputs, policy: TriagePolicy) -> tuple[int, tuple[Reason, ...]]:
    w = policy.weights
    total_weight = w.severity + w.legal_risk + w.pii + w.reach + w.sentiment + w.legitimacy + w.sla
    scale = 100.0 / total_weight if total_weight > 100.0 else 1.0
    need = p.expected_severity / 4.0 if p.kind == "complaint" else KIND_NEED.get(p.kind, 0.05)
    need_label = f"complaint, severity {p.severity} of 4" if p.kind == "complaint" else f"{p.kind}, not a complaint"
    parts = [
        Reason("severity", w.severity * need * scale, need_label),
        Reason("legal_risk", w.legal_risk * scale if p.legal_risk else 0.0, "legal risk: legal must clear any reply"),
        Reason("pii", w.pii * scale if p.pii_types else 0.0, f"personal data exposed: {', '.join(p.pii_types)}"),
        Reason("reach", w.reach * p.reach * scale, f"reach {p.reach:.2f} (followers, engagement, velocity)"),
        Reason(
            "sentiment",
            w.sentiment * max(p.negativity, p.anger) * scale,
            f"negative {p.negativity:.2f}, anger {p.anger:.2f}",
        ),
        Reason("legitimacy", w.legitimacy * p.legitimacy * scale, f"legitimacy {p.legitimacy:.2f}"),
        Reason(
            "sla",
            w.sla * min(1.0, max(0.0, p.sla_used)) * scale,
            f"{min(p.sla_used, 9.99) * 100:.0f}% of the {policy.first_response_minutes}-minute response target gone",
        ),
    ]
    score = sum(r.points for r in parts)
    reasons = [r for r in parts if r.points >= 0.05]
    if p.spam:
        reasons.append(Reason("spam", -score * 0.9, "spam: priority cut by 90%"))
        score *= 0.1
    elif p.troll:
        reasons.append(Reason("troll", -score * 0.6, "reads as trolling: priority cut by 60%"))
        score *= 0.4
    reasons.sort(key=lambda r: (-abs(r.points), r.code))
    return max(0, min(100, round(score))), tuple(reasons)


@dataclass(frozen=True, slots=True)
class ActionInputs:
    kind: str
    severity: int
    priority: int
    legal_risk: bool
    pii_exposed: bool
    troll: bool
    abusive: bool  # offensive or hateful beyond the abuse threshold
    genuine_complaint: bool  # a complaint that is not trolling
    topic: str
    praise_confidence: float


def choose_action(a: ActionInputs, policy: TriagePolicy) -> tuple[Action, str | None, str]:
    """(action, escalation pathway or None, why). Hiding is never chosen for a genuine complaint."""
    t = policy.thresholds
    if a.kind == "spam" and not a.genuine_complaint:
        return Action.HIDE, None, "spam"
    if a.legal_risk:
        return Action.LEGAL_HOLD, "legal", "legal risk: no public reply until legal clears it"
    if a.troll and a.abusive and not a.genuine_complaint:
        return Action.HIDE, None, "abusive trolling"
    if a.troll and not a.genuine_complaint:
        return Action.DO_NOT_ENGAGE, None, "reads as trolling"
    if a.pii_exposed:
        return Action.MOVE_PRIVATE, None, "personal data exposed in public: move to private messages"
    if a.kind == "complaint" and (a.severity >= t.escalate_severity or a.priority >= t.escalate_priority):
        pathway = policy.pathways.get(a.topic) or policy.pathways.get("other")
        return Action.ESCALATE, pathway, f"severity {a.severity}, priority {a.priority}"
    if a.priority >= t.respond_now:
        return Action.RESPOND_NOW, None, f"priority {a.priority} at or above {t.respond_now}"
    if a.kind == "praise":
        return Action.THANK, None, "praise"
    return Action.RESPOND, None, a.kind
