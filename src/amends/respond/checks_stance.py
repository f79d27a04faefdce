"""Stance: what a reply implies about who is to blame, written without the stock phrases the other checks know.

Round-three rules, each written for a family of wordings rather than one sentence:

- deflection by location or contrast ("the hold-up is with your GP surgery", "set by the library, not by
  us", "the delay is on their side", "contracted out to X, so report it to them", "we've done our part");
- justifying the brand instead of helping ("the terms allow for it", "the charge stands", "we still cost less
  than most", "demand has been exceptionally high", "it was only ever for new accounts", minimising);
- implied blame ("it would have helped to...", "it's up to parents to...", "the signs ask guests to...",
  "was started but never confirmed", "as he explained", "usually goes missing when a box is left out");
- dry sarcasm (mock praise, mock sorrow, "think of it as a chance to...", a stern word with the weather);
- on legal-risk cases, proof by process offered as a denial ("every X is inspected weekly", "so it's very
  unlikely...", "we stand by...", "there was no spill on the ramp") and lapses admitted ("should have been
  filled", "that batch was clearly bad").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from amends.respond.checks_base import Draft, Hit, excerpt

_OWNS = re.compile(
    r"\b(?:sorry(?!\s+(?:to\s+(?:hear|see|read|learn)|you|that\s+you|if\s+you))|apologi[sz]e|apologies|our\s+(?:own\s+)?"
    r"(?:mistake|fault|error|responsibility|job)|on\s+us|no\s+excuse|not\s+an\s+excuse|we\s+should\s+have"
    r"|we\s+got\s+(?:it|this|that)\s+wrong|let\s+you\s+down|fell\s+short|whoever)\b",
    re.I,
)
_WE_ACT = re.compile(
    r"\b(?:we|i)(?:'ll|\s+will|'ve|\s+have|'re\s+going\s+to|\s+are\s+going\s+to|'d\s+be|\s+can)\s+(?:also\s+|now\s+|"
    r"just\s+|already\s+|gladly\s+|)(?!(?:miss|have\s+a)\b)[a-z]+",
    re.I,
)
_BRAND_DID = re.compile(
    r"\bby\s+(?:us|me|our\s+[\w-]+)\b|\b(?:on|at)\s+our\s+(?:side|end)\b|\b(?:we|i)\s+(?:\w+\s+)?(?:sent|packed"
    r"|entered|set|made|missed|forgot|left|dropped)\b",
    re.I,
)
_AGENT = (
    r"(?:operators?|surgery|surgeries|authority|authorities|council|landlord|landlords|provider|providers|firm|firms"
    r"|company|companies|contractors?|subcontractors?|suppliers?|manufacturers?|couriers?|department|office|bank"
    r"|partners?|agency|agencies|airline|venue|organisers?|organizers?|insurers?|gp|practice|network|retailers?"
    r"|sellers?|restaurant|hotel|library|master|board|adjusters?|assessors?|installers?|carriers?|warehouse"
    r"|processors?|host|platform|vendor|vendors|factory|lab|labs|pharmacy|hospital|port|harbour|airport|station"
    r"|regulator|shop|store)"
)
_NP = r"(?:the|your|a|an|their|our)\s+(?:[\w&'-]+\s+){0,3}?" + _AGENT + r"\b"
_DOCS = (
    r"(?:terms|t&cs|conditions(?:\s+of\s+\w+)?|policy|contract|agreement|handbook|booklet|guide|manual|instructions"
    r"|leaflet|faqs?|rules|small\s+print|fine\s+print|description|listing|website|page|signs?|notices?|emails?"
    r"|letter|paperwork)"
)
_PEOPLE = (
    r"(?:you|families|parents|customers|guests|members|passengers|users|owners|people|riders|buyers|students"
    r"|patients|tenants|residents|visitors|drivers|cardholders|account\s+holders|the\s+customer|each\s+\w+)"
)

_Cond = Callable[[Draft, re.Match[str]], bool] | None


_OWNS_STRONG = re.compile(
    r"\b(?:our\s+(?:own\s+)?(?:mistake|fault|error|responsibility|job)|(?:it's|that's|this\s+is)\s+on\s+us"
    r"|no\s+excuse|not\s+an\s+excuse|we\s+should\s+have|we\s+got\s+(?:it|this|that)\s+wrong|whoever"
    r"|we(?:'ve|\s+have|'ll|\s+will)\s+(?:\w+\s+)?(?:chas|rais|escalat|pass|follow|sort|fix|arrang|book|refund)\w*)\b",
    re.I,
)


def _disowned(d: Draft, m: re.Match[str]) -> bool:
    """Passing blame is not excused by "sorry"; only owning the problem or acting on it is."""
    return _OWNS_STRONG.search(d.norm) is None


def _unowned(d: Draft, m: re.Match[str]) -> bool:
    return _OWNS.search(d.around(m.start(), 1, 1)) is None


def _unowned_idle(d: Draft, m: re.Match[str]) -> bool:
    return _unowned(d, m) and _WE_ACT.search(d.around(m.start(), 0, 0)) is None


def _not_brand(d: Draft, m: re.Match[str]) -> bool:
    return _unowned(d, m) and _BRAND_DID.search(d.around(m.start(), 0, 0)) is None


def _legal(d: Draft, m: re.Match[str]) -> bool:
    return d.ctx.legal_risk


def _legal_unowned(d: Draft, m: re.Match[str]) -> bool:
    return d.ctx.legal_risk and _unowned(d, m)


def _not_praise(d: Draft, m: re.Match[str]) -> bool:
    return d.ctx.kind not in ("praise", "suggestion")


_SHIFT = 'Passes the fault elsewhere: "{match}". Own the problem and say what you will do, whoever else is involved.'
_ARGUE = (
    '"{match}" justifies the brand instead of helping. Acknowledge how the customer sees it and say what happens next.'
)
_BLAME = '"{match}" implies the customer caused the problem. Say what can be done now instead.'
_SARC = '"{match}" reads as mockery of the customer. Drop the joke and answer the complaint plainly.'
_DENY = (
    'On a legal-risk case "{match}" argues that nobody was at fault; say nothing about fault until legal has '
    "reviewed it."
)
_ADMIT = 'On a legal-risk case "{match}" admits a lapse, which can be used in a claim; hold it for legal review.'

# (codes, pattern, message, condition, negatable)
_TABLE: list[tuple[tuple[str, ...], str, str, _Cond, bool]] = [
    # ------------------------------------------------------------ passes_blame
    (
        ("passes_blame",),
        r"\b(?:delay|hold-?up|problem|issue|fault|backlog|blockage|snag|bottleneck)\s+(?:is|was|lies|sits|'s)\s+"
        r"(?:entirely\s+|all\s+|really\s+|squarely\s+|)(?:with|down\s+to|on)\s+" + _NP,
        _SHIFT,
        _disowned,
        True,
    ),
    (
        ("passes_blame",),
        r"\b(?:is|are|was|were|'s)\s+(?:all\s+|entirely\s+|really\s+|)down\s+to\s+" + _NP,
        _SHIFT,
        _disowned,
        True,
    ),
    (
        ("passes_blame",),
        r"\b(?:on|at)\s+their\s+(?:side|end)\s+(?:rather\s+than|and\s+not|not)\s+(?:ours|us|our\s+\w+)\b"
        r"|\b(?:is|was|lies|sits)\s+(?:firmly\s+|squarely\s+|)(?:on|at)\s+their\s+(?:side|end)\b",
        _SHIFT,
        None,
        False,
    ),
    (
        ("passes_blame",),
        r"\bby\s+(?:the|your|a|an|their)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:and\s+|but\s+|)not\s+(?:by\s+)?(?:us|ourselves"
        r"|the\s+[\w-]+|our\s+[\w-]+)\b",
        _SHIFT,
        None,
        False,
    ),
    (
        ("passes_blame",),
        r"\b(?:wasn't|was\s+not|isn't|is\s+not|weren't|not)\s+(?:really\s+|actually\s+|)(?:our|my)\s+(?:call|decision"
        r"|choice|doing)\b",
        _SHIFT,
        lambda d, m: re.search(_NP, d.around(m.start(), 1, 1), re.I) is not None,
        False,
    ),
    (
        ("passes_blame",),
        r"\b(?:one|something|a\s+matter|a\s+question)\s+(?:for\s+you\s+)?to\s+(?:raise|take\s+up|sort\s+out|chase"
        r"|discuss)\s+with\s+(?:them|" + _NP + r")|\b(?:are|is)\s+(?:the\s+)?(?:people|ones|folks|person|team"
        r"|place)\s+to\s+(?:speak|talk|ask|contact|complain|go)\b",
        _SHIFT,
        _disowned,
        True,
    ),
    (
        ("passes_blame",),
        r"\b(?:report|send|direct|raise|take|address|forward)\w*\s+(?:[\w-]+\s+){0,3}?(?:directly|straight)\s+(?:to"
        r"|with)\s+(?:them|" + _NP + r")|\b(?:contracted\s+out|outsourced|subcontracted)\s+to\b",
        _SHIFT,
        _disowned,
        True,
    ),
    (
        ("passes_blame",),
        r"\byou(?:'ll|\s+will)\s+need\s+to\s+(?:contact|speak\s+to|call|ask|get\s+in\s+touch\s+with|take\s+it\s+up"
        r"\s+with)\s+them\b",
        _SHIFT,
        lambda d, m: _disowned(d, m) and re.search(_NP, d.around(m.start(), 1, 0), re.I) is not None,
        True,
    ),
    (
        ("passes_blame",),
        r"\b(?:we(?:'ve|\s+have)|we)\s+(?:done|did)\s+our\s+(?:part|bit|side|share)\b|\bwaiting\s+on\s+(?:them"
        r"|" + _NP + r")\s+(?:just\s+|)like\s+(?:everyone|everybody|the\s+rest)",
        _SHIFT,
        None,
        True,
    ),
    (
        ("passes_blame",),
        r"\b(?:they|" + _NP + r")\s+(?:sent|passed|got|signed|released|approved|processed)\s+(?:it|the\s+[\w-]+|this"
        r"|that)\s+(?:over\s+|through\s+|across\s+|off\s+|)(?:late|too\s+late|wrong(?:ly)?|incorrectly)\b",
        _SHIFT,
        None,
        True,
    ),
    (
        ("passes_blame",),
        r"\bsome\s+of\s+(?:the|our|these|those)\s+[\w-]+\s+(?:that\s+)?(?:we|they)\s+(?:hire|use|employ|take\s+on"
        r"|bring\s+in|contract|get\s+in)\b",
        _SHIFT,
        None,
        False,
    ),
    # ------------------------------------------------------------ defensive: justifying the brand
    (
        ("defensive",),
        r"\b(?:the|our)\s+(?:[\w-]+\s+){0,3}?" + _DOCS + r"\s+(?:allow|allows|permit|permits|cover|covers|let\s+us"
        r"|entitle\s+us)\s+(?:for\s+)?(?:it|this|that|us|them|cancell?ations?|changes)\b",
        _ARGUE,
        None,
        True,
    ),
    (
        ("defensive",),
        r"\b(?:it's|it\s+is|this\s+is|that's|that\s+is)\s+(?:all\s+|purely\s+|simply\s+|)for\s+(?:everyone's|your"
        r"|our\s+customers'|passengers'|safety)\s*(?:own\s+)?(?:safety|protection|benefit|good)?\b",
        _ARGUE,
        _unowned_idle,
        True,
    ),
    (
        ("defensive",),
        r"\b(?:the|this|that|your)\s+(?:[\w-]+\s+)?(?:charge|fee|fine|penalty|decision|price|ruling|rate)\s+(?:still\s+|)stands\b"
        r"|\b(?:was|were|is)\s+still\s+(?:due|owed|payable|valid|correct|owing)\b",
        _ARGUE,
        _unowned,
        True,
    ),
    (
        ("defensive",),
        r"\bwe(?:'re|\s+are)?\s+(?:still\s+|also\s+|)(?:cost\s+less|cheaper|better\s+value|less\s+expensive"
        r"|(?:much\s+|far\s+|)better)\s+than\s+(?:most|many|all|other|our\s+competitors|the\s+competition|anyone)\b",
        _ARGUE,
        None,
        True,
    ),
    (
        ("defensive",),
        r"\b(?:demand|volumes?|claims|calls|orders|bookings|enquiries|requests)\s+(?:have|has)\s+been\s+(?:exceptionally"
        r"|unusually|extremely|incredibly|very|unprecedentedly|especially)\s+(?:high|heavy)\b"
        # "as fast as anyone could" defends what was done; "we'll act as fast as we can" promises, and passes.
        r"|\bas\s+(?:fast|quickly)\s+as\s+(?:anyone|anybody|we)\s+(?:possibly\s+|)could\b",
        _ARGUE,
        _unowned,
        True,
    ),
    (
        ("defensive",),
        r"\bonly\s+ever\s+(?:for|applied|available|offered|valid|meant)\b|\b(?:was|were|is|are)\s+never\s+(?:meant|"
        r"intended|offered|available)\s+(?:for|to)\b",
        _ARGUE,
        _unowned,
        True,
    ),
    (
        ("defensive",),
        r"\b(?:it's|it\s+is|that's|that\s+is|it\s+was)\s+(?:only|just|merely)\s+(?:a\s+)?(?:small|tiny|minor|little"
        r"|slight|cosmetic|few|couple)\b",
        _ARGUE,
        _unowned,
        True,
    ),
    # ------------------------------------------------------------ blames_customer: implied
    (
        ("blames_customer",),
        r"\bit\s+(?:would|might)\s+have\s+(?:helped|been\s+(?:better|easier|quicker|wiser|best))\s+(?:to|if\s+you)\b",
        _BLAME,
        None,
        True,
    ),
    (
        ("blames_customer",),
        r"\b(?:it's|it\s+is|it\s+was|that's|that\s+is)\s+(?:always\s+|)(?:up\s+to|the\s+responsibility\s+of)\s+"
        + _PEOPLE
        + r"\s+to\s+(?:keep|check|make\s+sure|ensure|label|read|track|remember|look\s+after|secure|protect|store"
        r"|confirm|cancel|update|watch|supervise|mind|tell|let\s+us\s+know)\b",
        _BLAME,
        None,
        True,
    ),
    (
        ("blames_customer",),
        r"\b(?:signs?|notices?|" + _DOCS + r")\s+(?:[\w-]+\s+){0,4}?(?:ask|asks|tell|tells|remind|reminds|require"
        r"|requires|instruct|instructs|advise|advises)\s+(?:" + _PEOPLE + r"|[a-z]+s)\s+to\b",
        _BLAME,
        _unowned_idle,
        True,
    ),
    (
        ("blames_customer", "defensive"),
        r"\bas\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}?" + _DOCS + r"\s+(?:explains?|says?|states?|sets?\s+out"
        r"|makes?\s+clear|outlines?|points?\s+out|spells?\s+out)\b",
        _BLAME,
        _unowned,
        True,
    ),
    (
        ("blames_customer",),
        r"\b(?:wasn't|was\s+not|weren't|were\s+not|hadn't\s+been|never)\s+[a-z]+ed\s+(?:up\s+)?(?:fully|properly"
        r"|correctly|all\s+the\s+way|securely|completely)?\s*(?:as\s+(?:he|she|they|we|i|our\s+[\w-]+)\s+(?:explained"
        r"|advised|showed\s+you|told\s+you|mentioned|recommended))",
        _BLAME,
        None,
        False,
    ),
    (
        ("blames_customer",),
        r"\b(?:wasn't|was\s+not|weren't|were\s+not)\s+(?:pushed|clicked|plugged|locked|closed|fitted|screwed|tightened"
        r"|inserted|docked|returned|sealed|shut|connected|put|slotted)\s+(?:[\w-]+\s+)?(?:fully|properly|correctly"
        r"|all\s+the\s+way|securely|firmly|in\s+far\s+enough)\b|\b(?:was|were)\s+(?:started|begun|opened|set\s+up"
        r"|initiated|requested)\s+but\s+(?:never|not)\s+(?:confirmed|completed|finished|submitted|finali[sz]ed)\b",
        _BLAME,
        _not_brand,
        False,
    ),
    (
        ("blames_customer",),
        r"\b(?:usually|normally|typically|often|generally|mostly|only)\s+(?:go\s+missing|get\s+(?:lost|damaged|stolen"
        r"|warm|spoiled)|go\s+(?:wrong|off|warm)|spoil|happens?|fail|break|leak|melt)\s+(?:when|if)\s+(?:a|an|the"
        r"|your|people|customers|you|it|they)\b",
        _BLAME,
        _not_brand,
        True,
    ),
    (
        ("blames_customer",),
        r"\b(?:worth|best|better|a\s+good\s+idea|wise)\s+(?:to\s+)?[a-z]+(?:ing)?\b[^.!?]{0,50}?\b(?:next\s+time"
        r"|in\s+future|from\s+now\s+on)\b|\b(?:please\s+|)(?:make\s+sure|ensure|check)\s+(?:it|the\s+[\w-]+|that"
        r"|they)\s+[^.!?]{0,30}?\bnext\s+time\b",
        _BLAME,
        _unowned_idle,
        True,
    ),
    (
        ("blames_customer",),
        r"\byou(?:'ve|\s+have|)\s+(?:\w+\s+)?(?:buggered|messed|mucked|screwed|cocked|botched|mixed|muddled|fouled)"
        r"\s+up\b",
        _BLAME,
        None,
        True,
    ),
    # ------------------------------------------------------------ sarcasm
    (
        ("sarcasm",),
        r",\s*(?:einstein|genius|sherlock|smart\s+guy|smartypants|clever\s+clogs|professor|hotshot|champ|sunshine"
        r"|princess|your\s+majesty|mr\s+know-it-all)\b",
        _SARC,
        None,
        False,
    ),
    (
        ("sarcasm",),
        r"(?:^|[.!?]\s+)(?:very\s+|most\s+|truly\s+|really\s+|)(?:impressive|admirable|remarkable|commendable)\s+"
        r"(?:persistence|dedication|commitment|effort|stamina|patience|work|stuff|detective\s+work)\s*[.!]",
        _SARC,
        _not_praise,
        False,
    ),
    (
        ("sarcasm",),
        r"\bwhat\s+(?:a|an)\s+(?:absolute\s+|)(?:bargain|steal|treat|deal|luxury|win|result|privilege|honour)\b"
        r"|\b(?:lesson|lecture|tutorial|education|workout)\s+thrown\s+in\b",
        _SARC,
        _not_praise,
        True,
    ),
    (
        ("sarcasm",),
        r"\b(?:think\s+of\s+it|look\s+at\s+it|see\s+it)\s+as\s+(?:a|an)\s+(?:\w+\s+)?(?:chance|opportunity|adventure"
        r"|challenge|bonus|learning\s+experience)\b|\blook\s+on\s+the\s+bright\s+side\b|\bevery\s+cloud\b",
        _SARC,
        None,
        True,
    ),
    (
        ("sarcasm",),
        r"\b(?:word|words|talk|chat)\s+with\s+(?:the\s+)?(?:wind|weather|rain|snow|sea|tide|sun|clouds?|universe|fog"
        r"|storm|gods|traffic|laws\s+of\s+physics|moon)\b",
        _SARC,
        None,
        True,
    ),
    (
        ("sarcasm",),
        r"\bmiss\s+you\s+(?:terribly|dearly|desperately|so\s+very\s+much)\b|\bdo\s+(?:write|send\s+a\s+postcard"
        r"|keep\s+in\s+touch)\b|\bdon't\s+let\s+the\s+door\b|\bgood\s+luck\s+with\s+that\b|\b(?:but|so|oh)\s+sure,"
        r"\s+(?:go\s+ahead\s+and\s+)?(?:cancel|leave|go|switch|complain)\b|\bover\s+(?:a|just|only)\s+(?:couple\s+of"
        r"|few)\s+(?:quid|pounds|dollars|bucks|euros|pence|p|cents)\b",
        _SARC,
        None,
        False,
    ),
    # ------------------------------------------------------------ legal risk: proof by process, lapses admitted
    (
        ("liability", "defensive"),
        r"\b(?:every|each|all(?:\s+of)?\s+(?:our|the))\s+(?:[\w-]+\s+){0,6}?(?:is|are|gets?|goes\s+through|go\s+through"
        r"|undergoes?|passes?)\s+(?:[\w-]+\s+){0,2}?(?:checked|inspected|tested|cleaned|serviced|audited|reviewed"
        r"|verified|marked|assessed|check|inspection|test|review|audit)\b",
        _DENY,
        _legal_unowned,
        True,
    ),
    (
        ("liability", "defensive"),
        r"\b(?:it's|it\s+is|it\s+was)\s+(?:very\s+|highly\s+|extremely\s+|most\s+)?(?:unlikely|impossible"
        r"|improbable)\s+(?:that\s+)?(?:the|our|it|this|that|they|he|she|a)\b|\bwe\s+(?:fully\s+|firmly\s+|)stand\s+by"
        r"\b|\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:confident|certain|sure|satisfied)\s+(?:that\s+)?(?:your|the|he|she"
        r"|it|they|this|there|no)\b(?!\s+(?:can|will|'ll))",
        _DENY,
        _legal,
        True,
    ),
    (
        ("liability", "defensive"),
        r"\bthere\s+(?:was|were|is|'s)\s+no\s+[\w-]+\s+(?:on|in|at|involved)\b|\bthere(?:'s|\s+is|\s+was)\s+no"
        r"\s+(?:discrimination|negligence|wrongdoing|fault)\b|\btreated\s+(?:any\s+|no\s+|)differently\b"
        r"|\b(?:below|within|under)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:threshold|limits?|tolerances?|guidelines)\b"
        r"|\bso\s+(?:a|the|our|no)\s+[\w-]+\s+(?:couldn't|could\s+not|can't|cannot|wouldn't|would\s+not)\s+(?:have\s+)?"
        r"[a-z]+",
        _DENY,
        _legal,
        False,
    ),
    (
        ("liability",),
        r"\bshould\s*(?:have|'ve)\s+been\s+(?!(?:received|delivered|arrived)\b)[a-z]+(?:ed|en|t)\b|\b(?:was|were)\s+"
        r"(?:clearly|obviously|definitely|plainly)\s+(?:bad|faulty|defective|contaminated|off|unsafe|wrong|dangerous"
        r"|broken)\b",
        _ADMIT,
        _legal,
        False,
    ),
]

_RULES = [(codes, re.compile(p, re.I), msg, cond, neg) for codes, p, msg, cond, neg in _TABLE]


def check_stance(draft: Draft) -> list[Hit]:
    hits = []
    for codes, pattern, msg, cond, negatable in _RULES:
        for m in pattern.finditer(draft.norm):
            start, end = m.span()
            while start < end and not draft.norm[start].isalnum():
                start += 1
            if start == end or (negatable and draft.negated(start)):
                continue
            if cond is not None and not cond(draft, m):
                continue
            text = msg.replace("{match}", excerpt(draft.text, start, end))
            hits += [Hit(code, text, start, end) for code in codes]
    return hits
