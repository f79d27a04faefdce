"""How legal-risk cues are written and compiled (the tables are in legal_cues_a.py and legal_cues_b.py).

Every cue is one regular expression over the normalised text (lower case, curly quotes made
straight, zero-width characters dropped, letters repeated three times or more squeezed to one),
with a weight, the category it speaks for, and the local dampers that keep idioms from firing.

Pattern shorthand, expanded by `_compile`:

- a plain space means "optional spaces, underscores or hyphens", so `class action` also finds
  `class-action` and `#classaction`;
- ` %gN% ` means "then up to N more words on the same sentence" (N is a digit);
- `%you%`, `%body%`, `%neg%` and friends are the shared word lists below.

Every pattern is wrapped so that cues start and end at word edges (an opening quote or a
possessive "'s" is fine, the inside of "don't" is not). Gaps are bounded and there are no nested
unbounded repeats, so matching stays roughly linear in the text length.

Weights: about 0.85 for an explicit legal term, 0.6-0.75 for a clear allegation, 0.42-0.5 for a
cue that needs the first-person and accusation boosts to flag on its own, and 0.2-0.35 for a hint
that only counts when a stronger cue of the same category also fired.

The cues were written from the category definitions, then widened where labelled examples showed
genuine gaps; `evalsets/legal.jsonl` is therefore an in-sample check, not a held-out estimate.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_MACROS = {
    "you": r"(?:you|u|ya|y'all|yall|ye|them|your company|@\w+)",
    "your": r"(?:your|ur|yr|their|the|this|that|its|@\w+(?:'s)?)",
    "who": r"(?:me|us|my|our|him|her|them|his|their|myself|"
    r"my (?:son|daughter|kid|child|baby|wife|husband|partner|mum|mom|dad|friend))",
    "body": r"(?:hands?|fingers?|thumbs?|arms?|legs?|foot|feet|face|mouth|lips?|tongue|eyes?|skin|head|back|neck|"
    r"knees?|wrists?|ankles?|chin|toes?|teeth|tooth|throat|gums?|chest|shoulders?|hips?|nose|ears?|palm|scalp|"
    r"cheeks?|forehead|elbows?|stomach|belly|thighs?|shins?|fingertips?|nails?)",
    "neg": r"(?:refus\w*|declin\w*|won't|wont|wouldn't|wouldnt|didn't|didnt|did not|will not|would not|not|never|"
    r"fail\w*|can't|cant|cannot)",
    "charge": r"(?:charg\w+|bill\w+|debit\w+|invoic\w+|deduct\w+|tak\w+ (?:money|payments?|my money))",
    "device": r"(?:battery|batteries|charger|phone|vape|power ?bank|laptop|e-?bike|scooter|hoverboard|kettle|"
    r"boiler|heater|pressure cooker|air ?fryer|toaster|microwave|plug|socket|cable|adapter|appliance|oven|"
    r"stove|hob|dryer|washer|fridge|lamp|iron|hair ?dryer|straighteners|blender|tv|console|controller|"
    r"headphones|earbuds|fan|charging (?:cable|brick|block|port))",
    "staff": r"(?:driver|staff|employees?|workers?|cashier|manager|guard|security|bouncer|waiter|waitress|"
    r"server|courier|rider|agent|attendant|steward|stewardess|officer|crew|pilot|he|she|they|someone|"
    r"delivery (?:guy|man|driver)|the guy|the man|the woman|engineer|technician|installer)",
    # Protected characteristics, stated strongly enough to count on their own next to a mistreatment.
    "strait": r"(?:"
    # race, ethnicity, national origin, language
    r"race|racial|ethnicity|skin colou?r|colou?r of (?:my|our|his|her) skin|immigrant|refugee|nationality|"
    r"(?:my|our|his|her|an?) accent|(?:my|his|her|their|our) english|broken english|poor english|"
    r"(?:my|his|her|our) (?:own )?(?:language|native language|mother tongue)|speaking (?:\w+ )?(?:welsh|irish|"
    r"gaelic|spanish|polish|arabic|urdu|punjabi|hindi|bengali|french|portuguese|romanian|russian|ukrainian|"
    r"chinese|mandarin|cantonese|somali|turkish|tagalog|yoruba|igbo|another language|a different language)|"
    r"(?:white|black|brown|asian) (?:guys?|people|customers?|famil(?:y|ies)|couples?|wom[ae]n|m[ae]n|person|"
    r"lads?|girls?|kids?|folks?|ones|colleagues?|friends?|neighbou?rs?|boys?|students?|passengers?|shoppers?|"
    r"partners?|husband|wife|coworkers?|co-workers?|boss|sister|brother|counterparts?|mates?|applicants?)|"
    # religion
    r"muslim|jewish|sikh|hijab|headscarf|turban|niqab|kippah|yarmulke|religion|religious|"
    # disability and health
    r"disabled|disability|disabilities|wheelchair|crutches|guide dog|service dog|assistance dog|service animal|"
    r"deaf(?! ears)|blind|hearing aid|sign language|bsl|asl|(?:an? )?interpreter|lip ?read\w*|"
    r"(?:he|she|i|they) signs?|autis\w+|downs? syndrome|down's syndrome|stammer|stutter|crohn'?s|colitis|"
    r"(?:chronic|medical|health|heart|mental health|long term) (?:condition|illness)|diabet\w+|epilep\w+|"
    r"chemo\w*|cancer|hiv|stoma|colostomy|ptsd|adhd|dyslexi\w+|learning disabilit\w+|dementia|"
    r"alzheimer'?s?|parkinson'?s?|cerebral palsy|amputee|prosthetic|special assistance|mobility (?:aid|scooter)|"
    r"walking frame|walker|cane|"
    # sex, gender, sexuality, pregnancy, age
    r"gay|lesbian|queer|transgender|trans (?:wom[ae]n|m[ae]n|person|kids?|people|folks?)|non-binary|nonbinary|"
    r"same sex|sexuality|(?:both|two) (?:men|women|dads|mums|moms)|non-?traditional (?:couple|family)|"
    r"(?:cis|trans|transgender|non-binary|gay|lesbian|queer|black|brown|asian|muslim|jewish|disabled|deaf|"
    r"blind) (?:friends?|people|customers?|couples?|women|men|kids|staff|colleagues?|partners?|folk)|"
    r"pregnan\w+|breastfeeding|breast feeding|nursing mother|(?:my|our|his|her) age|elderly|too old|"
    # someone stating one
    r"%being% (?:\w+ )?(?:black|brown|asian|arab|muslim|jewish|sikh|gay|lesbian|trans|disabled|deaf|blind|"
    r"autistic|pregnant|mixed race|a person of colou?r|poc|bame))",
    "being": r"(?:i'm|im|i am|he's|hes|she's|shes|they're|theyre|we're|we are|he is|she is|they are|the only|"
    r"we were|i was|he was|she was|they were)",
    "trait": r"(?:%strait%|black|asian|islam|hindu|faith|mental health|accent|foreign(?:er)?|gender|woman|"
    r"women|female|girl|a girl|age|too old|old|an old (?:lady|man|woman)|pensioner|senior|"
    r"mexican|latino|latina|hispanic|arab|indian|pakistani|african|chinese|nigerian|polish|romanian|"
    r"traveller|gypsy|roma|tattoos?|gay couple|my (?:wife|girlfriend|husband|boyfriend)|"
    r"two (?:m[ae]n|wom[ae]n|dads|mums|moms|guys|girls))",
    # Being treated worse: refused, removed, singled out, mocked, handled.
    "treat": r"(?:refus\w*|denied|deny|denying|denied entry|refused entry|turned (?:me |us )?away|"
    r"turn (?:me |us )?away|kicked (?:me |us )?(?:out|off)|thrown out|threw (?:me |us )?out|"
    r"(?:asked|told|made) (?:me |us )?to leave|made (?:me |us )?leave|wouldn't (?:serve|let|seat|allow|board)|"
    r"would not (?:serve|let|seat|allow)|won't (?:serve|let|allow)|not allowed|weren't allowed|wasn't allowed|"
    r"banned|treated (?:me |us )?(?:differently|worse|like)|singled (?:me |us )?out|profil\w+|"
    r"followed (?:me|us) around|mocked|mocking|laughed|laughed at|made fun|mimick\w*|imitat\w+|harass\w*|"
    r"insult\w*|slur|ignored (?:me|us)|served everyone|skipped (?:me|us)|no access|"
    r"couldn'?t (?:even )?(?:get|fit) (?:in|into|through)|could not (?:even )?get (?:in|into)|offload\w*|bumped|"
    r"cover up|hung up|snigger\w*|shouted at|yelled at|rude to|stared at|shouldn't|should not|"
    r"(?:not|aren't|isn't|wasn't|weren't) welcome|wasn't good enough|isn't good enough|"
    r"no one else|nobody else|everyone else|only (?:me|us)|only (?:customer|one|person) (?:asked|stopped|"
    r"searched|told)|(?:get|got|getting|was|am|being) stopped|stop(?:s|ped|ping)? (?:me|us|the|them)|"
    r"(?:asked|made|told) (?:me|us|him|her) to (?:empty|open|show)|search(?:ed)? (?:my|his|her|our) bags?|"
    r"call(?:ed|ing) (?:me |us |him |her |them |my \w+ )?(?:an? )|"
    r"(?:speak|spoke|talk|talked|speaking|talking|treat|treats|treating) (?:to )?(?:me|us|him|her|them|"
    r"my \w+(?: \w+)?) like|grab(?:bed|s|bing)? (?:me|him|her|his|my)|"
    r"left (?:me|us|him|her) (?:stranded|waiting|on the plane|behind)|nobody came|no one came|"
    r"forgot (?:about )?(?:me|us|him|her))",
}

# A word gap: up to N words on the same sentence, each after at least one separator.
_GAP = r"(?:[^\w'\n.!?]+[\w'&]+){{0,{n}}}[^\w'\n.!?]+"
_SPACE = r"[\s_\-'\"]*"  # spaces, hyphens, underscores, quotes: "see-you-in-court", "#classaction"


def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.replace("[- ]?", " ").replace("[- ]", " ")  # a space already allows a hyphen
    for n in range(1, 10):
        pattern = pattern.replace(f" %g{n}% ", "\x00" + _GAP.format(n=n) + "\x00")
    pieces = pattern.split("\x00")
    for i in range(0, len(pieces), 2):  # even pieces are cue text, odd ones are finished gaps
        text = pieces[i]
        for _ in range(3):  # macros may use other macros
            for name, body in _MACROS.items():
                text = text.replace(f"%{name}%", body.replace(" ", "\x01"))
        pieces[i] = text.replace(" ", _SPACE).replace("\x01", _SPACE)
    # Cues end at a word edge; a possessive ("lawyer's") is fine, a contraction ("can't") is not.
    # Cues start after a non-letter (an opening quote is fine, the "t" of "don't" is not).
    return re.compile(r"(?<!\w)(?<!\w')(?:" + "".join(pieces) + r")(?!\w)(?!'(?:t|ll|re|ve|d|m)\b)")


def _expand(text: str) -> str:
    for _ in range(3):  # macros may use other macros
        for name, body in _MACROS.items():
            text = text.replace(f"%{name}%", body)
    return text


def _opt(pattern: str | None) -> re.Pattern[str] | None:
    return None if pattern is None else re.compile(_expand(pattern))


HINT_WEIGHT = 0.35  # cues this light are hints unless told otherwise


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    category: str
    weight: float
    pattern: re.Pattern[str]
    negatable: bool  # "not suing", "no lawyer": dampened when a negator comes shortly before
    idiomatic: bool  # often hyperbole ("criminal", "scam", "sue"): laughter and "would..." dampen hard
    damp_before: re.Pattern[str] | None  # searched at the end of the 40 characters before the cue
    damp_after: re.Pattern[str] | None  # matched at the start of the 40 characters after the cue
    damp_near: re.Pattern[str] | None  # searched within 60 characters either side
    requires: re.Pattern[str] | None  # the cue only fires when this occurs within 100 characters
    upper: bool  # acronyms that collide with words (FCA, DOT): the original must be upper case
    name_guard: bool  # "Sue from billing": a capitalised word mid-sentence is a name
    hint: bool  # counts only when a non-hint cue of the same category also fired


def cue(
    name: str,
    category: str,
    weight: float,
    pattern: str,
    *,
    negatable: bool = True,
    idiomatic: bool = False,
    before: str | None = None,
    after: str | None = None,
    near: str | None = None,
    requires: str | None = None,
    upper: bool = False,
    name_guard: bool = False,
    hint: bool | None = None,
) -> Cue:
    return Cue(
        name=name,
        category=category,
        weight=weight,
        pattern=_compile(pattern),
        negatable=negatable,
        idiomatic=idiomatic,
        damp_before=_opt(None if before is None else r"(?:" + before + r")[^\w]*$"),
        damp_after=_opt(None if after is None else r"^[^\w]*(?:" + after + r")"),
        damp_near=_opt(near),
        requires=_opt(requires),
        upper=upper,
        name_guard=name_guard,
        hint=weight <= HINT_WEIGHT if hint is None else hint,
    )


OCCUPATION = (
    r"(?:as an?|i'm an?|im an?|i am an?|work as an?|is an?|was an?|studying to be an?|for|becom\w+ an?|"
    r"who's an?|whos an?|who is an?|who was an?)"
)
KIN_AFTER = (
    r"(?:friends?|buddy|buddies|pals?|mates?|colleagues?|cousins?|sister|brother|mom|mum|dad|wife|husband|"
    r"neighbou?rs?|son|daughter|uncle|aunt|girlfriend|boyfriend|partner|recommended|loves|swears|uses|"
    r"told me about|put me onto|introduced)"
)
FOOD_NEAR = (
    r"(?:banana|apple|pear|peach|avocado|fruit|tomato|veg|berr|grape|mango|produce|ice ?cream|chocolate|frozen|"
    r"cheese|butter|lolly|popsicle)"
)
TASTY_NEAR = (
    r"(?:burger|chilli|chili|cookies?|crispy|sauce|spicy|cake|dessert|pizza|wings?|curry|crisps|chips|fries|"
    r"cheesecake|brownies?|doughnuts?|donuts?|coffee|latte|cocktails?|flavou?r|recipe|menu|snack)"
)
PRICE_NEAR = (
    r"(?:price|prices|pricing|cost|costs|fee|fees|£|\$|€|expensive|charge for|charging \S+ for|"
    r"ticket|menu|for a (?:coffee|sandwich|drink|bottle|pint))"
)


# ---------------------------------------------------------------- keyword prefilter
# Most posts match no cue, so `amends.triage.legal_cues` only runs the cues whose keywords occur in the text.
# `pattern_keywords` derives them from a compiled pattern's parse: clauses, sets of strings such that every
# match contains one string of every clause, and heads, strings one of which every match begins with.
# Anything the derivation does not understand (or a pattern that ignores case) adds nothing, and a cue with
# nothing derived always runs: the prefilter may only skip work, never a match. Which clauses are kept only
# decides how much work is skipped, so it rests on a rough guess of how common each keyword is.

Clause = frozenset[str]  # every match contains at least one of these strings
WORD_START = "\x02"  # in a keyword: no word character before this point, (?<!\w)
WORD_END = "\x03"  # in a keyword: no word character after this point, (?!\w)
_MARKS = WORD_START + WORD_END
# Flags under which a keyword would not mean what the scans take it to mean (other case, other \w).
_UNSUPPORTED = re.IGNORECASE | re.ASCII | re.LOCALE
_EXACT_LIMIT = 64  # the most strings an "exactly one of these" set may hold before it is given up
_PUSH_LIMIT = 8  # the most strings of context pushed into the alternatives of an alternation
_CLASS_LIMIT = 12  # the most characters a character class may hold and still count as exact
_MAX_CLAUSES = 6  # per cue, the rarest
_BRANCH_OPTIONS = 3  # clauses per alternative combined when an alternation is turned into clauses
_MAX_COMBINED = 12  # clauses kept while combining the alternatives
# How likely a post is to hold a keyword, roughly: from frequent words, in bands of how many posts hold them
# (`_BAND_SHARE`), and for the rest from the keyword's length (`_CHANCE_BY_LENGTH`).
_FREQUENT_BANDS = (
    "the to a i you and is of in it my for",
    "on that this be have not are with your so me but was just we do at all they what can no if get as from",
    "out about will like up one now how when an or by there their who would could been has had our us know more "
    "time back need please still why never service customer help today day new people some any them then than "
    "only even over also got going here want make made take said told call phone email order account money card "
    "bank refund wait waiting hours again after really think good great well very way see say tell use work thing "
    "someone every don't can't it's i'm",
    "check number sure right left home last next sent send first long ago years year month week days problem issue "
    "charge charged paid pay bill contact team fix ever done same another else store shop app online delivery "
    "thanks thank bad worst keep kept give gave let put off down tried try trying since sorry love life hate stop "
    "follow link free video watch show news real best better hope happy lol yes yeah guys looks stupid remember "
    "change lost reason name because which where other being while before man woman old big little much many most "
    "too off his her him she he its into im dont cant didn't didnt doesn't isn't won't",
)
_BAND_SHARE = (0.3, 0.12, 0.05, 0.02)
_CHANCE_BY_LENGTH = (0.9, 0.3, 0.08, 0.02, 0.008, 0.003)  # for strings not found in frequent words
_USELESS = 0.9  # a clause this likely skips almost nothing


def _frequent_parts() -> dict[tuple[str, bool, bool], float]:
    """(part, at a word's start, at its end) -> the chance that no frequent word holding it there occurs."""
    parts: dict[tuple[str, bool, bool], float] = {}
    for band, share in zip(_FREQUENT_BANDS, _BAND_SHARE, strict=True):
        for word in band.split():
            seen = {
                (word[a:b], start, end)
                for a in range(len(word))
                for b in range(a + 1, len(word) + 1)
                for start in {False, a == 0}
                for end in {False, b == len(word)}
            }
            for key in seen:
                parts[key] = parts.get(key, 1.0) * (1.0 - share)
    return parts


_PARTS = _frequent_parts()

# What a piece of a pattern matches: `exact` is the finite set of every string it can match (None when
# unknown or too many); the clauses hold for every match.
_Info = tuple[frozenset[str] | None, tuple[Clause, ...]]
_NOTHING: frozenset[str] = frozenset({""})
_UNKNOWN: _Info = (None, ())
_EMPTY: _Info = (_NOTHING, ())


@functools.cache
def _word_chance(word: str) -> float:
    start, end = word.startswith(WORD_START), word.endswith(WORD_END)
    bare = word.strip(_MARKS)
    if not bare:
        return 1.0
    chance = _CHANCE_BY_LENGTH[min(len(bare), len(_CHANCE_BY_LENGTH)) - 1]
    chance *= (0.5 if start else 1.0) * (0.5 if end else 1.0)
    return 1.0 - (1.0 - chance) * _PARTS.get((bare, start, end), 1.0)


@functools.cache
def _rank(clause: Clause) -> tuple[float, int, tuple[str, ...]]:
    """Rarer clauses first, ties broken for a stable order."""
    return clause_chance(clause), len(clause), tuple(sorted(clause))


@functools.cache
def clause_chance(clause: Clause) -> float:
    """A rough guess at the share of posts that hold one of the keywords."""
    miss = 1.0
    for word in sorted(clause):
        miss *= 1.0 - _word_chance(word)
    return 1.0 - miss


def _keep(clauses: Iterable[Clause]) -> tuple[Clause, ...]:
    """The rarest few clauses that could skip anything (one with a very common string is no use)."""
    useful = {c for c in clauses if c and clause_chance(c) < _USELESS}
    return tuple(sorted(useful, key=_rank)[:_MAX_CLAUSES])


def _clauses_of(exact: frozenset[str]) -> tuple[Clause, ...]:
    if not exact or any(not word.strip(_MARKS) for word in exact):
        return ()  # matches nothing at all, or the empty string
    return (exact,)


def _join(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _EXACT_LIMIT:
        return None
    return frozenset(a + b for a in left for b in right)


def _alternatives(op: str, av: Any) -> list[Any] | None:
    """The alternatives of an alternation, also one inside a plain group."""
    if op == "BRANCH":
        return list(av[1])
    if op == "SUBPATTERN" and not av[1] and len(av[3]) == 1:
        return _alternatives(str(av[3][0][0]), av[3][0][1])
    return None


def _sequence_info(items: Any, prefix: frozenset[str] = _NOTHING, suffix: frozenset[str] = _NOTHING) -> _Info:
    """What `prefix`, then the items one after another, then `suffix` match (the context is exact)."""
    items = list(items)
    infos: dict[int, _Info] = {}

    def info(index: int) -> _Info:
        if index not in infos:
            infos[index] = _item_info(str(items[index][0]), items[index][1])
        return infos[index]

    clauses: list[Clause] = []
    run = prefix  # the exact strings since the last inexact piece
    all_exact = True
    index = 0
    while index < len(items):
        branches = _alternatives(str(items[index][0]), items[index][1])
        if branches is not None and len(run) <= _PUSH_LIMIT:
            # Push the context into the alternatives: "(?<!\w)(?:go|went)" needs a word starting "go" or "went".
            after, stop = _NOTHING, index + 1
            while stop < len(items):
                exact, _ = info(stop)
                joined = None if exact is None else _join(after, exact)
                if joined is None or len(joined) > _PUSH_LIMIT:
                    break
                after, stop = joined, stop + 1
            at_end = stop == len(items)
            if at_end:
                joined = _join(after, suffix)
                after, at_end = (after, False) if joined is None else (joined, True)
            exact, more = _branch_info(branches, run, after)
            index = stop
            if at_end:
                suffix = _NOTHING
            if exact is not None:
                run = exact
                continue
            all_exact = False
            clauses.extend(more)
            run = _NOTHING
            continue
        exact, more = info(index)
        index += 1
        if exact is not None:
            joined = _join(run, exact)
            if joined is not None:
                run = joined
                continue
            clauses.extend(_clauses_of(run))
            run, all_exact = exact, False
            continue
        all_exact = False
        clauses.extend(_clauses_of(run))
        clauses.extend(more)
        run = _NOTHING
    joined = _join(run, suffix)
    if joined is None:
        clauses.extend(_clauses_of(run))
        joined, all_exact = suffix, False
    if all_exact:
        return joined, _clauses_of(joined)
    clauses.extend(_clauses_of(joined))
    return None, _keep(clauses)


def _branch_info(branches: list[Any], prefix: frozenset[str] = _NOTHING, suffix: frozenset[str] = _NOTHING) -> _Info:
    infos = [_sequence_info(branch, prefix, suffix) for branch in branches]
    if all(exact is not None for exact, _ in infos):
        union = frozenset().union(*(exact for exact, _ in infos if exact is not None))
        if len(union) <= _EXACT_LIMIT:
            return union, _clauses_of(union)
    # (a and b) or (c and d) holds (a or c), (a or d), (b or c) and (b or d): combine a few of each.
    combined: list[Clause] = [frozenset()]
    for exact, clauses in infos:
        options = _clauses_of(exact) if exact is not None else clauses
        if not options:
            return _UNKNOWN  # an alternative that needs nothing: the alternation needs nothing
        combined = [c | o for c in combined for o in options[:_BRANCH_OPTIONS]]
        combined = sorted(set(combined), key=_rank)[:_MAX_COMBINED]
    return None, _keep(combined)


def _is_word_class(items: Any) -> bool:
    """Whether a parsed pattern is exactly \\w."""
    return len(items) == 1 and str(items[0][0]) == "IN" and [str(v) for _, v in items[0][1]] == ["CATEGORY_WORD"]


def _item_info(op: str, av: Any) -> _Info:
    if op == "LITERAL":
        return frozenset({chr(av)}), (frozenset({chr(av)}),)
    if op == "ASSERT_NOT" and _is_word_class(av[1]):
        return frozenset({WORD_START if av[0] < 0 else WORD_END}), ()  # (?<!\w) or (?!\w)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY  # zero width: consumes nothing
    if op == "IN":
        chars: set[str] = set()
        for kind, value in av:
            if str(kind) == "LITERAL":
                chars.add(chr(value))
            elif str(kind) == "RANGE" and value[1] - value[0] < _CLASS_LIMIT:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return _UNKNOWN  # a negated class, a category (\w, \s) or a wide range
        if not chars or len(chars) > _CLASS_LIMIT:
            return _UNKNOWN
        return frozenset(chars), (frozenset(chars),)
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        return _UNKNOWN if add_flags & _UNSUPPORTED else _sequence_info(sub)
    if op == "ATOMIC_GROUP":
        return _sequence_info(av)
    if op == "BRANCH":
        return _branch_info(av[1])
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        exact, clauses = _sequence_info(sub)
        if high == 0:
            return _EMPTY
        if low == 0:
            return (exact | _NOTHING, ()) if high == 1 and exact is not None else _UNKNOWN
        if low == high == 1:
            return exact, clauses
        return None, clauses if exact is None else _clauses_of(exact)  # at least one repeat's worth
    return _UNKNOWN  # ANY, NOT_LITERAL, backreferences, conditionals, anything newer


_HEADS_LIMIT = 1024  # the most strings a set of match beginnings may hold


def _leading(items: Any) -> tuple[frozenset[str], bool]:
    """Strings every match of the items begins with ("" for "nothing known"), and whether that is all it is."""
    items = list(items)
    heads = _NOTHING
    for index, (op, av) in enumerate(items):
        part, complete, optional = _leading_item(str(op), av)
        if optional:  # it may match nothing, and then a match goes on with what follows
            part = part | _leading(items[index + 1 :])[0]
        if len(heads) * len(part) > _HEADS_LIMIT:
            return heads, False
        heads = frozenset(a + b for a in heads for b in part)
        if not complete:
            return heads, False
    return heads, True


def _leading_item(op: str, av: Any) -> tuple[frozenset[str], bool, bool]:
    """(beginnings, whether complete, whether an incomplete item may also match nothing)."""
    if op in ("LITERAL", "IN", "AT", "ASSERT", "ASSERT_NOT"):
        exact, _ = _item_info(op, av)  # cheap for these
        return (_NOTHING, False, False) if exact is None else (exact, True, False)
    if op == "SUBPATTERN" and not av[1] & _UNSUPPORTED:
        return (*_leading(av[3]), False)
    if op == "ATOMIC_GROUP":
        return (*_leading(av), False)
    if op == "BRANCH":
        parts = [_leading(branch) for branch in av[1]]
        return frozenset().union(*(h for h, _ in parts)), all(complete for _, complete in parts), False
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        heads, complete = _leading(sub)
        if high == 0:
            return _NOTHING, True, False
        if low == 0 and high == 1 and complete:
            return heads | _NOTHING, True, False
        if low == 0:
            return heads, False, True
        return heads, complete and low == high == 1, False
    return _NOTHING, False, False


def pattern_keywords(pattern: re.Pattern[str]) -> tuple[tuple[Clause, ...], frozenset[str] | None]:
    """What every match of `pattern` holds: clauses of keywords (none when nothing can be said), and heads,
    keywords one of which it begins with (None when not known).

    A keyword may hold WORD_START and WORD_END marks: no word character may stand next to the text there.
    Heads begin with WORD_START (the cues' own word-edge guard): a match can only start where a word can.
    """
    if pattern.flags & _UNSUPPORTED or WORD_START in pattern.pattern or WORD_END in pattern.pattern:
        return (), None
    try:
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & _UNSUPPORTED:
            return (), None
        exact, clauses = _sequence_info(parsed.data)
        heads: frozenset[str] | None = _leading(parsed.data)[0]
    except (ImportError, AttributeError, TypeError, ValueError, IndexError, re.error, RecursionError):
        return (), None  # an interpreter whose parser differs: the cue is searched for as usual
    if not heads or any(not head.startswith(WORD_START) or not head.strip(_MARKS) for head in heads):
        heads = None
    return _keep(_clauses_of(exact) if exact is not None else clauses), heads
