"""Families of wording the checker must generalise to: each phenomenon has a few paraphrases that must be
caught and a few hard negatives (owning the problem, offering help, hypotheticals) that must pass.

All sentences here are written for these tests; none comes from the evaluation set.
"""

from __future__ import annotations

from typing import Any

import pytest

from amends.respond.checker import check_reply
from amends.respond.context import Fault, ReplyContext

LEGAL: dict[str, Any] = {"legal_risk": True}
CUSTOMER: dict[str, Any] = {"at_fault": Fault.CUSTOMER}

CASES: list[tuple[str, dict[str, Any], set[str]]] = [
    # ---- defensive: contrast that puts the brand's own thing in the clear ("X, not our Y").
    ("Omar, the glitch was in the reader at the gate, not in our barcodes.", {}, {"defensive"}),
    ("Omar, the fault is with the bank's app, not with our checkout.", {}, {"defensive", "passes_blame"}),
    ("Omar, it's a fault with our app, not with your phone. Sorry - a fix is out tonight.", {}, set()),
    # ---- defensive: flat rebuttal of the customer's accusation.
    ("Kai, the draw is entirely fair and transparent.", {}, {"defensive"}),
    ("Kai, there's nothing dodgy about our pricing.", {}, {"defensive"}),
    ("Kai, our raffle isn't a scam.", {}, {"defensive"}),
    ("Kai, that's completely fair - we should have told you sooner. Sorry.", {}, set()),
    ("Kai, there's nothing fun about waiting three hours for a train. Sorry, we'll refund you today.", {}, set()),
    ("Kai, your card details are completely safe, and we'll confirm that by DM today.", {}, set()),
    # ---- defensive: a universal claim about the brand's process turned into "so it should have been fine".
    ("Lena, every cake is boxed in a chilled van, so it should arrive fresh.", {}, {"defensive"}),
    ("Lena, all our parcels are double-wrapped, so they should have arrived intact.", {}, {"defensive"}),
    ("Lena, every order before 2pm ships the same day, so yours should arrive tomorrow.", {}, set()),
    ("Lena, all our parcels are double-wrapped, so we'll get to the bottom of this and send a new one.", {}, set()),
    # ---- defensive: present-tense standards as a defence.
    ("Lena, our bakery adheres to rigorous hygiene standards.", {}, {"defensive"}),
    ("Lena, we hold ourselves to strict safety standards, so we'll look into this with the team today.", {}, set()),
    ("Lena, our bakery adheres to rigorous hygiene standards.", LEGAL, {"defensive", "liability"}),
    # ---- defensive: emphatic "we did say".
    ("Tom, we did mention it was hand-wash only.", {}, {"defensive"}),
    ("Tom, we did say it would come on Tuesday and it didn't - sorry, we'll chase it now.", {}, set()),
    # ---- defensive: vouching for staff / "no such thing happened".
    ("Ines, we're certain our porter never said that.", LEGAL, {"defensive", "liability"}),
    ("Ines, no such remarks were made at our front desk.", {}, {"defensive"}),
    ("Ines, she would never speak to a guest like that.", {}, {"defensive"}),
    ("Ines, we're confident we can sort this before Friday.", {}, set()),
    ("Ines, we're sure it wasn't your fault, and we'll refund it today.", {}, set()),
    # ---- explanation for the customer's benefit, followed by help, is not defensive.
    (
        "Ravi, we verify each new payee carefully to protect your savings from scams. DM us and we'll check yours.",
        {},
        set(),
    ),
    # ---- "so it can't happen again" promises prevention.
    ("Ravi, sorry. We're fixing the alert this week so it can't happen again.", {}, set()),
    # ---- liability: admissions in other words.
    ("Ruth, that heater should never have got so hot - the fault is on our part.", LEGAL, {"liability"}),
    ("Ruth, there was a failure at our end with that kettle.", LEGAL, {"liability"}),
    ("Ruth, I'm so sorry you were hurt. Please DM us so our team can help.", LEGAL, set()),
    # ---- liability: refusing responsibility, relayed denials.
    ("Ruth, we won't accept any liability for the scratch.", LEGAL, {"liability"}),
    ("Ruth, our fitter insists he didn't leave the gas on.", LEGAL, {"liability"}),
    ("Ruth, we can't accept responsibility for that dent.", {}, {"defensive"}),
    ("Ruth, we've passed this to our claims team, who will contact you by DM.", LEGAL, set()),
    # ---- blames_customer: telling the customer how to behave next time.
    ("Jo, please check your basket more carefully in future.", CUSTOMER, {"blames_customer"}),
    ("Jo, just be more careful with the dates going forward.", CUSTOMER, {"blames_customer"}),
    ("Jo, please let us know next time and we'll sort it straight away.", {}, set()),
    ("Jo, we'll be more careful with the dates in future - sorry.", {}, set()),
    # ---- blames_customer: a general rule about what customers do.
    ("Jo, this usually happens when people tap the pay button twice.", CUSTOMER, {"blames_customer"}),
    ("Jo, that tends to happen if users skip the update.", CUSTOMER, {"blames_customer"}),
    ("Jo, this happens when our servers time out - we've refunded the second charge.", {}, set()),
    # ---- blames_customer: "it was there all along".
    ("Jo, the cancel link has been on the account page the whole time.", CUSTOMER, {"blames_customer"}),
    (
        "Jo, the option has been there all along, but it's far too hard to find - sorry, we're moving it.",
        {},
        set(),
    ),
    # ---- blames_customer: the paperwork the customer signed.
    ("Jo, the fee is listed in the agreement you signed.", CUSTOMER, {"blames_customer"}),
    ("Jo, if anything in the agreement you signed is unclear, we'll walk you through it by DM.", {}, set()),
    # ---- blames_customer: the brand did exactly what the customer asked.
    ("Jo, the courier delivered it exactly where you told us to.", CUSTOMER, {"blames_customer"}),
    ("Jo, we'll deliver it exactly where you asked on Monday.", {}, set()),
    # ---- passes_blame: the problem located with a supplier, helplessness, disowning staff, insults.
    ("Mo, the hold-up is with our supplier in Italy.", {}, {"passes_blame"}),
    ("Mo, our installer, who've had a lot of staff off, is running behind.", {}, {"passes_blame"}),
    ("Mo, we're waiting on the factory just like you are.", {}, {"passes_blame"}),
    ("Mo, the fitter was from an agency, not one of our own staff.", {}, {"passes_blame"}),
    ("Mo, the hold-up is with our supplier, but it's our job to fix it: we've sent a loan unit today.", {}, set()),
    ("Mo, honestly our dispatch lot are useless some days.", {}, {"passes_blame"}),
    ("Mo, our dispatch team are brilliant, and they'll have it with you tomorrow.", {}, set()),
    ("Mo, we were useless here, sorry. We'll fix it today.", {}, set()),
    # ---- beyond_authority: "we'll cover the £X".
    ("Sue, sorry - we'll cover the £60 late fee.", {"refund_limit": 40}, {"beyond_authority"}),
    ("Sue, sorry - we'll pick up the £60 bill for the taxi.", {"refund_limit": 40}, {"beyond_authority"}),
    ("Sue, sorry - we'll cover the £30 late fee.", {"refund_limit": 40}, set()),
    ("Sue, your insurance will cover the £600 repair.", {"refund_limit": 40}, set()),
    # ---- sarcasm: empty mock-filing, laughing at the complaint.
    ("Pat, noted! We'll add that to our collection of fascinating observations.", {}, {"sarcasm"}),
    ("Pat, we'll file that under 'things we'll think about'.", {}, {"sarcasm"}),
    ("Pat, your bag arrived in Rome without you 🤣", {}, {"sarcasm"}),
    ("Pat, we've added it to our list of feature requests and we'll update you.", {}, set()),
    ("Pat, we sent you a left shoe twice 🤣 sorry - the right one goes out today.", {}, set()),
    # ---- defensive: others are fine, so the customer must be wrong.
    ("Nina, not a single other guest has complained about the noise.", {}, {"defensive"}),
    ("Nina, the website was running fine for everyone else on Saturday.", {}, {"defensive"}),
    ("Nina, no one else should have to deal with that. Sorry - we're on it today.", {}, set()),
    # ---- defensive: habits and records offered as proof; "that's just how it works".
    ("Nina, our couriers always ring the bell and wait before leaving a card.", {}, {"defensive"}),
    ("Nina, our couriers always ring the bell, so we're sorry this one didn't. We've raised it.", {}, set()),
    ("Nina, the door camera footage clearly shows the box was left in your porch.", {}, {"defensive"}),
    ("Nina, that's just how the loyalty scheme works.", {}, {"defensive"}),
    ("Nina, in fairness, the offer ended on Sunday.", {}, {"defensive"}),
    ("Nina, our crew did everything by the book.", {}, {"defensive"}),
    ("Nina, our crew did everything by the book.", LEGAL, {"liability"}),
    # ---- blames_customer: passive lapses, comparison with other customers, advice aimed at the past.
    ("Nina, the form was submitted with a previous address.", CUSTOMER, {"blames_customer"}),
    ("Nina, the claim wasn't posted off before the deadline.", CUSTOMER, {"blames_customer"}),
    ("Nina, the claim wasn't posted off before the deadline by our team - sorry, we'll accept it now.", {}, set()),
    ("Nina, the vast majority of our members find it easy to pause a plan.", CUSTOMER, {"blames_customer"}),
    ("Nina, it's a good idea to measure the space before ordering a sofa.", CUSTOMER, {"blames_customer"}),
    ("Nina, the warning sticker is there for a reason.", CUSTOMER, {"blames_customer"}),
    ("Nina, it's a good idea to measure before ordering, and we'll swap this one for free today.", {}, set()),
    # ---- passes_blame: a partner's issue, a partner's responsibility, let down by a partner.
    ("Nina, sadly that's an Evri problem.", {}, {"passes_blame"}),
    ("Nina, the carrier is responsible for anything damaged in transit.", {}, {"passes_blame"}),
    ("Nina, our logistics partner deals with all damage claims.", {}, {"passes_blame"}),
    ("Nina, our logistics partner deals with damage claims, but we'll file this one for you today.", {}, set()),
    ("Nina, we were badly let down by our supplier this month.", {}, {"passes_blame"}),
    # ---- liability: conduct described as correct.
    ("Nina, the pool was supervised appropriately throughout.", LEGAL, {"liability"}),
    # ---- sarcasm: mock horror, mock urgency, mock consolation; laughing along with thanks passes.
    ("Nina, oh no, not a slightly bent corner on the box!", {}, {"sarcasm"}),
    ("Nina, quick, someone call the coastguard.", {}, {"sarcasm"}),
    ("Nina, a whole evening without TV - how will you ever cope?", {}, {"sarcasm"}),
    ("Haha, thanks Nina - that made the whole team smile! We'll pass it on.", {"kind": "praise"}, set()),
    ("Oh no, Nina - sorry about that! A fresh one goes out today.", {}, set()),
    # ---- defensive: assurances, evidence that it was fine, flat contradiction, "everyone does it", excuses.
    ("Leo, we can assure you the chicken was fully cooked.", {}, {"defensive"}),
    ("Leo, we can assure you we'll get to the bottom of this today.", {}, set()),
    ("Leo, the scan at the depot shows the TV was intact.", {}, {"defensive"}),
    ("Leo, your card was not debited twice.", {}, {"defensive"}),
    ("Leo, most supermarkets do the same.", {}, {"defensive"}),
    ("Leo, we're only human.", {}, {"defensive"}),
    ("Leo, we're only human - sorry. The right size goes out today.", {}, set()),
    ("Leo, the price should be clearly shown on the shelf, and it wasn't. Sorry - we've refunded you.", {}, set()),
    # ---- blames_customer: causes in the customer's use, counterfactuals.
    ("Leo, that can happen when the filter isn't emptied.", CUSTOMER, {"blames_customer"}),
    ("Leo, the cable you plugged in isn't one of ours.", CUSTOMER, {"blames_customer"}),
    ("Leo, had the form been posted on time, it would have counted.", CUSTOMER, {"blames_customer"}),
    ("Leo, you'd have spotted the delivery fee at checkout.", CUSTOMER, {"blames_customer"}),
    ("Leo, you'd have known sooner if we'd emailed you - sorry, we'll fix that.", {}, set()),
    # ---- passes_blame: the partner's job, stepping back because a partner is involved.
    ("Leo, our maintenance firm is supposed to fix that.", {}, {"passes_blame"}),
    ("Leo, the hotel sets its own rules, so we can't intervene.", {}, {"passes_blame"}),
    ("Leo, we can't intervene until Monday, but we'll call you then.", {}, set()),
    # ---- liability: findings and staff consequences.
    ("Leo, our review has concluded the rail was secure.", LEGAL, {"liability"}),
    ("Leo, the instructor has been suspended.", LEGAL, {"liability"}),
    # ---- sarcasm: mock thanks for going public.
    ("Leo, thanks for telling the entire internet.", {}, {"sarcasm"}),
]


@pytest.mark.parametrize(("text", "ctx", "blocking"), CASES)
def test_general_families(text: str, ctx: dict[str, Any], blocking: set[str]) -> None:
    ctx = {"customer_name": "Dana", "kind": "complaint"} | ctx
    result = check_reply(text, ReplyContext(**ctx))
    assert {f.code for f in result.blocking} == blocking, [(f.code, f.excerpt) for f in result.findings]
