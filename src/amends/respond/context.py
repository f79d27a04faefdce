"""What the composer and the reply checker know about the reply being written.

Built from a case by `respond.service.reply_context`, or by hand for a case-less check
(`amends check-reply --mention-text`). Pure data: the composer and checker never touch the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from amends.respond.voice import BrandVoice


class Visibility(StrEnum):
    PUBLIC = "public"  # a public reply or comment that onlookers see
    PRIVATE = "private"  # a direct/private message to the customer


class Purpose(StrEnum):
    RESPONSE = "response"  # the full answer: acknowledge, empathise, (apologise), next step
    FIRST_RESPONSE = "first_response"  # fast first answer when no solution is known yet
    ESCALATION_NOTICE = "escalation_notice"  # tells the customer it went to a specialist team, and when
    FOLLOW_UP = "follow_up"  # checks the remedy arrived and the customer is satisfied
    SECOND_COMMENT = "second_comment"  # public nudge when the customer did not answer our reply
    MOVE_PRIVATE = "move_private"  # public invitation to continue in private messages
    THANKS = "thanks"  # answer to praise


class Fault(StrEnum):
    BRAND = "brand"  # the brand got it wrong: admit, apologise, say what will be done
    CUSTOMER = "customer"  # the customer's own mistake: no apology for a fault, and no blame
    UNKNOWN = "unknown"


# Longest reply each platform accepts, in characters. X counts weighted characters; we count plain ones,
# which is stricter for Latin text. Review sites' owner-reply limits as documented by each.
CHANNEL_LIMITS: dict[str, int] = {
    "x": 280,
    "bluesky": 300,
    "mastodon": 500,
    "instagram": 2200,
    "facebook": 8000,
    "youtube": 10000,
    "reddit": 10000,
    "gbp": 4096,
    "yelp": 5000,
    "trustpilot": 2048,
    "appstore": 5970,
    "googleplay": 350,
    "email": 20000,
    "rss": 5000,
    "webhook": 5000,
    "demo": 280,
}


@dataclass(frozen=True, slots=True)
class PiiItem:
    """Personal data the customer exposed in their own post (from triage's pii signal)."""

    type: str  # phone, email, card, address, order_number, account_number, ...
    text: str


@dataclass(frozen=True, slots=True)
class ReplyContext:
    """The situation a reply is written for."""

    platform: str = "webhook"
    visibility: Visibility = Visibility.PUBLIC
    purpose: Purpose = Purpose.RESPONSE
    complaint_text: str | None = None  # the customer's post being answered; None when unknown
    customer_name: str | None = None  # display name, e.g. "Dana Whitfield"; the composer uses the first name
    customer_handle: str | None = None
    kind: str | None = None  # triage kind: complaint, question, praise, suggestion, spam, other
    severity: int = 0  # 0–4
    topic: str | None = None  # triage topic, e.g. "delivery"
    legal_risk: bool = False  # any mention on the case carried a legal-risk signal
    legal_hold: bool = False  # the hold is in force (not released by legal)
    pii: tuple[PiiItem, ...] = ()
    at_fault: Fault = Fault.UNKNOWN
    refund_limit: float | None = None  # the agent's authority; None: no limit is known, nothing is checked
    recent_replies: tuple[str, ...] = ()  # the brand's recent replies on this workspace, newest first
    voice: BrandVoice = field(default_factory=BrandVoice)
    agent_name: str | None = None  # for the sign-off
    escalation_team: str | None = None  # "our billing team"; for escalation notices
    expected_update: str | None = None  # "within 24 hours"; for escalation notices and first responses

    @property
    def length_limit(self) -> int:
        return CHANNEL_LIMITS.get(self.platform, 5000)
