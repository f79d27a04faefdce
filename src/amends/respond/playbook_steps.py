"""The wording of the default playbooks, step by step, written for Amends.

Templates use contractions; the composer expands them for a formal voice. No template starts with a
placeholder, so sentence case never depends on what is filled in. Public steps never ask for personal
data by name (order number, email, address): they invite the customer to a private message, where the
private steps may ask for and mention the order reference. Apology steps appear only when the brand is
at fault; the customer-fault steps show empathy without apologising for a fault that is not the brand's.
"""

from __future__ import annotations

from typing import Any

from amends.respond.context import Fault, Visibility
from amends.respond.playbook_steps_more import (
    ACK_MORE,
    ACK_PLAIN,
    ACK_SERIOUS_MORE,
    CLOSE_MORE,
    EMPATHISE_MORE,
    EMPATHISE_SERIOUS_MORE,
    GREET_CASUAL_MORE,
    GREET_MORE,
    LOOKING_MORE,
    NEXT_PII_MORE,
    NEXT_PUBLIC_MORE,
    NEXT_PUBLIC_SERIOUS_MORE,
    PROMISE_MORE,
    PROMISE_SERIOUS_MORE,
)
from amends.respond.playbooks import Step, StepKind
from amends.respond.voice import Formality

K = StepKind
BRAND, CUSTOMER, UNKNOWN = [Fault.BRAND], [Fault.CUSTOMER], [Fault.UNKNOWN]
PUBLIC, PRIVATE = [Visibility.PUBLIC], [Visibility.PRIVATE]


def step(kind: StepKind, *variants: str, **conditions: Any) -> Step:
    return Step(kind=kind, variants=list(variants), **conditions)


# ---------------------------------------------------------------- greetings
GREET = [
    step(
        K.GREET,
        "Hello {first_name},",
        "Dear {first_name},",
        "Hello,",
        "Hello there,",
        formality=[Formality.FORMAL],
        prefer=["first_name"],
        optional=True,
        group="greet",
    ),
    step(
        K.GREET,
        "Hi {first_name},",
        "Hey {first_name},",
        "Hi there {first_name},",
        "Hello {first_name},",
        "Hey there,",
        "Hi there,",
        "Hi,",
        *GREET_CASUAL_MORE,
        formality=[Formality.CASUAL],
        prefer=["first_name"],
        optional=True,
        group="greet",
    ),
    step(
        K.GREET,
        "Hi {first_name},",
        "Hello {first_name},",
        "Hi there,",
        "Hello,",
        "Hi,",
        *GREET_MORE,
        prefer=["first_name"],
        optional=True,
        group="greet",
    ),
]
GREET_FORMAL = step(
    K.GREET, "Hello {first_name},", "Dear {first_name},", "Hello,", "Hello there,", prefer=["first_name"]
)

# ---------------------------------------------------------------- acknowledging the problem
# Two short sentences rather than one long one: the first names the problem (and apologises when the
# fault is ours), the second carries the feeling. Each varies on its own, so identical situations get
# many different replies and the copy-paste check keeps passing on a busy day.
APOLOGISE = step(
    K.APOLOGISE,
    "I'm so sorry about {issue}.",
    "we're really sorry about {issue}.",
    "apologies for {issue}.",
    "I'm sorry for {issue}.",
    "we're sorry about {issue}, and we owe you better.",
    "my apologies for {issue}.",
    "I'm really sorry about {issue}.",
    "we've let you down over {issue}, and I'm sorry.",
    only_if_fault=BRAND,
    group="ack",
)
OWN_IT = step(
    K.APOLOGISE,
    "That's our mistake, and it shouldn't have happened.",
    "We got this wrong, and I want to put it right.",
    "That's not good enough from us.",
    "You expected better from us, and rightly so.",
    "That's on us, and I'd like to help put it right.",
    "It shouldn't have happened, and we're taking it seriously.",
    "We should have done better here.",
    "It has been going on {duration}, and that's on us.",
    only_if_fault=BRAND,
    group="feeling",
)
APOLOGISE_SERIOUS = step(
    K.APOLOGISE,
    "I'm truly sorry about {issue}.",
    "I'm very sorry about {issue}.",
    "we owe you a proper apology for {issue}.",
    "I'm deeply sorry about {issue}.",
    "I'm so sorry about {issue}.",
    "we're very sorry about {issue}.",
    only_if_fault=BRAND,
    group="ack",
)
OWN_IT_SERIOUS = step(
    K.APOLOGISE,
    "This is serious, and we got it badly wrong.",
    "It should never have happened, and I'm treating it as urgent.",
    "This falls well short of what we expect of ourselves.",
    "We've let you down, and I want to make it right quickly.",
    "That's on us, and I'm making it a priority.",
    "There's no excuse for it, and I'm on it now.",
    "I'm sorry it has been going on {duration}; we should have caught it sooner.",
    only_if_fault=BRAND,
    group="feeling",
)
ACK_CUSTOMER = step(
    K.ACKNOWLEDGE,
    "thanks for letting us know about {issue}.",
    "thanks for messaging us about {issue}.",
    "thanks for reaching out about {issue}.",
    "thanks for flagging {issue}.",
    "sorry to hear about {issue}.",
    "thanks for getting in touch about {issue}.",
    "we're here to help with {issue}.",
    "let's take a look at {issue}.",
    only_if_fault=CUSTOMER,
    group="ack",
)
ACK = step(
    K.ACKNOWLEDGE,
    "I'm sorry to hear about {issue}.",
    "sorry to hear about {issue}.",
    "thanks for letting us know about {issue}.",
    "thanks for flagging {issue}.",
    "I'm sorry you're dealing with {issue}.",
    "thanks for getting in touch about {issue}.",
    "I'm sorry about {issue}.",
    "thanks for reaching out about {issue}.",
    *ACK_MORE,
    *ACK_PLAIN,
    prefer=["issue"],
    group="ack",
)
ACK_SERIOUS = step(
    K.ACKNOWLEDGE,
    "I'm very sorry to hear about {issue}.",
    "I'm really sorry to hear about {issue}.",
    "thank you for letting us know about {issue}.",
    "I'm so sorry to hear about {issue}.",
    "I'm sorry to hear about {issue}, and that it has been going on {duration}.",
    "that's a lot to deal with, and I'm sorry to hear about {issue}.",
    *ACK_SERIOUS_MORE,
    prefer=["issue"],
    group="ack",
)
EMPATHISE = step(
    K.EMPATHISE,
    "I can see why you're frustrated.",
    "I understand how annoying that must be.",
    "That's not the experience we want for you.",
    "I know how frustrating that can be.",
    "That sounds really annoying.",
    "I'd like to help get this sorted.",
    "Let's get to the bottom of it together.",
    "I can imagine how frustrating that is.",
    *EMPATHISE_MORE,
    only_if_fault=[Fault.UNKNOWN, Fault.CUSTOMER],
    optional=True,
    group="feeling",
)
EMPATHISE_SERIOUS = step(
    K.EMPATHISE,
    "This is clearly serious, and I want to help quickly.",
    "I can see how much this has affected you.",
    "I'm sorry you've been put in this position.",
    "I understand why you're upset, and I'm making it a priority.",
    "Nobody should have to deal with this, and I want to help.",
    "I'm taking this seriously and want to help straight away.",
    *EMPATHISE_SERIOUS_MORE,
    only_if_fault=[Fault.UNKNOWN, Fault.CUSTOMER],
    optional=True,
    group="feeling",
)
EMPATHISE_CUSTOMER = [ACK_CUSTOMER, EMPATHISE]
ACKNOWLEDGE = [APOLOGISE, ACK_CUSTOMER, ACK, OWN_IT, EMPATHISE]
ACKNOWLEDGE_SERIOUS = [APOLOGISE_SERIOUS, ACK_CUSTOMER, ACK_SERIOUS, OWN_IT_SERIOUS, EMPATHISE_SERIOUS]

# ---------------------------------------------------------------- the way forward
# The next step is two sentences as well: where to continue (a private message in public) and what we
# will do then. Private messages ask for the reference directly and, once they have it, name it.
NEXT_PRIVATE_REF = step(
    K.EXPLAIN_NEXT_STEP,
    "I'm looking at {order_ref} now.",
    "I've pulled up {order_ref} and I'm checking what happened.",
    "I'm checking {order_ref} now.",
    "thanks for including {order_ref}; I'm going through it now.",
    "I'm looking into {order_ref} for you right now.",
    visibility=PRIVATE,
    needs=["order_ref"],
    group="next",
)
NEXT_PRIVATE = step(
    K.EXPLAIN_NEXT_STEP,
    "Could you share the order or account details this relates to?",
    "So I can check this, could you send me the reference for the order or account?",
    "Could you let me have the reference number for this?",
    "If you send me the order or account details, I'll check them right away.",
    "Please share the relevant order or account details.",
    visibility=PRIVATE,
    group="next",
)
NEXT_PII = step(
    K.INVITE_PRIVATE,
    "Could you send us {dm}? That way your details stay between us.",
    "Please send us {dm}, where your details stay private.",
    "To keep your details safe, please send us {dm}.",
    "Let's move this to {dm} so your details stay private.",
    "For your privacy, could you send us {dm}?",
    "We'd rather keep your details private, so please send us {dm}.",
    "Please send us {dm} so your details aren't on show.",
    *NEXT_PII_MORE,
    visibility=PUBLIC,
    pii=True,
    group="next",
)
NEXT_PUBLIC = step(
    K.INVITE_PRIVATE,
    "Could you send us {dm}?",
    "Please send us {dm}.",
    "Could you drop us {dm} when you have a moment?",
    "Please send us {dm} with a few details.",
    "Would you mind sending us {dm}?",
    "Send us {dm} whenever it suits you.",
    "Drop us {dm} and tell us a little more.",
    "If you can, send us {dm} with the details.",
    *NEXT_PUBLIC_MORE,
    visibility=PUBLIC,
    group="next",
)
NEXT_PUBLIC_SERIOUS = step(
    K.INVITE_PRIVATE,
    "Please send us {dm}.",
    "Could you send us {dm}?",
    "Please drop us {dm} as soon as you can.",
    "Send us {dm} when you're able to.",
    "Please send us {dm} so we can act quickly.",
    "Could you send us {dm} with the details?",
    *NEXT_PUBLIC_SERIOUS_MORE,
    visibility=PUBLIC,
    group="next",
)
PROMISE_BRAND = step(
    K.EXPLAIN_NEXT_STEP,
    "We'll work on putting it right.",
    "I'd like to sort this out for you properly.",
    "We'll get this moving for you.",
    "We'll check the details and make this right.",
    "I'll see to it personally.",
    "We'll take care of it from there.",
    "We'll get on with fixing it.",
    "I want to get this fixed for you.",
    only_if_fault=BRAND,
    group="promise",
)
PROMISE_CUSTOMER = step(
    K.EXPLAIN_NEXT_STEP,
    "We'll walk you through the next steps.",
    "We can go through it together and find the quickest fix.",
    "We'll help you get it sorted.",
    "We'll take it from there.",
    "We'll go through the options with you.",
    "We'll help you put it right.",
    "We'll work through it with you step by step.",
    "We'll help you get back on track.",
    only_if_fault=CUSTOMER,
    group="promise",
)
PROMISE = step(
    K.EXPLAIN_NEXT_STEP,
    "I'd like to look into this properly for you.",
    "We'll take it from there.",
    "We'll look into it with you.",
    "We'll dig into it for you.",
    "I'll check what happened and get back to you.",
    "We'll work out the next steps together.",
    "We'll find out what's going on.",
    "I'll take a proper look at what's happened.",
    *PROMISE_MORE,
    optional=True,
    group="promise",
)
PROMISE_SERIOUS = step(
    K.EXPLAIN_NEXT_STEP,
    "I'll take this up with the right people as a priority.",
    "I'd like to deal with this personally and quickly.",
    "I'll make sure this gets the urgent attention it needs.",
    "I want to look into this straight away.",
    "I'll treat it as a priority.",
    "We'll act on it as quickly as we can.",
    *PROMISE_SERIOUS_MORE,
    optional=True,
    group="promise",
)
NEXT_STEPS = [NEXT_PRIVATE_REF, NEXT_PRIVATE, NEXT_PII, NEXT_PUBLIC, PROMISE_BRAND, PROMISE_CUSTOMER, PROMISE]
NEXT_STEPS_SERIOUS = [NEXT_PRIVATE_REF, NEXT_PRIVATE, NEXT_PII, NEXT_PUBLIC_SERIOUS, PROMISE_BRAND, PROMISE_SERIOUS]
CLOSE = step(
    K.SIGN_OFF,
    "Thanks for your patience.",
    "Thanks for bearing with us.",
    "We're here to help.",
    "Speak soon.",
    "Talk soon.",
    "We're on your side with this.",
    "Thanks for giving us the chance to help.",
    "Thanks for sticking with us.",
    *CLOSE_MORE,
    optional=True,
)

MAKE_RIGHT = step(
    K.ASK_HOW_TO_MAKE_RIGHT,
    "What would help most to put this right?",
    "Let us know what would make this right for you.",
    "Tell us what you'd like us to do, and we'll see what we can arrange.",
    "How can we make this right for you?",
    "What would you like us to do to fix it?",
    "Tell us what would help, and we'll do our best.",
    "I've noted that you'd like {remedy}, and we'll go through the options with you.",
    "I can see you'd like {remedy}; let's talk through what we can do.",
    only_if_fault=BRAND,
    prefer=["remedy"],
    optional=True,
)
PREVENT = step(
    K.PREVENT,
    "We're also looking at why it happened.",
    "I've shared this with the team so it doesn't catch anyone else out.",
    "I'm passing this on so we can fix the cause too.",
    "We'll use this to find what went wrong.",
    "I've flagged it internally so we can learn from it.",
    "We're looking into the cause as well.",
    "I've passed it on so we can stop a repeat.",
    "The team will look at how this slipped through.",
    only_if_fault=BRAND,
    optional=True,
)
LOOKING = [
    step(
        K.LOOKING_INTO_IT,
        "I'm looking into it and will update you {when}.",
        "We're on it, and you should hear from us {when}.",
        "I'm checking now and will come back to you {when}.",
        "We're looking into it and aim to update you {when}.",
        needs=["when"],
        group="looking",
    ),
    step(
        K.LOOKING_INTO_IT,
        "We're looking into it now.",
        "I'm checking on this for you now.",
        "I'm looking into it and will update you as soon as I can.",
        "We're on it and will come back to you shortly.",
        "I've started looking into this for you.",
        "I'm on it now.",
        "We're checking what's happened.",
        "I'm taking a look for you now.",
        *LOOKING_MORE,
        group="looking",
    ),
]
LOOKING_WHEN = step(
    K.LOOKING_INTO_IT,
    "I'll update you {when}.",
    "You should hear from us {when}.",
    "We'll be back in touch {when}.",
    "Expect an update from us {when}.",
    needs=["when"],
    optional=True,
)
PRIVACY_NOTE = step(
    K.PRIVACY_NOTE,
    "You may want to delete the post that includes your details, just to keep them safe.",
    "For your own privacy, it might be worth removing the post with your personal details.",
    "It may be worth deleting the earlier post, as it shows some of your personal details.",
    "You might like to remove the post that shows your details; we won't need it to help you.",
    visibility=PUBLIC,
    pii=True,
    optional=True,
)
