"""Cases where the same words help or hurt depending on who did what, in which tense, and where."""

from __future__ import annotations

from typing import Any

import pytest

from amends.respond.checker import check_reply
from amends.respond.context import Fault, PiiItem, ReplyContext

CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    # Legal-risk cases: sympathy and a move to private are fine; any word on fault is not.
    (
        "We're sorry to hear about your fall in our Croydon store, Dana. Please DM us so we can follow up.",
        {"legal_risk": True},
        set(),
    ),
    ("Dana, we take this very seriously and are looking into it. Please DM us.", {"legal_risk": True}, set()),
    ("Dana, we'd never discriminate against anyone. Please DM us.", {"legal_risk": True}, {"liability"}),
    ("Dana, our product is perfectly safe when used as directed.", {"legal_risk": True}, {"liability"}),
    ("Dana, we deny these claims. Please DM us.", {"legal_risk": True}, {"liability"}),
    ("Dana, this should never have happened. Please DM us.", {"legal_risk": True}, {"liability"}),
    ("Dana, this should never have happened. Please DM us.", {}, set()),
    # Personal data.
    ("Hi Dana, we'll call you on your number ending 0123 today.", {"pii": (PiiItem("phone", "07700 900123"),)}, set()),
    (
        "Hi Dana, the refund for order #55821 went out today.",
        {"complaint_text": "order #55821 never came"},
        {"echoes_pii"},
    ),
    (
        "Hi Dana, we've updated the delivery address to 12 Oak Street.",
        {"pii": (PiiItem("address", "12 Oak Street, Leeds LS1 4AB"),)},
        {"echoes_pii"},
    ),
    ("Hi Dana, what's your postcode? We'll check for outages.", {}, {"asks_pii_public"}),
    ("Hi Dana, can we get your account number? We'll check.", {}, {"asks_pii_public"}),
    ("Hi Dana, drop your email in the comments and we'll reach out!", {}, {"asks_pii_public"}),
    ("Hi Dana, please confirm your date of birth so we can verify you.", {}, {"asks_pii_public"}),
    ("Hi Dana, never share your password with anyone, including us. We'll DM you.", {}, set()),
    ("Hi Dana, please fill in our returns form with your address and we'll send a label.", {}, set()),
    ("Hi Dana, you can update your address in the app under Account.", {}, set()),
    # Money.
    ("Dana, we've refunded £25 today.", {"refund_limit": 25}, set()),
    ("Dana, we've refunded £25.01 today.", {"refund_limit": 25}, {"beyond_authority"}),
    ("Dana, we'll add a £10 voucher and refund the £20 delivery fee.", {"refund_limit": 25}, {"beyond_authority"}),
    ("Dana, refunds over £50 need a manager, so I've asked mine to approve yours today.", {"refund_limit": 25}, set()),
    ("Dana, your £120 order will be refunded in full today.", {"refund_limit": 25}, {"beyond_authority"}),
    ("Dana, we'll refund you within 5 days.", {"refund_limit": 2}, set()),
    ("Dana, we're here until 10.30pm if you'd like to call us about a refund.", {"refund_limit": 5}, set()),
    # Ownership and blame.
    ("Dana, you're absolutely right - we dropped the ball. Sorry! We'll fix it today.", {}, set()),
    ("Dana, our warehouse team made a mistake and packed the wrong size. Sorry! We'll resend today.", {}, set()),
    ("Dana, our warehouse team messed up, not us. We'll resend today.", {}, {"passes_blame"}),
    ("Dana, the courier messed up. We'll resend today.", {}, {"passes_blame"}),
    ("Dana, I've checked with our warehouse and they've confirmed the parcel left yesterday.", {}, set()),
    ("Dana, the courier marked it as delivered, but we'll investigate.", {}, set()),
    ("Dana, if you entered the wrong address, no worries - DM us and we'll fix it.", {}, set()),
    ("Dana, you didn't get the email because of a glitch on our side - sorry! We'll resend it.", {}, set()),
    ("Dana, it was a human error on our side. Sorry! We'll fix it today.", {}, set()),
    # Contradiction or reassurance.
    ("Dana, no, you won't be charged for the replacement. We'll send it today.", {}, set()),
    ("Dana, it's not the case that you need to pay. We'll refund it today.", {}, set()),
    ("Dana, that is not okay, and we're sorry. We'll fix it today.", {}, set()),
    ("Dana, I know mistakes happen, but this one was ours. Sorry! We'll fix it today.", {}, set()),
    ("Dana, it's not the case that we overcharged you. Please DM us.", {}, {"defensive"}),
    # Lookalikes.
    ("Dana, sorry - the 'save' button should now work.", {}, set()),
    ("Dana, sorry for the trouble - as we ass...", {}, set()),
    ("Dana, great spot! We'll fix the typo on the website today.", {}, set()),
    ("Dana, you're welcome! Let us know if you need anything else.", {}, set()),
]


@pytest.mark.parametrize(("text", "ctx", "blocking"), CASES)
def test_blocking_codes_in_context(text: str, ctx: dict[str, Any], blocking: set[str]) -> None:
    ctx.setdefault("customer_name", "Dana")
    result = check_reply(text, ReplyContext(**ctx))
    assert {f.code for f in result.blocking} == blocking, [(f.code, f.excerpt) for f in result.findings]


def test_empathy_is_not_an_apology_for_the_customers_fault_but_taking_the_blame_is() -> None:
    ctx = ReplyContext(customer_name="Dana", at_fault=Fault.CUSTOMER)
    for text in (
        "Sorry to hear the parcel went to your old address, Dana. We'll ask the courier to redirect it.",
        "Sorry for the trouble, Dana - we'll ask the courier to redirect it.",
    ):
        assert "apology_for_customer_fault" not in check_reply(text, ctx).codes
    for text in (
        "Sorry for our mistake, Dana - we'll ask the courier to redirect it.",
        "That's on us, Dana - we'll ask the courier to redirect it.",
        "Apologies that we sent it to the wrong address, Dana. We'll redirect it.",
    ):
        assert "apology_for_customer_fault" in check_reply(text, ctx).codes, text
