"""The specifics of a customer's post, for a reply that names their actual problem.

Rule-based and deliberately cautious: each rule recognises one well-defined situation ("charged twice",
"parcel hasn't arrived", "can't log in") and writes a short phrase for it from the brand's side ("your",
not "my"). When no rule is sure, the phrase falls back to the triage topic, or to "this": a general
phrase is dull, a wrong one tells the customer nobody read their post. The customer's personal data is
masked before any rule runs, so no phrase can carry it; the order reference is kept apart for private
replies only.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from amends.respond.specifics_extras import (
    extract_duration,
    extract_idea,
    extract_praised,
    extract_product,
    extract_question,
    extract_wants,
)
from amends.respond.specifics_features import feature_issue
from amends.respond.specifics_rules import hedged
from amends.respond.specifics_table import ISSUE_RULES
from amends.triage.pii import detect_pii

MAX_TEXT = 4000  # the problem is stated early; a pasted essay should not cost more than this
REF_TYPES = ("order_number", "booking_reference", "ticket_number")

# What to call the problem when no rule recognised it, by triage topic.
TOPIC_ISSUES: dict[str, str] = {
    "billing": "the problem with your bill",
    "refund": "the problem with your refund",
    "delivery": "the problem with your delivery",
    "product_defect": "the problem with your item",
    "service_staff": "the service you received",
    "account_access": "the trouble getting into your account",
    "outage": "the problems you're having with our service",
    "pricing": "your concerns about our prices",
}
GENERIC_ISSUE = "this"


@dataclass(frozen=True, slots=True)
class Specifics:
    """What the post says went wrong, in phrases ready to go into a reply."""

    issue: str  # never empty: a specific phrase, the topic's phrase, or "this"
    specific: bool = False  # True when `issue` came from the text itself
    rule: str | None = None  # which rule recognised the issue, for review
    product: str | None = None  # "iPhone 15", "kettle"
    order_ref: str | None = None  # the identifier as written, e.g. "48213977"; for private replies only
    order_ref_type: str | None = None  # order_number, booking_reference or ticket_number
    wants: str | None = None  # "a refund", "a replacement"
    duration: str | None = None  # "for three weeks", "since Monday"
    question: str | None = None  # "how to change your payment method"
    idea: str | None = None  # a suggestion: "adding dark mode"
    praised: str | None = None  # what a happy customer liked: "the new playlist feature"
    topic: str | None = None


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# Apostrophes people leave out on phones; the rules are written for the full forms.
_BARE = {"cant": "can't", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "wont": "won't"}
_BARE |= {"arent": "aren't", "wasnt": "wasn't", "hasnt": "hasn't", "havent": "haven't", "couldnt": "couldn't"}
_BARE |= {"im": "I'm", "ive": "I've", "wheres": "where's", "whats": "what's"}
_BARE_RE = re.compile(r"\b(" + "|".join(_BARE) + r")\b", re.I)


def _strip_symbols(text: str) -> str:
    # Emoji and other pictographs say how someone feels, not what happened; they would break the rules.
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("So", "Cs", "Co", "Cn") or ch in "\u200d\ufe0f\ufe0e":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def clean_text(text: str, mask: list[tuple[int, int]] | None = None) -> str:
    """The post as the rules read it: masked spans removed, no links, mentions, emoji or odd quotes."""
    if mask:
        parts, last = [], 0
        for start, end in sorted(mask):
            parts.append(text[last:start])
            last = max(last, end)
        parts.append(text[last:])
        text = " ".join(parts)
    text = html.unescape(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = _BARE_RE.sub(lambda m: _BARE[m.group(1).lower()], text)
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    text = text.replace("#", " ")
    text = _strip_symbols(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def topic_issue(topic: str | None, product: str | None = None) -> str:
    """The general phrase for a topic (used when no rule matched, or when a shorter phrase is needed)."""
    if topic == "product_defect" and product:
        return f"the problem with your {product}"
    return TOPIC_ISSUES.get((topic or "").lower(), GENERIC_ISSUE)


def extract_specifics(text: str | None, topic: str | None) -> Specifics:
    """The specifics of a complaint (or question, suggestion, praise) taken from its text."""
    topic = topic.lower() if isinstance(topic, str) and topic.strip() else None
    if not isinstance(text, str) or not text.strip():
        return Specifics(issue=topic_issue(topic), topic=topic)
    text = text[:MAX_TEXT]
    spans = detect_pii(text)
    ref = next((s for s in spans if s.type in REF_TYPES), None)
    clean = clean_text(text, [(s.start, s.end) for s in spans])

    product = extract_product(clean)
    issue, rule = None, None
    for name, pattern, build in ISSUE_RULES:
        for m in pattern.finditer(clean):
            if hedged(clean, m.start()):
                continue
            phrase = build(m, clean)
            if phrase:
                issue, rule = phrase, name
                break
        if issue:
            break
    if issue is None:
        issue = feature_issue(clean)
        rule = "general.feature" if issue else None
    return Specifics(
        issue=issue or topic_issue(topic, product),
        specific=issue is not None,
        rule=rule,
        product=product,
        order_ref=ref.text.lstrip("#") if ref else None,
        order_ref_type=ref.type if ref else None,
        wants=extract_wants(clean),
        duration=extract_duration(clean),
        question=extract_question(clean),
        idea=extract_idea(clean),
        praised=extract_praised(clean),
        topic=topic,
    )
