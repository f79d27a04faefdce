"""Wording for the playbooks beyond the full complaint response: first response, escalation notice,
follow-up, second comment, move to private and the legal holding message.

Like the complaint response, each reply is built from four or more short sentences that vary
independently, so follow-ups scheduled in bulk do not come out as copies of each other.
"""

from __future__ import annotations

from amends.respond.playbook_steps import BRAND, CUSTOMER, PRIVATE, PUBLIC, K, step
from amends.respond.playbook_steps_more import FIRST_ACK_MORE
from amends.respond.playbooks import Step

# ---------------------------------------------------------------- first response
FIRST_ACK = [
    step(
        K.APOLOGISE,
        "I'm sorry about {issue}; that's on us.",
        "apologies for {issue}.",
        "I'm really sorry about {issue}.",
        "sorry about {issue}. That's not good enough from us.",
        "we're sorry about {issue}, and we want to fix it.",
        "I'm so sorry about {issue}.",
        only_if_fault=BRAND,
        group="ack",
    ),
    step(
        K.ACKNOWLEDGE,
        "thanks for letting us know about {issue}.",
        "thanks for reaching out about {issue}.",
        "thanks for messaging us about {issue}.",
        "thanks for getting in touch about {issue}.",
        "thanks for flagging {issue}.",
        "sorry to hear about {issue}.",
        only_if_fault=CUSTOMER,
        group="ack",
    ),
    step(
        K.ACKNOWLEDGE,
        "thanks for flagging {issue}.",
        "sorry to hear about {issue}.",
        "thanks for getting in touch about {issue}.",
        "I'm sorry to hear about {issue}.",
        "thanks for letting us know about {issue}.",
        "sorry you're dealing with {issue}.",
        "thanks for messaging us about {issue}; I'm sorry it's happened.",
        *FIRST_ACK_MORE,
        group="ack",
    ),
]


def _ask(topics: list[str], *questions: str) -> Step:
    return step(K.ASK_QUESTION, *questions, topics=topics, group="question")


FIRST_QUESTION = [
    _ask(
        ["delivery"],
        "When was it due to arrive?",
        "Has the tracking updated at all?",
        "Was it coming to your home or to a collection point?",
        "Roughly when did you place the order?",
        "What does the tracking show at the moment?",
        "Did you get a dispatch message from us?",
    ),
    _ask(
        ["billing"],
        "When did the charge appear?",
        "Is the payment still pending, or has it gone through?",
        "Roughly when did you first notice it?",
        "Was this for a one-off purchase or a subscription?",
        "Did you get a receipt or a confirmation for it?",
    ),
    _ask(
        ["refund"],
        "When did you ask for the refund?",
        "Did you get a confirmation when the refund was requested?",
        "Roughly when was the refund requested?",
        "Was the refund for a return or a cancellation?",
    ),
    _ask(
        ["product_defect"],
        "When did you first notice the fault?",
        "Did it happen straight away, or after a while?",
        "Have you been able to use it at all since?",
        "Is it showing any error or warning light?",
        "How long have you had it?",
    ),
    _ask(
        ["account_access"],
        "What message do you see when you try to sign in?",
        "Are you signing in through the app or the website?",
        "When did you last manage to sign in?",
        "Does the same happen on another device?",
    ),
    _ask(
        ["outage"],
        "Is it still happening now?",
        "Are you on the app or the website, and on which device?",
        "Does it happen on both wifi and mobile data?",
        "When did you first notice it?",
        "Do you see an error message when it happens?",
    ),
    _ask(
        ["service_staff"],
        "When did this happen?",
        "Which store or branch was it?",
        "Roughly what time of day was it?",
        "Was this in store, on the phone or online?",
    ),
    _ask(
        ["pricing"],
        "Which plan or product is this about?",
        "When did you notice the change?",
        "Is this about a renewal or a new purchase?",
        "Did the change show up on your latest bill?",
    ),
    _ask(
        [],
        "Can you tell us a bit more about what happened?",
        "When did this start?",
        "What happened just before it went wrong?",
        "Could you tell us a little more about what you're seeing?",
        "Is it still happening now?",
        "Has anything changed since it started?",
        "Roughly when did you first notice it?",
        "What have you seen so far?",
    ),
]
FIRST_INVITE = step(
    K.INVITE_PRIVATE,
    "Please send us {dm} for anything personal so your details stay private.",
    "If it involves your details, please send them by {dm} rather than here.",
    "For your privacy, let's keep any personal details to {dm}.",
    "Anything personal is best sent to us by {dm}, to keep it private.",
    visibility=PUBLIC,
    pii=True,
)

# ---------------------------------------------------------------- escalation notice
ESCALATION_ACK = [
    step(
        K.APOLOGISE,
        "I'm sorry again about {issue}, and thanks for bearing with us.",
        "apologies again for {issue}; here's where things stand.",
        "sorry again for {issue}. I wanted to give you an update.",
        "I'm still sorry about {issue}, and here's what happens next.",
        "I'm sorry again for {issue}.",
        "apologies again for {issue}, and thanks for your patience.",
        only_if_fault=BRAND,
        group="ack",
    ),
    step(
        K.ACKNOWLEDGE,
        "thanks for bearing with us while we look into {issue}.",
        "thanks for your patience while we look into {issue}.",
        "I wanted to let you know where things are with {issue}.",
        "here's an update on {issue}.",
        "a quick update on {issue}.",
        "I wanted to update you on {issue}.",
        "thanks for waiting while we look at {issue}.",
        "here's where things stand with {issue}.",
        group="ack",
    ),
]
ESCALATION = step(
    K.ESCALATION,
    "I've passed this to {team}.",
    "I've raised this with {team} as a priority.",
    "This is now with {team}.",
    "I've handed this over to {team}.",
    "I've asked {team} to take this on.",
    "I've shared everything with {team}.",
    "I've referred this to {team}, who can look into it properly.",
    "All the details are now with {team}.",
)
ESCALATION_WHEN = [
    step(
        K.ESCALATION,
        "You should hear from them {when}.",
        "They aim to be in touch {when}.",
        "They aim to update you {when}.",
        "You can expect an update {when}.",
        "They should update you {when}.",
        "Expect to hear from them {when}.",
        needs=["when"],
        group="when",
    ),
    step(
        K.ESCALATION,
        "They'll be in touch as soon as they have news.",
        "We'll update you as soon as we hear more.",
        "They're best placed to help, and we'll keep you posted.",
        "You'll hear from them once they've looked into it.",
        "We'll pass on any news as soon as we have it.",
        "They'll get back to you once they know more.",
        "We'll keep you updated as it moves along.",
        "You'll hear from us again when there's news.",
        group="when",
    ),
]
ESCALATION_CLOSE = step(
    K.SIGN_OFF,
    "Just reply here if anything changes in the meantime.",
    "We'll keep an eye on it from our side too.",
    "Thanks for your patience in the meantime.",
    "If you have anything to add, just let us know.",
    "We're still here if you need us.",
    "Thanks for bearing with us.",
    "We'll stay on it with them.",
    "Let us know if there's anything else we should pass on.",
)

# ---------------------------------------------------------------- follow-up
FOLLOW_UP_OPEN = [
    step(
        K.FOLLOW_UP_CHECK,
        "I'm sorry again for {issue}, and wanted to check in.",
        "just checking in, and apologies again for {issue}.",
        "following up on {issue}, which I'm still sorry about.",
        "sorry again about {issue}; I wanted to see how things are.",
        "I wanted to check in after {issue}, and apologise again.",
        "checking back after {issue}, which we're still sorry about.",
        only_if_fault=BRAND,
        group="open",
    ),
    step(
        K.FOLLOW_UP_CHECK,
        "just checking in about {issue}.",
        "I wanted to follow up on {issue}.",
        "following up on {issue}.",
        "I'm checking back about {issue}.",
        "we wanted to see how things are with {issue}.",
        "a quick check-in about {issue}.",
        "I'm following up on {issue} from earlier.",
        "we're checking in on {issue}.",
        group="open",
    ),
]
FOLLOW_UP_ASK = step(
    K.FOLLOW_UP_CHECK,
    "Is everything sorted now?",
    "Has it been resolved, and are you happy with how it turned out?",
    "Has it all been put right?",
    "Did everything we arranged reach you, and is it all sorted?",
    "Is it all resolved now?",
    "Did the fix reach you, and are you happy with it?",
    "Are you happy with how it's been resolved?",
    "Is everything working as it should now?",
)
FOLLOW_UP_OFFER = step(
    K.SIGN_OFF,
    "If anything still isn't right, just let us know and we'll pick it back up.",
    "We're here if you need anything else.",
    "If anything's still missing, reply here and we'll carry on.",
    "Let us know either way; we want to be sure it's fixed.",
    "If there's more we can do, just say.",
    "If something's still off, we'll jump back in.",
    "Just reply if you need anything further.",
    "If it isn't sorted yet, tell us and we'll keep going.",
)
FOLLOW_UP_THANKS = step(
    K.THANK,
    "Thanks again for your patience.",
    "Thanks for bearing with us.",
    "Thanks for sticking with us.",
    "We appreciate your patience.",
    "Thanks for giving us the chance to help.",
    "Thanks for your understanding.",
    "Take care.",
    "Have a good day.",
    optional=True,
)

# ---------------------------------------------------------------- second public comment
SECOND_ACK = [
    step(
        K.APOLOGISE,
        "I'm still sorry about {issue} and want to make sure it gets sorted.",
        "sorry again for {issue}; we're still here to help.",
        "apologies again for {issue}. We'd still like to put it right.",
        "we're still sorry about {issue} and keen to help.",
        "I'm sorry again about {issue}.",
        "apologies again for {issue}.",
        only_if_fault=BRAND,
        group="ack",
    ),
    step(
        K.ACKNOWLEDGE,
        "we haven't heard back about {issue}, so we're just checking in.",
        "just following up on {issue} in case you still need a hand.",
        "we're still here to help with {issue}.",
        "I wanted to check in again about {issue}.",
        "we'd still like to help with {issue}.",
        "we'd love to help with {issue}.",
        "checking in again about {issue}.",
        "we haven't forgotten about {issue}.",
        group="ack",
    ),
]
SECOND_CARE = step(
    K.EMPATHISE,
    "We don't want to leave it unresolved.",
    "We'd still love to help.",
    "It matters to us that it's put right.",
    "We want to make sure you're not left stuck.",
    "We'd hate for it to drag on.",
    "No pressure, but the offer of help stands.",
    "We'd like to hear how things are.",
    "We want to get it over the line for you.",
)
SECOND_NEXT = [
    step(
        K.EXPLAIN_NEXT_STEP,
        "Send us {dm} whenever suits you.",
        "Whenever you're ready, drop us {dm}.",
        "If it's still a problem, send us {dm}.",
        "Just send us {dm} when it suits you.",
        "Drop us {dm} any time.",
        "Our messages are open: just send us {dm}.",
        "You can reach us by {dm} whenever you like.",
        "Please send us {dm} if you still need a hand.",
        visibility=PUBLIC,
        group="next",
    ),
    step(
        K.EXPLAIN_NEXT_STEP,
        "Just reply here whenever suits you.",
        "Whenever you're ready, reply here.",
        "If it's still a problem, let us know here.",
        "Reply here any time.",
        group="next",
    ),
]

# ---------------------------------------------------------------- move to private
MOVE_ACK = [
    step(
        K.APOLOGISE,
        "I'm sorry about {issue}.",
        "apologies for {issue}.",
        "we're sorry about {issue} and want to help.",
        "sorry about {issue}; let's get it sorted.",
        "I'm really sorry about {issue}.",
        "we're so sorry about {issue}.",
        only_if_fault=BRAND,
        group="ack",
    ),
    step(
        K.ACKNOWLEDGE,
        "thanks for getting in touch about {issue}.",
        "I'd like to help with {issue}.",
        "thanks for flagging {issue}.",
        "we want to help with {issue}.",
        "we'd like to get to the bottom of {issue}.",
        "let's look at {issue} properly.",
        "thanks for messaging us about {issue}.",
        "thanks for reaching out about {issue}.",
        group="ack",
    ),
]
MOVE_INVITE = [
    step(
        K.INVITE_PRIVATE,
        "To keep your details safe, please send us {dm}.",
        "Could you send us {dm}? It's the safest way to share the details we'll need.",
        "Let's move this to {dm} so we can look at the details securely.",
        "Please send us {dm} so your details aren't on show.",
        "We'll need a few details, so please send us {dm}.",
        "Please send us {dm}; we can go through the details there safely.",
        "For your privacy, could you send us {dm}?",
        "Could we carry on by {dm}? It keeps your details private.",
        visibility=PUBLIC,
        group="next",
    ),
    step(
        K.EXPLAIN_NEXT_STEP,
        "Could you share the details here so I can look into it?",
        "If you send me the details here, I'll take a look.",
        "Please share what you can here, and I'll check it for you.",
        "You can send the details here safely, and I'll look into it.",
        visibility=PRIVATE,
        group="next",
    ),
]

# ---------------------------------------------------------------- legal hold (private only)
# Receipt and routing only: no apology, no thanks for "reporting" anything, nothing that could read as
# admitting or denying what the customer alleges.
HOLDING = step(
    K.HOLDING,
    "thank you for your message.",
    "thank you for contacting us.",
    "thank you for getting in touch.",
    "we have received your message.",
    "thank you for writing to us.",
    "your message has reached us.",
    visibility=PRIVATE,
)
HOLDING_ROUTE = step(
    K.HOLDING,
    "We have passed your message to the team that handles matters like this.",
    "Your message has been shared with the appropriate team.",
    "We have shared your message with the team responsible.",
    "Your message is now with the relevant team.",
    "We have referred your message to the team best placed to review it.",
    "The right team now has your message.",
    visibility=PRIVATE,
)
HOLDING_NEXT = step(
    K.EXPLAIN_NEXT_STEP,
    "A member of that team will contact you directly {when}.",
    "They will be in touch with you directly {when}.",
    "A member of that team will contact you directly.",
    "They will reach out to you directly as soon as they can.",
    "Someone from that team will be in touch with you here.",
    "You should hear from them {when}.",
    visibility=PRIVATE,
    prefer=["when"],
)
HOLDING_CLOSE = step(
    K.SIGN_OFF,
    "Thank you for your patience.",
    "Thank you for bearing with us in the meantime.",
    "Thank you for your patience in the meantime.",
    "Thank you for your patience while they review it.",
    visibility=PRIVATE,
    optional=True,
)
