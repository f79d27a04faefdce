"""What a complaint is about, from a configurable taxonomy of keyword and phrase patterns.

Agents are routed by topic (billing to the billing team, outages to the status page), and the
phrases that decided it are shown as evidence so a wrong call is easy to spot and to fix in the
configuration. Each pattern is a regular expression matched case-insensitively on whole words; a
space in a pattern matches any run of whitespace, and curly apostrophes in the text count as
straight ones, so "can'?t" matches "cant", "can't" and "can’t".

A taxonomy is compiled into one regular expression, so a post is read in a single scan. Patterns
are grouped by their first character, because the regex engine skips an alternative that starts
with a literal character cheaply but must try in full one that starts with anything else, and the
scan has no capturing groups, which would slow every step; the few matches are then assigned to
their rule with a cached lookup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from amends.triage.evidence import Evidence

FALLBACK = "other"
MULTIWORD_BONUS = 1.5  # a phrase is better evidence than a single word
REPEAT_FACTOR = 0.25  # the same words again add little
STRENGTH_SCALE = 1.5  # score at which the evidence counts as about two-thirds convincing
FALLBACK_CONFIDENCE = 0.2  # nothing matched: "other" is a guess, not a finding
MAX_EVIDENCE = 32  # spans kept per post; a pasted essay should not flood the screen
_OWNER_CACHE = 4096  # matched phrases remembered per taxonomy

_QUANTIFIERS = frozenset("?*+{")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@dataclass(frozen=True, slots=True)
class TopicRule:
    """Patterns that point at one topic, and how much each match counts.

    Several rules may share a name; their scores add up, which lets a topic have strong and weak cues.
    """

    name: str
    patterns: tuple[str, ...]
    weight: float = 1.0

    def __post_init__(self) -> None:
        if isinstance(self.patterns, str):  # a lone pattern, not a tuple of its characters
            object.__setattr__(self, "patterns", (self.patterns,))
        elif not isinstance(self.patterns, tuple):
            object.__setattr__(self, "patterns", tuple(self.patterns))


@dataclass(frozen=True, slots=True)
class TopicGuess:
    """The topic of a post, how sure we are, every topic's score, and the matched spans."""

    value: str
    confidence: float  # 0..1
    scores: dict[str, float]
    evidence: tuple[Evidence, ...]  # offsets into the original text, rule "topic.<name>"


@dataclass(frozen=True, slots=True)
class _Rule:
    topic: int  # index into Taxonomy.topics
    weight: float
    evidence_rule: str  # "topic.<name>"
    regex: re.Pattern[str]  # the rule's alternatives, to tell which rule a match of the scan came from


# ---------------------------------------------------------------- pattern preparation
# A pattern is cut into pieces: an escape ("\\S"), a whole character class ("[a-z ]"), a group
# opening ("(", "(?:", "(?P<name>", "(?<!"), a whole "(?...)" construct that opens nothing ("(?i)",
# "(?#note)", "(?P=name)"), ")", "|", or one plain character.
_GROUP_SYNTAX = re.compile(r"\(\?(?:P<[^>]*>|P=[^)]*\)|#[^)]*\)|<?[=!]|[aiLmsux-]*[:)])")


def _opens(piece: str) -> bool:
    return piece.startswith("(") and not piece.endswith(")")


def _pieces(pattern: str) -> list[str]:
    pieces: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            pieces.append(pattern[i : i + 2])
            i += 2
        elif ch == "[":
            j = i + 1
            if pattern.startswith("^", j):
                j += 1
            if pattern.startswith("]", j):
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            pieces.append(pattern[i : j + 1])
            i = j + 1
        elif ch == "(" and (syntax := _GROUP_SYNTAX.match(pattern, i)) is not None:
            pieces.append(syntax.group())
            i = syntax.end()
        else:
            pieces.append(ch)
            i += 1
    return pieces


def _lower(piece: str) -> str:
    """A piece lower-cased, leaving escapes and group syntax alone ("\\S" is not "\\s")."""
    if (piece.startswith("\\") and len(piece) == 2) or piece.startswith("(?"):
        return piece
    out, i = [], 0
    while i < len(piece):
        if piece[i] == "\\":
            out.append(piece[i : i + 2])
            i += 2
            continue
        low = piece[i].lower()
        out.append(low if len(low) == 1 else piece[i])
        i += 1
    return "".join(out)


def _split(pieces: list[str]) -> list[list[str]]:
    """The top-level alternatives of a piece list."""
    parts: list[list[str]] = [[]]
    depth = 0
    for piece in pieces:
        if piece == "|" and depth == 0:
            parts.append([])
            continue
        if _opens(piece):
            depth += 1
        elif piece == ")":
            depth -= 1
        parts[-1].append(piece)
    return parts


def _closing(pieces: list[str]) -> int:
    """The index of the ")" that closes the group opened by pieces[0], or -1."""
    depth = 0
    for i, piece in enumerate(pieces):
        if _opens(piece):
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _distribute(pieces: list[str], budget: int = 64) -> list[list[str]]:
    """`(?:a|b)c` as `ac` and `bc`, so that more alternatives start with a plain character."""
    if not pieces or pieces[0] != "(?:":
        return [pieces]
    end = _closing(pieces)
    if end < 0:
        return [pieces]  # unbalanced: left for the compiler to reject
    rest = pieces[end + 1 :]
    if rest and rest[0] in _QUANTIFIERS:
        return [pieces]
    inner = _split(pieces[1:end])
    if len(inner) > budget:
        return [pieces]
    out: list[list[str]] = []
    for part in inner:
        out.extend(_distribute(part + rest, max(1, budget // len(inner))))
    return out


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`, lower-cased, with spaces turned into `\\s+`.

    The text is lower-cased the same way before matching, which makes the combined expression
    case-insensitive without the slower case-insensitive opcodes.
    """
    result: list[str] = []
    for part in _split([_lower(p) for p in _pieces(pattern)]):
        for pieces in _distribute(part):
            out: list[str] = []
            for piece in pieces:
                if piece != " ":
                    out.append(piece)
                elif not out or out[-1] != r"\s+":
                    out.append(r"\s+")
            result.append("".join(out))
    return result


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Topic rules, compiled once into a single regular expression; `fallback` is the topic of no match.

    Ties between topics go to the one whose first rule comes first, so order rules by priority.
    """

    rules: tuple[TopicRule, ...]
    fallback: str = FALLBACK
    topics: tuple[str, ...] = field(init=False, repr=False, compare=False)  # rule names, then the fallback
    _scan: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _compiled: tuple[_Rule, ...] = field(init=False, repr=False, compare=False)
    _owners: dict[str, int] = field(init=False, repr=False, compare=False)  # matched text -> rule index
    _zeros: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.rules, tuple):
            object.__setattr__(self, "rules", tuple(self.rules))
        if not isinstance(self.fallback, str) or not self.fallback.strip():
            raise ValueError("the fallback topic needs a non-empty name")
        topics: list[str] = []
        buckets: dict[str, list[str]] = {}  # first character -> the rest of each alternative
        others: list[str] = []
        compiled: list[_Rule] = []
        for rule in self.rules:
            _check_rule(rule)
            if rule.name not in topics:
                topics.append(rule.name)
            alternatives: list[str] = []
            for source in rule.patterns:
                if not isinstance(source, str) or not source.strip():
                    raise ValueError(f"topic {rule.name!r}: patterns must be non-empty strings, got {source!r}")
                for alternative in _alternatives(source):
                    _check_pattern(rule.name, source, alternative)
                    alternatives.append(alternative)
                    first = alternative[0]
                    if first.isalnum() and (len(alternative) == 1 or alternative[1] not in _QUANTIFIERS):
                        buckets.setdefault(first, []).append(alternative[1:])
                    else:
                        others.append(alternative)
            regex = re.compile("|".join(f"(?:{a})" for a in alternatives))
            compiled.append(_Rule(topics.index(rule.name), float(rule.weight), f"topic.{rule.name}", regex))
        if self.fallback not in topics:
            topics.append(self.fallback)
        # No capturing groups: with hundreds of them every step of the scan gets several times slower.
        # Longer alternatives go first, so that at one place the longer phrase tends to win.
        branches = sorted(others, key=len, reverse=True)
        for first, rests in sorted(buckets.items()):
            inner = "|".join(sorted(rests, key=len, reverse=True))
            branches.append(f"{re.escape(first)}(?:{inner})")
        source = r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)" if branches else r"(?!)"  # (?!): no rules
        try:
            scan = re.compile(source)
        except re.error as exc:  # pragma: no cover - each alternative compiled on its own above
            raise ValueError(f"the taxonomy does not compile as a whole: {exc}") from exc
        object.__setattr__(self, "topics", tuple(topics))
        object.__setattr__(self, "_scan", scan)
        object.__setattr__(self, "_compiled", tuple(compiled))
        object.__setattr__(self, "_owners", {})
        object.__setattr__(self, "_zeros", dict.fromkeys(topics, 0.0))

    def _owner(self, folded: str, start: int, end: int) -> _Rule:
        """The rule whose pattern the scan matched at folded[start:end]; the first in order on overlap."""
        key = folded[start:end]
        index = self._owners.get(key)
        if index is None:
            rules = self._compiled
            index = next((i for i, r in enumerate(rules) if r.regex.fullmatch(folded, start, end)), None)
            if index is None:  # a pattern that looks past its own match
                index = next((i for i, r in enumerate(rules) if r.regex.match(folded, start)), 0)
            if len(self._owners) >= _OWNER_CACHE:
                self._owners.clear()
            self._owners[key] = index
        return self._compiled[index]

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Sequence[str]], *, fallback: str = FALLBACK) -> Taxonomy:
        """A taxonomy from configuration: topic name -> list of patterns, in priority order.

        The fallback topic may be listed with no patterns, to fix its place in the scores.
        """
        if not isinstance(mapping, Mapping):
            raise ValueError(f"a taxonomy is a mapping of topic name to patterns, not {type(mapping).__name__}")
        rules = []
        for name, patterns in mapping.items():
            if isinstance(patterns, str) or not isinstance(patterns, Sequence):
                raise ValueError(f"topic {name!r}: patterns must be a list of strings, not {type(patterns).__name__}")
            if name == fallback and not patterns:
                continue
            rules.append(TopicRule(name, tuple(patterns)))
        return cls(tuple(rules), fallback=fallback)


def _check_rule(rule: TopicRule) -> None:
    if not isinstance(rule.name, str) or not rule.name.strip():
        raise ValueError(f"a topic needs a non-empty name, got {rule.name!r}")
    if rule.name != rule.name.strip():
        raise ValueError(f"topic {rule.name!r}: the name has spaces around it")
    if not rule.patterns:
        raise ValueError(f"topic {rule.name!r}: no patterns")
    weight = rule.weight
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight) or weight <= 0:
        raise ValueError(f"topic {rule.name!r}: weight must be a positive number, got {weight!r}")


def _check_pattern(topic: str, source: str, alternative: str) -> None:
    where = f"topic {topic!r}, pattern {source!r}"
    if not alternative:
        raise ValueError(f"{where}: an empty alternative would match everywhere")
    try:
        compiled = re.compile(f"(?:{alternative})")
    except re.error as exc:
        raise ValueError(f"{where} is not a valid regular expression: {exc}") from exc
    if compiled.groupindex or _BACKREFERENCE.search(alternative):
        raise ValueError(f"{where}: named groups and backreferences are not supported")
    if compiled.fullmatch("") is not None:
        raise ValueError(f"{where}: it matches the empty string")


def _fold(text: str) -> str:
    """Lower-cased text of the same length, with curly apostrophes made straight."""
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _APOSTROPHES.sub("'", low)


_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\uff07]")


# ---------------------------------------------------------------- the default taxonomy
# Consumer brands (retail, telecoms, utilities, apps). Strong cues weigh 1; words that often appear
# in passing weigh less. Order is priority: a tie goes to the topic listed first.
DEFAULT_TAXONOMY = Taxonomy(
    (
        TopicRule(
            "billing",
            (
                r"(?:charged|billed|debited) (?:me )?(?:twice|two times|three times|double|again|2x)",
                r"double[- ]?(?:charged|billed|charge|charging|payment)",
                r"charged twice|taken (?:money|payment) twice|paid twice|charged (?:\w+ ){1,3}(?:twice|double|again)",
                r"over[- ]?charg(?:e|ed|es|ing)|over[- ]?bill(?:ed|ing)",
                r"direct debits?|standing orders?|auto[- ]?(?:renew(?:al|ed|s)?|pay(?:ment)?)",
                r"invoices?|invoiced|invoicing|billing|bills?|billed|statements?",
                r"unauthori[sz]ed (?:charges?|payments?|transactions?|debits?)|fraudulent (?:charges?|transactions?)",
                r"(?:wrong|extra|unexpected|mystery|pending|duplicate) (?:charges?|payments?|transactions?)",
                r"charg(?:ed|ing) (?:me|my card|my account)|took (?:money|payment)|taken (?:money|payment)",
                r"subscriptions?|(?:payment|card) (?:failed|declined|rejected)|declined (?:payment|card)",
            ),
        ),
        TopicRule("billing", (r"payments?|paid|charges?|transactions?|debit(?:ed)?",), 0.5),
        TopicRule(
            "delivery",
            (
                r"(?:never|still(?: not|n'?t)?|has not|hasn'?t|have not|haven'?t|didn'?t|did not|not yet) "
                r"(?:been )?(?:arrived?|turned up|shown up|come|came|delivered|received|got here)",
                r"deliver(?:y|ies|ed|ing)?|parcels?|packages?|couriers?|shipments?|shipp(?:ing|ed)",
                r"tracking(?: number| info(?:rmation)?| page| link)?|track my (?:order|parcel|package)",
                r"where(?:'?s| is) my (?:order|parcel|package|delivery|stuff|item)",
                r"dispatch(?:ed|ing)?|in transit|out for delivery|lost in (?:the post|transit)",
                r"(?:order|item|parcel|package)s? (?:is |was |are |were |got |has been )?(?:late|delayed|missing|lost)",
                r"wrong (?:item|items|order|size|colou?r|product|address)|missing (?:items?|from my order)",
                r"doorstep|porch|safe place|neighbou?r'?s? (?:house|door)|left outside|delivery drivers?",
                r"royal mail|dpd|dhl|ups|fedex|usps|hermes|evri|yodel|parcelforce|postman|mailman",
            ),
        ),
        TopicRule(
            "product_defect",
            (
                r"broken|broke|breaks|stopped working|stops working|stop working|quit working",
                r"(?:does|do|did|will|would)(?: not|n'?t) (?:work|charge|turn on|switch on|power on)",
                r"(?:not|never|is not|isn'?t|are not|aren'?t|wasn'?t|weren'?t|stopped|stops|quit) (?:working|charging)",
                r"(?:not|isn'?t|aren'?t) (?:turning|switching|powering) on",
                r"faulty|defective|defects?|damaged|cracked|smashed|shattered|snapped|dented|scratched",
                r"ripped|torn|frayed|peeling|leak(?:s|ed|ing|y)?|(?:fell|falls|falling|came|coming) apart",
                r"(?:poor|bad|cheap|terrible|awful|shoddy) quality|quality (?:is|was) (?:poor|awful|terrible|bad)",
                r"malfunction(?:s|ed|ing)?|overheat(?:s|ed|ing)?|dead on arrival|doa",
                r"(?:keeps?|kept) (?:crashing|freezing|breaking|dying|turning off|shutting down|restarting)",
                r"battery (?:drains?|draining|dies|died|dying|life)|won'?t (?:turn|switch|power) on",
                r"mou?ldy?|rotten|stale|expired|gone off|out of date|undercooked|raw in the middle|recall(?:ed)?",
                r"missing (?:parts?|pieces?|screws?)|doesn'?t fit|does not fit",
            ),
        ),
        TopicRule(
            "service_staff",
            (
                r"rude|rudest|rudeness|unprofessional|disrespectful|condescending|patroni[sz]ing|arrogant",
                r"on hold|hold music|(?:call|contact) (?:centre|center)|hung up|hang up on",
                r"customer (?:service|services|care|support)|support team|helpline|help desk|helpdesk",
                r"(?:no|zero|still no|never got a|never had a) (?:reply|replies|response|answer|call back|callback)",
                r"(?:no ?one|nobody|no body) (?:answers?|answered|replies|replied|responds?|responded|"
                r"gets back|got back|helps?|helped|called back|picks up|picked up)",
                r"ignor(?:ed|ing|es)|unhelpful|useless (?:staff|service|support|agents?)|call ?backs?|called back",
                r"(?:bad|poor|terrible|awful|horrible|worst|crap|crappy|appalling|shocking|rubbish|pathetic|lousy) "
                r"(?:customer )?service",
                r"staff|employees?|cashiers?|managers?|assistants?|waiter|waitress|receptionist",
                r"agents?|advis[eo]rs?|representatives?|reps?",
                r"(?:waiting|waited|wait) (?:for )?(?:hours|ages|forever|an hour|over an hour)",
                r"attitude|yelled at|shouted at|laughed at|talked down to",
            ),
        ),
        TopicRule(
            "account_access",
            (
                r"locked out|lock(?:ed|s)? me out|locked (?:my )?account",
                r"passwords?|passcodes?|pin (?:code|number)|reset (?:my )?(?:password|pin)",
                r"(?:can'?t|cannot|can not|unable to|won'?t let me|not able to) (?:log|sign) ?(?:in|on)(?:to)?",
                r"(?:can'?t|cannot|can not|unable to) (?:access|get into) (?:my|the) (?:account|app)",
                r"log ?in|logins?|logging in|sign ?in|signing in|usernames?",
                r"2fa|mfa|two[- ]factor|two[- ]step|verification (?:code|text|email)|otp|one[- ]time (?:code|passcode)",
                r"account (?:is |was |has been |got )?(?:locked|suspended|disabled|blocked|hacked|closed|deactivated)",
                r"hacked|compromised|security questions?|verify (?:my )?(?:account|identity|email)",
                r"authenticat(?:e|ion|or)|access (?:to )?my account",
            ),
        ),
        TopicRule(
            "outage",
            (
                r"(?:is|are|was|were|been|goes|went|go|going|still|keeps going|seems) down",
                r"(?:app|site|website|server|servers|service|system|systems|network|internet|wifi|wi-fi|broadband|"
                r"platform|page|portal|line|lines) (?:is |are |was |still |all )?down",
                r"down again|down for (?:hours|days|everyone|me)|outages?|offline|blackouts?",
                r"power (?:cut|failure)s?|(?:power|service|internet|connection|signal|wifi|network) "
                r"(?:will be |to be |be |been |is |was )?restored",
                r"not loading|won'?t load|doesn'?t load|will not load|does not load|isn'?t loading|fails? to load",
                r"(?:no|lost|losing|lose|dropped|dropping) (?:signal|service|internet|connection|wifi|wi-fi|"
                r"broadband|network|power|coverage)",
                r"(?:connection|connectivity|network|signal|server) (?:issues?|problems?|errors?|dropped|drops)",
                r"disconnect(?:s|ed|ing|ions?)?|unavailable|timed? ?out|timing out",
                r"error (?:messages?|codes?|pages?)|\d{3} error|(?:app|site|website) (?:keeps )?crash(?:es|ed|ing)?",
            ),
        ),
        TopicRule("outage", (r"errors?|crash(?:es|ed|ing)?|glitch(?:es|y)?|bugs?|servers?",), 0.5),
        TopicRule(
            "pricing",
            (
                r"over[- ]?priced|rip[- ]?off|ripped off|daylight robbery|extortionate|scam prices",
                r"(?:price|prices|pricing|rate|rates|fee|fees|tariff|premium)s? "
                r"(?:increases?|hikes?|rises?|went up|gone up|going up|have gone up|doubled)",
                r"(?:raised|raising|raise|hiked|hiking|put up|putting up|increased|increasing) "
                r"(?:the |your |my |our )?(?:prices?|rates?|fees?|tariffs?|subscriptions?|premiums?)",
                r"(?:too|so|very|ridiculously|crazy|insanely) (?:expensive|pricey|dear|costly)",
                r"(?:hidden|extra|additional|admin|booking|service|delivery|cancellation|late) (?:fees?|charges?)",
                r"price match|cheaper (?:elsewhere|at|on|online|in store)|(?:full|higher|normal) price",
                r"(?:promo|discount|voucher|coupon) codes?|discounts?|vouchers?|coupons?",
                r"expensive|pricey|prices?|pricing|costs? (?:more|too much|a fortune)|greedy",
                r"(?:price|prices|rate|rates|fee|fees|cost|costs) (?:is |are )?(?:so |too |very |way too )?"
                r"(?:high|steep)",
            ),
        ),
        TopicRule(
            "refund",
            (
                r"refund(?:s|ed|ing|able)?|money back|reimburse(?:d|ment|ments)?|chargebacks?",
                r"compensat(?:e|ed|ion)|goodwill (?:gesture|payment)|store credit|credit note",
                r"(?:want|need|asked for|asking for|demand|get) (?:my|a|the) money",
                r"returns? (?:label|policy|form|request)|returned (?:it|them|the|my|an?)|return (?:it|them|my order)",
                r"cancel(?:led|ed|ling|ing)? (?:my |the |an? )?(?:order|booking|subscription)",
            ),
        ),
    ),
    fallback=FALLBACK,
)


def classify_topic(text: str, taxonomy: Taxonomy = DEFAULT_TAXONOMY) -> TopicGuess:
    """The topic of one post: the best-scoring topic, or the taxonomy's fallback when nothing matches."""
    topics = taxonomy.topics
    totals = [0.0] * len(topics)
    evidence: list[Evidence] = []
    if isinstance(text, str) and text:
        folded = _fold(text)
        seen: set[tuple[int, str]] = set()
        for m in taxonomy._scan.finditer(folded):
            start, end = m.span()
            info = taxonomy._owner(folded, start, end)
            words = m.group().split()
            weight = info.weight * (MULTIWORD_BONUS if len(words) > 1 else 1.0)
            key = (info.topic, " ".join(words))
            if key in seen:
                weight *= REPEAT_FACTOR
            else:
                seen.add(key)
            totals[info.topic] += weight
            if len(evidence) < MAX_EVIDENCE:
                evidence.append(Evidence(start, end, text[start:end], info.evidence_rule))
    if not evidence:
        confidence = FALLBACK_CONFIDENCE if isinstance(text, str) and text.strip() else 0.0
        return TopicGuess(taxonomy.fallback, confidence, dict(taxonomy._zeros), ())
    best = max(range(len(topics)), key=totals.__getitem__)  # the first of equals: priority order
    top = totals[best]
    scores = {name: round(total, 4) for name, total in zip(topics, totals, strict=True)}
    runner_up = max((t for i, t in enumerate(totals) if i != best), default=0.0)
    strength = 1.0 - math.exp(-top / STRENGTH_SCALE)
    margin = (top - runner_up) / top
    confidence = round(strength * (0.5 + 0.5 * margin), 4)
    return TopicGuess(topics[best], confidence, scores, tuple(evidence))


def classify_topics(texts: Sequence[str], taxonomy: Taxonomy = DEFAULT_TAXONOMY) -> list[TopicGuess]:
    """The topic of each post, in order."""
    return [classify_topic(text, taxonomy) for text in texts]
