"""The smaller specifics of a post: the product, what the customer wants, how long it has lasted, and
for non-complaints the question asked, the idea suggested or the thing praised.

Each extractor returns None unless it is sure; the composer then simply leaves that detail out.
"""

from __future__ import annotations

import re

from amends.respond.specifics_rules import RUDE, STOP, hedged, swap_person

_I = re.I

# ---------------------------------------------------------------- products
_KNOWN = {
    "iphone": "iPhone",
    "ipad": "iPad",
    "ipod": "iPod",
    "airpods": "AirPods",
    "macbook": "MacBook",
    "imac": "iMac",
    "apple watch": "Apple Watch",
    "kindle": "Kindle",
    "xbox": "Xbox",
    "ps4": "PS4",
    "ps5": "PS5",
    "playstation": "PlayStation",
    "fitbit": "Fitbit",
    "galaxy": "Galaxy",
    "pixel": "Pixel",
    "chromecast": "Chromecast",
    "fire stick": "Fire Stick",
    "firestick": "Fire Stick",
    "nintendo switch": "Nintendo Switch",
    "apple tv": "Apple TV",
}
_MODEL_WORD = r"(?:\d{1,2}[a-z]?|pro|max|plus|mini|ultra|xl|se|air|s\d{1,2}|x|xs|xr|series \d{1,2})"
_KNOWN_RX = re.compile(
    r"\b(?P<name>" + "|".join(sorted(map(re.escape, _KNOWN), key=len, reverse=True)) + r")"
    r"(?P<model>(?:\s+" + _MODEL_WORD + r"){0,3})\b",
    _I,
)
_MODEL_CASE = {"pro": "Pro", "max": "Max", "plus": "Plus", "mini": "Mini", "ultra": "Ultra", "air": "Air"}
_GENERIC = (
    "laptop|phone|mobile|tablet|tv|television|telly|headphones|earbuds|earphones|fridge|freezer|fridge freezer"
    "|washing machine|washer|dryer|tumble dryer|dishwasher|oven|cooker|microwave|kettle|toaster|hoover|vacuum"
    "|printer|router|modem|watch|camera|speaker|speakers|console|controller|charger|sofa|mattress|bike|scooter"
    "|boiler|shoes|trainers|boots|jacket|coat|dress|jeans|glasses|suitcase|blender|hairdryer|straighteners"
    "|monitor|keyboard|drill|lawnmower|smart meter|meter|car|pram|buggy|car seat"
)
_GENERIC_RX = re.compile(
    r"\b(?:my|our)\s+(?:(?:new|brand new|old)\s+)?(?P<brand>[A-Z][\w-]{1,20}\s+)?(?P<thing>" + _GENERIC + r")\b",
    _I,
)
_NOT_BRAND_WORDS = """new old brand the my our this that a an i broken faulty damaged only other second first"""
_NOT_BRAND = frozenset(_NOT_BRAND_WORDS.split())


def _model(raw: str) -> str:
    words = []
    for w in raw.split():
        low = w.lower()
        words.append(_MODEL_CASE.get(low, w.upper() if low in ("se", "x", "xs", "xr", "xl") or low[:1] == "s" else w))
    return " ".join(words)


def extract_product(text: str) -> str | None:
    """A product the customer named: a known device ('iPhone 15 Pro') or their own thing ('Samsung TV', 'kettle')."""
    m = _KNOWN_RX.search(text)
    if m:
        name = _KNOWN[" ".join(m.group("name").lower().split())]
        model = _model(m.group("model"))
        return f"{name} {model}".strip()
    m = _GENERIC_RX.search(text)
    if m:
        thing = " ".join(m.group("thing").lower().split())
        thing = {"tv": "TV", "television": "TV", "telly": "TV"}.get(thing, thing)
        brand = (m.group("brand") or "").strip()
        case_ok = (brand[:1].isupper() and not brand.isupper()) or (brand.isupper() and len(brand) <= 3)
        if (
            brand
            and case_ok
            and brand.lower() not in _NOT_BRAND
            and brand.lower() not in STOP
            and not RUDE.match(brand)
        ):
            return f"{brand} {thing}"
        return thing
    return None


# ---------------------------------------------------------------- what they want
_WANTS_RX = re.compile(
    r"\b(?:want|need|demand|demanding|expect|expecting|would like|i'd like|asking for|asked for|request|requesting"
    r"|requested|give me|can i get|can i have|could i get|could i have|entitled to|deserve|where's|where is)\s+"
    r"(?:(?:a|an|my|the|some|full|proper|immediate|new)\s+){0,3}(?P<w>refund|money back|replacement|exchange"
    r"|compensation|repair|call ?back|apology|engineer|technician|voucher|explanation)\b"
    r"|\b(?P<me>refund me|send me a (?:replacement|new one))\b",
    _I,
)
_WANTS = {
    "refund": "a refund",
    "money back": "a refund",
    "replacement": "a replacement",
    "exchange": "an exchange",
    "compensation": "some compensation",
    "repair": "a repair",
    "callback": "a call back",
    "call back": "a call back",
    "apology": "an apology",
    "engineer": "a visit from an engineer",
    "technician": "a visit from a technician",
    "voucher": "a voucher",
    "explanation": "an explanation",
}
_NEGATION_BEFORE = re.compile(r"\b(?:don't|do not|didn't|did not|never|not|no)\s+(?:\w+\s+)?$", _I)


def extract_wants(text: str) -> str | None:
    """What the customer asked for, when they said so plainly ('I want a refund' → 'a refund')."""
    for m in _WANTS_RX.finditer(text):
        if m.group("me"):
            return "a refund" if "refund" in m.group("me").lower() else "a replacement"
        if m.group(0).lower().startswith("where"):
            continue  # "where is my refund" is waiting, not asking
        if _NEGATION_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) or hedged(text, m.start()):
            continue
        return _WANTS[" ".join(m.group("w").lower().split())]
    return None


# ---------------------------------------------------------------- how long
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_AMOUNT = (
    r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|few)"
)
_UNIT = r"(?P<u>minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?)"
_DURATION_RX = re.compile(
    r"\b(?:for|over|after)\s+(?P<q>(?:over|nearly|almost|about|around|more than)\s+)?"
    + _AMOUNT
    + r"\s+"
    + _UNIT
    + r"\b"
    r"|\b" + _AMOUNT.replace("<n>", "<n2>") + r"\s+" + _UNIT.replace("<u>", "<u2>") + r"\s+(?P<tail>now|and counting"
    r"|already|ago)\b|\bsince\s+(?P<since>yesterday|last (?:week|month|night|year|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this morning|the weekend)\b",
    _I,
)
_WAITING_CLAUSE = re.compile(
    r"\b(?:wait\w*|been|still|hold|down|without|no|chas\w+|try\w*|tried|call\w*|ring\w*|emailed|email\w*|off"
    r"|can't|cannot|unable|won't|isn't|hasn't|haven't|not|never"
    r"|broken|stuck|nothing|ongoing|going on|outage|problem|issue)\b",
    _I,
)
_OWNERSHIP_CLAUSE = re.compile(
    r"\b(?:using|used|had|owned|member|customer|subscribed|loyal|paying|bought|had it)\b", _I
)
_SINCE_VERB = re.compile(
    r"\b(?:ordered|paid|requested|reported|called|rang|emailed|contacted|sent|returned|booked|cancel+ed|applied"
    r"|complained|asked|raised|submitted|placed|logged|messaged|chased)\b",
    _I,
)
_UNIT_NAME = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "wk": "week", "wks": "week"}


def _clause(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(ch) for ch in ".!?;\n")
    return window[cut + 1 :]


def _amount(n: str, unit: str) -> str:
    n = n.lower()
    unit = _UNIT_NAME.get(unit.lower(), unit.lower().rstrip("s"))
    if n in ("a", "an", "one", "1"):
        return ("an " if unit == "hour" else "a ") + unit
    if n.isdigit():
        value = int(n)
        if value == 0 or value > 999:
            return ""
        n = _NUMBER_WORDS[value - 1] if value <= 12 else str(value)
    n = "a few" if n == "few" else "a couple of" if n == "couple of" else n
    return f"{n} {unit}s"


def extract_duration(text: str) -> str | None:
    """How long the problem has lasted ('for three weeks', 'since Monday'), only when the text says it plainly."""
    for m in _DURATION_RX.finditer(text):
        clause = _clause(text, m.start())
        if m.group("since"):
            return "since " + " ".join(
                w.capitalize() if w.endswith("day") and w != "yesterday" else w
                for w in m.group("since").lower().split()
            )
        if m.group("n"):
            if _OWNERSHIP_CLAUSE.search(clause) or not _WAITING_CLAUSE.search(clause + " " + m.group(0)):
                continue
            amount = _amount(m.group("n"), m.group("u"))
            q = " ".join((m.group("q") or "").lower().split())
            if amount:
                return f"for {q + ' ' if q else ''}{amount}"
            continue
        tail = m.group("tail").lower()
        if tail == "ago" and (not _SINCE_VERB.search(clause) or _OWNERSHIP_CLAUSE.search(clause)):
            continue
        amount = _amount(m.group("n2"), m.group("u2"))
        if amount:
            return f"for {amount}"
    return None


# ---------------------------------------------------------------- questions, ideas, praise
_END = r"(?P<rest>[^?.!\n]{3,70}?)\s*(?:\?|$|[.!\n])"
_QUESTIONS = [
    (re.compile(r"\bhow\s+(?:do|can|would|should|could)\s+(?:i|we)\s+" + _END, _I), "how to {}"),
    (re.compile(r"\bwhere\s+can\s+(?:i|we)\s+" + _END, _I), "where you can {}"),
    (re.compile(r"\b(?:can|could|may)\s+(?:i|we)\s+" + _END, _I), "whether you can {}"),
    (re.compile(r"\b(?:do|does)\s+(?:you|y'all|u)\s+" + _END, _I), "whether we {}"),
    (re.compile(r"\bwill\s+(?:you|y'all|u)\s+" + _END, _I), "whether we'll {}"),
    (re.compile(r"\bis\s+there\s+(?P<art>an?y?)\s+" + _END, _I), "whether there's {}"),
    (re.compile(r"\bwhat(?:'s|\s+is)\s+(?:the|your)\s+" + _END, _I), "the {}"),
]
_TRAILING = re.compile(r"(?:\s+(?:please|pls|plz|thanks|thank you|thx|guys|asap|already|too|again|lol|anymore))+$", _I)
_VAGUE = re.compile(r"\b(?:this|that|it|these|those|there|here)$", _I)


def _object(raw: str, max_words: int = 9) -> str | None:
    phrase = _TRAILING.sub("", " ".join(raw.split())).strip(" ,;:-'\"")
    if not phrase or len(phrase.split()) > max_words or _VAGUE.search(phrase):
        return None
    if not any(ch.isalpha() for ch in phrase) or any(RUDE.match(w.strip(".,!?'\"")) for w in phrase.split()):
        return None
    return swap_person(phrase)


def extract_question(text: str) -> str | None:
    """The customer's question as a phrase: 'how do I change my card?' → 'how to change your card'."""
    for pattern, template in _QUESTIONS:
        m = pattern.search(text)
        if m is None:
            continue
        rest = _object(m.group("rest"))
        if rest is None:
            continue
        if template == "whether there's {}":
            rest = f"{m.group('art').lower()} {rest}"
        return template.format(rest)
    return None


_GERUND = {
    "add": "adding",
    "bring back": "bringing back",
    "make": "making",
    "let": "letting",
    "include": "including",
    "allow": "allowing",
    "introduce": "introducing",
    "offer": "offering",
    "create": "creating",
    "build": "building",
    "support": "supporting",
    "release": "releasing",
    "open": "opening",
    "extend": "extending",
    "enable": "enabling",
    "sell": "selling",
    "stock": "stocking",
    "fix": "fixing",
    "improve": "improving",
    "change": "changing",
}
_IDEA_RX = re.compile(
    r"\b(?:please|pls|plz|you should|u should|you guys should|y'all should|can you|could you|would you|would love"
    r"(?: it)? if you|wish you (?:would|could)|why not|why don't you"
    r"|it would be (?:great|nice|good|awesome|amazing|cool) if you|consider"
    r"|suggest(?:ion)?:?\s+(?:you\s+)?)\s+(?P<verb>" + "|".join(_GERUND) + r")\s+"
    r"(?P<obj>[^.!?,;:\n]{2,60})",
    _I,
)


def extract_idea(text: str) -> str | None:
    """A suggestion as a phrase: 'you should add dark mode' → 'adding dark mode'."""
    m = _IDEA_RX.search(text)
    if m is None:
        return None
    obj = _object(m.group("obj"), max_words=7)
    if obj is None:
        return None
    return f"{_GERUND[' '.join(m.group('verb').lower().split())]} {obj}"


_PRAISE_RX = re.compile(
    r"\b(?:love|loving|loved|adore|enjoying|enjoyed)\s+(?P<obj>(?:the|your|this|my|our)\s+[^.!?,;:\n]{2,40}?)"
    r"(?=\s*$|\s*[.!?,;:\n]|\s+(?:so much|and|but|it's|x+|thanks|thank)\b)"
    r"|\bthank(?:s| you)(?:\s+(?:so|very))?(?:\s+much)?\s+for\s+(?P<obj2>(?:the|your|a|an|such|all)\s+"
    r"[^.!?,;:\n]{2,40}?)(?=\s*$|\s*[.!?,;:\n]|\s+(?:and|but|x+)\b)",
    _I,
)
_NOT_PRAISE = re.compile(r"\b(?:not|never|no|hate|worst|but|fact|way|how|that|when|nothing|useless)\b", _I)


def extract_praised(text: str) -> str | None:
    """What a happy customer liked: 'love your new app!' → 'our new app'."""
    for m in _PRAISE_RX.finditer(text):
        raw = m.group("obj") or m.group("obj2")
        if _NOT_PRAISE.search(raw):
            continue
        obj = _object(raw, max_words=6)
        if obj is not None:
            return obj
    return None
