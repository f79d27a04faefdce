"""The last-resort issue rule for `respond.specifics`: the product or feature the complaint is about.

When no rule recognised the situation, a reply can still name *what* is acting up: "the problem with
your playlist", "the problem with the lock screen", "the problem on your laptop". The wording comes only
from the fixed list below (never from the customer's own words), so it can carry neither swearing nor
personal data. A thing is named only where the sentence around it says something is wrong, and never
when the post says the trouble has gone away.
"""

from __future__ import annotations

import re
import zlib

_I = re.I

# Feature words, as customers write them → (how we name it, whose it is, how specific it is).
# Whose: "own" things are the customer's ("your playlist"), "ours" are the product's ("the search bar"),
# "device" things are where the trouble happens ("the problem on your laptop").
# Specific: 2 for a named feature, 1 for a broad word ("app", "music") used only when nothing better is there.
_OWN, _OURS, _DEVICE = "own", "ours", "device"
_FEATURES: dict[str, tuple[str, str, int]] = {
    "playlist": ("playlist", _OWN, 2),
    "playlists": ("playlists", _OWN, 2),
    "play list": ("playlist", _OWN, 2),
    "library": ("library", _OWN, 2),
    "music library": ("music library", _OWN, 2),
    "downloads": ("downloads", _OWN, 2),
    "downloaded songs": ("downloaded songs", _OWN, 2),
    "downloaded music": ("downloaded music", _OWN, 2),
    "downloaded albums": ("downloaded albums", _OWN, 2),
    "offline songs": ("offline songs", _OWN, 2),
    "offline playlists": ("offline playlists", _OWN, 2),
    "local files": ("local files", _OWN, 2),
    "local file": ("local files", _OWN, 2),
    "local music": ("local files", _OWN, 2),
    "local music files": ("local files", _OWN, 2),
    "saved songs": ("saved songs", _OWN, 2),
    "liked songs": ("liked songs", _OWN, 2),
    "premium account": ("Premium account", _OWN, 2),
    "premium subscription": ("Premium subscription", _OWN, 2),
    "premium": ("Premium account", _OWN, 2),
    "subscription": ("subscription", _OWN, 2),
    "family plan": ("family plan", _OWN, 2),
    "student discount": ("student discount", _OWN, 2),
    "free trial": ("free trial", _OWN, 2),
    "battery": ("battery", _OWN, 2),
    "battery life": ("battery life", _OWN, 2),
    "queue": ("queue", _OWN, 2),
    "profile": ("profile", _OWN, 2),
    "profile picture": ("profile picture", _OWN, 2),
    "username": ("username", _OWN, 2),
    "followers": ("followers", _OWN, 2),
    "voicemail": ("voicemail", _OWN, 2),
    "storage": ("storage", _OWN, 2),
    "account": ("account", _OWN, 1),
    "songs": ("songs", _OWN, 1),
    "music": ("music", _OWN, 1),
    "albums": ("albums", _OWN, 1),
    "podcasts": ("podcasts", _OWN, 1),
    "lock screen": ("lock screen", _OURS, 2),
    "lock screen controls": ("lock screen controls", _OURS, 2),
    "lockscreen": ("lock screen", _OURS, 2),
    "control center": ("Control Center", _OURS, 2),
    "control centre": ("Control Centre", _OURS, 2),
    "web player": ("web player", _OURS, 2),
    "webplayer": ("web player", _OURS, 2),
    "desktop app": ("desktop app", _OURS, 2),
    "desktop client": ("desktop app", _OURS, 2),
    "mobile app": ("mobile app", _OURS, 2),
    "search": ("search", _OURS, 2),
    "search bar": ("search bar", _OURS, 2),
    "shuffle": ("shuffle feature", _OURS, 2),
    "shuffle mode": ("shuffle feature", _OURS, 2),
    "shuffle play": ("shuffle feature", _OURS, 2),
    "repeat": ("repeat button", _OURS, 2),
    "repeat button": ("repeat button", _OURS, 2),
    "play button": ("play button", _OURS, 2),
    "volume": ("volume", _OURS, 2),
    "sound": ("sound", _OURS, 2),
    "audio": ("audio", _OURS, 2),
    "playback": ("playback", _OURS, 2),
    "lyrics": ("lyrics", _OURS, 2),
    "equalizer": ("equaliser", _OURS, 2),
    "equaliser": ("equaliser", _OURS, 2),
    "friend feed": ("friend feed", _OURS, 2),
    "friend activity": ("friend activity", _OURS, 2),
    "now playing": ("Now Playing screen", _OURS, 2),
    "now playing screen": ("Now Playing screen", _OURS, 2),
    "sleep timer": ("sleep timer", _OURS, 2),
    "car mode": ("car mode", _OURS, 2),
    "car view": ("car view", _OURS, 2),
    "radio": ("radio", _OURS, 2),
    "discover weekly": ("Discover Weekly", _OURS, 2),
    "daily mix": ("Daily Mix", _OURS, 2),
    "ads": ("ads", _OURS, 2),
    "adverts": ("ads", _OURS, 2),
    "video ads": ("video ads", _OURS, 2),
    "error code": ("error code", _OURS, 2),
    "pop up": ("pop-up", _OURS, 2),
    "pop-up": ("pop-up", _OURS, 2),
    "popup": ("pop-up", _OURS, 2),
    "notification": ("notification", _OURS, 2),
    "notifications": ("notifications", _OURS, 2),
    "keyboard": ("keyboard", _OURS, 2),
    "autocorrect": ("autocorrect", _OURS, 2),
    "bluetooth": ("Bluetooth", _OURS, 2),
    "bluetooth connection": ("Bluetooth connection", _OURS, 2),
    "offline mode": ("offline mode", _OURS, 2),
    "log in page": ("login page", _OURS, 2),
    "login page": ("login page", _OURS, 2),
    "sign up page": ("sign-up page", _OURS, 2),
    "latest update": ("latest update", _OURS, 2),
    "new update": ("latest update", _OURS, 2),
    "update": ("update", _OURS, 1),
    "app": ("app", _OURS, 1),
    "website": ("website", _OURS, 1),
    "phone": ("phone", _DEVICE, 1),
    "iphone": ("iPhone", _DEVICE, 1),
    "ipad": ("iPad", _DEVICE, 1),
    "mac": ("Mac", _DEVICE, 1),
    "macbook": ("MacBook", _DEVICE, 1),
    "laptop": ("laptop", _DEVICE, 1),
    "computer": ("computer", _DEVICE, 1),
    "desktop": ("desktop", _DEVICE, 1),
    "tablet": ("tablet", _DEVICE, 1),
    "android": ("Android", _DEVICE, 1),
    "ps4": ("PS4", _DEVICE, 1),
    "xbox": ("Xbox", _DEVICE, 1),
    "smart tv": ("smart TV", _DEVICE, 1),
    "apple watch": ("Apple Watch", _DEVICE, 1),
}
_NAMES = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _FEATURES), key=len, reverse=True))
_FEATURE_RX = re.compile(
    r"(?<![\w'-])(?:(?P<det>my|our|the|your|ur|this|these|a|an)\s+)?(?:(?P<brand>spotify|apple|app's|spotify's)\s+)?"
    rf"(?P<name>{_NAMES})(?![\w'-])",
    _I,
)
# "the notification under the keyboard": a second feature that says where the first one is.
_WHERE_RX = re.compile(rf"\s+(?P<prep>under|above|on|in)\s+(?P<det2>the|my|your)\s+(?P<name2>{_NAMES})(?![\w'-])", _I)

# A sentence names something wrong when it has one of these; "works fine" or "no problem" cancel it.
_WRONG = re.compile(
    r"\b(?:not|no|never|nothing|can't|cannot|won't|doesn't|don't|didn't|isn't|aren't|wasn't|hasn't|haven't|couldn't"
    r"|wouldn't|unable|stopp?(?:ed|s|ing)?|crash\w*|freez\w*|froze|frozen|error\w*|bug\w*|glitch\w*|broke\w*|missing"
    r"|disappear\w*|vanish\w*|gone|lost|delet\w*|removed|fail\w*|issues?|problems?|wrong|incorrect|slow|lag\w*"
    r"|drain\w*|killing|skipp?\w*|keeps?|stuck|greyed|grayed|disregard\w*|won't|refus\w*|blank|mess(?:ed|es)? up"
    r"|messing|random(?:ly)?|kick\w* out|logg\w* out|cut(?:s|ting)? out|mutes?|muted|silent|unresponsive)\b",
    _I,
)
_FINE = re.compile(
    r"\b(?:works?|working|worked|runs?|running|plays?|playing)\s+(?:absolutely\s+|perfectly\s+|totally\s+)?"
    r"(?:fine|perfectly|great|normally|ok|okay|well)\b|\bno (?:problems?|issues?)\b"
    r"|\b(?:not|isn't|wasn't) (?:an?|the) (?:issue|problem)\b|\bno\s+(?:errors?|error messages?|messages?|crash\w*)\b"
    r"|\b(?:was|is|were|are|seems?|seemed)\s+fine\b|\b(?:it|that|this)\s+works\b|\bnot\s+(?:an?|the)\s+\w+\s+(?:issue|problem)\b",
    _I,
)
# The whole post says it is over (or was never ours): nothing to apologise for by name.
_RESOLVED = re.compile(
    r"\b(?:solved|resolved|sorted(?: now| it)?|fixed it|that fixed|it's fixed|did the trick|never ?mind|nvm"
    r"|working again|works again|back now|all good|seems to be working|starts? working|started working"
    r"|it's ok(?:ay)?|turns out|turned out|in the end it was|(?:thanks|thx|thank you) (?:anyway|though)|oh well"
    r"|not (?:so |that )?urgent|(?:haven't|have not|not) seen (?:\w+ ){0,4}again)\b",
    _I,
)
_HEDGE = re.compile(
    r"\b(?:if|unless|in case|whether|what if|hopefully|hope|would be nice|can you add|could you add"
    r"|there should be|should be an option)\b",
    _I,
)
_CLAUSE = re.compile(r"[.!?;\n]+|\s+but\s+|,\s*(?:and|so)\s+", _I)


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c.strip()]


# A few ways of saying it, chosen by the post itself so the same post always gets the same words.
_WITH_FRAMES = ("{} acting up", "the trouble with {}", "what's been happening with {}", "the problem with {}")
_ON_FRAMES = ("the problem on {}", "the trouble you're having on {}", "what's been happening on {}")


def _frame(clause: str, frames: tuple[str, ...]) -> str:
    return frames[zlib.crc32(clause.encode("utf-8")) % len(frames)]


def _phrase(m: re.Match[str], clause: str) -> str:
    label, whose, _ = _FEATURES[" ".join(m.group("name").lower().split())]
    det = (m.group("det") or "").lower()
    if whose == _DEVICE:
        owner = "the" if det in ("the", "your", "ur") else "your"
        return _frame(clause, _ON_FRAMES).format(f"{owner} {label}")
    owner = "your" if det in ("my", "our") or (whose == _OWN and det not in ("the", "your", "ur")) else "the"
    where = _WHERE_RX.match(clause, m.end())
    if where and whose == _OURS:
        label2, whose2, _ = _FEATURES[" ".join(where.group("name2").lower().split())]
        det2 = "your" if where.group("det2").lower() == "my" or whose2 != _OURS else "the"
        label = f"{label} {where.group('prep').lower()} {det2} {label2}"
    return _frame(clause, _WITH_FRAMES).format(f"{owner} {label}")


# Where the thing is named only to say the trouble is *not* there: "doesn't happen on my laptop".
_NOT_THERE = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}(?:on|in|with|using|over)\s+$|\b(?:other|another|different|tried"
    r"|try|trying|restart\w*|reboot\w*|reinstall\w*|than|except|without|unlike)\s+(?:\w+\s+)?$",
    _I,
)
_CAPITAL_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][\w-]*\s+$")
_NOT_THE_THING_AFTER = re.compile(r"\s+(?:directory|folder|files?|icon|sign|symbol|status|option|settings?)\b", _I)


def _usable(m: re.Match[str], clause: str) -> bool:
    _, whose, rank = _FEATURES[" ".join(m.group("name").lower().split())]
    det = (m.group("det") or "").lower()
    before = clause[: m.start()]
    if _NOT_THERE.search(before) or _NOT_THE_THING_AFTER.match(clause, m.end()):
        return False
    if not m.group("det") and not m.group("brand") and _CAPITAL_BEFORE.search(before):
        return False  # "the Katy Perry library", "Google search": someone else's thing
    if whose == _DEVICE or (whose == _OWN and rank == 1):
        return det in ("my", "our")  # "my phone", "my songs"; a bare "phone" or "music" says too little
    if rank == 1:
        return bool(det) and det not in ("a", "an")  # "the app", "this update"
    return True


# Two situations named by what happens rather than by a feature word.
_ERROR_RX = re.compile(
    r"\b(?:got|get|getting|gets|gives?|giving|gave|shows?|showing|showed|says?|saying|coming up with|comes up with"
    r"|receiv\w+|see|seeing)\s+(?:me\s+)?(?:an?|the|this|that|same|the same)\s+(?:\w+\s+)?error\b",
    _I,
)
_CANT_PLAY_RX = re.compile(
    r"\b(?:won't|will not|doesn't|does not|don't|didn't|can't|cannot|not|stopped|stops|never)\s+(?:even\s+)?"
    r"play(?:s|ing)?\s+(?:any\s+|my\s+|the\s+)?(?P<what>songs|music|tracks|podcasts)\b",
    _I,
)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bno|\bnever)\s+(?:\w+\s+)?$", _I)


def _happening(clause: str) -> str | None:
    m = _ERROR_RX.search(clause)
    if m and not _NEGATED_BEFORE.search(clause[: m.start()]):
        return "the error you're getting"
    m = _CANT_PLAY_RX.search(clause)
    if m:
        return f"the trouble playing your {m.group('what').lower()}"
    return None


def feature_issue(text: str) -> str | None:
    """'the problem with your playlist' when a sentence says that feature is wrong; None when unsure."""
    if _RESOLVED.search(text):
        return None
    best: tuple[int, int, str] | None = None
    for i, clause in enumerate(_clauses(text)):
        if not _WRONG.search(clause) or _FINE.search(clause) or _HEDGE.search(clause):
            continue
        happening = _happening(clause)
        if happening:
            best = (2, i, happening)
            break
        for m in _FEATURE_RX.finditer(clause):
            if not _usable(m, clause):
                continue
            rank = _FEATURES[" ".join(m.group("name").lower().split())][2]
            if best is None or rank > best[0]:
                best = (rank, i, _phrase(m, clause))
        if best and best[0] == 2:
            break
    return best[2] if best else None
