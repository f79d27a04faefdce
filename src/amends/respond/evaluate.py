"""Measure a reply checker against the labelled reply set (`respond/evalsets/replies.jsonl`).

The set labels, for each reply written in a given situation (a `ReplyContext`), exactly which blocking codes
the reply should trigger under default levels, and the warnings one can expect. `load_reply_set` turns it into
`ReplyItem`s; `score_checker` runs any check function over them and compares what it reports with the labels.

Only blocking codes are scored (`codes.BLOCKING_BY_DEFAULT`): a predicted warning or an unknown code is ignored.
Scores are over (item, blocking code) pairs. Where a ratio has nothing to count, the convention is: precision 1.0
when nothing was predicted, recall 1.0 when there was nothing to find, F1 0.0 when both precision and recall are 0.

    from amends.respond.evaluate import load_reply_set, score_checker
    score = score_checker(load_reply_set(), my_check, split="test")
    print(score.table())
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amends.respond.codes import BLOCKING_BY_DEFAULT, CODES, Level
from amends.respond.context import Fault, PiiItem, Purpose, ReplyContext, Visibility
from amends.respond.voice import BrandVoice

DEFAULT_PATH = Path(__file__).parent / "evalsets" / "replies.jsonl"
SPLITS = ("dev", "test", "holdout", "holdout2")

Check = Callable[[str, ReplyContext], Iterable[str]]
"""A reply checker as the harness sees it: (reply text, context) -> the codes it reports."""


@dataclass(frozen=True, slots=True)
class ReplyItem:
    """One labelled reply: the situation, the reply, and the codes it should trigger."""

    id: str
    split: str  # "dev", "test", "holdout" or "holdout2"
    context: ReplyContext
    reply: str
    blocking: frozenset[str]  # exactly the blocking codes under default levels; empty = the reply must pass
    warnings: frozenset[str] = frozenset()  # the warnings one can expect (best effort, not scored)
    note: str | None = None  # why the item is there or what makes it tricky

    @property
    def good(self) -> bool:
        return not self.blocking


def _context(raw: Any, where: str) -> ReplyContext:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: context must be an object")
    known = set(ReplyContext.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"{where}: unknown context field(s) {sorted(unknown)}")
    try:
        values: dict[str, Any] = dict(raw)
        if "visibility" in values:
            values["visibility"] = Visibility(values["visibility"])
        if "purpose" in values:
            values["purpose"] = Purpose(values["purpose"])
        if "at_fault" in values:
            values["at_fault"] = Fault(values["at_fault"])
        if "pii" in values:
            values["pii"] = tuple(PiiItem(type=str(p["type"]), text=str(p["text"])) for p in values["pii"])
        if "recent_replies" in values:
            values["recent_replies"] = tuple(str(r) for r in values["recent_replies"])
        if "voice" in values:
            values["voice"] = BrandVoice.model_validate(values["voice"])
        if values.get("refund_limit") is not None:
            values["refund_limit"] = float(values["refund_limit"])
        return ReplyContext(**values)
    except (ValueError, TypeError, KeyError) as exc:  # a bad enum value, voice field or pii entry
        raise ValueError(f"{where}: bad context: {exc}") from exc


def _codes(raw: Any, level: Level, where: str) -> frozenset[str]:
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        raise ValueError(f"{where}: {level.value} codes must be a list of strings")
    for code in raw:
        if code not in CODES:
            raise ValueError(f"{where}: unknown code {code!r}")
        if CODES[code].level is not level:
            raise ValueError(f"{where}: {code!r} is not a {level.value} code by default")
    return frozenset(raw)


def parse_item(raw: dict[str, Any], where: str = "item") -> ReplyItem:
    """Build one `ReplyItem` from its JSON object; ValueError says what is wrong with it."""
    for key in ("id", "split", "context", "reply", "blocking"):
        if key not in raw:
            raise ValueError(f"{where}: missing {key!r}")
    where = f"{where} ({raw['id']})"
    if raw["split"] not in SPLITS:
        raise ValueError(f"{where}: split must be one of {SPLITS}")
    if not isinstance(raw["reply"], str):
        raise ValueError(f"{where}: reply must be a string")
    note = raw.get("note")
    return ReplyItem(
        id=str(raw["id"]),
        split=str(raw["split"]),
        context=_context(raw["context"], where),
        reply=raw["reply"],
        blocking=_codes(raw["blocking"], Level.BLOCKING, where),
        warnings=_codes(raw.get("warnings", []), Level.WARNING, where),
        note=None if note is None else str(note),
    )


def load_reply_set(path: Path | None = None) -> list[ReplyItem]:
    """The labelled reply set; by default the one packaged with Amends."""
    source = path or DEFAULT_PATH
    items: list[ReplyItem] = []
    seen: set[str] = set()
    with source.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            item = parse_item(json.loads(line), f"{source.name}:{number}")
            if item.id in seen:
                raise ValueError(f"{source.name}:{number}: duplicate id {item.id!r}")
            seen.add(item.id)
            items.append(item)
    return items


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class CodeScore:
    """Precision, recall and F1 for one blocking code; support = how many items carry it."""

    code: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, 1.0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, 1.0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class ItemError:
    """An item where the checker's blocking codes differ from the label."""

    id: str
    missed: tuple[str, ...]  # labelled, not reported
    extra: tuple[str, ...]  # reported, not labelled

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "missed": list(self.missed), "extra": list(self.extra)}


@dataclass(frozen=True, slots=True)
class CheckerScore:
    """How a check did on a list of labelled replies."""

    split: str | None
    items: int
    good_items: int  # items labelled with no blocking code
    good_passed: int  # of those, how many got no blocking code
    exact: int  # items whose predicted blocking set equals the label
    tp: int
    fp: int
    fn: int
    per_code: dict[str, CodeScore] = field(default_factory=dict)
    errors: tuple[ItemError, ...] = ()

    @property
    def precision(self) -> float:
        """Micro precision over (item, blocking code) pairs."""
        return _ratio(self.tp, self.tp + self.fp, 1.0)

    @property
    def recall(self) -> float:
        """Micro recall over (item, blocking code) pairs."""
        return _ratio(self.tp, self.tp + self.fn, 1.0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def item_accuracy(self) -> float:
        """Share of items whose predicted blocking set equals the label exactly."""
        return _ratio(self.exact, self.items, 1.0)

    @property
    def good_pass_rate(self) -> float:
        """Share of items labelled good (no blocking code) that the check lets through."""
        return _ratio(self.good_passed, self.good_items, 1.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "items": self.items,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "item_accuracy": round(self.item_accuracy, 4),
            "good_replies_passed": round(self.good_pass_rate, 4),
            "good_items": self.good_items,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "per_code": {code: s.to_dict() for code, s in self.per_code.items()},
            "errors": [e.to_dict() for e in self.errors],
        }

    def table(self) -> str:
        """A plain-text report: the headline numbers, then one row per blocking code."""
        lines = [
            f"split={self.split or 'all'} items={self.items} micro P={self.precision:.3f} R={self.recall:.3f} "
            f"F1={self.f1:.3f} item accuracy={self.item_accuracy:.3f} "
            f"good passed={self.good_pass_rate:.3f} ({self.good_passed}/{self.good_items})",
            f"{'code':<20}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'fp':>5}",
        ]
        for s in self.per_code.values():
            lines.append(f"{s.code:<20}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>9}{s.fp:>5}")
        return "\n".join(lines)


def score_checker(items: Sequence[ReplyItem], check: Check, *, split: str | None = None) -> CheckerScore:
    """Run `check` on every item (of `split`, or all) and score its blocking codes against the labels."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS} or None")
    chosen = [it for it in items if split is None or it.split == split]
    counts = {code: [0, 0, 0] for code in sorted(BLOCKING_BY_DEFAULT)}  # tp, fp, fn
    errors: list[ItemError] = []
    exact = good_items = good_passed = 0
    for item in chosen:
        predicted = frozenset(check(item.reply, item.context)) & BLOCKING_BY_DEFAULT
        gold = item.blocking & BLOCKING_BY_DEFAULT
        for code in predicted & gold:
            counts[code][0] += 1
        for code in predicted - gold:
            counts[code][1] += 1
        for code in gold - predicted:
            counts[code][2] += 1
        if predicted == gold:
            exact += 1
        else:
            errors.append(ItemError(item.id, tuple(sorted(gold - predicted)), tuple(sorted(predicted - gold))))
        if not gold:
            good_items += 1
            good_passed += not predicted
    per_code = {code: CodeScore(code, tp, fp, fn) for code, (tp, fp, fn) in counts.items()}
    return CheckerScore(
        split=split,
        items=len(chosen),
        good_items=good_items,
        good_passed=good_passed,
        exact=exact,
        tp=sum(s.tp for s in per_code.values()),
        fp=sum(s.fp for s in per_code.values()),
        fn=sum(s.fn for s in per_code.values()),
        per_code=per_code,
        errors=tuple(errors),
    )
