"""`amends eval`: triage quality on the shared datasets, next to published anchors.

Protocols (each row of the report says which):

- complaint, severity, troll: stratified 5-fold cross-validation (fixed seed). Per fold the
  featuriser's vocabulary and idf are fit on that fold's training texts only, and one head is trained;
  the test fold is never seen. (The shipped model fits its vocabulary on every head's training data,
  so these numbers describe the method, not the exact artifact.)
- TweetEval offensive / hate / emotion / sentiment and SemEval-2019 Task 9: the shipped model, on
  validation or test texts that no part of it was trained on.
- legal risk and PII: the project's own labelled sets; legal reports the rules alone (written against
  the set, so in-sample), the learned head under 5-fold CV, and both combined as triage uses them.

Needs scikit-learn (a training/evaluation dependency) for the cross-validated rows.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amends.triage import datasets as ds
from amends.triage.training import HEAD_BY_NAME, Featuriser, HeadSpec, fit_head


@dataclass
class TaskResult:
    task: str
    metric: str
    value: float | None  # percent for F1/recall scores, 0–1 for precision/recall pairs
    protocol: str
    anchors: list[tuple[str, float]] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "metric": self.metric,
            "value": None if self.value is None else round(self.value, 2),
            "protocol": self.protocol,
            "anchors": [{"name": n, "value": v} for n, v in self.anchors],
            "detail": self.detail,
            "error": self.error,
        }


COMPLAINT_ANCHORS = [
    ("Preotiuc-Pietro et al. 2019", 79.0),
    ("Jin & Aletras 2020", 87.0),
    ("Jin & Aletras 2021", 88.2),
    ("TF-IDF + LR baseline here", 82.0),
]
SEVERITY_ANCHORS = [("Jin & Aletras 2021", 55.7), ("TF-IDF baseline here", 38.0)]
# TweetEval (Barbieri et al. 2020), test split: SVM, FastText, RoBERTa-base. We report on the validation split.
TWEETEVAL_ANCHORS = {
    "offensive": [("TweetEval SVM", 52.3), ("TweetEval FastText", 73.4), ("TweetEval RoBERTa-base", 79.5)],
    "hate": [("TweetEval SVM", 36.7), ("TweetEval FastText", 50.6), ("TweetEval RoBERTa-base", 46.6)],
    "emotion": [("TweetEval SVM", 64.7), ("TweetEval FastText", 65.2), ("TweetEval RoBERTa-base", 76.1)],
    "sentiment": [("TweetEval SVM", 62.9), ("TweetEval FastText", 62.9), ("TweetEval RoBERTa-base", 71.3)],
}


def _macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    from sklearn.metrics import f1_score  # type: ignore[import-untyped]

    return 100.0 * float(f1_score(list(gold), list(pred), average="macro"))


def cross_validate(
    spec: HeadSpec, texts: list[str], labels: list[str], folds: int = 5, seed: int = 13
) -> dict[str, Any]:
    """Stratified k-fold macro-F1 of one head with a per-fold featuriser; mean, population std, per fold."""
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    scores: list[float] = []
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in skf.split(texts, labels):
        feats = Featuriser().fit(texts[i] for i in train_idx)
        clf = fit_head(spec, feats.transform([texts[i] for i in train_idx]), [labels[i] for i in train_idx], seed)
        pred = clf.predict(feats.transform([texts[i] for i in test_idx]))
        scores.append(_macro_f1([labels[i] for i in test_idx], [str(p) for p in pred]))
    return {"mean": statistics.fmean(scores), "std": statistics.pstdev(scores), "per_fold": scores, "n": len(texts)}


def _cv_task(task: str, head: str, load: Callable[[], ds.Labelled], anchors: list[tuple[str, float]]) -> TaskResult:
    texts, labels = load()
    cv = cross_validate(HEAD_BY_NAME[head], texts, labels)
    return TaskResult(
        task, "macro-F1", cv["mean"], f"5-fold CV, n={cv['n']}", anchors,
        {"std": round(cv["std"], 2), "per_fold": [round(s, 2) for s in cv["per_fold"]]},
    )  # fmt: skip


def _shipped(texts: list[str], head: str) -> list[str]:
    from amends.triage.textmodel import shipped_model

    model = shipped_model()
    classes = model.heads[head].classes
    out: list[str] = []
    for i in range(0, len(texts), 1000):
        probs = model.predict(texts[i : i + 1000])[head]
        out.extend(classes[int(j)] for j in probs.argmax(axis=1))
    return out


def _shipped_probability(texts: list[str], head: str) -> Any:
    from amends.triage.textmodel import shipped_model

    model = shipped_model()
    parts = [model.predict(texts[i : i + 1000])[head][:, 1] for i in range(0, len(texts), 1000)]
    import numpy as np

    return np.concatenate(parts) if parts else np.zeros(0)


def _tweeteval(root: Path, task: str) -> TaskResult:
    from sklearn.metrics import recall_score

    texts, labels = ds.tweeteval(root, task, "val")
    if task in {"offensive", "hate"}:
        labels = ds.binary_names(labels, task)
    pred = _shipped(texts, task)
    if task == "sentiment":  # TweetEval's official sentiment metric is macro-averaged recall
        value = 100.0 * float(recall_score(labels, pred, average="macro"))
        return TaskResult(
            "sentiment (TweetEval)", "macro-recall", value, f"shipped model, validation split n={len(texts)}",
            TWEETEVAL_ANCHORS[task], {"macro_f1": round(_macro_f1(labels, pred), 2)},
        )  # fmt: skip
    return TaskResult(
        f"{task} (TweetEval)", "macro-F1", _macro_f1(labels, pred), f"shipped model, validation split n={len(texts)}",
        TWEETEVAL_ANCHORS[task],
    )  # fmt: skip


def _suggestion(root: Path) -> TaskResult:
    from sklearn.metrics import f1_score

    texts, labels = ds.suggestions(root, "test")
    pred = _shipped(texts, "suggestion")
    f1_pos = 100.0 * float(f1_score(labels, pred, pos_label="yes"))
    return TaskResult(
        "suggestion (SemEval-2019 Task 9A)", "F1 (suggestion class)", f1_pos,
        f"shipped model, labelled evaluation data n={len(texts)}",
        [("best system, task overview", 78.1)], {"macro_f1": round(_macro_f1(labels, pred), 2)},
    )  # fmt: skip


def _legal(root: Path) -> TaskResult:
    from sklearn.model_selection import StratifiedKFold

    from amends.triage.legal import assess_legal_risk, load_legal_examples
    from amends.triage.policy import Thresholds
    from amends.triage.training import legal_weak_negatives

    rows = load_legal_examples()
    negatives = legal_weak_negatives(root)
    texts = [str(r["text"]) for r in rows]
    gold = [bool(r["legal_risk"]) for r in rows]
    rules = [assess_legal_risk(t).value for t in texts]
    threshold = Thresholds().legal_model
    spec = HEAD_BY_NAME["legal"]
    probability = [0.0] * len(texts)
    labels = ["yes" if g else "no" for g in gold]
    for train_idx, test_idx in StratifiedKFold(n_splits=5, shuffle=True, random_state=13).split(texts, labels):
        train_texts = [texts[i] for i in train_idx] + negatives
        train_labels = [labels[i] for i in train_idx] + ["no"] * len(negatives)
        feats = Featuriser().fit(train_texts)
        clf = fit_head(spec, feats.transform(train_texts), train_labels, 13)
        probs = clf.predict_proba(feats.transform([texts[i] for i in test_idx]))[:, 1]
        for i, p in zip(test_idx, probs, strict=True):
            probability[i] = float(p)
    model = [p >= threshold for p in probability]
    combined = [a or b for a, b in zip(rules, model, strict=True)]

    def pr(pred: list[bool]) -> dict[str, float]:
        tp = sum(p and g for p, g in zip(pred, gold, strict=True))
        fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
        fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
        return {
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        }

    both = pr(combined)
    # Real support traffic the head never saw: how often would triage put a post on legal hold?
    traffic = ds.twcs_customer_posts(root)
    head_flags = _shipped_probability(traffic, "legal") >= threshold
    rule_flags = [assess_legal_risk(t).value for t in traffic]
    flagged = sum(bool(h) or r for h, r in zip(head_flags, rule_flags, strict=True))
    return TaskResult(
        "legal risk (own set)", "recall", 100.0 * both["recall"],
        f"rules (in-sample) OR head (5-fold CV, p>={threshold}), n={len(texts)}",
        [("target recall", 95.0)],
        {
            "combined": both,
            "rules_only": pr(rules),
            "head_only_cv": pr(model),
            "head_only_cv_by_threshold": {f"{x:.1f}": pr([p >= x for p in probability]) for x in (0.3, 0.5, 0.7, 0.8)},
            "combined_by_threshold": {
                f"{x:.1f}": pr([r or p >= x for r, p in zip(rules, probability, strict=True)]) for x in (0.5, 0.7, 0.8)
            },
            "twcs_customer_posts": len(traffic),
            "twcs_flag_rate_combined": round(flagged / max(len(traffic), 1), 4),
            "twcs_flag_rate_rules": round(sum(rule_flags) / max(len(traffic), 1), 4),
        },
    )  # fmt: skip


def _pii() -> TaskResult:
    from amends.triage.pii import evaluate_pii, load_pii_examples

    report = evaluate_pii(load_pii_examples())
    worst = min(float(report[t]["recall"]) for t in ("phone", "email", "card"))
    return TaskResult(
        "PII spans (own set)", "recall, lowest of phone/email/card", 100.0 * worst,
        "rules, in-sample (written with the set)", [("target", 97.0)],
        {k: {m: round(v, 3) for m, v in r.items()} for k, r in report.items()},
    )  # fmt: skip


def run_eval(root: Path, tasks: Sequence[str] | None = None) -> list[TaskResult]:
    """Every task (or the named ones); a task whose data is missing reports the error instead of failing."""
    plan: dict[str, Callable[[], TaskResult]] = {
        "complaint": lambda: _cv_task(
            "complaint (Preotiuc-Pietro 2019)", "complaint", lambda: ds.complaints(root), COMPLAINT_ANCHORS
        ),
        "severity": lambda: _cv_task(
            "severity, 4 levels on complaints (X-CI)",
            "severity",
            lambda: ds.severity_complaints(root),
            SEVERITY_ANCHORS,
        ),
        "troll": lambda: _cv_task("troll (DataTurks cyber-trolls)", "troll", lambda: ds.cybertrolls(root), []),
        "offensive": lambda: _tweeteval(root, "offensive"),
        "hate": lambda: _tweeteval(root, "hate"),
        "emotion": lambda: _tweeteval(root, "emotion"),
        "sentiment": lambda: _tweeteval(root, "sentiment"),
        "suggestion": lambda: _suggestion(root),
        "legal": lambda: _legal(root),
        "pii": _pii,
    }
    chosen = list(tasks) if tasks else list(plan)
    unknown = [t for t in chosen if t not in plan]
    if unknown:
        raise ValueError(f"unknown task(s): {', '.join(unknown)}; known: {', '.join(plan)}")
    results: list[TaskResult] = []
    for name in chosen:
        try:
            results.append(plan[name]())
        except ds.DatasetMissing as exc:
            results.append(TaskResult(name, "", None, "", error=str(exc)))
    return results
