"""Legal risk: the public hold, and wording that admits or denies liability (care protocol rule 8).

On a case with legal risk, whatever the reply says about fault can be quoted back in a dispute, so both
admissions ("this was our fault") and denials ("our staff did nothing wrong") are reported, including soft
denials dressed as results ("our staff followed the checks correctly", "the kitchen passed its last
inspection"), arguing the brand's case (`checks_argue`) and putting the fault on someone else (`checks_passes`).
On an ordinary case an admission is exactly what rule 5 asks for, while a denial is argumentative: `DENIALS`
are reported as `defensive` there by the tone checks.
"""

from __future__ import annotations

import re

from amends.respond.checks_argue import ARGUMENTS
from amends.respond.checks_base import Draft, Hit, Rule, run_rules
from amends.respond.checks_passes import PASSES
from amends.respond.context import Visibility

_STAFF = (
    r"(?:staff|team|employees?|colleagues?|drivers?|store|agents?|staff\s+members?|manager|people|crew|engineers?"
    r"|technicians?|guards?|security|stylists?|receptionists?|nurses?|doctors?|pilots?|instructors?|trainers?|officers?"
    r"|cashiers?|branch|kitchen|chefs?|waiters?|waitress(?:es)?|workers?|installers?|cabin\s+crew|colleague)"
)
_SUBJ_STAFF = r"\b(?:we|i|our\s+(?:[\w-]+\s+)?" + _STAFF + r"|the\s+(?:[\w-]+\s+)?" + _STAFF + r")"
_SUBJ = (
    r"\b(?:we|they|he|she|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|the\s+(?:[\w-]+\s+)?"
    + _STAFF
    + r"|everyone|all\s+(?:our\s+)?\w+)"
)

# Denials of fault or of what the customer says happened. Each carries its own negation, so none is negatable.
DENIAL_PATTERNS: tuple[str, ...] = (
    r"\b(?:(?:is|was|'s)\s+)?not\s+(?:our|my|the\s+company's)\s+(?:fault|responsibility|problem|doing|concern)\b",
    r"\bno\s+fault\s+of\s+(?:ours|mine)\b",
    r"\b(?:we|i)\s*(?:'re|are|were|am|'m)\s+(?:not|in\s+no\s+way|by\s+no\s+means)\s+(?:responsible|liable|at\s+fault"
    r"|to\s+blame|accountable)\b",
    _SUBJ_STAFF + r"\s+(?:did|have\s+done|has\s+done|'ve\s+done)\s+(?:absolutely\s+)?nothing\s+wrong\b",
    r"\b(?:we|i)\s+(?:did\s+not|didn't|never|have\s+not|haven't)\s+(?:do|done)\s+anything\s+wrong\b",
    r"\b(?:that|this|it)\s+(?:simply\s+)?(?:never|did\s+not|didn't)\s+happen(?:ed)?\b(?!\s+(?:before|to|again|yet))",
    r"\b(?:that|this|it|which)\s*(?:'s|is|was)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+|totally\s+"
    r"|quite\s+|actually\s+)?(?:not\s+true|untrue|false|not\s+the\s+case|not\s+what\s+happened|incorrect|inaccurate"
    r"|a\s+lie|not\s+accurate|not\s+correct)\b(?!\s+(?:of|on|for)\b)"
    r"(?!\s+that\s+you\s+(?:need|have|must|should|will|'ll|would|'d)\b)",  # "not the case that you need to pay"
    r"\bthere\s+(?:was|were|is|has\s+been)\s+no\s+(?:negligence|wrongdoing|discrimination|misconduct|fault|mistake"
    r"|error)\s+(?:on\s+our\s+(?:part|side|end)|by\s+(?:us|our\s+\w+))",
    r"\bthere\s+(?:was|were|is|has\s+been)\s+no\s+(?:negligence|wrongdoing|discrimination|misconduct)\b",
    r"\b(?:we|i)\s+(?:strongly\s+|categorically\s+)?(?:deny|reject|dispute)\s+(?:any|all|the|these|this|your|that"
    r"|those)\b",
    r"\b(?:our|the)\s+(?:products?|items?|device|food|meal|equipment|premises|store|vehicle)\s+(?:is|was|are|were)"
    r"\s+(?:completely\s+|perfectly\s+|totally\s+|entirely\s+)?safe\b",
    r"\b(?:we|i)(?:'d|\s+would|)\s+(?:did\s+not|didn't|never|do\s+not|don't|would\s+never)\s+(?:ever\s+|)"
    r"(?:discriminat|damag|break|lose|lost|overcharg|mislead|lie|lied|harm|hurt|injur|endanger)\w*",
    r"\b(?:we|i)\s+(?:cannot|can't|can\s+not)\s+be\s+held\s+(?:responsible|liable|accountable)\b",
    r"\b(?:we|i)\s*(?:cannot|can't|can\s+not|won't|will\s+not|don't|do\s+not|'re\s+unable\s+to|are\s+unable\s+to"
    r"|aren't\s+able\s+to)\s+(?:accept|take|admit|assume|bear)\s+(?:any\s+|the\s+|full\s+|)(?:responsibility"
    r"|liability|blame|fault)\b",
    _SUBJ_STAFF
    + r"\s+(?:is|are|was|were)\s+(?:not|in\s+no\s+way|by\s+no\s+means)\s+(?:at\s+fault|to\s+blame|responsible"
    r"|negligent|liable)\b",
    r"\b(?:we|i)\s+(?:have\s+not|haven't|did\s+not|didn't|never|do\s+not|don't)\s+(?:breach(?:ed)?|br(?:oke|oken|eak)"
    r"|violat(?:e|ed)|infring(?:e|ed))\s+(?:any|the|your|our)\b",
)
DENIALS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in DENIAL_PATTERNS)

_ADMISSION_PATTERNS: tuple[str, ...] = (
    r"\b(?:our|my)\s+(?:own\s+)?(?:fault|mistake|error|negligence|failure|bad|doing)\b",
    r"\b(?:we|i)\s+(?:fully\s+|completely\s+|totally\s+)?(?:accept|take|acknowledge|admit|own|bear)\s+(?:full\s+"
    r"|complete\s+|total\s+|all\s+|sole\s+)?(?:the\s+)?(?:responsibility|liability|blame|fault)\b",
    r"\b(?:we|i)\s*(?:'re|are|were|am|'m)\s+(?:fully\s+|entirely\s+|completely\s+|totally\s+|solely\s+)?(?:responsible"
    r"|liable|at\s+fault|to\s+blame|accountable)\b",
    r"\b(?:we|i)\s+(?:have\s+|'ve\s+)?(?:made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|messed\s+up|screwed\s+up"
    r"|got\s+(?:it|this|that)\s+wrong|dropped\s+the\s+ball|let\s+you\s+down)\b",
    r"\b(?:we|i)\s+(?:were|was)\s+(?:wrong|negligent|careless)\b",
    r"\b(?:our|the)\s+(?:staff|employees?|team\s+members?|drivers?|colleagues?|agents?|manager|technicians?|engineers?)"
    r"\s+(?:was|were)\s+(?:wrong|negligent|careless|at\s+fault|out\s+of\s+line|to\s+blame)\b",
    r"\bnegligen(?:t|ce)\b",
    r"\b(?:should|must)\s+(?:never|not)\s+have\s+happened\b",
    r"\b(?:that|this|it)\s*(?:'s|is|was)\s+(?:all\s+)?on\s+us\b",
    r"\b(?:our|my)\s+(?:own\s+)?(?:failing|failings|responsibility|liability|oversight)\b",
    _SUBJ_STAFF + r"\s+(?:was|were|is|are)\s+(?:clearly\s+|completely\s+|)in\s+the\s+wrong\b",
    r"\b(?:wasn't|was\s+not|weren't|were\s+not)\s+(?:\w+\s+)?(?:careful|attentive|vigilant|thorough|trained|supervised"
    r"|qualified|safe)\s+enough\b",
    # "There should have been a sign", "our stylist should have done a strand test".
    r"\b(?:there|we|i|our\s+(?:[\w-]+\s+)?[\w-]+|the\s+(?:[\w-]+\s+)?"
    + _STAFF
    + r"|it|they)\s+(?:should|ought\s+to)\s*"
    r"(?:never\s+|not\s+|)(?:have|'ve)\s+(?!(?:been\s+)?(?:received|arrived|reached)\b)\w+",
    # Consequences for staff imply fault: "the staff member has been disciplined".
    r"\b(?:has|have|had)\s+been\s+(?:disciplined|suspended|dismissed|sacked|fired|let\s+go|reprimanded|given\s+a"
    r"\s+(?:formal\s+|final\s+|)warning)\b|\bwe(?:'ve|\s+have)\s+(?:disciplined|suspended|dismissed|sacked|fired"
    r"|reprimanded)\b",
    # "A fault on our side", "a failure at our end", "an error on our part".
    r"\b(?:fault|mistake|error|failure|failing|problem|defect|lapse)\s+(?:was\s+|is\s+|lies\s+|)(?:on|at)\s+our\s+"
    r"(?:side|end|part)\b",
    r"\b(?:our|the)\s+(?:[\w-]+\s+)?"
    + _STAFF
    + r"\s+(?:made|has\s+made|had\s+made)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake"
    r"|error)\b",
)
# Soft denials, reported only on legal-risk cases: results, standards and procedures offered as proof that nobody
# was at fault ("our staff followed the checks correctly", "the kitchen passed its last inspection").
_SOFT_DENIAL_PATTERNS: tuple[str, ...] = (
    _SUBJ
    + r"\s+(?:always\s+|fully\s+|correctly\s+|properly\s+|)(?:followed|follows|follow|complied\s+with|complies\s+with"
    r"|adhered\s+to|adheres\s+to)\s+(?:the|all|our|every|correct|proper|standard|strict"
    r"|all\s+the)\s+(?:[\w-]+\s+){0,3}?(?:rules|procedures?|protocols?|checks|guidelines|guidance|polic(?:y|ies)"
    r"|process(?:es)?|standards|regulations|steps|instructions|training|law)\b",
    r"\bacted\s+(?:entirely\s+|fully\s+|completely\s+|)(?:appropriately|correctly|properly|professionally|reasonably"
    r"|lawfully|responsibly|in\s+(?:line|accordance)|within)\b",
    r"\b(?:met|meets|exceeded|exceeds|complied\s+with|complies\s+with|compliant\s+with"
    r"|fully\s+compliant\s+with)\s+(?:every|all|the|our|each|any)\s+(?:[\w-]+\s+){0,2}?(?:standards?|requirements?"
    r"|regulations?|rules|guidelines|laws?)\b",
    r"\bpassed\s+(?:its|their|the|our|every|all|each)\s+(?:[\w-]+\s+){0,2}?(?:inspections?|audits?|checks?|tests?"
    r"|assessments?)\b",
    # "We're confident our staff followed the checks" (but "we're confident we can sort this today" is fine).
    r"\b(?:confident|sure|certain|satisfied)\s+(?:that\s+)?(?:(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:followed|acted|did"
    r"|was|were|met|handled|complied|behaved|checked|carried)|nothing|no\s+one|nobody|we\s+(?:did|acted|followed|were"
    r"|handled))\b",
    r"\b(?:by\s+the\s+book|to\s+the\s+letter)\b",
    # Findings stated: "our investigation found the floor was dry at the time".
    r"\b(?:investigation|review|inquiry|enquiry|inspection|audit|footage|cctv|checks)\s+(?:has\s+|have\s+|)(?:found"
    r"|shows?|showed|confirmed|concluded|established|proved)\s+(?:that\s+)?(?:the|our|your|it|he|she|they|no|nothing)\b",
    # "The ride was operated safely", "the meal was prepared correctly".
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:operated|run|handled|carried\s+out|performed|maintained|installed"
    r"|fitted|prepared|served|stored|cooked|serviced|inspected|driven|supervised|conducted)\s+(?:entirely\s+|fully\s+|)"
    r"(?:safely|correctly|properly|appropriately|to\s+(?:standard|spec)|in\s+(?:line|accordance)\s+with|lawfully"
    r"|responsibly)\b",
    # A denial relayed from staff: "the driver says he didn't touch it", "our fitter insists he never...".
    r"\b(?:he|she|they|(?:the|our)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:says|said|insists|insisted|maintains|maintained"
    r"|tells\s+us|told\s+us|assures\s+us|assured\s+us|swears|swore|is\s+adamant|was\s+adamant)\s+(?:that\s+)?(?:he"
    r"|she|they|it|(?:the|our)\s+[\w-]+)\s*(?:didn't|did\s+not|never|wasn't|was\s+not|weren't|were\s+not|hadn't"
    r"|had\s+not)\b|\b(?:he|she|they|(?:the|our)\s+(?:[\w-]+\s+)?" + _STAFF + r")\s+(?:denies|denied)\b",
    r"\b(?:found|find|see|saw|is|was|there's|there\s+is|there\s+was|there\s+were)\s+no\s+(?:\w+\s+)?evidence\s+(?:of"
    r"|that|to)\b",
    r"\bto\s+(?:the\s+)?(?:highest|strictest|required|correct|proper|industry|safety"
    r"|legal)\s+(?:[\w-]+\s+)?standards?\b",
    r"\b(?:was|were|is|are|wasn't|weren't|isn't|aren't)\s+(?:not\s+)?caused\s+by\b|\b(?:didn't|did\s+not|couldn't"
    r"|could\s+not)\s+(?:have\s+)?(?:come|originate[d]?|came)\s+from\s+(?:us|our)\b",
    r"\b(?:it|they|the\s+[\w-]+|our\s+[\w-]+|this\s+[\w-]+)\s+(?:is|are|was"
    r"|were)\s+(?:\w+\s+){0,2}?(?:tested\s+and\s+)?(?:safe|compliant|hygienic|sanitary)\b",
)

_ADMIT_MSG = (
    'On a legal-risk case "{match}" admits fault, which can be used in a claim. Until legal has reviewed it, '
    "acknowledge the concern without saying who was at fault, and move to a private message."
)
_DENY_MSG = (
    'On a legal-risk case "{match}" denies liability or disputes the customer\'s account; nothing about fault '
    "may be said until legal has reviewed it. Acknowledge the concern and move to a private message."
)
_RULES = (
    [Rule("liability", re.compile(p, re.I), _ADMIT_MSG, negatable=False) for p in _ADMISSION_PATTERNS]
    + [Rule("liability", p, _DENY_MSG, negatable=False) for p in DENIALS]
    + [Rule("liability", re.compile(p, re.I), _DENY_MSG) for p in _SOFT_DENIAL_PATTERNS]
    # Arguing the brand's case on a legal-risk case is a statement about fault as well as defensive.
    + [Rule("liability", r.pattern, _DENY_MSG, r.negatable, r.when) for r in ARGUMENTS]
    # So is putting the fault on someone else: "the restaurant is responsible for allergen info, not us".
    + [Rule("liability", r.pattern, _DENY_MSG, r.negatable, r.when) for r in PASSES]
)

_HOLD_MSG = (
    "This case is under legal hold: nothing may be posted publicly, not even a denial or a holding reply, "
    "until someone with the legal role releases the hold."
)


def check_legal_hold(draft: Draft) -> list[Hit]:
    if draft.ctx.legal_hold and draft.ctx.visibility is Visibility.PUBLIC:
        return [Hit("legal_hold", _HOLD_MSG)]
    return []


def check_liability(draft: Draft) -> list[Hit]:
    if not draft.ctx.legal_risk:
        return []
    return run_rules(draft, _RULES)
