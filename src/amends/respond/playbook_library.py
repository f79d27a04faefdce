"""The default playbook library: one fallback per purpose, and more specific playbooks for complaints by
fault and severity, questions, suggestions and praise. A workspace starts from these and edits copies.
"""

from __future__ import annotations

from amends.respond.context import Fault, Purpose, Visibility
from amends.respond.playbook_steps import (
    ACKNOWLEDGE,
    ACKNOWLEDGE_SERIOUS,
    APOLOGISE,
    APOLOGISE_SERIOUS,
    CLOSE,
    EMPATHISE,
    EMPATHISE_CUSTOMER,
    GREET,
    GREET_FORMAL,
    LOOKING,
    LOOKING_WHEN,
    MAKE_RIGHT,
    NEXT_PII,
    NEXT_STEPS,
    NEXT_STEPS_SERIOUS,
    OWN_IT,
    OWN_IT_SERIOUS,
    PREVENT,
    PRIVACY_NOTE,
    PROMISE,
)
from amends.respond.playbook_steps_kinds import (
    OTHER_ACK,
    OTHER_CLOSE,
    OTHER_FEELING,
    OTHER_NEXT,
    PRAISE_CLOSE,
    PRAISE_FEELING,
    PRAISE_SHARE,
    PRAISE_THANK,
    QUESTION_CLOSE,
    QUESTION_INTENT,
    QUESTION_NEXT,
    QUESTION_THANK,
    SORRY,
    SUGGESTION_CLOSE,
    SUGGESTION_NEXT,
    SUGGESTION_THANK,
    SUGGESTION_VALUE,
)
from amends.respond.playbook_steps_other import (
    ESCALATION,
    ESCALATION_ACK,
    ESCALATION_CLOSE,
    ESCALATION_WHEN,
    FIRST_ACK,
    FIRST_INVITE,
    FIRST_QUESTION,
    FOLLOW_UP_ASK,
    FOLLOW_UP_OFFER,
    FOLLOW_UP_OPEN,
    FOLLOW_UP_THANKS,
    HOLDING,
    HOLDING_CLOSE,
    HOLDING_NEXT,
    HOLDING_ROUTE,
    MOVE_ACK,
    MOVE_INVITE,
    SECOND_ACK,
    SECOND_CARE,
    SECOND_NEXT,
)
from amends.respond.playbooks import Playbook, PlaybookSet, Step

R = Purpose.RESPONSE
COMPLAINT = ["complaint"]
LOW, HIGH = (0, 2), (3, 4)


def _pb(
    key: str, name: str, purpose: Purpose, steps: list[Step], description: str = "", **criteria: object
) -> Playbook:
    return Playbook.model_validate(
        {"key": key, "name": name, "purpose": purpose, "description": description, "steps": steps, **criteria}
    )


def _severity(band: tuple[int, int]) -> dict[str, int]:
    return {"severity_min": band[0], "severity_max": band[1]}


_PRAISE_STEPS = [*GREET, PRAISE_THANK, PRAISE_FEELING, PRAISE_SHARE, PRAISE_CLOSE]
_SUGGESTION_STEPS = [*GREET, SUGGESTION_THANK, SUGGESTION_VALUE, SUGGESTION_NEXT, SUGGESTION_CLOSE]

DEFAULT_PLAYBOOK_LIST: list[Playbook] = [
    # ------------------------------------------------------------ full responses
    _pb(
        "response-general",
        "Response (any post)",
        R,
        [*GREET, *ACKNOWLEDGE, *NEXT_STEPS, PRIVACY_NOTE, CLOSE, LOOKING_WHEN],
        "Fallback: acknowledge the post, name what it is about, and offer the next step.",
    ),
    _pb(
        "response-complaint",
        "Complaint, fault not yet known",
        R,
        [*GREET, *ACKNOWLEDGE, *NEXT_STEPS, PRIVACY_NOTE, CLOSE, LOOKING_WHEN],
        "Empathy without admitting or denying fault, then a concrete next step.",
        kinds=COMPLAINT,
        **_severity(LOW),
    ),
    _pb(
        "response-complaint-serious",
        "Serious complaint, fault not yet known",
        R,
        [*GREET, *ACKNOWLEDGE_SERIOUS, *NEXT_STEPS_SERIOUS, PRIVACY_NOTE, LOOKING_WHEN],
        "Stronger empathy and urgency for severe complaints.",
        kinds=COMPLAINT,
        **_severity(HIGH),
    ),
    _pb(
        "response-brand-fault",
        "Complaint, our mistake",
        R,
        [*GREET, APOLOGISE, OWN_IT, *NEXT_STEPS, PRIVACY_NOTE, MAKE_RIGHT, PREVENT, LOOKING_WHEN],
        "Own it: apologise for the specific problem, offer to put it right, ask what would help, prevent it.",
        kinds=COMPLAINT,
        at_fault=[Fault.BRAND],
        **_severity(LOW),
    ),
    _pb(
        "response-brand-fault-serious",
        "Serious complaint, our mistake",
        R,
        [
            *GREET,
            APOLOGISE_SERIOUS,
            OWN_IT_SERIOUS,
            *NEXT_STEPS_SERIOUS,
            PRIVACY_NOTE,
            PREVENT,
            MAKE_RIGHT,
            LOOKING_WHEN,
        ],
        "A full apology, urgency, and what will stop it happening again.",
        kinds=COMPLAINT,
        at_fault=[Fault.BRAND],
        **_severity(HIGH),
    ),
    _pb(
        "response-customer-fault",
        "Complaint, the customer's own mistake",
        R,
        [*GREET, *EMPATHISE_CUSTOMER, *NEXT_STEPS, PRIVACY_NOTE, CLOSE, LOOKING_WHEN],
        "Empathy and help without apologising for a fault that is not ours, and without blame.",
        kinds=COMPLAINT,
        at_fault=[Fault.CUSTOMER],
    ),
    _pb(
        "response-other",
        "Reply to another kind of post",
        R,
        [*GREET, OTHER_ACK, SORRY, OTHER_FEELING, NEXT_PII, *OTHER_NEXT, OTHER_CLOSE, PRIVACY_NOTE],
        "A short, friendly reply to a post that is not a complaint, question, suggestion or praise.",
        kinds=["other", "spam"],
    ),
    _pb(
        "response-question",
        "Answer to a question",
        R,
        [*GREET, QUESTION_THANK, SORRY, QUESTION_INTENT, NEXT_PII, *QUESTION_NEXT, QUESTION_CLOSE],
        "Thank them for asking, then find the answer (the agent adds it).",
        kinds=["question"],
    ),
    _pb(
        "response-suggestion",
        "Thanks for a suggestion",
        R,
        _SUGGESTION_STEPS,
        "Thank them for the idea and say where it went, with no promise that it will be built.",
        kinds=["suggestion"],
    ),
    _pb(
        "response-praise",
        "Thanks for praise",
        R,
        _PRAISE_STEPS,
        "A warm, short thank-you; share it with the team.",
        kinds=["praise"],
    ),
    # ------------------------------------------------------------ other purposes
    _pb(
        "first-response",
        "First response",
        Purpose.FIRST_RESPONSE,
        [*GREET, *FIRST_ACK, OWN_IT, EMPATHISE, *FIRST_QUESTION, FIRST_INVITE, *LOOKING],
        "Fast first answer: acknowledge, ask one relevant question, say it is being looked into.",
    ),
    _pb(
        "escalation-notice",
        "Escalation notice",
        Purpose.ESCALATION_NOTICE,
        [*GREET, *ESCALATION_ACK, ESCALATION, *ESCALATION_WHEN, NEXT_PII, ESCALATION_CLOSE],
        "Tell the customer who has the case now, in general terms, and when to expect news.",
    ),
    _pb(
        "follow-up",
        "Follow-up",
        Purpose.FOLLOW_UP,
        [*GREET, *FOLLOW_UP_OPEN, FOLLOW_UP_ASK, FOLLOW_UP_OFFER, FOLLOW_UP_THANKS],
        "Check the remedy arrived and the customer is satisfied.",
    ),
    _pb(
        "second-comment",
        "Second public comment",
        Purpose.SECOND_COMMENT,
        [*GREET, *SECOND_ACK, SECOND_CARE, *SECOND_NEXT, PROMISE],
        "A gentle public nudge when the customer has not answered, to show continued concern.",
    ),
    _pb(
        "move-private",
        "Move to private messages",
        Purpose.MOVE_PRIVATE,
        [*GREET, *MOVE_ACK, OWN_IT, EMPATHISE, *MOVE_INVITE, PROMISE, PRIVACY_NOTE],
        "Invite the customer to continue privately, for account details or exposed personal data.",
    ),
    _pb(
        "thanks-praise",
        "Thanks for praise",
        Purpose.THANKS,
        _PRAISE_STEPS,
        "A warm, short thank-you; share it with the team.",
    ),
    _pb(
        "thanks-suggestion",
        "Thanks for a suggestion",
        Purpose.THANKS,
        _SUGGESTION_STEPS,
        "Thank them for the idea and say where it went.",
        kinds=["suggestion"],
    ),
    # ------------------------------------------------------------ legal hold
    _pb(
        "legal-holding",
        "Legal hold: holding message",
        R,
        [GREET_FORMAL, HOLDING, HOLDING_ROUTE, HOLDING_NEXT, HOLDING_CLOSE],
        "Private only: confirm receipt and that the right team will be in touch. No admission, no denial.",
        visibility=[Visibility.PRIVATE],
        legal=True,
    ),
]

DEFAULT_PLAYBOOKS = PlaybookSet(playbooks=DEFAULT_PLAYBOOK_LIST)

# Used by the composer when a public reply to someone who exposed personal data has no invitation of its own.
PII_INVITE_STEP: Step = NEXT_PII
