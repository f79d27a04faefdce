"""The reply checker: reports what in a draft reply breaks the care protocol (DESIGN.md §2).

Every draft — written by an agent, the composer or a language model — goes through `check_reply` before it
is sent. Each finding names a code from `respond.codes`, its level (blocking stops the send, a warning
sends the draft to a supervisor), a message the agent can act on, and where in the reply it is.

The checker is a pure function of the text, the `ReplyContext` and the workspace's `CheckerSettings`:
rules and word lists, no network, no model. It never raises: a check that fails unexpectedly is logged
and skipped so that one bad rule cannot take the whole send path down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from amends.respond.checker_settings import CheckerSettings
from amends.respond.checks_base import Draft, Hit
from amends.respond.checks_blame import check_blames_customer
from amends.respond.checks_legal import check_legal_hold, check_liability
from amends.respond.checks_money import check_beyond_authority
from amends.respond.checks_passes import check_passes_blame
from amends.respond.checks_personal import check_personal
from amends.respond.checks_privacy import check_asks_pii_public, check_echoes_pii
from amends.respond.checks_protocol import (
    check_apology_for_customer_fault,
    check_copy_paste,
    check_empty,
    check_no_apology,
    check_no_next_step,
    check_too_long,
)
from amends.respond.checks_stance import check_stance
from amends.respond.checks_style import check_jargon, check_off_voice, check_overpromise, check_profanity
from amends.respond.checks_tone import check_defensive, check_sarcasm
from amends.respond.codes import CODES, Level
from amends.respond.context import ReplyContext

log = logging.getLogger(__name__)

__all__ = ["CheckResult", "Finding", "check_reply"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a reply. `start`/`end` index the reply text; None when it is about the whole reply."""

    code: str
    level: Level
    message: str
    start: int | None
    end: int | None
    excerpt: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "level": self.level.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Everything the checker found in one reply, sorted by position (whole-reply findings first)."""

    text: str
    findings: tuple[Finding, ...]

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.BLOCKING)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.WARNING)

    @property
    def passed(self) -> bool:
        """True when nothing blocks the send (warnings may still need a supervisor's approval)."""
        return not self.blocking

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "passed": self.passed,
            "blocking": len(self.blocking),
            "warnings": len(self.warnings),
            "findings": [f.to_dict() for f in self.findings],
        }


# Each check and the codes it may report; a check whose codes are all disabled is not run.
_CHECKS: tuple[tuple[Callable[[Draft], list[Hit]], tuple[str, ...]], ...] = (
    (check_legal_hold, ("legal_hold",)),
    (check_too_long, ("too_long",)),
    (check_liability, ("liability",)),
    (check_defensive, ("defensive",)),
    (check_blames_customer, ("blames_customer",)),
    (check_passes_blame, ("passes_blame",)),
    (check_asks_pii_public, ("asks_pii_public",)),
    (check_echoes_pii, ("echoes_pii",)),
    (check_profanity, ("profanity",)),
    (check_sarcasm, ("sarcasm",)),
    (check_stance, ("passes_blame", "defensive", "blames_customer", "sarcasm", "liability")),
    (check_beyond_authority, ("beyond_authority",)),
    (check_copy_paste, ("copy_paste",)),
    (check_personal, ("generic", "no_acknowledgement")),
    (check_no_next_step, ("no_next_step",)),
    (check_no_apology, ("no_apology",)),
    (check_apology_for_customer_fault, ("apology_for_customer_fault",)),
    (check_jargon, ("jargon",)),
    (check_overpromise, ("overpromise",)),
    (check_off_voice, ("off_voice",)),
)
# When a phrase is both, report only the more specific code: "not our fault, it was the courier" passes blame.
_SUBSUMED_BY = {"defensive": ("passes_blame",)}


def _safe_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if text is None:
        return ""
    try:
        return str(text)
    except Exception:  # an object whose __str__ fails is not a reply
        return ""


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One finding per code per stretch of text: overlapping hits of the same code are merged into the first."""
    kept: list[Hit] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    whole: set[str] = set()
    for hit in sorted(hits, key=lambda h: (h.start if h.start is not None else -1, -(h.end or 0))):
        if hit.start is None or hit.end is None:
            if hit.code not in whole:
                whole.add(hit.code)
                kept.append(hit)
            continue
        taken = spans.setdefault(hit.code, [])
        if any(hit.start < b and a < hit.end for a, b in taken):
            continue
        taken.append((hit.start, hit.end))
        kept.append(hit)
    final = []
    for hit in kept:
        stronger = _SUBSUMED_BY.get(hit.code, ())
        if (
            stronger
            and hit.start is not None
            and hit.end is not None
            and any(o.code in stronger and _overlaps(o, hit.start, hit.end) for o in kept)
        ):
            continue
        final.append(hit)
    return final


def _overlaps(hit: Hit, start: int, end: int) -> bool:
    return hit.start is not None and hit.end is not None and hit.start < end and start < hit.end


def check_reply(text: str, context: ReplyContext, settings: CheckerSettings | None = None) -> CheckResult:
    """Check a draft reply against the care protocol. Never raises."""
    text = _safe_text(text)
    settings = settings if isinstance(settings, CheckerSettings) else CheckerSettings()
    context = context if isinstance(context, ReplyContext) else ReplyContext()
    draft = Draft(text, context, settings)
    hits: list[Hit] = []
    empty = check_empty(draft)
    if empty:  # nothing else can be said about a reply with no words, except that it may not go out at all
        hits += empty + check_legal_hold(draft)
    else:
        for check, codes in _CHECKS:
            if not any(settings.enabled(c) for c in codes):
                continue
            try:
                hits += check(draft)
            except Exception:  # a broken rule must not stop the send path; it is logged to be fixed
                log.exception("reply check %s failed", check.__name__)
    findings = []
    for hit in _dedupe(hits):
        if hit.code not in CODES or not settings.enabled(hit.code):
            continue
        snippet = None if hit.start is None or hit.end is None else text[hit.start : hit.end]
        findings.append(Finding(hit.code, settings.level_of(hit.code), hit.message, hit.start, hit.end, snippet))
    return CheckResult(text, tuple(findings))
