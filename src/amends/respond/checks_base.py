"""What every reply check shares: the draft being checked, the raw hits checks report, and phrase rules.

Checks see a `Draft`: the reply as written plus a copy with typographic quotes, dashes and odd spaces
folded to ASCII. The fold maps one character to one character, so offsets found in the folded copy are
offsets in the original text and every finding can point at the words that caused it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from amends.respond.checker_settings import CheckerSettings
from amends.respond.context import ReplyContext

_FOLD = str.maketrans(
    dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032\uff07`\u00b4", "'")
    | dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"')
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-")
    | dict.fromkeys(
        "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "
    )
)
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"')\]]|$)|\n\s*")
# Words that turn the phrase after them around: "this is not your fault", "we will never blame you".
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|hardly|cannot|cant|dont|doesnt|didnt|wont|isnt|"
    r"wasnt|arent|werent|shouldnt|wouldnt|couldnt)\b|n't\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n()]|\s-\s|\b(?:but|and|so)\b", re.I)


@dataclass(frozen=True, slots=True)
class Hit:
    """A finding before the workspace's levels are applied; start/end are None for the whole reply."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


class Draft:
    """The reply under check, with its folded copy, sentence boundaries and context."""

    __slots__ = ("_ends", "_starts", "ctx", "norm", "settings", "text")

    def __init__(self, text: str, ctx: ReplyContext, settings: CheckerSettings) -> None:
        self.text = text
        self.norm = text.translate(_FOLD)
        self.ctx = ctx
        self.settings = settings
        starts, ends, pos = [], [], 0
        for m in _SENTENCE_END.finditer(self.norm):
            if m.end() > pos:
                starts.append(pos)
                ends.append(m.end())
            pos = m.end()
        if pos < len(self.norm) or not starts:
            starts.append(pos)
            ends.append(len(self.norm))
        self._starts = starts
        self._ends = ends

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence(self, index: int) -> tuple[int, int]:
        index = max(0, min(index, len(self._starts) - 1))
        return self._starts[index], self._ends[index]

    def sentences(self) -> Iterable[tuple[int, int]]:
        return zip(self._starts, self._ends, strict=True)

    def around(self, pos: int, before: int = 1, after: int = 1) -> str:
        """The sentence holding `pos` with `before` sentences before it and `after` after it."""
        i = self.sentence_index(pos)
        start = self.sentence(i - before)[0]
        end = self.sentence(i + after)[1]
        return self.norm[start:end]

    def clause_before(self, pos: int, limit: int = 40) -> str:
        """The text before `pos` back to the start of its clause, at most `limit` characters."""
        seg = self.norm[max(0, pos - limit) : pos]
        cut = 0
        for brk in _CLAUSE_BREAK.finditer(seg):
            cut = brk.end()
        return seg[cut:]

    def clause_after(self, pos: int, limit: int = 40) -> str:
        seg = self.norm[pos : pos + limit]
        brk = _CLAUSE_BREAK.search(seg)
        return seg if brk is None else seg[: brk.start()]

    def negated(self, pos: int, limit: int = 32) -> bool:
        """Whether a negation earlier in the same clause turns the words at `pos` around."""
        return _NEGATION.search(self.clause_before(pos, limit)) is not None


@dataclass(frozen=True, slots=True)
class Rule:
    """A phrase pattern that reports `code`. The span reported is the group named `m` when the pattern
    has one (so context can be matched without being highlighted), otherwise the whole match.
    `{match}` in the message is replaced by the words found."""

    code: str
    pattern: re.Pattern[str]
    message: str
    negatable: bool = True  # skip the match when a negation earlier in its clause turns it around
    when: Callable[[Draft, re.Match[str]], bool] | None = None  # an extra condition on the match


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, for word lists kept readable as one string."""
    return frozenset(text.split())


def excerpt(text: str, start: int, end: int, limit: int = 60) -> str:
    snippet = " ".join(text[start:end].split())
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"


def run_rules(draft: Draft, rules: Sequence[Rule]) -> list[Hit]:
    hits = []
    for rule in rules:
        for m in rule.pattern.finditer(draft.norm):
            start, end = m.span("m") if "m" in rule.pattern.groupindex and m.group("m") is not None else m.span()
            if start == end:
                continue
            if rule.negatable and draft.negated(start):
                continue
            if rule.when is not None and not rule.when(draft, m):
                continue
            message = rule.message.replace("{match}", excerpt(draft.text, start, end))
            hits.append(Hit(rule.code, message, start, end))
    return hits


def phrases(terms: Iterable[str], flags: int = re.I) -> re.Pattern[str] | None:
    """A pattern matching any of `terms` as whole words (spaces match any run of spaces); None for no terms."""
    alts = sorted({re.escape(" ".join(t.split())).replace(r"\ ", r"\s+") for t in terms if t.strip()}, key=len)
    if not alts:
        return None
    return re.compile(r"(?<![\w@#])(?:" + "|".join(reversed(alts)) + r")(?!\w)", flags)


def compile_rules(code: str, table: Sequence[tuple[str, str]], flags: int = re.I, negatable: bool = True) -> list[Rule]:
    """Rules from (pattern, message) pairs that all report `code`."""
    return [Rule(code, re.compile(p, flags), msg, negatable) for p, msg in table]
