"""Offline training of the complaint-detection model (scikit-learn; a training/test dependency only).

    from pathlib import Path
    from amends.triage.training import cross_validate_complaints, train_complaint_model
    cross_validate_complaints(Path("complaints-data.csv"))            # 5-fold stratified macro-F1
    train_complaint_model(Path("complaints-data.csv"), Path("src/amends/triage/models/complaint.json"))

The data is Preotiuc-Pietro, Gaman & Aletras (ACL 2019), "Automatically Identifying Complaints in Social
Media": a header-less CSV of tweet_id,text,label,domain with label 1 = complaint. It is research-only and
is never copied into this repository; see docs/models.md.

The fitted `FeatureUnion` of `TfidfVectorizer`s + `LogisticRegression` is exported to the JSON format that
`amends.triage.linear.LinearTextModel` reads, so run-time inference needs neither scikit-learn nor pickle.
Everything here is deterministic for a given seed (lbfgs solver, fixed fold shuffling).
"""

from __future__ import annotations

import csv
import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from amends.triage.linear import FORMAT, NORMALISER_VERSION, normalise_text

WORD_PATTERN = r"(?u)\b\w\w+\b"

# Chosen by 5-fold CV on the complaints data (docs/models.md). min_df/max_features bound the vocabulary
# at fit time, so the l2 norms the model was trained with are exactly the ones inference recomputes.
DEFAULT_PARAMS: dict[str, Any] = {
    "word_ngram_range": (1, 2),
    "word_min_df": 2,
    "word_max_features": 20000,
    "char_ngram_range": (1, 5),
    "char_min_df": 2,
    "char_max_features": 40000,
    "sublinear_tf": True,
    "C": 3.0,
    "class_weight": None,
}


def load_complaints(csv_path: Path) -> tuple[list[str], list[int]]:
    """Texts and 0/1 labels from the header-less tweet_id,text,label,domain CSV."""
    texts: list[str] = []
    labels: list[int] = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if not row:
                continue
            texts.append(row[1])
            labels.append(int(row[2]))
    return texts, labels


def build_pipeline(params: dict[str, Any] | None = None, *, seed: int = 13) -> Any:
    """The scikit-learn pipeline: union of word and char_wb TF-IDF blocks → binary logistic regression.

    It expects texts already passed through `normalise_text`.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from sklearn.pipeline import FeatureUnion, Pipeline  # type: ignore[import-untyped]

    p = {**DEFAULT_PARAMS, **(params or {})}

    def tfidf(analyzer: str, prefix: str, **extra: Any) -> Any:
        return TfidfVectorizer(
            analyzer=analyzer,
            lowercase=True,
            ngram_range=tuple(p[f"{prefix}_ngram_range"]),
            min_df=p[f"{prefix}_min_df"],
            max_features=p[f"{prefix}_max_features"],
            sublinear_tf=p["sublinear_tf"],
            norm="l2",
            dtype=np.float64,
            **extra,
        )

    blocks = []
    if p["word_ngram_range"] is not None:
        blocks.append(("word", tfidf("word", "word", token_pattern=WORD_PATTERN)))
    if p["char_ngram_range"] is not None:
        blocks.append(("char_wb", tfidf("char_wb", "char")))
    clf = LogisticRegression(C=p["C"], class_weight=p["class_weight"], solver="lbfgs", max_iter=5000, random_state=seed)
    return Pipeline([("features", FeatureUnion(blocks)), ("clf", clf)])


def export_pipeline(pipeline: Any, *, name: str, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON-ready artifact for a fitted `build_pipeline` pipeline."""
    union = pipeline.named_steps["features"]
    clf = pipeline.named_steps["clf"]
    coef = [float(x) for x in clf.coef_[0]]
    blocks: list[dict[str, Any]] = []
    offset = 0
    for block_name, vec in union.transformer_list:
        vocab: dict[str, int] = {str(t): int(i) for t, i in vec.vocabulary_.items()}
        size = len(vocab)
        # Sorted by index, so the JSON is stable and idf/coef line up with the vocabulary's indices.
        ordered = dict(sorted(vocab.items(), key=lambda kv: kv[1]))
        cfg: dict[str, Any] = {
            "analyzer": vec.analyzer,
            "lowercase": bool(vec.lowercase),
            "ngram_range": list(vec.ngram_range),
            "sublinear_tf": bool(vec.sublinear_tf),
            "norm": vec.norm,
            "smooth_idf": bool(vec.smooth_idf),
            "min_df": vec.min_df,
            "max_features": vec.max_features,
        }
        if vec.analyzer == "word":
            cfg["token_pattern"] = vec.token_pattern
        blocks.append(
            {
                "name": block_name,
                "config": cfg,
                "vocabulary": ordered,
                "idf": [float(x) for x in vec.idf_],
                "coef": coef[offset : offset + size],
            }
        )
        offset += size
    if offset != len(coef):
        raise ValueError("coefficient count does not match the union's vocabulary sizes")
    return {
        "format": FORMAT,
        "name": name,
        "normaliser": NORMALISER_VERSION,
        "classes": [int(c) for c in clf.classes_],
        "intercept": float(clf.intercept_[0]),
        "blocks": blocks,
        "metadata": metadata or {},
    }


def cross_validate_complaints(
    csv_path: Path, folds: int = 5, seed: int = 13, params: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Stratified k-fold macro-F1 of the pipeline (fixed shuffling seed); mean, population std, per fold."""
    from sklearn.metrics import f1_score  # type: ignore[import-untyped]
    from sklearn.model_selection import StratifiedKFold  # type: ignore[import-untyped]

    texts, labels = load_complaints(csv_path)
    norm = [normalise_text(t) for t in texts]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores: list[float] = []
    for train_idx, test_idx in skf.split(norm, labels):
        pipe = build_pipeline(params, seed=seed)
        pipe.fit([norm[i] for i in train_idx], [labels[i] for i in train_idx])
        pred = pipe.predict([norm[i] for i in test_idx])
        scores.append(float(f1_score([labels[i] for i in test_idx], pred, average="macro")))
    return {
        "folds": folds,
        "seed": seed,
        "macro_f1_mean": statistics.fmean(scores),
        "macro_f1_std": statistics.pstdev(scores),
        "macro_f1_per_fold": scores,
        "params": _jsonable({**DEFAULT_PARAMS, **(params or {})}),
        "n_texts": len(texts),
    }


def train_complaint_model(
    csv_path: Path, out: Path, *, seed: int = 13, params: dict[str, Any] | None = None, cv: bool = True
) -> dict[str, Any]:
    """Fit on all rows, write the JSON artifact to `out`, return metrics (5-fold CV unless `cv=False`)."""
    texts, labels = load_complaints(csv_path)
    pipe = build_pipeline(params, seed=seed)
    pipe.fit([normalise_text(t) for t in texts], labels)
    metrics: dict[str, Any] = {
        "n_texts": len(texts),
        "n_complaints": sum(labels),
        "seed": seed,
        "params": _jsonable({**DEFAULT_PARAMS, **(params or {})}),
    }
    if cv:
        cv_result = cross_validate_complaints(csv_path, folds=5, seed=seed, params=params)
        metrics["cv"] = {k: cv_result[k] for k in ("folds", "macro_f1_mean", "macro_f1_std", "macro_f1_per_fold")}
    artifact = export_pipeline(
        pipe,
        name="complaint",
        metadata={
            "task": "complaint detection (1 = complaint)",
            "data": "Preotiuc-Pietro, Gaman & Aletras (ACL 2019) complaints-data.csv; research-only",
            **metrics,
        },
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(artifact, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    metrics["n_features"] = sum(len(b["vocabulary"]) for b in artifact["blocks"])
    metrics["artifact_bytes"] = out.stat().st_size
    return metrics


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, Sequence) and not isinstance(v, str) else v for k, v in params.items()}
