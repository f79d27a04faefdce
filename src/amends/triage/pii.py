"""Personal data that customers post about themselves in public complaints.

Agents use these spans to move a conversation private and to hide the customer's own exposed data.
Everything here is a pure function of the text: compiled regular expressions plus validation
(Luhn, phone-number shapes, UK postcode areas), no network and no models. The patterns avoid
nested ambiguous quantifiers so that the running time stays linear in the length of the text.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

from amends.triage.evidence import Evidence

PII_TYPES = (
    "phone",
    "email",
    "card",
    "address",
    "order_number",
    "booking_reference",
    "account_number",
    "ticket_number",
)


@dataclass(frozen=True, slots=True)
class PiiSpan:
    """One piece of personal data: where it is, what it is, how sure we are and which rule saw it."""

    type: str  # one of PII_TYPES
    start: int  # character offsets into the original text
    end: int
    text: str  # text[start:end]
    confidence: float  # 0..1
    evidence: Evidence


class _Cand(NamedTuple):
    type: str
    start: int  # offsets into the cleaned text
    end: int
    confidence: float
    rule: str


# When two candidates overlap and are equally confident, the more specific type wins.
_SPECIFICITY = {"email": 6, "card": 5, "order_number": 4, "booking_reference": 4, "account_number": 4}
_SPECIFICITY |= {"ticket_number": 4, "phone": 3, "address": 2}

# ---------------------------------------------------------------- normalisation
# Invisible format characters are dropped (offsets are mapped back); odd spaces and dashes become ASCII.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_TRANSLATE = str.maketrans(
    dict.fromkeys("\t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000", " ")
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d", "-")
)


class _Text:
    """The original text, a cleaned copy the rules run on, and the map from cleaned to original offsets."""

    __slots__ = ("clean", "index", "orig")

    def __init__(self, text: str) -> None:
        self.orig = text
        if _INVISIBLE.search(text) is None:
            self.index: list[int] | None = None
            kept = text
        else:
            self.index = [i for i, ch in enumerate(text) if _INVISIBLE.match(ch) is None]
            kept = "".join(text[i] for i in self.index)
        self.clean = kept.translate(_TRANSLATE)

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.index is None:
            return start, end
        return self.index[start], self.index[end - 1] + 1

    def orig_slice(self, start: int, end: int) -> str:
        a, b = self.original(start, end)
        return self.orig[a:b]

    def char(self, i: int) -> str:
        return self.clean[i] if 0 <= i < len(self.clean) else " "


def _is_word(ch: str) -> bool:
    return (ch.isascii() and ch.isalnum()) or ch.isdigit() or ch == "_"


def _near(t: _Text, pattern: re.Pattern[str], start: int, end: int, before: int, after: int = 0) -> bool:
    if pattern.search(t.clean, max(0, start - before), start) is not None:
        return True
    return after > 0 and pattern.search(t.clean, end, end + after) is not None


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I | re.A)

# ---------------------------------------------------------------- email
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]{0,63})@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])",
    re.A,
)


def _emails(t: _Text) -> Iterator[_Cand]:
    for m in _EMAIL.finditer(t.clean):
        yield _Cand("email", m.start(), m.end(), 0.97, "email.address")


# ---------------------------------------------------------------- payment cards
_CARD = re.compile(
    r"(?<![0-9A-Za-z+#/.,-])(?<![0-9][ .-])(?=(?P<c>[0-9]{4}([ .-]?)[0-9]{4}\2[0-9]{4}\2[0-9]{4}(?!\2[0-9]{4})"
    r"|[0-9]{4}([ -]?)[0-9]{6}\3[0-9]{4,5}|[0-9]{13,19})(?![0-9A-Za-z]|[.,][0-9]))",
    re.A,
)
_CARD_CONTEXT = re.compile(
    r"\b(?:cards?|credit|debit|visa|master ?card|amex|american express|discover|cc|cvv|cvc|exp(?:iry|ires)?"
    r"|charged?|payment|paid|billing|bank|pan)\b",
    re.I | re.A,
)


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment card numbers; `digits` holds only ASCII digits."""
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _cards(t: _Text) -> Iterator[_Cand]:
    for m in _CARD.finditer(t.clean):
        start, end = m.span("c")
        digits = _NON_DIGITS.sub("", m.group("c"))
        if len(set(digits)) == 1 or not luhn_valid(digits):
            continue
        if _near(t, _CARD_CONTEXT, start, end, 60, 30):
            yield _Cand("card", start, end, 0.95, "card.luhn+context")
        else:
            yield _Cand("card", start, end, 0.7 if digits[0] in "23456" else 0.5, "card.luhn")


# ---------------------------------------------------------------- phone numbers
_PHONE = re.compile(
    r"(?<![0-9A-Za-z+])(?:\+[ ]?)?(?:\([0-9]{1,5}\)[ .-]?)?[0-9]+"
    r"(?:(?:[ .-]|[ ]?\([0-9]{1,4}\)[ ]?)[0-9]+)*",
    re.A,
)
_PHONE_CONTEXT = re.compile(
    r"\b(?:call(?:ed|ing)?|phone|tel|telephone|mobile|cell|number|no|num|text(?:ed)?|txt|sms|whats ?app"
    r"|ring|rang|dial(?:led)?|reach|contact|landline|line|hotline)\b[^0-9]{0,12}$",
    re.I | re.A,
)
_RANGE_BEFORE = re.compile(r"\b(?:between|from|pages?|scored?|about|approx|around|over|under)[ ]*$", re.I | re.A)
_UNIT_AFTER = re.compile(
    r"[ ]?(?:%|percent|pts|points|km|miles|kg|lbs?|mph|times|people|days|hours|years|items|units|views"
    r"|followers|likes|steps|words)\b",
    re.I | re.A,
)
_CHUNK = re.compile(r"[^ ]+")
_NON_DIGITS = re.compile(r"[^0-9]+")
_DIGITS = re.compile(r"[0-9]+")


def _phone_confidence(t: _Text, start: int, end: int) -> float:
    prev, nxt = t.char(start - 1), t.char(end)
    if _is_word(prev) or prev in "$£€¥₹#@/\\=&%_" or (prev in ".,-" and _is_word(t.char(start - 2))):
        return 0.0
    if _is_word(nxt) or nxt in "%@/_£€$" or (nxt in ".,-" and t.char(end + 1).isdigit()):
        return 0.0
    if _UNIT_AFTER.match(t.clean, end) is not None:
        return 0.0
    groups = _DIGITS.findall(t.orig_slice(start, end))  # invisible characters count as separators
    sizes = [len(g) for g in groups]
    d = "".join(groups)
    n = len(d)
    if n < 7:
        return 0.0
    ctx = _near(t, _PHONE_CONTEXT, start, end, 30)
    if t.clean[start] == "+":
        if not 8 <= n <= 15 or (d[0] == "1" and n != 11) or (len(sizes) > 1 and sizes[0] > 3):
            return 0.0
        return 0.95 if ctx or len(sizes) > 1 else 0.85
    if n == 7:
        if d[0] in "01" or _RANGE_BEFORE.search(t.clean, max(0, start - 12), start):
            return 0.0
        if sizes == [3, 4]:
            return 0.95 if ctx else 0.85
        return 0.6 if ctx and sizes == [7] else 0.0
    if n == 10 and d[0] in "23456789" and d[3] in "23456789":
        if sizes == [3, 3, 4] or sizes == [3, 7]:
            return 0.95 if ctx else 0.9
        return 0.7 if ctx and sizes == [10] else 0.0
    if n == 11 and d[0] == "1" and d[1] in "23456789" and d[4] in "23456789":
        if sizes == [1, 3, 3, 4]:
            return 0.95 if ctx else 0.9
        return 0.7 if ctx and sizes == [11] else 0.0
    if d[0] == "0" and d[1] != "0" and n in (10, 11):
        if 1 < len(sizes) <= 4 and min(sizes) >= 2 and sizes[0] >= 3:
            return 0.95 if ctx else 0.85
        if sizes == [n] and (ctx or d.startswith("07")):
            return 0.8 if ctx else 0.7
    return 0.0


def _phones(t: _Text) -> Iterator[_Cand]:
    for m in _PHONE.finditer(t.clean):
        chunks = [c.span() for c in _CHUNK.finditer(t.clean, m.start(), m.end())]
        prefix = [0]
        for a, b in chunks:
            prefix.append(prefix[-1] + sum(ch.isdigit() for ch in t.clean[a:b]))
        i = 0
        while i < len(chunks):
            for j in range(min(len(chunks), i + 6), i, -1):
                if 7 <= prefix[j] - prefix[i] <= 15:
                    start, end = chunks[i][0], chunks[j - 1][1]
                    conf = _phone_confidence(t, start, end)
                    if conf > 0:
                        yield _Cand("phone", start, end, conf, "phone.shape")
                        i = j
                        break
            else:
                i += 1


# ---------------------------------------------------------------- addresses
_UK_AREA_TEXT = (
    "AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY EC EH EN EX FK FY "
    "GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY LA LD LE LL LN LS LU ME MK ML NE NG NN NP NR NW "
    "OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC "
    "WD WF WN WR WS WV YO ZE B E G L M N S W"
)
_UK_AREAS = _UK_AREA_TEXT.split()
_POSTCODE_BODY = "(?:" + "|".join(_UK_AREAS) + r")[0-9][A-Z0-9]?[ ]?[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE = re.compile(r"(?<![A-Za-z0-9])(?i:" + _POSTCODE_BODY + r")(?![A-Za-z0-9])", re.A)
_POSTCODE_CONTEXT = re.compile(r"\b(?:post ?code|postal code|zip|address)\b", re.I | re.A)
_STRONG_SUFFIX = "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|highway|hwy|parkway|pkwy"
_WEAK_SUFFIX = "drive|dr|court|ct|way|place|pl|terrace|close|crescent|square|sq|gardens|grove|row|mews|circle|cir|trail"
_WEAK = frozenset(_WEAK_SUFFIX.split("|"))
_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9$£€#@/.,:_-])"
    r"(?:(?i:flat|apt|apartment|unit|suite)\.?[ ]?[0-9]{1,4}[A-Za-z]?,?[ ]+)?"
    r"[0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?,?[ ]+"
    r"(?P<name>(?:(?:[0-9]{1,3}(?i:st|nd|rd|th)|[A-Za-z][A-Za-z'.-]*)[ ]+){1,3}?)"
    r"(?P<suffix>(?i:" + _STRONG_SUFFIX + "|" + _WEAK_SUFFIX + r"))(?![A-Za-z0-9])\.?"
    r"(?P<unit>,?[ ]+(?i:apt|apartment|unit|flat|suite|ste)\.?[ ]?#?[0-9][0-9A-Za-z-]{0,5}(?![A-Za-z0-9]))?"
    r"(?P<loc>,?[ ]*(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2},?[ ]+)?"
    r"(?:[A-Z]{2}(?:[ ]+[0-9]{5}(?:-[0-9]{4})?)?|[0-9]{5}(?:-[0-9]{4})?|" + _POSTCODE_BODY + r")(?![A-Za-z0-9]))?",
    re.A,
)
_NOT_STREET_TEXT = (
    "the a an of on in at to for from and or but my your our their his her its this that these those is was are "
    "were be been with by as each every per more less than about over under all some any no not very just only "
    "day days hour hours week weeks month months year years minute minutes mins min times time items item orders "
    "order calls emails people stars star pounds dollars bucks quid euros pcs units tries attempts separate "
    "different whole entire other same"
)
_NOT_STREET_WORDS = frozenset(_NOT_STREET_TEXT.split())


def _addresses(t: _Text) -> Iterator[_Cand]:
    for m in _ADDRESS.finditer(t.clean):
        end = m.end() - 1 if m.group().endswith(".") else m.end()  # a full stop, not part of "St."
        words = m.group("name").split()
        if any(w.lower() in _NOT_STREET_WORDS for w in words):
            continue
        suffix = m.group("suffix")
        tail = bool(m.group("unit") or m.group("loc"))
        if suffix.lower() in _WEAK and not tail:
            if not suffix[0].isupper() or not all(w[0].isupper() or w[0].isdigit() for w in words):
                continue
            yield _Cand("address", m.start(), end, 0.75, "address.street")
        else:
            yield _Cand("address", m.start(), end, 0.9 if tail else 0.85, "address.street")
    for m in _POSTCODE.finditer(t.clean):
        upper = m.group().upper() == m.group()
        if upper or (" " in m.group() and _near(t, _POSTCODE_CONTEXT, m.start(), m.end(), 25)):
            yield _Cand("address", m.start(), m.end(), 0.8, "address.uk_postcode")


# ---------------------------------------------------------------- identifiers after a context word
_ID = re.compile(
    r"\b(?:(?P<order_number>(?i:purchase orders?|orders?|purchases?|invoices?))"
    r"|(?P<booking_reference>(?i:bookings?|reservations?|confirmation|reference|ref|pnr|itinerary|record locator))"
    r"|(?P<account_number>(?i:accounts?|acct|a/c|(?:membership|loyalty)(?:[ ]card)?|policy"
    r"|(?:customer|member|acc)(?=[ ]?(?:number|no|id|#|ref))))"
    r"|(?P<ticket_number>(?i:tickets?|(?<![Ii]n )cases?|incidents?|complaints?|claims?)))(?![A-Za-z0-9])"
    r"(?P<qual>,?(?:[ ]+(?i:no\.|(?:numbers?|num|nr|nos?|ids?|code|ref|reference|locator)(?![A-Za-z0-9]))){1,2})?"
    r"(?P<verb>[ ]+(?i:is|was|are|ending in|ends in|ending)(?![A-Za-z0-9]))?[ ]*(?P<sign>[:#=]{0,2})[ ]*"
    r"(?:(?P<id>#?(?=[A-Za-z0-9/-]{0,29}[0-9])[A-Za-z0-9][A-Za-z0-9/-]{2,29})|(?P<pnr>[A-Z]{6}))",
    re.A,
)
_MORE_ID = re.compile(
    r"[ ]*(?:,|&|/|\band\b|\bor\b)[ ]*(?P<id>#?(?=[A-Za-z0-9-]{0,29}[0-9])[A-Za-z0-9][A-Za-z0-9-]{2,29})", re.A
)
_ID_GROUP = re.compile(r"[ ][0-9]{4}(?![A-Za-z0-9-])", re.A)
_DATE_OR_TIME = re.compile(
    r"(?:19|20)[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{2,4}|[0-9]{1,2}(?:am|pm|h|hrs)"
    r"|[0-9]+(?:st|nd|rd|th|k|x|gb|tb|mb|mm|cm|kg|ml)|[0-9]{1,4}/[0-9]{1,2}(?:/[0-9]{2,4})?",
    re.I | re.A,
)


def _trim_id(t: _Text, start: int, end: int) -> tuple[int, int]:
    start += t.clean[start] == "#"
    while t.clean[end - 1] in "-/":
        end -= 1
    return start, end


def _id_ok(t: _Text, start: int, end: int, hashed: bool) -> bool:
    ident, nxt = t.clean[start:end], t.char(end)
    if _is_word(nxt) or nxt == "@" or (nxt in ".-/" and _is_word(t.char(end + 1))):
        return False
    if (_DATE_OR_TIME.fullmatch(ident) and not hashed) or _UNIT_AFTER.match(t.clean, end):
        return False
    if len(ident) < 4 and not (hashed and ident.isdigit()):
        return False
    mixed_case = any(c.islower() for c in ident) and any(c.isupper() for c in ident)
    return not (mixed_case and sum(c.isdigit() for c in ident) < 4)  # "iPhone15", "Galaxy23"


def _identifiers(t: _Text) -> Iterator[_Cand]:
    for m in _ID.finditer(t.clean):
        kind = next(k for k in PII_TYPES if k in m.groupdict() and m.group(k) is not None)
        hashed = "#" in m.group("sign") or (m.group("id") or "").startswith("#")
        if m.group("pnr"):  # six capitals, no digit: only as a booking code that is clearly introduced
            keyword, marked = m.group(kind), m.group("qual") or m.group("sign") or m.group("verb")
            if kind == "booking_reference" and (keyword.upper() == "PNR" or (marked and keyword != keyword.upper())):
                yield _Cand(kind, *m.span("pnr"), 0.75, f"{kind}.code")
            continue
        start, end = _trim_id(t, *m.span("id"))
        if not _id_ok(t, start, end, hashed):
            continue
        if end - start == 4 and t.clean[start:end].isdigit():  # "6001 2234"
            for _ in range(3):
                if (group := _ID_GROUP.match(t.clean, end)) is None:
                    break
                end = group.end()
        digits = _NON_DIGITS.sub("", t.clean[start:end])
        if 13 <= len(digits) <= 19 and luhn_valid(digits):  # a card number, whatever the word before it
            continue
        conf, rule = (0.95 if hashed or m.group("qual") else 0.9), f"{kind}.context"
        yield _Cand(kind, start, end, conf, rule)
        size = end - start
        while (more := _MORE_ID.match(t.clean, end)) is not None:  # "orders 4412093 and 4412094"
            start, end = _trim_id(t, *more.span("id"))
            if abs(end - start - size) > 1 or not _id_ok(t, start, end, hashed):
                break
            yield _Cand(kind, start, end, conf, rule)


# ---------------------------------------------------------------- public API
def detect_pii(text: str) -> list[PiiSpan]:
    """Every piece of personal data found in `text`, without overlaps, sorted by start offset."""
    if not isinstance(text, str) or not text:
        return []
    t = _Text(text)
    url_starts, url_ends = [], []
    for m in _URL.finditer(t.clean):
        url_starts.append(m.start())
        url_ends.append(m.end())
    cands: list[_Cand] = list(_emails(t))
    for rule in (_cards, _phones, _addresses, _identifiers):
        for c in rule(t):
            i = bisect_right(url_starts, c.start)
            if not ((i > 0 and url_ends[i - 1] > c.start) or (i < len(url_starts) and url_starts[i] < c.end)):
                cands.append(c)
    cands.sort(key=lambda c: (-c.confidence, -_SPECIFICITY[c.type], c.start - c.end, c.start))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Cand] = []
    for c in cands:
        i = bisect_right(starts, c.start)
        if (i > 0 and ends[i - 1] > c.start) or (i < len(starts) and starts[i] < c.end):
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.insert(i, c)
    spans = []
    for c in chosen:
        start, end = t.original(c.start, c.end)
        snippet = text[start:end]
        evidence = Evidence(start=start, end=end, text=snippet, rule=c.rule)
        spans.append(PiiSpan(c.type, start, end, snippet, c.confidence, evidence))
    return spans


def _with_offsets(item: dict[str, Any], where: str) -> dict[str, Any]:
    """A labelled example whose gold spans have `start`/`end`, found by searching each span's text in order."""
    text, cursor, spans = item["text"], 0, []
    for span in item.get("spans", []):
        start = span["start"] if "start" in span else text.find(span["text"], cursor)
        if start < 0:
            start = text.find(span["text"])
        if start < 0 or span.get("type") not in PII_TYPES:
            raise ValueError(f"{where}: bad span {span!r}")
        end = span["end"] if "end" in span else start + len(span["text"])
        spans.append({"type": span["type"], "text": text[start:end], "start": start, "end": end})
        cursor = end
    return {"text": text, "spans": spans}


def load_pii_examples(path: Path | None = None) -> list[dict[str, Any]]:
    """The labelled evaluation set (by default the one shipped in the package), with gold offsets."""
    if path is None:
        raw = (files("amends.triage") / "evalsets" / "pii.jsonl").read_text(encoding="utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return [
        _with_offsets(json.loads(line), f"line {lineno}")
        for lineno, line in enumerate(raw.splitlines(), 1)
        if line.strip()
    ]


def evaluate_pii(examples: Iterable[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per type and for "all"; a prediction matches a gold span
    of the same type whose offsets overlap it, each gold span at most once."""
    counts = {k: [0, 0, 0] for k in (*PII_TYPES, "all")}  # tp, fp, fn
    for n, item in enumerate(examples, 1):
        ex = _with_offsets(item, f"example {n}")
        gold = [(g["type"], g["start"], g["end"]) for g in ex["spans"]]
        used = [False] * len(gold)
        for p in detect_pii(ex["text"]):
            hit = next(
                (i for i, g in enumerate(gold) if not used[i] and g[0] == p.type and g[1] < p.end and p.start < g[2]),
                None,
            )
            if hit is None:
                counts[p.type][1] += 1
            else:
                used[hit] = True
                counts[p.type][0] += 1
        for g, u in zip(gold, used, strict=True):
            if not u:
                counts[g[0]][2] += 1
    for k in PII_TYPES:
        for i in range(3):
            counts["all"][i] += counts[k][i]
    report = {}
    for k, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report[k] = {"precision": precision, "recall": recall, "f1": f1, "support": float(tp + fn)}
    return report
