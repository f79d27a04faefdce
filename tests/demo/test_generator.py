"""The demo stream generator: valid, reproducible, well-threaded, and carrying every storyline."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from amends.demo.generator import DemoChannel, DemoData, generate
from amends.ingest.schemas import parse_mention

ANCHOR = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)
LEGAL = re.compile(r"\b(sue|suing|lawyer|solicitor|small claims|class action|discrimination|fraud)\b", re.I)
PHONE = re.compile(r"\b555-01\d\d\b")
EMAIL = re.compile(r"\b[\w.+-]+@example\.(com|net|org)\b")


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate(seed=7, anchor=ANCHOR, count=120)


def _channel_of(data: DemoData, m: dict[str, Any]) -> DemoChannel:
    matches = [c for c in data.channels if c.platform == m["platform"] and c.account_ref == m["account_ref"]]
    assert len(matches) == 1, f"{m['platform']}:{m['account_ref']} is not exactly one demo channel"
    return matches[0]


def _is_brand(data: DemoData, m: dict[str, Any]) -> bool:
    ch = _channel_of(data, m)
    return m["author"]["id"] in ch.brand_author_ids or m["author"].get("handle") in ch.brand_handles


def _customers(data: DemoData) -> list[dict[str, Any]]:
    return [m for m in data.mentions if not _is_brand(data, m)]


def test_every_mention_validates_against_the_schema(data: DemoData) -> None:
    assert len(data.mentions) > 120
    for m in data.mentions:
        parsed = parse_mention(m)
        assert parsed.native_id == m["native_id"]
        assert "id" not in m
        assert "raw" not in m
        assert m["source"] == "import"
        assert m["raw_schema"] == "demo.v1"
        assert m["language"] == "en"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", m["created_at"])
        assert set(m["metrics"]) == {"likes", "reposts", "replies"}
        assert all(type(v) is int and v >= 0 for v in m["metrics"].values())
    json.dumps(list(data.mentions))  # plain JSON, nothing exotic


def test_same_arguments_give_identical_output_and_other_seeds_differ(data: DemoData) -> None:
    again = generate(seed=7, anchor=ANCHOR, count=120)
    assert again == data
    assert json.dumps(again.mentions) == json.dumps(data.mentions)
    other = generate(seed=8, anchor=ANCHOR, count=120)
    assert [m["text"] for m in other.mentions] != [m["text"] for m in data.mentions]
    assert {m["native_id"] for m in other.mentions} != {m["native_id"] for m in data.mentions}


def test_a_different_anchor_moves_the_whole_stream() -> None:
    later = ANCHOR + timedelta(days=10)
    shifted = generate(seed=7, anchor=later, count=60)
    assert all(datetime.fromisoformat(m["created_at"]) > later - timedelta(days=3) for m in shifted.mentions)


def test_channels_cover_the_platforms_and_are_well_formed(data: DemoData) -> None:
    platforms = {c.platform for c in data.channels}
    assert {"x", "facebook", "instagram", "reddit", "mastodon", "bluesky", "trustpilot"} <= platforms
    assert len({c.slug for c in data.channels}) == len(data.channels)
    assert len({(c.platform, c.account_ref) for c in data.channels}) == len(data.channels)
    for c in data.channels:
        assert c.brand_handles
        assert c.brand_author_ids
        assert all(h == h.lower() and not h.startswith("@") for h in c.brand_handles)
    by_platform = {c.platform: c for c in data.channels}
    assert by_platform["x"].account_ref.isdigit()
    assert by_platform["reddit"].account_ref.startswith("r/")
    assert by_platform["bluesky"].account_ref.startswith("did:plc:")
    # every channel gets customer traffic
    assert {m["platform"] for m in _customers(data)} >= platforms


def test_native_ids_are_unique_per_channel_and_platform_plausible(data: DemoData) -> None:
    seen = Counter((m["platform"], m["account_ref"], m["native_id"]) for m in data.mentions)
    assert [key for key, n in seen.items() if n > 1] == []
    for m in data.mentions:
        nid = m["native_id"]
        if m["platform"] in ("x", "mastodon"):
            assert nid.isdigit()
        elif m["platform"] == "reddit":
            assert re.fullmatch(r"t[13]_[0-9a-z]{7}", nid)
        elif m["platform"] == "bluesky":
            assert re.fullmatch(r"at://did:plc:[a-z2-7]{24}/app\.bsky\.feed\.post/[a-z2-7]{13}", nid)
            assert nid.startswith(f"at://{m['author']['id']}/")


def test_brand_replies_thread_onto_earlier_customer_posts_in_the_same_channel(data: DemoData) -> None:
    earlier: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    brand_replies = 0
    for m in data.mentions:
        key = (m["platform"], m["account_ref"])
        if _is_brand(data, m):
            ch = _channel_of(data, m)
            assert m["author"]["id"] in ch.brand_author_ids
            assert m["author"]["handle"] in ch.brand_handles
            parent_id = m["thread"].get("parent_id")
            assert parent_id in earlier[key], f"brand reply {m['native_id']} answers nothing earlier"
            parent = earlier[key][parent_id]
            assert not _is_brand(data, parent), "the brand only answers customers"
            assert m["thread"]["conversation_id"] == parent["thread"]["conversation_id"]
            assert m["visibility"] == parent["visibility"]
            brand_replies += 1
        earlier[key][m["native_id"]] = m
    assert brand_replies >= 25


def test_replies_point_at_known_parents_and_reply_counts_cover_them(data: DemoData) -> None:
    by_key = {(m["platform"], m["account_ref"], m["native_id"]): m for m in data.mentions}
    children: Counter[tuple[str, str, str]] = Counter()
    for m in data.mentions:
        key = (m["platform"], m["account_ref"], m["thread"].get("parent_id", ""))
        if m["kind"] in ("reply", "direct_message") and m["thread"].get("parent_id"):
            assert key in by_key, f"{m['native_id']} replies to something outside the stream"
        if key in by_key:
            assert by_key[key]["created_at"] < m["created_at"]
            assert by_key[key]["thread"]["conversation_id"] == m["thread"]["conversation_id"]
            children[key] += 1
    for key, n in children.items():
        assert by_key[key]["metrics"]["replies"] >= n


def test_timestamps_fall_in_the_three_days_before_the_anchor_in_order(data: DemoData) -> None:
    times = [datetime.fromisoformat(m["created_at"]) for m in data.mentions]
    assert all(t.tzinfo is not None for t in times)
    assert all(ANCHOR - timedelta(days=3) < t < ANCHOR for t in times)
    assert times == sorted(times)
    assert max(times) - min(times) > timedelta(days=2)  # spread out, not bunched


def test_the_stream_carries_every_storyline(data: DemoData) -> None:
    public = [m for m in _customers(data) if m["visibility"] == "public"]
    assert any(LEGAL.search(m["text"]) for m in public)
    assert any(re.search(r"\b(sue|suing|small claims)\b", m["text"], re.I) for m in public)
    assert any("discrimination" in m["text"].lower() for m in public)
    assert any("fraud" in m["text"].lower() for m in public)
    assert any(PHONE.search(m["text"]) for m in public)
    assert any(EMAIL.search(m["text"]) for m in public)
    dms = [m for m in data.mentions if m["kind"] == "direct_message"]
    assert dms
    assert all(m["visibility"] == "private" for m in dms)
    reviews = [m for m in data.mentions if m["kind"] == "review"]
    assert reviews
    assert all(m["platform"] == "trustpilot" and 1 <= m["rating"] <= 5 and m["title"] for m in reviews)
    assert min(m["rating"] for m in reviews) <= 2
    assert max(m["rating"] for m in reviews) >= 4
    assert all("rating" not in m for m in data.mentions if m["kind"] != "review")
    assert any(m["author"].get("follower_count", 0) >= 100_000 for m in public)
    small = [m for m in public if m["author"].get("follower_count", 0) < 5_000]
    assert len(small) > len(public) // 2


def test_a_private_conversation_between_customer_and_brand(data: DemoData) -> None:
    conversations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in data.mentions:
        if m["kind"] == "direct_message":
            conversations[m["thread"]["conversation_id"]].append(m)
    assert any(
        len(msgs) >= 3 and any(_is_brand(data, m) for m in msgs) and not _is_brand(data, msgs[0])
        for msgs in conversations.values()
    )


def test_an_angry_x_customer_escalates_and_then_thanks_the_team(data: DemoData) -> None:
    threads: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in data.mentions:
        if m["platform"] == "x" and m["visibility"] == "public":
            threads[m["thread"]["conversation_id"]].append(m)
    found = False
    for msgs in threads.values():
        authors = Counter(m["author"]["id"] for m in msgs if not _is_brand(data, m))
        brand = [m for m in msgs if _is_brand(data, m)]
        if not authors or len(brand) < 2:
            continue
        customer, posts = authors.most_common(1)[0]
        theirs = [m for m in msgs if m["author"]["id"] == customer]
        if posts >= 4 and "thank" in theirs[-1]["text"].lower() and "thank" not in theirs[0]["text"].lower():
            assert brand[0]["created_at"] < theirs[-1]["created_at"]
            found = True
    assert found


def test_posts_are_varied_not_copy_pasted() -> None:
    for seed in (1, 2, 3, 7, 11):
        stream = generate(seed=seed, anchor=ANCHOR, count=120)
        firsts = [m["text"] for m in _customers(stream) if m["kind"] in ("mention", "post", "review")]
        assert len(firsts) > 50
        dupes = [t for t, n in Counter(firsts).items() if n > 1]
        assert dupes == [], f"seed {seed} repeats {dupes}"


def test_count_sets_the_number_of_customer_mentions() -> None:
    for count in (40, 120, 300):
        stream = generate(seed=3, anchor=ANCHOR, count=count)
        assert count <= len(_customers(stream)) <= count + 3
        assert len(stream.mentions) > len(_customers(stream))  # brand replies come on top
    tiny = generate(seed=3, anchor=ANCHOR, count=0)
    assert any(m["kind"] == "direct_message" for m in tiny.mentions)  # storylines stay


def test_anchor_must_be_aware_and_other_zones_are_converted() -> None:
    with pytest.raises(ValueError, match="timezone"):
        generate(anchor=datetime(2026, 11, 20, 9, 15))  # noqa: DTZ001 - the point of the test
    eastern = ANCHOR.astimezone(timezone(timedelta(hours=-5)))
    assert generate(anchor=eastern, count=30) == generate(anchor=ANCHOR, count=30)
