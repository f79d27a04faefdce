"""The rules behind `respond.specifics`: one regular expression per well-defined situation.

Every rule reads the cleaned post (personal data, links, mentions and emoji already removed) and
returns a noun phrase written from the brand's side, or None when the match turns out to be unsure.
Patterns use bounded gaps only (`{0,40}`), never nested open-ended repeats, so a long post costs
linear time. Rules are tried in order, most specific first: "charged twice for an order that never
arrived" is about the double charge before it is about the delivery.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Builder = Callable[[re.Match[str], str], str | None]
_I = re.I

# ---------------------------------------------------------------- wording helpers
_SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "your": "our",
    "yours": "ours",
    "ur": "our",
    "you": "us",
    "you're": "we're",
    "u": "us",
}
_SWAP_RE = re.compile(
    r"(?<![\w'])(" + "|".join(sorted(map(re.escape, _SWAP), key=len, reverse=True)) + r")(?![\w'])", _I
)


def swap_person(phrase: str) -> str:
    """Rewrite a phrase from the customer's side to the brand's: "my order" → "your order", "your app" → "our app"."""
    return _SWAP_RE.sub(lambda m: _SWAP[m.group(1).lower()], phrase)


# Words that cannot be (part of) a thing's name: they mean the capture ran over a clause boundary.
_STOP_WORDS = """a an the and or but so if then than that this these those it its it's is was are were be been being am
has have had do does did not no never just also very really still even only again now i me my you your
he she they them their we us our what which who whom when where why how to of for from in on at by with
about as into over after before because while can could will would should may might must shall one ones
thing things way time times day days week weeks month months year years all some any every each much
many more most other another same such own get got getting go going went gone make made take took say
said know lol omg wtf pls please thanks thank"""
STOP = frozenset(_STOP_WORDS.split())


def words_ok(phrase: str, max_words: int = 3) -> bool:
    words = phrase.split()
    return 0 < len(words) <= max_words and all(len(w) <= 20 and w.lower() not in STOP for w in words)


# Swearing and insults are never repeated back, and neither is the customer's verdict on our product:
# "your shitty website" becomes "the website", "your useless app" becomes "the app".
RUDE = re.compile(
    r"^(?:f+u+c*k+\w*|fk\w*|sh[i1]+t+\w*|crap\w*|damn\w*|bloody|bollock\w*|arse\w*|ass|asshole\w*|bitch\w*"
    r"|bastard\w*|piss\w*|wtf|dick\w*|cunt\w*|twat\w*|wank\w*|bullshit\w*|frigg\w*|freakin\w*|effing|sodding|stupid"
    r"|dumb|idiot\w*|useless|pathetic|garbage|trash\w*|terrible|awful|horrible|rubbish|ridiculous|worst|lousy|shoddy"
    r"|joke|disgusting|godawful|hell|sucky|sucks|bad|poor|cheap|nasty|dodgy|dreadful|appalling|shocking)$",
    _I,
)


def tidy(phrase: str) -> str:
    """Shouted words lowered ("PARCEL" → "parcel"), rude words dropped; "" when nothing is left."""
    out = []
    for w in phrase.split():
        if RUDE.match(w.strip(".,!?'\"")):
            continue
        out.append(w.lower() if w.isupper() and len(w) > 3 else w)
    return " ".join(out)


def own(det: str | None) -> str:
    """The customer's own thing is 'your'; the brand's ("your app") or an unowned one is 'the'."""
    return "your" if (det or "").lower() in ("my", "our", "mine") else "the"


def hedged(text: str, start: int) -> bool:
    """Whether the match sits in a conditional or hopeful clause ("if my parcel doesn't arrive")."""
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind(ch) for ch in ".!?;,\n")
    return _HEDGE.search(window[cut + 1 :]) is not None


_HEDGE = re.compile(r"\b(?:if|unless|in case|whether|what if|hopefully|hope|worried|scared|afraid)\b", _I)


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


# ---------------------------------------------------------------- billing
_CARD = rx(r"\b(?:card|debit card|credit card)\b")


def build_double(m: re.Match[str], text: str) -> str | None:
    n = (m.group("n") or "").lower()
    base = "the repeated charges" if n in ("three times", "3 times") else "the double charge"
    if _CARD.search(text):
        return base + " on your card"
    return base


_UNEXPECTED_ADJ = {"unauthorized": "unauthorized", "unauthorised": "unauthorised", "fraudulent": "unauthorised"}


def build_unexpected(m: re.Match[str], _text: str) -> str | None:
    adj = m.group("adj").lower()
    adj = _UNEXPECTED_ADJ.get(adj, "unexpected" if adj in ("mystery", "random", "strange", "weird", "unknown") else adj)
    return f"the {adj} {m.group('what').lower()}"


def fixed(phrase: str) -> Builder:
    return lambda _m, T: phrase


# ---------------------------------------------------------------- delivery
DELIVERY_NOUN = (
    r"(?P<noun>orders?|parcels?|packages?|delivery|deliveries|shipments?|items?|purchases?|groceries|food|box|stuff"
    r"|furniture|sofa|mattress)"
)
_STATE_NOUN = re.compile(r"\b(orders?|parcels?|packages?|delivery|shipments?|items?|purchases?|groceries|food)\b", _I)


def noun_of(m: re.Match[str]) -> str:
    return m.group("noun").lower()


def build_not_arrived(m: re.Match[str], _text: str) -> str | None:
    verb = (m.groupdict().get("verb") or "").lower()
    neg = (m.groupdict().get("neg") or "").lower()
    if verb in ("dispatched", "shipped", "sent"):
        return f"the delay in sending your {noun_of(m)}"
    if neg == "never":
        return f"your {noun_of(m)} that never arrived"
    return f"the delay with your {noun_of(m)}"


def build_lost(m: re.Match[str], _text: str) -> str | None:
    state = (m.group("state") or m.group("state2")).lower()
    noun = (m.group("noun") or m.group("noun2")).lower()
    if state in ("missing", "lost"):
        return f"your missing {noun}"
    return f"the delay with your {noun}"


def build_marked_delivered(_m: re.Match[str], text: str) -> str | None:
    found = _STATE_NOUN.search(text)
    noun = found.group(1).lower() if found and found.group(1).lower() != "delivery" else "order"
    return f"the {noun} marked as delivered that hasn't reached you"


_WRONG_WHAT = {"one": "item", "thing": "item", "things": "items"}


def build_wrong_item(m: re.Match[str], _text: str) -> str | None:
    what = m.group("what").lower()
    return f"the wrong {_WRONG_WHAT.get(what, what)} you received"


def build_missing_items(m: re.Match[str], _text: str) -> str | None:
    what = (m.groupdict().get("what") or "items").lower()
    if what in ("item", "product", "bag"):
        return f"the {what} missing from your order"
    if what in ("items", "products", "bags"):
        return f"the {what} missing from your order"
    return f"the missing {what}"


def build_damaged(m: re.Match[str], _text: str) -> str | None:
    what = m.group("what")
    state = m.group("state").lower()
    state = "opened" if state == "open" else state
    if what and words_ok(what) and tidy(what):
        return f"your {tidy(what)} arriving {state}"
    return f"your order arriving {state}"


# ---------------------------------------------------------------- travel and bookings
BOOKED = (
    r"(?P<what>flights?|trains?|bus|ferry|booking|reservation|appointment|order|holiday|trip|connection|class"
    r"|event|show|concert|delivery slot|installation|engineer visit|visit|table|room|hotel|tour|lesson)"
)


def build_booked(m: re.Match[str], text: str) -> str | None:
    before = text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:i|we|i've|we've|i have|we have)\s*$", before):
        return None  # the customer cancelled it themselves: not the complaint
    state, what = m.group("state").lower(), m.group("what").lower()
    if state in ("moved", "rescheduled", "changed"):
        return f"the change to your {what}"
    return f"your {state} {what}"


def build_cant_cancel(m: re.Match[str], _text: str) -> str | None:
    return f"the trouble cancelling your {m.group('what').lower()}"


# ---------------------------------------------------------------- accounts
def build_account_state(m: re.Match[str], _text: str) -> str | None:
    return f"your account being {m.group('st').lower()}"


def build_password(m: re.Match[str], _text: str) -> str | None:
    what = "PIN" if re.search(r"\bpin\b", m.group(0), _I) else "password"
    return f"the {what} reset not working"


# ---------------------------------------------------------------- things that stopped working
FAULT = (
    r"(?P<fault>stopped (?:working|charging|turning on|connecting|loading|playing|syncing)"
    r"|(?:has |have )?(?:just |completely |suddenly )?(?:broke|broken|died)"
    r"|keeps? (?:on )?(?:crashing|freezing|breaking|turning off|restarting|shutting down|disconnecting|dropping out"
    r"|logging (?:me|us) out|overheating|glitching|buffering)"
    r"|(?:won't|will not|doesn't|does not|don't|do not|didn't|did not|can't|cannot) (?:even )?"
    r"(?:turn on|charge|work|connect|start|open|load|switch on|power on|play|sync)"
    r"|(?:isn't|is not|aren't|are not|wasn't|was not|not) (?:even )?"
    r"(?:working|charging|loading|turning on|connecting|opening|syncing|playing)"
    r"|(?:is|was|are|were) (?:completely |totally |already |now |still )?"
    r"(?:broken|faulty|defective|cracked|smashed|damaged|ripped|torn|scratched|leaking|dead))"
)
_ING = {
    "turn on": "turning on",
    "charge": "charging",
    "work": "working",
    "connect": "connecting",
    "start": "starting",
    "open": "opening",
    "load": "loading",
    "switch on": "switching on",
    "power on": "powering on",
    "play": "playing",
    "sync": "syncing",
}
_APP_CONTEXT = re.compile(
    r"^[^.!?\n]{0,40}?\b(?:at|during|on|in|when(?:ever)?(?:\s+(?:i|we))?(?:\s+(?:try|tried|trying)\s+to|\s+go\s+to)?)"
    r"\s+(?:the\s+)?(?P<ctx>checkout|check out|checking out|log ?in|logging in|sign ?in|signing in|startup"
    r"|start up|launch|launching|payment|paying|pay)\b",
    _I,
)
_CONTEXT_PHRASE = {"checkout": "at checkout", "check out": "at checkout", "checking out": "at checkout"}
_CONTEXT_PHRASE |= dict.fromkeys(
    ("log in", "login", "logging in", "sign in", "signin", "signing in"), "when you log in"
)
_CONTEXT_PHRASE |= dict.fromkeys(("startup", "start up", "launch", "launching"), "when it opens")
_CONTEXT_PHRASE |= dict.fromkeys(("payment", "paying", "pay"), "at payment")
_SOFTWARE = frozenset({"app", "site", "website", "game", "player", "software", "update", "page", "web app"})


def _context(m: re.Match[str], text: str) -> str:
    found = _APP_CONTEXT.search(text[m.end() : m.end() + 80])
    if found is None:
        return ""
    return " " + _CONTEXT_PHRASE.get(found.group("ctx").lower(), "")


_GERUND_BEFORE = re.compile(r"\b\w+ing\s+$", _I)


def build_fault(m: re.Match[str], text: str) -> str | None:
    # "Restarting my phone doesn't work": what failed is the restart, not the phone.
    if _GERUND_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return None
    thing = m.group("thing")
    if not words_ok(thing) or thing.split()[-1].lower() in _NOT_A_THING:
        return None
    thing = tidy(thing)
    if not thing:
        return None
    det = own(m.group("det"))
    fault = " ".join(m.group("fault").lower().split())
    suffix = _context(m, text) if thing.split()[-1].lower() in _SOFTWARE else ""
    if fault.startswith("stopped"):
        return f"{det} {thing} that {fault}{suffix}"
    if fault.startswith("keep"):
        rest = swap_person(fault.split(" ", 1)[1].removeprefix("on "))
        if thing.split()[-1].lower() in _SOFTWARE:
            return f"{det} {thing} {rest}{suffix}"  # "the app crashing at checkout"
        return f"{det} {thing} that keeps {rest}"
    last = fault.split()[-1]
    if last in ("broke", "broken"):
        return f"{det} broken {thing}"
    if last == "died":
        return f"{det} {thing} dying"
    if last == "dead":
        return f"{det} {thing} not working"
    for verb, ing in _ING.items():
        if fault.endswith(" " + verb) or fault.endswith(" " + ing):
            return f"{det} {thing} not {ing}{suffix}"
    return f"{det} {last} {thing}"  # "your faulty kettle", "your cracked screen"


_NOT_A_THING = frozenset(
    {"order", "orders", "parcel", "parcels", "package", "delivery", "refund", "money", "payment", "account", "life"}
)


def build_crash(m: re.Match[str], text: str) -> str | None:
    verb = m.group("v").lower()
    ing = "freezing" if verb.startswith(("freez", "froze")) else "closing" if verb.startswith("clos") else "crashing"
    return f"the {m.group('thing').lower()} {ing}{_context(m, text)}"


def build_wont(m: re.Match[str], _text: str) -> str | None:
    verb = m.group("v").lower()
    ing = verb if verb.endswith("ing") else _ING.get(verb, "launching" if verb == "launch" else verb + "ing")
    return f"the {m.group('thing').lower()} not {ing}"


# ---------------------------------------------------------------- outages and connections
SUPPLY_WORDS = frozenset(
    {"internet", "broadband", "wifi", "wi-fi", "connection", "signal", "landline", "tv", "phone line"}
    | {"power", "electricity", "gas", "water"}
)
_POWER = frozenset({"power", "electricity", "gas", "water"})


def build_outage(m: re.Match[str], text: str) -> str | None:
    what, state = m.group("what").lower(), m.group("st").lower()
    if what == "service" and re.search(r"customer\s*$", text[max(0, m.start("what") - 10) : m.start("what")], _I):
        return None
    if state in ("out", "off") and what not in SUPPLY_WORDS:
        return None
    det = "your" if what in SUPPLY_WORDS else "the"
    if state in ("dropping", "cutting out", "dropping out"):
        return f"{det} {what} cutting out"
    return f"{det} {what} being {'off' if what in _POWER else 'down'}"


def build_no_supply(m: re.Match[str], _text: str) -> str | None:
    q, what = m.group("q").lower(), m.group("what").lower()
    if q in ("lost", "losing", "keep losing"):
        return f"losing your {what}"
    if q in ("barely any", "hardly any"):
        return f"the weak {what}"
    return f"having no {what}"


def build_slow(m: re.Match[str], _text: str) -> str | None:
    what = m.group("what").lower()
    return f"{'your' if what in SUPPLY_WORDS or 'speed' in what else 'the'} slow {what}"


def build_playback(m: re.Match[str], _text: str) -> str | None:
    what, verb = m.group("what").lower(), m.group("v").lower()
    stem = re.sub(r"(?:ing|es|s)$", "", verb)
    stem = {"skipp": "skip", "stopp": "stop", "paus": "pause", "shuffl": "shuffle", "cut": "cut"}.get(stem, stem)
    ing = {"skip": "skipping", "stop": "stopping", "pause": "pausing", "shuffle": "shuffling"}.get(stem, stem + "ing")
    if verb.startswith("cut"):
        ing = "cutting out"
    negated = re.search(r"\b(?:won't|will not|doesn't|don't|does not|do not|isn't|aren't|not)\b", m.group(0), _I)
    if negated:
        return f"the {what} not {ing}"
    return f"the {what} {ing}"


# ---------------------------------------------------------------- people and waiting
WHO = (
    r"(?P<who>member of staff|staff member|staff|employees?|cashiers?|store manager|managers?|delivery drivers?"
    r"|drivers?|agents?|advisors?|advisers?|shop assistants?|assistants?|waiters?|waitress(?:es)?|receptionists?"
    r"|security guards?|guards?|workers?|reps?|representatives?|conductors?|cabin crew|crew|engineers?|technicians?"
    r"|couriers?|lady|man|woman|guy|girl|bloke|person|people|customer service team|customer service|support team)"
)
_WHO_NAME = dict.fromkeys(("lady", "man", "woman", "guy", "girl", "bloke", "person"), "member of staff")
_WHO_NAME |= {"people": "staff", "customer service": "team", "customer service team": "team", "support team": "team"}


def build_treated(m: re.Match[str], _text: str) -> str | None:
    who = (m.group("who") or m.group("who2")).lower()
    # The adjective is not repeated: naming the allegation back in public helps nobody.
    return f"the way you were treated by our {_WHO_NAME.get(who, who)}"


_WAIT_FOR = {
    "engineer": "the long wait for an engineer",
    "technician": "the long wait for a technician",
    "refund": "the refund you're still waiting for",
    "update": "the long wait for an update",
}


def build_waiting_for(m: re.Match[str], _text: str) -> str | None:
    what = " ".join(m.group("what").lower().split())
    if what in _WAIT_FOR:
        return _WAIT_FOR[what]
    if what in ("delivery", "order", "parcel"):
        return f"the delay with your {what}"
    if what in ("repair", "replacement", "appointment", "installation"):
        return f"the long wait for your {what}"
    if what in ("callback", "call back"):
        return "the long wait for a call back"
    return "the long wait for a reply"


def build_no_reply(m: re.Match[str], _text: str) -> str | None:
    what = (m.groupdict().get("what") or "").lower()
    if what.startswith("update"):
        return "the lack of updates from us"
    if what.startswith("call"):
        return "the lack of a call back"
    return "the lack of a reply from us"


# ---------------------------------------------------------------- food and prices
FOOD = (
    r"(?P<food>bread|milk|meat|chicken|beef|pork|fish|salad|sandwich(?:es)?|fruit|strawberries|berries|cheese|eggs"
    r"|yog(?:h)?urt|vegetables|veg|potatoes|chips|fries|pizza|burgers?|rice|pasta|food|meal|cake|bananas|apples"
    r"|tomatoes|cream|butter|ham|sausages|bacon|crisps|biscuits|cereal|juice|coffee|tea|noodles|wraps?|nuggets"
    r"|chocolate|soup|curry|order)"
)


def build_food(m: re.Match[str], _text: str) -> str | None:
    state = " ".join((m.group("state") or m.group("state2")).lower().replace("-", " ").split())
    food = (m.group("food") or m.group("food2")).lower()
    if state == "raw":
        state = "undercooked"
    if state in ("off", "gone off"):
        return f"the {food} that had gone off"
    if state == "out of date":
        return f"the out-of-date {food}"
    return f"the {state} {food}"


def build_price(m: re.Match[str], _text: str) -> str | None:
    what = (m.groupdict().get("what") or m.groupdict().get("what2") or "price").lower()
    if what in ("bill", "bills", "subscription", "premium", "rent", "plan"):
        return f"the increase to your {what}"
    return "the price increase"
