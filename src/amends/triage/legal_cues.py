"""The legal-risk cue table and the dampers the rules consult (see `amends.triage.legal`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from amends.triage import legal_cues_a, legal_cues_b
from amends.triage.legal_rules import WORD_END, WORD_START, Cue, required_keywords

__all__ = ["CUES", "Cue", "candidate_cues"]

CUES: tuple[Cue, ...] = (*legal_cues_a.CUES, *legal_cues_b.CUES)


# ---------------------------------------------------------------- prefilter
# Every match of a cue satisfies its keyword clauses (see `required_keywords`), so one pass over the text
# for the keywords says which cues can match at all; the rest are skipped. Keywords that must start a word
# are found by a look-ahead scan over a trie of them anchored at word starts, the others by one anchored
# nowhere. At every position a scan reports the longest keyword starting there and whether a word character
# follows it, which settles every shorter keyword starting there too, word-end marks included.

_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class _Prefilter:
    # Per scan: reported word (with WORD_END when no word character follows) -> (clauses held, candidate cues).
    scans: tuple[tuple[re.Pattern[str], dict[str, tuple[int, int]]], ...]
    needs: tuple[int, ...]  # per cue, the clauses it needs (bits)
    always: int  # cues without clauses: they always run


def _tidy(keyword: str) -> str | None:
    """The keyword in its plain form; None when a mark stands inside it (such keywords are left out)."""
    start = keyword.startswith(WORD_START)
    end = keyword.endswith(WORD_END)
    body = keyword[1 if start else 0 : -1 if end else None]
    if not body or WORD_START in body or WORD_END in body:
        return None
    return (WORD_START if start else "") + body + (WORD_END if end else "")


def _occurring(body: str, edge: bool, family: dict[str, int]) -> list[int]:
    """What the keywords of `family` starting where `body` was reported stand for (edge: no word char next)."""
    found = []
    for n in range(1, len(body) + 1):
        found.append(family.get(body[:n], 0))
        if (edge if n == len(body) else not _WORD_CHAR.match(body[n])) and body[:n] + WORD_END in family:
            found.append(family[body[:n] + WORD_END])
    return found


def _alternation(node: dict[str, Any]) -> str:
    """A regular expression for the words in a trie that prefers the longest one."""
    branches = [re.escape(ch) + _alternation(child) for ch, child in sorted(node.items()) if ch]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
    return f"(?:{body})?" if "" in node and body else body


def _scan(
    family: dict[str, int], cue_masks: dict[str, int], anchor: str
) -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    trie: dict[str, Any] = {}
    bodies = {word.removesuffix(WORD_END) for word in family}
    for body in bodies:
        node = trie
        for ch in body:
            node = node.setdefault(ch, {})
        node[""] = {}
    table: dict[str, tuple[int, int]] = {}
    for body in bodies:
        for edge in (False, True):
            clauses = _union(_occurring(body, edge, family))
            cues = _union(_occurring(body, edge, cue_masks))
            table[body + WORD_END if edge else body] = (clauses, cues)
    pattern = anchor + "(?=(" + _alternation(trie) + ")(\\w?))" if trie else r"(?!)"
    return re.compile(pattern), table


@functools.cache
def _prefilter() -> _Prefilter:
    clause_bits: dict[frozenset[str], int] = {}
    families: tuple[dict[str, int], dict[str, int]] = ({}, {})  # at word starts, anywhere: keyword -> clauses
    cue_masks: tuple[dict[str, int], dict[str, int]] = ({}, {})  # keyword -> cues whose first clause has it
    needs: list[int] = []
    always = 0
    for index, cue in enumerate(CUES):
        clauses = [frozenset(filter(None, map(_tidy, clause))) for clause in required_keywords(cue.pattern)]
        clauses = [clause for clause in clauses if clause]
        need = 0
        for number, clause in enumerate(clauses):
            bit = clause_bits.setdefault(clause, 1 << len(clause_bits))
            need |= bit
            for word in clause:
                at_start = word.startswith(WORD_START)
                key = word.removeprefix(WORD_START)
                families[not at_start][key] = families[not at_start].get(key, 0) | bit
                if number == 0:
                    cue_masks[not at_start][key] = cue_masks[not at_start].get(key, 0) | 1 << index
        needs.append(need)
        if not clauses:
            always |= 1 << index
    scans = (
        _scan(families[0], cue_masks[0], "(?<!\\w)"),
        _scan(families[1], cue_masks[1], ""),
    )
    return _Prefilter(scans, tuple(needs), always)


def _union(masks: Iterable[int]) -> int:
    total = 0
    for mask in masks:
        total |= mask
    return total


def candidate_cues(text: str) -> list[Cue]:
    """The cues that can match `text` (normalised), in table order: those whose keyword clauses all hold."""
    pre = _prefilter()
    present = 0
    mask = pre.always
    for scan, table in pre.scans:
        for word, after in set(scan.findall(text)):
            clauses, cues = table[word if after else word + WORD_END]
            present |= clauses
            mask |= cues
    found: list[Cue] = []
    needs = pre.needs
    while mask:
        low = mask & -mask
        index = low.bit_length() - 1
        if needs[index] & present == needs[index]:
            found.append(CUES[index])
        mask ^= low
    return found


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
