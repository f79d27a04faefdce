"""Passing the blame: passes_blame (care protocol rule 5).

To the customer the brand is one company, so a reply that puts the fault on a courier, supplier, partner,
platform or another department, or that sends the customer off to them, fails to own the problem. This
covers the blunt forms ("that's the courier's fault, not ours") and the polite ones ("the restaurant
prepares the food, we only deliver it", "they're the best people to ask", "a bug in their software rather
than our app"). Naming a partner while owning the problem passes: "the delivery is our responsibility,
whoever carries it; we've raised it with them". The softer rules are skipped when the reply owns it so.
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit, Rule, compile_rules, excerpt, run_rules

_CARRIERS = (
    r"royal\s+mail|dhl|ups|fedex|hermes|evri|dpd|usps|yodel|parcelforce|amazon\s+logistics|canada\s+post"
    r"|australia\s+post|gls|tnt|deliveroo|uber\s+eats|just\s+eat|paypal|stripe|klarna|doordash|ontrac|purolator"
)
# Outside parties a reply could push the fault onto. Up to two words may describe them ("our direct debit
# partner", "a new supplier", "our billing system provider").
_EXT_NOUN = (
    r"couriers?|carriers?|delivery\s+(?:partners?|compan(?:y|ies)|firms?|services?|drivers?)|suppliers?|manufacturers?"
    r"|makers?|vendors?|sellers?|merchants?|retailers?|resellers?|distributors?|wholesalers?|third[-\s]part(?:y|ies)"
    r"|partners?|restaurants?|hotels?|insurers?|lenders?|venues?|organi[sz]ers?|promoters?|airports?|airlines?|ground\s+handl(?:ers?"
    r"|ing\s+(?:agents?|compan(?:y|ies)|team|staff))|handling\s+agents?|landlords?|card\s+issuers?|providers?"
    r"|processors?|subcontractors?|sub-contractors?|contractors?|installers?|agency|agencies|franchisee?s?|franchises?"
    r"|post\s+office|postal\s+service|app\s+stores?|council|(?:coach|bus|taxi|cab|rail|train|ferry|tour|haulage"
    r"|removals?|cleaning|security|installation|maintenance|catering|shipping|logistics|parcel|software"
    r"|payment)\s+(?:compan(?:y|ies)|firms?|operators?)|(?:separate|external|outside|independent|other)\s+(?:compan(?:y"
    r"|ies)|firms?|business(?:es)?|operators?|organi[sz]ations?)"
)
_EXT = (
    r"(?:(?:the|our|your|their|this|that|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:" + _EXT_NOUN + r")|your\s+bank"
    r"|(?:the\s+)?(?:" + _CARRIERS + r"))"
)
# Any party, inside or outside: another department, the warehouse, "the system".
_PARTY = (
    r"(?:" + _EXT + r"|(?:the|our|your|their|this)\s+(?:[\w-]+\s+){0,2}?(?:drivers?|warehouse(?:\s+(?:team|staff))?"
    r"|(?:other|another|different)\s+department|(?:billing|logistics|shipping|dispatch|warehouse|tech|technical|it"
    r"|finance|accounts|payments?|returns|fulfil?ment|store|kitchen)\s+(?:team|department|dept|staff)|head\s+office"
    r"|call\s+cent(?:re|er)|system))"
)
# A capitalised name (Samsung, SwiftParcel), not a day, a month or the brand's own desk ("Customer Services").
_NAME = (
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
    r"|september|october|november|december|customer|support|help|live|us|our|guest"
    r"|member)\b)(?-i:[A-Z][\w&'-]*[a-z][\w&'-]*)"
    r"(?!\s*,?\s+(?:at|in|from|on|our|who|service|services|care|support|team|relations|desk)\b)"
)
_SHIFT_MSG = (
    '"{match}" shifts the fault to someone else. To the customer the brand is one company: own the problem '
    "and say what you are doing about it."
)
_FAULTS = r"fault|mistake|error|problem|responsibility|doing|screw-?up|cock-?up|bug|outage|glitch|failure"
_PASSES = compile_rules(
    "passes_blame",
    [
        (r"\b" + _PARTY + r"(?:(?:'s|')\s+(?:" + _FAULTS + r")|\s+fault)\b", _SHIFT_MSG),
        (r"\bblame\s+(?:(?:lies|rests|is)\s+with\s+)?" + _PARTY + r"\b", _SHIFT_MSG),
        (
            r"\b(?:fault|blame|responsibility)\s+(?:lies|rests|is|was)\s+(?:entirely\s+|solely\s+|)with\s+"
            + _PARTY
            + r"\b",
            _SHIFT_MSG,
        ),
        (
            r"\b" + _PARTY + r"\s+(?:is|are|was|were)\s+(?:entirely\s+|solely\s+|)(?:to\s+blame|at\s+fault"
            r"|responsible\s+for\s+(?:the|this|that|your)\s+(?:mistake|error|delay|problem|mix-?up|issue|damage"
            r"|loss))\b",
            _SHIFT_MSG,
        ),
        # "The restaurant is responsible for allergen info, not us."
        (
            r"\b(?:is|are|was|were)\s+(?:the\s+ones?\s+)?responsible\s+for\s+[^.;!?]{0,60}?,?\s+not\s+(?:us|we|ours|"
            + _NAME
            + r")\b",
            _SHIFT_MSG,
        ),
        (
            r"\bnot\s+(?:us|our\s+fault|on\s+us|our\s+doing|our\s+problem)\s*[,;:-]+\s*(?:it\s*(?:'s|was|is)\s+"
            r"|blame\s+"
            r"|that's\s+|)" + _PARTY,
            _SHIFT_MSG,
        ),
        (r"\bdown\s+to\s+" + _PARTY + r"\b", _SHIFT_MSG),
        (r"\btake\s+(?:it|this|that|the\s+matter)\s+up\s+with\s+" + _PARTY + r"\b", _SHIFT_MSG),
        (r"\b(?:complain|speak|talk)\s+(?:to|with)\s+" + _PARTY + r"\s+(?:directly|instead)\b", _SHIFT_MSG),
        (r"\b(?:on|at)\s+" + _PARTY + r"(?:'s|')\s+(?:side|end)\b", _SHIFT_MSG),
        # "That's on the venue", "sounds like one for the restaurant".
        (
            r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+was|it\s+was|sounds\s+like|looks\s+like)\s+(?:all\s+"
            r"|)(?:on|one\s+for|a\s+(?:question|matter|job|problem|issue)\s+for)\s+" + _EXT + r"\b",
            _SHIFT_MSG,
        ),
        # "A known bug in their software rather than our app."
        (
            r"\b(?:bug|issue|problem|fault|outage|glitch|error|failure)\b[^.;!?]{0,60}?\brather\s+than\s+(?:with\s+"
            r"|in\s+|on\s+|from\s+|)(?:us|ours|our\s+(?:own\s+)?[\w-]+)\b",
            _SHIFT_MSG,
        ),
        # Blaming a colleague: "someone in the call centre must have...", "some idiot in billing".
        (
            r"\b(?:someone|somebody|some\s+[\w*!#@$-]+|one\s+of\s+(?:our|the)\s+[\w-]+)\s+(?:in|at|from"
            r"|on)\s+(?:the\s+|our\s+|)(?:[\w-]+\s+){0,2}?(?:cent(?:re|er)|team|department|dept|warehouse|office"
            r"|kitchen|branch|store|depot|desk|billing|accounts|shift)\b[^.!?]{0,40}?\b(?:must\s+have|messed|screwed"
            r"|got\s+(?:it|this|that)\s+wrong|forgot|didn't|did\s+not|failed|made\s+(?:a|an)\s+(?:\w+\s+)?(?:mistake"
            r"|error)|pressed|dropped|clicked)\b",
            _SHIFT_MSG,
        ),
        (
            r"\b(?:idiots?|muppets?|clowns?|numpty|numpties|morons?|dipsh[\w*!#@$]+|fools?|plonkers?|dimwits?"
            r"|halfwits?)\s+(?:in|at|from|on)\s+(?:the\s+|our\s+|)[\w-]+",
            _SHIFT_MSG,
        ),
        # Running down a team: "the Leeds lot are a bunch of clowns", "our dispatch team are useless some days".
        (
            r"\b(?:the|our|that|those)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|lot|department|dept|branch|store|warehouse"
            r"|office|lads|guys|people|crew|drivers?|couriers?|engineers?|kitchen|shift|call\s+cent(?:re|er))\s+(?:are|is"
            r"|can\s+be|were|was)\s+(?:sometimes\s+|often\s+|honestly\s+|frankly\s+|just\s+|a\s+bit\s+|pretty\s+"
            r"|totally\s+|completely\s+|)(?:a\s+(?:bunch|load|pack|gang|lot)\s+of\s+[\w*!#@$-]+|useless|hopeless|clueless"
            r"|incompetent|a\s+shambles|a\s+joke|a\s+nightmare|idiots|morons|muppets|clowns|lazy|a\s+law\s+unto"
            r"\s+themselves|dim|thick|a\s+disaster)\b",
            _SHIFT_MSG,
        ),
        # Disowning the service: "we only deliver it", "we're just the marketplace".
        (
            r"\bwe(?:'re|\s+are|)\s+(?:only|merely|simply|just)\s+(?:(?:deliver|sell|ship|list|host|resell|carry"
            r"|book)\s+(?:it|them)\b|(?:the|a)\s+(?:platform|marketplace|middleman|middle\s+man|go-between"
            r"|booking\s+agent|agent|reseller|delivery\s+service|messenger)\b)",
            _SHIFT_MSG,
        ),
        (
            r"\bnot\s+(?:run|operated|managed|owned|handled|made|controlled|staffed|prepared|supplied"
            r"|decided)\s+by\s+(?:us|ourselves)\b",
            _SHIFT_MSG,
        ),
        # "Refunds are up to Apple", "that's entirely up to the airline".
        (
            r"\b(?:is|are|it's|that's)\s+(?:entirely\s+|completely\s+|)up\s+to\s+(?:" + _EXT + r"|" + _NAME + r")",
            _SHIFT_MSG,
        ),
    ],
)
# "Our warehouse team made a mistake" owns it (it is still us); "the courier messed up" points outside.
_OUTSIDE = re.compile(
    r"^(?!our\s+(?:\w+\s+)?(?:warehouse|team|department|dept|staff|store|kitchen|system|drivers?)\b)", re.I
)
_PASSES += [
    Rule("passes_blame", re.compile(p, re.I), _SHIFT_MSG, when=lambda d, m: _OUTSIDE.match(m.group()) is not None)
    for p in (
        r"\b" + _PARTY + r"\s+(?:(?:really|totally|completely)\s+)?(?:messed|screwed|mucked|cocked|fouled)\s+(?:it\s+"
        r"|this\s+|things\s+|)up\b",
        r"\b"
        + _PARTY
        + r"\s+(?:dropped\s+the\s+ball|got\s+(?:it|this|that)\s+wrong|made\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
        r"(?:mistake|error|mess|hash|balls-?up|cock-?up|mess-?up|blunder)|made\s+a\s+mess\s+of)\b",
    )
]

PASSES = tuple(_PASSES)  # the plain statements that someone else is at fault; on legal-risk cases also liability

# ---------------------------------------------------------------- softer forms, unless the reply owns it
_OWNS = re.compile(
    r"\b(?:our\s+responsibility|(?:that's|it's|this\s+is|that\s+is|it\s+is)\s+(?:all\s+)?on\s+us|whoever\s+\w+"
    r"|no\s+excuse|not\s+an\s+excuse|doesn't\s+excuse|we\s+should\s+have|(?:our|my)\s+(?:fault|mistake|error)"
    r"|we\s+(?:take|accept)\s+(?:full\s+)?responsibility|we(?:'re|\s+are)\s+responsible|we\s+chose\s+them"
    r"|our\s+job|(?:his|her|their)\s+conduct\s+is\s+our)\b",
    re.I,
)
_FAILED = (
    r"(?:\w+\s+)?(?:didn't|did\s+not|failed|forgot|never|hadn't|had\s+not|haven't|weren't|wasn't|cut\s+corners|messed"
    r"|screwed|got\s+(?:it|this|that|the\s+\w+)\s+wrong|made\s+(?:a|an|the)\s+(?:\w+\s+)?(?:mistake|error)|dropped|lost"
    r"|broke|damaged|mixed|sent\s+the\s+wrong|missed|overlooked|ignored)\b"
)
# Sending the customer elsewhere: "we'd suggest contacting Samsung", "you'll need to take it up with the seller".
# A plain "please contact the venue" counts too, except in answer to a question, where it may simply inform.
_REDIRECT_LEAD = (
    r"(?:you'll\s+(?:need|have)\s+to|you\s+will\s+(?:need|have)\s+to|you\s+need\s+to|you'd\s+need\s+to|you\s+should"
    r"|(?:it's\s+|it\s+is\s+|)best\s+to|(?:we|i)(?:'d|\s+would|)\s+(?:suggest|recommend|advise)"
    r"|your\s+best\s+bet\s+is\s+to)"
)
_REDIRECT_VERB = (
    r"(?:contact(?:ing)?|rais(?:e|ing)\s+(?:this|it)\s+with|get(?:ting)?\s+in\s+touch\s+with|reach(?:ing)?\s+out\s+to"
    r"|speak(?:ing)?\s+(?:to|with)|talk(?:ing)?\s+(?:to|with)|ask(?:ing)?|complain(?:ing)?\s+to|tak(?:e|ing)\s+(?:it"
    r"|this)\s+up\s+with|check(?:ing)?\s+with|direct(?:ing)?\s+(?:your|this|any)\s+\w+\s+to)"
)
_PLEASE_VERB = (
    r"(?:contact|raise\s+(?:this|it)\s+with|get\s+in\s+touch\s+with|reach\s+out\s+to|complain\s+to|take\s+(?:it"
    r"|this)\s+up\s+with)"
)
_SOFT = compile_rules(
    "passes_blame",
    [
        # "A new supplier who cut corners", "our direct debit partner, who didn't update their records".
        (r"\b" + _EXT + r",?\s+(?:who|which|that|and\s+they|and\s+it|but\s+they|as\s+they)\s+" + _FAILED, _SHIFT_MSG),
        (
            r"\b(?:caused\s+by|due\s+to|because\s+of|the\s+result\s+of)\s+(?:(?:a|an"
            r"|the)\s+)?(?:[\w-]+\s+){0,2}?(?:outage|bug|issue|problem|error|fault|failure|glitch|mistake"
            r"|mix-?up)\s+(?:at|with|on|in|from|by)\s+(?:" + _EXT + r"|" + _NAME + r")",
            _SHIFT_MSG,
        ),
        (r"\b(?:caused\s+by|the\s+fault\s+of)\s+" + _EXT + r"\b", _SHIFT_MSG),
        # "Our payment provider had a glitch."
        (
            r"\b"
            + _EXT
            + r"\s+(?:had|has\s+had|has|is\s+having|were\s+having|was\s+having)\s+(?:a|an|some)\s+(?:[\w-]+\s+)?"
            r"(?:glitch|outage|bug|issue|problem|fault|error|failure|breakdown|mix-?up)\b",
            _SHIFT_MSG,
        ),
        # Polite redirects: "please contact the venue", "we'd suggest contacting Samsung".
        (r"\b" + _REDIRECT_LEAD + r"\s+" + _REDIRECT_VERB + r"\s+(?:" + _EXT + r"|" + _NAME + r")", _SHIFT_MSG),
        (r"\b" + _REDIRECT_VERB + r"\s+them\s+directly\b", _SHIFT_MSG),
        # "That's a Royal Mail issue", "sounds like a bank problem".
        (
            r"\b(?:that's|that\s+is|it's|it\s+is|this\s+is|sounds\s+like|looks\s+like)\s+(?:a|an)\s+(?:"
            + _CARRIERS
            + r"|"
            + _EXT_NOUN
            + r"|bank|"
            + _NAME
            + r")\s+(?:issue|problem|matter|thing|fault|error|question|glitch)\b",
            _SHIFT_MSG,
        ),
        (r"\b(?:let\s+down|failed|caught\s+out|badly\s+served)\s+by\s+" + _EXT + r"\b", _SHIFT_MSG),
        # One pattern (they share the costly party prefix): the partner's duty ("the courier is responsible for
        # parcels once they leave us", "our cleaning contractor is meant to handle that") and the partner's troubles
        # as the reason ("our manufacturer, who've had staffing issues").
        (
            r"\b"
            + _EXT
            + r"(?:\s+(?:is|are|becomes?|was|were)\s+(?:(?:solely\s+|fully\s+|entirely\s+|)responsible\s+for"
            r"|(?:meant|supposed|contracted|paid|employed)\s+to)\b|,?\s+(?:who|which|as\s+they|they)(?:'ve|\s+have|'s"
            r"|\s+has|\s+had|'d)\s+(?:been\s+)?(?:had|having|hit\s+by|dealing\s+with|struggling\s+with)\s+(?:some\s+"
            r"|a\s+few\s+|a\s+lot\s+of\s+|lots\s+of\s+|)(?:[\w-]+\s+){0,2}?(?:issues|problems|delays|shortages"
            r"|difficulties|trouble|staff\s+off|sickness|backlogs?)\b)",
            _SHIFT_MSG,
        ),
        # Locating the problem with a partner: "the hold-up is with our manufacturer".
        (
            r"\b(?:delay|hold-?up|problem|issue|fault|backlog|shortage|bottleneck|blockage|snag)\s+(?:is|lies|sits|was"
            r"|seems\s+to\s+be|appears\s+to\s+be)\s+(?:entirely\s+|all\s+|solely\s+|squarely\s+|)(?:with|at)\s+(?:"
            + _EXT
            + r"|(?:the|their)\s+[\w-]+'s\s|"
            + _NAME
            + r")",
            _SHIFT_MSG,
        ),
        # Waiting alongside the customer: "we're waiting on them just like you are".
        (
            r"\bwe(?:'re|\s+are)\s+(?:also\s+|still\s+|)(?:waiting|relying|depending|dependent|stuck\s+waiting)\s+(?:on"
            r"|for)\s+(?:them|" + _EXT + r"|the\s+[\w-]+)\b[^.!?]{0,20}?\b(?:too|as\s+well|like\s+you|as\s+much\s+as"
            r"\s+you|same\s+as\s+you)\b",
            _SHIFT_MSG,
        ),
        # Disowning the person: "a subcontractor, not one of our employees", "he isn't employed by us".
        (
            r"\bnot\s+(?:one\s+of\s+our(?:\s+own)?|our\s+own|an?\s+(?:\w+\s+)?(?:employee|member\s+of\s+(?:our\s+)?staff"
            r"|staff\s+member))(?:\s+(?:employees|staff|people|engineers|drivers|team|workers|installers|fitters"
            r"|technicians))?\b|\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|weren't|were\s+not)\s+(?:directly\s+)?"
            r"(?:employed|hired)\s+by\s+us\b|\b(?:doesn't|does\s+not|didn't|did\s+not|don't)\s+work\s+(?:directly\s+)?"
            r"for\s+us\b",
            _SHIFT_MSG,
        ),
    ],
    negatable=True,
)
# "The courier lost it", "the supplier never sent the stock": the fault stated as theirs, with nothing done about it.
_THEY_FAILED = re.compile(
    r"\b" + _EXT + r"\s+(?:(?:has|have|had)\s+)?(?:lost|damaged|broke|mislaid|misdelivered|dropped|forgot|failed|didn't"
    r"|did\s+not|never|cancell?ed|delayed|cut\s+corners)\b",
    re.I,
)
_REMEDY = re.compile(
    r"\b(?:we|i)(?:'ve|\s+have|'ll|\s+will|'re|\s+are|'m|\s+am|)\s+(?:also\s+|now\s+|just\s+|already\s+|)(?:refund"
    r"|sent|send|replac|reship|re-?sen|rebook|book|credit|arrang|fix|sort|cover|upgrad|issu|add|ask|chas|rais|lent"
    r"|lend|dm|messag|file|submit|lodg|handl|process)\w*",
    re.I,
)
# "Run by a separate coach company": disowning the service, unless the reply goes on to sort it out.
_SEPARATE = re.compile(
    r"\b(?:run|operated|handled|managed|provided|supplied|made|manufactured|prepared|controlled|owned|done)\s+by"
    r"\s+(?:a|an|the)\s+(?:separate|third[-\s]party|external|outside|independent|different)\b",
    re.I,
)
_SOFT += [
    Rule("passes_blame", p, _SHIFT_MSG, when=lambda d, m: _REMEDY.search(d.norm) is None)
    for p in (_THEY_FAILED, _SEPARATE)
]
_SOFT.append(
    Rule(
        "passes_blame",
        re.compile(r"\bplease\s+" + _PLEASE_VERB + r"\s+(?:" + _EXT + r"|" + _NAME + r")", re.I),
        _SHIFT_MSG,
        when=lambda d, m: d.ctx.kind != "question",
    )
)
# "They're the best people to ask" sends the customer elsewhere, unless the reply passed it on itself.
_BEST_PEOPLE = re.compile(
    r"\b(?:they(?:'re|\s+are)|(?:who|which)\s+(?:are|is))\s+(?:the\s+)?(?:best|right)\s+(?:people|person|ones?|place"
    r"|team|contact)\s+to\b|\bbest\s+placed\s+to\b",
    re.I,
)
_HANDED_ON = re.compile(
    r"\b(?:we|i)(?:'ve|\s+have|)\s+(?:passed|asked|raised|sent|shared|forwarded|escalated|referred)\b"
    r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:team|department|colleagues|specialists|experts)\b",
    re.I,
)
_OUT_OF_HANDS = re.compile(
    r"\b(?:out\s+of|beyond)\s+our\s+(?:hands|control)\b|\bnothing\s+(?:we|i)\s+can\s+do\b|\b(?:we|i)\s+(?:don't"
    r"|do\s+not|can't|cannot)\s+control\b|\b(?:no|little)\s+control\s+over\b|\bnot\s+(?:something|anything)\s+(?:we"
    r"|i)\s+(?:can\s+)?(?:control|fix|change)\b",
    re.I,
)
_NOT_US = re.compile(
    r"\bnot\s+(?:on\s+|with\s+|)(?:us|ours|our\s+(?:fault|doing|problem|responsibility|end|side))\b"
    r"|\bnot\s+on\s+our\s+[\w-]+\b",
    re.I,
)
_ELSEWHERE = re.compile(r"\b" + _PARTY + r"\b|\bon\s+their\s+(?:end|side)\b|\buntil\s+they\b", re.I)


def _deflections(draft: Draft) -> list[Hit]:
    """ "It's out of our hands, the courier has it" and "the courier lost it, not us" deflect to a third party;
    "beyond our control" alone (the weather) or "not our fault" alone (a defensive denial) do not."""
    hits = []
    found = [(m, True) for m in _OUT_OF_HANDS.finditer(draft.norm)] + [(m, False) for m in _NOT_US.finditer(draft.norm)]
    for m, negatable in found:
        if negatable and draft.negated(m.start()):
            continue
        if _ELSEWHERE.search(draft.around(m.start(), 0, 0)) is not None:
            hits.append(Hit("passes_blame", _SHIFT_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    return hits


_THEM = re.compile(
    r"\b(?:" + _REDIRECT_LEAD + r"\s+" + _REDIRECT_VERB + r"|please\s+" + _PLEASE_VERB + r")\s+them\b", re.I
)
_EXT_RE = re.compile(
    r"\b" + _EXT + r"\b|(?<![.!?]\s)(?<!^)\b" + _NAME + r"(?:'s)?\s+(?:had|has|is|are|was|were|handles|runs)\b", re.I
)


_SOFT.append(
    Rule(
        "passes_blame",
        re.compile(
            r"\b"
            + _EXT
            + r"\s+(?:handles?|deals?\s+with|manages?|processes|process|looks?\s+after|is\s+in\s+charge\s+of"
            r"|takes?\s+care\s+of|decides?|owns?)\s+(?:all\s+|any\s+|the\s+|)(?:[\w-]+\s+)?(?:claims|complaints|refunds"
            r"|returns|compensation|queries|disputes|issues|problems)\b",
            re.I,
        ),
        _SHIFT_MSG,
        # "Our courier handles damage claims, but we'll file it for you today" passes it on itself.
        when=lambda d, m: _REMEDY.search(d.around(m.start(), 0, 1)) is None and _HANDED_ON.search(d.norm) is None,
    )
)


# "The hotel sets the terms, so we can't help": the brand steps back because a partner is involved.
_CANT_HELP = re.compile(
    r"\b(?:so|which\s+means|and)\s+(?:we|i)\s+(?:can't|cannot|can\s+not|are\s+unable\s+to|'re\s+unable\s+to|aren't\s+able"
    r"\s+to)\s+(?:help|do\s+anything|refund|change|intervene|get\s+involved|comment|step\s+in)\b",
    re.I,
)


def _sent_elsewhere(draft: Draft) -> list[Hit]:
    hits = []
    for m in _CANT_HELP.finditer(draft.norm):
        if _EXT_RE.search(draft.around(m.start(), 0, 0)) is not None:
            hits.append(Hit("passes_blame", _SHIFT_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    for m in _THEM.finditer(draft.norm):  # "...the seller, so please contact them"
        if not draft.negated(m.start()) and _EXT_RE.search(draft.around(m.start(), 1, 0)) is not None:
            hits.append(Hit("passes_blame", _SHIFT_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    for m in _BEST_PEOPLE.finditer(draft.norm):
        if _HANDED_ON.search(draft.around(m.start(), 1, 0)) is None:
            hits.append(Hit("passes_blame", _SHIFT_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    return hits


def check_passes_blame(draft: Draft) -> list[Hit]:
    hits = run_rules(draft, _PASSES) + _deflections(draft)
    owned = any(not draft.negated(m.start()) for m in _OWNS.finditer(draft.norm))
    if not owned:
        hits += run_rules(draft, _SOFT) + _sent_elsewhere(draft)
    return hits
