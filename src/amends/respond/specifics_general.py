"""General issue rules for `respond.specifics`: what someone cannot do, and which thing is acting up.

These come last in the rule table: they name the thing in the customer's own words ("the trouble
downloading your playlists", "the problem with the search bar") when no more exact rule applied.
"""

from __future__ import annotations

import re

from amends.respond.specifics_rules import own, tidy, words_ok

_I = re.I

# ---------------------------------------------------------------- general: "trouble with the search bar"
# Where the thing ends: punctuation, or a word that starts the rest of the clause.
THING_END = (
    r"(?=\s*(?:[.!?,;:\n()]|$)|\s+(?:is|are|was|were|has|have|had|keeps?|not|isn't|doesn't|won't|and|but|on|in"
    r"|since|for|when|again|after|today|lately|anymore|at|please|pls|which|that|any|from|with|to|it|its|it's"
    r"|or|so|because|even|now|still|all)\b)"
)
_TROUBLE_ING = {
    "play": "playing",
    "download": "downloading",
    "add": "adding",
    "find": "finding",
    "use": "using",
    "open": "opening",
    "see": "seeing",
    "change": "changing",
    "update": "updating",
    "remove": "removing",
    "delete": "deleting",
    "pay": "paying",
    "upload": "uploading",
    "save": "saving",
    "share": "sharing",
    "listen to": "listening to",
    "connect to": "connecting to",
    "stream": "streaming",
    "install": "installing",
    "book": "booking",
    "redeem": "redeeming",
    "activate": "activating",
    "order": "ordering",
}


TROUBLE_VERBS = "|".join(sorted(_TROUBLE_ING, key=len, reverse=True))


def _thing_ok(thing: str) -> bool:
    return words_ok(thing) and not any(ch.isdigit() for ch in thing) and thing.lower() != "it" and bool(tidy(thing))


def build_cant_do(m: re.Match[str], _text: str) -> str | None:
    thing = m.group("thing")
    if not _thing_ok(thing):
        return None
    verb = " ".join(m.group("verb").lower().split())
    det = m.group("det")
    owner = f"{own(det)} " if det and det.lower() != "any" else ""
    return f"the trouble {_TROUBLE_ING[verb]} {owner}{tidy(thing)}"


def build_problem_with(m: re.Match[str], _text: str) -> str | None:
    thing = m.group("thing")
    if not _thing_ok(thing):
        return None
    return f"the problem with {own(m.group('det'))} {tidy(thing)}"
