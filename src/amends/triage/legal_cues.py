"""The legal-risk cue table and the dampers the rules consult (see `amends.triage.legal`), the normalisation
of the text the cues run over, and the keyword prefilter that finds which cues can match a text at all.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from amends.triage import legal_cues_a, legal_cues_b
from amends.triage.legal_rules import WORD_END, WORD_START, Cue, clause_chance, pattern_keywords

__all__ = ["CUES", "Cue", "Normalised", "candidate_cues", "normalise", "normalise_slow"]

CUES: tuple[Cue, ...] = (*legal_cues_a.CUES, *legal_cues_b.CUES)


NEGATORS = frozenset(
    {
        "not", "no", "never", "without", "nobody", "nothing", "none", "neither", "nor", "isn't", "wasn't",
        "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't",
        "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "dont", "didnt", "wont", "isnt", "wasnt", "cant",
        "havent", "hasnt", "doesnt", "wouldnt", "couldnt", "zero", "nah", "nope",
    }
)  # fmt: skip

# A negator inside these phrases does not negate what follows ("no choice but to sue").
NEGATION_EXCEPTIONS = re.compile(
    r"\bno (?:choice|option|other (?:choice|option|way)|alternative|way around)\b|\bnot (?:afraid|scared|"
    r"joking|kidding|bluffing|messing|playing|above|the first|just|only|hesitat\w*|going to hesitate|"
    r"going to let|letting|gonna let)\b|\b(?:won't|wont|will not|wouldn't|would not) (?:hesitate|stop|"
    r"rule out|let)\b|\b(?:don't|dont|do not) (?:make|force|test|push|think i won't|think i wont)\b|"
    r"\b(?:can't|cant|cannot|can not) believe\b|\bno (?:joke|doubt|kidding)\b|\bwhy\b|\bhow come\b|"
    r"\bif\b|\bunless\b|\buntil\b|\btill\b|\botherwise\b|\bor else\b"
)
CONDITIONAL_AFTER = re.compile(r"[^.!?\n]{0,40}?\b(?:if|unless|as long as|so long as|provided|until)\b")  # .match
# Talk about fiction, the news or another company ("the scammer in that documentary") is not an allegation.
FICTION = re.compile(
    r"\b(?:documentar(?:y|ies)|docuseries|true crime|tv show|series|season \d+|episodes?|movie|podcast|plot twist|"
    r"villain|spoilers?|courtroom drama|legal drama|crime drama|novel|audiobook|trailer|sitcom|in the news|"
    r"news (?:story|article|report)|headline|the plot|courtroom|(?:the|new|this|that) show|actor|actress|"
    r"storyline|character|the (?:film|movie|series)|read about|heard about|saw (?:the|a|some) (?:news|story|"
    r"article|report)|(?:by|from) (?:a|some) (?:fake|random|dodgy|private|third party|third-party) (?:\w+ )?"
    r"(?:seller|site|website|account|page|person|guy|company)|(?:claiming|pretending|purporting) to be (?:from )?"
    r"(?:@\w+|you|your|the bank|them)|"
    r"(?:(?:at|from|of|by|with|about) (?:that|another|the other|other|a different|some other)|(?:on|in) "
    r"(?:another|a different|some other|the other)) "
    r"(?:\w+ )?(?:company|companies|airline|bank|brand|retailer|store|shop|app|firm|site|provider|supplier|chain))\b"
)
# An information-seeking question ("how do I...?") weakens the softer cues in it.
INFO_QUESTION = re.compile(
    r"\b(?:how (?:do|can|long|does|would|much|many)|can i|could i|do i|should i|is there|are there|"
    r"does (?:the|it|this|that|your|my|@\w+)|what(?:'s| is| are) (?:the|your)|where (?:can|do)|when (?:can|will|does)|"
    r"any (?:idea|chance|way)|anyone know|wondering (?:if|whether)|is it (?:ok|okay|possible|safe|normal)|"
    r"what happens|what if|what do i|what should i|can you (?:explain|tell|clarify|confirm|check|help)|"
    r"is (?:that|this|it) (?:legit|real|genuine|normal|right|correct|you)|if i|if we|"
    r"do (?:you|your|they) (?:\w+ )?(?:do|have|sell|offer|make|deliver|get|use|cook|fry|carry|stock|serve))\b"
)
# The customer clears the brand ("not your fault", "my own fault"): what follows is no allegation.
OWN_FAULT = re.compile(
    r"\b(?:not (?:your|ur|the (?:shop's|store's|driver's|staff's)|their|anyone's) fault|(?:my|our) (?:own )?"
    r"(?:fault|mistake|bad)|(?:that's|thats|that is|it's|its) on me|no harm done|user error|lesson (?:learned|learnt)|"
    r"(?:my|our) own (?:house|home|flat|doing|kitchen|garden|stupidity|clumsiness))\b"
)
WHY = re.compile(r"\b(?:why|how come|how dare|how is (?:this|that|it))\b")
SENTENCE_END = re.compile(r"[.!?\n]")
CLAUSE_BREAK = re.compile(r"[.!?;,:=\n]|->|→|\bbut\b|\bhowever\b|\bthough\b|\bjust\b|\bthen\b|\bmeans\b")
LAUGHTER = re.compile(
    r"\blo+l\w*\b|\blmf?a+o+\b|\brofl\b|\b(?:ha){2,}h?\b|\bhehe\w*\b|\bjk\b|\bj/k\b|/s\b|"
    r"(?<!not )(?<!no )(?<!n't )\bkidding\b|(?<!not )(?<!n't )\bjoking\b|\bjust a joke\b|\bin a good way\b|"
    r"\bin the best (?:way|possible way)\b|"
    r"😂|🤣|😆|😹|😜|😝|😛|🤪|💀|😅"
)
HYPOTHETICAL = re.compile(
    r"\b(?:would|could|i'd|id|we'd|imagine|pretend|hypothetically|in a movie|if i|wish i could|might as well)\b"
)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours)\b")
ACCUSED = re.compile(
    r"@\w+|\b(?:you|u|your|ur|you're|youre|y'all|yall|they|them|their|staff|employees?|driver|rider|courier|"
    r"agent|manager|cashier|waiter|waitress|server|crew|pilot|company|store|shop|branch|bank|airline|app|"
    r"restaurant|hotel|seller|guard|security|rep|representative|support)\b"
)
PRAISE = re.compile(
    r"\b(?:love|loved|loving|lovely|amazing|awesome|great|best|brilliant|fantastic|thanks|thank you|thx|ty|"
    r"shout ?out|kudos|appreciate\w*|recommend\w*|props|hats off|legend\w*|perfect|excellent|superb|"
    r"wonderful|delicious|yum\w*|10/10|obsessed|fave|favourite|favorite|glad|happy|grateful|cheers|"
    r"thank (?:god|goodness) for|saved me|lifesaver)\b|"
    r"❤|😍|🙌|👏|🥰|💕|💯|🔥|😋|🙏"
)
COMPLAINT = re.compile(
    r"\b(?:refund\w*|charg\w+|never|worst|terrible|awful|disgust\w*|unacceptable|angry|furious|complain\w*|"
    r"ridiculous|shame\w*|disgrace\w*|appall\w*|horrible|useless|waiting|nobody|wtf|ffs|smh|scandal\w*|"
    r"outrage\w*|pathetic|fix|sort|respond|reply|answer|but|however|still|yet again|why|nothing|sue|suing|"
    r"no thanks|finally|thanks for nothing|"
    r"lawyer|court|hurt|injur\w+|hospital|refused|denied|stole\w*|illegal|fraud\w*|leak\w*|racis\w+)\b|"
    r"😡|🤬|😤|😠|👎"
)


# ---------------------------------------------------------------- normalisation
# Lower case, NFKC per character, straight quotes, zero-width and bidirectional controls dropped, lone
# surrogates blanked, a letter repeated three or more times inside a word squeezed to one; with a map back to
# the original offsets. `normalise_slow` says what that means, one character at a time; `normalise` gets the
# same result with whole-string operations, and builds the offset map only where characters come and go.

# Characters removed before matching: zero-width, bidirectional controls, soft hyphen, variation selectors.
_DROP = frozenset(
    [
        0x00AD,
        0x034F,
        0x061C,
        0x180E,
        0xFEFF,
        0xFE0E,
        0xFE0F,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
    ]
)
_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Normalised:
    """The text the cues run over, with a map back to the original offsets."""

    text: str
    starts: Sequence[int]  # original offset where each normalised character begins
    ends: Sequence[int]  # original offset where it ends (exclusive)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _fold_char(ch: str) -> str:
    """What one character becomes in the normalised text (possibly nothing, possibly several characters)."""
    cp = ord(ch)
    if cp < 128:
        return ch.lower() if ch != "`" else "'"
    if cp in _DROP:
        return ""
    if 0xD800 <= cp <= 0xDFFF:
        return " "  # a lone surrogate: keep the slot, match nothing
    return _FOLD.get(ch) or unicodedata.normalize("NFKC", ch).lower()


class _FoldTable(dict[int, str]):
    """`str.translate` table filled on demand; remembers the characters that do not become exactly one."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, cp: int) -> str:
        out = _fold_char(chr(cp))
        if len(out) != 1:
            self.uneven.add(chr(cp))
        if len(self) < _FOLD_CACHE_LIMIT:
            self[cp] = out
        return out


_FOLD_CACHE_LIMIT = 50_000
_FOLD_TABLE = _FoldTable()
# A run of three of the same letter-like character: the only place squeezing can change anything.
_RUN = re.compile(r"([^\W\d_])\1\1+")
_ASCII_RUN = re.compile(r"([a-z])\1\1")  # the same, faster, in lower-case ASCII


def normalise(text: str) -> Normalised:
    """`normalise_slow`, fast: whole-string operations, with a per-character map only where needed."""
    starts: Sequence[int]
    ends: Sequence[int]
    if text.isascii():
        norm = text.lower().replace("`", "'")
        if _ASCII_RUN.search(norm) is None:
            return Normalised(norm, range(len(norm)), range(1, len(norm) + 1))
        starts, ends = range(len(norm)), range(1, len(norm) + 1)
    else:
        norm = text.translate(_FOLD_TABLE)
        if _FOLD_TABLE.uneven.isdisjoint(text):
            starts, ends = range(len(norm)), range(1, len(norm) + 1)
        else:  # characters dropped or expanded
            starts, ends = _uneven_offsets(text)
    if _RUN.search(norm) is None:
        return Normalised(norm, starts, ends)
    return _squeeze_runs(norm, starts, ends)


def _uneven_offsets(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    uneven = re.compile("[" + "".join(map(re.escape, sorted(_FOLD_TABLE.uneven.intersection(text)))) + "]")
    for m in uneven.finditer(text):
        i = m.start()
        starts.extend(range(last, i))
        ends.extend(range(last + 1, i + 1))
        width = len(_FOLD_TABLE[ord(text[i])])
        starts.extend([i] * width)
        ends.extend([i + 1] * width)
        last = i + 1
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return starts, ends


def _squeeze_runs(norm: str, starts: Sequence[int], ends: Sequence[int]) -> Normalised:
    """`_squeeze` over whole runs found by a regular expression."""
    pieces: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    last = 0
    for m in _RUN.finditer(norm):
        i, j = m.span()
        if not norm[i].isalpha() or not ((i > 0 and norm[i - 1].isalpha()) or (j < len(norm) and norm[j].isalpha())):
            continue
        pieces.append(norm[last : i + 1])
        out_s.extend(starts[last : i + 1])
        out_e.extend(ends[last:i])
        out_e.append(ends[j - 1])
        last = j
    if not pieces:
        return Normalised(norm, starts, ends)
    pieces.append(norm[last:])
    out_s.extend(starts[last:])
    out_e.extend(ends[last:])
    return Normalised("".join(pieces), out_s, out_e)


def normalise_slow(text: str) -> Normalised:
    """The reference normalisation, one character at a time (`normalise` must agree with it)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        for o in _fold_char(ch):
            chars.append(o)
            starts.append(i)
            ends.append(i + 1)
    return _squeeze(chars, starts, ends)


def _squeeze(chars: list[str], starts: list[int], ends: list[int]) -> Normalised:
    """Squeeze a letter repeated three or more times inside a word to one ("suuue" -> "sue"), not "bbb"."""
    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        c = chars[i]
        j = i + 1
        if c.isalpha():
            while j < n and chars[j] == c:
                j += 1
        if j - i >= 3 and ((i > 0 and chars[i - 1].isalpha()) or (j < n and chars[j].isalpha())):
            out_c.append(c)
            out_s.append(starts[i])
            out_e.append(ends[j - 1])
        else:
            out_c.extend(chars[i:j])
            out_s.extend(starts[i:j])
            out_e.extend(ends[i:j])
        i = j
    return Normalised("".join(out_c), tuple(out_s), tuple(out_e))


# ---------------------------------------------------------------- prefilter
# Most posts match no cue. `pattern_keywords` derives from each cue's pattern clauses of keywords that every
# match satisfies, and heads that every match begins with. A cue becomes a candidate when a keyword of its
# trigger clause (its rarest for the cost) occurs, stays one when its other clauses hold too, and, when it
# has many heads (a long alternation, slow to search), is only tried where one of them occurs.
#
# Keywords are found by look-ahead scans over tries: one at word starts and one over the reversed text at
# word ends (both only try positions after a non-word character, which the regular expression engine finds
# fast), and one anywhere for the trigger keywords tied to no word edge. At each position a scan reports the
# longest keyword there and, at word starts, whether a word character follows it; that settles every shorter
# keyword starting there too. The other keywords tied to no edge are looked for only for candidates, with
# substring tests. All of this may only skip work: a cue left out cannot match, a position skipped cannot
# start a match (tests compare it with running every cue everywhere).

_WORD_CHAR = re.compile(r"\w")
_ANYWHERE_COST = 0.01  # the cost of a trigger keyword tied to no word edge, against a candidate's chance
_MIN_HEADS = 30  # cues with fewer heads (simpler patterns) are searched as usual
_HEAD_CHARS = 5  # heads are cut to this many characters (a shorter trie scans faster)

# Per reported word: the clauses it satisfies, the cues it makes candidates, and the cues with a head there.
_Table = dict[str, tuple[int, int, int]]


@dataclass(frozen=True, slots=True)
class _Scan:
    pattern: re.Pattern[str]
    table: _Table  # for a word followed by a word character (or when that does not matter)
    at_end: _Table  # for a word followed by a non-word character or the end of the text


@dataclass(frozen=True, slots=True)
class _Prefilter:
    starts: _Scan  # over " " + text: keywords at word starts (WORD_START taken off)
    ends: _Scan  # over " " + the reversed text: keywords at word ends, reversed (WORD_END taken off)
    inside: _Scan  # over the text: trigger keywords tied to no edge
    needs: tuple[int, ...]  # per cue, the clauses it needs (bits)
    loose: dict[int, tuple[str, ...]]  # clause bit -> its keywords that no scan looks for
    always: int  # cues without clauses: candidates on every text
    headed: int  # cues tried only where one of their heads occurs


def _tidy(keyword: str) -> str:
    """The keyword as it is indexed: word-edge marks only at its ends (others dropped, which only weakens it)."""
    start = keyword.startswith(WORD_START)
    end = keyword.endswith(WORD_END)
    body = keyword.replace(WORD_START, "").replace(WORD_END, "")
    return (WORD_START if start else "") + body + (WORD_END if end else "") if body else ""


def _is_edged(keyword: str) -> bool:
    return keyword.startswith(WORD_START) or keyword.endswith(WORD_END)


def _trigger_cost(clause: frozenset[str]) -> float:
    return clause_chance(clause) + _ANYWHERE_COST * sum(not _is_edged(word) for word in clause)


def _settled(body: str, edge: bool, family: dict[str, int]) -> int:
    """The bits of the keywords of `family` that occur where `body` was reported (edge: no word char next)."""
    bits = 0
    for n in range(1, len(body) + 1):
        bits |= family.get(body[:n], 0)
        if edge if n == len(body) else not _WORD_CHAR.match(body[n]):
            bits |= family.get(body[:n] + WORD_END, 0)
    return bits


def _alternation(node: dict[str, Any]) -> str:
    """A regular expression for the words in a trie that prefers the longest one."""
    branches = [re.escape(ch) + _alternation(child) for ch, child in sorted(node.items()) if ch]
    if "" in node and branches:
        branches.append("")  # a word ends here: "(?:...|)" (cheaper for the engine than "(?:...)?")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""


def _scan(families: tuple[dict[str, int], ...], anchor: str, edges: bool) -> _Scan:
    """A scan reporting the longest keyword at each position after `anchor`, and what each report settles."""
    bodies = {word.removesuffix(WORD_END) for family in families for word in family}
    trie: dict[str, Any] = {}
    for body in bodies:
        node = trie
        for ch in body:
            node = node.setdefault(ch, {})
        node[""] = {}
    tables: tuple[_Table, _Table] = ({}, {})
    for body in bodies:
        for edge, table in enumerate(tables):
            table[body] = (
                _settled(body, bool(edge), families[0]),
                _settled(body, bool(edge), families[1]),
                _settled(body, bool(edge), families[2]),
            )
    if not trie:
        return _Scan(re.compile(r"(?!)"), *tables)
    follow = "(\\w?)" if edges else ""  # whether a word character follows (for keywords with WORD_END)
    return _Scan(re.compile(anchor + "(?=(" + _alternation(trie) + ")" + follow + ")"), *tables)


@functools.cache
def _prefilter() -> _Prefilter:
    analysed = [pattern_keywords(cue.pattern) for cue in CUES]
    # A clause with an empty keyword says nothing (it cannot happen, but dropping the keyword would be wrong).
    cue_clauses = [[c for c in (frozenset(map(_tidy, clause)) for clause in a[0]) if "" not in c] for a in analysed]
    triggers = [min(clauses, key=_trigger_cost, default=None) for clauses in cue_clauses]
    anywhere = {word for trigger in triggers if trigger for word in trigger if not _is_edged(word)}
    clause_bits: dict[frozenset[str], int] = {}
    # Per scan: keyword -> the clauses it is in, the cues it makes candidates, the cues it is a head of.
    starts: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    ends: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})  # keywords reversed
    inside: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    loose: dict[int, tuple[str, ...]] = {}
    needs: list[int] = []
    always = headed = 0
    for index, (clauses, trigger, (_, heads)) in enumerate(zip(cue_clauses, triggers, analysed, strict=True)):
        need = 0
        for clause in clauses:
            bit = clause_bits.setdefault(clause, 1 << len(clause_bits))
            need |= bit
            loose[bit] = tuple(sorted(w for w in clause if not _is_edged(w) and w not in anywhere))
            for word in clause:
                if word.startswith(WORD_START):
                    family, key = starts, word[1:]
                elif word.endswith(WORD_END):
                    family, key = ends, word[-2::-1]  # reversed: the word end becomes a word start
                elif word in anywhere:
                    family, key = inside, word
                else:
                    continue
                family[0][key] = family[0].get(key, 0) | bit
                if clause is trigger:
                    family[1][key] = family[1].get(key, 0) | 1 << index
        needs.append(need)
        if trigger is None:
            always |= 1 << index
        tidied = [_tidy(head) for head in heads or ()]
        if len(tidied) >= _MIN_HEADS and all(head.startswith(WORD_START) and head[1:] for head in tidied):
            headed |= 1 << index
            for head in tidied:
                key = head[1:] if len(head) <= _HEAD_CHARS + 2 else head[1 : _HEAD_CHARS + 1]
                starts[2][key] = starts[2].get(key, 0) | 1 << index
    return _Prefilter(
        _scan(starts, "\\W", True),
        _scan(ends, "\\W", False),
        _scan(inside, "", False),
        tuple(needs),
        loose,
        always,
        headed,
    )


def candidate_cues(text: str) -> list[tuple[Cue, list[int] | None]]:
    """The cues that can match `text` (normalised), in table order, each with the ascending positions where
    its matches may start (None: anywhere). A cue is left out when its keyword clauses do not all hold or
    when none of its heads occurs.
    """
    pre = _prefilter()
    present = 0
    mask = pre.always
    heads: list[tuple[int, int]] = []  # (position, cues with a head there)
    scan = pre.starts
    for m in scan.pattern.finditer(" " + text):
        word, after = m.groups()
        clauses, cues, headed = (scan.table if after else scan.at_end)[word]
        present |= clauses
        mask |= cues
        if headed:
            heads.append((m.start(), headed))
    for word in pre.ends.pattern.findall(" " + text[::-1]):
        clauses, cues, _ = pre.ends.table[word]
        present |= clauses
        mask |= cues
    for word in pre.inside.pattern.findall(text):
        clauses, cues, _ = pre.inside.table[word]
        present |= clauses
        mask |= cues
    found: list[tuple[Cue, list[int] | None]] = []
    absent = 0  # clauses known not to hold
    while mask:
        low = mask & -mask
        index = low.bit_length() - 1
        mask ^= low
        missing = pre.needs[index] & ~present
        if missing & absent:
            continue
        while missing:
            bit = missing & -missing
            missing ^= bit
            for word in pre.loose[bit]:
                if word in text:
                    present |= bit
                    break
            else:
                absent |= bit
                break
        else:
            if not pre.headed & low:
                found.append((CUES[index], None))
                continue
            positions = [position for position, cues in heads if cues & low]
            if positions:
                found.append((CUES[index], positions))
    return found
