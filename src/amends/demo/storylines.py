"""Demo text, part two: the brand's voice and the scripted storylines (all written for this project)."""

from __future__ import annotations

# --- brand voice --------------------------------------------------------------------------------
BRAND_REPLIES = {
    "delivery": (
        "Sorry {first}, that's not the delivery we promised. Can you DM us the order number? "
        "We'll open a trace with the courier straight away.",
        "That's frustrating, {first}. Pop your order number in a DM and we'll check the courier's scans for you.",
    ),
    "billing": (
        "Sorry {first}. Please don't post card details here, but DM us your order number and "
        "the dates of the charges and our billing team will look at it today.",
        "We'd like to get this straightened out, {first}. Send us a DM with the order number "
        "and we'll check what went through.",
    ),
    "app": (
        "Thanks for flagging, {first}. Which phone and app version are you on? Our app team "
        "is already looking at this.",
        "Sorry about that, {first}. Could you try logging out and back in? If it keeps "
        "happening, DM us a screenshot and we'll pass it to the app team.",
    ),
    "product": (
        "That's not up to standard, {first}, sorry. DM us a photo and your order number and we'll send a replacement.",
        "Sorry {first}, that shouldn't happen. Send us a DM and we'll arrange a swap or a refund, "
        "whichever you prefer.",
    ),
    "store": (
        "Sorry {first}, that's not the visit we want for you. We've passed this to the store "
        "manager, and if you DM us we'll make it up to you.",
        "Thanks for telling us, {first}. We've shared this with the team there.",
    ),
    "safety": (
        "{first}, please stop using it and unplug it. Our product safety team needs to see this. "
        "We've sent you a DM to arrange collection and a full refund.",
    ),
    "account": (
        "{first}, we've locked the account as a precaution. Please check your DMs so our "
        "security team can verify you and cancel any orders you didn't place.",
    ),
    "question": ("Hi {first}! {answer}",),
    "praise": (
        "Thank you so much, {first}! We'll pass this on.",
        "This made our day, {first}.",
        "Love to hear it, {first}!",
    ),
    "suggestion": (
        "Great idea, {first}. We've passed it on to the team that looks after this.",
        "Noted, {first}! You're not the first to ask, so we've added your vote.",
    ),
    "troll": ("Sorry you feel that way. If there's something specific we can put right, we're here.",),
    "legal": (
        "{first}, we're very sorry to read this. We've sent you a private message so a senior "
        "member of our team can take this up with you directly.",
    ),
    "pii": (
        "{first}, for your privacy please delete the post with your contact details. We've sent "
        "you a DM and will pick it up there.",
    ),
}
BRAND_DM = (
    "Hi {first}, thanks for messaging us. Could you send the order number? We'll look into it right away.",
    "Sorry to hear this, {first}. Send over the order number and the email on your account and "
    "we'll take it from here.",
)
BRAND_SECOND = (
    "Sorry for the wait, {first}. We've found your message: a replacement is on its way and "
    "tracking will be in your inbox within the hour.",
    "You're right to be annoyed, {first}. I've escalated this to our team lead and we'll update "
    "you before the end of today.",
)
REVIEW_TITLES = {
    5: ("Lovely kit, quick delivery", "Great service", "Will order again", "Exactly as described"),
    4: ("Good overall", "Nice products, slow-ish delivery", "Happy customer"),
    3: ("Decent, a few niggles", "Good but could be better", "Mixed experience"),
    2: ("Disappointed", "Slow refund", "Not what I expected"),
    1: ("Avoid", "Still waiting", "Terrible experience", "Never again"),
}
REDDIT_TITLES = {
    "delivery": ("Order stuck for a week?", "Parcel marked delivered but not here"),
    "billing": ("Refund taking forever", "Weird extra charge on my card"),
    "app": ("App issues after the latest update?", "Can't get past the login screen"),
    "product": ("Quality control lately?", "Is this normal wear?"),
    "store": ("Click and collect experience", "Store visit today"),
    "safety": ("PSA: check your kettle", "Is this a safety issue?"),
    "account": ("Account hacked?",),
    "question": ("Quick question", "Restock question", "Question about the app"),
    "praise": ("Appreciation post", "Props to the team"),
    "suggestion": ("Feature wishlist", "Idea for the app"),
    "chatter": ("Random thought", "Anyone else?"),
}

# --- scripted storylines ------------------------------------------------------------------------
# Conversations are steps of (who: "c" customer or "b" brand, minutes after the previous step, text).
ANGRY = (
    (
        "c",
        0,
        "@northwindgoods my order NW-482913 says delivered on Tuesday. It was not. Nothing on the porch, "
        "nothing with the neighbours. Who do I talk to?",
    ),
    (
        "c",
        47,
        "Update: 50 minutes on hold, then the line went dead. Your chat bot keeps telling me to 'check "
        "with household members'. I live alone.",
    ),
    (
        "b",
        22,
        "We're sorry, Dana, that's a rotten afternoon. Could you DM us the order number and delivery "
        "address? We'll open a trace with the courier right away. ^MR",
    ),
    (
        "c",
        16,
        "The order number is IN MY FIRST POST. Why should I DM you anything? That's a $240 grinder "
        "sitting who knows where.",
    ),
    (
        "c",
        58,
        "Third parcel from @northwindgoods to go missing this year. Refund me today or I'm filing a "
        "chargeback and telling everyone I know to shop elsewhere.",
    ),
    (
        "b",
        24,
        "You're right, you shouldn't have to repeat yourself. We found NW-482913 from your first post: "
        "the courier scanned it at number 48 instead of 84. A replacement grinder ships by express "
        "today and we've refunded the delivery fee. ^MR",
    ),
    (
        "c",
        185,
        "Okay. Replacement tracking just arrived and so did the refund. Thank you Marisol, and sorry "
        "for snapping earlier. Long week.",
    ),
    ("b", 12, "No apology needed, Dana. Enjoy the grinder, and we'll keep an eye on that delivery. ^MR"),
)
DM_BILLING = (
    (
        "c",
        0,
        "Hi, I cancelled my bean subscription on the 3rd but I've just been charged $38.50 again. Can you help?",
    ),
    (
        "b",
        34,
        "Hi Priya, sorry about that. Could you give us the email address on your account so we can "
        "find the subscription?",
    ),
    ("c", 6, "It's priya.raman@example.com. The charge is on the card ending 4417."),
    (
        "b",
        11,
        "Thanks Priya. The cancellation went through on the 3rd, but that payment had already been "
        "queued. We've refunded the $38.50 (allow 3-5 business days) and the subscription is now closed.",
    ),
    ("c", 9, "Brilliant, thank you. That was much easier than I expected."),
)
DM_SWAP = (
    ("c", 0, "hey, can i swap the mug colour on order NW-519377 before it ships? want sage not clay"),
    ("b", 18, "Hi Sam! Done, it's now sage and nothing else on the order has changed."),
    ("c", 3, "amazing, thank you!!"),
)
KETTLE = (
    "Our Ember kettle sparked at the base this morning and my daughter burned her hand pulling "
    "the plug out. She's okay but it's blistered. We bought it at the Ballard store three weeks "
    "ago. I've kept the kettle and the photos, and I've already called a lawyer. How many of "
    "these are out there?"
)
KETTLE_BRAND = (
    "Marcus, we're so sorry, and glad your daughter is okay. Please keep the kettle unplugged. "
    "Our product safety team has messaged you privately and would like to collect it today."
)
KETTLE_NEIGHBOUR = "That's awful. Ours buzzes when it boils, should we be worried?"
KETTLE_NEIGHBOUR_BRAND = (
    "Please unplug it for now and send us a message with the serial number from the base. "
    "We'll check it with our safety team straight away."
)
SUE = (
    "@northwindgoods you charged me $129.00 twice for NW-503846 and your chat says 'up to 10 "
    "days'. If it isn't back by Friday I'm suing in small claims. Not a joke."
)
SUE_BRAND = (
    "We're sorry, Renee. We can see both payments and have reversed the duplicate today; your "
    "bank may take 2-3 days to show it. We've sent you a DM with the reference. ^AK"
)
DISCRIMINATION_TITLE = "Wheelchair user turned away at the Wicker Park store"
DISCRIMINATION = (
    "I use a wheelchair. Yesterday the manager at the Wicker Park store told me the aisles "
    "'aren't set up for chairs' and asked me to wait by the door while someone fetched things "
    "for me. Other customers walked straight past. I've shopped there for years. That is "
    "disability discrimination and I've filed a complaint with the city. Has this happened to "
    "anyone else?"
)
DISCRIMINATION_BRAND = (
    "We're really sorry. Nobody should be treated like that in our stores, and this is being "
    "investigated. Our regional manager would like to speak to you; we've sent you a message."
)
DISCRIMINATION_REPLY = "Not a wheelchair user, but the aisles there are fine. No excuse for this."
FRAUD_TITLE = "Took my money for a plan I never agreed to"
FRAUD = (
    "Signed up for Hearth Rewards and a month later found a $9.99 charge for 'Hearth Rewards "
    "Plus'. I never ticked anything. Four emails, no reply. As far as I'm concerned that's fraud, "
    "and I've reported it to my bank and to the consumer protection office."
)
FRAUD_BRAND = (
    "We're sorry, Gail. Plus should never be added without a clear opt-in. We've refunded every "
    "Plus charge on your account and our team is reviewing how this happened. We've emailed "
    "you the details."
)
PHONE_POST = (
    "@northwindgoods been trying to reach you for a week about order NW-497120. Just call me: "
    "(312) 555-0147, any time after 5."
)
EMAIL_COMMENT = (
    "Ordered the Drift set two weeks ago and nothing. My email is jordan.pike@example.com, "
    "order NW-508812, please just email me"
)
PHONE_EMAIL_COMMENT = (
    "Nobody answers the phone. My number is (617) 555-0188 and my account email is "
    "r.okafor@example.net. Please call me about my refund."
)
CREATOR_X = (
    "Six weeks with the @northwindgoods Alder grinder. Grind is lovely for pour-over, but the "
    "burrs are already chewing into the plastic collar. For $240 I expected metal. Full video "
    "Thursday."
)
CREATOR_X_BRAND = (
    "Thanks Tomas, that collar shouldn't wear like that. Our product team would love to swap "
    "your unit and look at this one; DMs are open if you're up for it. ^JL"
)
CREATOR_IG = "Sunday pancakes in the @northwind.goods Harbor skillet. Three years old and it has never cooked better."
CREATOR_IG_BRAND = "This is gorgeous, Hana! That seasoning is something else."
