"""Phrasings added when the checker was tuned: new ways of blaming, deflecting, arguing, mocking and asking.

Every sentence here was written for these tests (none is taken from the labelled evaluation set). Each
positive must report exactly the listed blocking codes; each negative is a good reply, or a near miss, that
must pass with no blocking finding.
"""

from __future__ import annotations

from typing import Any

import pytest

from amends.respond.checker import check_reply
from amends.respond.context import PiiItem, Purpose, ReplyContext

LEGAL: dict[str, Any] = {"legal_risk": True}

BAD: list[tuple[str, dict[str, Any], set[str]]] = [
    (
        "Hi Sam, the size guide does state these run small, so ordering up would have avoided this.",
        {},
        {"blames_customer", "defensive"},
    ),
    ("Maya, as explained in the booking terms, changes must be made 48 hours ahead.", {}, {"blames_customer"}),
    ("Leo, the wrong postcode was entered at checkout, which is why it went astray.", {}, {"blames_customer"}),
    ("Priya, it looks like the app wasn't updated, so that's likely why it crashed.", {}, {"blames_customer"}),
    ("Ben, you skipped the pairing step, which is why it won't connect.", {}, {"blames_customer"}),
    ("Tom, you were supposed to cancel before the trial ended.", {}, {"blames_customer"}),
    ("Jo, the instructions clearly say to descale it monthly.", {}, {"blames_customer", "defensive"}),
    ("Dev, had you contacted us sooner we could have helped.", {}, {"blames_customer"}),
    ("Sofia, the card details were typed in wrong, so the payment bounced.", {}, {"blames_customer"}),
    ("Ali, it was up to you to check the dates before paying.", {}, {"blames_customer"}),
    ("Jess, you ignored the low-battery warning for a week.", {}, {"blames_customer"}),
    ("Greg, every car is cleaned and inspected between hires.", {}, {"defensive"}),
    ("That's not what happened, Lily - the driver waited ten minutes.", {}, {"defensive"}),
    ("We've never had a complaint about this dish before, Omar.", {}, {"defensive"}),
    ("Omar, you're the first customer to complain about this.", {}, {"defensive"}),
    ("Our engineers are highly trained and always professional, Fay.", {}, {"defensive"}),
    ("Fay, you were charged correctly for the upgrade.", {}, {"defensive"}),
    ("Nina, the boiler is working as expected, so there's no fault.", {}, {"defensive"}),
    ("Hugo, we did send the reminder, it's in your spam folder.", {}, {"blames_customer", "defensive"}),
    ("Our logs show no outage on your line that day, Ray.", {}, {"defensive"}),
    ("Ray, that simply isn't possible with our system.", {}, {"defensive"}),
    ("Cleo, there is no reason to believe the charger caused this.", {}, {"defensive"}),
    ("Unfortunately the manufacturer hasn't sent us stock, so there's nothing we can do.", {}, {"passes_blame"}),
    ("That's one for Royal Mail, I'm afraid.", {}, {"passes_blame"}),
    ("The delay came from our logistics partner, who missed the collection.", {}, {"passes_blame"}),
    ("Our payment provider had a glitch, so you'll need to contact them for the refund.", {}, {"passes_blame"}),
    ("You'll need to take this up with the seller directly.", {}, {"passes_blame"}),
    ("Stock issues are the supplier's responsibility, not ours.", {}, {"passes_blame"}),
    ("It was a franchise store, so it's not run by us.", {}, {"passes_blame"}),
    ("Refunds on app purchases are up to Apple, so we'd recommend asking them.", {}, {"passes_blame"}),
    ("Someone on the night shift must have packed it wrong, sorry.", {}, {"passes_blame"}),
    ("Our staff acted in line with company policy at all times.", LEGAL, {"liability"}),
    ("We accept full responsibility for your injury.", LEGAL, {"liability"}),
    ("The heater meets all UK safety regulations.", LEGAL, {"liability"}),
    ("CCTV shows the driver did nothing wrong.", LEGAL, {"liability"}),
    ("We've investigated and found no evidence of wrongdoing by our team.", LEGAL, {"liability"}),
    ("Our chef was negligent and we apologise.", LEGAL, {"liability"}),
    ("We have no reason to believe our product caused this.", LEGAL, {"defensive", "liability"}),
    ("Our security guard should have called an ambulance straight away.", LEGAL, {"liability"}),
    ("Wow, three whole minutes on hold. We'll try to cope.", {}, {"sarcasm"}),
    ("Sorry our free app doesn't meet your exacting standards.", {}, {"sarcasm"}),
    ("Thanks for the five-star essay, Ian.", {}, {"sarcasm"}),
    ("We'll get right on that, your majesty.", {}, {"sarcasm"}),
    ("A lukewarm latte. The humanity!", {}, {"sarcasm"}),
    ("A crisis of epic proportions, clearly.", {}, {"sarcasm"}),
    ("What a sodding mess, sorry Al.", {}, {"profanity"}),
    ("That delivery was a right cock-up, sorry.", {}, {"profanity"}),
    ("Sorry, the frickin app crashed again.", {}, {"profanity"}),
    ("Our courier made a complete balls-up of it.", {}, {"passes_blame", "profanity"}),
    ("That's a sh1tty experience, sorry.", {}, {"profanity"}),
    ("Can you pop your postcode below so we can check coverage?", {}, {"asks_pii_public"}),
    ("What email is the account under? We'll check.", {}, {"asks_pii_public"}),
    ("Mind sharing your booking ref here?", {}, {"asks_pii_public"}),
    ("Could we have your mobile number so an engineer can ring you?", {}, {"asks_pii_public"}),
    ("Let us know the last four digits of the card below.", {}, {"asks_pii_public"}),
    (
        "Sorry, Ana. We'll refund all three tickets today.",
        {"refund_limit": 50, "complaint_text": "Three tickets at £25 each and the show was cancelled."},
        {"beyond_authority"},
    ),
    ("Sorry, Ana. We'll refund £20 for each of the three tickets.", {"refund_limit": 50}, {"beyond_authority"}),
    ("Sorry, Ana. A £30 refund and a complimentary £25 meal are yours.", {"refund_limit": 50}, {"beyond_authority"}),
    ("Hi Ed, you should've checked the dimensions before ordering.", {}, {"blames_customer"}),
    ("Hi Ed, the wrong flight date was picked when booking.", {}, {"blames_customer"}),
    ("Hi Ed, that's what happens when the lid isn't screwed on properly.", {}, {"blames_customer"}),
    ("Hi Ed, you clearly didn't read the care label.", {}, {"blames_customer"}),
    ("Hi Ed, we've checked and the parcel was definitely delivered, so it's not lost.", {}, {"defensive"}),
    ("Hi Ed, our prices are clearly displayed before you pay.", {}, {"blames_customer"}),
    ("Hi Ed, we stand by our product - thousands of happy customers can't be wrong.", {}, {"defensive"}),
    ("Hi Ed, with all due respect, that isn't how it works.", {}, {"defensive"}),
    ("Hi Ed, we did call you twice but there was no answer.", {}, {"blames_customer", "defensive"}),
    ("Hi Ed, the system shows you logged in on Tuesday, so the account wasn't locked.", {}, {"defensive"}),
    ("Hi Ed, the warehouse sent it out on time; the courier lost it.", {}, {"passes_blame"}),
    ("Hi Ed, our installer is a separate business, so please raise it with them.", {}, {"passes_blame"}),
    ("Hi Ed, that outage was on the network provider's side, so nothing we could do.", {}, {"passes_blame"}),
    ("Hi Ed, the airline cancelled it, not us - you'll need to speak to them.", {}, {"passes_blame"}),
    ("Hi Ed, blame the new billing system, it's been a nightmare for everyone.", {}, {"passes_blame"}),
    ("Hi Ed, the seller ships these themselves, so we'd suggest contacting the seller.", {}, {"passes_blame"}),
    (
        "Hi Ed, our engineer followed every safety step, so the leak wasn't caused by the install.",
        LEGAL,
        {"defensive", "liability"},
    ),
    ("Hi Ed, it's clear our driver was careless, and we're sorry.", LEGAL, {"liability"}),
    ("Hi Ed, the food was prepared to the highest standards.", LEGAL, {"liability"}),
    ("Hi Ed, our store was not negligent in any way.", LEGAL, {"liability"}),
    ("Hi Ed, yes, our employee was in the wrong and has been spoken to.", LEGAL, {"liability"}),
    ("Hi Ed, wow, an entire 10 minutes late. We'll try to recover.", {}, {"sarcasm"}),
    ("Hi Ed, we'll be sure to alert the fashion police.", {}, {"sarcasm"}),
    ("Hi Ed, thanks for the helpful tips on running a business.", {}, {"sarcasm"}),
    ("Hi Ed, sorry the free upgrade wasn't luxurious enough for you.", {}, {"sarcasm"}),
    ("Hi Ed, what a shock that someone would complain on a Monday.", {}, {"sarcasm"}),
    ("Hi Ed, this is bloody embarrassing, sorry.", {}, {"profanity"}),
    ("Hi Ed, the app is being a pain in the arse today, sorry.", {}, {"profanity"}),
    ("Hi Ed, what the f*** happened there? Sorry!", {}, {"profanity"}),
    ("Hi Ed, don't be such a drama queen.", {}, {"profanity"}),
    ("Hi Ed, that's a crappy experience, sorry.", {}, {"profanity"}),
    ("Hi Ed, some muppet in the warehouse sent the wrong one.", {}, {"passes_blame", "profanity"}),
    ("Hi Ed, reply with your full address and we'll send a new one.", {}, {"asks_pii_public"}),
    ("Hi Ed, can you tell us the email on the account? We'll look.", {}, {"asks_pii_public"}),
    ("Hi Ed, comment your order number below and we'll check.", {}, {"asks_pii_public"}),
    ("Hi Ed, what's your date of birth? We need it to verify.", {}, {"asks_pii_public"}),
    ("Hi Ed, post your membership number here and we'll freeze it.", {}, {"asks_pii_public"}),
    ("Hi Ed, we've refunded the £60 and added a £20 voucher.", {"refund_limit": 50}, {"beyond_authority"}),
    ("Hi Ed, we'll waive the £75 cancellation fee.", {"refund_limit": 50}, {"beyond_authority"}),
    ("Hi Ed, we'll refund each of your four tickets at £15.", {"refund_limit": 50}, {"beyond_authority"}),
]

GOOD: list[tuple[str, dict[str, Any]]] = [
    (
        (
            "Hi Sam, sorry the jumper shrank. That wool is hand-wash only, which isn't obvious on the "
            "label - we'll make it clearer and send a replacement."
        ),
        {},
    ),
    (("Leo, the parcel went to the old address on the order, so let's get it redirected - DM us the new one."), {}),
    (
        (
            "Ana, our records show a payment on the 3rd - could you DM us a screenshot of your "
            "statement so we can compare?"
        ),
        {},
    ),
    ("Tom, our tracking shows it's at the local depot; we've asked the courier to deliver tomorrow.", {}),
    ("We're working with our courier partner to get it to you tomorrow - the delay is on us.", {}),
    ("Kim, that's a fair point - we've passed it to our product team.", {}),
    ("Good news, Jo - your refund of £40 is on its way.", {"refund_limit": 50}),
    ("Maya, you're right, we should have told you sooner. Sorry! We've fixed it.", {}),
    ("Ben, no need to apologise - you did nothing wrong. We'll sort it today.", {}),
    (
        "Thanks so much for the kind words, Amy! We'll pass them on to the team.",
        {"kind": "praise", "purpose": Purpose.THANKS},
    ),
    ("Congratulations on the new house, Raj! Here's how to move your broadband.", {}),
    ("At least you're safe, Carol - that's what matters. Please DM us.", {}),
    ("Sorry, Liam - it's not possible to change the seat online, but we can do it by DM.", {}),
    (
        (
            "Sorry Jake - the supplier sent us a faulty batch, and that's our responsibility: we should "
            "have caught it. A refund is on its way."
        ),
        {},
    ),
    (("We're sorry, the restaurant forgot your drinks. We've refunded them and flagged it with the restaurant."), {}),
    (
        (
            "Our kitchen follows strict hygiene rules, and we're sorry this one slipped through. We've "
            "refunded the meal."
        ),
        {},
    ),
    ("Please don't post your card number here - we'll DM you.", {}),
    ("Which store did you visit? We'll look into it.", {}),
    ("Hi Nora, you can update your email in the app under Profile.", {}),
    ("Hi Dan, we can actually refund that straight away.", {}),
    ("I'm so sorry, that's awful and should never have happened. We've refunded you.", {}),
    (
        ("That must have been so frustrating - at least you've got it now, and we've added £5 credit for the wait."),
        {"refund_limit": 20},
    ),
    (
        (
            "Sorry for the wait, Priya. Our courier partner had a van breakdown; that's no excuse, and "
            "we've sent a new one by express."
        ),
        {},
    ),
    ("Sorry, Mo - we're working on a fix with Google and expect it this week.", {}),
    (("Fair question, Tess. Speeds can dip in the evening; let's run a line test - could you DM us a good time?"), {}),
    ("Hi Sue, you'll need to contact us by DM so we can check the account.", {}),
    ("Hi Raj, your bank may take 3-5 days to show the refund - we sent it today.", {}),
    ("Hi Eva, the shop floor team will help you in store, or DM us and we'll book it.", {}),
    ("Nice to hear from you, Ola! Sorry about the mix-up with your order - a new one ships today.", {}),
    (("Sorry Pat, we got that wrong. We test every update, but this bug slipped through - a fix is out tomorrow."), {}),
    ("Hi Ken, just a heads-up: refunds show within 5 days. We've processed yours today.", {}),
    (
        (
            "Sorry about the cold food, Ed. Our drivers carry thermal bags, so something went wrong - "
            "we've refunded you."
        ),
        {},
    ),
    ("Hi Lou, the Bloody Mary kit is back in stock from Friday.", {}),
    ("Sorry, Ron - the wrong size was sent by our warehouse. A swap is on its way.", {}),
    ("Tina, you didn't do anything wrong - the form had a bug. Sorry! It's fixed now.", {}),
    ("Hi Jan, the app will ask you to confirm your email address when you sign in - that's expected.", {}),
    ("Hi Bo, good question! Our chips are cooked in sunflower oil, so they're nut-free.", {"kind": "question"}),
    ("We're so sorry, Dee. Our team will call you on the number we hold within the hour.", LEGAL),
    (
        (
            "Hi Max, sorry about the login trouble. Google sign-in is down for everyone right now; "
            "we're working with Google on it and will update here."
        ),
        {},
    ),
    ("Mia, a whole week without hot water is awful - sorry. An engineer is booked for tomorrow.", {}),
    (
        (
            "Hi Rosa, I'm sorry your order arrived damaged. Every parcel should reach you in one piece, "
            "so we're sending a replacement today."
        ),
        {},
    ),
    (
        (
            "Hi Tom, our records show the refund left us on Monday - banks can take 3-5 days. If it's "
            "not there by Friday, DM us and we'll chase it."
        ),
        {},
    ),
    ("Hi Ade, our terms allow a free swap within 30 days, so we'll send the bigger size today.", {}),
    (
        (
            "Sorry, Kai - our courier partner left it at the wrong door. That's our responsibility, so "
            "we've sent a new one and raised it with them."
        ),
        {},
    ),
    (
        (
            "Hi Mel, we've asked our supplier to check the batch, and we've refunded you in the "
            "meantime. Sorry about this."
        ),
        {},
    ),
    ("Hi Jo, sorry about the wait. We've added a free month to your account - that's £12 on us.", {"refund_limit": 20}),
    (("Sorry Sami, a whole evening without TV is rubbish. An engineer will be with you tomorrow morning."), {}),
    (("Hi Dee, at least the replacement is already on its way - it should arrive tomorrow. Sorry again!"), {}),
    ("Hi Fi, the label is clearly not good enough if it caused this mix-up - we'll reword it. Sorry!", {}),
    ("Of course we can help, Ola! DM us your order number and we'll sort it.", {}),
    ("We're confident we can get this fixed today, Ben - an engineer is on the way.", {}),
    ("Hi Lu, please follow the steps in the email we've just sent and let us know if it works.", {}),
    (("Sorry, Ria - your bag should have been on that flight. We've traced it and it'll be delivered tonight."), {}),
    ("Hi Al, you should have received a confirmation email - if not, DM us and we'll resend it.", {}),
    (
        (
            "Hi Cat, this happens when the filter needs a clean - here's a quick guide, and we can send "
            "a spare if you'd like."
        ),
        {},
    ),
    ("Thanks Gus! We're so glad you're enjoying the new app.", {"kind": "praise", "purpose": Purpose.THANKS}),
    ("Hi Bea, speeds can vary at peak times. Let's check your line - could you DM us when suits?", {}),
    (("Sorry, Vic - the delay was down to us, not the courier. We've upgraded you to next-day delivery."), {}),
    (
        (
            "Hi Nat, Samsung TVs need the latest firmware for our app - Settings > Support > Update. If "
            "it still crashes, DM us."
        ),
        {},
    ),
    ("Hi Em, refunds for marketplace sellers go through us, so DM us and we'll handle it.", {}),
    (
        (
            "Hi Kit, the bank holiday means the depot is closed Monday, so your parcel will arrive "
            "Tuesday. Sorry for the wait!"
        ),
        {},
    ),
    ("Hi Sal, that's a great idea - we've passed it to the product team.", {"kind": "suggestion"}),
    (
        (
            "Hi Pam, we've checked with the restaurant and they've confirmed the mix-up. We've refunded "
            "the meal - sorry!"
        ),
        {},
    ),
    ("Hi Lee, what's the name of the store you visited? We'll speak to the manager today.", {}),
    ("Hi Ivy, which flight were you on? We'll look into the delay for you.", {}),
    ("Hi Ash, you'll get a text with your new PIN - never share it with anyone, including us.", {}),
    ("Hi Ros, don't worry about posting your order number - DM it to us and we'll check.", {}),
    (("Hi Joe, the booking shows two adults, so let's add your son - DM us and we'll do it free of charge."), {}),
    (
        (
            "Sorry, Uma - no one should be spoken to like that. We've shared this with the store "
            "manager and will DM you."
        ),
        {},
    ),
    (("Hi Zac, you're right that the app logged you out - that's a bug on our side, and a fix is out tomorrow."), {}),
    (
        (
            "Hi Mo, it's easy to miss that setting, so we've made it clearer in the latest update. "
            "Here's where to find it."
        ),
        {},
    ),
    (
        "Hi Nell, we'll refund both tickets in full today - sorry the show was cancelled.",
        {"refund_limit": 100, "complaint_text": "Paid £40 a ticket for two tickets and the show was cancelled."},
    ),
    ("We're so sorry to hear about your fall, Jan. Our safety team will contact you by email today.", LEGAL),
    (
        (
            "Thank you for telling us, Pete. We've passed this to our customer relations team, who will "
            "be in touch within two working days."
        ),
        LEGAL,
    ),
    (
        (
            "Hi Oli, sadly the part is out of stock with the manufacturer until March - we're sorry. We "
            "can refund you now or reserve one; which would you prefer?"
        ),
        {},
    ),
    ("Hi Cal, the wrong size was sent - our mistake. A swap is on its way.", {}),
    ("Hi Tia, good spot - the price on the shelf was wrong. We'll refund the difference today.", {}),
    (("Hi Rex, we checked every item in the order and found the missing charger - it's on its way now. Sorry!"), {}),
    (
        (
            "Hi Abi, the courier's van broke down, which is no excuse - we should have told you. A new "
            "slot is booked for tomorrow."
        ),
        {},
    ),
    (
        (
            "Hi Ned, fair point - we've never explained that well. Here's how the fee works, and we'll "
            "refund it this time."
        ),
        {},
    ),
    ("Hi Ian, just to clarify, we'll refund the full £30 today - sorry for the confusion.", {"refund_limit": 50}),
    ("Hi Ana, you're the first to know: the new menu launches Friday!", {"kind": "praise", "purpose": Purpose.THANKS}),
    (
        (
            "Hi Bo, the boiler part is made by a separate supplier and it's late - that's on us to "
            "sort, so we've booked a temporary heater today."
        ),
        {},
    ),
    ("Hi Cy, our engineers are fully trained on this model, and one will be with you tomorrow at 9.", {}),
    (("Hi Di, it's not possible to change names on tickets, but we can refund yours and rebook - DM us."), {}),
    ("Hi Ev, sorry - that's not possible on this fare, but we'll offer a voucher instead.", {}),
    (("Hi Fay, the app is working as expected again after this morning's fix. Sorry for the disruption!"), {}),
    (("Hi Gil, we can only ship to UK addresses for now, sorry - here's a partner who ships to Ireland."), {}),
    ("Hi Hal, we've checked and your refund went out yesterday, so it should land by Friday.", {}),
    (
        (
            "Hi Ivo, your bill is correct this month, but we can see why it's confusing - let us walk "
            "you through it by DM."
        ),
        {},
    ),
    ("Hi Jas, good news - we've found your bag and it's on the next flight.", {}),
    ("Hi Kev, your parcel is with the courier and should arrive tomorrow. Sorry for the wait!", {}),
    ("Hi Lyn, thanks for your patience - we've credited £15 for the missed slot.", {"refund_limit": 20}),
    ("Hi Mae, please contact us by DM with the order details and we'll sort it.", {}),
    ("Hi Nik, you can contact our returns team on 0808 157 0000 - they're open till 8.", {}),
]


def _blocking(text: str, ctx: dict[str, Any]) -> set[str]:
    ctx = {"platform": "facebook", "customer_name": "Dana Whitfield", **ctx}
    return {f.code for f in check_reply(text, ReplyContext(**ctx)).blocking}


@pytest.mark.parametrize(("text", "ctx", "codes"), BAD)
def test_new_phrasings_are_reported(text: str, ctx: dict[str, Any], codes: set[str]) -> None:
    assert _blocking(text, ctx) == codes


@pytest.mark.parametrize(("text", "ctx"), GOOD)
def test_good_replies_and_near_misses_pass(text: str, ctx: dict[str, Any]) -> None:
    assert _blocking(text, ctx) == set()


def test_a_short_ticket_number_the_customer_posted_is_not_repeated() -> None:
    ctx = {"pii": (PiiItem("ticket_number", "5820"),), "complaint_text": "Lost my coat. Ticket 5820."}
    assert _blocking("Sorry, Dana - we're searching for ticket 5820 now.", ctx) == {"echoes_pii"}
    assert _blocking("Sorry, Dana - we're searching for your coat now.", ctx) == set()


def test_asking_which_number_or_email_to_use_in_public() -> None:
    assert _blocking("Which number should we ring you on? We'll call today.", {}) == {"asks_pii_public"}
    assert _blocking("What's the best email to reach you at?", {}) == {"asks_pii_public"}
    assert _blocking("What's the best email to reach you at? DM us and we'll reply there.", {}) == set()


def test_per_item_offers_are_multiplied_and_a_stated_total_is_not_added_twice() -> None:
    limit = {"refund_limit": 50}
    assert _blocking("Sorry! We'll refund £20 for each of the three tickets.", limit) == {"beyond_authority"}
    assert _blocking("Sorry! We'll refund £20 for each of the two tickets, so £40 in total.", limit) == set()
    hotel = {**limit, "complaint_text": "Three nights with no heating. Paid £30 a night."}
    assert _blocking("Sorry - we'll refund all three nights today.", hotel) == {"beyond_authority"}
    assert _blocking("Sorry - we'll refund one night today.", hotel) == set()
    assert _blocking("Sorry! We've refunded £20 and added a free lunch (£40) on us.", limit) == {"beyond_authority"}


def test_on_a_legal_risk_case_arguing_or_deflecting_is_also_a_statement_about_fault() -> None:
    text = "Our tests show no fault in the heater, so this can't have happened."
    assert _blocking(text, LEGAL) == {"defensive", "liability"}
    assert _blocking(text, {}) == {"defensive"}
    assert _blocking("The hotel is responsible for room safety, not us.", LEGAL) == {"liability", "passes_blame"}
    assert _blocking("We're sorry to hear this and have passed it to our safety team.", LEGAL) == set()


def test_naming_a_partner_passes_when_the_reply_owns_the_problem() -> None:
    blame = "Sorry - our courier partner, who missed the slot, is to blame."
    assert _blocking(blame, {}) == {"passes_blame"}
    owned = "Sorry - our courier partner missed the slot, but that's our responsibility and a new one ships today."
    assert _blocking(owned, {}) == set()
