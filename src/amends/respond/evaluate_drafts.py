"""Composer drafts for real complaints (TWCS samples): how many pass the checker, how varied they are.

For every inbound customer tweet in `../shared/datasets/twcs_samples/` that triage calls a complaint,
the composer drafts the reply Amends would propose (a private holding message on legal-risk posts,
where nothing public may go out) and the checker runs on it with the previous drafts as the brand's
recent replies, exactly as in the product. Reported: the share that pass every blocking check, the
findings that blocked the rest, and the mean pairwise similarity of our drafts next to that of the
real brand replies in the same files.
"""

from __future__ import annotations

import csv
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amends.respond.checker import check_reply
from amends.respond.checker_settings import CheckerSettings
from amends.respond.composer import ComposeRefused, compose
from amends.respond.context import Fault, PiiItem, Purpose, ReplyContext, Visibility
from amends.respond.playbook_store import default_playbooks
from amends.respond.similarity import mean_pairwise_similarity
from amends.triage.engine import Triage
from amends.triage.signals import TriageInput

FILES = ("naman-tiwari_sample.csv", "spotifycares_support_requests.csv")
RECENT = 200  # the `respond` setting's default window of recent replies for the copy-paste check


@dataclass(slots=True)
class DraftScore:
    complaints: int = 0
    drafted: int = 0
    passed: int = 0
    private_holding: int = 0  # legal-risk posts answered by a private holding message
    refused: int = 0
    blocked_by: Counter[str] = field(default_factory=Counter)
    warned_by: Counter[str] = field(default_factory=Counter)
    similarity_ours: float = 0.0
    similarity_brand: float = 0.0
    brand_replies: int = 0
    # Like for like: only the mixed-brand sample file, our drafts vs the replies brands actually sent.
    sample_similarity_ours: float = 0.0
    sample_drafts: int = 0
    seconds: float = 0.0
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.drafted if self.drafted else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "complaints": self.complaints,
            "drafted": self.drafted,
            "passed": self.passed,
            "pass_rate": round(self.pass_rate, 4),
            "private_holding": self.private_holding,
            "refused": self.refused,
            "blocked_by": dict(self.blocked_by.most_common()),
            "warned_by": dict(self.warned_by.most_common()),
            "similarity_ours": round(self.similarity_ours, 4),
            "similarity_brand": round(self.similarity_brand, 4),
            "brand_replies": self.brand_replies,
            "sample_similarity_ours": round(self.sample_similarity_ours, 4),
            "sample_drafts": self.sample_drafts,
            "seconds": round(self.seconds, 1),
            "examples": self.examples,
        }


def _rows(root: Path) -> list[tuple[str, dict[str, str]]]:
    out: list[tuple[str, dict[str, str]]] = []
    for name in FILES:
        path = root / "twcs_samples" / name
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing (the TWCS samples live in ../shared/datasets)")
        with path.open(encoding="utf-8", newline="") as fh:
            out.extend((name, row) for row in csv.DictReader(fh))
    return out


def evaluate_drafts(root: Path, *, limit: int | None = None, examples: int = 12) -> DraftScore:
    """Draft, check and compare. `limit` caps the complaints (for quick runs); None takes them all."""
    started = time.perf_counter()
    rows = _rows(root)
    inbound = [(f, r) for f, r in rows if (r.get("inbound") or "").strip().lower() == "true" and r.get("text")]
    brand = [r["text"] for f, r in rows if (r.get("inbound") or "").strip().lower() == "false" and r.get("text")]
    triage = Triage()
    assessments = triage.assess_many([TriageInput(r["text"]) for _, r in inbound])
    score = DraftScore(brand_replies=len(brand))
    playbooks, settings = default_playbooks(), CheckerSettings()
    recent: deque[str] = deque(maxlen=RECENT)
    ours: list[str] = []
    sample: list[str] = []
    for i, ((name, row), a) in enumerate(zip(inbound, assessments, strict=True)):
        if a.kind.value != "complaint":
            continue
        if limit is not None and score.complaints >= limit:
            break
        score.complaints += 1
        legal = bool(a.legal_risk.value)
        pii = tuple(PiiItem(s["type"], s["text"]) for s in a.pii.detail.get("spans", []))
        ctx = ReplyContext(
            platform="x",
            visibility=Visibility.PRIVATE if legal else Visibility.PUBLIC,
            purpose=Purpose.RESPONSE,
            complaint_text=row["text"],
            kind="complaint",
            severity=int(a.severity.value),
            topic=str(a.topic.value),
            legal_risk=legal,
            legal_hold=legal,
            pii=pii,
            at_fault=Fault.UNKNOWN,
            recent_replies=tuple(reversed(recent)),
        )
        try:
            draft = compose(ctx, playbooks, seed=row.get("tweet_id") or i)
        except ComposeRefused:
            score.refused += 1
            continue
        score.drafted += 1
        score.private_holding += legal
        result = check_reply(draft.text, ctx, settings)
        if result.passed:
            score.passed += 1
        for code in {f.code for f in result.blocking}:
            score.blocked_by[code] += 1
        for code in {f.code for f in result.warnings}:
            score.warned_by[code] += 1
        if len(score.examples) < examples and (not result.passed or i % 97 == 0):
            score.examples.append(
                {"complaint": row["text"], "draft": draft.text, "blocking": sorted({f.code for f in result.blocking})}
            )
        recent.append(draft.text)
        if not legal:
            ours.append(draft.text)
            if name == FILES[0]:
                sample.append(draft.text)
    score.similarity_ours = mean_pairwise_similarity(ours) if len(ours) > 1 else 0.0
    score.similarity_brand = mean_pairwise_similarity(brand) if len(brand) > 1 else 0.0
    score.sample_similarity_ours = mean_pairwise_similarity(sample) if len(sample) > 1 else 0.0
    score.sample_drafts = len(sample)
    score.seconds = time.perf_counter() - started
    return score
