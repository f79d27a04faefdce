"""Rule-based cues triage combines with the model: spam, questions, specifics, reach.

Each function is pure and returns evidence with offsets into the original text, so an agent can see
exactly what made a post look like spam or a question, or why it looks legitimate.
"""

from __future__ import annotations

import math
import re
from datetime import datetime

from amends.triage.evidence import Evidence
from amends.triage.pii import PiiSpan
from amends.triage.signals import AuthorHistory

# Promotion, scams and engagement bait: the phrases spam accounts lean on, written for this project.
_SPAM = re.compile(
    r"\b(?:follow (?:me|back|for follow|4 follow)|f4f|check out my (?:page|profile|channel|store|bio|link)|"
    r"link in (?:my )?bio|dm (?:me )?(?:for|to get) (?:promo|collab|a discount|more info)|promo code|"
    r"use (?:my )?code|free (?:followers|likes|iphone|gift ?card|giveaway)|giveaway|earn \$?\d+|"
    r"make money (?:fast|online|from home)|work from home|crypto|bitcoin|btc|forex|nft drop|airdrop|"
    r"investment (?:opportunity|plan)|double your money|onlyfans|click (?:the|my|this) link|visit my|"
    r"subscribe to my|cheap (?:followers|likes|watches|bags)|limited offer|act now|100% free)\b",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HASHTAG = re.compile(r"#\w+")

_QUESTION_START = re.compile(
    r"(?:^|[.!?]\s+|@\w+\s+)(?:how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|"
    r"should|any|has|have|may)\b[^.!?]{0,200}",
    re.IGNORECASE,
)

_DATE = re.compile(
    r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day|yesterday|last (?:week|night|month)|this morning|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d+ (?:days?|weeks?|hours?|months?))\b",
    re.IGNORECASE,
)
_PRODUCT = re.compile(
    r"\b(?:my|the|this|your) (?:new )?(?:[a-z0-9-]+ ){0,2}(?:order|parcel|package|delivery|phone|laptop|tv|"
    r"fridge|washer|machine|jacket|shoes|trainers|sofa|flight|booking|ticket|subscription|plan|card|account|"
    r"app|router|broadband|bill|invoice|refund|item|product|device|charger|headphones|console)\b",
    re.IGNORECASE,
)


def spam_cues(text: str) -> tuple[float, tuple[Evidence, ...]]:
    """A 0–1 spam score and the phrases behind it (promotion, bait, scams, link and hashtag stuffing)."""
    evidence = [Evidence(m.start(), m.end(), m.group(), "spam.phrase") for m in _SPAM.finditer(text)][:5]
    urls = list(_URL.finditer(text))
    tags = _HASHTAG.findall(text)
    score = 1.0 - 0.45 ** len(evidence) if evidence else 0.0
    if evidence and urls:
        score = max(score, 0.7)
        evidence.append(Evidence(urls[0].start(), urls[0].end(), urls[0].group(), "spam.link"))
    if len(tags) >= 6:
        score = max(score, 0.5 + 0.05 * min(len(tags) - 6, 6))
        first = _HASHTAG.search(text)
        assert first is not None
        evidence.append(Evidence(first.start(), first.end(), first.group(), "spam.hashtag-stuffing"))
    if len(urls) >= 3:
        score = max(score, 0.6)
    return min(score, 0.99), tuple(evidence)


def question_cues(text: str) -> tuple[float, tuple[Evidence, ...]]:
    """How much the post asks something (a question mark, or a sentence opening with a question word)."""
    evidence: list[Evidence] = []
    for m in _QUESTION_START.finditer(text):
        evidence.append(Evidence(m.start(), m.end(), m.group(), "question.opening"))
        if len(evidence) >= 2:
            break
    mark = text.find("?")
    if mark >= 0:
        evidence.append(Evidence(mark, mark + 1, "?", "question.mark"))
    if mark >= 0 and len(evidence) > 1:
        return 0.85, tuple(evidence)
    if mark >= 0:
        return 0.7, tuple(evidence)
    return (0.45, tuple(evidence)) if evidence else (0.0, ())


# Strong praise, and the words that turn praise into a complaint ("love the app but...").
_PRAISE = re.compile(
    r"\b(?:(?:genuinely|really|so|very|seriously) (?:impressed|happy|pleased|grateful)|impressed|thank(?:s| you)"
    r"(?: so much| a lot)?|love (?:it|this|my|the|your)|loving (?:it|the|my)|brilliant|fantastic|amazing|superb|"
    r"excellent|outstanding|spot on|lifesaver|life saver|above and beyond|hats off|kudos|shout ?out|"
    r"best (?:\w+ )?(?:i|we)(?:'ve| have)? (?:ever )?(?:own|had|bought|used|tried)\w*|"
    r"never (?:\w+ )?(?:better|happier)|(?:couldn't|could not) be happier|highly recommend\w*|"
    r"appreciation post|painless|so easy|(?:quick|fast|speedy) (?:reply|response|refund|delivery|service))\b"
    r"|❤|😍|🥰|🙌|👏",
    re.IGNORECASE,
)
_BUT = re.compile(
    r"\b(?:but|however|though|still (?:no|not|waiting|broken)|yet again|worst|terrible|awful|disappoint\w*|"
    r"unacceptable|broken|useless|ridiculous|annoy\w*|frustrat\w*|fed up|not happy|unhappy|complain\w*)\b",
    re.IGNORECASE,
)
# Provocation and bait aimed at the brand: what trolls post, and angry customers rarely do.
_PROVOCATION = re.compile(
    r"\b(?:ratio(?:'d)?|ok boomer|cope|seethe|cringe|nobody (?:likes|cares about|asked) (?:you|u)|clowns?|"
    r"touch grass|stay mad|cry (?:more|harder|about it)|go bankrupt|hope you go (?:bust|bankrupt|under)|"
    r"imagine (?:being|paying|working)|who asked|l+m+a+o+|boycott)\b",
    re.IGNORECASE,
)


def praise_cues(text: str) -> tuple[float, tuple[Evidence, ...]]:
    """0–1: how clearly the post praises, with no complaint marker left once the praise is set aside."""
    found = list(_PRAISE.finditer(text))
    if not found:
        return 0.0, ()
    rest = _PRAISE.sub(" ", text)
    if _BUT.search(rest):
        return 0.0, ()
    evidence = tuple(Evidence(m.start(), m.end(), m.group(), "praise.phrase") for m in found[:3])
    return min(0.95, 0.6 + 0.15 * len(found)), evidence


def provocation_cues(text: str) -> tuple[float, tuple[Evidence, ...]]:
    """0–1 added to the troll score for bait and provocation aimed at the brand."""
    found = list(_PROVOCATION.finditer(text))[:3]
    if not found:
        return 0.0, ()
    return min(0.6, 0.3 * len(found)), tuple(
        Evidence(m.start(), m.end(), m.group(), "troll.provocation") for m in found
    )


SPECIFIC_PII = {"order_number", "booking_reference", "account_number", "ticket_number"}


def legitimacy_cues(
    text: str, pii: list[PiiSpan], author: AuthorHistory, troll_score: float
) -> tuple[float, tuple[Evidence, ...], list[str]]:
    """0–1: how much the post reads as a real customer with a real issue, with evidence and named cues."""
    evidence: list[Evidence] = []
    cues: list[str] = []
    score = 0.3
    refs = [s for s in pii if s.type in SPECIFIC_PII]
    if refs:
        score += 0.25
        cues.append("reference number")
        evidence.extend(Evidence(s.start, s.end, s.text, f"legitimacy.{s.type}") for s in refs[:2])
    date = _DATE.search(text)
    if date:
        score += 0.1
        cues.append("date or duration")
        evidence.append(Evidence(date.start(), date.end(), date.group(), "legitimacy.date"))
    product = _PRODUCT.search(text)
    if product:
        score += 0.1
        cues.append("names a product or order")
        evidence.append(Evidence(product.start(), product.end(), product.group(), "legitimacy.product"))
    if author.earlier_mentions > 0 and author.troll_flags == 0:
        score += 0.15
        cues.append("known customer")
    if author.verified:
        score += 0.05
        cues.append("verified account")
    if len(text.split()) >= 12:
        score += 0.05
        cues.append("detailed")
    if troll_score >= 0.5:
        score -= 0.4 * troll_score
        cues.append("reads as trolling")
    return max(0.0, min(1.0, score)), tuple(evidence), cues


def reach_score(
    author: AuthorHistory, metrics: dict[str, int], created_at: datetime | None, now: datetime
) -> tuple[float, dict[str, float | int | None]]:
    """0–1 reach from followers, engagement and engagement velocity (per hour since posting)."""
    followers = author.follower_count
    engagement = sum(int(metrics.get(k) or 0) for k in ("likes", "replies", "reposts", "quotes"))
    hours = 1.0
    if created_at is not None:
        hours = max((now - created_at).total_seconds() / 3600.0, 0.25)
    velocity = engagement / hours
    score = (
        0.55 * min(1.0, math.log10((followers or 0) + 1) / 6.0)  # a million followers saturates
        + 0.25 * min(1.0, math.log10(engagement + 1) / 4.0)  # ten thousand interactions saturate
        + 0.20 * min(1.0, math.log10(velocity + 1) / 3.0)  # a thousand an hour saturates
    )
    return round(score, 3), {
        "followers": followers,
        "engagement": engagement,
        "velocity_per_hour": round(velocity, 2),
    }
