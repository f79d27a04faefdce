"""Text pools and mix tables for the demo stream (see generator.py) of a fictional brand, Northwind Goods.

Every string here is original demo copy. `{slot}` fields are filled by the generator with
seeded values: product (lidded, handled: narrower product lists), store, order, screen, staff,
courier, amount, days, day, month, years, first (the addressee's first name), phone, email, fullname.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Maya",
    "Theo",
    "Ines",
    "Caleb",
    "Farah",
    "Oskar",
    "Lena",
    "Darius",
    "Mei",
    "Rowan",
    "Tessa",
    "Kwame",
    "Elif",
    "Graham",
    "Noor",
    "Pablo",
    "Sunita",
    "Ezra",
    "Hattie",
    "Jonas",
    "Amara",
    "Wes",
    "Yuki",
    "Brenda",
    "Tariq",
    "Clara",
    "Dmitri",
    "Leah",
    "Mateo",
    "Ruth",
    "Sefa",
    "Agnes",
    "Bilal",
    "Freya",
    "Hector",
    "Jade",
    "Kofi",
    "Lorna",
    "Nikhil",
    "Opal",
)
LAST_NAMES = (
    "Okonkwo",
    "Lindqvist",
    "Barros",
    "Whitlock",
    "Haddad",
    "Kowalski",
    "Fairweather",
    "Nakamura",
    "Delacroix",
    "Mbeki",
    "Thornton",
    "Aydin",
    "Castellanos",
    "Brennan",
    "Iyer",
    "Vasquez",
    "Holloway",
    "Sato",
    "Adeyemi",
    "Pryce",
    "Novak",
    "Quintero",
    "Ashford",
    "Bui",
    "Lindgren",
    "Mensah",
    "Ferreira",
    "Kaur",
    "Duval",
    "Ellery",
    "Rahman",
    "Stroud",
    "Tanaka",
    "Winslow",
)
HANDLE_STYLES = (
    "{f}{l}",
    "{f}_{l}",
    "{f}.{l}",
    "{f}{l}{n}",
    "{fi}{l}",
    "{f}_brews",
    "{f}makes",
    "real{f}{li}",
    "{f}{n}",
    "{l}_{f}",
    "{f}.cooks",
    "the{f}{l}",
)
REDDIT_ADJ = (
    "sleepy",
    "burnt",
    "decaf",
    "grumpy",
    "caffeinated",
    "tired",
    "curious",
    "lapsed",
    "frothy",
    "seasoned",
    "rusty",
    "gentle",
    "chaotic",
    "quiet",
)
REDDIT_NOUN = (
    "kettle",
    "grinder",
    "skillet",
    "barista",
    "teapot",
    "crema",
    "bagel",
    "spatula",
    "mugs",
    "pourover",
    "toaster",
    "scone",
)
MASTODON_INSTANCES = (
    "mastodon.example",
    "toot.example",
    "social.example",
    "fosstodon.example",
    "kitchen.example",
)

PRODUCTS = (
    "Ember kettle",
    "Drift pour-over set",
    "Harbor cast-iron skillet",
    "Fieldstone mug set",
    "Alder burr grinder",
    "Tidewater cold-brew jug",
    "Copperline milk frother",
    "Basalt knife block",
    "Cedar bread bin",
    "Larkspur teapot",
    "Quarry espresso tamper",
    "Juniper spice rack",
)
LIDDED = ("Ember kettle", "Tidewater cold-brew jug", "Larkspur teapot", "Cedar bread bin", "Copperline milk frother")
HANDLED = ("Harbor cast-iron skillet", "Larkspur teapot", "Tidewater cold-brew jug", "Ember kettle", "Fieldstone mug")
STORES = (
    "Wicker Park store",
    "Ballard store",
    "Pearl District store",
    "South Congress store",
    "Seaport store",
    "Larimer Square store",
    "Midtown store",
    "Riverside Mall store",
)
SCREENS = (
    "checkout screen",
    "Rewards tab",
    "order tracking page",
    "saved cards screen",
    "subscriptions page",
    "login screen",
    "basket",
    "store finder",
)
STAFF = ("Imani", "Theo", "Rosa", "Kenji", "Bridget", "Luis", "Anika", "Declan")
COURIERS = ("ParcelPath", "Swiftlane", "the courier", "the driver")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("August", "September", "October")
AREA_CODES = ("312", "503", "617", "206", "512", "303", "415")
AGENTS = (("Marisol", "MR"), ("Jonah", "JL"), ("Aisha", "AK"), ("Sven", "SB"))

# --- mix tables ---------------------------------------------------------------------------------
# filler category: (weight, chance the brand replies, review rating range, platforms it turns up on)
_ALL = "x facebook instagram reddit mastodon bluesky trustpilot"
CATEGORIES: dict[str, tuple[int, float, tuple[int, int], str]] = {
    "minor": (12, 0.45, (2, 3), _ALL),
    "moderate": (14, 0.6, (1, 2), _ALL),
    "severe": (9, 0.8, (1, 1), "x facebook instagram reddit bluesky trustpilot"),
    "question": (16, 0.65, (3, 3), "x facebook instagram reddit mastodon bluesky"),
    "praise": (15, 0.25, (4, 5), _ALL),
    "suggestion": (10, 0.35, (3, 4), _ALL),
    "spam": (4, 0.0, (5, 5), "x facebook instagram bluesky"),
    "troll": (3, 0.1, (1, 1), "x facebook instagram reddit bluesky"),
    "abuse": (3, 0.0, (1, 1), "x facebook instagram bluesky"),
    "legal": (2, 0.9, (1, 1), "x facebook reddit trustpilot"),
    "pii": (2, 0.9, (1, 1), "x facebook instagram"),
    "chatter": (7, 0.0, (3, 3), "x instagram reddit mastodon bluesky"),
}
PLATFORM_WEIGHTS = {
    "x": 30,
    "facebook": 16,
    "instagram": 14,
    "reddit": 10,
    "mastodon": 7,
    "bluesky": 11,
    "trustpilot": 12,
}
# How a customer's first post shows up on each platform (drawn at random from the tuple).
ROOT_KINDS = {
    "x": ("mention",),
    "mastodon": ("mention",),
    "bluesky": ("mention",),
    "trustpilot": ("review",),
    "facebook": ("post", "comment", "comment"),
    "instagram": ("comment", "comment", "mention"),
    "reddit": ("post", "post", "comment"),
}
# How likely a post is at each UTC hour, out of 10 (the audience is mostly in the Americas and Europe).
HOUR_WEIGHTS = (6, 5, 4, 3, 2, 2, 2.5, 3.5, 5, 6, 7, 7.5, 8, 9, 10, 10, 10, 10, 9.5, 9, 8.5, 8, 7.5, 7)

# --- complaints: (topic, clause) -------------------------------------------------------------
MINOR = (
    ("app", "the app logs me out every time I open the {screen}"),
    ("delivery", "my {product} arrived in a box big enough to post a bicycle in"),
    ("product", "the {product} came with a scuff right across the front"),
    ("store", "the {store} was out of oat milk again this morning"),
    ("delivery", "tracking for {order} has said 'preparing your parcel' since {day}"),
    ("app", "the Rewards points from last week's order still haven't shown up"),
    ("app", "the {screen} takes about ten seconds to load on my phone"),
    ("store", "the card reader at the {store} declined me twice before it worked"),
    ("product", "the instructions for the {product} are printed so small I needed a magnifier"),
    ("billing", "the promo code from your newsletter says expired, and the email came yesterday"),
    ("store", "the queue at the {store} went out the door with a single till open"),
    ("app", "the store finder keeps sending me to a branch that closed last spring"),
)
MODERATE = (
    ("delivery", "{order} is {days} days late and the tracking hasn't moved"),
    ("product", "you sent the wrong colour {product}: I ordered sage and got mustard"),
    ("product", "the handle on my {handled} came loose after one week"),
    ("billing", "the refund for {order} still hasn't come through after two weeks"),
    ("app", "the app crashes at the payment step so I literally can't give you money"),
    ("store", "my click and collect at the {store} wasn't ready after a 40 minute drive"),
    ("delivery", "{courier} left my parcel in the rain and the {product} box was soaked"),
    ("product", "half of my Fieldstone mugs arrived in pieces"),
    ("billing", "I paid full price for the {product} even though the app showed it on sale"),
    ("delivery", "{order} was marked as delivered but there is nothing here"),
    ("app", "my bean subscription skipped a month and the app won't let me restart it"),
    ("store", "the {store} refused to take back a {product} I bought online"),
)
SEVERE = (
    ("billing", "you have charged my card twice for {order}, ${amount} each time"),
    ("safety", "my Ember kettle sparked at the base the moment I switched it on"),
    ("safety", "the glass carafe of my Drift set cracked while I was pouring boiling water"),
    ("billing", "I'm still paying ${amount} a month for a subscription I cancelled in {month}"),
    ("account", "someone got into my account and ordered with my saved card"),
    ("safety", "the Copperline frother gave off a burning plastic smell on first use"),
    ("billing", "my banking app shows three pending payments for a single order"),
    ("safety", "the blade of my Basalt chef's knife snapped clean off the handle mid-chop"),
    ("delivery", "{order} was my mum's 80th birthday present and it has vanished for 3 weeks"),
)
OPENERS = {
    "minor": (
        "Small thing, but",
        "Not the end of the world, but",
        "Quick gripe:",
        "Minor moan:",
        "Slightly fed up that",
        "Honestly a bit annoying that",
        "",
    ),
    "moderate": (
        "Really not happy:",
        "Getting frustrated now.",
        "Come on,",
        "So disappointed that",
        "Second time this month:",
        "Not great, honestly:",
        "",
    ),
    "severe": (
        "This is unacceptable:",
        "I am furious.",
        "Seriously?",
        "Absolutely not okay:",
        "Urgent:",
        "I need someone to deal with this today:",
        "",
    ),
}
IMPACTS = {
    "minor": (
        "Not a huge deal, just thought you should know.",
        "Would be nice to see it fixed.",
        "It's the little things.",
        "Otherwise I love the place.",
        "Bit of a letdown from a brand I actually like.",
        "Sorted it myself in the end, but still.",
        "",
    ),
    "moderate": (
        "I needed it for a gift this weekend.",
        "I've shopped with you for {years} years.",
        "I've now spent longer chasing this than I'll spend using it.",
        "That's the second time this has happened.",
        "The chat bot just loops me back to the FAQ.",
        "Nobody has answered my email from {day}.",
    ),
}
# Severe complaints get an impact that fits their topic.
SEVERE_IMPACTS = {
    "billing": (
        "My bank says it's on your side.",
        "I want this fixed today, not in 5-7 working days.",
        "That's money I need for rent this month.",
        "I've screenshotted everything.",
    ),
    "safety": (
        "That could have started a fire.",
        "I have a toddler in the house. This is scary.",
        "I've kept it and photographed everything.",
        "Honestly still shaken.",
    ),
    "account": (
        "I've had to cancel my card.",
        "I want this fixed today, not in 5-7 working days.",
        "Nobody is answering the phone.",
    ),
    "delivery": (
        "I'm close to closing my account for good.",
        "I've screenshotted every single tracking update.",
        "I want this fixed today, not in 5-7 working days.",
    ),
}
ASKS = (
    "Can someone look into it?",
    "Who do I talk to?",
    "Please sort it.",
    "Refund please.",
    "Any update would be appreciated.",
    "What's the plan here?",
    "Answers please.",
    "Please get back to me.",
    "",
    "",
)
WHOLE_COMPLAINTS = (
    ("delivery", "third day in a row {order} says 'out for delivery'. it is not out. it is nowhere"),
    ("app", "Updated the app and now the {screen} is just a white screen. Cool cool cool."),
    ("store", "Waited 25 minutes at the {store} for a flat white. Two staff, one of them on a phone."),
    ("product", "My {product} lasted {days} weeks. My old cheap one lasted six years. Go figure."),
    ("billing", "Why did my total jump by $6 between the basket and the payment page? Hidden fees?"),
    ("delivery", "Paid for next day delivery on {order}. It's day four. Do I get the fee back?"),
    ("app", "Can't log in, can't reset my password, the reset email never arrives. Help?"),
    ("product", "The lid of the {lidded} doesn't fit. Not loosely. It just does not go on."),
    ("store", "The {store} closed 30 minutes early tonight with no notice. Drove over for nothing."),
)
ADDENDA = (
    "Also, the chat bot ends the chat every time I type the word refund.",
    "Update: still nothing.",
    "Adding: confirmation email yes, tracking number no.",
    "Photos are in your inbox if anyone there actually reads it.",
    "And before anyone asks, yes I have checked with the neighbours.",
)

# --- questions: (question, brand answer) ------------------------------------------------------
QUESTIONS = (
    (
        "Do you ship to Canada? Eyeing up the {product}.",
        "We do! Canada is a flat $14 and usually 5-8 business days, duties included at checkout.",
    ),
    (
        "Is the {store} open on Sundays?",
        "It is, 10am to 5pm. Holiday hours are on the store finder in the app.",
    ),
    (
        "Can I change the delivery address on {order}? It hasn't shipped yet.",
        "If it hasn't left the warehouse we can. DM us the new address and we'll update it.",
    ),
    (
        "Does the Harbor skillet work on induction?",
        "It does. Cast iron works on every hob, induction included. Heat it up gently.",
    ),
    (
        "How do I pause my bean subscription without cancelling it?",
        "In the app: Account > Subscriptions, tap your plan, then Pause. Up to 3 months at a time.",
    ),
    (
        "Any idea when the {product} will be back in stock?",
        "More is due at the end of next week. Tap 'Notify me' on the product page for a ping.",
    ),
    (
        "Are the Fieldstone mugs dishwasher safe?",
        "They are, and microwave safe too. The speckled glaze won't fade.",
    ),
    (
        "Can I use Hearth Rewards points in store or only online?",
        "Both! Scan the barcode in the Rewards tab at the till.",
    ),
    (
        "What's the return window on gifts bought this month?",
        "Anything bought from November 1st can come back until January 31st.",
    ),
    (
        "Do you price match if something drops in price right after I buy it?",
        "Within 14 days, yes. DM us the order number and we'll refund the difference.",
    ),
    (
        "Does the Alder grinder come with a warranty?",
        "Two years as standard, plus a third year free if you register it in the app.",
    ),
    (
        "Is there a student discount?",
        "There is: 10% off with a verified student email, under Account > Discounts.",
    ),
    (
        "Why does the app ask for my location every single time?",
        "That's the store finder. Set location to 'while using' in your phone settings to stop it.",
    ),
    (
        "Can I get the {product} engraved as a gift?",
        "Engraving is on mugs and knife blocks for now, sorry! It's an option on the product page.",
    ),
)

PRAISE = (
    "Shout out to {staff} at the {store} who spent ages helping me choose a grinder and never once tried to upsell me.",
    "The {product} is the best thing I've bought all year. Worth every cent.",
    "Delivery turned up a day early and the packaging was all paper and card. Love that.",
    "Returned a {product} on Monday and the refund hit my card by Wednesday. Painless.",
    "{staff} at the {store} remembered my usual from last week. Tiny thing, made my morning.",
    "Three years on and my Harbor skillet is better seasoned than ever. Best pan I own.",
    "Whoever writes the little notes in the delivery boxes deserves a raise.",
    "Chat support sorted my missing item in about four minutes. Didn't even need photos.",
    "The new {screen} in the app is so much cleaner. Found what I wanted straight away.",
    "The decaf is actually good?? Did not see that coming.",
    "Got the {product} for my dad and he now sends me a photo of it every morning.",
    "Honest take: the Drift pour-over set looks lovely and makes a great cup. Thick glass too.",
)
PRAISE_LEADS = (
    "",
    "",
    "Credit where it's due.",
    "Have to share this one.",
    "Small appreciation post.",
    "Genuinely impressed.",
)
PRAISE_TAILS = ("", "", "Thank you!", "Keep it up.", "Nice one, team.", "☕")

SUGGESTIONS = (
    "please add a dark mode to the app, my eyes at 6am would thank you.",
    "a refill pouch for the house blend instead of a new tin every time would be great.",
    "let us choose a delivery day at checkout. I'm never home on Tuesdays.",
    "bring back the 500g bag size, a 1kg bag goes stale before I finish it.",
    "sell replacement lids for the {lidded}. I don't need a whole new one.",
    "Apple Pay in the app please, typing card numbers on a phone is miserable.",
    "the {store} could really use a few seats for people waiting on click and collect.",
    "show my Rewards balance on the home screen instead of three taps deep.",
    "a descaling reminder in the app for kettle owners would be genuinely useful.",
    "how about a trade-in scheme for old grinders? I'd upgrade tomorrow.",
    "email receipts for in-store purchases, please. The paper ones fade in a week.",
    "let us merge two orders into one delivery if they're placed on the same day.",
)
SUGGESTION_LEADS = (
    "Suggestion:",
    "Idea for you:",
    "Feature request:",
    "Dear Northwind,",
    "Hear me out:",
    "One wish:",
)

SPAM = (
    "I made $4,800 last week working from my phone. Ask me how! Link in bio.",
    "Northwind Goods is giving away 500 Ember kettles for their anniversary!! Claim yours "
    "before midnight: northwind-rewards-claim.example",
    "Get 10K real followers in 24 hours. Cheapest prices. DM now!!!",
    "Hi dear, I saw your profile and feel we have a connection. Please write me on my whatsapp.",
    "Crypto signals group with 94% accuracy, join free today, limited seats 🚀🚀",
    "Cheap designer cookware wholesale, factory direct, visit best-kitchen-deals.example",
    "Your page has been flagged for a policy violation. Verify now to avoid suspension: page-support-verify.example",
    "Congratulations! You have been selected for a $250 gift card. Reply YES to claim.",
    "Promo for your page: 50k views guaranteed, message me for the price list.",
)
TROLLS = (
    "imagine paying $34 for a mug lol",
    "Overpriced hipster tat for people who think coffee beans have feelings.",
    "Ok boomer brand trying to be cool on social 🙄",
    "lmao the ratio on this. nobody likes you",
    "You lot couldn't organise a delivery to your own car park.",
    "Another day, another 'sorry to hear that, please DM us'. Riveting stuff.",
)
ABUSE = (
    "Northwind customer service is a bunch of clowns reading off a script.",
    "Whoever runs this account should be fired, honestly useless.",
    "Your coffee tastes like burnt cardboard and your app is worse. Do better, idiots.",
    "Most incompetent company I've ever dealt with. Muppets from top to bottom.",
    "Stop posting cute mug pics and answer your customers, you absolute clowns.",
)
LEGAL = (
    "If the double charge on {order} isn't reversed by Friday I'm filing in small claims court. Consider this notice.",
    "My lawyer will be in touch about the {product} that burned my hand. I've kept the receipt and the photos.",
    "Your 'free trial' quietly turned into a paid plan with no warning. That is fraud, and "
    "I've reported it to the state attorney general.",
    "I slipped on a wet floor at the {store}, no sign anywhere, and hurt my back. I will be speaking to a solicitor.",
    "I'm putting together a class action with everyone else who got charged twice this week. "
    "If that's you, message me.",
)
PII = (
    "Been on hold for ages about {order}. Please just call me on {phone}, I'm home all afternoon.",
    "Can someone email me about my refund? {email}. Order number is {order}.",
    "{order} went to my old address. New one is on the account, or text me on {phone}.",
    "Three emails and no reply. I'm {fullname}, {email}, order {order}. Sort it please.",
)
CHATTER = (
    "Anyone else queueing at the {store} for the sale or is it just me and the pigeons",
    "Just unboxed my {product}. First impressions tomorrow once I've actually used it.",
    "Is it just me or did the Northwind app change its icon again?",
    "The {store} playlist today is entirely sea shanties and I'm not complaining.",
    "Torn between the Drift pour-over set and a proper espresso setup. Thoughts?",
    "Saw someone at the {store} sniffing every single bag of beans. Respect.",
    "The autumn mugs are out and I have no self-control whatsoever.",
    "Do people really season cast iron after every use or is that a myth?",
    "My parcel had a little crossword printed inside the box. Took longer than the delivery.",
)

CHIME_INS = (
    "Same here, almost word for word.",
    "+1, exactly this happened to me last month.",
    "Happened to me too. They did sort it eventually, for what it's worth.",
    "Following, I've got the same problem.",
    "Ugh, sorry. Took me three emails but I got my money back in the end.",
    "Had this with the {product} as well. Glad it's not just me.",
)
# What a customer says after a helpful brand reply, by the kind of post they started with.
FOLLOW_UPS_GOOD = {
    "complaint": (
        "Thanks, DM sent.",
        "Appreciate the quick reply!",
        "Cheers, just messaged you.",
        "Sent it over, thanks for picking this up.",
        "Okay, DMing you now.",
    ),
    "question": (
        "Oh nice, didn't know that!",
        "Perfect, thanks.",
        "That's handy, cheers.",
        "Great, that's what I was hoping.",
    ),
    "other": ("Thanks for listening!", "Fingers crossed then!", "You lot are alright.", "😊"),
}
FOLLOW_UPS_BAD = (
    "I DMed yesterday and still nothing.",
    "That's what you said last week.",
    "Why do I need to DM? Everything is in my post.",
    "Still waiting. Tick tock.",
    "Copy-paste reply, brilliant.",
)
FOLLOW_UPS_THANKS = (
    "Okay, that's more like it. Thank you.",
    "Got the email just now. Thanks for chasing.",
    "Fair enough, appreciate you sorting it.",
)
