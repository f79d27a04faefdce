"""The reply checker's finding codes: what each means, and whether it blocks a send by default.

This table is the contract between the checker (`respond.checker`), the labelled evaluation set
(`respond/evalsets/replies.jsonl`) and the `checker` workspace setting, which may move a code between
blocking and warning. A blocking finding stops the draft from being sent; a warning sends it to a
supervisor for approval.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    level: Level
    rule: str  # the care-protocol rule(s) in DESIGN.md §2 it enforces
    meaning: str


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        Code("empty", Level.BLOCKING, "4", "The reply has no words in it."),
        Code(
            "legal_hold",
            Level.BLOCKING,
            "8",
            "A public reply on a case under legal hold. Nothing public goes out, not even a denial, "
            "until a user with the legal role releases the hold.",
        ),
        Code(
            "liability",
            Level.BLOCKING,
            "8",
            "On a legal-risk case, wording that admits or denies liability, fault, negligence or wrongdoing "
            "('this was our fault', 'we are not responsible', 'that never happened', 'our staff did nothing "
            "wrong'), in public or private.",
        ),
        Code(
            "defensive",
            Level.BLOCKING,
            "4",
            "Defensive or argumentative wording: contradicting the customer, correcting them, 'as we already "
            "said', 'actually', 'that is simply not true', 'with respect, you are wrong', justifying the "
            "brand instead of helping.",
        ),
        Code(
            "blames_customer",
            Level.BLOCKING,
            "4",
            "Putting the fault on the customer: 'you should have', 'if you had read', 'you failed to', "
            "'your mistake', 'you entered it wrong'.",
        ),
        Code(
            "passes_blame",
            Level.BLOCKING,
            "5",
            "Shifting the fault to another department, vendor, courier or partner instead of owning it "
            "('that's the courier's fault, not ours', 'our warehouse team messed up, not us').",
        ),
        Code(
            "asks_pii_public",
            Level.BLOCKING,
            "7",
            "A public reply asking the customer to post personal data in the open (phone, email, address, "
            "order or account number, card details, password, date of birth) instead of by private message.",
        ),
        Code(
            "echoes_pii",
            Level.BLOCKING,
            "7",
            "A public reply that repeats personal data the customer exposed (their phone number, email, "
            "address, card, order or account number).",
        ),
        Code("profanity", Level.BLOCKING, "4", "Swearing or insulting words, even masked ('f***', 'wtf')."),
        Code(
            "sarcasm",
            Level.BLOCKING,
            "4",
            "Sarcasm or mockery aimed at the customer ('oh great, another expert', 'congrats on finally "
            "reading the manual', 'thanks for the lecture').",
        ),
        Code(
            "beyond_authority",
            Level.BLOCKING,
            "6",
            "Offering a refund, credit or compensation above the sending agent's limit.",
        ),
        Code("too_long", Level.BLOCKING, "—", "Longer than the channel allows (X 280 characters, ...)."),
        Code(
            "copy_paste",
            Level.BLOCKING,
            "4",
            "Near-identical to one of the brand's recent replies (similarity above the workspace threshold).",
        ),
        Code(
            "generic",
            Level.WARNING,
            "4",
            "Stock phrases with no personal detail: no name, nothing from the customer's post.",
        ),
        Code(
            "no_acknowledgement",
            Level.WARNING,
            "3,4",
            "Does not acknowledge the customer's specific issue (nothing from their complaint is named).",
        ),
        Code("no_next_step", Level.WARNING, "6", "No solution, next step, question or timeframe is offered."),
        Code("no_apology", Level.WARNING, "5", "The brand is at fault and the reply does not apologise."),
        Code(
            "apology_for_customer_fault",
            Level.WARNING,
            "4",
            "The customer is at fault and the reply apologises for a fault that is not the brand's.",
        ),
        Code("jargon", Level.WARNING, "4", "Internal or technical jargon the customer should not have to decode."),
        Code(
            "overpromise",
            Level.WARNING,
            "6",
            "An absolute promise the agent cannot guarantee ('this will never happen again', 'guaranteed "
            "by tomorrow').",
        ),
        Code(
            "off_voice",
            Level.WARNING,
            "—",
            "Against the brand voice: a word the voice avoids, emoji where the voice has none, shouting, "
            "slang in a formal voice.",
        ),
    )
}

BLOCKING_BY_DEFAULT = frozenset(c.code for c in CODES.values() if c.level is Level.BLOCKING)
