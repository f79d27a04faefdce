"""A seeded, reproducible stream of social-media mentions for a fictional brand, Northwind Goods.

`generate()` returns the brand's demo channels and about `count` customer mentions (plus the
brand's own replies) in the normalised Mention shape (`amends.ingest.schemas.MentionIn`), as plain
JSON-ready dicts in chronological order. Everything comes from `random.Random(seed)` and `anchor`,
never the clock, so the same arguments always give the same stream.

Besides seeded filler (complaints of every severity, questions, praise, suggestions, spam, trolls,
abuse, legal threats, customers posting their own contact details, chatter), a few storylines are
always present: an angry X customer who escalates over four posts and calms down after the brand
sorts it out, private DM conversations on Facebook and Instagram, an injury claim about a kettle
that sparked, a threat to sue, a discrimination allegation, a fraud accusation on Trustpilot, phone
numbers and emails posted in public, and two high-reach creators.

Follower counts are left out where a platform does not expose them (Facebook users, Trustpilot).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from amends.demo import phrases as P

T = TypeVar("T")

BRAND_NAME = "Northwind Goods"
RAW_SCHEMA = "demo.v1"
WINDOW = timedelta(days=3)


@dataclass(frozen=True)
class DemoChannel:
    slug: str
    platform: str
    account_ref: str
    name: str
    brand_handles: tuple[str, ...]
    brand_author_ids: tuple[str, ...]


@dataclass(frozen=True)
class DemoData:
    channels: tuple[DemoChannel, ...]
    mentions: tuple[dict[str, Any], ...]


X_ID, X_HELP_ID = "1459203847561728001", "1460117388926480384"
FB_PAGE = "108734629153847"
IG_USER = "17841402947718265"
REDDIT_SUB = "r/northwindgoods"
BSKY_DID = "did:plc:n7wg3kq2yx5hfrbz4mtdla6e"
TP_UNIT = "5f8e1c2ab7d94e0012a3c6f1"

CHANNELS: tuple[DemoChannel, ...] = (
    DemoChannel(
        "northwind-x", "x", X_ID, "Northwind Goods on X", ("northwindgoods", "northwindhelp"), (X_ID, X_HELP_ID)
    ),
    DemoChannel(
        "northwind-facebook", "facebook", FB_PAGE, "Northwind Goods on Facebook", ("northwindgoods",), (FB_PAGE,)
    ),
    DemoChannel(
        "northwind-instagram", "instagram", IG_USER, "Northwind Goods on Instagram", ("northwind.goods",), (IG_USER,)
    ),
    DemoChannel(
        "northwind-reddit",
        "reddit",
        REDDIT_SUB,
        "r/northwindgoods on Reddit",
        ("northwindgoods_team",),
        ("t2_9kq3v7xz",),
    ),
    DemoChannel(
        "northwind-mastodon",
        "mastodon",
        "northwind@mastodon.example",
        "Northwind Goods on Mastodon",
        ("northwind",),
        ("109412873364518042",),
    ),
    DemoChannel(
        "northwind-bluesky",
        "bluesky",
        BSKY_DID,
        "Northwind Goods on Bluesky",
        ("northwindgoods.bsky.social",),
        (BSKY_DID,),
    ),
    DemoChannel(
        "northwind-trustpilot",
        "trustpilot",
        TP_UNIT,
        "Northwind Goods on Trustpilot",
        ("northwindgoods.example",),
        (TP_UNIT,),
    ),
)
_BY_PLATFORM = {c.platform: c for c in CHANNELS}
_BRAND_TAG = {
    "x": "@northwindgoods",
    "instagram": "@northwind.goods",
    "mastodon": "@northwind@mastodon.example",
    "bluesky": "@northwindgoods.bsky.social",
}
_BRAND_FOLLOWERS = {"x": 48210, "instagram": 83900, "mastodon": 2310, "bluesky": 6450}
_REPOSTABLE = {"x", "mastodon", "bluesky"}
# How likely a post is at each UTC hour (the audience is mostly in the Americas and Europe).
_HOURS = (
    0.6,
    0.5,
    0.4,
    0.3,
    0.2,
    0.2,
    0.25,
    0.35,
    0.5,
    0.6,
    0.7,
    0.75,
    0.8,
    0.9,
    1.0,
    1.0,
    1.0,
    1.0,
    0.95,
    0.9,
    0.85,
    0.8,
    0.75,
    0.7,
)
_CATEGORIES = (  # filler category, weight, platforms it may appear on
    ("minor", 12, "x facebook instagram reddit mastodon bluesky trustpilot"),
    ("moderate", 14, "x facebook instagram reddit mastodon bluesky trustpilot"),
    ("severe", 9, "x facebook instagram reddit bluesky trustpilot"),
    ("question", 16, "x facebook instagram reddit mastodon bluesky"),
    ("praise", 15, "x facebook instagram reddit mastodon bluesky trustpilot"),
    ("suggestion", 10, "x facebook instagram reddit mastodon bluesky trustpilot"),
    ("spam", 4, "x facebook instagram bluesky"),
    ("troll", 3, "x facebook instagram reddit bluesky"),
    ("abuse", 3, "x facebook instagram bluesky"),
    ("legal", 2, "x facebook reddit trustpilot"),
    ("pii", 2, "x facebook instagram"),
    ("chatter", 7, "x instagram reddit mastodon bluesky"),
)
_PLATFORM_WEIGHT = {
    "x": 30,
    "facebook": 16,
    "instagram": 14,
    "reddit": 10,
    "mastodon": 7,
    "bluesky": 11,
    "trustpilot": 12,
}
_REPLY_CHANCE = {
    "minor": 0.45,
    "moderate": 0.6,
    "severe": 0.8,
    "question": 0.65,
    "praise": 0.25,
    "suggestion": 0.35,
    "troll": 0.1,
    "legal": 0.9,
    "pii": 0.9,
}
_RATING = {
    "minor": (2, 3),
    "moderate": (1, 2),
    "severe": (1, 1),
    "praise": (4, 5),
    "suggestion": (3, 4),
    "spam": (5, 5),
    "legal": (1, 1),
}
_B32 = "234567abcdefghijklmnopqrstuvwxyz"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@dataclass(frozen=True)
class _Author:
    id: str
    handle: str | None
    display_name: str
    followers: int | None
    first: str
    brand: bool = False


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    base: str
    reach: int  # 0 = ordinary; otherwise a follower count in the hundreds of thousands


@dataclass
class _Item:
    channel: DemoChannel
    kind: str
    author: _Author
    text: str
    at: datetime
    native_id: str
    url: str | None
    conversation_id: str
    parent_id: str | None
    parent_author_id: str | None
    private: bool
    title: str | None = None
    rating: int | None = None
    likes: int = 0
    reposts: int = 0


class _Slots(dict[str, str]):
    """Placeholder values for `str.format_map`, drawn from the stream's RNG on first use."""

    def __init__(self, fill: Callable[[str], str], fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self._fill = fill

    def __missing__(self, key: str) -> str:
        value = self._fill(key)
        self[key] = value
        return value


def _join(*parts: str) -> str:
    """Join sentence fragments, capitalising after a full stop and skipping empty ones."""
    out = ""
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        if not out or out[-1] in ".!?":
            part = part[0].upper() + part[1:]
        out = f"{out} {part}" if out else part
    return out


class _Stream:
    def __init__(self, rng: random.Random, anchor: datetime) -> None:
        self.rng = rng
        self.end = anchor.astimezone(UTC).replace(microsecond=0) - timedelta(seconds=30)
        self.start = anchor.astimezone(UTC) - WINDOW + timedelta(minutes=2)
        self.items: list[_Item] = []
        self.customers = 0
        self._ids: set[tuple[str, str]] = set()
        self.texts: set[str] = set()
        self._decks: dict[int, list[int]] = {}
        self._identities: dict[tuple[str, int], _Author] = {}
        self.cast = self._make_cast()

    # -- randomness helpers ---------------------------------------------------------------------
    def pick(self, pool: Sequence[T]) -> T:
        """Deal from a shuffled deck per pool, so fragments repeat only once a pool is used up."""
        order = self._decks.get(id(pool))
        if not order:
            order = list(range(len(pool)))
            self.rng.shuffle(order)
            self._decks[id(pool)] = order
        return pool[order.pop()]

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + self.chars("0123456789", n - 1)

    def slot(self, key: str) -> str:
        r = self.rng
        simple: dict[str, Sequence[str]] = {
            "product": P.PRODUCTS,
            "store": P.STORES,
            "screen": P.SCREENS,
            "staff": P.STAFF,
            "courier": P.COURIERS,
            "day": P.DAYS,
            "month": P.MONTHS,
        }
        if key in simple:
            return self.pick(simple[key])
        if key == "order":
            return f"NW-{r.randint(400000, 599999)}"
        if key == "amount":
            return f"{r.randint(18, 260)}.{r.choice(('00', '50', '90', '99'))}"
        if key == "days":
            return str(r.randint(4, 12))
        if key == "years":
            return str(r.randint(2, 9))
        if key == "phone":
            return f"({r.choice(P.AREA_CODES)}) 555-01{r.randint(0, 99):02d}"
        raise KeyError(key)

    def fill(self, template: str, **fixed: str) -> str:
        return template.format_map(_Slots(self.slot, fixed))

    def when(self, hours_before: float | None = None) -> datetime:
        """A root timestamp: a given offset (with jitter), else a random time of day-weighted."""
        span = int((self.end - self.start).total_seconds())
        if hours_before is not None:
            return self.end - timedelta(hours=hours_before, seconds=self.rng.randint(0, 600))
        while True:
            at = self.start + timedelta(seconds=self.rng.randint(0, span))
            if self.rng.random() < _HOURS[at.hour]:
                return at.replace(microsecond=0)

    # -- authors --------------------------------------------------------------------------------
    def _make_cast(self) -> list[_Person]:
        cast: list[_Person] = []
        names: set[tuple[str, str]] = set()
        while len(cast) < 90:
            first, last = self.rng.choice(P.FIRST_NAMES), self.rng.choice(P.LAST_NAMES)
            if (first, last) in names:
                continue
            names.add((first, last))
            base = self.rng.choice(P.HANDLE_STYLES).format(
                f=first.lower(), l=last.lower(), fi=first[0].lower(), li=last[0].lower(), n=self.rng.randint(7, 99)
            )
            reach = self.rng.randint(100_000, 950_000) if len(cast) < 4 else 0
            cast.append(_Person(first, last, base, reach))
        return cast

    def customer(self, platform: str, *, high_reach: bool = False) -> tuple[_Author, _Person]:
        if high_reach or self.rng.random() < 0.03:
            index = self.rng.randrange(4)
        else:  # a skew towards the front of the cast gives some repeat customers
            index = 4 + min(int(self.rng.expovariate(1 / 30)), len(self.cast) - 5)
        person = self.cast[index]
        key = (platform, index)
        if key not in self._identities:
            self._identities[key] = self.identity(platform, person)
        return self._identities[key], person

    def identity(self, platform: str, p: _Person) -> _Author:
        r, name = self.rng, f"{p.first} {p.last}"
        small = min(int(r.lognormvariate(5.0, 1.3)), 60_000)
        followers = p.reach or small
        if platform == "x":
            handle = re.sub(r"[^a-z0-9_]", "_", p.base)[:15]
            return _Author(self.digits(r.choice((9, 10, 18, 19))), handle, name, followers, p.first)
        if platform == "facebook":
            return _Author(self.digits(16), None, name, None, p.first)
        if platform == "instagram":
            return _Author("17841" + self.digits(12), p.base, name, followers, p.first)
        if platform == "reddit":
            handle = f"{r.choice(P.REDDIT_ADJ)}_{r.choice(P.REDDIT_NOUN)}_{r.randint(2, 99)}"
            karma = min(int(r.lognormvariate(1.5, 1.2)), 900)
            return _Author("t2_" + self.chars(_B36, 8), handle, handle, karma, p.first)
        if platform == "mastodon":
            instance = r.choice(P.MASTODON_INSTANCES)
            user = re.sub(r"[^a-z0-9_]", "_", p.base)
            handle = user if instance == "mastodon.example" else f"{user}@{instance}"
            return _Author("1" + self.digits(17), handle, name, followers // 4, p.first)
        if platform == "bluesky":
            handle = re.sub(r"[^a-z0-9]", "", p.base) + ".bsky.social"
            return _Author("did:plc:" + self.chars(_B32, 24), handle, name, followers, p.first)
        return _Author(self.chars("0123456789abcdef", 24), None, f"{p.first} {p.last[0]}.", None, p.first)

    def scripted(self, platform: str, name: str, handle: str | None, followers: int) -> _Author:
        first = name.split()[0]
        author = self.identity(platform, _Person(first, name.split()[-1], handle or "x", 0))
        count = followers if author.followers is not None else None
        shown = author.display_name if platform == "trustpilot" else name
        return _Author(author.id, handle if author.handle else None, shown, count, first)

    @staticmethod
    def brand(ch: DemoChannel, support: bool = False) -> _Author:
        i = 1 if support and len(ch.brand_handles) > 1 else 0
        name = "Northwind Help" if i else BRAND_NAME
        return _Author(
            ch.brand_author_ids[i],
            ch.brand_handles[i],
            name,
            _BRAND_FOLLOWERS.get(ch.platform),
            "Northwind",
            brand=True,
        )

    # -- native ids -----------------------------------------------------------------------------
    def _ids_for(
        self, ch: DemoChannel, at: datetime, author: _Author, kind: str, parent: _Item | None, private: bool
    ) -> tuple[str, str | None, str, str | None]:
        """(native_id, url, conversation_id, external parent id) in the platform's own style."""
        r, ms = self.rng, int(at.timestamp() * 1000)
        conv = parent.conversation_id if parent else None
        p = ch.platform
        if p == "x":
            nid = str(((ms - 1288834974657) << 22) | r.getrandbits(22))
            if private:
                return nid, None, conv or "-".join(sorted((X_ID, author.id), key=int)), None
            return nid, f"https://x.com/{author.handle}/status/{nid}", conv or nid, None
        if p == "facebook":
            if private:
                return "m_" + self.chars(_B64, 24), None, conv or "t_" + self.digits(15), None
            if kind == "post" and parent is None:
                obj = self.digits(16)
                url = f"https://www.facebook.com/{FB_PAGE}/posts/{obj}"
                return f"{FB_PAGE}_{obj}", url, f"{FB_PAGE}_{obj}", None
            ext = None if conv else f"{FB_PAGE}_{self.digits(16)}"
            post = conv or ext or ""
            obj, cid = post.split("_")[1], self.digits(16)
            url = f"https://www.facebook.com/{FB_PAGE}/posts/{obj}?comment_id={cid}"
            return f"{obj}_{cid}", url, post, ext
        if p == "instagram":
            if private:
                return ("aWdf" + self.chars(_B64, 40), None, conv or "3402823668417103" + self.digits(22), None)
            if kind == "mention":
                nid = "3" + self.digits(18)
                return nid, f"https://www.instagram.com/p/{self.chars(_B64, 11)}/", nid, None
            ext = None if conv else "3" + self.digits(18)
            return "18" + self.digits(15), None, conv or ext or "", ext
        if p == "reddit":
            base = f"https://www.reddit.com/{REDDIT_SUB}/comments"
            if kind == "post":
                post = self.chars(_B36, 7)
                return f"t3_{post}", f"{base}/{post}/", f"t3_{post}", None
            ext = None if conv else "t3_" + self.chars(_B36, 7)
            thread, cid = conv or ext or "", self.chars(_B36, 7)
            return f"t1_{cid}", f"{base}/{thread[3:]}/comment/{cid}/", thread, ext
        if p == "mastodon":
            nid = str((ms << 16) | r.getrandbits(16))
            user, _, host = (author.handle or "").partition("@")
            return nid, f"https://{host or 'mastodon.example'}/@{user}/{nid}", conv or nid, None
        if p == "bluesky":
            value, rkey = ((ms * 1000 + r.randint(0, 999)) << 10) | r.getrandbits(10), ""
            for _ in range(13):
                value, rkey = value >> 5, _B32[value & 31] + rkey
            nid = f"at://{author.id}/app.bsky.feed.post/{rkey}"
            return nid, f"https://bsky.app/profile/{author.handle}/post/{rkey}", conv or nid, None
        nid = self.chars("0123456789abcdef", 24)
        url = None if parent else f"https://www.trustpilot.com/reviews/{nid}"
        return nid, url, conv or nid, None

    # -- building the stream --------------------------------------------------------------------
    def _add(
        self, ch: DemoChannel, author: _Author, text: str, at: datetime, kind: str, parent: _Item | None, private: bool
    ) -> _Item:
        while True:
            nid, url, conv, ext = self._ids_for(ch, at, author, kind, parent, private)
            if (ch.slug, nid) not in self._ids:
                break
        self._ids.add((ch.slug, nid))
        if parent is not None:
            parent_id: str | None = parent.native_id
            parent_author: str | None = parent.author.id
        else:
            parent_id = ext
            parent_author = ch.brand_author_ids[0] if ext and ch.platform != "reddit" else None
        item = _Item(ch, kind, author, text, at, nid, url, conv, parent_id, parent_author, private)
        if not private:
            item.likes = self._likes(author, ch.platform)
            if ch.platform in _REPOSTABLE:
                item.reposts = int(item.likes * self.rng.uniform(0.0, 0.3))
        if not author.brand:
            self.customers += 1
            self.texts.add(text)
        self.items.append(item)
        return item

    def _likes(self, author: _Author, platform: str) -> int:
        if author.brand:
            return self.rng.randint(0, 4)
        if platform == "reddit":
            return self.rng.randint(1, 60)
        reach = author.followers if author.followers is not None else 150
        return int(reach**0.5 * self.rng.uniform(0.02, 0.5)) + self.rng.randint(0, 3)

    def post(
        self,
        ch: DemoChannel,
        author: _Author,
        text: str,
        at: datetime,
        kind: str,
        *,
        title: str | None = None,
        rating: int | None = None,
    ) -> _Item:
        private = kind == "direct_message"
        item = self._add(ch, author, text, at, kind, None, private)
        item.title, item.rating = title, rating
        return item

    def reply(self, parent: _Item, author: _Author, text: str, minutes: float) -> _Item | None:
        """Answer `parent` some minutes later; None if that moment is still in the future."""
        at = parent.at + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))
        if at >= self.end:
            return None
        ch = parent.channel
        if parent.private:
            kind = "direct_message"
        elif ch.platform in ("x", "mastodon", "bluesky", "trustpilot"):
            kind = "reply"
        else:
            kind = "comment"
        if (
            ch.platform in ("x", "mastodon")
            and not parent.private
            and not text.startswith("@")
            and parent.author.id != author.id
            and parent.author.handle
        ):
            text = f"@{parent.author.handle} {text}"
        return self._add(ch, author, text, at, kind, parent, parent.private)

    def chain(
        self, root: _Item, customer: _Author, brand: _Author, steps: Sequence[tuple[str, str]], gaps: Sequence[float]
    ) -> list[_Item]:
        items, last = [root], root
        for (who, text), gap in zip(steps, gaps, strict=True):
            nxt = self.reply(last, brand if who == "b" else customer, text, gap)
            if nxt is None:
                break
            items.append(nxt)
            last = nxt
        return items


def _storylines(s: _Stream) -> None:
    x, fb, ig, rd, tp = (_BY_PLATFORM[p] for p in ("x", "facebook", "instagram", "reddit", "trustpilot"))
    help_x = s.brand(x, support=True)

    dana = s.scripted("x", "Dana Whitfield", "dana_whitfield", 1284)
    first, *rest = P.ANGRY
    root = s.post(x, dana, first[1], s.when(52), "mention")
    s.chain(root, dana, help_x, rest, (47, 22, 16, 58, 24, 185, 12))

    priya = s.scripted("facebook", "Priya Raman", None, 0)
    root = s.post(fb, priya, P.DM_BILLING[0][1], s.when(31), "direct_message")
    s.chain(root, priya, s.brand(fb), P.DM_BILLING[1:], (34, 6, 11, 9))

    sam = s.scripted("instagram", "Sam Ortega", "samortega.jpg", 412)
    root = s.post(ig, sam, P.DM_SWAP[0][1], s.when(9), "direct_message")
    s.chain(root, sam, s.brand(ig), P.DM_SWAP[1:], (18, 3))

    marcus = s.scripted("facebook", "Marcus Bell", None, 0)
    root = s.post(fb, marcus, P.KETTLE, s.when(40), "post")
    s.reply(root, s.brand(fb), P.KETTLE_BRAND, 19)
    neighbour, _ = s.customer("facebook")
    worried = s.reply(root, neighbour, P.KETTLE_NEIGHBOUR, 64)
    if worried is not None:
        s.reply(worried, s.brand(fb), P.KETTLE_NEIGHBOUR_BRAND, 21)

    renee = s.scripted("x", "Renee Castillo", "reneecastillo", 2710)
    root = s.post(x, renee, P.SUE, s.when(20), "mention")
    s.reply(root, s.brand(x, support=True), P.SUE_BRAND, 38)

    poster, _ = s.customer("reddit")
    root = s.post(rd, poster, P.DISCRIMINATION, s.when(44), "post", title=P.DISCRIMINATION_TITLE)
    s.reply(root, s.brand(rd), P.DISCRIMINATION_BRAND, 95)
    other, _ = s.customer("reddit")
    s.reply(root, other, P.DISCRIMINATION_REPLY, 130)

    gail = s.scripted("trustpilot", "Gail Brennan", None, 0)
    root = s.post(tp, gail, P.FRAUD, s.when(60), "review", title=P.FRAUD_TITLE, rating=1)
    s.reply(root, s.brand(tp), P.FRAUD_BRAND, 300)

    glen = s.scripted("x", "Glen Hargreaves", "glenhargreaves", 233)
    root = s.post(x, glen, P.PHONE_POST, s.when(15), "mention")
    s.reply(root, help_x, s.fill(s.pick(P.BRAND_REPLIES["pii"]), first="Glen") + " ^SB", 27)
    jordan = s.scripted("instagram", "Jordan Pike", "jordan.pike", 389)
    s.post(ig, jordan, P.EMAIL_COMMENT, s.when(6), "comment")
    rose = s.scripted("facebook", "Rose Okafor", None, 0)
    root = s.post(fb, rose, P.PHONE_EMAIL_COMMENT, s.when(27), "comment")
    s.reply(root, s.brand(fb), s.fill(s.pick(P.BRAND_REPLIES["pii"]), first="Rose"), 42)

    tomas = s.scripted("x", "Tomas Reyes", "tomasbrews", 412_300)
    root = s.post(x, tomas, P.CREATOR_X, s.when(36), "mention")
    root.likes, root.reposts = 3874, 411
    s.reply(root, s.brand(x), P.CREATOR_X_BRAND, 33)
    hana = s.scripted("instagram", "Hana Kobayashi", "hanabakes", 186_400)
    root = s.post(ig, hana, P.CREATOR_IG, s.when(23), "mention")
    root.likes = 9120
    s.reply(root, s.brand(ig), P.CREATOR_IG_BRAND, 51)


def _compose(s: _Stream, category: str, who: _Person, ch: DemoChannel) -> tuple[str, str, str]:
    """(text, topic, brand answer for questions) for one filler post."""
    if category in ("minor", "moderate", "severe"):
        if category != "severe" and s.rng.random() < 0.25:
            topic, text = s.pick(P.WHOLE_COMPLAINTS)
            return s.fill(text), topic, ""
        pool = {"minor": P.MINOR, "moderate": P.MODERATE, "severe": P.SEVERE}[category]
        topic, clause = s.pick(pool)
        parts = [s.pick(P.OPENERS[category]), clause + ".", s.pick(P.IMPACTS[category]), s.pick(P.ASKS)]
        if ch.platform == "x" and s.rng.random() < 0.4:
            parts[2] = ""
        return s.fill(_join(*parts)), topic, ""
    if category == "question":
        question, answer = s.pick(P.QUESTIONS)
        slots = _Slots(s.slot, {})
        return question.format_map(slots), "question", answer.format_map(slots)
    if category == "praise":
        text = _join(s.pick(P.PRAISE_LEADS), s.pick(P.PRAISE), s.pick(P.PRAISE_TAILS))
        return s.fill(text), "praise", ""
    if category == "suggestion":
        return s.fill(_join(s.pick(P.SUGGESTION_LEADS), s.pick(P.SUGGESTIONS))), "suggestion", ""
    if category == "pii":
        email = f"{who.first.lower()}.{who.last.lower()}@example.com"
        return s.fill(s.pick(P.PII), email=email, fullname=f"{who.first} {who.last}"), "pii", ""
    pools = {"spam": P.SPAM, "troll": P.TROLLS, "abuse": P.ABUSE, "legal": P.LEGAL, "chatter": P.CHATTER}
    topic = "troll" if category == "abuse" else category
    return s.fill(s.pick(pools[category])), topic, ""


def _filler(s: _Stream) -> None:
    r = s.rng
    category, _, platforms = r.choices(_CATEGORIES, [c[1] for c in _CATEGORIES])[0]
    names = platforms.split()
    ch = _BY_PLATFORM[r.choices(names, [_PLATFORM_WEIGHT[n] for n in names])[0]]
    author, person = s.customer(ch.platform)
    if category == "spam":
        handle = f"{r.choice(P.REDDIT_ADJ)}{r.choice(P.REDDIT_NOUN)}{s.digits(5)}"
        bot = s.identity(ch.platform, _Person("there", "", handle, 0))
        author = _Author(
            bot.id, bot.handle, handle.title(), r.randint(0, 40) if bot.followers is not None else None, "there"
        )
    text, topic, answer = "", "", ""
    for _ in range(12):  # prefer a text the stream has not used yet
        text, topic, answer = _compose(s, category, person, ch)
        if text not in s.texts:
            break
    title, rating = None, None
    kind = {
        "x": "mention",
        "mastodon": "mention",
        "bluesky": "mention",
        "trustpilot": "review",
        "facebook": r.choice(("post", "comment", "comment")),
        "instagram": r.choice(("comment", "comment", "mention")),
        "reddit": r.choice(("post", "post", "comment")),
    }[ch.platform]
    dm_ok = category in ("question", "moderate", "severe")
    if ch.platform in ("x", "facebook", "instagram") and dm_ok and r.random() < 0.08:
        kind = "direct_message"
    if kind == "mention" and not text.startswith("@"):
        tag = _BRAND_TAG[ch.platform]
        text = f"{tag} {text}" if r.random() < 0.7 else f"{text} {tag}"
    if ch.platform in ("x", "bluesky") and kind == "mention" and r.random() < 0.12:
        text = text.lower()
    if kind == "review":
        low, high = _RATING.get(category, (3, 3))
        rating = r.randint(low, high)
        title = s.pick(P.REVIEW_TITLES[rating])
    elif kind == "post" and ch.platform == "reddit":
        title = s.pick(P.REDDIT_TITLES.get(topic, P.REDDIT_TITLES["chatter"]))
    root = s.post(ch, author, text, s.when(), kind, title=title, rating=rating)

    if ch.platform in ("x", "reddit") and category == "severe" and r.random() < 0.35:
        root = s.reply(root, author, s.pick(P.ADDENDA), r.randint(5, 90)) or root
    if category in ("minor", "moderate", "severe") and kind not in ("review", "direct_message") and r.random() < 0.15:
        other, _ = s.customer(ch.platform)
        if other.id != author.id:
            s.reply(root, other, s.fill(s.pick(P.CHIME_INS)), r.randint(10, 600))
    if r.random() >= _REPLY_CHANCE.get(category, 0.0):
        return
    support = category in ("minor", "moderate", "severe", "question", "legal", "pii")
    brand = s.brand(ch, support=support)
    agent = f" ^{r.choice(P.AGENTS)[1]}" if ch.platform == "x" else ""
    first = author.first if ch.platform != "reddit" else f"u/{author.handle}"
    template = s.pick(P.BRAND_REPLIES.get(topic, P.BRAND_REPLIES["delivery"]))
    if kind == "direct_message" and topic != "question":
        template = s.pick(P.BRAND_DM)
    reply = s.reply(root, brand, s.fill(template, first=first, answer=answer) + agent, r.randint(8, 240))
    if reply is None or category in ("troll", "legal") or r.random() >= 0.4:
        return
    if category not in ("minor", "moderate", "severe") or r.random() < 0.65:
        s.reply(reply, author, s.pick(P.FOLLOW_UPS_GOOD), r.randint(4, 120))
        return
    angry = s.reply(reply, author, s.pick(P.FOLLOW_UPS_BAD), r.randint(30, 900))
    if angry is not None and r.random() < 0.6:
        second = s.reply(angry, brand, s.fill(s.pick(P.BRAND_SECOND), first=first) + agent, r.randint(10, 120))
        if second is not None and r.random() < 0.5:
            s.reply(second, author, s.pick(P.FOLLOW_UPS_THANKS), r.randint(20, 300))


def _iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def _render(item: _Item, replies: int) -> dict[str, Any]:
    a = item.author
    author: dict[str, Any] = {"id": a.id}
    if a.handle:
        author["handle"] = a.handle
    author["display_name"] = a.display_name
    if a.followers is not None:
        author["follower_count"] = a.followers
    out: dict[str, Any] = {
        "platform": item.channel.platform,
        "kind": item.kind,
        "visibility": "private" if item.private else "public",
        "account_ref": item.channel.account_ref,
        "native_id": item.native_id,
    }
    if item.url:
        out["url"] = item.url
    out["author"] = author
    if item.title:
        out["title"] = item.title
    out["text"] = item.text
    if item.rating is not None:
        out["rating"] = item.rating
    out["created_at"] = _iso(item.at)
    thread: dict[str, Any] = {"conversation_id": item.conversation_id}
    if item.parent_id:
        thread["parent_id"] = item.parent_id
    if item.parent_author_id:
        thread["in_reply_to_author_id"] = item.parent_author_id
    out["thread"] = thread
    out["metrics"] = {"likes": item.likes, "reposts": item.reposts, "replies": replies}
    out.update(language="en", source="import", raw_schema=RAW_SCHEMA)
    return out


def generate(*, seed: int = 7, anchor: datetime, count: int = 120) -> DemoData:
    """The demo channels and a chronological mention stream ending just before `anchor`.

    `count` is the number of customer mentions to aim for (the scripted storylines alone bring
    about twenty; the brand's replies come on top). Same arguments, same output.
    """
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        raise ValueError("anchor must be timezone-aware")
    s = _Stream(random.Random(seed), anchor)
    _storylines(s)
    for _ in range(max(count, 0) * 4):
        if s.customers >= count:
            break
        _filler(s)
    order = sorted(range(len(s.items)), key=lambda i: (s.items[i].at, i))
    children: dict[tuple[str, str], int] = {}
    for item in s.items:
        if item.parent_id:
            key = (item.channel.slug, item.parent_id)
            children[key] = children.get(key, 0) + 1
    mentions = []
    for i in order:
        item = s.items[i]
        replies = children.get((item.channel.slug, item.native_id), 0)
        if not item.private and (item.author.followers or 0) >= 100_000:
            replies += s.rng.randint(20, 140)
        mentions.append(_render(item, replies))
    return DemoData(channels=CHANNELS, mentions=tuple(mentions))
