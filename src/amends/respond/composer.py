"""The reply composer: a draft in the brand voice, from a playbook, the customer's name and their specifics.

Given the same seed (the case id, say) it writes the same text; given another seed, other wording, so two
customers with the same problem do not receive copies of each other's reply. It keeps to the channel's
length limit by dropping optional steps and picking shorter wordings, never by cutting mid-word. It
refuses to write anything public on a legal-risk case, and never repeats the personal data a customer
exposed: public drafts invite them to a private message instead.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, replace

from amends.respond.context import Purpose, ReplyContext, Visibility
from amends.respond.playbook_library import DEFAULT_PLAYBOOKS, PII_INVITE_STEP
from amends.respond.playbooks import Playbook, PlaybookSet, Step, StepKind, template_fields
from amends.respond.similarity import similarity
from amends.respond.specifics import GENERIC_ISSUE, Specifics, extract_specifics, topic_issue
from amends.respond.wording import (
    apply_voice,
    brand_name,
    dm_phrase,
    first_name,
    team_phrase,
    tidy,
    when_phrase,
)
from amends.triage.pii import detect_pii

# Similarity to a recent reply above which other wording is tried; kept under the checker's default copy_paste
# threshold (0.85) so that a workspace that tightens it a little still gets varied drafts.
COPY_THRESHOLD = 0.75
MAX_ATTEMPTS = 12
RECENT_WINDOW = 200  # as many recent replies as the checker compares by default
_REF_NOUN = {"order_number": "order", "booking_reference": "booking", "ticket_number": "reference"}


class ComposeRefused(Exception):
    """The composer will not write this reply (a public reply on a legal-risk case)."""


@dataclass(frozen=True, slots=True)
class ComposedDraft:
    text: str
    playbook_key: str
    purpose: Purpose
    visibility: Visibility
    steps: tuple[str, ...]  # the kinds of the steps used, in order
    specifics: Specifics
    shortened: bool = False  # optional steps or longer wordings were left out to fit the channel


@dataclass(frozen=True, slots=True)
class _Choice:
    index: int  # position among the steps in use, the key for rewording
    step: Step
    options: tuple[str, ...]  # rendered wordings, seeded order, preferred ones first
    preferred: int  # how many of `options` are preferred


def compose(ctx: ReplyContext, playbooks: PlaybookSet | None = None, *, seed: int | str | None = None) -> ComposedDraft:
    """A draft reply for `ctx`; raises ComposeRefused for a public reply on a legal-risk case."""
    legal = ctx.legal_risk or ctx.legal_hold
    if legal and ctx.visibility is Visibility.PUBLIC:
        raise ComposeRefused(
            "This case carries legal risk: no public reply, not even a denial, until someone with the legal "
            "role releases the hold. A private holding message can be drafted instead."
        )
    playbook = (playbooks or DEFAULT_PLAYBOOKS).select(ctx)
    specifics = extract_specifics(ctx.complaint_text, ctx.topic)
    exposed = _exposed(ctx)
    slots = _slots(ctx, specifics)
    base = _seed_text(ctx, seed)

    recent = ctx.recent_replies[:RECENT_WINDOW]
    rotate: dict[int, int] = {}
    best: ComposedDraft | None = None
    best_score = 2.0
    for _attempt in range(MAX_ATTEMPTS if recent else 1):
        draft, parts = _compose_safely(ctx, playbook, slots, specifics, exposed, base, rotate)
        score, nearest = max(((similarity(draft.text, r), r) for r in recent), default=(0.0, ""))
        if score < COPY_THRESHOLD:
            return draft
        if score < best_score:
            best, best_score = draft, score
        # Too close to a recent reply: reword the sentences it shares with that reply and try again.
        near = _flat(nearest)
        shared = [i for i, part in parts if len(part) > 12 and _flat(part) in near]
        for i in shared or [i for i, _ in parts]:
            rotate[i] = rotate.get(i, 0) + 1
    assert best is not None
    return best


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


# ---------------------------------------------------------------- inputs
def _seed_text(ctx: ReplyContext, seed: int | str | None) -> str:
    # Without a seed the text and name decide, so the same complaint gets the same draft on every call.
    if seed is None:
        return f"{ctx.customer_name or ''}|{ctx.complaint_text or ''}"
    return str(seed)


def _exposed(ctx: ReplyContext) -> list[str]:
    """The personal data the customer exposed, as given by triage plus what the detector finds in the post."""
    values = [item.text for item in ctx.pii if item.text.strip()]
    if ctx.complaint_text:
        values += [span.text for span in detect_pii(ctx.complaint_text)]
    return values


def _issue_for_kind(ctx: ReplyContext, sp: Specifics) -> str | None:
    """What {issue} names: the problem for a complaint, the question, the idea, or what was praised."""
    kind = (ctx.kind or "").lower()
    if ctx.purpose not in (Purpose.RESPONSE, Purpose.THANKS):
        return sp.issue  # follow-ups, nudges and notices are about the problem being handled
    if kind == "question":
        return sp.question or (sp.issue if sp.specific else None)
    if kind == "suggestion":
        return sp.idea
    if kind == "praise" or ctx.purpose is Purpose.THANKS:
        return sp.praised
    return sp.issue


def _slots(ctx: ReplyContext, sp: Specifics) -> dict[str, str]:
    """Every placeholder that has a value here; a template using any other is skipped."""
    values: dict[str, str | None] = {
        "first_name": first_name(ctx.customer_name),
        "issue": _issue_for_kind(ctx, sp),
        "product": sp.product,
        "team": team_phrase(ctx.escalation_team, ctx.topic),
        "when": when_phrase(ctx.expected_update),
        "brand": brand_name(ctx.voice),
        "dm": dm_phrase(ctx.platform),
        "duration": sp.duration,
        "remedy": sp.wants,
    }
    if ctx.visibility is Visibility.PRIVATE:
        ref, kind = sp.order_ref, sp.order_ref_type
        if ref is None:
            item = next((p for p in ctx.pii if p.type in _REF_NOUN), None)
            ref, kind = (item.text.lstrip("#"), item.type) if item else (None, None)
        if ref and kind:
            values["order_ref"] = f"{_REF_NOUN[kind]} {ref}"
    return {k: v for k, v in values.items() if v}


# ---------------------------------------------------------------- steps and wording
def _applicable(playbook: Playbook, ctx: ReplyContext, slots: dict[str, str], pii_exposed: bool) -> list[Step]:
    available = set(slots)
    chosen: list[Step] = []
    group_done: str | None = None
    for step in playbook.steps:
        if step.group and step.group == group_done:
            continue  # an earlier alternative in this group was used
        if step.group != group_done:
            group_done = None
        if not step.applies(ctx, pii_exposed=pii_exposed, available=available):
            continue
        if not any(set(template_fields(v)) <= available for v in step.variants):
            continue
        chosen.append(step)
        group_done = step.group or None
    public = ctx.visibility is Visibility.PUBLIC
    if public and pii_exposed and not any("dm" in s.placeholders() for s in chosen if not s.optional):
        # Whatever the playbook says, someone who posted personal data in public is offered a private channel.
        at = max((i + 1 for i, s in enumerate(chosen) if not s.optional), default=len(chosen))
        chosen.insert(at, PII_INVITE_STEP)
    return chosen


# Optional steps that are sometimes left out, by the seed, so that drafts differ in shape as well as in wording:
# no greeting line (only when there is no name to greet), no separate feeling sentence, no separate sentence on
# what happens next (the invitation says it), no closing line.
_SKIP_CHANCE = {
    StepKind.GREET: 0.5,
    StepKind.EMPATHISE: 0.5,
    StepKind.EXPLAIN_NEXT_STEP: 0.5,
    StepKind.SIGN_OFF: 0.55,
}


def _vary_shape(steps: list[Step], slots: dict[str, str], seed: str, key: str) -> list[Step]:
    out = []
    for i, step in enumerate(steps):
        chance = _SKIP_CHANCE.get(step.kind, 0.0) if step.optional else 0.0
        if step.kind is StepKind.GREET and "first_name" in slots:
            chance = 0.0  # a name known is a name used
        if chance and _rng(seed, f"{key}|shape", i).random() < chance:
            continue
        out.append(step)
    return out


def _rng(seed: str, key: str, index: int) -> random.Random:
    digest = hashlib.sha256(f"{seed}|{key}|{index}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))  # noqa: S311 - wording variety, not security


def _render(template: str, slots: dict[str, str]) -> str:
    return tidy(template.format_map(slots))


def _choices(steps: list[Step], slots: dict[str, str], seed: str, key: str, rotate: dict[int, int]) -> list[_Choice]:
    out = []
    for i, step in enumerate(steps):
        usable = [v for v in step.variants if set(template_fields(v)) <= slots.keys()]
        wanted = [p for p in step.prefer if p in slots]
        if wanted:
            # A placeholder holding only the generic "this" is better left out where the step allows it.
            weight = {p: -1 if p == "issue" and slots[p] == GENERIC_ISSUE else 1 for p in wanted}
            score = {v: sum(weight[p] for p in wanted if p in template_fields(v)) for v in usable}
            top = max(score.values())
            preferred = [v for v in usable if score[v] == top]
        else:
            preferred = usable
        rest = [v for v in usable if v not in preferred]
        rng = _rng(seed, key, i)
        rng.shuffle(preferred)
        rng.shuffle(rest)
        if preferred and rotate.get(i):
            k = rotate[i] % len(preferred)
            preferred = preferred[k:] + preferred[:k]
        options = tuple(_render(v, slots) for v in preferred + rest)
        out.append(_Choice(i, step, options, len(preferred)))
    return out


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if not part:
            continue
        if text.endswith(",") and not re.match(r"I\b|I'", part):
            part = part[0].lower() + part[1:]  # "Hi Dana, sorry to hear ..."
        elif not text or text[-1] in ".!?":
            part = part[0].upper() + part[1:]
        text = f"{text} {part}" if text else part
    return text


def _sign_off(ctx: ReplyContext) -> str:
    template = ctx.voice.sign_off.strip()
    if not template or ctx.visibility is not Visibility.PUBLIC:
        return ""
    needs_agent = "{agent}" in template or "{initials}" in template
    agent = " ".join((ctx.agent_name or "").split())
    if needs_agent and not agent:
        return ""
    initials = "".join(w[0].upper() for w in agent.split() if w[:1].isalpha())
    return template.replace("{agent}", agent).replace("{initials}", initials)


def _finish(ctx: ReplyContext, parts: list[str]) -> str:
    text = apply_voice(_join(parts), ctx.voice)
    sign = _sign_off(ctx)
    return f"{text} {sign}" if sign else text


Parts = list[tuple[int, str]]  # (step index, wording) of each step in a draft


def _fit(
    ctx: ReplyContext, steps: list[Step], slots: dict[str, str], seed: str, key: str, rotate: dict[int, int]
) -> tuple[str, list[Step], bool, Parts]:
    """The seeded wording if it fits; else drop optional steps from the end; else shorter wordings."""
    limit = ctx.length_limit
    choices = _choices(steps, slots, seed, key, rotate)
    optional = [i for i, c in enumerate(choices) if c.step.optional]
    for dropped in range(len(optional) + 1):
        skip = set(optional[len(optional) - dropped :]) if dropped else set()
        active = [c for i, c in enumerate(choices) if i not in skip]
        text = _finish(ctx, [c.options[0] for c in active])
        if len(text) <= limit:
            return text, [c.step for c in active], dropped > 0, [(c.index, c.options[0]) for c in active]
    # Every optional step is gone and it is still too long: take shorter wordings, longest step first,
    # staying with preferred wordings (the ones that use the name or the timing) while they can fit.
    active = [c for c in choices if not c.step.optional]
    picks = [c.options[0] for c in active]
    for pool in ("preferred", "any"):
        while len(_finish(ctx, picks)) > limit:
            best_i, best_cut = -1, 0
            for i, c in enumerate(active):
                pool_opts = c.options[: c.preferred] if pool == "preferred" else c.options
                shortest = min(pool_opts, key=len) if pool_opts else picks[i]
                if len(picks[i]) - len(shortest) > best_cut:
                    best_i, best_cut = i, len(picks[i]) - len(shortest)
            if best_i < 0:
                break
            c = active[best_i]
            pool_opts = c.options[: c.preferred] if pool == "preferred" else c.options
            picks[best_i] = min(pool_opts, key=len)
    parts = [(c.index, pick) for c, pick in zip(active, picks, strict=True)]
    return _finish(ctx, picks), [c.step for c in active], True, parts


def _truncate(text: str, limit: int) -> str:
    """The last resort: cut at a word boundary and mark the cut (only reached with absurdly small limits)."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _leaks(text: str, exposed: list[str]) -> bool:
    flat = re.sub(r"[^0-9a-z]", "", text.lower())
    for value in exposed:
        v = re.sub(r"[^0-9a-z]", "", value.lower())
        if len(v) >= 4 and v in flat:
            return True
    return bool(detect_pii(text))


def _compose_once(
    ctx: ReplyContext,
    playbook: Playbook,
    slots: dict[str, str],
    sp: Specifics,
    exposed: list[str],
    seed: str,
    rotate: dict[int, int],
) -> tuple[ComposedDraft, Parts]:
    steps = _vary_shape(_applicable(playbook, ctx, slots, bool(exposed)), slots, seed, playbook.key)
    text, used, shortened, parts = _fit(ctx, steps, slots, seed, playbook.key, rotate)
    draft = ComposedDraft(
        text=text,
        playbook_key=playbook.key,
        purpose=ctx.purpose,
        visibility=ctx.visibility,
        steps=tuple(str(s.kind) for s in used),
        specifics=sp,
        shortened=shortened,
    )
    return draft, parts


def _compose_safely(
    ctx: ReplyContext,
    playbook: Playbook,
    slots: dict[str, str],
    sp: Specifics,
    exposed: list[str],
    seed: str,
    rotate: dict[int, int],
) -> tuple[ComposedDraft, Parts]:
    """Compose, then make sure the draft fits and (in public) carries none of the customer's personal data.

    Each retry gives up a detail: first the product and the specific issue phrase, then the name, then
    every specific, until the draft is both short enough and safe to show.
    """
    public = ctx.visibility is Visibility.PUBLIC
    generic = topic_issue(sp.topic)
    fallbacks: list[dict[str, str]] = [slots]
    fewer = {k: v for k, v in slots.items() if k not in ("product", "duration", "remedy", "order_ref")}
    if "issue" in fewer and (ctx.kind or "complaint") not in ("question", "suggestion", "praise"):
        fewer["issue"] = generic
    fallbacks.append(fewer)
    fallbacks.append({k: v for k, v in fewer.items() if k != "first_name"})
    bare = {k: v for k, v in fewer.items() if k in ("team", "when", "dm")}
    if "issue" in fewer:
        bare["issue"] = GENERIC_ISSUE
    fallbacks.append(bare)

    draft: ComposedDraft | None = None
    parts: Parts = []
    for i, option in enumerate(fallbacks):
        draft, parts = _compose_once(ctx, playbook, option, sp, exposed, seed, rotate)
        if i > 0:
            draft = replace(draft, shortened=True)
        if len(draft.text) <= ctx.length_limit and not (public and _leaks(draft.text, exposed)):
            return draft, parts
    assert draft is not None
    return replace(draft, text=_truncate(draft.text, ctx.length_limit), shortened=True), parts


__all__ = ["ComposeRefused", "ComposedDraft", "StepKind", "compose"]
