"""The `checker` workspace setting: levels, disabled codes, thresholds and word lists."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from amends.respond.checker import check_reply
from amends.respond.checker_settings import CheckerSettings
from amends.respond.codes import CODES, Level
from amends.respond.context import ReplyContext

CTX = ReplyContext(customer_name="Dana")


def test_defaults_follow_the_codes_table() -> None:
    s = CheckerSettings()
    assert all(s.level_of(code) is c.level for code, c in CODES.items())
    assert not s.disabled
    assert 0.5 < s.similarity_max < 1


def test_levels_move_a_code_between_blocking_and_warning() -> None:
    text = "Dana, our backend had a blip. We'll update you today."
    assert check_reply(text, CTX).passed
    strict = CheckerSettings(levels={"jargon": Level.BLOCKING})
    result = check_reply(text, CTX, strict)
    assert not result.passed and result.blocking[0].code == "jargon"
    relaxed = CheckerSettings.model_validate({"levels": {"sarcasm": "warning"}})
    assert check_reply("Oh great. We'll fix it today, Dana.", CTX, relaxed).passed


def test_disabled_codes_are_not_reported() -> None:
    text = "Oh great. You should have checked, Dana. We'll fix it today."
    s = CheckerSettings(disabled=frozenset({"sarcasm"}))
    assert check_reply(text, CTX, s).codes == {"blames_customer"}
    from_json = CheckerSettings.model_validate({"disabled": ["sarcasm", "blames_customer"]})
    assert check_reply(text, CTX, from_json).codes == set()


@pytest.mark.parametrize(
    "bad",
    [
        {"levels": {"rude": "blocking"}},
        {"levels": {"sarcasm": "fatal"}},
        {"disabled": ["nope"]},
        {"similarity_max": 0},
        {"similarity_max": 1.5},
        {"channel_limits": {"x": 0}},
        {"jargon": ["x" * 61]},
        {"unknown_field": True},
    ],
)
def test_bad_settings_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        CheckerSettings.model_validate(bad)


def test_unknown_code_message_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError, match="unknown finding code"):
        CheckerSettings(levels={"rudeness": Level.WARNING})


def test_similarity_threshold() -> None:
    recent = ("Sorry about the wait, Sam. Please DM us your order number and we'll chase it today.",)
    text = "Sorry about the wait, Dana. Please DM us your order number and we'll look into it today."
    ctx = ReplyContext(customer_name="Dana", recent_replies=recent)
    assert "copy_paste" in check_reply(text, ctx).codes
    assert "copy_paste" not in check_reply(text, ctx, CheckerSettings(similarity_max=0.99)).codes
    assert "copy_paste" not in check_reply(text, ctx, CheckerSettings(copy_paste_min_words=50)).codes


def test_channel_limits_override() -> None:
    text = "Sorry Dana, we'll chase it today. " * 5
    ctx = ReplyContext(customer_name="Dana", platform="x")
    assert "too_long" not in check_reply(text, ctx).codes
    assert "too_long" in check_reply(text, ctx, CheckerSettings(channel_limits={"X": 100})).codes


def test_extra_jargon_profanity_and_allow_lists() -> None:
    s = CheckerSettings(jargon=["fulfilment node"], profanity=["blimey"], allow=["backend", "SLA"])
    text = "Blimey, Dana, the fulfilment node is down. Our backend SLA team will update you today."
    found = {(f.code, f.excerpt) for f in check_reply(text, CTX, s).findings}
    assert ("profanity", "Blimey") in found
    assert ("jargon", "fulfilment node") in found
    assert not any(excerpt in ("backend", "SLA") for _, excerpt in found)


def test_generic_tuning() -> None:
    complaint = "My new kettle arrived with a cracked lid and the handle wobbles."
    ctx = ReplyContext(complaint_text=complaint)
    text = "Sorry about the cracked lid! Please DM us and we'll send a new kettle today."
    assert check_reply(text, ctx).codes == set()
    strict = CheckerSettings(generic_min_overlap=5, acknowledgement_min_overlap=5)
    assert check_reply(text, ctx, strict).codes == {"generic", "no_acknowledgement"}
    assert check_reply("Sorry! Please DM us.", ctx, CheckerSettings(min_complaint_words=50)).codes == set()


def test_caps_thresholds() -> None:
    text = "Dana, that is NOT okay. We'll fix it today."
    assert "off_voice" not in check_reply(text, CTX).codes
    assert "off_voice" in check_reply(text, CTX, CheckerSettings(caps_min_letters=3)).codes
