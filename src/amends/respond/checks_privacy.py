"""Privacy in public replies: asks_pii_public and echoes_pii (care protocol rule 7).

A request for personal data is fine when it sends the customer to a private channel ("DM us your order
number", "email us at ...") in the same or a neighbouring sentence; it is reported when the customer
would answer in the open ("reply here with your order number", "post your email below", or simply
"could you share your order number?" with no private channel offered).
"""

from __future__ import annotations

import re
from functools import lru_cache

from amends.respond.checks_base import Draft, Hit, excerpt
from amends.respond.context import PiiItem, Visibility
from amends.triage.pii import detect_pii

_NOUNS = {
    "address": r"first\s+line\s+of\s+(?:your\s+|the\s+)?(?:[\w-]+\s+)?address|house\s+number"
    r"|(?:(?:full|home|delivery|postal|billing|shipping|street|house)\s+)?address(?:es)?"
    r"|post\s?code|zip(?:\s+code)?",
    "email address": r"e-?mail(?:\s+address)?",
    "phone number": r"(?:mobile|cell|phone|telephone|contact|home|landline|whatsapp|work)\s+(?:number|no\.?|#)"
    r"|(?<=your\s)(?:mobile|phone)\b(?!\s+(?:app|model|screen|case|charger|bill|plan|contract|provider|network))",
    "order number": r"(?:order|tracking|invoice|purchase)\s*(?:number|no\.?|#|id|ref(?:erence)?|code|details|info)",
    "booking reference": r"(?:booking|reservation|confirmation|reference|ref)\s*(?:number|no\.?|#|id|ref(?:erence)?"
    r"|code)",
    "account number": r"(?:account|customer|member(?:ship)?|policy|loyalty|sort|iban|routing)\s*(?:number|no\.?|#|id"
    r"|code|details|info)|iban",
    "card details": r"(?:credit|debit|bank|payment)\s+card(?:\s+(?:number|no\.?|details|info))?"
    r"|card\s+(?:number|no\.?|details|info)|cvv|cvc"
    r"|security\s+code|expiry(?:\s+date)?|(?:bank|payment|billing)\s+(?:details|info)|last\s+(?:four|4)\s+digits",
    "password": r"pass(?:word|code)s?|pin(?:\s+(?:number|code))?|log-?in(?:\s+details)?|username|one-time\s+(?:code"
    r"|passcode)|otp|verification\s+code",
    "date of birth": r"date\s+of\s+birth|dob|birth\s?date|birthday",
    "ID number": r"passport(?:\s+number)?|(?:driving|driver's|drivers)\s+licen[cs]e(?:\s+number)?|national\s+insurance"
    r"(?:\s+number)?|social\s+security(?:\s+number)?|ssn",
    "personal details": r"(?:personal|contact)\s+(?:details|info(?:rmation)?)",
}
_NOUN = "|".join(f"(?P<n{i}>{p})" for i, p in enumerate(_NOUNS.values()))
_LABELS = list(_NOUNS)
_VAGUE = r"(?P<vague>details|number|info|information)"  # only with "your": "send us your details"
_VERB = (
    r"(?:sharing|posting|sending|dropping|leaving|popping|replying|commenting|adding|including|confirming|providing"
    r"|giving|telling|typing|listing|pasting|reply|respond|comment|tweet|post|write|leave|drop|share|send|provide|give"
    r"|tell|pop|put|add|include|type|list|confirm|paste|let\s+(?:us|me)\s+know|fill\s+(?:us\s+)?in\s+on|pass\s+(?:on"
    r"|along))"
)
_GAP = r"(?:\s+(?!(?:if|whether|when|once|how|that|after|before|what|why)\b)[\w'#-]+){0,4}?"
_REQUEST = re.compile(
    r"\b(?P<verb>" + _VERB + r")\b" + _GAP + r"\s+(?P<det>your|ur|the)\s+(?:[\w-]+\s+){0,2}?(?:" + _NOUN + r")\b",
    re.I,
)
_REQUEST_VAGUE = re.compile(
    r"\b(?P<verb>" + _VERB + r")\b" + _GAP + r"\s+(?P<det>your|ur)\s+(?:[\w-]+\s+){0,2}?" + _VAGUE + r"\b", re.I
)
_QUESTION = re.compile(
    # "What's the best number to reach you on?", "which email can we contact you on?"
    r"\b(?:what(?:'s|\s+is)|which\s+is)\s+(?:the\s+|a\s+|your\s+)?(?:best|right|good|easiest)\s+(?P<num>number|e-?mail"
    r"|address)\s+(?:to|for|we\s+can|on\s+which)\b|\b(?:which|what)\s+(?P<num2>number|e-?mail|address)\s+(?:can|should"
    r"|could|do|shall)\s+(?:we|i)\s+(?:reach|call|contact|use|ring|text|e-?mail|send)\b|\b(?:what"
    r"|which)\s+(?P<num3>e-?mail(?:\s+address)?|(?:phone|mobile|contact)\s+number|number|address|post\s?code)\s+(?:is"
    r"|was|are|did|do|should|can|does)\s+(?:the|your|it|you|we)\b|\b(?:what(?:'s|\s+is|\s+was|\s+are)\s+(?:your"
    r"|the)\s+(?:best\s+|full\s+|correct\s+|)|(?:can|could|may)\s+(?:we|i)\s+(?:get|have|grab|take"
    r"|ask\s+for)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?|(?:we|i)(?:'ll|\s+will|'d|\s+would|)\s+(?:just\s+"
    r"|)need\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?)(?:" + _NOUN + r")\b",
    re.I,
)
_PLEASE = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}?(?:" + _NOUN + r")\s*,?\s+(?:please|pls|plz)\b", re.I)
# The agent describing their own action ("we'll send it to your address") rather than asking.
_AGENT_SUBJECT = re.compile(
    r"\b(?:we|i|they|he|she|it|our\s+\w+|the\s+\w+)(?:'ll|'ve|'d|'re|'m)?(?:\s+(?:will|would|can|could|shall|should"
    r"|have|had|has|just|also|already|then|now|be|been|are|is|was|were|'ll|'ve))*\s*$",
    re.I,
)
_PRIVATE = re.compile(
    r"\b(?:dms?|d\.m\.?|direct(?:ly)?\s+messag\w*|private(?:ly)?(?:\s+(?:messag\w*|chat))?|pms?|inbox|messenger"
    r"|in\s+private|message\s+us|e-?mail\s+us|call\s+us|phone\s+us|ring\s+us|contact\s+form|secure\s+(?:form|link"
    r"|portal|page)|live\s+chat|chat\s+with\s+us|via\s+(?:message|e-?mail|phone|chat)|by\s+(?:e-?mail|phone|message)"
    r"|our\s+(?:website|site|app|help\s+cent(?:re|er))|(?:returns|contact|online|web|secure|claim|refund)\s+form"
    r"|in\s+(?:the|our)\s+app|(?:your|my)\s+account\s+(?:page|settings)|(?:sign|log)\s+in\s+to|reply\s+to\s+(?:your"
    r"|the|our|that|this)\s+(?:[\w-]+\s+){0,3}?(?:e-?mail|message|text|letter|dm)|(?:send"
    r"|drop)\s+us\s+a\s+(?:private\s+|direct\s+|quick\s+|)(?:message|line|dm|note|e-?mail|pm))\b|https?://|www\.",
    re.I,
)
_PUBLIC = re.compile(
    r"\b(?:here|below|in\s+the\s+comments?|in\s+(?:this|the)\s+(?:thread|post|reply|tweet|comments?)|on\s+this\s+"
    r"(?:thread|post|tweet)|publicly|in\s+public|as\s+a\s+(?:reply|comment))\b",
    re.I,
)
_PUBLIC_VERBS = frozenset({"reply", "respond", "comment", "tweet", "post"})


def _label(m: re.Match[str]) -> str:
    groups = m.groupdict()
    for i, label in enumerate(_LABELS):
        if groups.get(f"n{i}") is not None:
            return label
    found = groups.get("num") or groups.get("num2") or groups.get("num3") or ""
    if found.lower() == "number":
        return "phone number"
    return "email address" if "mail" in found.lower() else "address" if found else "personal details"


# A request verb used as a noun ("delete the tweet with your number", "we've hidden your comment") asks nothing.
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|your|my|our|his|her|their|each|every|original|first|last)\s+$", re.I
)
# "It was a mistake to leave the old address on the account" describes; it does not ask.
# "The app will ask you to confirm your email when you sign in" explains a product step.
_PROMPTS_BEFORE = re.compile(
    r"\b(?:app|site|website|form|system|page|screen|checkout)\s+(?:will\s+|may\s+|)(?:asks?|prompts?|requires?"
    r"|needs?)\s+you\s+to\s+$",
    re.I,
)
_DESCRIBES_BEFORE = re.compile(r"\b(?:mistake|fault|error|wrong|careless|unwise)\s+(?:of\s+you\s+)?to\s+$", re.I)


def _public_marker(sentence: str) -> bool:
    for m in _PUBLIC.finditer(sentence):
        # "DM us here" points at the private channel, not at the thread.
        if m.group().lower() == "here" and _PRIVATE.search(sentence[max(0, m.start() - 25) : m.end() + 15]):
            continue
        return True
    return False


def check_asks_pii_public(draft: Draft) -> list[Hit]:
    if draft.ctx.visibility is not Visibility.PUBLIC:
        return []
    hits = []
    candidates = [(m, m.group("verb").lower()) for m in _REQUEST.finditer(draft.norm)]
    candidates += [(m, m.group("verb").lower()) for m in _REQUEST_VAGUE.finditer(draft.norm)]
    candidates += [(m, "") for m in _QUESTION.finditer(draft.norm)]
    candidates += [(m, "") for m in _PLEASE.finditer(draft.norm)]
    for m, verb in candidates:
        if verb and _AGENT_SUBJECT.search(draft.clause_before(m.start(), 60)):
            continue
        lead = draft.norm[max(0, m.start() - 24) : m.start()]
        if verb and (_NOUN_BEFORE.search(lead) or _DESCRIBES_BEFORE.search(lead) or _PROMPTS_BEFORE.search(lead)):
            continue
        if draft.negated(m.start()):  # "no need to post your address"
            continue
        sentence = draft.around(m.start(), 0, 0)
        if not _public_marker(sentence) and verb not in _PUBLIC_VERBS:
            if _PRIVATE.search(draft.around(m.start(), 1, 1)):
                continue
        elif _PRIVATE.search(draft.norm, m.start(), m.end()) and not _public_marker(m.group()):
            continue  # "reply to our DM with your order number"
        label = _label(m)
        msg = (
            f"Asks for the customer's {label} in a public reply; invite them to send it by private message "
            "instead, so it is not posted where everyone can see it."
        )
        hits.append(Hit("asks_pii_public", msg, *m.span()))
    return hits


# ---------------------------------------------------------------- echoes_pii
_SEP = r"[\s().+/-]*"
_ALNUM = re.compile(r"[0-9A-Za-z]")
_ITEM_LABELS = {
    "phone": "phone number",
    "email": "email address",
    "card": "card number",
    "address": "address",
    "order_number": "order number",
    "booking_reference": "booking reference",
    "account_number": "account number",
    "ticket_number": "ticket number",
}
_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _item_patterns(kind: str, text: str) -> tuple[re.Pattern[str], ...]:
    text = text.strip()
    if kind == "email":
        return (re.compile(r"(?<![\w.+-])" + re.escape(text) + r"(?![\w-])", re.I),) if "@" in text else ()
    if kind == "address":
        parts = [text] + [p for p in text.split(",") if len(p.split()) >= 2 and _HAS_DIGIT.search(p)]
        pats = []
        for part in parts:
            words = re.findall(r"[0-9A-Za-z']+", part)
            if len(words) >= 2:
                pats.append(re.compile(r"\b" + r"[\s,.-]+".join(map(re.escape, words)) + r"\b", re.I))
        return tuple(pats)
    chars = _ALNUM.findall(text)
    if len(chars) < 4:
        return ()
    return (re.compile(r"(?<![0-9A-Za-z])" + _SEP.join(map(re.escape, chars)) + r"(?![0-9A-Za-z])", re.I),)


@lru_cache(maxsize=256)
def _found_in(complaint: str) -> tuple[PiiItem, ...]:
    return tuple(PiiItem(s.type, s.text) for s in detect_pii(complaint) if s.confidence >= 0.7)


def _exposed(draft: Draft) -> list[PiiItem]:
    # Triage's items, plus what the post itself shows, in case the context was built by hand without them.
    items = list(draft.ctx.pii)
    if isinstance(draft.ctx.complaint_text, str) and draft.ctx.complaint_text:
        items += _found_in(draft.ctx.complaint_text)
    return [i for i in items if i.type in _ITEM_LABELS and isinstance(i.text, str) and i.text.strip()]


def check_echoes_pii(draft: Draft) -> list[Hit]:
    if draft.ctx.visibility is not Visibility.PUBLIC:
        return []
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for item in _exposed(draft):
        for pattern in _item_patterns(item.type, item.text):
            for m in pattern.finditer(draft.norm):
                start, end = m.span()
                if any(start < b and a < end for a, b in taken):
                    continue
                taken.append((start, end))
                label = _ITEM_LABELS[item.type]
                msg = (
                    f"Repeats the {label} the customer posted ({excerpt(draft.text, start, end, 30)}) in a public "
                    "reply; take it out, and consider hiding their post so it is no longer visible."
                )
                hits.append(Hit("echoes_pii", msg, start, end))
    # Card and account numbers are never for public replies, even when the customer did not post them.
    for span in detect_pii(draft.text):
        if span.type in ("card", "account_number") and span.confidence >= 0.9:
            if any(span.start < b and a < span.end for a, b in taken):
                continue
            label = _ITEM_LABELS[span.type]
            msg = f"Shows a {label} in a public reply; remove it and share it only in a private message."
            hits.append(Hit("echoes_pii", msg, span.start, span.end))
    return hits
