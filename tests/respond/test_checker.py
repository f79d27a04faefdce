"""The reply checker, as an agent sees it: which drafts are stopped, which are flagged, which go through."""

from __future__ import annotations

from typing import Any

import pytest

from amends.respond.codes import CODES
from amends.respond.context import Fault, PiiItem, Purpose, Visibility
from tests.respond.checker_helpers import DELIVERY, check, codes

# ---------------------------------------------------------------- good replies pass clean
GOOD = [
    (
        "Hi Dana, I'm so sorry your parcel still hasn't turned up. Please DM us and we'll chase the courier today.",
        {"complaint_text": DELIVERY, "at_fault": Fault.BRAND},
    ),
    (
        "Dana, that's not the Monday delivery you were promised, and I'm sorry. I've asked the courier for an update "
        "and will message you by 5pm.",
        {"complaint_text": DELIVERY, "at_fault": Fault.BRAND, "platform": "x"},
    ),
    (
        "Hi Dana, sorry the app crashes when you open your basket. We actually shipped a fix this morning, so updating "
        "should sort it. Let us know if it still happens.",
        {"complaint_text": "The app crashes every time I open my basket. Sort it out!"},
    ),
    (
        "Oh no, Dana! Easily done. Send us a DM with your order details and we'll ask the courier to reroute the "
        "trainers to your new address.",
        {
            "complaint_text": "Put the wrong address on my trainers order and now they've gone to my old flat. Help?",
            "at_fault": Fault.CUSTOMER,
        },
    ),
    (
        "Hi Dana, sorry you were charged twice for March. I've refunded the extra £42.50 today; it should be back on "
        "your card within 3-5 working days.",
        {
            "complaint_text": "I was charged twice for my March bill, £42.50 each time. Not happy.",
            "at_fault": Fault.BRAND,
            "refund_limit": 50,
        },
    ),
    (
        "Hi Dana, we're very sorry to hear about your visit to our Leeds store. We'd like to understand what happened; "
        "please send us a DM so we can talk privately.",
        {
            "complaint_text": "Your Leeds store manager called me a thief in front of everyone. I'm calling a lawyer.",
            "legal_risk": True,
        },
    ),
    (
        "Wow, thanks for the kind words, Dana! Glad you enjoyed the oat latte - we'll pass it on to the Bath team.",
        {
            "complaint_text": "Loved the new oat latte at your Bath cafe this morning!",
            "purpose": Purpose.THANKS,
            "kind": "praise",
        },
    ),
    (
        "Hi Dana, three weeks is far too long to wait for a refund, and I'm sorry. I've escalated your jacket return "
        "to our refunds team, who will update you within 24 hours.",
        {"complaint_text": "Still no refund for the jacket I returned 3 weeks ago. Useless.", "at_fault": Fault.BRAND},
    ),
    (
        "Dana, you shouldn't have to chase us for a refund - sorry. Please DM us your order number and I'll check "
        "where your jacket return is up to.",
        {"complaint_text": "Still no refund for the jacket I returned 3 weeks ago. Useless.", "at_fault": Fault.BRAND},
    ),
    (
        "Hi Dana, this isn't your fault at all. We'll look into the missing jacket refund today and message you.",
        {"complaint_text": "Still no refund for the jacket I returned 3 weeks ago. Useless."},
    ),
    (
        "Thanks Dana. Could you confirm your order number so we can check the delivery slot?",
        {"complaint_text": DELIVERY, "visibility": Visibility.PRIVATE},
    ),
]


@pytest.mark.parametrize(("text", "ctx"), GOOD)
def test_good_replies_pass_with_no_findings(text: str, ctx: dict[str, Any]) -> None:
    result = check(text, **ctx)
    assert result.findings == (), [(f.code, f.excerpt) for f in result.findings]
    assert result.passed


SUBTLE_GOOD = [
    "Hi Dana, none of this is your fault. We'll refund you today.",
    "We will not blame you for this, Dana - we'll sort it today.",
    "You shouldn't have to wait this long, Dana. We'll chase it today.",
    "You should have received an email from us this morning, Dana - could you check your spam folder?",
    "You should have it by Friday, Dana. We'll keep you posted.",
    "You must have been so frustrated, Dana. We're sorry and we'll fix it today.",
    "I'm sorry you didn't receive your order, Dana. We'll resend it today.",
    "Who could blame you for being annoyed, Dana? We'll sort it today.",
    "We're not going to blame the courier, Dana - it's on us to fix. We'll resend it today.",
    "This isn't the courier's fault, it's ours. Sorry Dana, we'll resend today.",
    "You deserve to be treated with respect, Dana, and we're sorry you weren't. We'll speak to the store today.",
    "Good news, Dana: we actually shipped a fix yesterday, so the app should work again.",
    "It's actually really easy to change your address in the app, Dana: tap Account, then Addresses.",
    "There's nothing wrong with your card, Dana - the error was on our side. We'll retry the payment today.",
    "Oh no, Dana! We'll get that sorted for you today.",
    "I can't promise it won't happen again, Dana, but we've fixed the cause. Let us know if it does.",
    "Dana, please don't post your account number here - send it to us by DM instead.",
    "Please DM us the email address on your account, Dana, and we'll look into it.",
    "Could you DM us? Include your order number and we'll check it.",
    "Dana, we've sent the replacement to the address on your account.",
    "Hi Dana, we checked and the class you booked is still on. Need anything else?",
    "Thank you for your patience, Dana. Our Scunthorpe store will call you today about your assistance request.",
    "Hi Dana, UK orders take 2-3 days. Could you DM us your postcode so we can check ASAP?",
    "Dana, you're right, and we're sorry. We'll fix it today.",
    "Dana, you're not wrong - that's too long to wait. Sorry! We'll chase it today.",
    "Dana, did the replacement arrive? Let us know if anything's still not right.",
    "Dana, so sorry. Our delivery partner is running behind, and we're chasing them for you today.",
]


@pytest.mark.parametrize("text", SUBTLE_GOOD)
def test_negation_hedging_and_lookalikes_do_not_block(text: str) -> None:
    result = check(text)
    assert result.passed, [(f.code, f.excerpt) for f in result.blocking]
    assert result.findings == (), [(f.code, f.excerpt) for f in result.findings]


def test_every_code_is_reachable() -> None:
    """Each code in the contract is produced by at least one draft in this file's examples."""
    seen: set[str] = set()
    examples: list[tuple[str, dict[str, Any]]] = [
        ("", {}),
        ("Hi Dana, we're sorry. Please DM us.", {"legal_hold": True}),
        ("Dana, this was our fault. Please DM us.", {"legal_risk": True}),
        ("Actually, we did send it. Please DM us.", {}),
        ("You should have checked. Please DM us.", {}),
        ("That's the courier's fault. Please DM us.", {}),
        ("Reply here with your order number.", {}),
        ("We'll call 07700 900123 today.", {"pii": (PiiItem("phone", "07700 900123"),)}),
        ("What the hell. Please DM us.", {}),
        ("Oh great, another expert. Please DM us.", {}),
        ("We've refunded £90 today.", {"refund_limit": 10}),
        ("Sorry, we'll chase it today. " * 12, {"platform": "x"}),
        (
            "Sorry about that, please DM us and we'll chase it today.",
            {"recent_replies": ("Sorry about that, please DM us and we'll chase it today!",)},
        ),
        ("We apologise for the trouble. Please DM us.", {"complaint_text": DELIVERY, "customer_name": None}),
        ("That is not good.", {}),
        ("We'll resend it today.", {"at_fault": Fault.BRAND}),
        ("Sorry for our mistake, we'll resend it today.", {"at_fault": Fault.CUSTOMER}),
        ("Our backend is down; we'll update you today.", {}),
        ("This will never happen again, we'll resend it today.", {}),
        ("SORRY!! We'll resend it today.", {}),
    ]
    for text, ctx in examples:
        seen |= codes(text, **ctx)
    assert seen == set(CODES)


def test_levels_follow_the_contract_by_default() -> None:
    result = check("Dana, you should have checked. Oh great. We'll fix it 😀", complaint_text=DELIVERY)
    for f in result.findings:
        assert f.level is CODES[f.code].level
    assert not result.passed
    assert result.blocking and result.warnings


def test_findings_are_sorted_by_position_and_point_into_the_reply() -> None:
    text = "Oh great. You should have checked, Dana. That's the courier's fault. We'll fix it today!!"
    result = check(text, complaint_text=DELIVERY)
    starts = [f.start if f.start is not None else -1 for f in result.findings]
    assert starts == sorted(starts)
    for f in result.findings:
        if f.start is not None and f.end is not None:
            assert f.excerpt == text[f.start : f.end]
        assert f.message.endswith(".")
    assert [f.code for f in result.findings if f.start is not None][:3] == [
        "sarcasm",
        "blames_customer",
        "passes_blame",
    ]


def test_result_serialises() -> None:
    result = check("Oh great. We'll fix it today.")
    data = result.to_dict()
    assert data["passed"] is False and data["text"] == "Oh great. We'll fix it today."
    assert data["findings"][0] == {
        "code": "sarcasm",
        "level": "blocking",
        "message": result.findings[0].message,
        "start": 0,
        "end": 8,
        "excerpt": "Oh great",
    }
