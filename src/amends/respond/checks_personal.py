"""Personal touch: generic and no_acknowledgement (care protocol rules 3 and 4).

Both compare the reply with the customer's post. Words are reduced to rough stems (waiting/waited → wait,
delivery/delivered → deliver) and matched on a shared prefix, and a few families of words that customers
and agents use for the same thing (parcel/package/delivery, broken/faulty/damaged) count as one, so
"your parcel is late" acknowledges "where is my package??". Words that every care reply uses ("sorry",
"help", "issue", "experience") and the customer's own feelings ("terrible", "ridiculous") carry no detail
and are ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache

from amends.respond.checks_base import Draft, Hit, word_set
from amends.respond.context import Purpose

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_NOISE = re.compile(r"(?:https?://|www\.)\S+|[@#]\w+|(?<!\S)\S+@\S+", re.I)

_STOP = word_set(
    """
    a about above after again against all also am an and any are aren't as at be because been before being below
    between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
    for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
    himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
    she's should shouldn't so some such than that that's the their theirs them themselves then there there's these
    they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're
    we've were weren't what what's when when's where where's which while who who's whom why why's will with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves im ive youre dont cant wont didnt
    isnt wasnt thats its u ur pls plz thx lol omg wtf ffs yet still just even ever never always really actually
    literally now then today yesterday tomorrow week weeks day days hour hours month months time times again already
    get got getting gets go going gone went come came make made take took give gave say said tell told know want
    wanted need needs needed think thought see seen look looked one two three thing things way lot lots much many
    every everyone anyone someone something anything nothing everything back also well ok okay yes yeah hi hello hey
    dear thanks thank please sorry apologise apologize apologies apology help helping helped hear heard issue issues
    problem problems experience service customer customers support team contact reach message dm dms details assist
    assistance trouble inconvenience frustrating frustrated frustration disappointed disappointing disappointment
    understand sure happy glad reply respond response regards asap bad terrible awful worst horrible good great poor
    disgusting ridiculous unacceptable joke absolutely completely totally seriously honestly shocking appalling
    pathetic useless rubbish angry upset annoyed fed fix fixed sort sorted matter concern concerns situation case
    company brand store shop people guys anybody nobody please"""
)

# Families of words that name the same thing; a match inside a family counts as naming it.
_FAMILIES = (
    "parcel package delivery deliver shipment shipping courier order item",
    "late delay delayed waiting wait overdue",
    "missing lost arrive arrived arrival",
    "broken broke damaged faulty defective cracked smashed dead malfunction working",
    "charged charge billed bill billing payment paid overcharged debited twice double",
    "refund refunded reimburse reimbursement money",
    "cancel cancelled canceled cancellation",
    "rude impolite unhelpful attitude staff employee manager cashier",
    "app website site login password crash crashing crashes error bug glitch",
    "outage down offline internet wifi connection signal broadband",
    "wrong incorrect size colour color",
    "flight plane boarding gate luggage baggage suitcase",
    "phone iphone mobile handset smartphone device",
    "battery drain drains draining",
)


def _stem(word: str) -> str:
    w = word.casefold()
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@lru_cache(maxsize=1)
def _family_of() -> dict[str, int]:
    return {_stem(w): i for i, fam in enumerate(_FAMILIES) for w in fam.split()}


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        n = min(len(a), len(b))
        return a[:n] == b[:n] or (n >= 6 and a[:6] == b[:6])
    fam = _family_of()
    return a in fam and fam.get(a) == fam.get(b)


def _content(text: str, exclude: set[str]) -> dict[str, str]:
    """The content words of `text` by stem, each with the first spelling seen."""
    words: dict[str, str] = {}
    for m in _TOKEN.finditer(_NOISE.sub(" ", text)):
        raw = m.group()
        low = raw.casefold()
        if low in _STOP or low in exclude or (len(low) < 3 and not low.isdigit()):
            continue
        words.setdefault(_stem(low), raw)
    return words


def _names(draft: Draft) -> set[str]:
    names = set()
    for part in (draft.ctx.customer_name or "", (draft.ctx.customer_handle or "").lstrip("@")):
        names |= {t.casefold() for t in _TOKEN.findall(part) if len(t) >= 2}
    return names


def _uses_name(draft: Draft, names: set[str]) -> bool:
    return bool(names) and any(t.casefold() in names for t in _TOKEN.findall(draft.norm))


def _overlap(complaint: dict[str, str], reply: dict[str, str], words_only: bool) -> list[str]:
    shared = []
    for stem, raw in complaint.items():
        if words_only and stem.isdigit():
            continue
        if any(_same(stem, r) for r in reply):
            shared.append(raw)
    return shared


def check_personal(draft: Draft) -> list[Hit]:
    """generic and no_acknowledgement; both need the customer's post, so neither runs without it."""
    ctx = draft.ctx
    complaint_text = ctx.complaint_text
    if not complaint_text or not complaint_text.strip() or ctx.kind == "spam":
        return []
    names = _names(draft)
    exclude = names | {t.casefold() for t in _TOKEN.findall(ctx.voice.brand)}
    complaint = _content(complaint_text, exclude)
    if len(complaint) < draft.settings.min_complaint_words:
        return []
    reply = _content(draft.norm, exclude)
    hits = []
    settings = draft.settings
    specific = _overlap(complaint, reply, words_only=False)
    enabled = settings.enabled
    if enabled("generic") and len(specific) < settings.generic_min_overlap and not _uses_name(draft, names):
        msg = (
            "Reads like a stock reply: it uses neither the customer's name nor anything from their post. Mention "
            "their name or the detail they raised."
        )
        hits.append(Hit("generic", msg))
    skip_ack = ctx.purpose in (Purpose.THANKS, Purpose.FOLLOW_UP, Purpose.SECOND_COMMENT) or ctx.kind == "praise"
    if enabled("no_acknowledgement") and not skip_ack:
        named = _overlap(complaint, reply, words_only=True)
        if len(named) < settings.acknowledgement_min_overlap:
            examples = sorted((w for w in complaint.values() if not w.isdigit()), key=len, reverse=True)[:3]
            hint = f" (for example {', '.join(repr(w) for w in examples)})" if examples else ""
            msg = (
                "Does not name the customer's issue. Say what went wrong in their terms"
                f"{hint}, so they can see their post was read."
            )
            hits.append(Hit("no_acknowledgement", msg))
    return hits
