"""The checker never raises and stays fast, whatever the draft and context hold."""

from __future__ import annotations

import logging
import random

import pytest

from amends.respond.checker import check_reply
from amends.respond.checker_settings import CheckerSettings
from amends.respond.context import Fault, PiiItem, Purpose, ReplyContext, Visibility
from amends.respond.voice import BrandVoice, Formality

ALPHABET = [
    *"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ  .,!?'\"*#@$%£€-–—’‘“”\n\t0123456789",
    "\ud800",
    "\udfff",
    "😀",
    "🙏🏽",
    "\u200d",
    "\ufe0f",
    "İ",
    "ß",
    "ﬁ",
    "\u0301",
    "\x00",
    "\u202e",
]
PHRASES = [
    "sorry",
    "you should have",
    "your fault",
    "the courier's fault",
    "refund £40",
    "DM us",
    "reply here with your email",
    "f***",
    "oh great",
    "actually",
    "as we already said",
    "not our fault",
    "07700 900123",
    "WE ARE SO SORRY!!",
    "gonna",
]
CONTEXTS = [
    ReplyContext(),
    ReplyContext(
        platform="x",
        complaint_text="my phone 07700 900123, order 12345, 12 Oak Street, Leeds LS1 4AB, card 4111 1111 1111 1111",
        customer_name="Dana Whitfield",
        customer_handle="@dana_w",
        legal_risk=True,
        legal_hold=True,
        refund_limit=10,
        at_fault=Fault.BRAND,
        recent_replies=("sorry, we'll chase it today",) * 12,
        pii=(
            PiiItem("phone", "07700 900123"),
            PiiItem("email", "a@b.co"),
            PiiItem("address", "12 Oak Street, Leeds LS1 4AB"),
            PiiItem("card", ""),
            PiiItem("unknown_type", "??"),
        ),
        voice=BrandVoice(formality=Formality.FORMAL, avoid={"sorry": "", "(": "["}),
    ),
    ReplyContext(
        platform="unknown-platform",
        visibility=Visibility.PRIVATE,
        purpose=Purpose.THANKS,
        at_fault=Fault.CUSTOMER,
        complaint_text="\ud800 weird \x00 post",
        customer_name="\udfff",
        kind="praise",
        refund_limit=0.0,
    ),
]
SETTINGS = [
    None,
    CheckerSettings(jargon=["a", "(b"], profanity=["*", "["], allow=["\ud800"], caps_min_letters=2, caps_run_words=2),
]


@pytest.fixture
def no_check_errors(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.ERROR, logger="amends.respond.checker")
    return caplog


def test_random_drafts_never_raise_and_spans_point_into_the_text(no_check_errors: pytest.LogCaptureFixture) -> None:
    rng = random.Random(11)
    for _ in range(800):
        n = rng.choice([0, 1, 5, 40, 300, 1500])
        if rng.random() < 0.5:
            text = "".join(rng.choice(ALPHABET) for _ in range(n))
        else:
            text = " ".join(rng.choice(PHRASES + ALPHABET) for _ in range(n // 4))
        result = check_reply(text, rng.choice(CONTEXTS), rng.choice(SETTINGS))
        result.to_dict()
        for f in result.findings:
            assert f.start is None or (f.end is not None and 0 <= f.start < f.end <= len(text))
            assert f.excerpt is None or f.excerpt == text[f.start : f.end]
            assert f.message
    assert not no_check_errors.records, no_check_errors.records[0].getMessage()


@pytest.mark.parametrize(
    "text",
    [
        "a" * 10_000,
        "your " * 2_000,
        "send us the " * 800,
        "WE ARE " * 1_400,
        "!*" * 5_000,
        "😀" * 10_000,
        "\ud800" * 10_000,
        ("Sorry Dana, you should have checked. " * 300)[:10_000],
        "1.00 £2 $3 refund " * 500,
        "f*ck " * 2_000,
    ],
)
def test_long_and_pathological_drafts_are_checked_without_errors(
    text: str, no_check_errors: pytest.LogCaptureFixture
) -> None:
    # How fast: `python -m bench.respond` (speed is measured by benchmarks, not asserted in tests).
    for ctx in CONTEXTS:
        check_reply(text, ctx)
    assert not no_check_errors.records


def test_wrong_types_do_not_raise() -> None:
    assert check_reply(None, None).codes == {"empty"}  # type: ignore[arg-type]
    assert check_reply(12345, ReplyContext()).codes <= {"no_next_step"}  # type: ignore[arg-type]
    odd = ReplyContext(recent_replies=("ok", None, 3), complaint_text=None)  # type: ignore[arg-type]
    check_reply("Sorry Dana, we'll chase it today.", odd)
