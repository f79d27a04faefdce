"""Small wording helpers for the composer: names, teams, private-message phrasing, and voice rules.

Pure functions over strings, so each can be tested alone and reused by the reply checker if it wants.
"""

from __future__ import annotations

import re
import unicodedata

from amends.respond.voice import BrandVoice, Formality

# ---------------------------------------------------------------- the customer's first name
_TITLES = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "dr": "Dr", "prof": "Prof"}
# Display names that are a role, a placeholder or a joke rather than a name.
_NOT_NAME_WORDS = """customer user official admin support the team account fan guest anonymous anon unknown
real not just hello hi hey mr mrs ms a an my your i its it's no none null test official_ someone somebody nobody king
queen lord lady sir madam boss bot news store shop"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?$")
_SEPARATORS = re.compile(r"[\s|/•·,()\[\]{}<>\"“”!?:;~*+=]+")


def _symbol_free(text: str) -> str:
    return "".join(" " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Cn") else ch for ch in text)


def _name_case(token: str) -> str:
    if (token.isupper() and len(token) > 2) or token.islower():
        return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'")) for part in token.split("-"))
    return token


def first_name(display_name: str | None) -> str | None:
    """The name to greet someone by, from a display name; None when it is a handle, a role or unclear.

    "Dana Whitfield" → "Dana", "DANA" → "Dana", "Dr Jane Okafor" → "Jane", "Mr Okafor" → "Mr Okafor",
    "@dana_w92" / "dana_w92" / "Customer" → None.
    """
    if not display_name or not display_name.strip():
        return None
    raw = _symbol_free(display_name).strip()
    if raw.startswith("@"):
        return None
    tokens = [t.strip(".'’-") for t in _SEPARATORS.split(raw) if t.strip(".'’-")]
    if not tokens or "_" in tokens[0] or "@" in tokens[0] or any(ch.isdigit() for ch in tokens[0]):
        return None  # a handle such as "dana_w92", not a name
    title = _TITLES.get(tokens[0].lower().rstrip("."))
    if title:
        rest = [t for t in tokens[1:] if _NAME_TOKEN.match(t)]
        if len(rest) == 1 and rest[0].lower() not in _NOT_NAMES:
            return f"{title} {_name_case(rest[0])}"  # "Mr Okafor": all we have is a surname
        tokens = rest
        if not tokens:
            return None
    token = tokens[0]
    if not _NAME_TOKEN.match(token) or token.lower() in _NOT_NAMES or len(token) > 20:
        return None
    if len(token) < 2:
        return None  # an initial
    return _name_case(token)


# ---------------------------------------------------------------- teams, timing, channels
_TEAMS = {
    "billing-team": "our billing team",
    "commercial-team": "our pricing team",
    "logistics": "our delivery team",
    "product-quality": "our product quality team",
    "store-operations": "our store operations team",
    "account-security": "our account security team",
    "engineering-on-call": "our engineers",
    "care-supervisor": "a senior member of our care team",
    "legal": "the team that handles matters like this",
}
_TOPIC_TEAMS = {
    "billing": "our billing team",
    "refund": "our billing team",
    "delivery": "our delivery team",
    "product_defect": "our product team",
    "service_staff": "the managers responsible",
    "account_access": "our account security team",
    "outage": "our technical team",
    "pricing": "our pricing team",
}
_GROUP_NOUNS = ("team", "group", "department", "engineers", "specialists", "managers", "desk", "office", "staff")


def team_phrase(team: str | None, topic: str | None = None) -> str:
    """How to name a team to a customer: 'billing-team' → 'our billing team'; none given → by topic."""
    if team and team.strip():
        key = team.strip().lower()
        if key in _TEAMS:
            return _TEAMS[key]
        words = re.sub(r"[-_]+", " ", team.strip()).split()
        if words[0].lower() not in ("our", "the", "a", "an"):
            words.insert(0, "our")
        words[0] = words[0].lower()
        if words[-1].lower() not in _GROUP_NOUNS:
            words.append("team")
        return " ".join(words)
    return _TOPIC_TEAMS.get((topic or "").lower(), "a specialist team")


def when_phrase(expected: str | None) -> str | None:
    """'24 hours' → 'within 24 hours'; 'by Friday' stays; None stays None."""
    if not expected or not expected.strip():
        return None
    text = " ".join(expected.split()).rstrip(".")
    if text[0].isdigit() or text.lower().startswith(("one ", "two ", "three ", "a few ", "an hour", "a day")):
        return "within " + text
    return text


_DM_PLATFORMS = frozenset({"x", "twitter", "instagram", "bluesky", "demo", "threads"})


def dm_phrase(platform: str) -> str:
    """How to ask for a private message on this platform ('a DM' on X, 'a private message' elsewhere)."""
    p = platform.lower()
    if p in _DM_PLATFORMS:
        return "a DM"
    if p == "mastodon":
        return "a direct message"
    return "a private message"


def brand_name(voice: BrandVoice) -> str | None:
    """The brand's own name, or None when the voice only says 'our team' (which cannot stand in for a name)."""
    brand = voice.brand.strip()
    if not brand or brand.lower().startswith(("our ", "the ", "we ")):
        return None
    return brand


# ---------------------------------------------------------------- voice
_CONTRACTIONS = {
    "i'm": "I am",
    "i've": "I have",
    "i'll": "I will",
    "i'd": "I would",
    "we're": "we are",
    "we've": "we have",
    "we'll": "we will",
    "we'd": "we would",
    "you're": "you are",
    "you've": "you have",
    "you'll": "you will",
    "you'd": "you would",
    "they're": "they are",
    "they'll": "they will",
    "they've": "they have",
    "who'll": "who will",
    "who's": "who is",
    "it's": "it is",
    "it'll": "it will",
    "that's": "that is",
    "there's": "there is",
    "here's": "here is",
    "what's": "what is",
    "let's": "let us",
    "don't": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "can't": "cannot",
    "won't": "will not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "weren't": "were not",
    "hasn't": "has not",
    "haven't": "have not",
    "hadn't": "had not",
    "couldn't": "could not",
    "wouldn't": "would not",
    "shouldn't": "should not",
    "shan't": "shall not",
}
_CONTRACTION_RE = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, _CONTRACTIONS)) + r")(?![\w'])", re.I)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement:
        return replacement[0].upper() + replacement[1:]
    return replacement


def expand_contractions(text: str) -> str:
    text = text.replace("’", "'")
    return _CONTRACTION_RE.sub(lambda m: _keep_case(m.group(1), _CONTRACTIONS[m.group(1).lower()]), text)


def apply_voice(text: str, voice: BrandVoice) -> str:
    """Formality, words the voice avoids (replaced or dropped) and emoji, applied to a finished draft."""
    if voice.formality is Formality.FORMAL:
        text = expand_contractions(text).replace("!", ".")
        text = re.sub(r"\bHey( there)?\b", "Hello", text)
    for word, instead in voice.avoid.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
        text = pattern.sub(lambda m, new=instead: _keep_case(m.group(0), new), text)  # type: ignore[misc]
    if not voice.emoji:
        text = _EMOJI.sub("", text)
    return tidy(text)


def tidy(text: str) -> str:
    """Spacing and punctuation left by slot filling or dropped words: "  ", " ,", ",.", "..", leading commas."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" +([,.;:!?])", r"\1", text)
    text = re.sub(r",(?=[.;:!?])", "", text)
    text = re.sub(r"([;:,])\1+", r"\1", text)
    text = re.sub(r"\.{2,}", ".", text)
    text = re.sub(r"(^|[.!?]\s+)[,;:]\s*", r"\1", text)
    text = re.sub(r"\b(\w+) \1\b", r"\1", text)  # "your your order"
    return text.strip()
