"""Playbooks: the response protocol and its wording for each situation a reply is written in.

A playbook is an ordered list of protocol steps (greet, acknowledge, apologise, next step, ...). Each
step carries several differently worded templates so that two customers with the same problem do not
get the same text, and conditions saying when the step applies. Playbooks are plain data: a workspace
stores each one as `model_dump(mode="json")` and loads it back with `Playbook.model_validate`, so every
rule a template must follow is checked here, at load time, with a message that names the bad part.

Consecutive steps that share a group are alternatives: the composer uses the first one whose
conditions hold. That is how a playbook says "in private, mention the order; in public with exposed
personal data, invite to a private message; otherwise ...", without any logic outside the data.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from amends.respond.context import Fault, Purpose, ReplyContext, Visibility
from amends.respond.voice import Formality


class StepKind(StrEnum):
    GREET = "greet"
    ACKNOWLEDGE = "acknowledge"
    EMPATHISE = "empathise"
    APOLOGISE = "apologise"
    EXPLAIN_NEXT_STEP = "explain_next_step"
    ASK_HOW_TO_MAKE_RIGHT = "ask_how_to_make_right"
    PREVENT = "prevent"  # what will stop it happening again (rule 5)
    INVITE_PRIVATE = "invite_private"
    PRIVACY_NOTE = "privacy_note"  # suggests removing the post that exposed the customer's details
    THANK = "thank"
    ASK_QUESTION = "ask_question"
    LOOKING_INTO_IT = "looking_into_it"
    ESCALATION = "escalation"
    FOLLOW_UP_CHECK = "follow_up_check"
    HOLDING = "holding"  # the neutral legal-hold message
    SIGN_OFF = "sign_off"  # a closing line; the voice's own sign-off is added by the composer


PLACEHOLDERS: dict[str, str] = {
    "first_name": "the customer's first name (only when a real name is known)",
    "issue": "a short phrase naming what went wrong, e.g. 'the double charge on your card'",
    "product": "the product the customer named, e.g. 'iPhone 15'",
    "order_ref": "the order, booking or ticket reference with its noun, e.g. 'order 48213977' (private only)",
    "team": "the team the case went to, e.g. 'our billing team'",
    "when": "when to expect news, e.g. 'within 24 hours'",
    "brand": "the brand's own name (only when the voice names one)",
    "dm": "how to reach us privately on this platform, e.g. 'a DM' or 'a private message'",
    "duration": "how long the problem has lasted, e.g. 'for three weeks'",
    "remedy": "what the customer asked for, e.g. 'a refund'",
}
# Placeholders whose value is the customer's personal data: never allowed where onlookers can read.
PRIVATE_ONLY = frozenset({"order_ref"})

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FORMATTER = string.Formatter()


def template_fields(template: str) -> list[str]:
    """The placeholder names a template uses, in order; raises ValueError on malformed braces."""
    names: list[str] = []
    for _literal, name, spec, conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} must be a plain name such as {{first_name}}")
        if spec or conversion:
            raise ValueError(f"placeholder {{{name}}} may not carry a format spec or conversion")
        names.append(name)
    return names


def _check_names(names: Iterable[str], where: str) -> None:
    unknown = sorted(set(names) - PLACEHOLDERS.keys())
    if unknown:
        known = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
        bad = ", ".join("{" + u + "}" for u in unknown)
        raise ValueError(f"unknown placeholder {bad} in {where}; known placeholders: {known}")


class Step(BaseModel):
    """One protocol step, its wordings, and when it applies (an empty condition list means 'always')."""

    model_config = ConfigDict(extra="forbid")

    kind: StepKind
    # Consecutive steps with the same non-empty group are alternatives: the first that applies is used.
    group: str = Field("", max_length=40)
    variants: list[str] = Field(description="Templates with {placeholders}; one is picked per reply.")
    optional: bool = Field(False, description="May be dropped to fit the channel's length limit.")
    only_if_fault: list[Fault] = Field(default_factory=list)
    visibility: list[Visibility] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    formality: list[Formality] = Field(default_factory=list)
    pii: bool | None = Field(
        None, description="True: only when the customer exposed personal data; False: only when not."
    )
    needs: list[str] = Field(
        default_factory=list, description="Placeholders that must have a value for the step to apply."
    )
    prefer: list[str] = Field(
        default_factory=list, description="When these have a value, variants that use them are picked first."
    )

    @field_validator("variants")
    @classmethod
    def _variants_valid(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("a step needs at least one variant")
        cleaned = []
        for i, variant in enumerate(value, 1):
            text = " ".join(variant.split())
            if not text:
                raise ValueError(f"variant {i} is empty")
            try:
                names = template_fields(text)
            except ValueError as exc:
                raise ValueError(f"variant {i} ({text!r}): {exc}") from None
            _check_names(names, f"variant {i} ({text!r})")
            cleaned.append(text)
        return cleaned

    @field_validator("needs", "prefer")
    @classmethod
    def _known_names(cls, value: list[str]) -> list[str]:
        _check_names(value, "the step's needs/prefer")
        return value

    @field_validator("topics")
    @classmethod
    def _lower_topics(cls, value: list[str]) -> list[str]:
        return [t.strip().lower() for t in value if t.strip()]

    def placeholders(self) -> set[str]:
        return {name for v in self.variants for name in template_fields(v)} | set(self.needs)

    def applies(self, ctx: ReplyContext, *, pii_exposed: bool, available: set[str]) -> bool:
        """Whether this step's conditions hold for the reply being written."""
        if self.only_if_fault and ctx.at_fault not in self.only_if_fault:
            return False
        if self.visibility and ctx.visibility not in self.visibility:
            return False
        if self.topics and (ctx.topic or "").lower() not in self.topics:
            return False
        if self.formality and ctx.voice.formality not in self.formality:
            return False
        if self.pii is not None and self.pii != pii_exposed:
            return False
        return set(self.needs) <= available


class Playbook(BaseModel):
    """The protocol and templates for one situation: purpose × kind × severity × fault × channel."""

    model_config = ConfigDict(extra="forbid")

    key: str = Field(max_length=64, description="A slug, unique in the workspace, e.g. 'response-brand-fault'.")
    name: str = Field(min_length=1, max_length=120)
    purpose: Purpose
    description: str = ""
    # Match criteria; an empty list matches anything.
    kinds: list[str] = Field(default_factory=list)
    severity_min: int = Field(0, ge=0, le=4)
    severity_max: int = Field(4, ge=0, le=4)
    at_fault: list[Fault] = Field(default_factory=list)
    platforms: list[str] = Field(default_factory=list)
    visibility: list[Visibility] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    # A legal playbook answers only cases with legal risk (and only in private); others never do.
    legal: bool = False
    steps: list[Step]

    @field_validator("key")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(
                f"playbook key {value!r} must be a slug: lowercase letters and digits joined by single hyphens"
            )
        return value

    @field_validator("kinds", "platforms", "topics")
    @classmethod
    def _lower(cls, value: list[str]) -> list[str]:
        return [v.strip().lower() for v in value if v.strip()]

    @model_validator(mode="after")
    def _consistent(self) -> Playbook:
        if self.severity_min > self.severity_max:
            raise ValueError(f"severity_min {self.severity_min} is above severity_max {self.severity_max}")
        if not self.steps:
            raise ValueError(f"playbook {self.key!r} has no steps")
        if self.legal and self.visibility != [Visibility.PRIVATE]:
            raise ValueError(f"legal playbook {self.key!r} must be private-only: nothing public goes out on hold")
        for i, step in enumerate(self.steps, 1):
            private = set(step.visibility or self.visibility or list(Visibility)) == {Visibility.PRIVATE}
            exposed = step.placeholders() & PRIVATE_ONLY
            if exposed and not private:
                names = ", ".join("{" + n + "}" for n in sorted(exposed))
                raise ValueError(
                    f"step {i} ({step.kind}) of {self.key!r} uses {names}, which is personal data: "
                    "restrict the step (or the playbook) to private visibility"
                )
        return self

    def matches(self, ctx: ReplyContext, *, any_purpose: bool = False) -> bool:
        """Whether this playbook fits the situation (purpose ignored when `any_purpose`)."""
        if not any_purpose and self.purpose != ctx.purpose:
            return False
        if self.legal != (ctx.legal_risk or ctx.legal_hold):
            return False
        if self.kinds and (ctx.kind or "").lower() not in self.kinds:
            return False
        if not self.severity_min <= ctx.severity <= self.severity_max:
            return False
        if self.at_fault and ctx.at_fault not in self.at_fault:
            return False
        if self.platforms and ctx.platform.lower() not in self.platforms:
            return False
        if self.visibility and ctx.visibility not in self.visibility:
            return False
        return not self.topics or (ctx.topic or "").lower() in self.topics

    @property
    def specificity(self) -> tuple[int, int]:
        """How narrowly the playbook is aimed: criteria set, then how narrow its severity band is.

        Each list criterion (kind, fault, platform, visibility, topic) counts 2 and a severity band 1, so a
        judgement about fault outweighs a severity band: "customer's mistake" beats "mild complaint".
        """
        narrowed = self.severity_min > 0 or self.severity_max < 4
        count = sum(bool(c) for c in (self.kinds, self.at_fault, self.platforms, self.visibility, self.topics))
        return 2 * count + narrowed, -(self.severity_max - self.severity_min)

    @property
    def is_fallback(self) -> bool:
        return self.specificity == (0, -4) and not self.legal


class PlaybookSet(BaseModel):
    """A workspace's playbooks. `select` always answers: the built-in library covers any gap."""

    model_config = ConfigDict(extra="forbid")

    playbooks: list[Playbook] = Field(default_factory=list)

    @field_validator("playbooks")
    @classmethod
    def _unique_keys(cls, value: list[Playbook]) -> list[Playbook]:
        seen: set[str] = set()
        for p in value:
            if p.key in seen:
                raise ValueError(f"duplicate playbook key {p.key!r}")
            seen.add(p.key)
        return value

    def get(self, key: str) -> Playbook | None:
        return next((p for p in self.playbooks if p.key == key), None)

    def candidates(self, ctx: ReplyContext) -> list[Playbook]:
        """Every playbook that fits, most specific first (ties broken by key, so the choice is stable)."""
        if ctx.legal_risk or ctx.legal_hold:
            # One holding message serves every purpose; a legal playbook for the same purpose wins.
            found = [p for p in self.playbooks if p.matches(ctx, any_purpose=True)]
            return sorted(found, key=lambda p: (p.purpose != ctx.purpose, *_rank(p)))
        return sorted((p for p in self.playbooks if p.matches(ctx)), key=_rank)

    def select(self, ctx: ReplyContext) -> Playbook:
        """The most specific playbook for `ctx`; the built-in library's fallback when none of ours fits."""
        found = self.candidates(ctx)
        if found:
            return found[0]
        from amends.respond.playbook_library import DEFAULT_PLAYBOOKS  # the library imports this module

        if self is not DEFAULT_PLAYBOOKS:
            found = DEFAULT_PLAYBOOKS.candidates(ctx)
            if found:
                return found[0]
        if (ctx.legal_risk or ctx.legal_hold) and ctx.visibility is Visibility.PUBLIC:
            raise LookupError("no playbook answers a legal-risk case in public: nothing public goes out on hold")
        raise LookupError(f"no playbook fits purpose {ctx.purpose.value!r}")


def _rank(p: Playbook) -> tuple[int, int, str]:
    count, narrowness = p.specificity
    return -count, -narrowness, p.key


def playbooks_to_json(playbooks: PlaybookSet | Iterable[Playbook]) -> str:
    """A JSON array of the playbooks, each as its `model_dump(mode="json")`."""
    source = playbooks.playbooks if isinstance(playbooks, PlaybookSet) else playbooks
    items: list[dict[str, Any]] = [p.model_dump(mode="json") for p in source]
    return json.dumps(items, ensure_ascii=False, indent=2)


def playbooks_from_json(data: str | bytes) -> PlaybookSet:
    """Playbooks from `playbooks_to_json` output (or one playbook object); raises ValueError naming the bad one."""
    raw = json.loads(data)
    if isinstance(raw, dict):
        raw = raw.get("playbooks", [raw]) if "key" not in raw else [raw]
    if not isinstance(raw, list):
        raise ValueError("expected a JSON array of playbooks")
    items = []
    for i, item in enumerate(raw, 1):
        try:
            items.append(Playbook.model_validate(item))
        except ValueError as exc:
            key = item.get("key") if isinstance(item, dict) else None
            raise ValueError(f"playbook {i} ({key!r}) is invalid: {exc}") from exc
    return PlaybookSet(playbooks=items)
