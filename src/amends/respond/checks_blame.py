"""Blame: blames_customer (care protocol rule 4).

Phrase rules over the folded draft. Most are skipped when a negation earlier in the same clause turns them
around ("this is not your fault", "we won't blame the courier"). Phrases that could be innocent are narrowed
by what follows: "you should have received an email" informs, "you should have checked" blames, so only
customer actions count after "you should have".
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit, Rule, compile_rules, run_rules

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
    r"|inspect|pack|label|bother|include|activate|reply|respond|tick|untick|set|turn|switch|enable|disable|opt"
    r"|change|renew|remove|delete|download|allow|accept|agree|keep)\b"
)
_BLAME_MSG = (
    '"{match}" puts the fault on the customer. Even when they made a mistake, say what can be done now '
    "instead of what they should have done."
)
# Documents a reply may point at to say the customer should have known.
_DOCS = (
    r"(?:description|listing|product\s+page|page|website|site|label|labelling|packaging|box|instructions|manual|guide"
    r"|terms|t&cs|policy|contract|confirmation|e-?mail|receipt|size\s+(?:guide|chart)|faqs?|small\s+print|fine\s+print"
    r"|ingredients(?:\s+list)?|menu|checkout|booking\s+(?:page|form)|order\s+page|application|form|signs?|notice)"
)
# "The description does say it's semi-sheer": the emphatic "does" tells the customer they missed it.
DOC_SAYS = (
    r"\b(?:the|our|its|their)\s+(?:[\w-]+\s+)?" + _DOCS + r"\s+(?:does|did|do)\s+(?:(?:clearly|actually)\s+)?"
    r"(?:say|state|mention|show|explain|list|note|warn|specify|tell\s+you)\b"
    r"|\b(?:the|our|its|their)\s+(?:[\w-]+\s+)?"
    + _DOCS
    + r"\s+(?:clearly|plainly|explicitly)\s+(?:says?|states?|shows?"
    r"|explains?|mentions?|lists?|warns?|specif(?:y|ies))\b"
)
# "We did email you", "we told you twice": the customer was told, so the fault is theirs (and it contradicts them).
DID_TELL = (
    r"\b(?:we|i)\s+(?:did|have|had|'ve|'d)\s+(?:in\s+fact\s+|actually\s+|already\s+|definitely\s+|)(?:email(?:ed)?"
    r"|e-mail(?:ed)?|tell|told|send|sent|notif(?:y|ied)|inform(?:ed)?|warn(?:ed)?|write\s+to|written\s+to|wrote\s+to"
    r"|call(?:ed)?|text(?:ed)?|remind(?:ed)?|contact(?:ed)?|messag(?:e|ed)|advis(?:e"
    r"|ed))\s+you\b(?=[^.!?]{0,40}?\b(?:twice|times|already|repeatedly|in\s+advance|beforehand|ago|before"
    r"|about\s+(?:this|it|that)|asking|reminding|to\s+(?:say|tell|let|ask|remind)))|\b(?:we|i)\s+did\s+(?:in\s+fact\s+"
    r"|actually\s+|)(?:email|e-mail|tell|send|notify|inform|warn|write\s+to|call|text|remind|contact|message|advise"
    r"|let\s+you\s+know)\b|\b(?:was|were|had\s+been|has\s+been)\s+(?:emailed|e-mailed|sent|texted|posted|mailed"
    r"|communicated|explained)\s+to\s+you\s+(?:on|at|in|twice|back|weeks|days|already|before|\d)|\b(?:we"
    r"|i)\s+(?:emailed|e-mailed|told|warned|reminded|notified|informed|texted|wrote\s+to|contacted"
    r"|messaged)\s+you\s+(?:twice|three\s+times|several\s+times|multiple\s+times|many\s+times|\d+\s+times|repeatedly"
    r"|in\s+advance|beforehand|weeks\s+ago|days\s+ago|at\s+the\s+time|back\s+in)\b"
)
_PROMISE_BEFORE = re.compile(
    r"\b(?:make\s+sure|ensure|will|'ll|should|must|going\s+to|need\s+to|needs\s+to|to\s+be|wasn't|isn't|aren't"
    r"|weren't)\b",
    re.I,
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
        (r"\byou\s+(?:skipped|ignored|overlooked|disregarded|misused|mishandled)\b", _BLAME_MSG),
        (
            r"\byou\s+(?:were|are)\s+(?:supposed|meant|expected|required)\s+to\s+(?:have\s+)?(?:"
            + _DO
            + "|"
            + _DONE
            + ")",
            _BLAME_MSG,
        ),
        (
            r"\byou\s+must\s*(?:have|'ve)\s+(?:accidentally\s+|mistakenly\s+|)(?:entered|typed|selected|clicked"
            r"|forgotten|misread|missed|deleted|ordered|used|put|given|done|changed|chosen|picked|mistyped|overlooked"
            r"|ignored|skipped|confused|dropped|broken|damaged)\b",
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
            r"|weren't|were\s+not|haven't|have\s+not|hadn't|had\s+not|(?:entered|typed|chose|selected|used|put"
            r"|gave(?:\s+us)?)\s+the\s+wrong)\b)",
            _BLAME_MSG,
        ),
        (
            r"\bif\s+you\s*(?:'d|had)\s+(?:just\s+|only\s+|actually\s+|bothered\s+to\s+|)(?:read|checked|followed"
            r"|looked|paid\s+attention|listened|bothered|kept|contacted|called|told)\b",
            _BLAME_MSG,
        ),
        (
            r"\bhad\s+you\s+(?:just\s+|only\s+|)(?:read|checked|followed|looked|paid\s+attention|bothered|contacted"
            r"|called|told|let\s+us\s+know|reported|returned|updated|cancell?ed)\b",
            _BLAME_MSG,
        ),
        (
            r"\byou\s+(?:entered|typed|gave|provided|used|selected|chose|picked|put\s+in|put|filled\s+in|supplied"
            r"|input)\s+(?:(?:it|the|a|an|your|us\s+the)\s+)?(?:\w+\s+){0,2}?(?:wrong|incorrect(?:ly)?|invalid)\b",
            _BLAME_MSG,
        ),
        (r"\byou\s+made\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake|error|typo)\b", _BLAME_MSG),
        (r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:on|down\s+to)\s+you\b", _BLAME_MSG),
        (r"\byou\s+(?:only\s+)?have\s+(?:only\s+)?yourself\s+to\s+blame\b", _BLAME_MSG),
        (r"\bnext\s+time,?\s+(?:please\s+)?(?:make\s+sure|be\s+sure|remember\s+to|read|double-check)\b", _BLAME_MSG),
        # "It was up to you to tell us", "it's your job to check": the duty was the customer's.
        (r"\b(?:was|were)\s+up\s+to\s+you\b|\b(?:is|was|'s)\s+(?:your|the\s+customer's)\s+(?:job|duty)\b", _BLAME_MSG),
        # Consent as a defence: "you agreed to auto-renew", "you accepted our terms".
        (
            r"\byou\s+(?:(?:already|clearly|knowingly)\s+)?(?:agreed|consented)\s+to\b|\byou\s+(?:accepted|signed"
            r"|agreed\s+to)\s+(?:the|our)\s+(?:terms|conditions|t&cs|policy|contract|agreement)\b",
            _BLAME_MSG,
        ),
        # A conditional that accuses: "if you don't read the box", "if you never check your emails".
        (
            r"\bif\s+you\s+(?:don't|do\s+not|didn't|did\s+not|never|can't|won't)\s+(?:even\s+|bother\s+to\s+)?(?:read"
            r"|check|follow|look\s+at|pay\s+attention|listen)\b",
            _BLAME_MSG,
        ),
        # "Hard to see how that was missed": disbelief that the customer could get it wrong.
        (
            r"\b(?:hard|difficult|tough)\s+to\s+(?:see|understand|imagine|believe)\s+how\s+(?:that|this|it|you|anyone"
            r"|someone|anybody)\b",
            _BLAME_MSG,
        ),
        # Blame through a document: "the description does say", "as stated on the product page".
        (DOC_SAYS, _BLAME_MSG),
        (
            r"\b(?:as|which\s+is|this\s+is|that's|it's|it\s+is)\s+(?:clearly\s+|)(?:stated|mentioned|shown|explained"
            r"|listed|written|noted|specified|outlined|described|set\s+out|printed)\s+(?:on|in|at)\s+(?:the"
            r"|our)\s+(?:[\w-]+\s+)?" + _DOCS + r"\b",
            _BLAME_MSG,
        ),
        # The customer's setup named as the cause: "a router issue on the customer side".
        (
            r"\b(?:issue|problem|fault|error)\s+(?:is\s+|lies\s+|was\s+)?(?:on|at)\s+(?:the\s+customer(?:'s)?|your)\s+"
            r"(?:side|end)\b|\b(?:customer|user)[-\s]side\s+(?:issue|problem|fault|error)\b",
            _BLAME_MSG,
        ),
        # "We did email you twice" implies the customer ignored it.
        (DID_TELL, _BLAME_MSG),
    ],
)
# Passive blame: "the wrong dates were selected", "the password was entered incorrectly". Only when the brand
# is not the subject anywhere near ("the order was entered wrongly on our system" owns it).
_PASSIVE_WRONG = (
    r"\bwrong\s+(?:[\w-]+\s+){0,2}?(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:selected|entered"
    r"|chosen|picked|booked|ordered|typed|given|used|put\s+in|input|added|submitted|provided|ticked)\b|\b(?:was|were"
    r"|had\s+been|has\s+been|have\s+been|got)\s+(?:entered|typed|selected|input|keyed|filled|spelt|spelled|set|chosen"
    r"|ticked)(?:\s+(?:in|up|out))?\s+(?:incorrectly|wrong(?:ly)?|in\s+error|by\s+mistake|too\s+(?:late"
    r"|many\s+times))\b"
)
# The brand as the one who got it wrong: "by our team", "on our system", "we entered", "our mistake".
_BRAND_NEAR = re.compile(
    r"\bby\s+(?:us|me|our|the\s+(?:team|staff|system|agent|store))\b|\b(?:on|in|at)\s+our\s+(?:side|end|system"
    r"|records?|app|site|website|till|desk)\b|\bour\s+(?:own\s+)?(?:mistake|error|fault|system|team|staff|agents?"
    r"|colleagues?)\b|\b(?:we|i)\s+(?:\w+\s+)?(?:entered|selected|typed|booked|chose|picked|put|set|made|got|keyed"
    r"|missed|mixed)\b",
    re.I,
)
# "So that's probably what went wrong": a guess that lands on something the customer did.
_GUESS = (
    r"\b(?:that's|that\s+is|that\s+was|which\s+is)\s+(?:probably|likely|most\s+likely|almost\s+certainly|presumably)\s+"
    r"(?:what\s+(?:went\s+wrong|happened|caused\s+(?:it|this|that|the\s+\w+))|why|the\s+(?:reason|cause|culprit))\b"
)
# "That's what happens when the lid isn't closed": a general rule aimed at what the customer did.
_HAPPENS_WHEN = r"\b(?:that's|that\s+is|this\s+is|it's)\s+what\s+happens\s+(?:when|if)\b"
_BLAMES += [
    Rule(
        "blames_customer",
        re.compile(p, re.I),
        _BLAME_MSG,
        when=lambda d, m: _BRAND_NEAR.search(d.around(m.start(), 1, 0)) is None,
    )
    for p in (_PASSIVE_WRONG, _GUESS, _HAPPENS_WHEN)
]
_BLAMES.append(
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:is|are|was|were)\s+(?:very\s+|always\s+|all\s+)?clearly\s+(?:labell?ed|marked|signposted|signed"
            r"|stated|listed|displayed|shown|printed|written|explained|described)\b",
            re.I,
        ),
        _BLAME_MSG,
        # "We'll make sure it is clearly labelled" promises; "it is clearly labelled" tells them they missed it.
        when=lambda d, m: _PROMISE_BEFORE.search(d.clause_before(m.start(), 60)) is None,
    )
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

# ---------------------------------------------------------------- implied blame, in other words
# A reply that owns the problem or promises to act is not pointing at the customer.
_OWNS_IT = re.compile(
    r"\b(?:sorry(?!\s+(?:to\s+(?:hear|see|read)|you|that\s+you|if\s+you))|apologi[sz]e|apologies|our\s+(?:mistake"
    r"|fault|error|bad)|on\s+us|too\s+hard|hard\s+to\s+find|we\s+should\s+have|we(?:'re|\s+are)\s+(?:moving|changing"
    r"|fixing|making))\b",
    re.I,
)
_BRAND_ACTS = re.compile(r"\b(?:we|i)(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to|'d\s+be)\b", re.I)
_WARN_CUES = re.compile(
    r"\b(?:more\s+(?:carefully|closely|attention|care)|be\s+(?:more\s+)?careful|take\s+(?:more\s+)?care|pay\s+"
    r"(?:more\s+|closer\s+|)attention|double-check|remember\s+to|make\s+sure\s+(?:you|to)|be\s+sure\s+to"
    r"|don't\s+forget|read\s+(?:the|your|through)|check\s+(?:the|your)\s+[\w-]+\s+(?:before|first|properly))\b",
    re.I,
)


def _admonishes(draft: Draft, m: re.Match[str]) -> bool:
    """ "Please read your confirmation more carefully next time": advice on the customer's future conduct."""
    sentence = draft.around(m.start(), 0, 0)
    return _WARN_CUES.search(sentence) is not None and _BRAND_ACTS.search(sentence) is None


def _unowned(draft: Draft, m: re.Match[str]) -> bool:
    return _OWNS_IT.search(draft.around(m.start(), 1, 1)) is None


def _unhelpful(draft: Draft, m: re.Match[str]) -> bool:
    return _BRAND_ACTS.search(draft.around(m.start(), 0, 0)) is None and _unowned(draft, m)


_PEOPLE = (
    r"(?:customers?|people|users?|someone|somebody|you|guests?|members?|passengers?|shoppers?|buyers?|folks"
    r"|subscribers?|the\s+(?:customer|user|account\s+holder|cardholder))"
)
# The customer's input as the cause, in the passive: "the card was entered with an old expiry date", "it wasn't
# sent back in time". Skipped when the brand is the one who did it ("it wasn't sent back in time by our courier").
_PASSIVE_LAPSE = (
    r"\b(?:was|were|had\s+been|has\s+been|got)\s+(?:entered|typed|registered|booked|ordered|placed|set\s+up|submitted"
    r"|input|saved|made)\s+(?:with|for|under|on|to|at)\s+(?:an?\s+|the\s+)?(?:old|expired|outdated|previous|different"
    r"|incorrect|wrong|mistyped|former)\b|\b(?:wasn't|was\s+not|weren't|were\s+not|hadn't\s+been|had\s+not\s+been"
    r"|never)\s+(?:sent|returned|posted|cancell?ed|submitted|reported|registered|activated|renewed|claimed|collected|paid"
    r"|booked|updated|topped\s+up)\s+(?:back\s+|off\s+|)(?:in\s+time|on\s+time|before\s+the|within\s+the|by\s+the"
    r"\s+(?:deadline|cut-?off|due\s+date))"
)
_BLAMES += [
    Rule(
        "blames_customer",
        re.compile(_PASSIVE_LAPSE, re.I),
        _BLAME_MSG,
        when=lambda d, m: _BRAND_NEAR.search(d.around(m.start(), 0, 0)) is None and _unowned(d, m),
    ),
    # "The charger you used isn't one of ours", "had the parcel been collected in time", "a quick look at the FAQ
    # would have answered this", "you'd have seen the warning": the customer's choice or omission as the cause.
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:the|a|that)\s+[\w-]+\s+you\s+(?:used|bought|fitted|installed|plugged\s+in|chose|picked)\s+(?:isn't|is\s+not"
            r"|wasn't|was\s+not)\s+(?:one\s+of\s+ours|ours|genuine|official|compatible|approved|supported|suitable)\b"
            r"|\bhad\s+(?:the|your|it)\s+(?:[\w-]+\s+){0,2}?been\s+(?:collected|returned|read|checked|sent|posted|cancell?ed"
            r"|booked|registered|updated|charged|cleaned|stored|used|reported|activated|claimed)\b|\b(?:a\s+(?:quick\s+)?(?:look"
            r"|glance|read)\s+(?:at|of)|checking|reading)\s+(?:the|our|your)\s+(?:[\w-]+\s+)?"
            + _DOCS
            + r"\s+would\s+have\b",
            re.I,
        ),
        _BLAME_MSG,
        when=lambda d, m: _BRAND_NEAR.search(d.around(m.start(), 0, 0)) is None and _unowned(d, m),
    ),
    Rule(
        "blames_customer",
        re.compile(r"\byou(?:'d|\s+would)\s+have\s+(?:seen|known|noticed|found|read|spotted|avoided)\b", re.I),
        _BLAME_MSG,
        when=lambda d, m: (
            re.search(r"\bif\s+(?:we|our|i)\b", d.around(m.start(), 0, 0), re.I) is None and _unowned(d, m)
        ),
    ),
    # Others cope, so the customer is the problem: "most customers manage it without any trouble".
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:most|other|many|plenty\s+of|thousands\s+of|all\s+(?:our\s+)?other|the\s+vast\s+majority\s+of"
            r"|nearly\s+all|almost\s+all)\s+(?:(?:of\s+)?our\s+)?(?:other\s+)?(?:customers|people|users|guests|members"
            r"|shoppers|passengers|buyers|subscribers)\s+(?:manage|managed|cope|coped|have\s+no|had\s+no|don't\s+have"
            r"|didn't\s+have|get\s+on|got\s+on|figure|work\s+(?:it|this)\s+out|find\s+it\s+(?:easy|simple|straightforward)"
            r"|seem\s+to\s+manage|are\s+able|have\s+(?:never|not)\s+had)\b",
            re.I,
        ),
        _BLAME_MSG,
        when=_unowned,
    ),
    # Advice aimed at the past mistake: "it's always worth reading the terms before you buy".
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:it's|it\s+is|it\s+was|it\s+pays)\s+(?:always\s+|really\s+|)(?:worth|best|a\s+good\s+idea|wise"
            r"|important|sensible|advisable|essential|to)\s+(?:to\s+)?(?:read|reading|check|checking|double-check"
            r"|double-checking|look|looking|measure|measuring)\b[^.!?]{0,50}?\bbefore\b|\b(?:is|are)\s+there\s+for"
            r"\s+a\s+reason\b",
            re.I,
        ),
        _BLAME_MSG,
        when=_unhelpful,
    ),
    Rule(
        "blames_customer",
        re.compile(r"\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on)\b", re.I),
        _BLAME_MSG,
        when=_admonishes,
    ),
    # A general rule aimed at what the customer did: "this usually happens when people tap pay twice".
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:this|that|it)\s+(?:usually\s+|normally\s+|often\s+|typically\s+|generally\s+|mostly\s+|only\s+"
            r"|sometimes\s+|always\s+|)(?:tends\s+to\s+|can\s+|will\s+|may\s+|)happens?\s+(?:when|if|because"
            r"|after)\s+(?:"
            + _PEOPLE
            + r"\b|(?:the|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:isn't|is\s+not|wasn't|was\s+not|aren't"
            r"|are\s+not|hasn't\s+been|haven't\s+been|isn't\s+being)\s+(?:properly\s+|regularly\s+|)(?:cleaned|charged"
            r"|updated|maintained|fitted|closed|stored|registered|activated|installed|plugged|descaled|tightened|emptied"
            r"|serviced|assembled|secured)\b)",
            re.I,
        ),
        _BLAME_MSG,
        when=lambda d, m: _BRAND_NEAR.search(d.around(m.start(), 0, 0)) is None and _unowned(d, m),
    ),
    # "It's been under Settings the whole time": it was there to be found, so the customer missed it.
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:has|have|'s|'ve|had)\s+(?:always\s+)?been\s+(?:right\s+)?(?:there|here|under|in|on|at|inside|below"
            r"|above|available|visible|listed|shown)\b[^.!?]{0,50}?\b(?:the\s+whole\s+time|all\s+along|all\s+this\s+time"
            r"|from\s+(?:the\s+start|day\s+one)|since\s+(?:day\s+one|launch|the\s+start))\b|\bright\s+(?:under\s+your"
            r"\s+nose|in\s+front\s+of\s+you)\b",
            re.I,
        ),
        _BLAME_MSG,
        when=_unowned,
    ),
    # The paperwork the customer signed: "it's in the agreement you signed".
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:contract|terms|agreement|t&cs|paperwork|waiver|small\s+print|conditions|policy)\s+(?:that\s+)?you\s+"
            r"(?:signed|agreed\s+to|accepted|ticked|initialled|read|were\s+sent|received)\b",
            re.I,
        ),
        _BLAME_MSG,
        when=_unhelpful,
    ),
    # The brand did exactly what the customer asked: "the driver went where you sent him".
    Rule(
        "blames_customer",
        re.compile(
            r"\b(?:went|drove|delivered|took|sent|shipped|did|followed|dropped|left|posted|made|booked|charged|set)\s+"
            r"(?:it\s+|them\s+|(?:it\s+)?off\s+|)(?:exactly\s+|just\s+|only\s+|precisely\s+|)(?:where|what|as|to\s+where)"
            r"\s+you\s+(?:sent|told|put|entered|asked|selected|chose|gave|typed|specified|instructed|pinned|ordered|said"
            r"|requested|set|picked)\b",
            re.I,
        ),
        _BLAME_MSG,
        when=_unowned,
    ),
]

_HYPOTHETICAL = re.compile(r"\b(?:if|whether|in\s+case|unless|even\s+if)\b", re.I)


def check_blames_customer(draft: Draft) -> list[Hit]:
    # "If you entered the wrong address, we can fix it" offers help for a possibility; it accuses nobody.
    hits = run_rules(draft, _BLAMES)
    return [h for h in hits if h.start is None or not _HYPOTHETICAL.search(draft.clause_before(h.start))]
