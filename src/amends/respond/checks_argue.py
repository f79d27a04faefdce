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
    r"|sent|booked|arranged|credited|raised)|to\s+(?:protect|keep|safeguard|make\s+sure|ensure|help)\s+(?:you|your))\b",
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
    r"|wouldn't|would\s+not)\s+(?:have\s+)?(?:happen(?:ed)?|be(?:en)?\s+(?:possible|the\s+case|the\s+cause))\b"
    r"(?!\s+(?:again|twice|to\s+anyone\s+else))",  # "so it can't happen again" promises prevention
    r"\bso\s+(?:the\s+[\w-]+|this|that|it)\s+(?:(?:was|were|is)\s+not|wasn't|weren't|isn't)\s+(?:caused\s+by|due\s+to"
    r"|from|our)\b",
    r"\b(?:we|i)\s+(?:don't|do\s+not)\s+(?:believe|think|accept)\s+(?:that\s+)?(?:this|that|it|they|these|the\s+[\w-]+)"
    r"\s+(?:came|come|was|were|is|are|happened|originated)\b",
    r"\b(?:we|i)\s+(?:have|'ve|see|can\s+see|had)\s+no\s+reason\s+to\s+(?:believe|think|suspect|doubt)\b|\bthere(?:'s"
    r"|\s+is|\s+was)\s+no\s+reason\s+to\s+(?:believe|think|suspect)\b",
    # "We've never had a complaint about this", "you're the first customer to complain".
    r"\b(?:we've|we\s+have|we'd|we\s+had)\s+never\s+(?:once\s+|ever\s+|)(?:had|received|seen)\s+(?:a|any|one"
    r"|another)\s+(?:single\s+)?(?:other\s+)?(?:complaints?|issues?|problems?|reports?)\b|\byou(?:'re"
    r"|\s+are)\s+the\s+(?:first|only)\s+(?:person|customer|one|guest|passenger|member|user)\s+(?:to\s+(?:complain"
    r"|report|mention|raise|notice|flag|have|experience|say)|who\s+(?:has|had|complained|reported))\b",
    # "That clause has been in every version since 2019, so nothing has been added".
    r"\b(?:has|have)\s+(?:always\s+|)been\s+(?:in|on|part\s+of|included\s+in|there\s+in|listed\s+in|stated\s+in"
    r"|printed\s+on)\s+(?:every|each|all)\b|\b(?:has|have|'s|'ve)\s+always\s+been\s+(?:in|on|part\s+of|included|there|listed"
    r"|stated|clear|the\s+case|our\s+policy)\b",
    r"\bnothing\s+(?:has\s+been|was|had\s+been|has\s+ever\s+been)\s+(?:added|changed|altered|hidden|removed|amended)\b",
    r"\bmake\s+(?:that|this|it)\s+(?:very\s+|perfectly\s+|)clear\b",
    # Vouching that the customer's account is untrue: "no such remarks were made", "we're certain he never said it",
    # "she would never speak to a guest like that", "we know the staff member well".
    r"\bno\s+such\s+(?:[\w-]+\s+)?(?:comments?|remarks?|things?|incidents?|conversations?|calls?|emails?|messages?"
    r"|charges?|events?|exchanges?|words|language|behaviou?r|treatment|requests?|promises?|refusals?)\s+(?:was|were"
    r"|took\s+place|happened|occurred|has\s+been|have\s+been|exists?|existed)\b",
    r"\b(?:confident|sure|certain|satisfied|adamant|convinced)\s+(?:that\s+)?(?:no\s+such|nothing\s+like\s+(?:that|this)"
    r"|(?:this|that|it|he|she|they|(?:our|the)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:didn't|did\s+not|never|wasn't|was\s+not"
    r"|weren't|were\s+not|would\s+never|wouldn't|would\s+not)\b)(?![^.!?]{0,25}\b(?:you|your)\b)",
    r"\b(?:he|she|they|(?:our|the)\s+(?:[\w-]+\s+)?(?:staff|team|colleagues?|employees?|manager|drivers?|guards?"
    r"|engineers?|member|crew|porters?|agents?))\s+(?:would|will)\s+(?:never|not)\s+(?:ever\s+)?(?:say|do|behave|act"
    r"|treat|speak|talk|use|make|touch|discriminate|lie|shout|refuse)\b",
    r"\bwe\s+know\s+(?:him|her|them|(?:the|our|this)\s+(?:[\w-]+\s+)?(?:staff\s+member|member\s+of\s+staff|colleague"
    r"|manager|driver|engineer|team|employee|guard|agent))\s+(?:very\s+|really\s+|personally\s+|)well\b",
    r"\b(?:no\s+one|nobody|no-one|none\s+of\s+(?:our|the))\s+(?:[\w-]+\s+){0,3}?would\s+(?:ever\s+)?(?:say|do|behave"
    r"|act|treat|speak|talk|use|make|touch|discriminate|lie|shout|refuse)\b",
    # Others are fine, so the customer must be wrong: "nobody else has reported this", "works fine for everyone else".
    r"\b(?:nobody|no\s+one|no-one|none\s+of\s+our\s+other\s+[\w-]+)\s+else\s+(?:has|have|had|is|was)\s+(?:ever\s+|)"
    r"(?:reported|complained|mentioned|raised|flagged|had|experienced|noticed|seen|having)\b|\bnot\s+(?:a\s+single|one)\s+"
    r"(?:other\s+)?(?:customer|guest|person|user|member|passenger|shopper|diner|client)\s+(?:has|had|have)\s+(?:ever\s+)?"
    r"(?:complained|reported|mentioned|raised|flagged|had)\b|\b(?:working|works|worked"
    r"|fine)\s+(?:perfectly\s+|completely\s+|just\s+|)(?:fine\s+|well\s+|)for\s+(?:everyone|everybody|all\s+(?:our\s+)?"
    r"other|other\s+(?:customers|users|people|guests))(?:\s+else)?\b",
    # "In fairness, ...", "to be fair to the driver, ...": the reply takes the brand's side.
    r"\bin\s+(?:all\s+)?fairness\b(?!\s+to\s+you\b)|\bto\s+be\s+fair\s+to\s+(?:us|our|the|them|him|her)\b",
    # Rebutting the accusation itself: "there's nothing rigged about it", "our raffle isn't a scam".
    r"\bthere(?:'s|\s+is|\s+was)\s+nothing\s+(?:remotely\s+|at\s+all\s+|)(?:rigged|unfair|dodgy|shady|dishonest"
    r"|misleading|hidden|fake|sneaky|suspicious|illegal|fraudulent|deceptive|untoward|sinister|underhand|fishy"
    r"|discriminatory|racist|sexist)\s+(?:about|in|with|going\s+on)\b",
    r"\b(?:it|this|that|(?:the|our)\s+[\w-]+)\s*(?:'s|\s+is|\s+was)\s*(?:n't|\s+not)\s+(?:rigged|a\s+scam|a\s+con"
    r"|fake|a\s+rip-?off|dodgy|a\s+fraud|fraudulent|a\s+fix|a\s+lottery)\b",
    DID_TELL,
    DOC_SAYS,
]
# Phrases that can also inform; reported only when the sentence offers nothing but the argument and the reply does
# not own the problem next to it.
_UNLESS_HELPING = [
    # "Our logs show no outage" (but "our records show no payment yet - could you DM us a screenshot?" helps).
    r"\b(?:our|the)\s+(?:[\w-]+\s+){0,2}?"
    + _RECORDS
    + r"\s+(?:clearly\s+|)(?:show|shows|showed|say|says|said|confirm|confirms"
    r"|confirmed|indicate|indicates|indicated|prove|proves|found)\s+(?:that\s+)?(?:no|nothing|none|there\s+(?:was|were"
    r"|is|are)\s+no|(?:he|she|they|it|we|(?:our|the|your)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:didn't|did\s+not|never|wasn't"
    r"|was\s+not|weren't|were\s+not|(?:was|were|had\s+been|has\s+been)\s+(?:delivered|signed\s+for|collected"
    r"|received|used|opened|accessed|activated|redeemed|dispatched|posted|left|read)))\b",
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
    r"|amount)\s+(?:[\w-]+\s+){0,3}?(?:is|was)\s+(?:completely\s+|perfectly\s+|entirely\s+|)(?:correct|accurate|right)\b",
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
    # Absolute claims of virtue: "the draw is entirely fair and transparent", "our scales are 100% accurate".
    r"\b(?:the|our|all\s+our)\s+(?!(?:feedback|point|comment|criticism|complaint|question|request|concern|frustration"
    r"|anger|review)s?\b)(?:[\w-]+\s+){0,2}?(?:is|are|was|were)\s+(?:completely|totally|entirely|perfectly|absolutely"
    r"|100%|genuinely|always|fully)\s+(?:random|fair|accurate|legitimate|genuine|transparent|legal|lawful"
    r"|above\s+board|impartial|correct|honest|independent)\b",
    # A universal claim about the brand's process, turned into "so it should have been fine".
    r"\b(?:all\s+(?:of\s+)?our|every|each|always)\b[^.!?]{0,120}?\bso\s+(?:it|they|this|that|the\s+[\w-]+|your\s+"
    r"[\w-]+)\s+(?:should|must|would)\s+(?:have\s+(?:arrived|been|stayed|come|worked|reached\s+you)|(?:arrive|be"
    r"|stay|come|reach\s+you))\s+(?:\w+\s+)?(?:hot|warm|fresh|cold|chilled|frozen|intact|fine|perfect|safe|undamaged"
    r"|on\s+time|working|ok|okay|dry|sealed|complete|in\s+(?:perfect|good|great)\s+(?:condition|shape))\b",
    # Present-tense standards as a defence: "our kitchen follows strict food safety standards".
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?[\w-]+|all\s+our\s+[\w-]+)\s+(?:always\s+|)(?:follows?|adheres?\s+to"
    r"|compl(?:y|ies)\s+with|meets?|operates?\s+to|works?\s+to|maintains?|holds?\s+(?:itself|ourselves|themselves)\s+to"
    r"|(?:is|are)\s+held\s+to)\s+(?:strict|rigorous|high|the\s+highest|exacting|robust|stringent|tight|all\s+(?:the\s+)?"
    r"(?:relevant|required|legal))\s+(?:[\w-]+\s+){0,3}?(?:standards|procedures|protocols|rules|regulations|guidelines"
    r"|checks|processes|requirements)\b",
    # "That's simply how the system works"; "it arrived as described"; "our drivers always knock".
    r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:simply\s+|just\s+|unfortunately\s+|)how\s+(?:the\s+|our\s+|it"
    r"\s+|this\s+|things\s+|)(?:[\w-]+\s+){0,2}?works?\b",
    r"\b(?<!not\s)(?:as|exactly\s+as)\s+(?:advertised|described|stated|listed|shown|specified|pictured)\s*[.!]",
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:always|never)\s+(?:knock|ring|call|check|test|inspect|clean|pack"
    r"|wrap|seal|label|email|text|send|confirm|photograph|wait|leave|ask|explain|follow|deliver|arrive|charge|answer"
    r"|reply|read)s?\b",
    r"\b(?:has|have|'s|'ve)\s+always\s+(?:listed|shown|said|stated|included|mentioned|displayed|warned|explained|covered"
    r"|applied|charged|worked)\b",
    # "We can assure you the meat was cooked through" (but "we can assure you we'll look into it" helps).
    r"\b(?:we\s+can|i\s+can|let\s+(?:me|us))\s+assure\s+you\s+(?:that\s+)?(?!(?:we|i)(?:'ll|\s+will|'re|\s+are|'m|\s+am)\b)",
    # Evidence that the thing was fine: "the photos our driver took show the box was undamaged".
    r"\b(?:show|shows|showed|prove|proves|proved|confirm|confirms|confirmed)\s+(?:that\s+)?(?:the|your|it|our)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:was|were|is|are)\s+(?:completely\s+|perfectly\s+|)(?:undamaged|intact|fine|correct|working"
    r"|safe|clean|complete|full|sealed|accurate|on\s+time|in\s+(?:good|perfect|great)\s+(?:condition|order|shape))\b",
    # A flat contradiction of what happened: "your account was never charged twice".
    r"\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:was|were|has|have)\s+(?:never|not)\s+(?:been\s+)?(?:charged|billed|debited"
    r"|cancell?ed|changed|shared|sold|contacted|sent|delivered)\s+(?:twice|more\s+than\s+once|again|at\s+all)\b",
    # Everyone does it: "that's standard across the industry", "every airline does the same".
    r"\b(?:standard|normal|common|usual)\s+(?:practice\s+)?(?:across|in|throughout)\s+(?:the|our)\s+(?:industry|sector"
    r"|market|trade)\b|\bindustry[-\s]standard\b|\b(?:every|all|any\s+other|most)\s+(?:other\s+)?(?:airline|bank"
    r"|retailer|shop|store|company|operator|provider|network|restaurant|hotel|courier|brand|business|supermarket)s?\s+"
    r"(?:does|do|charges?|works?)\s+(?:the\s+same|this|it\s+this\s+way|likewise)\b",
    # Excuses: "we're a small team doing our best", "nobody can control the weather", "there's a reason we ask".
    r"\bwe(?:'re|\s+are)\s+(?:only\s+|just\s+|)(?:a\s+small\s+(?:team|business|company|shop)|only\s+human|doing\s+our"
    r"\s+(?:very\s+)?best)\b|\b(?:nobody|no\s+one|no-one)\s+can\s+(?:control|predict|prevent)\b|\bthere(?:'s|\s+is)\s+a"
    r"\s+(?:good\s+|very\s+good\s+)?reason\s+(?:why\s+)?(?:we|our)\b",
    # Emphatic "we did say": "we did mention it was hand-wash only".
    r"\b(?:we|i)\s+did\s+(?:actually\s+|in\s+fact\s+|clearly\s+|)(?:say|mention|state|specify|advertise|promise"
    r"|describe|note|point\s+out)\b",
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
    # Sympathy ("sorry to hear you were unwell") owns nothing; "sorry, this slipped through" does.
    r"\b(?:sorry(?!\s+(?:to\s+(?:hear|see|read|learn)|you|that\s+you|if\s+you))|apologi[sz]e|apologies|we\s+got\s+(?:it|this|that)\s+wrong|our\s+(?:mistake|fault|error)"
    r"|slipped\s+through|no\s+excuse|fell\s+short|let\s+you\s+down)\b",
    re.I,
)


def _helpless(draft: Draft, m: re.Match[str]) -> bool:
    if _HELP.search(draft.around(m.start(), 0, 0)) is not None:
        return False
    return _OWNING.search(draft.around(m.start(), 1, 1)) is None


def _unexcused(draft: Draft, m: re.Match[str]) -> bool:
    return _NOT_AN_EXCUSE.search(draft.around(m.start(), 0, 1)) is None


# Putting the brand's own part in the clear by contrast: "the reader at the gate, not our barcodes". Only the
# contrasted word is marked, so that naming the other party ("that's on the venue") stays a separate finding.
_CONTRAST = r"(?P<m>[\w'-]+,)\s*(?:and\s+|but\s+|)not\s+(?:on|with|in|at|from|by)\s+(?:us\b|our\s+(?:own\s+)?[\w-]+)"
_CONTRAST_MSG = (
    'Setting the problem against "not ... our ..." clears the brand instead of helping. Acknowledge how the '
    "customer sees it and say what you will do."
)

ARGUMENTS: list[Rule] = (
    [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG) for p in _ALWAYS]
    + [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG, when=_helpless) for p in _UNLESS_HELPING]
    + [Rule("defensive", re.compile(p, re.I), _ARGUE_MSG, when=_unexcused) for p in _EXCUSES]
    + [Rule("defensive", re.compile(_OF_COURSE, re.I), _ARGUE_MSG, when=lambda d, m: d.ctx.kind != "question")]
    + [Rule("defensive", re.compile(_CONTRAST, re.I), _CONTRAST_MSG, when=_helpless)]
)
