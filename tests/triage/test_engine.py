"""Triage as an agent meets it: the shipped model and rules on realistic posts, and on garbage."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from amends.kit.time import utcnow
from amends.triage.engine import Triage
from amends.triage.policy import TriagePolicy
from amends.triage.signals import Action, AuthorHistory, TriageInput


@pytest.fixture(scope="module")
def triage() -> Triage:
    return Triage()


TEXT_1 = "@Brand on hold for 2 hours and the refund for my cancelled order still hasn't arrived. Useless."


def test_a_specific_angry_complaint_is_a_high_priority_complaint_with_evidence(triage: Triage) -> None:
    a = triage.assess(TEXT_1)
    assert a.kind.value == "complaint"
    assert a.kind.confidence > 0.6
    assert 1 <= a.severity.value <= 4
    assert a.sentiment.value == "negative"
    assert a.kind.evidence, "the model terms that decided must be shown"
    located = [e for e in a.kind.evidence if e.start >= 0]
    assert located
    assert all(e.text.lower() == a_text[e.start : e.end].lower() for e in located for a_text in [TEXT_1])
    assert a.topic.value in {"refund", "service_staff", "billing", "delivery"}
    assert a.language.value == "en"
    assert a.action in {Action.RESPOND, Action.RESPOND_NOW, Action.ESCALATE}
    codes = [r.code for r in a.reasons]
    assert codes[0] == "severity", "reasons are ordered by weight"
    assert [abs(r.points) for r in a.reasons] == sorted((abs(r.points) for r in a.reasons), reverse=True)


def test_praise_is_thanked_and_never_escalated(triage: Triage) -> None:
    a = triage.assess("@Brand the new jacket is brilliant, thank you so much for the quick delivery! Love it")
    assert a.kind.value == "praise"
    assert a.action is Action.THANK
    assert a.severity.value == 0
    assert a.priority < 30


def test_legal_threat_goes_on_legal_hold_with_categories(triage: Triage) -> None:
    a = triage.assess(
        "@Brand your heater caught fire and burned my hand. My solicitor will be in touch about suing you."
    )
    assert a.legal_risk.value is True
    cats = a.legal_risk.detail["categories"]
    assert "legal_action" in cats or "injury_safety" in cats
    assert a.action is Action.LEGAL_HOLD
    assert a.pathway == "legal"
    assert any(r.code == "legal_risk" for r in a.reasons)


def test_exposed_personal_data_moves_the_conversation_private(triage: Triage) -> None:
    text = "@Brand still no parcel, call me on 07700 900123 or email jane.doe@example.com"
    a = triage.assess(text)
    assert a.pii.value is True
    types = {s["type"] for s in a.pii.detail["spans"]}
    assert {"phone", "email"} <= types
    for s in a.pii.detail["spans"]:
        assert text[s["start"] : s["end"]] == s["text"]
    assert a.action is Action.MOVE_PRIVATE


def test_abuse_is_hidden_but_a_genuine_angry_complaint_never_is(triage: Triage) -> None:
    abuse = triage.assess("you are all pathetic idiots, shut up you worthless losers")
    assert abuse.troll.value is True
    assert abuse.action in {Action.HIDE, Action.DO_NOT_ENGAGE}
    angry = triage.assess(
        "@Brand absolutely furious, my order 4417 arrived smashed for the second time this month and nobody replies"
    )
    assert angry.kind.value == "complaint"
    assert angry.action is not Action.HIDE
    assert angry.troll.value is False


def test_the_authors_troll_history_raises_the_troll_score(triage: Triage) -> None:
    text = "lol this brand again, what a joke"
    fresh = triage.assess(TriageInput(text=text))
    repeat = triage.assess(TriageInput(text=text, author=AuthorHistory(troll_flags=4)))
    assert repeat.troll.detail["score"] > fresh.troll.detail["score"]
    assert any(e.rule == "author.history" for e in repeat.troll.evidence)


def test_spam_is_hidden(triage: Triage) -> None:
    a = triage.assess(
        "Earn $500 a day from home!! crypto investment opportunity, click the link in my bio https://x.example"
    )
    assert a.kind.value == "spam"
    assert a.action is Action.HIDE


def test_reach_and_sla_raise_priority(triage: Triage) -> None:
    text = "@Brand my order never arrived and nobody answers"
    now = utcnow()
    quiet = triage.assess(TriageInput(text=text, author=AuthorHistory(follower_count=12), created_at=now), now)
    loud = triage.assess(
        TriageInput(
            text=text,
            author=AuthorHistory(follower_count=900_000),
            metrics={"likes": 4000, "reposts": 1500},
            created_at=now - timedelta(hours=3),
        ),
        now,
    )
    assert loud.reach.value > quiet.reach.value
    assert loud.priority > quiet.priority
    assert any(r.code == "sla" for r in loud.reasons)


def test_workspace_weights_change_the_priority() -> None:
    text = "@Brand two weeks and still no refund for order 88123, this is a disgrace"
    default = Triage().assess(text)
    no_severity = Triage(TriagePolicy.model_validate({"weights": {"severity": 0}})).assess(text)
    assert no_severity.priority < default.priority
    assert all(r.code != "severity" for r in no_severity.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😡😡😡🔥",
        "a" * 10_000,
        "Hola 你好 مرحبا привет hello",
        "bad \ud800 surrogate",
        "zero\u200bwidth\u200d",
    ],
)
def test_bad_input_gives_a_valid_low_confidence_assessment(triage: Triage, text: str) -> None:
    a = triage.assess(text)
    payload = json.dumps(a.to_dict())  # serialisable, including evidence texts
    assert json.loads(payload)["priority"] == a.priority
    assert 0 <= a.priority <= 100
    for name in a.SIGNALS:
        assert 0.0 <= a.signal(name).confidence <= 1.0
    if not any(ch.isalpha() for ch in text):
        assert a.degraded
        assert a.kind.confidence < 0.5
        assert a.language.value == "und"


def test_a_batch_returns_one_assessment_per_post_in_order(triage: Triage) -> None:
    texts = ["@Brand love it", "@Brand broken on arrival, want my money back", "what time do you open?"]
    batch = triage.assess_many(texts)
    assert [a.kind.value for a in batch] == [triage.assess(t).kind.value for t in texts]
    assert [a.priority for a in batch] == [triage.assess(t).priority for t in texts]


def test_praise_that_mentions_a_problem_is_still_praise(triage: Triage) -> None:
    a = triage.assess("Genuinely impressed. Chat support sorted my missing item in about four minutes.")
    assert a.kind.value == "praise"
    assert any(e.rule == "praise.phrase" for e in a.kind.evidence)
    mixed = triage.assess("Love the app but it crashes every single time I pay, useless")
    assert mixed.kind.value != "praise"


def test_provocation_counts_towards_trolling(triage: Triage) -> None:
    plain = triage.assess("this brand again")
    bait = triage.assess("lmao ratio, nobody likes you clowns, go bankrupt")
    assert bait.troll.detail["score"] > plain.troll.detail["score"]
    assert any(e.rule == "troll.provocation" for e in bait.troll.evidence)
