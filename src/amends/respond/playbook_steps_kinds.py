"""Wording for posts that are not complaints: questions, suggestions, praise and everything else.

No promise that an idea will be built, no answer invented for a question (the agent adds the answer),
and no apology where nothing went wrong.
"""

from __future__ import annotations

from amends.respond.playbook_steps import BRAND, PUBLIC, K, step

# When the brand is at fault, even a reply to a question or a passing comment says sorry.
SORRY = step(
    K.APOLOGISE,
    "I'm sorry for the trouble this has caused.",
    "Sorry again for the hassle.",
    "Apologies for the trouble.",
    "We're sorry this has been a pain.",
    "Sorry this hasn't gone smoothly.",
    "I'm sorry it's been such a hassle.",
    "Apologies again for all this.",
    "We're sorry for the bother.",
    only_if_fault=BRAND,
)

# ---------------------------------------------------------------- questions
QUESTION_THANK = step(
    K.THANK,
    "thanks for your question about {issue}.",
    "happy to help with {issue}.",
    "thanks for your question.",
    "thanks for getting in touch.",
    "happy to help with that.",
    "thanks for your message.",
    "thanks for asking.",
    "good to hear from you.",
    prefer=["issue"],
)
QUESTION_INTENT = step(
    K.ACKNOWLEDGE,
    "I'd like to get you the right answer.",
    "Let me make sure I give you the full picture.",
    "I want to be sure I get this right for you.",
    "I'll find out the details for you.",
    "I'd rather check than guess.",
    "Let me look into that for you.",
    "I'll get you a proper answer.",
    "I'm on it.",
)
QUESTION_NEXT = [
    step(
        K.LOOKING_INTO_IT,
        "I'll reply here shortly.",
        "I'll come back to you here.",
        "You'll hear back from us here soon.",
        "If it's about your own account, send us {dm} and we'll check it for you.",
        "I'll get back to you as soon as I can.",
        "If it's easier, you can also send us {dm}.",
        "I'll be back with an answer shortly.",
        "Look out for our reply here.",
        visibility=PUBLIC,
        group="next",
    ),
    step(
        K.LOOKING_INTO_IT,
        "I'll reply here shortly.",
        "I'll come back to you here.",
        "I'll get back to you as soon as I can.",
        "I'll be back with an answer shortly.",
        group="next",
    ),
]

QUESTION_CLOSE = step(
    K.SIGN_OFF,
    "Thanks for your patience.",
    "Speak soon.",
    "Thanks for bearing with us.",
    "Talk soon.",
    "Thanks for checking with us.",
    "Hang tight.",
    "Won't be long.",
    "Thanks for asking us.",
)

# ---------------------------------------------------------------- suggestions
SUGGESTION_THANK = step(
    K.THANK,
    "thanks for suggesting {issue}.",
    "thanks for the idea of {issue}.",
    "thanks for the suggestion.",
    "thanks for sharing your idea.",
    "thanks for taking the time to send us this idea.",
    "we appreciate the suggestion.",
    "thanks for the idea.",
    "thank you for the feedback.",
    prefer=["issue"],
)
SUGGESTION_VALUE = step(
    K.ACKNOWLEDGE,
    "Ideas from people who use us every day are the most useful kind.",
    "It's a thoughtful one.",
    "We really do read every suggestion.",
    "Feedback like this shapes what we do next.",
    "It's great to hear what would make things better for you.",
    "We can see why that would help.",
    "That's a helpful one.",
    "We're always keen to hear how we could improve.",
)
SUGGESTION_NEXT = step(
    K.EXPLAIN_NEXT_STEP,
    "I've passed it on to the team that decides what we work on next.",
    "I've shared it with the right team so they can consider it.",
    "It's now with the people who plan our improvements.",
    "I've sent it to our product team to look at.",
    "We can't promise when or whether it will happen, but it has been passed on.",
    "I've added it to the ideas our team reviews.",
    "It's gone to the team who look after new features.",
    "I've logged it for the team to consider.",
)
SUGGESTION_CLOSE = step(
    K.SIGN_OFF,
    "Thanks again.",
    "Keep the ideas coming!",
    "Have a great day.",
    "Take care.",
    "Thanks for helping us improve.",
    "Much appreciated.",
    "Speak soon.",
    "Thanks for taking the time.",
)

# ---------------------------------------------------------------- praise
PRAISE_THANK = step(
    K.THANK,
    "thank you for the kind words about {issue}!",
    "thanks for the lovely words about {issue}.",
    "thank you for the kind words!",
    "this made our day, thank you!",
    "thanks so much for the lovely message.",
    "we really appreciate you taking the time to say this.",
    "what a lovely message to read, thank you.",
    "thank you so much!",
    prefer=["issue"],
)
PRAISE_FEELING = step(
    K.EMPATHISE,
    "It's lovely to hear.",
    "That's great to hear.",
    "We're so pleased.",
    "You've made our day.",
    "It means a lot to us.",
    "We're thrilled.",
    "That's wonderful to read.",
    "It's brilliant to hear.",
)
PRAISE_SHARE = step(
    K.SIGN_OFF,
    "I'll make sure the team sees this.",
    "I've passed your message on to the team.",
    "We'll share this with everyone who worked on it.",
    "The team will be delighted to hear it.",
    "I'll pass this on to the team.",
    "Everyone here will love reading this.",
    "This is going straight to the team.",
    "I'll share this with the people behind it.",
)
PRAISE_CLOSE = step(
    K.SIGN_OFF,
    "Have a lovely day.",
    "Take care.",
    "Thanks again for being with us.",
    "Hope you have a great week.",
    "Enjoy the rest of your day.",
    "Thanks for being a customer.",
    "All the best.",
    "Speak soon.",
)

# ---------------------------------------------------------------- other posts (no complaint, question, idea or praise)
OTHER_ACK = step(
    K.ACKNOWLEDGE,
    "thanks for getting in touch about {issue}.",
    "thanks for your message about {issue}.",
    "thanks for getting back to us.",
    "thanks for your message.",
    "thanks for the update.",
    "thanks for letting us know.",
    "thanks for the reply.",
    "good to hear from you.",
    prefer=["issue"],
)
OTHER_FEELING = step(
    K.ACKNOWLEDGE,
    "Appreciate you keeping us in the loop.",
    "That's helpful to know.",
    "Noted, thank you.",
    "Thanks for the extra detail.",
    "Good to know.",
    "That helps.",
    "It's useful to hear.",
    "We've made a note of it.",
)
OTHER_NEXT = [
    step(
        K.EXPLAIN_NEXT_STEP,
        "If there's anything we can help with, send us {dm}.",
        "If you need a hand with anything, just send us {dm}.",
        "We're here if you need anything: send us {dm} any time.",
        "If there's more we can do, drop us {dm}.",
        "Send us {dm} if anything else comes up.",
        "If you'd like us to look into anything, send us {dm}.",
        "Our messages are open if you need us.",
        "Drop us {dm} whenever you need a hand.",
        visibility=PUBLIC,
        group="next",
    ),
    step(
        K.EXPLAIN_NEXT_STEP,
        "If there's anything we can help with, just reply here.",
        "If you need a hand with anything, let us know here.",
        "We're here if you need anything else.",
        "If there's more we can do, just say.",
        group="next",
    ),
]
OTHER_CLOSE = step(
    K.SIGN_OFF,
    "We'll take it from there.",
    "We're always happy to help.",
    "Have a good day.",
    "Take care.",
    "Thanks again.",
    "Speak soon.",
    "Thanks for keeping us posted.",
    "All the best.",
)
