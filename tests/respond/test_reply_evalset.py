"""The labelled reply set loads and is well-formed, and the scoring harness computes the right numbers."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from amends.respond.codes import BLOCKING_BY_DEFAULT
from amends.respond.context import Fault, PiiItem, Purpose, ReplyContext, Visibility
from amends.respond.evaluate import (
    DEFAULT_PATH,
    ItemError,
    ReplyItem,
    load_reply_set,
    parse_item,
    score_checker,
)
from amends.respond.voice import BrandVoice, Formality


@pytest.fixture(scope="module")
def items() -> list[ReplyItem]:
    return load_reply_set()


# ---------------------------------------------------------------- the set


def test_set_loads_with_enough_items(items: list[ReplyItem]) -> None:
    assert len(items) >= 360
    assert all(isinstance(it.context, ReplyContext) for it in items)


def test_ids_are_unique_in_the_file() -> None:
    ids = [json.loads(line)["id"] for line in DEFAULT_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(ids) == len(set(ids))


def test_every_blocking_code_has_18_positives_in_both_splits(items: list[ReplyItem]) -> None:
    for code in sorted(BLOCKING_BY_DEFAULT):
        positives = [it for it in items if code in it.blocking and it.split in ("dev", "test")]
        assert len(positives) >= 18, code
        assert {it.split for it in positives} == {"dev", "test"}, code


def test_every_blocking_code_has_8_holdout_positives(items: list[ReplyItem]) -> None:
    holdout = [it for it in items if it.split == "holdout"]
    assert holdout
    for code in sorted(BLOCKING_BY_DEFAULT):
        assert sum(code in it.blocking for it in holdout) >= 8, code


def test_every_blocking_code_has_7_holdout2_positives(items: list[ReplyItem]) -> None:
    holdout2 = [it for it in items if it.split == "holdout2"]
    assert holdout2
    for code in sorted(BLOCKING_BY_DEFAULT):
        assert sum(code in it.blocking for it in holdout2) >= 7, code


def test_good_replies_are_at_least_35_percent(items: list[ReplyItem]) -> None:
    assert sum(it.good for it in items) / len(items) >= 0.35
    for split in ("dev", "test", "holdout", "holdout2"):
        chosen = [it for it in items if it.split == split]
        assert sum(it.good for it in chosen) / len(chosen) >= 0.3, split


def test_split_is_about_70_30(items: list[ReplyItem]) -> None:
    counts = Counter(it.split for it in items)
    share = counts["test"] / (counts["dev"] + counts["test"])
    assert 0.2 <= share <= 0.4


def test_contexts_use_the_right_types(items: list[ReplyItem]) -> None:
    for it in items:
        ctx = it.context
        assert isinstance(ctx.visibility, Visibility)
        assert isinstance(ctx.purpose, Purpose)
        assert isinstance(ctx.at_fault, Fault)
        assert isinstance(ctx.voice, BrandVoice)
        assert all(isinstance(p, PiiItem) for p in ctx.pii)
        assert isinstance(ctx.recent_replies, tuple)
    assert any(it.context.voice.emoji for it in items)
    assert any(it.context.visibility is Visibility.PRIVATE for it in items)


def test_structural_labels_follow_the_context(items: list[ReplyItem]) -> None:
    """Codes fully decided by the context and the text must agree with it on every item."""
    for it in items:
        ctx, codes = it.context, it.blocking
        public = ctx.visibility is Visibility.PUBLIC
        assert (len(it.reply) > ctx.length_limit) == ("too_long" in codes), it.id
        assert (ctx.legal_hold and public) == ("legal_hold" in codes), it.id
        assert (re.search(r"[^\W_]", it.reply) is None) == ("empty" in codes), it.id
        assert not ctx.legal_hold or ctx.legal_risk, it.id
        if "liability" in codes:
            assert ctx.legal_risk, it.id
        if codes & {"asks_pii_public", "echoes_pii"}:
            assert public, it.id
        if "echoes_pii" in codes:
            assert ctx.pii, it.id
        if "beyond_authority" in codes:
            assert ctx.refund_limit is not None, it.id
        if "copy_paste" in codes:
            assert ctx.recent_replies, it.id


# ---------------------------------------------------------------- loading


def _raw(**over: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "id": "t1",
        "split": "dev",
        "context": {"platform": "x", "customer_name": "Dana Whitfield"},
        "reply": "Dana, sorry about that.",
        "blocking": [],
    }
    raw.update(over)
    return raw


def test_parse_builds_the_context() -> None:
    item = parse_item(
        _raw(
            context={
                "platform": "instagram",
                "visibility": "private",
                "purpose": "move_private",
                "at_fault": "brand",
                "pii": [{"type": "phone", "text": "07700 900461"}],
                "recent_replies": ["an earlier reply"],
                "refund_limit": 50,
                "voice": {"formality": "casual", "emoji": True},
            },
            warnings=["no_apology"],
            note="why",
        )
    )
    ctx = item.context
    assert ctx.visibility is Visibility.PRIVATE and ctx.purpose is Purpose.MOVE_PRIVATE and ctx.at_fault is Fault.BRAND
    assert ctx.pii == (PiiItem("phone", "07700 900461"),)
    assert ctx.recent_replies == ("an earlier reply",)
    assert ctx.refund_limit == 50.0
    assert ctx.voice.formality is Formality.CASUAL and ctx.voice.emoji
    assert item.warnings == frozenset({"no_apology"}) and item.note == "why" and item.good


@pytest.mark.parametrize(
    "over",
    [
        {"blocking": ["no_such_code"]},
        {"blocking": ["jargon"]},  # a warning code listed as blocking
        {"warnings": ["empty"]},  # a blocking code listed as a warning
        {"split": "train"},
        {"context": {"platform": "x", "mood": "grumpy"}},
        {"context": {"platform": "x", "visibility": "semi-public"}},
    ],
)
def test_parse_rejects_bad_items(over: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"\(t1\)"):
        parse_item(_raw(**over))


def test_load_rejects_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps(_raw()) + "\n" + json.dumps(_raw()) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate"):
        load_reply_set(path)


# ---------------------------------------------------------------- scoring


def _item(id_: str, blocking: set[str], split: str = "dev") -> ReplyItem:
    return ReplyItem(id_, split, ReplyContext(platform="x"), f"reply {id_}", frozenset(blocking))


TINY = [
    _item("a", {"empty"}),
    _item("b", {"defensive", "sarcasm"}),
    _item("c", set()),
    _item("d", {"legal_hold"}, split="test"),
]
GOLD = {it.reply: set(it.blocking) for it in TINY}


def test_perfect_predictions_score_one() -> None:
    score = score_checker(TINY, lambda reply, ctx: GOLD[reply])
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.item_accuracy == 1.0 and score.good_pass_rate == 1.0
    assert score.errors == ()
    assert (score.tp, score.fp, score.fn) == (4, 0, 0)
    assert score.per_code["sarcasm"].support == 1 and score.per_code["sarcasm"].f1 == 1.0


def test_perfect_oracle_on_the_real_set(items: list[ReplyItem]) -> None:
    gold = {id(it.context): it.blocking for it in items}  # every item builds its own context
    score = score_checker(items, lambda reply, ctx: set(gold[id(ctx)]))
    assert score.f1 == 1.0 and score.item_accuracy == 1.0 and score.good_pass_rate == 1.0
    assert score.items == len(items)


def test_one_missed_code_lowers_recall_only() -> None:
    score = score_checker(TINY, lambda reply, ctx: GOLD[reply] - {"sarcasm"})
    assert score.precision == 1.0
    assert score.recall == pytest.approx(3 / 4)
    assert score.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert score.item_accuracy == pytest.approx(3 / 4)
    assert score.errors == (ItemError("b", ("sarcasm",), ()),)
    assert score.per_code["sarcasm"].recall == 0.0 and score.per_code["sarcasm"].fn == 1
    assert score.per_code["defensive"].recall == 1.0


def test_a_false_alarm_on_a_good_reply() -> None:
    def check(reply: str, ctx: ReplyContext) -> set[str]:
        return GOLD[reply] | ({"profanity"} if reply == "reply c" else set())

    score = score_checker(TINY, check)
    assert score.recall == 1.0
    assert score.precision == pytest.approx(4 / 5)
    assert score.good_pass_rate == 0.0 and (score.good_items, score.good_passed) == (1, 0)
    assert score.per_code["profanity"].precision == 0.0 and score.per_code["profanity"].support == 0
    assert score.errors == (ItemError("c", (), ("profanity",)),)


def test_warnings_and_unknown_codes_are_not_scored() -> None:
    score = score_checker(TINY, lambda reply, ctx: GOLD[reply] | {"jargon", "no_apology", "made_up"})
    assert score.f1 == 1.0 and score.errors == ()


def test_nothing_predicted() -> None:
    score = score_checker(TINY, lambda reply, ctx: set())
    assert score.precision == 1.0 and score.recall == 0.0 and score.f1 == 0.0
    assert score.item_accuracy == pytest.approx(1 / 4) and score.good_pass_rate == 1.0


def test_split_filter() -> None:
    score = score_checker(TINY, lambda reply, ctx: set(), split="test")
    assert score.items == 1 and score.fn == 1 and score.split == "test"
    with pytest.raises(ValueError, match="split"):
        score_checker(TINY, lambda reply, ctx: set(), split="train")


def test_to_dict_and_table() -> None:
    score = score_checker(TINY, lambda reply, ctx: GOLD[reply] - {"sarcasm"})
    data = score.to_dict()
    assert data["recall"] == 0.75 and data["items"] == 4 and data["good_replies_passed"] == 1.0
    assert data["per_code"]["sarcasm"] == {
        "code": "sarcasm",
        "precision": 1.0,
        "recall": 0.0,
        "f1": 0.0,
        "support": 1,
        "tp": 0,
        "fp": 0,
        "fn": 1,
    }
    assert data["errors"] == [{"id": "b", "missed": ["sarcasm"], "extra": []}]
    assert set(data["per_code"]) == set(BLOCKING_BY_DEFAULT)
    json.dumps(data)
    assert "sarcasm" in score.table()
