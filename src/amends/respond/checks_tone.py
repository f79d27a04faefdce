"""Tone: defensive, blames_customer, passes_blame and sarcasm (care protocol rules 4 and 5).

These are phrase rules over the folded draft. Most are skipped when a negation earlier in the same clause
turns them around ("this is not your fault", "we won't blame the courier"). Phrases that could be
innocent are narrowed by what follows: "you should have received an email" informs, "you should have
checked" blames, so only customer actions count after "you should have".
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit, Rule, compile_rules, excerpt, run_rules
from amends.respond.checks_legal import DENIALS
from amends.respond.context import Purpose

# ---------------------------------------------------------------- blames_customer
# Things a customer does that a reply could say they did wrong: past participles, then base forms. Verbs that
# also fit sympathy ("you didn't ask for this", "you didn't book a flight to sit on the runway") are left out.
_DONE = (
    r"(?:read|checked|double-checked|called|contacted|ordered|followed|kept|told|updated|entered|typed|selected"
    r"|chosen|chose|picked|clicked|opened|installed|used|looked|gone|done|paid\s+attention|noticed|known|realised"
    r"|realized|registered|signed\s+up|saved|backed\s+up|tracked|cancell?ed|returned|reported|logged|provided"
    r"|given|sent|put|made\s+sure|filled|waited|asked|listened|plugged|charged|verified|confirmed|attached|added"
    r"|changed|specified|mentioned|informed|booked|measured|tested|inspected|packed|labell?ed)\b"
)
_DO = (
    r"(?:read|check|double-check|call|contact|follow|keep|tell|update|enter|select|choose|pick|click|open|install"
    r"|use|look|pay\s+attention|notice|register|save|back\s+up|track|cancel|return|report|log|provide|give|send"
    r"|put|make\s+sure|fill|wait|listen|plug|charge|verify|confirm|attach|add|specify|mention|inform|measure|test"
    r"|inspect|pack|label|bother|include|activate|reply|respond)\b"
)
_BLAME_MSG = (
    '"{match}" puts the fault on the customer. Even when they made a mistake, say what can be done now '
    "instead of what they should have done."
)
_BLAMES = compile_rules(
    "blames_customer",
    [
        (
            r"\byou\s+(?:should|shoulda|ought\s+to)\s*(?:have|'ve|of)\s+(?:just\s+|really\s+|simply\s+|first\s+|)"
            + _DONE,
            _BLAME_MSG,
        ),
        (r"\byou\s+(?:should\s+not|shouldn't)\s+have\s+(?:just\s+|)" + _DONE, _BLAME_MSG),
        (
            r"\byou\s+(?:did\s+not|didn't|never|chose\s+not\s+to|did\s+not\s+bother\s+to|didn't\s+bother\s+to)\s+"
            r"(?:even\s+|actually\s+|properly\s+|)" + _DO,
            _BLAME_MSG,
        ),
        (r"\byou\s+(?:failed|neglected|forgot|omitted)\s+to\b", _BLAME_MSG),
        (
            r"\byou\s+must\s*(?:have|'ve)\s+(?:accidentally\s+|mistakenly\s+|)(?:entered|typed|selected|clicked|forgotten"
            r"|misread|missed|deleted|ordered|used|put|given|done|changed|chosen|picked|mistyped|overlooked|ignored"
            r"|skipped|confused|dropped|broken|damaged)\b",
            _BLAME_MSG,
        ),
        (
            r"\byou\s+(?:probably|likely|clearly|obviously)\s+(?:entered|typed|selected|clicked|forgot|misread|missed"
            r"|deleted|didn't|did\s+not|ignored|skipped)\b",
            _BLAME_MSG,
        ),
        (r"\byou\s+(?:clearly|obviously)\s+(?:don't|do\s+not|haven't|have\s+not|can't|cannot)\b", _BLAME_MSG),
        (
            r"\b(?:your|the\s+customer's)\s+(?:own\s+)?(?:fault|mistake|error|typo|oversight|negligence|responsibility"
            r"|carelessness)\b(?!\s+(?:message|code|screen|page|log|report|notice|popup|pop-up))",
            _BLAME_MSG,
        ),
        (r"\b(?:user|operator|customer)\s+error\b|\bpebkac\b|\bpebcak\b|\bid10t\b", _BLAME_MSG),
        (
            r"\bbecause\s+(?:of\s+you\b|you\s+(?:didn't|did\s+not|never|failed|forgot|ignored|missed|misread|skipped"
            r"|weren't|were\s+not|haven't|have\s+not|hadn't|had\s+not|(?:entered|typed|chose|selected|used|put|gave"
            r"(?:\s+us)?)\s+the\s+wrong)\b)",
            _BLAME_MSG,
        ),
        (
            r"\bif\s+you\s*(?:'d|had)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+|)(?:read|checked|followed|looked"
            r"|paid\s+attention|listened|bothered|kept|contacted|called|told)\b",
            _BLAME_MSG,
        ),
        (r"\bhad\s+you\s+(?:just\s+|only\s+|)(?:read|checked|followed|looked|paid\s+attention|bothered)\b", _BLAME_MSG),
        (
            r"\byou\s+(?:entered|typed|gave|provided|used|selected|chose|picked|put\s+in|put|filled\s+in|supplied"
            r"|input)\s+(?:(?:it|the|a|an|your|us\s+the)\s+)?(?:\w+\s+){0,2}?(?:wrong|incorrect(?:ly)?|invalid)\b",
            _BLAME_MSG,
        ),
        (r"\byou\s+made\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake|error|typo)\b", _BLAME_MSG),
        (r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:on|down\s+to)\s+you\b", _BLAME_MSG),
        (r"\byou\s+(?:only\s+)?have\s+(?:only\s+)?yourself\s+to\s+blame\b", _BLAME_MSG),
        (r"\bnext\s+time,?\s+(?:please\s+)?(?:make\s+sure|be\s+sure|remember\s+to|read|double-check)\b", _BLAME_MSG),
    ],
)
_WHO_COULD = re.compile(r"\bwho\s+(?:could|would|can|'d)\s*$", re.I)
_BLAMES.append(
    Rule(
        "blames_customer",
        re.compile(r"\bblame\s+(?:you|yourself)\b", re.I),
        _BLAME_MSG,
        when=lambda d, m: _WHO_COULD.search(d.clause_before(m.start())) is None,  # "who could blame you?" sympathises
    )
)

# ---------------------------------------------------------------- passes_blame
_CARRIERS = (
    r"royal\s+mail|dhl|ups|fedex|hermes|evri|dpd|usps|yodel|parcelforce|amazon\s+logistics|canada\s+post"
    r"|australia\s+post|gls|tnt|deliveroo|uber\s+eats|just\s+eat|paypal|stripe|klarna|doordash|ontrac|purolator"
)
_PARTY = (
    r"(?:(?:the|our|your|their|this)\s+(?:\w+\s+)?(?:couriers?|carriers?|delivery\s+(?:partners?|company|companies"
    r"|drivers?|firm|service|team)|drivers?|warehouse(?:\s+(?:team|staff))?|suppliers?|manufacturers?|vendors?"
    r"|third[-\s]part(?:y|ies)(?:\s+\w+)?|partners?|(?:other|another|different)\s+department|(?:billing|logistics"
    r"|shipping|dispatch|warehouse|tech|technical|it|finance|accounts|payments?|returns|fulfil?ment|store|kitchen)"
    r"\s+(?:team|department|dept|staff)|payment\s+(?:provider|processor|partner)|post\s+office|postal\s+service"
    r"|franchisee?s?|contractors?|agency|head\s+office|system)|(?:the\s+)?(?:" + _CARRIERS + r"))"
)
_SHIFT_MSG = (
    '"{match}" shifts the fault to someone else. To the customer the brand is one company: own the problem '
    "and say what you are doing about it."
)
_PASSES = compile_rules(
    "passes_blame",
    [
        (
            r"\b" + _PARTY + r"(?:(?:'s|')\s+(?:fault|mistake|error|problem|responsibility|doing|screw-?up|cock-?up)"
            r"|\s+fault)\b",
            _SHIFT_MSG,
        ),
        (r"\bblame\s+(?:(?:lies|rests|is)\s+with\s+)?" + _PARTY + r"\b", _SHIFT_MSG),
        (
            r"\b(?:fault|blame|responsibility)\s+(?:lies|rests|is|was)\s+(?:entirely\s+|solely\s+|)with\s+"
            + _PARTY
            + r"\b",
            _SHIFT_MSG,
        ),
        (
            r"\b" + _PARTY + r"\s+(?:is|are|was|were)\s+(?:entirely\s+|solely\s+|)(?:to\s+blame|at\s+fault"
            r"|responsible\s+for\s+(?:the|this|that|your)\s+(?:mistake|error|delay|problem|mix-?up|issue|damage|loss))\b",
            _SHIFT_MSG,
        ),
        (
            r"\bnot\s+(?:us|our\s+fault|on\s+us|our\s+doing|our\s+problem)\s*[,;:-]+\s*(?:it\s*(?:'s|was|is)\s+|blame\s+"
            r"|that's\s+|)" + _PARTY,
            _SHIFT_MSG,
        ),
        (r"\bdown\s+to\s+" + _PARTY + r"\b", _SHIFT_MSG),
        (r"\btake\s+(?:it|this|that|the\s+matter)\s+up\s+with\s+" + _PARTY + r"\b", _SHIFT_MSG),
        (r"\b(?:complain|speak|talk)\s+(?:to|with)\s+" + _PARTY + r"\s+(?:directly|instead)\b", _SHIFT_MSG),
        (r"\b(?:on|at)\s+" + _PARTY + r"(?:'s|')\s+(?:side|end)\b", _SHIFT_MSG),
    ],
)
# "Our warehouse team made a mistake" owns it (it is still us); "the courier messed up" points outside.
_OUTSIDE = re.compile(
    r"^(?!our\s+(?:\w+\s+)?(?:warehouse|team|department|dept|staff|store|kitchen|system|drivers?)\b)", re.I
)
_PASSES += [
    Rule("passes_blame", re.compile(p, re.I), _SHIFT_MSG, when=lambda d, m: _OUTSIDE.match(m.group()) is not None)
    for p in (
        r"\b" + _PARTY + r"\s+(?:(?:really|totally|completely)\s+)?(?:messed|screwed|mucked|cocked|fouled)\s+"
        r"(?:it\s+|this\s+|things\s+|)up\b",
        r"\b" + _PARTY + r"\s+(?:dropped\s+the\s+ball|got\s+(?:it|this|that)\s+wrong|made\s+(?:a|the)\s+mistake)\b",
    )
]
_OUT_OF_HANDS = re.compile(r"\b(?:out\s+of|beyond)\s+our\s+(?:hands|control)\b|\bnothing\s+(?:we|i)\s+can\s+do\b", re.I)
_NOT_US = re.compile(r"\bnot\s+(?:us|ours|our\s+fault|on\s+us|our\s+doing|our\s+problem|our\s+responsibility)\b", re.I)
_PARTY_RE = re.compile(r"\b" + _PARTY + r"\b", re.I)


def _deflections(draft: Draft) -> list[Hit]:
    """ "It's out of our hands, the courier has it" and "the courier lost it, not us" deflect to a third party;
    "beyond our control" alone (the weather) or "not our fault" alone (a defensive denial) do not."""
    hits = []
    found = [(m, True) for m in _OUT_OF_HANDS.finditer(draft.norm)] + [(m, False) for m in _NOT_US.finditer(draft.norm)]
    for m, negatable in found:
        if negatable and draft.negated(m.start()):
            continue
        if _PARTY_RE.search(draft.around(m.start(), 0, 0)) is not None:
            hits.append(Hit("passes_blame", _SHIFT_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    return hits


# ---------------------------------------------------------------- defensive
_DEF_MSG = (
    '"{match}" sounds defensive or argumentative. Do not correct or contradict the customer in public; '
    "acknowledge how they see it and say what you will do."
)
_REPEAT_MSG = (
    '"{match}" tells the customer they were already told. Answer the point again, kindly, without saying '
    "that you have said it before."
)
_NONAPOLOGY_MSG = '"{match}" is a non-apology that puts the problem on their feelings; apologise for what happened.'
_DEFENSIVE = compile_rules(
    "defensive",
    [
        (
            r"\bas\s+(?:we|i)\s*(?:'ve|'d|have|had|)\s*(?:already|previously|repeatedly|clearly)\s+(?:said|stated"
            r"|explained|mentioned|told\s+you|pointed\s+out|noted|advised|informed\s+you|made\s+clear)\b",
            _REPEAT_MSG,
        ),
        (r"\bas\s+(?:already|previously|clearly)\s+(?:said|stated|explained|mentioned|advised)\b", _REPEAT_MSG),
        (
            r"\bas\s+(?:we|i)\s+(?:said|explained|stated|told\s+you|mentioned)\s+(?:before|earlier|already|previously"
            r"|(?:several|many|multiple|a\s+few)\s+times|twice)\b",
            _REPEAT_MSG,
        ),
        (r"\blike\s+(?:we|i)\s+(?:already\s+|)(?:said|told\s+you)\b", _REPEAT_MSG),
        (r"\bas\s+stated\s+(?:above|before|previously|earlier)\b", _REPEAT_MSG),
        (
            r"\b(?:we|i)\s*(?:'ve|have)\s+already\s+(?:told|explained\s+(?:this\s+)?to|informed|advised)\s+you\b",
            _REPEAT_MSG,
        ),
        (
            r"\bto\s+be\s+(?:clear|honest|fair),?\s+(?:we|i|our\s+\w+|that|this|it|nobody|no\s+one)\s+(?:never|did\s+not"
            r"|didn't|have\s+not|haven't|were\s+not|weren't|was\s+not|wasn't|had\s+not|hadn't)\b",
            _DEF_MSG,
        ),
        (
            r"\byou\s*(?:'re|are|were)\s+(?:simply\s+|just\s+|completely\s+|quite\s+)?(?:wrong|mistaken|incorrect"
            r"|overreacting|exaggerating)\b",
            _DEF_MSG,
        ),
        (r"\byou\s*(?:'ve|have|)\s*(?:misunderstood|misread|misremembered)\b", _DEF_MSG),
        (r"\byou(?:'ve|\s+have)\s+got\s+(?:it|that|this)\s+wrong\b", _DEF_MSG),
        (r"\bthat(?:'s|\s+is)\s+not\s+what\s+(?:we|i)\s+said\b", _DEF_MSG),
        (r"\b(?:that's|that\s+is|it's|it\s+is)\s+not\s+how\s+(?:it|this|that|things)\s+works?\b", _DEF_MSG),
        (r"\b(?:let\s+me|allow\s+me\s+to|i\s+must|we\s+must)\s+correct\s+you\b", _DEF_MSG),
        (
            r"\bnothing\s+wrong\s+(?:with\s+(?:(?:our|the|this|that)\s+(?:\w+\s+)?(?:products?|items?|app|service|system"
            r"|website|site|order|delivery|device|phone|unit|software|process|policy|staff|team|driver|charge|bill|food"
            r"|meal|parcel|package|tracking|courier)|it)\b|on\s+our\s+(?:end|side))",
            _DEF_MSG,
        ),
        (
            r"\bcalm\s+down\b|\bno\s+need\s+to\s+(?:be\s+(?:rude|abusive|aggressive|nasty)|shout|get\s+(?:upset|angry"
            r"|worked\s+up)|swear|use\s+that\s+(?:language|tone)|overreact)\b",
            _DEF_MSG,
        ),
        (r"\bsorry\s+(?:that\s+|if\s+)?you\s+(?:feel|felt)\s+(?:that\s+way|like\s+that|this\s+way)\b", _NONAPOLOGY_MSG),
        (r"\bsorry\s+if\s+you\s+(?:were|are|feel|felt|got)\s+(?:offended|upset|that\s+way)\b", _NONAPOLOGY_MSG),
        (
            r"\b(?:let\s+me|i\s+must|we\s+must|may\s+i|i'd\s+like\s+to|we'd\s+like\s+to|i\s+would\s+like\s+to|we\s+would"
            r"\s+like\s+to|i\s+should|we\s+should)\s+(?:remind\s+you|point\s+out)\b",
            _DEF_MSG,
        ),
        (
            r"\b(?:it|this|that|the\s+(?:page|listing|website|site|description|policy))\s+(?:clearly|plainly)\s+(?:states"
            r"|says|shows|explains)\b|\bas\s+clearly\s+stated\b|\bclearly\s+(?:stated|explained|written|displayed|shown"
            r"|marked|mentioned)\s+(?:in|on|at)\b",
            _DEF_MSG,
        ),
        (r"\bin\s+our\s+defen[cs]e\b|\bwe\s+stand\s+by\s+(?:our|the|this|that)\b", _DEF_MSG),
        (r"\b(?:our|the)\s+(?:policy|terms|rules)\s+(?:is|are)\s+(?:very\s+|perfectly\s+|quite\s+|)clear\b", _DEF_MSG),
        (r"\b(?:we|i)\s+(?:did|have\s+done|'ve\s+done)\s+everything\s+(?:right|correctly|by\s+the\s+book)\b", _DEF_MSG),
        (r"\b(?:we|i)\s+(?:completely\s+|strongly\s+|respectfully\s+|must\s+|have\s+to\s+|)disagree\b", _DEF_MSG),
        (
            r"\byour\s+(?:claim|complaint|review|post|comment|accusation)\s+(?:is|was)\s+(?:completely\s+|simply\s+|)"
            r"(?:false|untrue|unfounded|baseless|misleading|inaccurate|unfair|exaggerated|wrong)\b",
            _DEF_MSG,
        ),
        (r"\b(?:unfounded|baseless|false)\s+(?:claims?|allegations?|accusations?)\b", _DEF_MSG),
        (r"\bwe\s+(?:receive|get|handle|process|ship)\s+(?:thousands|hundreds|millions)\s+of\b", _DEF_MSG),
        (
            r"\b(?:delays|accidents|these\s+things|things\s+like\s+this)\s+(?:do\s+|can\s+|will\s+|)"
            r"happen\b(?!\s+(?:again|to\s+(?:us|anyone)))",
            _DEF_MSG,
        ),
        (
            r"\bif\s+you\s*(?:'d|had)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+|)(?:read|checked|followed|looked"
            r"|paid\s+attention|listened|bothered)\b",
            _DEF_MSG,
        ),
    ],
)
_DEFENSIVE.append(
    Rule(
        "defensive",
        re.compile(r"\bwith\s+(?:all\s+)?(?:due\s+)?respect\b(?!\s+(?:to|for|and)\b)", re.I),
        _DEF_MSG,
        # Only as a clause opener: "treated with respect" is fine, "With respect, ..." is a rebuttal.
        when=lambda d, m: d.clause_before(m.start()).strip().lower() in {"", "but", "and", "well"},
    )
)
_DENIAL_MSG = (
    '"{match}" argues with the customer about what happened. Even if the brand was not at fault, acknowledge '
    "their experience and say what you can do; do not defend the brand in public."
)
_DENIAL_RULES = [Rule("defensive", p, _DENIAL_MSG, negatable=False) for p in DENIALS]

_ACTUALLY = re.compile(r"\bactually\b", re.I)
_ACTUALLY_BEFORE = re.compile(r"(?:\b(?:that|it|this|which|there)\s*(?:'s|is|was|are|were)|\byou)\s*$", re.I)
_ACTUALLY_AFTER = re.compile(
    r"^[\s,]*(?:(?:we|i|you|it|that|this|they|our\s+\w+|the\s+\w+)\s+)?(?:not|never|no|n't|did|does|do|was|were"
    r"|is|are|has|have|had|said|says|stated|states|shows|showed)\b",
    re.I,
)
_ACTUALLY_PRAISE = re.compile(r"^\s+(?:great|good|lovely|really|very|so|quite|easy|simple|pretty)\b", re.I)
_OPENERS = {"", "well", "um", "erm", "hmm", "no", "but", "and", "so"}


def _actually(draft: Draft) -> list[Hit]:
    """ "Actually" corrects someone when it opens a clause or stresses a contradiction ("we actually did send
    it", "that's actually not"); "we actually shipped a fix" just adds emphasis and is left alone."""
    hits = []
    for m in _ACTUALLY.finditer(draft.norm):
        before = draft.clause_before(m.start(), 40)
        opening = before.strip().lower() in _OPENERS
        after = draft.clause_after(m.end(), 40)
        if opening or _ACTUALLY_BEFORE.search(before) or _ACTUALLY_AFTER.match(after):
            if not opening and _ACTUALLY_PRAISE.match(after):  # "it's actually really easy" explains, kindly
                continue
            end = m.end() + len(after.rstrip())
            msg = _DEF_MSG.replace("{match}", excerpt(draft.text, m.start(), end))
            hits.append(Hit("defensive", msg, m.start(), end))
    return hits


# ---------------------------------------------------------------- sarcasm
_SARC_MSG = (
    '"{match}" reads as sarcasm or mockery. Angry customers read replies literally; say plainly what you mean, warmly.'
)
_SARCASM = compile_rules(
    "sarcasm",
    [
        (
            r"\bthanks?\s+(?:you\s+)?for\s+(?:the|your)\s+(?:lecture|lesson|essay|novel|sermon|rant|expert\s+(?:advice"
            r"|opinion)|(?:valuable\s+|helpful\s+|)input,?\s+genius)\b",
            _SARC_MSG,
        ),
        (r"\bthanks?\s+(?:you\s+)?for\s+finally\b|\b(?:glad|nice|good)\s+(?:to\s+see\s+)?you\s+finally\b", _SARC_MSG),
        (
            r"\bcongrat(?:s|ulations)\s+on\s+(?:finally|figuring|working\s+out|discovering|reading|noticing|managing"
            r"|learning)\b",
            _SARC_MSG,
        ),
        (
            r"\b(?:clearly|obviously)\s+you\s+(?:didn't|did\s+not|don't|do\s+not|haven't|have\s+not|can't|cannot|never"
            r"|know\s+better|think\s+you)\b|\byou\s+(?:clearly|obviously)\s+(?:know\s+better|think\s+you)\b",
            _SARC_MSG,
        ),
        (r"\bbless\s+(?:your|his|her|their)\s+(?:heart|soul)\b", _SARC_MSG),
        (
            r"\bmust\s+be\s+nice\b|\bnice\s+try\b|\bgood\s+luck\s+with\s+that\b|\bwhat\s+a\s+(?:surprise|shock)\b"
            r"|\bsurprise,?\s+surprise\b|\bwho\s+knew\b|\bshocking,?\s+(?:i|we)\s+know\b",
            _SARC_MSG,
        ),
        (r"\bwho\s+(?:would\s+have|would've|'d\s+have)\s+(?:thought|guessed)\b", _SARC_MSG),
        (
            r"\brocket\s+science\b|\bsherlock\b|\bslow\s+clap\b|\bwell\s+done,?\s+you\b|\bkeyboard\s+warriors?\b",
            _SARC_MSG,
        ),
        (r"\b(?:another|yet\s+another)\s+(?:expert|genius|critic|comedian)\b|\bso-called\b", _SARC_MSG),
        (r"\bsorry\s+(?:we're|we\s+are|i'm|i\s+am)\s+not\s+(?:mind|psychic)|\bmind[-\s]readers?\b", _SARC_MSG),
        (
            r"\bwhatever\s+you\s+say\b|\bsure,\s+whatever\b|\bif\s+you\s+say\s+so\b"
            r"|\byeah,?\s+right\b(?!\s+(?:now|away|here|there|after|before|on)\b)",
            _SARC_MSG,
        ),
    ],
    negatable=False,
)
# Genuine in a reply to praise or a happy follow-up ("wow, thanks for the kind words"), mocking anywhere else.
_SARCASM_UNLESS_PRAISE = compile_rules(
    "sarcasm",
    [
        (r"\bwow,?\s+(?:thanks|thank\s+you)\s+(?:so\s+much\s+|)for\b", _SARC_MSG),
        (
            r"\boh,?\s+(?:great|wonderful|brilliant|lovely|perfect|fantastic|joy|super|goody|how\s+nice)\b(?!\s*,?\s+(?:to"
            r"\s+(?:hear|see|know)|news|question|idea|spot|catch|point)\b)",
            _SARC_MSG,
        ),
        (r"\bcongrat(?:s|ulations)\s+on\b", _SARC_MSG),
        (r"\bgenius\b(?!\s+bar)", _SARC_MSG),
        (r"\bhow\s+(?:nice|kind|lovely|thoughtful|generous|sweet)\s+of\s+you\s+to\b", _SARC_MSG),
    ],
    negatable=False,
)
# Scare quotes around a word, usually the customer's: your 'broken' phone, the "fault".
_SCARE = re.compile(
    r"\b(?P<lead>your|the|this|that|these|those|so-called|alleged|supposed|supposedly)\s+"
    r"(?P<q>['\"])(?P<word>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})(?P=q)(?=[\s.,!?;:)]|$)"
    r"(?!\s+(?:button|link|tab|option|menu|page|section|field|setting|icon|screen|box|key)s?\b)",  # UI labels
    re.I,
)


def _scare_quotes(draft: Draft) -> list[Hit]:
    hits = []
    for m in _SCARE.finditer(draft.norm):
        # Lower-case quoted words are scare quotes; a button or menu label is usually capitalised ('Track order').
        if m.group("word").islower():
            start, end = m.span()
            hits.append(Hit("sarcasm", _SARC_MSG.replace("{match}", excerpt(draft.text, start, end)), start, end))
    return hits


def _praise(draft: Draft) -> bool:
    """Replies to praise and follow-ups on a fixed problem may sound delighted without mocking anyone."""
    return draft.ctx.purpose in (Purpose.THANKS, Purpose.FOLLOW_UP) or draft.ctx.kind == "praise"


_HYPOTHETICAL = re.compile(r"\b(?:if|whether|in\s+case|unless|even\s+if)\b", re.I)


def check_blames_customer(draft: Draft) -> list[Hit]:
    # "If you entered the wrong address, we can fix it" offers help for a possibility; it accuses nobody.
    hits = run_rules(draft, _BLAMES)
    return [h for h in hits if h.start is None or not _HYPOTHETICAL.search(draft.clause_before(h.start))]


def check_passes_blame(draft: Draft) -> list[Hit]:
    return run_rules(draft, _PASSES) + _deflections(draft)


def check_defensive(draft: Draft) -> list[Hit]:
    hits = run_rules(draft, _DEFENSIVE) + _actually(draft)
    if not draft.ctx.legal_risk:  # on a legal-risk case these are liability findings instead
        hits += run_rules(draft, _DENIAL_RULES)
    return hits


def check_sarcasm(draft: Draft) -> list[Hit]:
    hits = run_rules(draft, _SARCASM) + _scare_quotes(draft)
    if not _praise(draft):
        hits += run_rules(draft, _SARCASM_UNLESS_PRAISE)
    return hits
