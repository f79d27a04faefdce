"""Legal risk: the public hold, and wording that admits or denies liability (care protocol rule 8).

On a case with legal risk, whatever the reply says about fault can be quoted back in a dispute, so both
admissions ("this was our fault") and denials ("our staff did nothing wrong") are reported. On an ordinary
case an admission is exactly what rule 5 asks for, while a denial is argumentative: `DENIALS` are reported
as `defensive` there by the tone checks.
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit, Rule, run_rules
from amends.respond.context import Visibility

_SUBJ_STAFF = (
    r"\b(?:we|i|our\s+(?:staff|team|employees?|colleagues?|drivers?|store|agents?|staff\s+members?|manager|people)"
    r"|the\s+(?:staff|drivers?|team|employees?|agents?|store|manager))"
)

# Denials of fault or of what the customer says happened. Each carries its own negation, so none is negatable.
DENIAL_PATTERNS: tuple[str, ...] = (
    r"\b(?:(?:is|was|'s)\s+)?not\s+(?:our|my|the\s+company's)\s+(?:fault|responsibility|problem|doing|concern)\b",
    r"\bno\s+fault\s+of\s+(?:ours|mine)\b",
    r"\b(?:we|i)\s*(?:'re|are|were|am|'m)\s+(?:not|in\s+no\s+way|by\s+no\s+means)\s+(?:responsible|liable|at\s+fault"
    r"|to\s+blame|accountable)\b",
    _SUBJ_STAFF + r"\s+(?:did|have\s+done|has\s+done|'ve\s+done)\s+(?:absolutely\s+)?nothing\s+wrong\b",
    r"\b(?:we|i)\s+(?:did\s+not|didn't|never|have\s+not|haven't)\s+(?:do|done)\s+anything\s+wrong\b",
    r"\b(?:that|this|it)\s+(?:simply\s+)?(?:never|did\s+not|didn't)\s+happen(?:ed)?\b(?!\s+(?:before|to|again|yet))",
    r"\b(?:that|this|it|which)\s*(?:'s|is|was)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+|totally\s+"
    r"|quite\s+|actually\s+)?(?:not\s+true|untrue|false|not\s+the\s+case|not\s+what\s+happened|incorrect|inaccurate"
    r"|a\s+lie|not\s+accurate|not\s+correct)\b(?!\s+(?:of|on|for)\b)"
    r"(?!\s+that\s+you\s+(?:need|have|must|should|will|'ll|would|'d)\b)",  # "not the case that you need to pay"
    r"\bthere\s+(?:was|were|is|has\s+been)\s+no\s+(?:negligence|wrongdoing|discrimination|misconduct|fault|mistake"
    r"|error)\s+(?:on\s+our\s+(?:part|side|end)|by\s+(?:us|our\s+\w+))",
    r"\bthere\s+(?:was|were|is|has\s+been)\s+no\s+(?:negligence|wrongdoing|discrimination|misconduct)\b",
    r"\b(?:we|i)\s+(?:strongly\s+|categorically\s+)?(?:deny|reject|dispute)\s+(?:any|all|the|these|this|your|that"
    r"|those)\b",
    r"\b(?:our|the)\s+(?:products?|items?|device|food|meal|equipment|premises|store|vehicle)\s+(?:is|was|are|were)"
    r"\s+(?:completely\s+|perfectly\s+|totally\s+|entirely\s+)?safe\b",
    r"\b(?:we|i)(?:'d|\s+would|)\s+(?:did\s+not|didn't|never|do\s+not|don't|would\s+never)\s+(?:ever\s+|)"
    r"(?:discriminat|damag|break|lose|lost|overcharg|mislead|lie|lied|harm|hurt|injur|endanger)\w*",
    r"\b(?:we|i)\s+(?:cannot|can't|can\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b",
)
DENIALS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in DENIAL_PATTERNS)

_ADMISSION_PATTERNS: tuple[str, ...] = (
    r"\b(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|negligence|failure|bad|doing)\b",
    r"\b(?:we|i)\s+(?:fully\s+|completely\s+|totally\s+)?(?:accept|take|acknowledge|admit|own|bear)\s+(?:full\s+"
    r"|complete\s+|total\s+|all\s+|sole\s+)?(?:the\s+)?(?:responsibility|liability|blame|fault)\b",
    r"\b(?:we|i)\s*(?:'re|are|were|am|'m)\s+(?:fully\s+|entirely\s+|completely\s+|totally\s+|solely\s+)?(?:responsible"
    r"|liable|at\s+fault|to\s+blame|accountable)\b",
    r"\b(?:we|i)\s+(?:have\s+|'ve\s+)?(?:made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|messed\s+up|screwed\s+up"
    r"|got\s+(?:it|this|that)\s+wrong|dropped\s+the\s+ball|let\s+you\s+down)\b",
    r"\b(?:we|i)\s+(?:were|was)\s+(?:wrong|negligent|careless)\b",
    r"\b(?:our|the)\s+(?:staff|employees?|team\s+members?|drivers?|colleagues?|agents?|manager|technicians?|engineers?)"
    r"\s+(?:was|were)\s+(?:wrong|negligent|careless|at\s+fault|out\s+of\s+line|to\s+blame)\b",
    r"\bnegligen(?:t|ce)\b",
    r"\b(?:should|must)\s+(?:never|not)\s+have\s+happened\b",
    r"\b(?:that|this|it)\s*(?:'s|is|was)\s+(?:all\s+)?on\s+us\b",
)

_ADMIT_MSG = (
    'On a legal-risk case "{match}" admits fault, which can be used in a claim. Until legal has reviewed it, '
    "acknowledge the concern without saying who was at fault, and move to a private message."
)
_DENY_MSG = (
    'On a legal-risk case "{match}" denies liability or disputes the customer\'s account; nothing about fault '
    "may be said until legal has reviewed it. Acknowledge the concern and move to a private message."
)
_RULES = [Rule("liability", re.compile(p, re.I), _ADMIT_MSG, negatable=False) for p in _ADMISSION_PATTERNS] + [
    Rule("liability", p, _DENY_MSG, negatable=False) for p in DENIALS
]

_HOLD_MSG = (
    "This case is under legal hold: nothing may be posted publicly, not even a denial or a holding reply, "
    "until someone with the legal role releases the hold."
)


def check_legal_hold(draft: Draft) -> list[Hit]:
    if draft.ctx.legal_hold and draft.ctx.visibility is Visibility.PUBLIC:
        return [Hit("legal_hold", _HOLD_MSG)]
    return []


def check_liability(draft: Draft) -> list[Hit]:
    if not draft.ctx.legal_risk:
        return []
    return run_rules(draft, _RULES)
