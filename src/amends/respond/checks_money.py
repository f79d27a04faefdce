"""Money: beyond_authority (care protocol rule 6).

An agent may offer refunds, credit and compensation up to their `refund_limit`. The check finds the amounts
the reply offers (an amount near "refund", "credit", "voucher", "waive", "on us", ...), multiplies
per-item amounts ("£30 for each of three appointments", "refund both nights" when the complaint says
"£89 a night") and adds distinct offers together. Prices quoted without offering them back pass.
"""

from __future__ import annotations

import re

from amends.respond.checks_base import Draft, Hit

# ---------------------------------------------------------------- beyond_authority
_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_AMOUNT = re.compile(
    r"(?P<cur1>(?:US|A|AU|C|CA|NZ)?\$|[£€]|(?:GBP|USD|EUR|AUD|CAD|NZD)\s?)(?P<a1>" + _NUM + r")(?:\.(?P<c1>\d{1,2}))?"
    r"(?P<k1>k)?(?![\d%])"
    r"|(?<![\d.,£$€])(?P<a2>" + _NUM + r")(?:\.(?P<c2>\d{1,2}))?\s?(?P<cur2>dollars?|pounds?|euros?|quid|bucks|GBP|USD"
    r"|EUR|AUD|CAD|NZD|[£$€])(?!\w)"
    r"|(?<![\d.,£$€\w])(?P<a3>" + _NUM + r")\.(?P<c3>\d{2})(?![\d%.]|\s?(?:am|pm|a\.m|p\.m|hrs?|h)\b)",
    re.I,
)
_COMP = re.compile(
    r"\b(?:refund(?:s|ed|ing)?|reimburs\w*|credit(?:ed|s|ing)?|compensat\w*|vouchers?|(?:e-?)?gift\s?cards?|goodwill"
    r"|gesture|discount(?:ed|s)?|cashback|cash\s+back|money\s+back|rebate|payout|pay\s+you|waiv(?:e|ed|es|ing)"
    r"|cover\s+the\s+cost|off\s+your\s+next|off\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:cost|bill|price|invoice|fee|renewal"
    r"|balance|total|membership|order|booking)|store\s+credit|coupon|promo\s+code"
    r"|(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+can|\s+could|\s+shall|'re\s+going\s+to|\s+are\s+going\s+to)?\s+"
    r"(?:also\s+|happily\s+|gladly\s+|)(?:pay|cover|pick\s+up|foot|absorb|take\s+care\s+of|meet\s+the\s+cost))\b",
    re.I,
)
# Words that make an amount a gift only when right next to it: "a free dinner (£70)", "£20 of drinks on us".
_GIFT = re.compile(
    r"\b(?:free(?!\s+to\b)|on\s+us|on\s+the\s+house|complimentary|at\s+no\s+(?:extra\s+)?cost|no\s+charge)\b", re.I
)
_BACK_AFTER = re.compile(r"\s+back\b", re.I)
_NOT_OFFER_BEFORE = re.compile(
    r"\b(?:charged|paid|pay|cost|costs|costing|price|priced|spent|spend|over|above|under|more\s+than|less\s+than"
    r"|bill|billed|total|worth\s+of)\s+(?:of\s+|you\s+|the\s+|a\s+|an\s+|)$",
    re.I,
)
_WE_PAY_BEFORE = re.compile(
    r"\b(?:we|i)(?:'ll|\s+will|'d|\s+would|\s+can|\s+could|\s+shall|'ve|\s+have)?\s+(?:also\s+|happily\s+|gladly\s+|)"
    r"(?:pay|paid|cover)\s+(?:you\s+|for\s+)?(?:the\s+|your\s+|that\s+)?$",
    re.I,
)
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|altogether|all\s+together|in\s+all|total)\b", re.I)
_SYMBOL = {"dollar": "$", "dollars": "$", "bucks": "$", "pound": "£", "pounds": "£", "quid": "£", "euro": "€"}
_SYMBOL |= {"euros": "€", "gbp": "£", "usd": "$", "eur": "€"}

# ---------------------------------------------------------------- per-item amounts
_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|both"
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_COUNTS |= {"ten": 10}
_UNIT = (
    r"night|ticket|day|month|person|seat|room|appointment|lesson|class|session|week|bag|item|hour|visit|head|adult"
    r"|child|guest|meal|flight|delivery|booking|order|box|pass"
)
# "£30 for each of three appointments", "£25 each for both tickets", "£10 x 4".
_EACH_AFTER = re.compile(
    r"\s*(?:(?:[\w-]+\s+){0,3}?(?:for|per|on)\s+each\s+of\s+(?:the\s+|your\s+|those\s+|these\s+|all\s+)?(?P<n1>"
    + _COUNT
    + r")\b|each\s+(?:for|on|towards)\s+(?:the\s+|your\s+|all\s+)?(?P<n2>"
    + _COUNT
    + r")\b|(?:x|×|times)\s*(?P<n3>\d+)\b)",
    re.I,
)
_PRICE = r"(?:[£€$]\s?)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?"
# "£89 a night", "tickets at £25 each", "four tickets at £15".
_UNIT_PRICE = re.compile(
    r"(?P<amt>" + _PRICE + r")\s*(?:a|an|per|each|/|for\s+each|every)\s+(?P<unit>" + _UNIT + r")s?\b"
    r"|\b(?P<unit2>"
    + _UNIT
    + r")s?\s+(?:(?:for|costing|cost|were|was|are|is)\s+(?P<amt2>"
    + _PRICE
    + r")\s*(?:each|apiece"
    r"|a\s+piece|per\s+\w+|a\s+\w+)\b|at\s+(?P<amt3>" + _PRICE + r"))",
    re.I,
)
# "We'll refund both nights", "we've credited all three tickets", "refund each of your four tickets".
_REFUND_UNITS = re.compile(
    r"\b(?:refund|reimburse|credit|compensate|cover|waive|pay\s+(?:you\s+)?(?:back\s+)?for)\w*\s+(?:you\s+(?:for\s+)?)?"
    r"(?:the\s+cost\s+of\s+)?(?:(?:the|those|these|your)\s+)?(?:(?P<n>" + _COUNT + r"|all|each|every)\s+)?"
    r"(?:of\s+(?:the|your|those)\s+)?(?:(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+)?"
    r"(?P<unit>" + _UNIT + r")s\b",
    re.I,
)


# "The next three months free", "two weeks on us": periods given away, priced from the complaint.
_FREE_UNITS = re.compile(
    r"\b(?:next|following|first|another|extra)\s+(?P<n2>" + _COUNT + r")\s+(?P<unit>" + _UNIT + r")s\s+(?:free"
    r"|on\s+us|for\s+free|at\s+no\s+(?:extra\s+)?cost|free\s+of\s+charge|on\s+the\s+house)\b",
    re.I,
)
# "Refund this month's payment and last month's too": two periods, when the complaint names one amount.
_TWO_PERIODS = re.compile(
    r"\b(?:refund|reimburse|credit|repay|pay\s+back|give\s+back)\w*\s+[^.!?]{0,40}?\b(?:this|last|next)\s+"
    r"(?P<unit>month|week|year)'s\b[^.!?]{0,30}?\band\s+(?:last|this|next|the\s+previous|the\s+other)\s+"
    r"(?:month|week|year)'s\b|\b(?:refund|reimburse|credit|repay)\w*\s+(?:you\s+)?(?:for\s+)?(?:both|the\s+two"
    r"|two|all\s+(?:two|three|four)|three|four)\s+(?:[\w-]+\s+)?(?:payments|charges|debits|instalments|deductions)\b",
    re.I,
)
_COMPLAINT_AMOUNT = re.compile(r"[£€$]\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")


def _period_offers(draft: Draft) -> list[tuple[float, str, int, int]]:
    complaint = draft.ctx.complaint_text if isinstance(draft.ctx.complaint_text, str) else ""
    amounts = {m.group() for m in _COMPLAINT_AMOUNT.finditer(complaint)}
    if len(amounts) != 1:
        return []
    raw = amounts.pop()
    value, cur = float(re.sub(r"[^\d.]", "", raw)), raw[0]
    offers = []
    for m in _TWO_PERIODS.finditer(draft.norm):
        words = m.group().lower()
        n = next((c for w, c in _COUNTS.items() if re.search(r"\b" + w + r"\b", words)), 2)
        if not draft.negated(m.start()):
            offers.append((value * n, cur, *m.span()))
    return offers


def _count(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _COUNTS.get(word)


def _unit_offers(draft: Draft) -> list[tuple[float, str, int, int]]:
    """ "Refund both nights" when the complaint (or the reply) says what one night cost."""
    sources = [draft.norm] + ([draft.ctx.complaint_text] if isinstance(draft.ctx.complaint_text, str) else [])
    prices: dict[str, tuple[float, str]] = {}
    for text in sources:
        for m in _UNIT_PRICE.finditer(text):
            raw = m.group("amt") or m.group("amt2") or m.group("amt3")
            value = float(re.sub(r"[^\d.]", "", raw))
            prices.setdefault((m.group("unit") or m.group("unit2")).lower(), (value, raw[0]))
    offers = []
    for m in [*_REFUND_UNITS.finditer(draft.norm), *_FREE_UNITS.finditer(draft.norm)]:
        unit = m.group("unit").lower()
        if unit not in prices:
            continue
        n = _count(m.group("n2")) or _count(m.groupdict().get("n"))
        if n is None:  # "refund all the nights": count them in the complaint
            counted = [
                re.search(r"\b(" + _COUNT + r")\s+(?:[\w-]+\s+)?" + unit + r"s\b", t, re.I) for t in reversed(sources)
            ]
            n = next((_count(c.group(1)) for c in counted if c is not None), None)
        if n and n > 1 and not draft.negated(m.start()):
            value, cur = prices[unit]
            offers.append((value * n, cur, *m.span()))
    return offers


def _offers(draft: Draft) -> tuple[list[tuple[float, str, int, int]], set[float]]:
    """Money amounts the reply offers as a refund, credit or compensation: (value, currency, start, end), and
    the values that are themselves stated as the total of the others ("so £90 in total")."""
    offers = []
    totals: set[float] = set()
    for m in _AMOUNT.finditer(draft.norm):
        start, end = m.span()
        raw = m.group("a1") or m.group("a2") or m.group("a3")
        cents = m.group("c1") or m.group("c2") or m.group("c3") or "0"
        value = float(raw.replace(",", "")) + float("0." + cents)
        if m.group("k1"):
            value *= 1000
        cur = (m.group("cur1") or m.group("cur2") or "").strip()
        cur = _SYMBOL.get(cur.lower(), cur)
        before = draft.norm[max(0, start - 25) : start]
        if _NOT_OFFER_BEFORE.search(before) and not _WE_PAY_BEFORE.search(before):
            continue
        lo, hi = draft.sentence(draft.sentence_index(start))
        near = False
        # Only a window around the amount is searched, so a long reply full of amounts stays linear.
        for pattern, reach in ((_COMP, 45), (_GIFT, 20)):
            for c in pattern.finditer(draft.norm, max(lo, start - 70), min(hi, end + 70)):
                gap = c.start() - end if c.start() >= end else start - c.end()
                if gap <= reach:
                    near = True
                    break
        if near or _BACK_AFTER.match(draft.norm, end):
            each = _EACH_AFTER.match(draft.norm, end, min(hi, end + 60))
            n = _count(each and (each.group("n1") or each.group("n2") or each.group("n3")))
            offers.append((value * n if n else value, cur, start, end))
            if _TOTAL_AFTER.match(draft.norm, end):
                totals.add(value)
    return offers + _unit_offers(draft) + _period_offers(draft), totals


def _money(value: float, cur: str) -> str:
    text = f"{value:,.2f}".removesuffix(".00")
    if cur in ("£", "$", "€") or cur.endswith("$"):
        return f"{cur}{text}"
    return f"{text} {cur}".strip()


def check_beyond_authority(draft: Draft) -> list[Hit]:
    limit = draft.ctx.refund_limit
    if limit is None:
        return []
    hits = []
    offers, totals = _offers(draft)
    for value, cur, start, end in offers:
        if value > limit:
            msg = (
                f"Offers {_money(value, cur)}, above your {_money(limit, cur)} limit for refunds and compensation; "
                "offer within your limit or ask a supervisor to approve it first."
            )
            hits.append(Hit("beyond_authority", msg, start, end))
    distinct: dict[float, str] = {}
    for value, cur, _, _ in offers:
        if value not in totals:  # "£30 each, so £90 in total" states the sum; it is not a further offer
            distinct.setdefault(value, cur)
    total = sum(distinct)
    if not hits and len(distinct) > 1 and total > limit:
        cur = next(iter(distinct.values()))
        msg = (
            f"Together the offers in this reply come to {_money(total, cur)}, above your {_money(limit, cur)} limit; "
            "offer within your limit or ask a supervisor to approve it first."
        )
        hits.append(Hit("beyond_authority", msg))
    return hits
