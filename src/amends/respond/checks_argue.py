"""Arguing the brand's case: wording that contradicts the customer's account or justifies the brand.

These rules report `defensive` on any case (care protocol rule 4). On a legal-risk case the same words
are also a statement about fault ("our records show no bed bugs", "our engineer's work met every
standard, so the fire was not caused by the meter"), so the legal checks report them as `liability`
too (rule 8).

Giving correct information as part of real help is not defensive, so the rules that can also inform
("our terms say...", "we have no record of...") are skipped when the same sentence offers a next step.
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Rule
from amends.respond.checks_blame import DID_TELL, DOC_SAYS

_ARGUE_MSG = (
    '"{match}" argues the brand\'s case instead of helping. Acknowledge how the customer sees it and say '
    "what you will do; do not defend the brand or correct them in public."
)
_HELP = re.compile(
    r"\b(?:we(?:'ll|\s+will)|i(?:'ll|\s+will)|please|could\s+you|can\s+you|would\s+you|let\s+(?:us|me)\s+know|dm"
    r"|message\s+us|happy\s+to|today|tomorrow|tonight|on\s+(?:its|their|the)\s+way|will\s+be\s+(?:with|in\s+touch)"
    r"|we(?:'d|\s+would)\s+(?:love|like)\s+to|we(?:'ve|\s+have)\s+(?:asked|passed|refunded"
    r"|sent|booked|arranged|credited|raised))\b",
    re.I,
)
_NOT_AN_EXCUSE = re.compile(r"\b(?:no|not\s+an|isn't\s+an|doesn't|does\s+not)\s+excuse\b", re.I)
_RECORDS = (
    r"(?:records?|logs?|tracking|system|notes|reports?|cctv|footage|data|checks?|inspections?|history|audit|photos?"
    r"|sheet|paperwork)"
)

_ALWAYS = [
    # The records say otherwise: "our tracking shows it was delivered, so it did arrive".
    r"\b(?:was|were)\s+not\s+(?:on|in)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?" + _RECORDS + r"\b",
    r"\bso\s+(?:it|they|this|that|the\s+[\w-]+|you)\s+(?:did|does|do)\s+(?:arrive|get\s+there|go\s+out|reach|happen"
    r"|work|ship|leave|have|receive)\b",
    # "We've checked and it was delivered, so it's not lost", "the system shows..., so the account wasn't locked".
    r"\b(?:we've\s+checked|we\s+have\s+checked|we\s+checked|(?:records?|system|tracking|logs?|cctv|footage"
    r"|data)\s+(?:shows?|showed|confirms?|confirmed))\b[^.!?]{0,80}?\bso\s+(?:it|this|that|the\s+[\w-]+|your\s+[\w-]+"
    r"|you|there)\s*(?:'s|\s+is|\s+was|\s+were|\s+are|\s+did|\s+have|\s+has)?\s*(?:n't|not|never|no)\b",
    # "So this shouldn't happen", "so the fire was not caused by the meter", "we don't believe they came from us".
    r"\b(?:so|therefore|which\s+means)\s+(?:this|that|it)\s+(?:shouldn't|should\s+not|can't|cannot|couldn't|could\s+not"
    r"|wouldn't|would\s+not)\s+(?:have\s+)?(?:happen(?:ed)?|be(?:en)?\s+(?:possible|the\s+case|the\s+cause))\b",
    r"\bso\s+(?:the\s+[\w-]+|this|that|it)\s+(?:(?:was|were|is)\s+not|wasn't|weren't|isn't)\s+(?:caused\s+by|due\s+to"
    r"|from|our)\b",
    r"\b(?:we|i)\s+(?:don't|do\s+not)\s+(?:believe|think|accept)\s+(?:that\s+)?(?:this|that|it|they|these|the\s+[\w-]+)"
    r"\s+(?:came|come|was|were|is|are|happened|originated)\b",
    r"\b(?:we|i)\s+(?:have|'ve|see|can\s+see|had)\s+no\s+reason\s+to\s+(?:believe|think|suspect|doubt)\b|\bthere(?:'s"
    r"|\s+is|\s+was)\s+no\s+reason\s+to\s+(?:believe|think|suspect)\b",
    # "We've never had a complaint about this", "you're the first customer to complain".
    r"\b(?:we've|we\s+have|we'd|we\s+had)\s+never\s+(?:had|received|seen)\s+(?:a|any|one"
    r"|another)\s+(?:single\s+)?(?:other\s+)?(?:complaints?|issues?|problems?|reports?)\b|\byou(?:'re"
    r"|\s+are)\s+the\s+(?:first|only)\s+(?:person|customer|one|guest|passenger|member|user)\s+(?:to\s+(?:complain"
    r"|report|mention|raise|notice|flag|have|experience|say)|who\s+(?:has|had|complained|reported))\b",
    # "That clause has been in every version since 2019, so nothing has been added".
    r"\b(?:has|have)\s+(?:always\s+|)been\s+(?:in|on|part\s+of|included\s+in|there\s+in|listed\s+in|stated\s+in"
    r"|printed\s+on)\s+(?:every|each|all)\b|\b(?:has|have)\s+always\s+been\s+(?:in|on|part\s+of|included|there|listed"
    r"|stated|clear|the\s+case|our\s+policy)\b",
    r"\bnothing\s+(?:has\s+been|was|had\s+been|has\s+ever\s+been)\s+(?:added|changed|altered|hidden|removed|amended)\b",
    r"\bmake\s+(?:that|this|it)\s+(?:very\s+|perfectly\s+|)clear\b",
    DID_TELL,
    DOC_SAYS,
]
# Phrases that can also inform; reported only when the sentence offers nothing but the argument and the reply does
# not own the problem next to it.
_UNLESS_HELPING = [
    # "Our logs show no outage" (but "our records show no payment yet - could you DM us a screenshot?" helps).
    r"\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?" + _RECORDS + r"\s+(?:show|shows|showed|say|says|said|confirm|confirms"
    r"|confirmed|indicate|indicates|indicated|prove|proves|found)\s+(?:that\s+)?(?:no|nothing|none|there\s+(?:was|were"
    r"|is|are)\s+no)\b",
    r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|that|this|it)\s+(?:simply\s+|just\s+|technically\s+|actually\s+"
    r"|)(?:not\s+possible|impossible|isn't\s+possible|is\s+not\s+possible|wasn't\s+possible"
    r"|was\s+not\s+possible)\b(?!\s+(?:to|for)\b)",
    r"\b(?:we|i)\s+(?:have|had|'ve|hold|can\s+find|could\s+find|found|see)\s+no\s+record\b|\bthere(?:'s|\s+is"
    r"|\s+was)\s+no\s+record\b",
    r"\b(?:our|the)\s+(?:terms|policy|t&cs|terms\s+and\s+conditions|contract|rules|conditions)\s+(?:clearly\s+|)(?:say"
    r"|says|state|states|make\s+(?:it\s+)?clear|explain|specify|allow)\b",
    r"\bthere(?:'s|\s+is|\s+was|\s+are)\s+no\s+(?:[\w-]+\s+){0,2}?(?:requirement|obligation|legal\s+duty|rule|law)s?\b",
    r"\bwe\s+(?:can't|cannot)\s+always\b",
    r"\b(?:charged|billed|priced)\s+correctly\b|\b(?:the|your|this|that)\s+(?:charge|bill|price|fee|invoice"
    r"|amount)\s+(?:is|was)\s+(?:completely\s+|perfectly\s+|entirely\s+|)(?:correct|accurate|right)\b",
    r"\b(?:is|are)\s+(?:all\s+)?(?:highly|fully|properly|rigorously|extensively)\s+(?:trained|qualified|experienced"
    r"|skilled|vetted|certified)\b",
    # The brand's process as a defence: "our staff inspect every vehicle", "we test everything".
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:always\s+|carefully\s+|thoroughly\s+|)(?:inspect|check|test|clean"
    r"|verify|screen|review|record|photograph|weigh|read|answer)s?\s+(?:every|each|all)\b",
    r"\b(?:we|i)\s+(?:do\s+|)(?:test|check|read|answer|review|inspect)\s+everything\b",
    r"\b(?:every|each|all\s+(?:of\s+)?our)\s+(?:[\w-]+\s+){1,2}?(?:is|are|gets?|goes|go)\s+(?:\w+\s+)?(?:checked|tested"
    r"|inspected|cleaned|sanitised|sanitized|sealed|quality[-\s]checked|vetted|screened)\b",
    # Designs, advertised figures and what the desk can do, as a defence.
    r"\b(?:working|works|functioning|behaving|performing)\s+(?:exactly\s+|just\s+|)as\s+(?:designed|intended"
    r"|expected)\b|\b(?:intended|expected)\s+behaviou?r\b|\bis\s+by\s+design\b",
    r"\b(?:is|are|was|were|falls?)\s+(?:well\s+|)within\s+(?:what\s+(?:we|is)\s+\w+|(?:the|our)\s+(?:advertised|quoted"
    r"|stated|expected|normal|acceptable|published|agreed|usual|permitted)\b|(?:our|the)\s+(?:terms|policy|guidelines"
    r"|range|spec(?:ification)?s?|tolerances?|limits)\b)",
    r"\b(?:quoted|advertised|sold|listed|described|marketed)\s+as\s+['\"]?up\s+to\b",
    r"\bcan\s+only\s+(?:[\w-]+\s+){0,3}?(?:what|where|whatever|as)\s+(?:we(?:'re|\s+are|\s+were|\s+was)|was|is"
    r"|it\s+was|you)\b",
    r"\b(?:just\s+to\s+clarify|to\s+clarify|let\s+(?:me|us)\s+clarify|for\s+the\s+record)\b",
]
_EXCUSES = [
    r"\b(?:is|are|was|were)\s+(?:always\s+|)our\s+busiest\b",
    r"\bwork(?:s|ed|ing|)\s+(?:incredibly|very|so|really|extremely|tirelessly)\s+hard\b(?!\s+(?:to|on|at|for)\b)",
]


# "Of course we read them" rebuts an accusation; answering a plain question ("do you ship to Ireland?") it is fine.
_OF_COURSE = (
    r"\bof\s+course\s+(?:we|i)\s+(?:do|did|read|care|test|tested|check|checked|listen|listened|answer|answered|know"
    r"|knew|were|are|have\s+(?:read|checked|tested|answered|replied|listened))\b(?!\s+(?:happy|able|glad|sorry|here"
    r"|on))"
)


# Owning the problem next to the fact turns it into an explanation: "we test every update, but this slipped through".
_OWNING = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|we\s+got\s+(?:it|this|that)\s+wrong|our\s+(?:mistake|fault|error)"
    r"|slipped\s+through|no\s+excuse|fell\s+short|let\s+you\s+down)\b",
    re.I,
)


def _helpless(draft: Draft, m: re.Match[str]) -> bool:
    if _HELP.search(draft.around(m.start(), 0, 0)) is not None:
        return False
    return _OWNING.search(draft.around(m.start(), 1, 1)) is None


def _unexcused(draft: Draft, m: re.Match[str]) -> bool:
    return _NOT_AN_EXCUSE.search(draft.around(m.start(), 0, 1)) is None


ARGUMENTS: list[Rule] = (
    [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG) for p in _ALWAYS]
    + [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG, when=_helpless) for p in _UNLESS_HELPING]
    + [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG, when=_unexcused) for p in _EXCUSES]
    + [Rule("defensive", re.compile(_OF_COURSE, re.I), _ARGUE_MSG, when=lambda d, m: d.ctx.kind != "question")]
)
