"""One behaviour test (or more) per finding code, as an agent would meet it."""

from __future__ import annotations

import pytest

from amends.respond.codes import Level
from amends.respond.context import Fault, PiiItem, Purpose, Visibility
from amends.respond.voice import BrandVoice, Formality
from tests.respond.checker_helpers import DELIVERY, check, codes, finding


def test_empty() -> None:
    for text in ("", "   ", "\n\t", "🙏🙏", "...!"):
        result = check(text)
        assert result.codes == {"empty"}
        assert not result.passed
    assert "empty" not in codes("42")


def test_legal_hold_blocks_public_replies_whatever_they_say() -> None:
    text = "Hi Dana, we're sorry to hear this and we'd like to help. Please DM us."
    hold = finding(text, "legal_hold", legal_hold=True, legal_risk=True)
    assert hold.level is Level.BLOCKING
    assert hold.start is None
    assert "legal_hold" in codes("", legal_hold=True)
    assert "legal_hold" not in codes(text, legal_hold=True, visibility=Visibility.PRIVATE)
    assert "legal_hold" not in codes(text, legal_risk=True)


@pytest.mark.parametrize(
    "text",
    [
        "Dana, we accept full responsibility and will refund you today.",
        "Dana, this was entirely our fault. We'll be in touch today.",
        "Our staff did nothing wrong, Dana. Please DM us.",
        "Dana, that never happened at our store. Please DM us.",
        "We are not responsible for this, Dana. Please DM us.",
        "Dana, our driver was negligent and we'll compensate you.",
    ],
)
def test_liability_on_legal_risk_cases_public_or_private(text: str) -> None:
    for visibility in Visibility:
        assert "liability" in codes(text, legal_risk=True, visibility=visibility)


def test_liability_wording_on_ordinary_cases() -> None:
    assert "liability" not in codes("Dana, we accept full responsibility and will refund you today.")
    assert codes("Dana, this was entirely our fault. We'll refund you today.", at_fault=Fault.BRAND) == set()
    # A denial on an ordinary case argues with the customer instead.
    assert codes("Our staff did nothing wrong, Dana. Please DM us.") == {"defensive"}


@pytest.mark.parametrize(
    "text",
    [
        "Actually, Dana, we did send it on Monday. Please check your tracking.",
        "As we already explained, Dana, refunds take 5 days.",
        "To be clear, we never charged you twice, Dana. Please DM us.",
        "That's not true, Dana - the driver knocked. We'll check today.",
        "With respect, Dana, you're wrong about the price. Please DM us.",
        "There is nothing wrong with our product, Dana. Please DM us.",
        "We did nothing wrong here, Dana. Please DM us.",
        "Dana, if you'd read the FAQ you'd know refunds take 5 days.",
        "Dana, we're sorry you feel that way. Please DM us.",
        "Dana, it's actually not our policy to refund sale items. Please DM us.",
    ],
)
def test_defensive(text: str) -> None:
    f = finding(text, "defensive")
    assert f.level is Level.BLOCKING
    assert f.excerpt and f.excerpt.lower() in text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Dana, you should have checked the tracking page. We'll look today.",
        "Dana, you didn't read the instructions. We'll send them again today.",
        "Dana, you must have entered the wrong card number. Please try again.",
        "This is user error, Dana. Please try again.",
        "Dana, it's your own fault for ordering so late. We'll check today.",
        "Dana, because you didn't update the app, it crashed. Please update it.",
        "Dana, you failed to return the item within 30 days. Please DM us.",
        "Dana, you entered your address wrong, so it came back to us. DM us.",
        "Dana, if you had read the label you would know. Please DM us.",
    ],
)
def test_blames_customer(text: str) -> None:
    assert "blames_customer" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dana, that's the courier's fault, not ours. We'll chase them today.",
        "Dana, our supplier messed up, not us. We'll chase them today.",
        "Dana, it's not our fault, it was the warehouse. We'll chase them today.",
        "Dana, please take it up with the courier directly.",
        "Dana, blame the warehouse for this one. We'll chase them today.",
        "Dana, it's out of our hands now, the courier has it.",
    ],
)
def test_passes_blame(text: str) -> None:
    result = check(text)
    assert "passes_blame" in result.codes
    assert "defensive" not in result.codes  # the same words are not reported twice


@pytest.mark.parametrize(
    ("text", "visibility", "expected"),
    [
        ("Reply here with your order number and we'll check, Dana.", Visibility.PUBLIC, True),
        ("Post your email below so we can look into the parcel, Dana.", Visibility.PUBLIC, True),
        ("Sorry Dana! Could you share your phone number? We'll call today.", Visibility.PUBLIC, True),
        ("Dana, what's the best email address to reach you on? We'll chase the parcel today.", Visibility.PUBLIC, True),
        ("Please DM us your order number, Dana, and we'll chase the parcel.", Visibility.PUBLIC, False),
        ("Dana, please email us at help@shopco.com with your order number.", Visibility.PUBLIC, False),
        ("Could you share your order number, Dana? We'll chase the parcel.", Visibility.PRIVATE, False),
        ("Dana, we'll send the returns label to your email address today.", Visibility.PUBLIC, False),
    ],
)
def test_asks_pii_public(text: str, visibility: Visibility, expected: bool) -> None:
    assert ("asks_pii_public" in codes(text, visibility=visibility)) is expected


def test_asks_pii_public_names_what_was_asked() -> None:
    f = finding("Reply here with your order number, Dana, and we'll check the parcel.", "asks_pii_public")
    assert "order number" in f.message and "private message" in f.message
    assert f.excerpt == "Reply here with your order number"


def test_echoes_pii() -> None:
    complaint = "@ShopCo three calls and nothing! Ring me on 07700 900123 or email dana.w@example.com"
    pii = (PiiItem("phone", "07700 900123"), PiiItem("email", "dana.w@example.com"))
    text = "Sorry Dana, we'll call you on 07700 900 123 today."
    f = finding(text, "echoes_pii", complaint_text=complaint, pii=pii)
    assert f.excerpt == "07700 900 123"
    assert "echoes_pii" in codes("Dana, we've emailed Dana.W@example.com today.", complaint_text=complaint, pii=pii)
    # The same reply in private is fine, and so is our own support number.
    assert "echoes_pii" not in codes(text, complaint_text=complaint, pii=pii, visibility=Visibility.PRIVATE)
    ours = "Sorry Dana - you can reach our support line on 0800 123 4567 any time. We'll call you today."
    assert "echoes_pii" not in codes(ours, complaint_text=complaint, pii=pii)


def test_echoes_pii_found_in_the_complaint_without_triage_items() -> None:
    text = "Sorry Dana, we can see order 558213 is late; we'll chase it today."
    assert "echoes_pii" in codes(text, complaint_text=DELIVERY)


@pytest.mark.parametrize(
    "text",
    [
        "Dana, this is bullshit. We'll fix it.",
        "Dana, what the hell happened here? We'll fix it.",
        "Dana, sh*t happens. We'll fix it.",
        "Dana, f*** me, that's bad. We'll fix it.",
        "WTF, Dana. We'll fix it.",
        "Dana, that was a stupid mistake. We'll fix it.",
    ],
)
def test_profanity_including_masked_forms(text: str) -> None:
    assert "profanity" in codes(text)


def test_profanity_ignores_innocent_substrings() -> None:
    text = "Hello Dana! Thanks for your assistance. Our Scunthorpe class assessment is booked; we'll email you today."
    assert "profanity" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oh great, another expert. We'll check, Dana.",
        "Wow, thanks for the lecture, Dana. We'll check.",
        "Congrats on finally reading the manual, Dana.",
        "Genius move, Dana. Let us know if you need anything.",
        "Clearly you didn't read the label, Dana.",
        "Bless your heart, Dana, we'll look into it.",
        "Dana, your 'broken' phone works fine. Let us know.",
        "Must be nice to have so much free time, Dana. We'll check.",
    ],
)
def test_sarcasm(text: str) -> None:
    assert "sarcasm" in codes(text)


def test_beyond_authority() -> None:
    text = "Sorry Dana! We've issued a £40 refund for the late parcel."
    f = finding(text, "beyond_authority", refund_limit=25)
    assert f.excerpt == "£40" and "£25" in f.message
    assert "beyond_authority" not in codes(text, refund_limit=50)
    assert "beyond_authority" not in codes(text)  # no limit known: nothing to check


@pytest.mark.parametrize(
    "text",
    [
        "Sorry Dana, we'll refund you $40 today.",
        "Sorry Dana, here's a €40 voucher for the trouble.",
        "Sorry Dana, we'll credit your account with 40 dollars today.",
        "Sorry Dana, we've refunded 40.00 to your card.",
        "Sorry Dana, we'll send you 40 pounds back today.",
        "Sorry Dana, we'll add a £40.00 goodwill credit to your account.",
    ],
)
def test_beyond_authority_currency_forms(text: str) -> None:
    assert "beyond_authority" in codes(text, refund_limit=25)


def test_beyond_authority_ignores_what_the_customer_paid_and_unknown_amounts() -> None:
    assert "beyond_authority" not in codes("Sorry Dana, we'll send a full refund today.", refund_limit=25)
    text = "Dana, you were charged £120 for the jacket; we'll refund £20 of the delivery charge today."
    assert "beyond_authority" not in codes(text, refund_limit=25)


def test_too_long_uses_the_channel_limit() -> None:
    text = "Sorry Dana, we'll chase the parcel today. " + "Thanks for bearing with us. " * 10
    assert len(text) > 280
    f = finding(text, "too_long", platform="x")
    assert "280" in f.message and f.start == 280 and f.end == len(text)
    assert "too_long" not in codes(text, platform="facebook")


def test_copy_paste_against_recent_replies() -> None:
    recent = ("@b456 Sorry about order 9, please DM us the details and we'll chase it today.",)
    text = "@a123 Sorry about order 5, please DM us the details and we'll chase it today."
    assert finding(text, "copy_paste", recent_replies=recent).start is None
    fresh = "Dana, that parcel should have been with you on Monday - sorry! We've asked the courier to call you today."
    assert "copy_paste" not in codes(fresh, recent_replies=recent)


def test_generic_and_no_acknowledgement() -> None:
    stock = "We apologise for the trouble caused. Please contact us and we'll help."
    assert {"generic", "no_acknowledgement"} <= codes(stock, complaint_text=DELIVERY, customer_name=None)
    # The name alone makes it personal, but the issue is still not named.
    named = "Hi Dana, we apologise for the trouble caused. Please contact us and we'll help."
    assert codes(named, complaint_text=DELIVERY) == {"no_acknowledgement"}
    # Naming the issue in other words counts: package ~ parcel.
    specific = "We're sorry your package is late. Please DM us and we'll chase it today."
    assert codes(specific, complaint_text=DELIVERY, customer_name=None) == set()
    # Without the customer's post there is nothing to compare with.
    assert codes(stock, customer_name=None) == set()
    assert all(f.level is Level.WARNING for f in check(stock, complaint_text=DELIVERY, customer_name=None).findings)


def test_no_next_step() -> None:
    assert "no_next_step" in codes("Sorry to hear that, Dana. That's really not good enough.")
    for text in (
        "Sorry Dana, could you DM us?",
        "Sorry Dana, we'll chase it today.",
        "Sorry Dana, I've refunded the delivery charge.",
        "Sorry Dana, please DM us your order number.",
        "Sorry Dana, it should be with you within 2 working days.",
    ):
        assert "no_next_step" not in codes(text), text
    assert "no_next_step" not in codes("Thanks so much, Dana!", purpose=Purpose.THANKS)


def test_no_apology_when_the_brand_is_at_fault() -> None:
    text = "Hi Dana, we'll resend your parcel today."
    assert "no_apology" in codes(text, at_fault=Fault.BRAND)
    assert "no_apology" not in codes(text)
    for owned in ("Sorry Dana, we'll resend it today.", "Our mistake, Dana - we'll resend it today."):
        assert "no_apology" not in codes(owned, at_fault=Fault.BRAND)
    assert "no_apology" not in codes("That's not OK and I'm sorry, Dana. We'll resend it.", at_fault=Fault.BRAND)


def test_apology_for_customer_fault() -> None:
    bad = "Dana, sorry for our mistake with the address. We'll reroute the parcel today."
    assert "apology_for_customer_fault" in codes(bad, at_fault=Fault.CUSTOMER)
    assert "apology_for_customer_fault" not in codes(bad, at_fault=Fault.BRAND)
    empathy = "Dana, sorry to hear the parcel went to your old flat. We'll ask the courier to reroute it today."
    assert "apology_for_customer_fault" not in codes(empathy, at_fault=Fault.CUSTOMER)


@pytest.mark.parametrize(
    "text",
    [
        "Dana, your ticket # is with the team. We'll update you today.",
        "Dana, we escalated this to L2 and they're checking it. We'll update you today.",
        "Dana, our backend had a sync issue. We'll update you today.",
        "Dana, as per policy 4.2 refunds take 5 days. We'll update you today.",
        "Dana, please clear your cache and try the workaround.",
        "Dana, kindly revert with the SKU.",
        "Dana, we've raised an RMA for your return. We'll update you today.",
    ],
)
def test_jargon_is_a_warning(text: str) -> None:
    f = finding(text, "jargon")
    assert f.level is Level.WARNING


@pytest.mark.parametrize(
    "text",
    [
        "Dana, this will never happen again. We'll resend it today.",
        "Dana, your parcel will definitely arrive tomorrow.",
        "Dana, delivery is guaranteed by tomorrow.",
    ],
)
def test_overpromise(text: str) -> None:
    assert "overpromise" in codes(text)


def test_off_voice() -> None:
    voice = BrandVoice()
    assert finding("Dana, sorry for the inconvenience. We'll fix it.", "off_voice", voice=voice).excerpt == (
        "inconvenience"
    )
    assert "off_voice" in codes("Sorry Dana! We'll fix it 😀", voice=voice)
    assert "off_voice" not in codes("Sorry Dana! We'll fix it 😀", voice=BrandVoice(emoji=True))
    assert "off_voice" in codes("Dana, we are SO SORRY. We'll fix it.")
    assert "off_voice" in codes("Dana, WE ARE SO SORRY. We'll fix it.")
    assert "off_voice" not in codes("Dana, please DM us from the UK app ASAP.")
    assert "off_voice" in codes("Sorry Dana!! We'll fix it.")
    assert "off_voice" in codes("Dana, I'm gonna sort this for u today.")
    casual = BrandVoice(formality=Formality.CASUAL)
    assert "off_voice" not in codes("Dana, I'm gonna sort this for you today.", voice=casual)
    assert "off_voice" in codes("Hey Dana, cheers - we'll sort it today.", voice=BrandVoice(formality=Formality.FORMAL))
