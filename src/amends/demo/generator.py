"""A seeded, reproducible stream of social-media mentions for a fictional brand, Northwind Goods.

`generate()` returns the brand's demo channels and about `count` customer mentions (plus the brand's
replies) as JSON-ready dicts in the normalised Mention shape (`amends.ingest.schemas.MentionIn`), in
chronological order. Everything comes from `random.Random(seed)` and `anchor`, never the clock.
Seeded filler (complaints of every severity, questions, praise, suggestions, spam, trolls, abuse,
legal threats, contact details posted in public, chatter) surrounds fixed storylines: an angry X
customer who escalates and then thanks the team, private DMs, a kettle that sparked and injured a
child, a threat to sue, a discrimination allegation, a fraud accusation, two high-reach creators.
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
from amends.demo import storylines as S

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


def _channel(platform: str, ref: str, handles: tuple[str, ...], ids: tuple[str, ...], name: str = "") -> DemoChannel:
    label = name or f"{BRAND_NAME} on {platform.title()}"
    return DemoChannel(f"northwind-{platform}", platform, ref, label, handles, ids)


X_ID, X_HELP_ID = "1459203847561728001", "1460117388926480384"
FB_PAGE, IG_USER, BSKY_DID = "108734629153847", "17841402947718265", "did:plc:n7wg3kq2yx5hfrbz4mtdla6e"
REDDIT_SUB, TP_UNIT = "r/northwindgoods", "5f8e1c2ab7d94e0012a3c6f1"
CHANNELS: tuple[DemoChannel, ...] = (
    _channel("x", X_ID, ("northwindgoods", "northwindhelp"), (X_ID, X_HELP_ID)),
    _channel("facebook", FB_PAGE, ("northwindgoods",), (FB_PAGE,)),
    _channel("instagram", IG_USER, ("northwind.goods",), (IG_USER,)),
    _channel("reddit", REDDIT_SUB, ("northwindgoods_team",), ("t2_9kq3v7xz",), "r/northwindgoods on Reddit"),
    _channel("mastodon", "northwind@mastodon.example", ("northwind",), ("109412873364518042",)),
    _channel("bluesky", BSKY_DID, ("northwindgoods.bsky.social",), (BSKY_DID,)),
    _channel("trustpilot", TP_UNIT, ("northwindgoods.example",), (TP_UNIT,)),
)
_BY_PLATFORM = {c.platform: c for c in CHANNELS}
_BRAND_TAG = {"x": "@northwindgoods", "instagram": "@northwind.goods", "bluesky": "@northwindgoods.bsky.social"}
_BRAND_TAG["mastodon"] = "@northwind@mastodon.example"
_BRAND_FOLLOWERS = {"x": 48210, "instagram": 83900, "mastodon": 2310, "bluesky": 6450}
_COMPLAINTS = ("minor", "moderate", "severe")
_B32 = "234567abcdefghijklmnopqrstuvwxyz"
_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_HEX = "0123456789abcdef"


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
    base: str  # the root of their handles
    reach: int  # 0 for most people; a follower count in the hundreds of thousands for a few


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
        self[key] = value = self._fill(key)
        return value


def _join(*parts: str) -> str:
    """Join sentence fragments, capitalising after a full stop and skipping empty ones."""
    out = ""
    for raw in parts:
        part = raw.strip()
        if part:
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
        self.texts: set[str] = set()
        self._ids: set[tuple[str, str]] = set()
        self._decks: dict[int, list[int]] = {}
        self._identities: dict[tuple[str, int], _Author] = {}
        self._handles: set[tuple[str, str]] = set()
        self.cast = self._make_cast()

    # -- randomness -----------------------------------------------------------------------------
    def pick(self, pool: Sequence[T]) -> T:
        """Deal from a shuffled deck per pool, so a fragment repeats only once its pool is used up."""
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
        pools = {"product": P.PRODUCTS, "lidded": P.LIDDED, "handled": P.HANDLED, "store": P.STORES}
        pools.update(screen=P.SCREENS, staff=P.STAFF, courier=P.COURIERS, day=P.DAYS, month=P.MONTHS)
        if key in pools:
            return self.pick(pools[key])
        numbers = {
            "order": f"NW-{r.randint(400000, 599999)}",
            "amount": f"{r.randint(18, 260)}.{r.choice(('00', '50', '90', '99'))}",
            "days": str(r.randint(4, 12)),
            "years": str(r.randint(2, 9)),
            "phone": f"({r.choice(P.AREA_CODES)}) 555-01{r.randint(0, 99):02d}",
        }
        return numbers[key]

    def fill(self, template: str, **fixed: str) -> str:
        return template.format_map(_Slots(self.slot, fixed))

    def when(self, hours_before: float | None = None) -> datetime:
        """A root timestamp: `hours_before` the end (plus jitter), else random, busier by day."""
        if hours_before is not None:
            return self.end - timedelta(hours=hours_before, seconds=self.rng.randint(0, 600))
        span = int((self.end - self.start).total_seconds())
        while True:
            at = self.start + timedelta(seconds=self.rng.randint(0, span))
            if self.rng.random() * 10 < P.HOUR_WEIGHTS[at.hour]:
                return at.replace(microsecond=0)

    # -- authors --------------------------------------------------------------------------------
    def _make_cast(self) -> list[_Person]:
        cast: list[_Person] = []
        while len(cast) < 90:
            first, last = self.rng.choice(P.FIRST_NAMES), self.rng.choice(P.LAST_NAMES)
            if any(p.first == first and p.last == last for p in cast):
                continue
            f, la, n = first.lower(), last.lower(), self.rng.randint(7, 99)
            base = self.rng.choice(P.HANDLE_STYLES).format(f=f, l=la, fi=f[0], li=la[0], n=n)
            cast.append(_Person(first, last, base, self.rng.randint(100_000, 950_000) if len(cast) < 4 else 0))
        return cast

    def customer(self, platform: str) -> tuple[_Author, _Person]:
        """Someone from the cast: the first four have a big following; the front of the rest posts most."""
        if self.rng.random() < 0.03:
            index = self.rng.randrange(4)
        else:
            index = 4 + int(self.rng.triangular(0, len(self.cast) - 4, 0))
        if (platform, index) not in self._identities:
            self._identities[platform, index] = self.identity(platform, self.cast[index])
        return self._identities[platform, index], self.cast[index]

    def identity(self, platform: str, p: _Person) -> _Author:
        r, name = self.rng, f"{p.first} {p.last}"
        followers = p.reach or min(int(r.lognormvariate(5.0, 1.3)), 60_000)
        handle = self._handle(platform, p.base)
        if platform == "x":
            return _Author(self.digits(r.choice((9, 10, 18, 19))), handle, name, followers, p.first)
        if platform == "instagram":
            return _Author("17841" + self.digits(12), handle, name, followers, p.first)
        if platform == "reddit":
            karma = min(int(r.lognormvariate(1.5, 1.2)), 900)
            return _Author("t2_" + self.chars(_B36, 8), handle, handle or "", karma, p.first)
        if platform == "mastodon":
            return _Author("1" + self.digits(17), handle, name, followers // 4, p.first)
        if platform == "bluesky":
            return _Author("did:plc:" + self.chars(_B32, 24), handle, name, followers, p.first)
        if platform == "facebook":
            return _Author(self.digits(16), None, name, None, p.first)
        return _Author(self.chars(_HEX, 24), None, f"{p.first} {p.last[0]}.", None, p.first)

    def _handle(self, platform: str, base: str) -> str | None:
        """A handle in the platform's style that nobody else in the stream has there yet."""
        if platform in ("facebook", "trustpilot"):
            return None
        r, plain = self.rng, re.sub(r"[^a-z0-9_]", "_", base)
        for attempt in range(100):
            tail = str(r.randint(2, 99)) if attempt else ""
            if platform == "x":
                handle = plain[: 15 - len(tail)] + tail
            elif platform == "reddit":
                handle = f"{r.choice(P.REDDIT_ADJ)}_{r.choice(P.REDDIT_NOUN)}_{r.randint(2, 99)}"
            elif platform == "mastodon":
                instance = r.choice(P.MASTODON_INSTANCES)
                handle = plain + tail if instance == "mastodon.example" else f"{plain}{tail}@{instance}"
            elif platform == "bluesky":
                handle = re.sub(r"[^a-z0-9]", "", base) + tail + ".bsky.social"
            else:
                handle = base + tail
            if (platform, handle) not in self._handles:
                break
        self._handles.add((platform, handle))
        return handle

    def scripted(self, platform: str, name: str, handle: str | None, followers: int) -> _Author:
        first, last = name.split()
        author = self.identity(platform, _Person(first, last, handle or first.lower(), 0))
        count = followers if author.followers is not None else None
        shown = author.display_name if platform == "trustpilot" else name
        return _Author(author.id, handle if author.handle else None, shown, count, first)

    @staticmethod
    def brand(ch: DemoChannel, support: bool = False) -> _Author:
        """The brand's account; on X, support conversations come from the help handle."""
        i = 1 if support and len(ch.brand_handles) > 1 else 0
        name, reach = "Northwind Help" if i else BRAND_NAME, _BRAND_FOLLOWERS.get(ch.platform)
        return _Author(ch.brand_author_ids[i], ch.brand_handles[i], name, reach, "", brand=True)

    # -- native ids -----------------------------------------------------------------------------
    def _ids_for(
        self, ch: DemoChannel, at: datetime, author: _Author, kind: str, parent: _Item | None, private: bool
    ) -> tuple[str, str | None, str, str | None]:
        """(native_id, url, conversation_id, id of a parent outside the stream) in the platform's style."""
        r, ms = self.rng, int(at.timestamp() * 1000)
        conv = parent.conversation_id if parent else None
        p = ch.platform
        if p == "x":  # snowflake ids carry their timestamp
            nid = str(((ms - 1288834974657) << 22) | r.getrandbits(22))
            if private:
                return nid, None, conv or "-".join(sorted((X_ID, author.id), key=int)), None
            return nid, f"https://x.com/{author.handle}/status/{nid}", conv or nid, None
        if p == "facebook":
            if private:
                return "m_" + self.chars(_B64, 24), None, conv or "t_" + self.digits(15), None
            if kind == "post" and parent is None:
                obj = self.digits(16)
                return f"{FB_PAGE}_{obj}", f"https://www.facebook.com/{FB_PAGE}/posts/{obj}", f"{FB_PAGE}_{obj}", None
            ext = None if conv else f"{FB_PAGE}_{self.digits(16)}"  # a comment on one of the page's own posts
            post = conv or ext or ""
            obj, cid = post.split("_")[1], self.digits(16)
            return f"{obj}_{cid}", f"https://www.facebook.com/{FB_PAGE}/posts/{obj}?comment_id={cid}", post, ext
        if p == "instagram":
            if private:
                return "aWdf" + self.chars(_B64, 40), None, conv or "3402823668417103" + self.digits(22), None
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
        if p == "bluesky":  # record keys are TIDs: microseconds and a clock id, base32-sortable
            value, rkey = ((ms * 1000 + r.randint(0, 999)) << 10) | r.getrandbits(10), ""
            for _ in range(13):
                value, rkey = value >> 5, _B32[value & 31] + rkey
            nid = f"at://{author.id}/app.bsky.feed.post/{rkey}"
            return nid, f"https://bsky.app/profile/{author.handle}/post/{rkey}", conv or nid, None
        nid = self.chars(_HEX, 24)
        return nid, None if parent else f"https://www.trustpilot.com/reviews/{nid}", conv or nid, None

    # -- building -------------------------------------------------------------------------------
    def _add(self, ch: DemoChannel, who: _Author, text: str, at: datetime, kind: str, parent: _Item | None) -> _Item:
        private = parent.private if parent else kind == "direct_message"
        while True:
            nid, url, conv, ext = self._ids_for(ch, at, who, kind, parent, private)
            if (ch.slug, nid) not in self._ids:
                break
        self._ids.add((ch.slug, nid))
        if parent is not None:
            parent_id: str | None = parent.native_id
            parent_author: str | None = parent.author.id
        else:
            parent_id = ext
            parent_author = ch.brand_author_ids[0] if ext and ch.platform != "reddit" else None
        item = _Item(ch, kind, who, text, at, nid, url, conv, parent_id, parent_author, private)
        if not private:
            reach = who.followers if who.followers is not None else 150
            item.likes = int(reach**0.5 * self.rng.uniform(0.02, 0.5)) + self.rng.randint(0, 3)
            if who.brand or ch.platform == "reddit":
                item.likes = self.rng.randint(0, 4) if who.brand else self.rng.randint(1, 60)
            if ch.platform in ("x", "mastodon", "bluesky"):
                item.reposts = int(item.likes * self.rng.uniform(0.0, 0.3))
        if not who.brand:
            self.customers += 1
            self.texts.add(text)
        self.items.append(item)
        return item

    def post(self, ch: DemoChannel, who: _Author, text: str, at: datetime, kind: str) -> _Item:
        return self._add(ch, who, text, at, kind, None)

    def reply(self, parent: _Item, who: _Author, text: str, minutes: float) -> _Item | None:
        """Answer `parent` some minutes later; None if that moment has not come yet."""
        at = parent.at + timedelta(minutes=minutes, seconds=self.rng.randint(0, 59))
        if at >= self.end:
            return None
        ch = parent.channel
        if parent.private:
            kind = "direct_message"
        else:
            kind = "reply" if ch.platform in ("x", "mastodon", "bluesky", "trustpilot") else "comment"
            mention = parent.author.handle and parent.author.id != who.id and not text.startswith("@")
            if ch.platform in ("x", "mastodon") and mention:
                text = f"@{parent.author.handle} {text}"
        return self._add(ch, who, text, at, kind, parent)

    def chain(self, root: _Item, customer: _Author, brand: _Author, steps: Sequence[tuple[str, int, str]]) -> None:
        """A scripted conversation after `root`: each (who, minutes, text) step answers the one before."""
        last: _Item | None = root
        for who, minutes, text in steps:
            if last is not None:
                last = self.reply(last, brand if who == "b" else customer, text, minutes)


def _storylines(s: _Stream) -> None:
    x, fb, ig, rd, tp = (_BY_PLATFORM[p] for p in ("x", "facebook", "instagram", "reddit", "trustpilot"))
    help_x = s.brand(x, support=True)

    dana = s.scripted("x", "Dana Whitfield", "dana_whitfield", 1284)
    root = s.post(x, dana, S.ANGRY[0][2], s.when(52), "mention")
    s.chain(root, dana, help_x, S.ANGRY[1:])

    priya = s.scripted("facebook", "Priya Raman", None, 0)
    s.chain(s.post(fb, priya, S.DM_BILLING[0][2], s.when(31), "direct_message"), priya, s.brand(fb), S.DM_BILLING[1:])
    sam = s.scripted("instagram", "Sam Ortega", "samortega.jpg", 412)
    s.chain(s.post(ig, sam, S.DM_SWAP[0][2], s.when(9), "direct_message"), sam, s.brand(ig), S.DM_SWAP[1:])

    root = s.post(fb, s.scripted("facebook", "Marcus Bell", None, 0), S.KETTLE, s.when(40), "post")
    s.reply(root, s.brand(fb), S.KETTLE_BRAND, 19)
    worried = s.reply(root, s.customer("facebook")[0], S.KETTLE_NEIGHBOUR, 64)
    if worried is not None:
        s.reply(worried, s.brand(fb), S.KETTLE_NEIGHBOUR_BRAND, 21)

    root = s.post(x, s.scripted("x", "Renee Castillo", "reneecastillo", 2710), S.SUE, s.when(20), "mention")
    s.reply(root, help_x, S.SUE_BRAND, 38)

    root = s.post(rd, s.customer("reddit")[0], S.DISCRIMINATION, s.when(44), "post")
    root.title = S.DISCRIMINATION_TITLE
    s.reply(root, s.brand(rd), S.DISCRIMINATION_BRAND, 95)
    s.reply(root, s.customer("reddit")[0], S.DISCRIMINATION_REPLY, 130)

    root = s.post(tp, s.scripted("trustpilot", "Gail Brennan", None, 0), S.FRAUD, s.when(60), "review")
    root.title, root.rating = S.FRAUD_TITLE, 1
    s.reply(root, s.brand(tp), S.FRAUD_BRAND, 300)

    root = s.post(x, s.scripted("x", "Glen Hargreaves", "glenhargreaves", 233), S.PHONE_POST, s.when(15), "mention")
    s.reply(root, help_x, s.fill(s.pick(S.BRAND_REPLIES["pii"]), first="Glen") + " ^SB", 27)
    s.post(ig, s.scripted("instagram", "Jordan Pike", "jordan.pike", 389), S.EMAIL_COMMENT, s.when(6), "comment")
    root = s.post(fb, s.scripted("facebook", "Rose Okafor", None, 0), S.PHONE_EMAIL_COMMENT, s.when(27), "comment")
    s.reply(root, s.brand(fb), s.fill(s.pick(S.BRAND_REPLIES["pii"]), first="Rose"), 42)

    root = s.post(x, s.scripted("x", "Tomas Reyes", "tomasbrews", 412_300), S.CREATOR_X, s.when(36), "mention")
    root.likes, root.reposts = 3874, 411
    s.reply(root, s.brand(x), S.CREATOR_X_BRAND, 33)
    hana = s.scripted("instagram", "Hana Kobayashi", "hanabakes", 186_400)
    root = s.post(ig, hana, S.CREATOR_IG, s.when(23), "mention")
    root.likes = 9120
    s.reply(root, s.brand(ig), S.CREATOR_IG_BRAND, 51)


def _compose(s: _Stream, category: str, who: _Person, ch: DemoChannel) -> tuple[str, str, str]:
    """(text, topic, the brand's answer for questions) for one filler post."""
    if category in _COMPLAINTS:
        if category != "severe" and s.rng.random() < 0.25:
            topic, text = s.pick(P.WHOLE_COMPLAINTS)
            return s.fill(text), topic, ""
        topic, clause = s.pick({"minor": P.MINOR, "moderate": P.MODERATE, "severe": P.SEVERE}[category])
        impacts = P.SEVERE_IMPACTS[topic] if category == "severe" else P.IMPACTS[category]
        impact = "" if ch.platform == "x" and s.rng.random() < 0.4 else s.pick(impacts)
        return s.fill(_join(s.pick(P.OPENERS[category]), clause + ".", impact, s.pick(P.ASKS))), topic, ""
    if category == "question":
        question, answer = s.pick(P.QUESTIONS)
        slots = _Slots(s.slot, {})  # shared, so the answer names the same product as the question
        return question.format_map(slots), "question", answer.format_map(slots)
    if category == "praise":
        return s.fill(_join(s.pick(P.PRAISE_LEADS), s.pick(P.PRAISE), s.pick(P.PRAISE_TAILS))), "praise", ""
    if category == "suggestion":
        return s.fill(_join(s.pick(P.SUGGESTION_LEADS), s.pick(P.SUGGESTIONS))), "suggestion", ""
    if category == "pii":
        email = f"{who.first.lower()}.{who.last.lower()}@example.com"
        return s.fill(s.pick(P.PII), email=email, fullname=f"{who.first} {who.last}"), "pii", ""
    pools = {"spam": P.SPAM, "troll": P.TROLLS, "abuse": P.ABUSE, "legal": P.LEGAL, "chatter": P.CHATTER}
    return s.fill(s.pick(pools[category])), "troll" if category == "abuse" else category, ""


def _filler(s: _Stream) -> None:
    """One seeded customer post, sometimes with another customer chiming in and a brand exchange."""
    r = s.rng
    category = r.choices(list(P.CATEGORIES), [c[0] for c in P.CATEGORIES.values()])[0]
    _, reply_chance, (low, high), platforms = P.CATEGORIES[category]
    names = platforms.split()
    ch = _BY_PLATFORM[r.choices(names, [P.PLATFORM_WEIGHTS[n] for n in names])[0]]
    author, person = s.customer(ch.platform)
    if category == "spam":
        handle = f"{r.choice(P.REDDIT_ADJ)}{r.choice(P.REDDIT_NOUN)}{s.digits(5)}"
        bot = s.identity(ch.platform, _Person("there", "", handle, 0))
        followers = r.randint(0, 40) if bot.followers is not None else None
        author = _Author(bot.id, bot.handle, handle.title(), followers, "there")
    text, topic, answer = "", "", ""
    for _ in range(12):  # prefer a text the stream has not used yet
        text, topic, answer = _compose(s, category, person, ch)
        if text not in s.texts:
            break
    kind = r.choice(P.ROOT_KINDS[ch.platform])
    if ch.platform in ("x", "facebook", "instagram") and category in ("question", "moderate", "severe"):
        kind = "direct_message" if r.random() < 0.08 else kind
    if kind == "mention" and not text.startswith("@"):
        tag = _BRAND_TAG[ch.platform]
        text = f"{tag} {text}" if r.random() < 0.7 else f"{text} {tag}"
        text = text.lower() if ch.platform in ("x", "bluesky") and r.random() < 0.12 else text
    root = s.post(ch, author, text, s.when(), kind)
    if kind == "review":
        root.rating = r.randint(low, high)
        root.title = s.pick(S.REVIEW_TITLES[root.rating])
    elif kind == "post" and ch.platform == "reddit":
        root.title = s.pick(S.REDDIT_TITLES.get(topic, S.REDDIT_TITLES["chatter"]))

    if ch.platform in ("x", "reddit") and category == "severe" and r.random() < 0.35:
        root = s.reply(root, author, s.pick(P.ADDENDA), r.randint(5, 90)) or root
    if category in _COMPLAINTS and kind not in ("review", "direct_message") and r.random() < 0.15:
        other, _ = s.customer(ch.platform)
        if other.id != author.id:
            s.reply(root, other, s.fill(s.pick(P.CHIME_INS)), r.randint(10, 600))
    if r.random() >= reply_chance:
        return
    brand = s.brand(ch, support=category in (*_COMPLAINTS, "question", "legal", "pii"))
    sign = f" ^{r.choice(P.AGENTS)[1]}" if ch.platform == "x" else ""
    first = f"u/{author.handle}" if ch.platform == "reddit" else author.first
    template = s.pick(S.BRAND_REPLIES[topic])
    if kind == "direct_message" and topic != "question":
        template = s.pick(S.BRAND_DM)
    reply = s.reply(root, brand, s.fill(template, first=first, answer=answer) + sign, r.randint(8, 240))
    if reply is None or category in ("troll", "legal") or ch.platform == "trustpilot" or r.random() >= 0.4:
        return
    if category not in _COMPLAINTS or r.random() < 0.65:
        mood = "complaint" if category in (*_COMPLAINTS, "pii") else "question" if category == "question" else "other"
        s.reply(reply, author, s.pick(P.FOLLOW_UPS_GOOD[mood]), r.randint(4, 120))
        return
    angry = s.reply(reply, author, s.pick(P.FOLLOW_UPS_BAD), r.randint(30, 900))
    if angry is not None and r.random() < 0.6:
        second = s.reply(angry, brand, s.fill(s.pick(S.BRAND_SECOND), first=first) + sign, r.randint(10, 120))
        if second is not None and r.random() < 0.5:
            s.reply(second, author, s.pick(P.FOLLOW_UPS_THANKS), r.randint(20, 300))


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


def _render(item: _Item, replies: int) -> dict[str, Any]:
    a, ch = item.author, item.channel
    author: dict[str, Any] = {"id": a.id, "handle": a.handle, "display_name": a.display_name}
    author["follower_count"] = a.followers
    thread = {"conversation_id": item.conversation_id, "parent_id": item.parent_id}
    thread["in_reply_to_author_id"] = item.parent_author_id
    record: dict[str, Any] = {"platform": ch.platform, "kind": item.kind}
    record.update(visibility="private" if item.private else "public", account_ref=ch.account_ref)
    record.update(native_id=item.native_id, url=item.url, author=_compact(author), title=item.title)
    record.update(text=item.text, rating=item.rating, created_at=item.at.strftime("%Y-%m-%dT%H:%M:%SZ"))
    record.update(thread=_compact(thread), metrics={"likes": item.likes, "reposts": item.reposts, "replies": replies})
    record.update(language="en", source="import", raw_schema=RAW_SCHEMA)
    return _compact(record)


def generate(*, seed: int = 7, anchor: datetime, count: int = 120) -> DemoData:
    """The demo channels and a chronological mention stream from the three days before `anchor`.

    `count` is the number of customer mentions to aim for (the result has between `count` and a
    couple more; the scripted storylines alone bring about twenty, so a smaller `count` still gets
    those). The brand's replies come on top. Same arguments, same output.
    """
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        raise ValueError("anchor must be timezone-aware")
    s = _Stream(random.Random(seed), anchor)
    _storylines(s)
    while s.customers < count:
        _filler(s)
    children: dict[tuple[str, str], int] = {}
    for item in s.items:
        if item.parent_id:
            children[item.channel.slug, item.parent_id] = children.get((item.channel.slug, item.parent_id), 0) + 1
    mentions = []
    for _, item in sorted(enumerate(s.items), key=lambda pair: (pair[1].at, pair[0])):
        replies = children.get((item.channel.slug, item.native_id), 0)
        if not item.private and (item.author.followers or 0) >= 100_000:
            replies += s.rng.randint(20, 140)  # replies that never mention the brand
        mentions.append(_render(item, replies))
    return DemoData(channels=CHANNELS, mentions=tuple(mentions))
