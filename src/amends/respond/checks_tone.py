"""Tone: defensive and sarcasm (care protocol rule 4).

Phrase rules over the folded draft. Defensive rules are skipped when a negation earlier in the same clause
turns them around; the rules that argue the brand's case from records, standards or policy live in
`checks_argue`, shared with the liability check. Sarcasm rules carry their own markers (mock thanks, mock
sympathy, mock praise, hyperbole about something small, silver linings at the customer's expense); the ones
that are sincere in a reply to praise ("we're touched you took the time") are skipped there.
"""

from __future__ import annotations

import re

from amends.respond.checks_argue import ARGUMENTS
from amends.respond.checks_base import Draft, Hit, Rule, compile_rules, excerpt, run_rules
from amends.respond.checks_legal import DENIALS
from amends.respond.context import Purpose

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
            r"\bto\s+be\s+(?:clear|honest|fair),?\s+(?:we|i|our\s+\w+|that|this|it|nobody|no\s+one)\s+(?:never"
            r"|did\s+not|didn't|have\s+not|haven't|were\s+not|weren't|was\s+not|wasn't|had\s+not|hadn't)\b",
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
            r"\bnothing\s+wrong\s+(?:with\s+(?:(?:our|the|this|that)\s+(?:\w+\s+)?(?:products?|items?|app|service"
            r"|system|website|site|order|delivery|device|phone|unit|software|process|policy|staff|team|driver|charge"
            r"|bill|food|meal|parcel|package|tracking|courier)|it)\b|on\s+our\s+(?:end|side))",
            _DEF_MSG,
        ),
        (
            r"\bcalm\s+down\b|\btake\s+a\s+(?:deep|big)\s+breath\b|\bdeep\s+breaths\b|\bchill\s+out\b|\bsimmer\s+down\b|\bno\s+need\s+to\s+(?:be\s+(?:rude|abusive|aggressive|nasty)|shout|get\s+(?:upset|angry"
            r"|worked\s+up)|swear|use\s+that\s+(?:language|tone)|overreact)\b",
            _DEF_MSG,
        ),
        (r"\bsorry\s+(?:that\s+|if\s+)?you\s+(?:feel|felt)\s+(?:that\s+way|like\s+that|this\s+way)\b", _NONAPOLOGY_MSG),
        (r"\bsorry\s+if\s+you\s+(?:were|are|feel|felt|got)\s+(?:offended|upset|that\s+way)\b", _NONAPOLOGY_MSG),
        (
            r"\b(?:let\s+me|i\s+must|we\s+must|may\s+i|i'd\s+like\s+to|we'd\s+like\s+to|i\s+would\s+like\s+to"
            r"|we\s+would\s+like\s+to|i\s+should|we\s+should)\s+(?:remind\s+you|point\s+out)\b",
            _DEF_MSG,
        ),
        (
            r"\b(?:it|this|that|the\s+(?:page|listing|website|site|description|policy))\s+(?:clearly"
            r"|plainly)\s+(?:states|says|shows|explains)\b|\bas\s+clearly\s+stated\b|\bclearly\s+(?:stated|explained"
            r"|written|displayed|shown|marked|mentioned)\s+(?:in|on|at)\b",
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
        # Kept as defensive as well as blame: "if you'd read the FAQ you'd know..." corrects as it blames.
        (
            r"\bif\s+you\s*(?:'d|had)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+|)(?:read|checked|followed"
            r"|looked|paid\s+attention|listened|bothered)\b",
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
# Vouching for how the brand acted ("we followed the process to the letter"). On a legal-risk case this is a
# liability finding (a soft denial) and not also defensive, so it is checked only on ordinary cases.
_DENIAL_RULES += compile_rules(
    "defensive",
    [
        (
            r"\b(?:followed|applied|did)\s+(?:the|our|all\s+(?:the\s+)?|every)\s+(?:[\w-]+\s+){0,2}?(?:process|procedures?"
            r"|protocols?|polic(?:y|ies)|rules|steps|guidelines|checks)\s+(?:correctly|properly|exactly|fully|to\s+the"
            r"\s+letter|by\s+the\s+book)\b|\b(?:did|done|handled|followed)\s+(?:it|this|that|everything|things)\s+(?:to"
            r"\s+the\s+letter|by\s+the\s+book)\b|\bacted\s+(?:entirely\s+|fully\s+|completely\s+|)(?:appropriately"
            r"|correctly|properly|professionally|reasonably)\b",
            _DENIAL_MSG,
        ),
    ],
)

_ACTUALLY = re.compile(r"\bactually\b", re.I)
_ACTUALLY_BEFORE = re.compile(r"(?:\b(?:that|it|this|which|there)\s*(?:'s|is|was|are|were)|\byou)\s*$", re.I)
_ACTUALLY_AFTER = re.compile(
    r"^[\s,]*(?:(?:we|i|you|it|that|this|they|our\s+\w+|the\s+\w+)\s+)?(?:not|never|no|n't|did|does|do|was|were"
    r"|is|are|has|have|had|said|says|stated|states|shows|showed)\b",
    re.I,
)
_ACTUALLY_PRAISE = re.compile(r"^\s+(?:great|good|lovely|really|very|so|quite|easy|simple|pretty)\b", re.I)
_OPENERS = {"", "well", "um", "erm", "hmm", "no", "but", "and", "so"}
# After a modal, "actually" stresses what is possible ("we can actually do the switch today"), not a correction.
_ACTUALLY_MODAL = re.compile(r"\b(?:can|could|will|'ll|would|'d|may|might|should)\s*$", re.I)


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
            if _ACTUALLY_MODAL.search(before):
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
            r"\bthanks?\s+(?:you\s+)?for\s+(?:the|your|that)\s+(?:[\w-]+\s+)?(?:lecture|lesson|essay|novel|sermon|rant"
            r"|tirade|masterclass|expert\s+(?:advice|opinion)|(?:valuable\s+|helpful\s+|)input,?\s+genius)\b",
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
        # Mock sympathy: "12 lemons, what a tragedy", "however did you survive", "the horror".
        (
            r"\bwhat\s+a\s+(?:tragedy|catastrophe|travesty|calamity|horror)\b|\bthe\s+horror\b|\b(?:endure|survive"
            r"|suffer|go\s+through|put\s+up\s+with)\s+the\s+(?:ordeal|trauma|agony|torment|tragedy|hardship)\s+of\b"
            r"|\bhow\s*ever\s+(?:did|will|would|do|can)\s+you\b|\bhow\s+will\s+you\s+(?:ever\s+)?(?:cope|survive|manage"
            r"|go\s+on)\b|\bhow\s+did\s+you\s+(?:ever\s+|)survive\b|\b(?:less|more)\s+traumati[cz]\w*\b",
            _SARC_MSG,
        ),
        (
            r"\bfirst[-\s]world\s+problems?\b|\bmy\s+heart\s+bleeds\b|\bcry\s+me\s+a\s+river\b"
            r"|\bboo[-\s]?hoo\b|\bdiddums\b|\bthe\s+struggle\s+is\s+real\b",
            _SARC_MSG,
        ),
        # Mock apology for helping: "sorry for protecting your money", "we'll try to stop caring".
        (
            r"\bsorry\s+(?:for|about)\s+(?:caring|protecting|trying\s+to\s+help|looking\s+out|keeping\s+you\s+safe"
            r"|doing\s+our\s+job|being\s+(?:careful|thorough|cautious|helpful))\b|\bstop\s+caring\b"
            r"|\bcaring\s+so\s+much\b",
            _SARC_MSG,
        ),
        (
            r"\bwhat\s+an?\s+(?:revolutionary|groundbreaking|ground-breaking|novel|earth-shattering|visionary|radical"
            r"|original)\s+(?:idea|suggestion|concept|thought|plan)\b",
            _SARC_MSG,
        ),
        # Backhanded: "easy mistake to make, if you don't read the box", "hard to see how that was missed".
        (r"\b(?:easy|simple|common|understandable|honest)\s+mistake(?:\s+to\s+make)?,?\s+if\s+you\b", _SARC_MSG),
        (r"\b(?:hard|difficult|tough)\s+to\s+(?:see|understand|imagine)\s+how\s+(?:that|this|it|anyone)\b", _SARC_MSG),
        # A silver lining at the customer's expense: "at least you'll know all the words by now".
        (
            r"\bat\s+least\s+you(?:'ll|\s+will|\s+can\s+now|\s+know|\s+learned|\s+learnt|'ve\s+learned|'ve\s+learnt"
            r"|\s+got\s+(?:some|a\s+lot\s+of|plenty\s+of)|'ve\s+had\s+(?:some|plenty\s+of"
            r"|a\s+lot\s+of))\b(?!\s+(?:be\s+)?(?:safe|ok|okay|unhurt|alright|all\s+right|fine|home|covered|refunded"
            r"|get\s+(?:a|your)\s+refund)\b)",
            _SARC_MSG,
        ),
        (r"\bapparently\s*!", _SARC_MSG),
        # Hyperbole about something small: "three whole minutes", "your exacting standards", "the humanity".
        (
            r"\b(?:an?\s+)?(?:whole|entire)\s+(?:\d+|two|three|four|five|ten|twenty)\s+(?:minutes?|mins?|seconds?"
            r"|pence|p|pounds?|quid)\b|\b(?:\d+|two|three|four|five|ten|twenty)\s+(?:whole|entire)\s+(?:minutes?|mins?"
            r"|seconds?|pence|pounds?|quid)\b",
            _SARC_MSG,
        ),
        (
            r"\byour\s+(?:exacting|lofty|impossibly\s+high|refined|discerning|delicate|very\s+high)\s+(?:standards"
            r"|tastes?|sensibilities|palate)\b|\byour\s+(?:majesty|highness|lordship|ladyship)\b|\bthe\s+humanity\b"
            r"|\bof\s+(?:epic|biblical|tragic)\s+proportions\b|\b(?:we'll|we\s+will|i'll)\s+(?:try\s+to\s+|somehow\s+"
            r"|)(?:cope|survive|recover|get\s+over\s+it|soldier\s+on)\b|\b(?:alert|call|wake|summon|notify)\s+the\s+(?:media|press|president|prime\s+minister"
            r"|king|queen|pope|army|national\s+guard|fbi|coastguard|cavalry)\b|\bhold\s+the\s+front\s+page\b"
            r"|\bstop\s+the\s+press(?:es)?\b|\bsound\s+the\s+alarms?\b|\b(?:fashion"
            r"|grammar|spelling|fun|taste|style|food|queue)\s+police\b",
            _SARC_MSG,
        ),
        (
            r"\b(?:tips|advice|pointers|lessons?)\s+on\s+(?:how\s+to\s+)?(?:run|running|do|doing|manage"
            r"|managing)\s+(?:a|our|the|your)\s+(?:business|company|shop|job|store|airline|restaurant)\b|\b(?:wasn't"
            r"|isn't|weren't|aren't|not)\s+(?:quite\s+|)(?:luxurious|fancy|posh|grand|good|fast|perfect|exciting|instant|quick"
            r"|speedy|glamorous|exclusive|premium|prompt"
            r"|special)\s+enough\s+for\s+you\b",
            _SARC_MSG,
        ),
        # Mock horror at something small: "oh no, not a slightly cold coffee!".
        (r"\boh\s+no,?\s+not\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,6}?[\w-]+\s*!", _SARC_MSG),
        # Mock thanks for going public: "thanks for letting the whole internet know".
        (
            r"\bthanks?\s+(?:you\s+)?for\s+(?:letting|telling|informing|alerting|sharing\s+(?:it|this|that)\s+with)\s+(?:the"
            r"\s+)?(?:whole|entire)\s+(?:internet|world|timeline|planet|country|street)\b|\b(?:the\s+)?(?:whole|entire)"
            r"\s+(?:internet|world|planet)\s+(?:now\s+)?knows\b",
            _SARC_MSG,
        ),
        # Mock filing of a complaint: "we'll add it to our list of great questions", "we'll file that under...".
        (
            r"\b(?:list|collection|pile|file|folder|book|archive|hall\s+of\s+fame|museum)\s+of\s+(?:\w+\s+)?(?:great"
            r"|good|excellent|interesting|fascinating|brilliant|important|deep|profound|burning|tough|riveting|gripping"
            r"|insightful|compelling)\s+(?:questions|ideas|points|complaints|comments|suggestions|thoughts|observations"
            r"|queries|insights|feedback|reviews)\b|\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:be\s+sure\s+to\s+|)file"
            r"\s+(?:that|this|it|your\s+\w+)\s+(?:under|away\s+with|with\s+the\s+others)\b|\bone\s+for\s+the\s+(?:history"
            r"\s+books|archives|scrapbook|memoirs)\b",
            _SARC_MSG,
        ),
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
            r"\boh,?\s+(?:great|wonderful|brilliant|lovely|perfect|fantastic|joy|super|goody"
            r"|how\s+nice)\b(?!\s*,?\s+(?:to\s+(?:hear|see|know)|news|question|idea|spot|catch|point)\b)",
            _SARC_MSG,
        ),
        # "Congratulations on your wedding" is sincere; "congrats on the 20-minute wait" mocks.
        (
            r"\bcongrat(?:s|ulations)\s+on\b(?!\s+(?:your|the)\s+(?:new\s+|recent\s+|upcoming\s+|big\s+|little\s+"
            r"|first\s+)?(?:wedding|marriage|engagement|baby|birth|graduation|promotion|retirement|birthday"
            r"|anniversary|move|home|house|job|win|exams?|results?|achievement|arrival|little\s+one|pregnancy|twins"
            r"|new\s+\w+)\b)",
            _SARC_MSG,
        ),
        # Mock warmth: "we're touched you've missed us so much", "honoured you think of us so often".
        (
            r"\b(?:we're|we\s+are|i'm|i\s+am)\s+(?:so\s+|very\s+|truly\s+|deeply\s+|really\s+|incredibly\s+|)(?:touched"
            r"|honou?red|flattered|moved)\s+(?:that\s+)?you\b",
            _SARC_MSG,
        ),
        (
            r"\b(?:missed|miss)\s+us\s+so\s+much\b|\bthink\s+(?:of|about)\s+us\s+so\s+(?:often|much)\b"
            r"|\bcan't\s+get\s+enough\s+of\s+us\b",
            _SARC_MSG,
        ),
        (
            r"\byou\s+must\s+(?:really\s+|just\s+|)(?:love|enjoy|adore|like)\s+(?:our|us|it|the|being|waiting)\b",
            _SARC_MSG,
        ),
        # Mock thanks and mock praise for a complaint.
        (
            r"\b(?:thanks?|thank\s+you)\s+(?:so\s+much\s+|)for\s+(?:the|your)\s+(?:\w+\s+)?(?:vote\s+of\s+confidence"
            r"|glowing\s+(?:review|feedback|words)|rave\s+review)\b|\bglowing\s+review\b|\bwe(?:'ll"
            r"|\s+will)\s+treasure\b",
            _SARC_MSG,
        ),
        (
            r"\b(?:appreciate|thanks?|thank\s+you)\b[^.!?]{0,40}?\b(?:teach(?:ing)?|educat(?:e|ing)|enlighten(?:ing)?"
            r"|lectur(?:e|ing)|school(?:ing)?)\s+us\b",
            _SARC_MSG,
        ),
        (
            r"\b(?:so\s+|really\s+|)glad\s+you(?:'re|\s+are)\s+(?:enjoying|loving|liking|having\s+(?:fun|a\s+(?:great"
            r"|good|lovely|wonderful)))\b|\bwe(?:'ll|\s+will)\s+(?:be\s+sure\s+to\s+|)keep\s+it\s+up\b",
            _SARC_MSG,
        ),
        (r"\b(?:nice|good|great)\s+(?:work|job)\s*[.!]|\bwell\s+done\s*[.!]", _SARC_MSG),
        (r"\byou've\s+been\s+(?:very|so|really|quite)\s+busy\b", _SARC_MSG),
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


# Laughing at the complaint: 😂 🤣 😆 😹, "haha", "lmao". With the brand's own mistake owned it is light humour.
_LAUGH = re.compile(r"[\U0001F602\U0001F923\U0001F606\U0001F639]|\b(?:ha(?:ha)+|he(?:he)+|lmao|lmfao|rofl)\b", re.I)
_OWNED = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|our\s+(?:mistake|fault|error|bad)|on\s+us|we\s+(?:got|messed|mixed))\b", re.I
)


_THANKS = re.compile(
    r"\b(?:thank\s+you|thanks)\b(?!\s+for\s+(?:the|your|that)\s+(?:\w+\s+)?(?:laugh|lecture|lesson))", re.I
)


def _laughing(draft: Draft) -> list[Hit]:
    m = _LAUGH.search(draft.norm)
    # Laughing along with thanks ("haha, thank you - that made our day") shares the customer's joke.
    if m is None or _OWNED.search(draft.norm) is not None or _THANKS.search(draft.norm) is not None:
        return []
    return [Hit("sarcasm", _SARC_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span())]


def _praise(draft: Draft) -> bool:
    """Replies to praise and follow-ups on a fixed problem may sound delighted without mocking anyone."""
    return draft.ctx.purpose in (Purpose.THANKS, Purpose.FOLLOW_UP) or draft.ctx.kind == "praise"


# "Our prices should be clearly displayed, and they weren't" says what ought to be: it owns, it does not defend.
_OUGHT_BEFORE = re.compile(
    r"\b(?:should|must|ought\s+to|need\s+to|needs\s+to|meant\s+to|supposed\s+to)\s+(?:be\s+|have\s+been\s+|have\s+)?$",
    re.I,
)


def check_defensive(draft: Draft) -> list[Hit]:
    hits = run_rules(draft, _DEFENSIVE) + run_rules(draft, ARGUMENTS) + _actually(draft)
    if not draft.ctx.legal_risk:  # on a legal-risk case these are liability findings instead
        hits += run_rules(draft, _DENIAL_RULES)
    return [h for h in hits if h.start is None or not _OUGHT_BEFORE.search(draft.clause_before(h.start))]


def check_sarcasm(draft: Draft) -> list[Hit]:
    hits = run_rules(draft, _SARCASM) + _scare_quotes(draft)
    if not _praise(draft):
        hits += run_rules(draft, _SARCASM_UNLESS_PRAISE) + _laughing(draft)
    return hits
