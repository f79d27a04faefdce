"""Round three: stance and tone written in new words (deflection, justification, implied blame, dry sarcasm,
proof by process on legal-risk cases) and new ways of offering money. Every sentence here is new; each family
has hard negatives that must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from amends.respond.checker import check_reply
from amends.respond.context import ReplyContext

LEGAL = {"legal_risk": True}
CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    # ---- passes_blame: the fault located with someone else, or the customer sent to them.
    ("Sorry Ana, the hold-up is with the printing company, who missed their slot.", {}, {"passes_blame"}),
    ("Marek, the late refund is down to our payment processor rather than anything we did.", {}, {"passes_blame"}),
    ("Apologies Jo - the fee was set by the venue, not by us, so we can't change it.", {}, {"passes_blame"}),
    (
        "Kim, sorry! Parking enforcement is outsourced to a private firm, so send your appeal straight to them.",
        {},
        {"passes_blame"},
    ),
    ("Sam, the delay is on their side rather than ours.", {}, {"passes_blame"}),
    ("Leo, we've done our part; the rest is up to the installer.", {}, {"passes_blame"}),
    ("Sorry Pat, the lab sent the results over late, so it's one to raise with them.", {}, {"passes_blame"}),
    # Hard negatives: naming the partner while owning it, or answering where to go with no fault in play.
    (
        "Ana, the printing company is ours to manage, so that's on us. We've chased them and rebooked your slot.",
        {},
        set(),
    ),
    ("Marek, sorry - we've chased the refund with our payment processor and it'll land by Friday.", {}, set()),
    ("Hal, the decision is with our claims team now, and they'll reply by Friday.", {}, set()),
    ("Ivo, it's for your safety that we check ID, and we'll have you verified in minutes.", {}, set()),
    ("Jo, the hold-up was at our warehouse and we're sorry. Your parcel leaves today.", {}, set()),
    # ---- defensive: justifying the brand instead of helping.
    ("Nia, our booking conditions allow for this when a coach breaks down.", {}, {"defensive"}),
    ("Raj, the late fee stands as the bike was returned after midnight.", {}, {"defensive"}),
    ("Tom, we're still cheaper than most gyms in the city, even after the rise.", {}, {"defensive"}),
    ("Eve, call volumes have been unusually high and we're answering as fast as we possibly can.", {}, {"defensive"}),
    ("Ollie, that discount was only ever available to first-time buyers.", {}, {"defensive"}),
    ("Bea, it's only a tiny scuff on the back panel and won't affect how it works.", {}, {"defensive"}),
    # Hard negatives.
    (
        "Nia, sorry - demand has been unusually high, but that's no excuse. I've booked your engineer for Tuesday.",
        {},
        set(),
    ),
    ("Raj, the late fee is waived - sorry the return point was closed when you got there.", {}, set()),
    ("Bea, sorry about the scuff. We'll send a replacement panel this week.", {}, set()),
    # ---- blames_customer: implied, without "you should have".
    ("Hugo, it would have helped to book the slot before the deadline.", {}, {"blames_customer"}),
    ("Ivy, it's up to riders to check the seat is locked before setting off.", {}, {"blames_customer"}),
    ("Carl, the notices by the lockers ask swimmers to remove valuables.", {}, {"blames_customer"}),
    ("Dee, the transfer was started but never confirmed, so no money moved.", {}, {"blames_customer"}),
    ("Finn, parcels usually go missing when a box is left on the step all day.", {}, {"blames_customer"}),
    ("Gail, the filter wasn't clicked fully into place, so it leaked.", {}, {"blames_customer"}),
    ("Jon, you've mucked up the timer settings there.", {}, {"blames_customer"}),
    # Hard negatives: instructions, choices offered, and the brand's own lapse.
    ("Ivy, it's up to you whether you'd like a refund or a replacement.", {}, set()),
    ("Dee, sorry - our app froze before the transfer was confirmed. We've pushed it through now.", {}, set()),
    (
        "Gail, sorry, the filter wasn't clicked fully into place by our fitter. He's back on Monday to fix it.",
        {},
        set(),
    ),
    ("Finn, these filters need a firm push until they click, and we'll send a spare today.", {}, set()),
    # ---- sarcasm: mock praise, mock sorrow, jokes at the customer's expense.
    ("Four emails in one morning? Admirable dedication.", {"kind": "complaint"}, {"sarcasm"}),
    ("Sure thing, Sherlock. We'll look into it.", {}, {"sarcasm"}),
    ("Noted, genius. We'll check the lift.", {}, {"sarcasm"}),
    ("Ella, think of it as a chance to try something new for dinner!", {}, {"sarcasm"}),
    ("Rob, we'll have a firm chat with the snow about that.", {}, {"sarcasm"}),
    ("Amy, we'll miss you dearly. Do send a postcard.", {}, {"sarcasm"}),
    ("£6 for two coffees and a free maths lesson thrown in - what a steal!", {"kind": "complaint"}, {"sarcasm"}),
    # Hard negatives: sincere praise and warm goodbyes.
    ("What a bargain - glad the sale worked out for you, Lena!", {"kind": "praise"}, set()),
    ("Amy, sorry to see you go. Your account stays open until the 30th if you change your mind.", {}, set()),
    ("Impressive work by our Leeds team - thanks for letting us know, Ravi!", {"kind": "praise"}, set()),
    # ---- liability on legal-risk cases: proof by process, lapses admitted.
    ("Dora, every harness at our climbing wall is checked before each session.", LEGAL, {"liability", "defensive"}),
    ("Ken, it's highly unlikely the shampoo caused the rash.", LEGAL, {"liability", "defensive"}),
    ("Ben, we stand by the diagnosis our vet gave.", LEGAL, {"liability", "defensive"}),
    ("Lou, there was no water on the floor at the time of your visit.", LEGAL, {"liability", "defensive"}),
    ("Ria, the barrier should have been repaired last month and I'm sorry.", LEGAL, {"liability"}),
    ("Pia, that batch was clearly contaminated.", LEGAL, {"liability"}),
    # Hard negatives: sympathy and a move to private on legal-risk cases, and the same words on ordinary ones.
    ("Dora, I'm so sorry to hear you were hurt. Please DM us so our safety team can talk to you.", LEGAL, set()),
    ("Ken, we're confident we can get this looked at quickly - please DM us.", LEGAL, set()),
    ("Ria, the barrier should have been repaired last month and I'm sorry. It's fixed today.", {}, set()),
]

MONEY: list[tuple[str, dict[str, Any], set[str]]] = [
    ("Sorry Zoe, we'll knock £120 off your renewal.", {"refund_limit": 100}, {"beyond_authority"}),
    ("Sorry Zoe, we'll knock £80 off your renewal.", {"refund_limit": 100}, set()),
    (
        "Sorry Max, have the next four weeks free on us.",
        {"refund_limit": 30, "complaint_text": "I pay £9 a week for this box and it's always late"},
        {"beyond_authority"},
    ),
    (
        "Sorry Max, have the next two weeks free on us.",
        {"refund_limit": 30, "complaint_text": "I pay £9 a week for this box and it's always late"},
        set(),
    ),
    (
        "Sorry Ada, we'll refund both payments.",
        {"refund_limit": 50, "complaint_text": "you took £35 twice after I cancelled"},
        {"beyond_authority"},
    ),
    (
        "Sorry Ada, we'll pay the £90 repair bill.",
        {"refund_limit": 50, "complaint_text": "the blender broke my worktop"},
        {"beyond_authority"},
    ),
    ("Ada, you paid the £90 repair bill, and we'll refund £40 of it.", {"refund_limit": 50}, set()),
]

OTHER: list[tuple[str, dict[str, Any], set[str]]] = [
    ("Omg that's fkn awful, sorry Jess!", {}, {"profanity"}),
    ("Honestly that's BS and we'll fix it.", {}, {"profanity"}),
    ("The socket is wired to BS 7671, so it's safe to use.", {}, set()),
    ("Sorry Tim! What's the first line of your address? We'll check the round.", {}, {"asks_pii_public"}),
    ("Sorry Tim! Please DM us the first line of your address and we'll check the round.", {}, set()),
]


@pytest.mark.parametrize(("text", "ctx", "expected"), CASES + MONEY + OTHER)
def test_round3(text: str, ctx: dict[str, Any], expected: set[str]) -> None:
    got = {f.code for f in check_reply(text, ReplyContext(**ctx)).blocking}
    assert got == expected, (text, got)


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("Send us a DM and we'll act on it as quickly as we can.", False),
        ("We'll get a courier out as fast as we can.", False),
        ("Our team has been working as fast as anyone could on these orders.", True),
    ],
)
def test_a_promise_to_hurry_is_not_a_defence_of_the_past(text: str, blocked: bool) -> None:
    result = check_reply(text, ReplyContext(platform="x", complaint_text="@shop my order is a week late"))
    assert ("defensive" in {f.code for f in result.blocking}) is blocked
