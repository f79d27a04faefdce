from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from amends.respond.context import Fault, Purpose, ReplyContext, Visibility
from amends.respond.playbook_library import DEFAULT_PLAYBOOKS
from amends.respond.playbooks import (
    PLACEHOLDERS,
    Playbook,
    PlaybookSet,
    Step,
    StepKind,
    playbooks_from_json,
    playbooks_to_json,
    template_fields,
)


def book(key: str = "custom", **over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": key,
        "name": "Custom",
        "purpose": "response",
        "steps": [{"kind": "acknowledge", "variants": ["Thanks for telling us about {issue}."]}],
    }
    data.update(over)
    return data


def ctx(**over: Any) -> ReplyContext:
    return ReplyContext(**over)


def unique_steps() -> list[Step]:
    seen: dict[int, Step] = {}
    for p in DEFAULT_PLAYBOOKS.playbooks:
        for s in p.steps:
            seen.setdefault(id(s), s)
    return list(seen.values())


# ---------------------------------------------------------------- the default library


def test_the_default_library_is_valid_and_has_a_fallback_for_every_purpose() -> None:
    assert len(DEFAULT_PLAYBOOKS.playbooks) >= 15
    fallbacks = {p.purpose for p in DEFAULT_PLAYBOOKS.playbooks if p.is_fallback}
    assert fallbacks == set(Purpose)
    for purpose in Purpose:
        for kind in (None, "complaint", "question", "praise", "suggestion", "other", "spam"):
            chosen = DEFAULT_PLAYBOOKS.select(ctx(purpose=purpose, kind=kind))
            assert chosen.purpose is purpose


def test_every_default_step_has_at_least_four_different_wordings() -> None:
    # The busiest steps carry many more (rule 4: no copy-paste replies); some dozens stay reviewable.
    for s in unique_steps():
        assert 4 <= len(s.variants) <= 60, (s.kind, s.variants)
        assert len(set(s.variants)) == len(s.variants)


def test_default_templates_start_with_words_not_placeholders_and_avoid_the_voice_avoid_list() -> None:
    for s in unique_steps():
        for v in s.variants:
            if s.kind is not StepKind.GREET:
                assert not v.startswith("{"), v
            low = v.lower()
            for word in ("unfortunately", "valued customer", "inconvenience", "per our policy"):
                assert word not in low, v


def test_public_default_steps_never_ask_for_personal_data_by_name() -> None:
    named = ["order number", "account number", "email", "phone number", "address", "card number", "card details"]
    named += ["password", "date of birth", "postcode"]
    for p in DEFAULT_PLAYBOOKS.playbooks:
        for s in p.steps:
            if Visibility.PRIVATE in s.visibility or p.visibility == [Visibility.PRIVATE]:
                continue
            for v in s.variants:
                assert not any(n in v.lower() for n in named), (p.key, v)


def test_legal_holding_playbook_neither_apologises_nor_talks_about_fault() -> None:
    legal = DEFAULT_PLAYBOOKS.get("legal-holding")
    assert legal is not None and legal.legal and legal.visibility == [Visibility.PRIVATE]
    for s in legal.steps:
        for v in s.variants:
            low = v.lower()
            assert not any(w in low for w in ("sorry", "apolog", "fault", "mistake", "wrong", "{issue}")), v


# ---------------------------------------------------------------- selection


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ({"kind": "complaint", "severity": 1, "at_fault": Fault.BRAND}, "response-brand-fault"),
        ({"kind": "complaint", "severity": 4, "at_fault": Fault.BRAND}, "response-brand-fault-serious"),
        ({"kind": "complaint", "severity": 2, "at_fault": Fault.CUSTOMER}, "response-customer-fault"),
        ({"kind": "complaint", "severity": 1}, "response-complaint"),
        ({"kind": "complaint", "severity": 3}, "response-complaint-serious"),
        ({"kind": "question"}, "response-question"),
        ({"kind": "suggestion"}, "response-suggestion"),
        ({"kind": "praise"}, "response-praise"),
        ({"kind": "other"}, "response-other"),
        ({"kind": None}, "response-general"),
        ({"purpose": Purpose.FIRST_RESPONSE, "kind": "complaint"}, "first-response"),
        ({"purpose": Purpose.ESCALATION_NOTICE}, "escalation-notice"),
        ({"purpose": Purpose.FOLLOW_UP}, "follow-up"),
        ({"purpose": Purpose.SECOND_COMMENT}, "second-comment"),
        ({"purpose": Purpose.MOVE_PRIVATE}, "move-private"),
        ({"purpose": Purpose.THANKS, "kind": "praise"}, "thanks-praise"),
        ({"purpose": Purpose.THANKS, "kind": "suggestion"}, "thanks-suggestion"),
        ({"legal_risk": True, "visibility": Visibility.PRIVATE}, "legal-holding"),
        ({"legal_hold": True, "visibility": Visibility.PRIVATE, "purpose": Purpose.FOLLOW_UP}, "legal-holding"),
    ],
)
def test_the_most_specific_playbook_wins(situation: dict[str, Any], expected: str) -> None:
    assert DEFAULT_PLAYBOOKS.select(ctx(**situation)).key == expected


def test_a_public_legal_case_has_no_playbook() -> None:
    with pytest.raises(LookupError, match="legal"):
        DEFAULT_PLAYBOOKS.select(ctx(legal_risk=True, visibility=Visibility.PUBLIC))


def test_selection_is_deterministic_and_ties_go_to_the_first_key() -> None:
    a = Playbook.model_validate(book("zeta", kinds=["complaint"]))
    b = Playbook.model_validate(book("alpha", kinds=["complaint"]))
    narrow = Playbook.model_validate(book("narrow", kinds=["complaint"], platforms=["x"]))
    for order in ([a, b], [b, a]):
        assert PlaybookSet(playbooks=order).select(ctx(kind="complaint")).key == "alpha"
    chosen = PlaybookSet(playbooks=[a, b, narrow]).select(ctx(kind="complaint", platform="x"))
    assert chosen.key == "narrow"  # a platform-specific playbook is more specific
    assert PlaybookSet(playbooks=[a, b, narrow]).select(ctx(kind="complaint", platform="reddit")).key == "alpha"


def test_a_narrower_severity_band_beats_a_wider_one() -> None:
    wide = Playbook.model_validate(book("wide", kinds=["complaint"], severity_min=1, severity_max=4))
    tight = Playbook.model_validate(book("tight", kinds=["complaint"], severity_min=3, severity_max=4))
    assert PlaybookSet(playbooks=[wide, tight]).select(ctx(kind="complaint", severity=3)).key == "tight"
    assert PlaybookSet(playbooks=[wide, tight]).select(ctx(kind="complaint", severity=2)).key == "wide"


def test_a_workspace_set_without_a_match_falls_back_to_the_built_in_library() -> None:
    only = PlaybookSet(playbooks=[Playbook.model_validate(book("mine", purpose="thanks", kinds=["praise"]))])
    assert only.select(ctx(purpose=Purpose.FOLLOW_UP)).key == "follow-up"
    assert only.select(ctx(purpose=Purpose.THANKS, kind="praise")).key == "mine"
    assert PlaybookSet().select(ctx()).purpose is Purpose.RESPONSE


def test_steps_in_a_group_are_alternatives_and_conditions_are_checked() -> None:
    step = Step(kind=StepKind.APOLOGISE, variants=["Sorry about {issue}."], only_if_fault=[Fault.BRAND])
    assert step.applies(ctx(at_fault=Fault.BRAND), pii_exposed=False, available={"issue"})
    assert not step.applies(ctx(at_fault=Fault.CUSTOMER), pii_exposed=False, available={"issue"})
    needs = Step(kind=StepKind.EXPLAIN_NEXT_STEP, variants=["Checking {order_ref}."], needs=["order_ref"])
    assert not needs.applies(ctx(), pii_exposed=False, available={"issue"})
    pii = Step(kind=StepKind.PRIVACY_NOTE, variants=["Keep it private."], pii=True)
    assert pii.applies(ctx(), pii_exposed=True, available=set())
    assert not pii.applies(ctx(), pii_exposed=False, available=set())
    topic = Step(kind=StepKind.ASK_QUESTION, variants=["When was it due?"], topics=["Delivery"])
    assert topic.topics == ["delivery"]
    assert topic.applies(ctx(topic="delivery"), pii_exposed=False, available=set())
    assert not topic.applies(ctx(topic="billing"), pii_exposed=False, available=set())


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"steps": [{"kind": "acknowledge", "variants": ["Hi {nmae}"]}]}, "unknown placeholder {nmae}"),
        ({"steps": [{"kind": "acknowledge", "variants": []}]}, "at least one variant"),
        ({"steps": [{"kind": "acknowledge", "variants": ["  "]}]}, "empty"),
        ({"steps": [{"kind": "acknowledge", "variants": ["Hi {first_name"]}]}, "variant 1"),
        ({"steps": [{"kind": "acknowledge", "variants": ["Hi {first_name!r}"]}]}, "format spec or conversion"),
        ({"steps": [{"kind": "acknowledge", "variants": ["Hi {first_name.upper}"]}]}, "plain name"),
        ({"steps": [{"kind": "acknowledge", "variants": ["Hi {0}"]}]}, "plain name"),
        ({"steps": [{"kind": "dance", "variants": ["Hi"]}]}, "kind"),
        ({"steps": []}, "no steps"),
        ({"key": "Not A Slug"}, "slug"),
        ({"key": "trailing-"}, "slug"),
        ({"severity_min": 3, "severity_max": 1}, "severity_min 3 is above severity_max 1"),
        ({"steps": [{"kind": "acknowledge", "variants": ["Checking {order_ref}"]}]}, "personal data"),
        ({"legal": True}, "private-only"),
        ({"purpose": "gossip"}, "purpose"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_invalid_playbooks_are_refused_with_a_clear_message(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("{", r"\{").replace("}", r"\}")):
        Playbook.model_validate(book(**change))


def test_private_only_placeholders_are_allowed_in_private_steps_or_playbooks() -> None:
    step = {"kind": "explain_next_step", "variants": ["Checking {order_ref}"], "visibility": ["private"]}
    assert Playbook.model_validate(book(steps=[step]))
    loose = {"kind": "explain_next_step", "variants": ["Checking {order_ref}"]}
    assert Playbook.model_validate(book(steps=[loose], visibility=["private"]))


def test_duplicate_keys_are_refused() -> None:
    p = Playbook.model_validate(book())
    with pytest.raises(ValidationError, match="duplicate playbook key 'custom'"):
        PlaybookSet(playbooks=[p, p])


def test_template_fields_lists_placeholders_in_order() -> None:
    assert template_fields("Hi {first_name}, sorry about {issue}. {{literal}}") == ["first_name", "issue"]
    assert set(PLACEHOLDERS) >= {"first_name", "issue", "product", "order_ref", "team", "when", "brand", "dm"}


# ---------------------------------------------------------------- storage round trip


def test_every_default_playbook_survives_the_database_round_trip() -> None:
    for p in DEFAULT_PLAYBOOKS.playbooks:
        stored = json.loads(json.dumps(p.model_dump(mode="json")))
        assert Playbook.model_validate(stored) == p


def test_json_helpers_round_trip_a_whole_set() -> None:
    text = playbooks_to_json(DEFAULT_PLAYBOOKS)
    loaded = playbooks_from_json(text)
    assert loaded == DEFAULT_PLAYBOOKS
    assert playbooks_from_json(playbooks_to_json(DEFAULT_PLAYBOOKS.playbooks[:2])).playbooks[1].key
    one = playbooks_from_json(json.dumps(DEFAULT_PLAYBOOKS.playbooks[0].model_dump(mode="json")))
    assert len(one.playbooks) == 1


def test_json_helpers_name_the_bad_playbook() -> None:
    good = DEFAULT_PLAYBOOKS.playbooks[0].model_dump(mode="json")
    bad = dict(good, key="broken-one", steps=[{"kind": "greet", "variants": ["Hi {nobody}"]}])
    with pytest.raises(ValueError, match=r"(?s)playbook 2 \('broken-one'\).*unknown placeholder"):
        playbooks_from_json(json.dumps([good, bad]))
    with pytest.raises(ValueError, match="JSON array"):
        playbooks_from_json("42")
