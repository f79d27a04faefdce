"""Protocol: empty, too_long, copy_paste, no_next_step, no_apology and apology_for_customer_fault (care
protocol rules 4, 5 and 6). beyond_authority is in `checks_money`."""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit, compile_rules, excerpt, run_rules
from amends.respond.context import Fault, Purpose
from amends.respond.similarity import most_similar

_LETTER = re.compile(r"[^\W_]")  # a letter or digit in any script
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def check_empty(draft: Draft) -> list[Hit]:
    if _LETTER.search(draft.text) is None:
        return [Hit("empty", "The reply has no words in it; write a reply before sending.")]
    return []


def check_too_long(draft: Draft) -> list[Hit]:
    platform = (draft.ctx.platform or "").strip().lower()
    limit = draft.settings.channel_limits.get(platform, draft.ctx.length_limit)
    size = len(draft.text)
    if size <= limit:
        return []
    name = (platform.upper() if len(platform) <= 3 else platform.capitalize()) or "This channel"
    msg = (
        f"The reply is {size} characters and {name} allows {limit}; cut {size - limit} characters or split the answer."
    )
    return [Hit("too_long", msg, limit, size)]


def check_copy_paste(draft: Draft) -> list[Hit]:
    settings = draft.settings
    if len(_WORD.findall(draft.text)) < settings.copy_paste_min_words:
        return []
    recent = [r for r in draft.ctx.recent_replies[: settings.recent_replies_max] if isinstance(r, str)]
    best = most_similar(draft.text, recent)
    if best is None or best[1] < settings.similarity_max:
        return []
    other = excerpt(recent[best[0]], 0, len(recent[best[0]]), 70)
    msg = (
        f'This is {best[1]:.0%} the same as a reply the brand sent recently ("{other}"). Customers notice copy-paste '
        "answers; write this one for this customer and their problem."
    )
    return [Hit("copy_paste", msg)]


# ---------------------------------------------------------------- no_next_step
_ACTION_DONE = (
    r"sent|made|put|set\s+up|given|raised|passed|escalated|issued|arranged|booked|refunded|credited|flagged|logged"
    r"|shared|fixed|reset|opened|started|reshipped|replaced|cancell?ed|updated|added|applied|reported|contacted"
    r"|asked|emailed|e-mailed|messaged|dm'?d|dmed|forwarded|reached\s+out|spoken|chased|requested|processed|approved"
    r"|scheduled|ordered|restored|unlocked|reinstated|corrected|removed|waived|expedited|upgraded|resolved|sorted"
    r"|arranged|organi[sz]ed|followed\s+up|sent\s+over|taken\s+care|dispatched|posted|re-?sent|submitted|opened"
)
_ACTION_DOING = (
    r"looking|checking|investigating|working|sending|arranging|processing|chasing|reviewing|fixing|sorting"
    r"|escalating|passing|following|contacting|refunding|replacing|preparing|monitoring|speaking|talking|raising"
    r"|booking|organi[sz]ing|getting|digging|setting|reaching|issuing|updating|testing|rolling"
)
_IMPERATIVE = (
    r"dm|message|send|contact|call|email|e-mail|check|try|let|reach|visit|follow|reply|update|reinstall|restart|reset"
    r"|confirm|keep|allow|give|drop|pop|head|go|tap|click|use|see|look|get|share|ring|text|return|bring|take|clear"
    r"|log|sign|open|download|install|switch|turn|refresh|pick|choose|select|fill|complete|book|pop"
)
_NEXT_STEP = re.compile(
    r"\?|\b(?:we|i)(?:'ll|\s+will|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to|\s+am\s+going\s+to|'m\s+going\s+to"
    r"|'d\s+like\s+to|\s+would\s+like\s+to|\s+want\s+to|\s+can(?!'t|not)|\s+could(?!n't))\b"
    r"|\b(?:we|i)(?:'ve|\s+have)\s+(?:just\s+|now\s+|already\s+|also\s+|)(?:" + _ACTION_DONE + r")\b"
    r"|\b(?:we|i|they|our\s+\w+|the\s+\w+)(?:'re|\s+are|'m|\s+am|\s+is|'s)\s+(?:now\s+|already\s+|currently\s+|still\s+|)"
    r"(?:" + _ACTION_DOING + r"|gonna|going\s+to)\b"
    r"|\b(?:we|i)\s+(?:just\s+|)(?:" + _ACTION_DONE + r")\b"
    r"|\b(?:please|kindly|just|do)\s+(?:\w+\s+)?(?:" + _IMPERATIVE + r")\b"
    r"|(?:^|[.!?:;]\s+|\s-\s+|\n)\s*(?:" + _IMPERATIVE + r")\s+\w"
    r"|\b(?:dm|message|email|e-mail|call|contact|ring|text|phone)\s+us\b|\bget\s+in\s+touch\b|\breach\s+out\b"
    r"|\blet\s+(?:us|me)\s+know\b|\bfeel\s+free\s+to\b|\bdrop\s+us\b|\b(?:could|can|would|will)\s+you\b"
    r"|\bif\s+you\s+(?:could|can|want|'d\s+like|would\s+like|need|have\s+any)\b"
    r"|\b(?:within|in\s+the\s+next|over\s+the\s+next|in)\s+(?:\d+|a|an|one|two|three|few|24|48|the\s+next)\s+"
    r"(?:working\s+|business\s+|)(?:minutes?|hours?|days?|weeks?|mins?|hrs?)\b"
    r"|\bby\s+(?:tomorrow|tonight|today|the\s+end\s+of|end\s+of|close\s+of|midday|noon|\d|mon|tue|wed|thu|fri|sat|sun"
    r"|next|this)\w*"
    r"|\b(?:today|tomorrow|tonight|shortly|soon|asap|this\s+(?:morning|afternoon|evening|week))\b"
    r"|\b\d+\s*(?:-\s*\d+\s*)?(?:working\s+|business\s+|)(?:minutes?|hours?|days?|weeks?)\b"
    r"|\bon\s+(?:its|their|the)\s+way\b|\b(?:should|will)\s+(?:now\s+|)(?:arrive|be\s+with\s+you|reach\s+you|show"
    r"|appear|land|be\s+back|work)\b|\byou(?:'ll|\s+will|\s+should)\s+(?:now\s+|soon\s+|)(?:receive|get|see|have"
    r"|hear|be)\b|\bexpect\b"
    r"|\b(?:has|have)\s+(?:now\s+|)been\s+(?:sent|refunded|issued|credited|dispatched|escalated|passed|fixed|resolved"
    r"|processed|arranged|booked|raised|reshipped|cancell?ed|updated|restored|replaced|approved|applied|added)\b"
    r"|\b(?:is|are)\s+(?:now\s+|)(?:fixed|resolved|back\s+up|live|restored|working\s+again|on\s+(?:its|their)\s+way)\b"
    r"|https?://|www\.|\bhere's\s+how\b|\bhere\s+is\s+how\b|\byou\s+can\s+(?:now\s+|also\s+|)\w+"
    r"|\bnext\s+steps?\b|\bkeep\s+you\s+(?:posted|updated|informed)\b|\blooking\s+into\b|\binvestigating\b"
    r"|\b(?:will|'ll|shall)\s+(?:now\s+|also\s+|personally\s+|)(?:refund|send|replace|call|contact|email|message|update"
    r"|chase|look|check|investigate|arrange|fix|sort|credit|reship|escalate|pass|follow|get|be\s+in\s+touch|reach"
    r"|review|process|issue|cancel|book|dm|come\s+back|reply|respond|share|post|confirm|make)\b",
    re.I | re.M,
)
_NO_NEXT_MSG = (
    'Offers no next step: say what happens now and by when ("we\'ve refunded…", "we\'ll update you by…"), or ask '
    "a question, such as inviting them to DM the details."
)


def check_no_next_step(draft: Draft) -> list[Hit]:
    if draft.ctx.purpose is Purpose.THANKS or draft.ctx.kind in ("praise", "spam"):
        return []
    if _NEXT_STEP.search(draft.norm) is None:
        return [Hit("no_next_step", _NO_NEXT_MSG)]
    return []


# ---------------------------------------------------------------- apologies
_APOLOGY = re.compile(
    r"\b(?:sorry|apolog(?:y|ies|ise|ize|ised|ized|ising|izing)|our\s+(?:mistake|fault|error|bad)|(?:we|i)\s+(?:messed"
    r"|screwed)\s+up|we\s+got\s+(?:it|this|that)\s+wrong|we\s+dropped\s+the\s+ball|we\s+let\s+you\s+down"
    r"|(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:all\s+|)on\s+us|(?:we|i)\s+(?:deeply\s+|sincerely\s+|)regret"
    r"|we\s+owe\s+you\s+an\s+apology|my\s+(?:mistake|fault|bad)|forgive\s+us|pardon\s+us)\b",
    re.I,
)
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:not|never|no|won't|will\s+not)\s+(?:be\s+|)$|n't\s+(?:be\s+|)$", re.I)
_NO_APOLOGY_MSG = (
    "The brand is at fault here and the reply does not apologise. Say sorry plainly and own the mistake, then say "
    "what you will do about it."
)


def check_no_apology(draft: Draft) -> list[Hit]:
    if draft.ctx.at_fault is not Fault.BRAND or draft.ctx.purpose is Purpose.THANKS:
        return []
    for m in _APOLOGY.finditer(draft.norm):
        # Only a negation right before it undoes an apology ("we're not sorry"); "not OK, and I'm sorry" is one.
        if _NOT_RIGHT_BEFORE.search(draft.norm, max(0, m.start() - 16), m.start()) is None:
            return []
    return [Hit("no_apology", _NO_APOLOGY_MSG)]


_FAULT_MSG = (
    '"{match}" apologises for a mistake that was the customer\'s, not the brand\'s. Show empathy ("sorry to hear '
    'this happened") and help, without admitting a fault — and without blaming them either.'
)
_OWN_FAULT = compile_rules(
    "apology_for_customer_fault",
    [
        (
            r"\b(?:sorry|apolog\w*)\s+(?:for|about)\s+(?:our|the|this|that|my|any|such\s+a|the\s+whole)\s+(?:\w+\s+|)"
            r"(?:mistake|error|fault|mix-?up|blunder|oversight|screw-?up|failure|slip-?up|mess-?up|cock-?up|mess)\b",
            _FAULT_MSG,
        ),
        (
            r"\b(?:sorry|apologi[sz]e|apologies)\s+(?:for|that)\s+(?:we|our\s+\w+|i)\s+(?:\w+\s+|)(?:sent|charged|got"
            r"|made|messed|delivered|shipped|lost|forgot|missed|failed|mixed|entered|processed|gave)\b",
            _FAULT_MSG,
        ),
        (r"\bour\s+(?:own\s+|)(?:mistake|error|fault|bad|oversight)\b", _FAULT_MSG),
        (r"\bmy\s+(?:mistake|bad|fault)\b", _FAULT_MSG),
        (
            r"\b(?:we|i)\s+(?:messed|screwed|mucked)\s+up\b|\bwe\s+got\s+(?:it|this|that)\s+wrong\b"
            r"|\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:all\s+|)on\s+us\b"
            r"|\bwe\s+(?:take|accept)\s+(?:full\s+|)(?:responsibility|the\s+blame)\b"
            r"|\bwe\s+should\s+have\s+(?:caught|spotted|noticed|checked|known)\b|\bwe\s+dropped\s+the\s+ball\b"
            r"|\bwe\s+let\s+you\s+down\b",
            _FAULT_MSG,
        ),
    ],
)


def check_apology_for_customer_fault(draft: Draft) -> list[Hit]:
    if draft.ctx.at_fault is not Fault.CUSTOMER:
        return []
    return run_rules(draft, _OWN_FAULT)
