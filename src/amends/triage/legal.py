"""Legal-risk signal: does a post allege something legal must clear before any public reply?

The care protocol says: on allegations of breach of contract, illegal conduct by staff, injury,
discrimination, fraud, or threats of lawsuits, make no public reply until legal has cleared it.
This module flags such posts, favouring recall over precision, and says why.

It is a transparent weighted rule system (the cues live in `amends.triage.legal_cues`):

1. The text is normalised (lower case, NFKC per character, straight quotes, zero-width and
   bidirectional controls dropped, lone surrogates blanked, a letter repeated three or more times
   inside a word squeezed to one) while keeping a map back to the original offsets (see
   `amends.triage.legal_cues.normalise`).
2. Every cue's regular expression runs over the normalised text (a keyword prefilter skips the cues
   that cannot match, and tries some only where a match can start; `_assess_slow` runs them all and must
   agree). A match starts from the cue's weight and is adjusted by its context (each adjustment is
   named in the evidence's rule):
   - ``negated``: a negator shortly before in the same clause ("not suing", "no lawyer needed"),
     x0.2, unless the sentence is conditional ("I won't sue if...", "if you don't refund me I'll
     sue") or the negator belongs to a phrase like "no choice but";
   - ``idiom`` / ``name``: the cue's own dampers ("power of attorney", "my lawyer friend", "a
     steal", "Sue from billing"), x0.2;
   - ``laughter`` (lol, 😂) x0.4 for hyperbole-prone cues, x0.85 for the rest; ``hypothetical``
     ("would...") x0.6 for hyperbole-prone cues; ``own-fault`` ("not your fault") x0.5;
     ``fiction`` (a documentary, the news, another company) x0.35; ``question`` (an
     information-seeking question such as "how do I...?") x0.6 for softer cues; ``praise`` (a post
     that only praises) x0.55;
   - ``first-person`` ("I", "my") and ``accused`` ("you", "@brand", "staff") nearby, x1.12 each.
3. Per category, overlapping matches count once, each cue counts its best match (and a second,
   different one at half weight), and the pieces combine as a noisy-or, so several cues raise the
   confidence. Hint cues (weight 0.35 or less) only count when a stronger cue of the same category
   fired. A category at or above `FLAG_THRESHOLD` flags the post.

Pure standard library, no network, no models. No regular expression has nested unbounded repeats
and matches per cue are capped, so any input returns in time roughly linear in its length.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amends.triage.evidence import Evidence
from amends.triage.legal_cues import (
    ACCUSED,
    CLAUSE_BREAK,
    COMPLAINT,
    CONDITIONAL_AFTER,
    CUES,
    FICTION,
    FIRST_PERSON,
    HYPOTHETICAL,
    INFO_QUESTION,
    LAUGHTER,
    NEGATION_EXCEPTIONS,
    NEGATORS,
    OWN_FAULT,
    PRAISE,
    SENTENCE_END,
    WHY,
    Cue,
    Normalised,
    candidate_cues,
    normalise,
    normalise_slow,
)

LEGAL_CATEGORIES = (
    "legal_action",
    "breach_of_contract",
    "injury_safety",
    "discrimination",
    "fraud_illegal",
    "regulator",
    "defamation",
    "data_breach",
)

FLAG_THRESHOLD = 0.5  # a category at or above this flags the post
REPORT_FLOOR = 0.15  # weaker categories are left out of the findings
MAX_MATCHES_PER_CUE = 20  # later repeats add nothing and would only cost time
MAX_EVIDENCE = 8  # per finding

NEGATION_FACTOR = 0.2
IDIOM_FACTOR = 0.2
LAUGHTER_FACTOR = 0.4
LAUGHTER_FACTOR_PLAIN = 0.85
HYPOTHETICAL_FACTOR = 0.6
PRAISE_FACTOR = 0.55
OWN_FAULT_FACTOR = 0.5
FICTION_FACTOR = 0.35
QUESTION_FACTOR = 0.6
SOFT_CUE = 0.7  # cues weighing less than this are weakened by an information-seeking question
BOOST = 1.12
MAX_WEIGHT = 0.97
MAX_CONFIDENCE = 0.99

_NEAR = 60  # characters either side for damp_near
_REQUIRE_NEAR = 100  # characters either side for requires
_CONTEXT = 80  # characters either side for laughter and the boosts
_TOKEN = re.compile(r"[\w']+")
_NEGATION_WINDOW = 4  # words before the cue in which a negator counts


@dataclass(frozen=True, slots=True)
class LegalFinding:
    category: str
    confidence: float  # 0..1
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class LegalRisk:
    value: bool  # True when any finding reaches FLAG_THRESHOLD
    confidence: float  # max finding confidence (0 when none)
    findings: tuple[LegalFinding, ...]

    def categories(self, threshold: float = FLAG_THRESHOLD) -> frozenset[str]:
        """The categories whose finding reaches `threshold`."""
        return frozenset(f.category for f in self.findings if f.confidence >= threshold)


NO_RISK = LegalRisk(value=False, confidence=0.0, findings=())


def _clause_before(norm: str, start: int) -> str:
    """The text of the clause up to `start`, at most 60 characters back."""
    window = norm[max(0, start - 60) : start]
    cut = 0
    for brk in CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    return window[cut:]


def _negated(norm: str, start: int, end: int) -> bool:
    clause = _clause_before(norm, start)
    words = _TOKEN.findall(clause)[-_NEGATION_WINDOW:]
    if not any(w in NEGATORS or w.endswith("n't") for w in words):
        return False
    if NEGATION_EXCEPTIONS.search(clause):
        return False
    # "I won't sue if you refund me" is still a threat.
    return not CONDITIONAL_AFTER.match(norm, end, min(len(norm), end + 60))


def _in_info_question(norm: str, start: int, end: int) -> bool:
    """Whether the sentence holding the match is an information-seeking question ("how do I...?")."""
    lo = max(0, start - 200)
    begin = lo
    for brk in SENTENCE_END.finditer(norm, lo, start):
        begin = brk.end()
    stop = SENTENCE_END.search(norm, end, min(len(norm), end + 200))
    if stop is None or stop.group() != "?" or WHY.search(norm, begin, stop.end()):
        return False  # "why do I...?" is a complaint, not a question
    return bool(INFO_QUESTION.search(norm, begin, stop.end()))


def _original_is_upper(text: str, start: int, end: int) -> bool:
    letters = [c for c in text[start:end] if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _looks_like_name(text: str, start: int) -> bool:
    """A capitalised word that does not open a sentence ("thanks to Sue from billing")."""
    if start >= len(text) or not text[start].isupper() or text[start : start + 3].isupper():
        return False
    before = text[max(0, start - 20) : start].rstrip()
    return bool(before) and before[-1] not in ".!?\n:;\"'(@#"


def _window(norm: str, start: int, end: int, radius: int) -> tuple[int, int]:
    return max(0, start - radius), min(len(norm), end + radius)


def _score_match(
    cue: Cue, norm: Normalised, original: str, start: int, end: int, praise_only: bool
) -> tuple[float, list[str]] | None:
    """The weight of one match after its context, with the names of what changed it; None to skip it."""
    text = norm.text
    if cue.requires is not None:
        lo, hi = _window(text, start, end, _REQUIRE_NEAR)
        if not cue.requires.search(text, lo, hi):
            return None
    o_start, o_end = norm.span(start, end)
    if cue.upper and not _original_is_upper(original, o_start, o_end):
        return None
    weight = cue.weight
    notes: list[str] = []
    if cue.name_guard and _looks_like_name(original, o_start):
        weight *= IDIOM_FACTOR
        notes.append("name")
    if (
        (cue.damp_before is not None and cue.damp_before.search(text[max(0, start - 40) : start]))
        or (cue.damp_after is not None and cue.damp_after.match(text[end : end + 40]))
        or (cue.damp_near is not None and cue.damp_near.search(text, *_window(text, start, end, _NEAR)))
    ):
        weight *= IDIOM_FACTOR
        notes.append("idiom")
    if cue.negatable and _negated(text, start, end):
        weight *= NEGATION_FACTOR
        notes.append("negated")
    lo, hi = _window(text, start, end, _CONTEXT)
    if LAUGHTER.search(text, lo, hi):
        weight *= LAUGHTER_FACTOR if cue.idiomatic else LAUGHTER_FACTOR_PLAIN
        notes.append("laughter")
    if OWN_FAULT.search(text, lo, hi):
        weight *= OWN_FAULT_FACTOR
        notes.append("own-fault")
    if FICTION.search(text, lo, hi):
        weight *= FICTION_FACTOR
        notes.append("fiction")
    if cue.weight < SOFT_CUE and _in_info_question(text, start, end):
        weight *= QUESTION_FACTOR
        notes.append("question")
    if cue.idiomatic and HYPOTHETICAL.search(_clause_before(text, start)):
        weight *= HYPOTHETICAL_FACTOR
        notes.append("hypothetical")
    if praise_only:
        weight *= PRAISE_FACTOR
        notes.append("praise")
    if FIRST_PERSON.search(text, lo, hi):
        weight *= BOOST
        notes.append("first-person")
    if ACCUSED.search(text, lo, hi):
        weight *= BOOST
        notes.append("accused")
    return min(weight, MAX_WEIGHT), notes


@dataclass(frozen=True, slots=True)
class _Hit:
    cue: str
    start: int  # offsets into the normalised text
    end: int
    text: str
    weight: float
    evidence: Evidence


def _combine(hits: list[_Hit]) -> float:
    """Noisy-or over independent pieces of evidence in one category.

    Overlapping matches are one piece (the strongest counts). Each cue then counts its best piece fully and
    a second piece with different words at half weight, so "hives and swollen lips" counts for more than
    "hives", while "sue sue sue" counts once.
    """
    leaders: list[_Hit] = []
    cluster_end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if leaders and hit.start < cluster_end:
            if hit.weight > leaders[-1].weight:
                leaders[-1] = hit
            cluster_end = max(cluster_end, hit.end)
        else:
            leaders.append(hit)
            cluster_end = hit.end
    by_cue: dict[str, list[_Hit]] = {}
    for hit in leaders:
        by_cue.setdefault(hit.cue, []).append(hit)
    miss = 1.0
    for group in by_cue.values():
        group.sort(key=lambda h: -h.weight)
        miss *= 1.0 - group[0].weight
        second = next((h for h in group[1:] if h.text != group[0].text), None)
        if second is not None:
            miss *= 1.0 - second.weight / 2
    return 1.0 - miss


def assess_legal_risk(text: str) -> LegalRisk:
    """Flag posts that legal must clear before any public reply, with the evidence for each category."""
    if not isinstance(text, str) or not text:
        return NO_RISK
    norm = normalise(text)
    if not norm.text.strip():
        return NO_RISK
    cues = candidate_cues(norm.text)  # only the cues whose keywords occur can match
    return _assess(text, norm, cues) if cues else NO_RISK


def _assess_slow(text: str) -> LegalRisk:
    """The reference path: normalise one character at a time and run every cue (tests compare the two)."""
    if not isinstance(text, str) or not text:
        return NO_RISK
    norm = normalise_slow(text)
    if not norm.text.strip():
        return NO_RISK
    return _assess(text, norm, ((cue, None) for cue in CUES))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when every match starts at one of `starts` (ascending; None: anywhere)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                end = m.end()


def _assess(text: str, norm: Normalised, cues: Iterable[tuple[Cue, list[int] | None]]) -> LegalRisk:
    praise_only: bool | None = None  # worked out at the first match
    hits: dict[str, list[_Hit]] = {}
    anchored: set[str] = set()  # categories where at least one non-hint cue fired
    for cue, starts in cues:
        for count, m in enumerate(_matches_at(cue.pattern, norm.text, starts)):
            if count >= MAX_MATCHES_PER_CUE:
                break
            if m.end() == m.start():
                continue
            if praise_only is None:
                praise_only = bool(PRAISE.search(norm.text)) and not COMPLAINT.search(norm.text)
            scored = _score_match(cue, norm, text, m.start(), m.end(), praise_only)
            if scored is None:
                continue
            weight, notes = scored
            if not cue.hint:
                anchored.add(cue.category)
            o_start, o_end = norm.span(m.start(), m.end())
            rule = f"{cue.category}.{cue.name}" + (f"[{','.join(notes)}]" if notes else "")
            evidence = Evidence(o_start, o_end, text[o_start:o_end], rule)
            hits.setdefault(cue.category, []).append(_Hit(cue.name, m.start(), m.end(), m.group(), weight, evidence))
    if not hits:
        return NO_RISK
    findings: list[LegalFinding] = []
    for category in LEGAL_CATEGORIES:
        if category not in hits or category not in anchored:
            continue  # hints alone ("gluten free" and "coeliac") make no finding
        confidence = round(min(MAX_CONFIDENCE, _combine(hits[category])), 3)
        if confidence < REPORT_FLOOR:
            continue
        strongest = sorted(hits[category], key=lambda h: (-h.weight, h.start))[:MAX_EVIDENCE]
        ordered = tuple(sorted((h.evidence for h in strongest), key=lambda ev: (ev.start, ev.end)))
        findings.append(LegalFinding(category, confidence, ordered))
    if not findings:
        return NO_RISK
    findings.sort(key=lambda f: (-f.confidence, LEGAL_CATEGORIES.index(f.category)))
    top = findings[0].confidence
    return LegalRisk(value=top >= FLAG_THRESHOLD, confidence=top, findings=tuple(findings))


def load_legal_examples(path: Path | None = None) -> list[dict[str, Any]]:
    """The labelled examples: the shipped set by default, or a JSON Lines file at `path`."""
    if path is None:
        raw = (importlib.resources.files("amends.triage") / "evalsets" / "legal.jsonl").read_text(encoding="utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    examples: list[dict[str, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError(f"line {number}: expected an object with a text")
        if not isinstance(item.get("legal_risk"), bool):
            raise ValueError(f"line {number}: legal_risk must be true or false")
        categories = item.get("categories", [])
        if not isinstance(categories, list) or any(c not in LEGAL_CATEGORIES for c in categories):
            raise ValueError(f"line {number}: unknown category in {categories!r}")
        if item["legal_risk"] != bool(categories):
            raise ValueError(f"line {number}: legal_risk and categories disagree")
        examples.append(item)
    return examples


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def evaluate_legal(examples: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Precision, recall and F1 of the flag, and per-category recall (and precision).

    A gold category counts as found when the prediction has a finding of that category at or
    above the flag threshold. `errors` lists the texts the flag got wrong, for inspection.
    """
    tp = fp = fn = tn = 0
    support = {c: 0 for c in LEGAL_CATEGORIES}
    found = {c: 0 for c in LEGAL_CATEGORIES}
    predicted = {c: 0 for c in LEGAL_CATEGORIES}
    missed: list[str] = []
    false_alarms: list[str] = []
    for example in examples:
        risk = assess_legal_risk(example["text"])
        gold = bool(example["legal_risk"])
        if risk.value and gold:
            tp += 1
        elif risk.value:
            fp += 1
            false_alarms.append(example["text"])
        elif gold:
            fn += 1
            missed.append(example["text"])
        else:
            tn += 1
        got = risk.categories()
        for category in got:
            predicted[category] += 1
        for category in example.get("categories", []):
            support[category] += 1
            if category in got:
                found[category] += 1
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    per_category = {
        c: {
            "support": support[c],
            "recall": _ratio(found[c], support[c]),
            "predicted": predicted[c],
            "precision": _ratio(found[c], predicted[c]),
        }
        for c in LEGAL_CATEGORIES
    }
    return {
        "threshold": FLAG_THRESHOLD,
        "examples": tp + fp + fn + tn,
        "support": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "per_category": per_category,
        "errors": {"missed": missed, "false_alarms": false_alarms},
    }
