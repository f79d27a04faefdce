"""Style: profanity, off_voice, jargon and overpromise.

Word lists match whole words only, so "Scunthorpe", "assistance", "class" and "hello" never look like
swearing. Masked swearing ("f***", "sh!t", "$hit") is recognised by treating the mask characters as
wildcards and comparing the word against the list, rather than by listing every spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from amends.respond.checks_base import Draft, Hit, Rule, compile_rules, excerpt, phrases, run_rules, word_set
from amends.respond.voice import Formality

# ---------------------------------------------------------------- profanity
_PROFANE = re.compile(
    r"\b(?:(?:mother)?f+u+c+k+\w*|(?:bull|horse|dip|ape)?shit(?:s|ty|tier|ting|ted|head|heads|hole|holes|show|storm)?"
    r"|crap(?:py|s|pier)?|(?:god)?damn(?:ed|it)?|dammit|bitch\w*|bastards?|(?:ass|arse)holes?|ass|arse|jackass|dumbass"
    r"|badass|piss(?:ed|ing|es)?|cunts?|twats?|wank(?:er|ers|ing)?|pricks?|dickheads?|bollocks|bugger(?:ed)?"
    r"|bloody(?!\s+mar(?:y|ys|ies)\b)|arsed?|tossers?|bellends?|knobheads?|pillocks?|plonkers?|prats?|numpty|numpties"
    r"|muppets?|nitwits?|halfwits?|twits?|dunces?|boneheads?|airheads?|dumbos?|doofus(?:es)?|nincompoops?|buffoons?"
    r"|daft|clueless|useless\s+(?:lot|bunch)|sodding|sod\s+(?:off|all|it)|frig+in\w*|frick(?:in|ing)\w*|feck\w*"
    r"|cock-?ups?|balls-?ups?|drama\s+queens?|cry-?bab(?:y|ies)|don't\s+be\s+(?:so\s+|such\s+a\s+)?(?:silly|dramatic"
    r"|precious|childish|ridiculous|a\s+baby|a\s+child)|wtf|wtaf|wth|stfu|ffs|f(?:c?u?)?k(?:i?n[g']?|ing|in|ed|d)|fkn|fk|omfg|fml|gtfo|lmfao|jfc|fubar|snafu"
    r"|effing|effed|f(?:'|-)(?:d|ed|ing|in|in')|idiots?|idiotic|morons?|moronic|stupid(?:ity)?|dumb|imbeciles?|cretins?"
    r"|losers?|pathetic|retard(?:ed|s)?|dimwits?|shut\s+up|screw\s+(?:you|this|that|off)|the\s+hell|hell\s+of\s+a"
    r"|go\s+to\s+hell|hell\s+no|BS(?!\s*\d|\s+EN\b)|bs(?!\s*\d))(?![\w'])"
    r"(?!\.\.|…)",  # "as we ass..." is a word cut short by the platform, not a swear word
    re.I,
)
# Targets for masked spellings: the letters a mask can hide.
_MASKABLE = sorted(
    word_set(
        "fuck fucking fucked fucker fuckers motherfucker shit shitty shite bullshit bitch bitches bastard asshole "
        "arsehole cunt twat wanker damn goddamn crap piss pissed dick dickhead prick bollocks hell ass arse jackass "
        "dumbass idiot moron stupid shitshow shitstorm shithead shithole shitting dipshit horseshit fuckup fuckwit "
        "clusterfuck bellend tosser bastards arseholes assholes"
    )
)
_MASK_TOKEN = re.compile(r"(?<![\w*#@$!%])[a-z*#@$!%1]{3,}(?![\w*#@$%])", re.I)
_MASK_CHARS = frozenset("*#@$!%1")
_MASK_AS = {"*": "[a-z]", "#": "[a-z]", "%": "[a-z]", "$": "s", "@": "a", "!": "i", "1": "[il]"}
_PROFANITY_MSG = '"{match}" is swearing or an insult, even masked. Rephrase it; no reply may contain it.'


def _masked(draft: Draft, allow: set[str]) -> list[Hit]:
    hits = []
    for m in _MASK_TOKEN.finditer(draft.norm):
        token = m.group()
        letters = sum(c.isalpha() for c in token)
        if letters < 1 or not any(c in _MASK_CHARS for c in token) or token.casefold() in allow:
            continue
        if token[0] == "@" and letters == len(token) - 1 and token[1:].casefold() not in {"ss", "sshole"}:
            continue  # a handle, not "@ss"
        shape = re.compile("".join(_MASK_AS.get(c, re.escape(c)) for c in token.casefold()))
        if any(shape.fullmatch(word) for word in _MASKABLE):
            hits.append(Hit("profanity", _PROFANITY_MSG.replace("{match}", token), *m.span()))
    return hits


@lru_cache(maxsize=64)
def _extra_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    return phrases(terms)


def check_profanity(draft: Draft) -> list[Hit]:
    allow = {a.casefold() for a in draft.settings.allow}
    hits = []
    patterns = [_PROFANE, _extra_pattern(tuple(draft.settings.profanity))]
    for pattern in patterns:
        if pattern is None:
            continue
        for m in pattern.finditer(draft.norm):
            if m.group().casefold() in allow:
                continue
            hits.append(Hit("profanity", _PROFANITY_MSG.replace("{match}", excerpt(draft.text, *m.span())), *m.span()))
    return hits + _masked(draft, allow)


# ---------------------------------------------------------------- off_voice
_EMOJI = re.compile(
    "(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*)+"
    r"|(?<!\S)(?:[:;=]-?[)(DPp]|<3|xD)(?!\S)"
)
_CAPS = re.compile(r"(?<![\w@#/.'-])[A-Z][A-Z']*[A-Z](?![\w'-])")
_SHOUT_PUNCT = re.compile(r"!{2,}|\?{2,}|[!?]{3,}|\?!|!\?")
# Well-known acronyms of five or more letters that are not shouting.
_LONG_ACRONYMS = word_set(
    "HTTPS COVID NASDAQ UNICEF NATO FIFA UEFA OFCOM OFGEM OFWAT GDPR CCPA HMRC DVLA ASAP WISMO CSAT JIRA"
)
_SLANG = re.compile(
    r"(?<![\w'-])(?:gonna|wanna|gotta|lol|lmao|rofl|omg|thx|thnx|pls|plz|tbh|idk|imo|imho|smh|kinda|sorta|dunno"
    r"|lemme|gimme|y'all|ain't|cuz|coz|bruh|ya|yea|srsly|nvm|ikr)(?![\w'-])",
    re.I,
)
_TEXTSPEAK = re.compile(r"(?<![\w'@#-])(?:u|ur|r|k)(?![\w'-])")  # lower case only: "U-turn", "R&D" stay
_CASUAL = re.compile(
    r"(?<![\w'-])(?:hey|hiya|heya|yeah|yep|yup|nope|nah|awesome|cool|cheers|no\s+worries|no\s+probs?|mate|folks|guys"
    r"|stuff|super|totally|oops|whoops|btw|fyi|okey-dokey|ta)(?![\w'-])",
    re.I,
)


@lru_cache(maxsize=64)
def _avoid_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    alts = sorted({re.escape(" ".join(w.split())).replace(r"\ ", r"\s+") for w in words if w.strip()}, key=len)
    if not alts:
        return None
    return re.compile(r"(?<![\w@#])(?:" + "|".join(reversed(alts)) + r")(?:s|es)?(?!\w)", re.I)


def _avoided(draft: Draft) -> list[Hit]:
    avoid = draft.ctx.voice.avoid
    pattern = _avoid_pattern(tuple(sorted(avoid)))
    if pattern is None:
        return []
    hits = []
    for m in pattern.finditer(draft.norm):
        key = " ".join(m.group().casefold().split())
        instead = avoid.get(key, avoid.get(key.rstrip("s"), avoid.get(key[:-2], "")))
        found = excerpt(draft.text, *m.span())
        if instead:
            msg = f'The brand voice avoids "{found}"; say "{instead}" instead.'
        else:
            msg = f'The brand voice avoids "{found}"; leave it out.'
        hits.append(Hit("off_voice", msg, *m.span()))
    return hits


def _shouting(draft: Draft) -> list[Hit]:
    voice = draft.ctx.voice
    allowed = {a.upper() for a in (*draft.settings.allow, *voice.prefer)} | set(voice.brand.upper().split())
    allowed |= _LONG_ACRONYMS
    # Names the customer wrote in capitals themselves (a product, a shop) are not the brand shouting.
    complaint = draft.ctx.complaint_text
    if isinstance(complaint, str):
        allowed |= {m.group() for m in _CAPS.finditer(complaint)}
    min_letters, run_words = draft.settings.caps_min_letters, draft.settings.caps_run_words
    words = [m for m in _CAPS.finditer(draft.norm) if m.group() not in allowed]
    hits: list[Hit] = []
    reported = -1
    for i, m in enumerate(words):
        if m.start() < reported:
            continue
        # A run of capital words separated only by spaces, e.g. "WE ARE SO SORRY".
        j = i
        while j + 1 < len(words) and not draft.norm[words[j].end() : words[j + 1].start()].strip(" ,"):
            j += 1
        long_word = sum(c.isalpha() for c in m.group()) >= min_letters
        if j - i + 1 >= run_words or long_word:
            start, end = m.start(), words[j].end() if j - i + 1 >= run_words else m.end()
            found = excerpt(draft.text, start, end)
            hits.append(
                Hit("off_voice", f'"{found}" is in capitals, which reads as shouting; use normal case.', start, end)
            )
            reported = end
    return hits


def check_off_voice(draft: Draft) -> list[Hit]:
    voice = draft.ctx.voice
    hits = _avoided(draft) + _shouting(draft)
    if not voice.emoji:
        for m in _EMOJI.finditer(draft.norm):
            found = draft.text[m.start() : m.end()]
            hits.append(Hit("off_voice", f"The brand voice uses no emoji or emoticons; remove {found}.", *m.span()))
    for m in _SHOUT_PUNCT.finditer(draft.norm):
        hits.append(Hit("off_voice", f'"{m.group()}" is over-excited punctuation; one mark is enough.', *m.span()))
    if voice.formality is not Formality.CASUAL:
        slang = list(_SLANG.finditer(draft.norm)) + list(_TEXTSPEAK.finditer(draft.norm))
        if voice.formality is Formality.FORMAL:
            slang += list(_CASUAL.finditer(draft.norm))
        prefer = {p.casefold() for p in voice.prefer}
        for m in slang:
            if m.group().casefold() in prefer:
                continue
            found = excerpt(draft.text, *m.span())
            msg = f'"{found}" is too casual for this brand\'s {voice.formality.value} voice; write it out plainly.'
            hits.append(Hit("off_voice", msg, *m.span()))
    return hits


# ---------------------------------------------------------------- jargon
_JARGON_MSG = '"{match}" is internal or technical jargon; say what it means in everyday words.'
_JARGON_ACRONYMS = re.compile(
    r"(?<![\w@#])(?:RMA|SLA|SKU|CRM|FCR|AHT|CSAT|WISMO|BAU|EOD|COB|TAT|OOS|RTS|KYC|AML|IDV|ID&V|PFA|QA|UAT|API|DNS|JIRA"
    r"|Jira|Zendesk|Salesforce)s?(?!\w)|\b(?:INC|CHG|REQ|SR)-?\d{4,}\b|(?<![\w@#])[TL][1-3](?=\s+(?:team|support"
    r"|agents?|queue|engineers?|desk)\b)|(?<=\bto\s)[TL][1-3]\b"
)
_JARGON = compile_rules(
    "jargon",
    [
        (r"\b(?:tier|level)\s*[1-3]\s+(?:support|team|agents?|queue|escalation|engineers?|desk)\b", _JARGON_MSG),
        (r"\bescalat\w*\s+(?:this\s+|it\s+|your\s+\w+\s+|)to\s+(?:tier|level)\s*[1-3]\b", _JARGON_MSG),
        (r"\bback[-\s]?end\b|\bfront[-\s]?end\b|\bserver[-\s]side\b|\bclient[-\s]side\b|\bupstream\b", _JARGON_MSG),
        (r"\bper\s+policy\b|\b(?:policy|section|clause|sop)\s+\d+(?:\.\d+)+\b", _JARGON_MSG),
        (
            r"\bticket\s*(?:#|no\.)|\bsev(?:erity)?\s?[1-4]\b|\bP[1-4]\s+(?:ticket|incident|issue|priority)\b",
            _JARGON_MSG,
        ),
        (r"\bas\s+per\b|\bkindly\s+revert\b|\brevert\s+(?:back\s+)?(?:to\s+(?:you|us|me)|with)\b", _JARGON_MSG),
        (r"\bdo\s+the\s+needful\b|\bplease\s+be\s+advised\b|\bherewith\b", _JARGON_MSG),
        (r"\bwork-?arounds?\b|\broot[-\s]causes?\b|\bsync(?:ing)?\s+(?:issues?|errors?|problems?)\b", _JARGON_MSG),
        (r"\bcach(?:e|ed|ing)\b|\bhot-?fix(?:es|ed)?\b|\bregressions?\b", _JARGON_MSG),
        (r"\blatency\b|\bpayloads?\b|\bendpoints?\b|\bKB\s+articles?\b|\bops\s+team\b|\bpre-?auth\b", _JARGON_MSG),
        (r"\bdispatch\s+exceptions?\b|\bexception\s+(?:report|queue|code)s?\b|\bline\s+items?\b", _JARGON_MSG),
    ],
    negatable=False,
)
_JARGON.append(Rule("jargon", _JARGON_ACRONYMS, _JARGON_MSG, negatable=False))


def check_jargon(draft: Draft) -> list[Hit]:
    allow = {a.casefold() for a in draft.settings.allow}
    extra = _extra_pattern(tuple(draft.settings.jargon))
    rules = _JARGON if extra is None else [*_JARGON, Rule("jargon", extra, _JARGON_MSG, negatable=False)]
    hits = run_rules(draft, rules)
    return [h for h in hits if draft.text[h.start : h.end].casefold() not in allow]


# ---------------------------------------------------------------- overpromise
_PROMISE_MSG = (
    '"{match}" promises something nobody can guarantee. Commit to what you will do and by when, not to an '
    "outcome outside your control."
)
_OVERPROMISE = compile_rules(
    "overpromise",
    [
        (
            r"\b(?:this|it|that|something\s+like\s+this|nothing\s+like\s+this)(?:\s+will|'ll|\s+is\s+going\s+to"
            r"|\s+won't|\s+will\s+not|\s+is\s+never\s+going\s+to)\s+(?:never\s+|ever\s+|)(?:ever\s+|)happen\s+again\b",
            _PROMISE_MSG,
        ),
        (r"\bnever(?:,?\s+ever)?,?\s+happen\s+again\b", _PROMISE_MSG),
        (
            r"\byou(?:'ll|\s+will)\s+never\s+(?:have|experience|see|face|get)\s+(?:this|that"
            r"|the\s+same)\s+(?:\w+\s+)?again\b",
            _PROMISE_MSG,
        ),
        (r"\b(?:i|we)\s+(?:can\s+|)guarantee\b|\bguaranteed\b(?!\s+(?:delivery|next[-\s]day)\b)", _PROMISE_MSG),
        (r"\b(?:100\s?%|absolutely|completely)\s+(?:guaranteed|certain|sure)\b", _PROMISE_MSG),
        (
            r"\b(?:i|we)\s+(?:can\s+|)promise\s+(?:you\s+|)(?:that\s+|)[^.!?;\n]{0,40}?\b(?:never|arrive|be\s+(?:fixed"
            r"|resolved|delivered|sorted|there|back)|won't\s+happen)\b",
            _PROMISE_MSG,
        ),
        (
            r"\b(?:will|'ll)\s+(?:definitely|certainly|absolutely|100\s?%|for\s+sure)\s+(?:arrive|be\s+(?:there"
            r"|delivered|fixed|resolved|with\s+you|back|sorted|working)|get\s+there|work|reach\s+you)\b",
            _PROMISE_MSG,
        ),
        (
            r"\b(?:fixed|resolved|solved|sorted)\s+(?:for\s+good|forever|permanently|once\s+and\s+for\s+all)\b",
            _PROMISE_MSG,
        ),
        (r"\b(?:you\s+have|you've\s+got)\s+my\s+word\b", _PROMISE_MSG),
    ],
)


def check_overpromise(draft: Draft) -> list[Hit]:
    return run_rules(draft, _OVERPROMISE)
