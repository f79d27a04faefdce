"""Offline training of the shipped triage text model (scikit-learn; a training dependency only).

`train_model(root, out)` rebuilds `triage/models/triage.npz` from the shared datasets under `root`
(see `amends.triage.datasets`), deterministically for a given seed. Agents' corrections can be folded
in as extra labelled rows per head. The fitted vocabularies, idf and logistic-regression weights are
exported to the `.npz` format that `amends.triage.textmodel.MultiHeadTextModel` reads, so run-time
inference needs neither scikit-learn nor pickle.

Every head shares one featuriser (`features.extract`): its vocabulary is fit on the union of all
heads' training texts, so one featurisation per post serves every head.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from amends.triage import datasets as ds
from amends.triage.features import CHAR_BLOCK, FEATURES_VERSION, NORMALISER_VERSION, WORD_BLOCK, extract
from amends.triage.textmodel import FORMAT, Vocabulary, featurise

Labelled = tuple[list[str], list[str]]
Extra = dict[str, list[tuple[str, str]]]  # head → [(text, label)] folded into training (agents' corrections)

WORD_MIN_DF = 2
WORD_MAX_FEATURES = 30_000
CHAR_MIN_DF = 3
CHAR_MAX_FEATURES = 60_000


@dataclass(frozen=True)
class HeadSpec:
    """A head of the shipped model: its classes, where its training data comes from, its regularisation."""

    name: str
    classes: tuple[str, ...]  # sorted, as scikit-learn orders them
    load: Callable[[Path], Labelled]
    C: float = 1.0
    balanced: bool = False
    source: str = ""


def _legal(root: Path) -> Labelled:
    from amends.triage.legal import load_legal_examples

    rows = load_legal_examples()
    texts = [str(r["text"]) for r in rows]
    labels = ["yes" if r["legal_risk"] else "no" for r in rows]
    negatives = legal_weak_negatives(root)
    return texts + negatives, labels + ["no"] * len(negatives)


def legal_weak_negatives(root: Path) -> list[str]:
    """Ordinary customer posts as "no legal risk" examples: without them the head, trained on a set where
    half the posts are legal, flagged about one post in five of real support traffic. These are the
    complaint-corpus tweets and SemEval suggestions on which the legal rules find nothing (a weak label:
    a few real legal posts may remain among them)."""
    from amends.triage.legal import assess_legal_risk

    texts = ds.complaints(root)[0] + ds.suggestions(root, "train")[0][:3000]
    return [t for t in texts if not assess_legal_risk(t).value]


def _sentiment(root: Path) -> Labelled:
    rows = ds.xci(root)
    texts, labels = ds.uci_sentiment(root)
    return rows.texts + texts, rows.sentiment + labels


def _binary_tweeteval(task: str, positive: str) -> Callable[[Path], Labelled]:
    def load(root: Path) -> Labelled:
        texts, labels = ds.tweeteval(root, task, "train")
        return texts, ds.binary_names(labels, positive)

    return load


HEADS: tuple[HeadSpec, ...] = (
    HeadSpec("complaint", ("no", "yes"), ds.complaints, C=3.0, source="Preotiuc-Pietro et al. 2019 complaints"),
    HeadSpec("severity", ("1", "2", "3", "4"), ds.severity_complaints, C=1.0, balanced=True, source="X-CI severity"),
    HeadSpec("sentiment", ("negative", "neutral", "positive"), _sentiment, C=1.0, source="X-CI sentiment + UCI"),
    HeadSpec(
        "emotion",
        ("anger", "joy", "optimism", "sadness"),
        lambda root: ds.tweeteval(root, "emotion", "train"),
        C=2.0,
        balanced=True,
        source="TweetEval emotion train",
    ),
    HeadSpec(
        "offensive",
        ("no", "yes"),
        _binary_tweeteval("offensive", "offensive"),
        balanced=True,
        source="TweetEval offensive train",
    ),
    HeadSpec("hate", ("no", "yes"), _binary_tweeteval("hate", "hate"), balanced=True, source="TweetEval hate train"),
    HeadSpec("troll", ("no", "yes"), ds.cybertrolls, C=3.0, balanced=True, source="DataTurks cyber-trolls"),
    HeadSpec(
        "suggestion",
        ("no", "yes"),
        lambda root: ds.suggestions(root, "train"),
        C=2.0,
        balanced=True,
        source="SemEval-2019 Task 9 subtask A train",
    ),
    HeadSpec(
        "legal",
        ("no", "yes"),
        _legal,
        C=3.0,
        balanced=True,
        source="Amends legal-risk set (own) + weak negatives (complaint tweets, SemEval suggestions)",
    ),
)
HEAD_BY_NAME = {h.name: h for h in HEADS}


class Featuriser:
    """The shared vocabulary (document-frequency cut) and idf, fit on training texts; builds the
    scikit-learn design matrix with exactly the weighting `textmodel.featurise` applies at run time."""

    def __init__(
        self,
        *,
        word_min_df: int = WORD_MIN_DF,
        char_min_df: int = CHAR_MIN_DF,
        word_max_features: int = WORD_MAX_FEATURES,
        char_max_features: int = CHAR_MAX_FEATURES,
    ) -> None:
        self.word_min_df, self.char_min_df = word_min_df, char_min_df
        self.word_max_features, self.char_max_features = word_max_features, char_max_features
        self.vocab: Vocabulary | None = None

    def fit(self, texts: Iterable[str]) -> Featuriser:
        unique = list(dict.fromkeys(texts))
        keys_parts: list[np.ndarray[Any, Any]] = []
        df_parts: list[np.ndarray[Any, Any]] = []
        block_of: dict[int, int] = {}
        for i in range(0, len(unique), 5000):
            terms = extract(unique[i : i + 5000])
            pair_key = np.unique(np.stack([terms.row.astype(np.uint64), terms.key], axis=1), axis=0)
            keys, counts = np.unique(pair_key[:, 1], return_counts=True)
            keys_parts.append(keys)
            df_parts.append(counts)
            # Which block a key belongs to (a key never changes block: the block is mixed into it).
            words = np.unique(terms.key[terms.block == WORD_BLOCK])
            block_of.update(dict.fromkeys(words.tolist(), WORD_BLOCK))
        all_keys, inverse = np.unique(np.concatenate(keys_parts), return_inverse=True)
        df = np.bincount(inverse, weights=np.concatenate(df_parts)).astype(np.int64)
        is_word = np.fromiter((block_of.get(k, CHAR_BLOCK) == WORD_BLOCK for k in all_keys.tolist()), dtype=bool)
        chosen: list[np.ndarray[Any, Any]] = []
        for mask, min_df, cap in (
            (is_word, self.word_min_df, self.word_max_features),
            (~is_word, self.char_min_df, self.char_max_features),
        ):
            keys, counts = all_keys[mask], df[mask]
            keep = counts >= min_df
            keys, counts = keys[keep], counts[keep]
            order = np.lexsort((keys, -counts))[:cap]  # most frequent first, ties by key: deterministic
            chosen.append(np.sort(keys[order]))
            chosen.append(counts[order][np.argsort(keys[order])])
        word_keys, word_df, char_keys, char_df = chosen
        feature_keys = np.concatenate([word_keys, char_keys])
        n_docs = len(unique)
        idf = np.log((1.0 + n_docs) / (1.0 + np.concatenate([word_df, char_df]).astype(np.float64))) + 1.0
        self.vocab = Vocabulary.build(feature_keys, len(word_keys), idf)
        self.feature_keys = feature_keys
        return self

    def transform(self, texts: Sequence[str]) -> Any:
        from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

        if self.vocab is None:
            raise RuntimeError("fit the featuriser first")
        rows: list[np.ndarray[Any, Any]] = []
        cols: list[np.ndarray[Any, Any]] = []
        vals: list[np.ndarray[Any, Any]] = []
        for i in range(0, len(texts), 5000):
            f = featurise(extract(texts[i : i + 5000]), self.vocab)
            rows.append(f.row + i)
            cols.append(f.feature)
            vals.append(f.value)
        return csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(len(texts), self.vocab.size)
        )


def fit_head(spec: HeadSpec, x: Any, labels: Sequence[str], seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    clf = LogisticRegression(
        C=spec.C, class_weight="balanced" if spec.balanced else None, max_iter=5000, random_state=seed
    )
    clf.fit(x, list(labels))
    if tuple(str(c) for c in clf.classes_) != spec.classes:
        raise ValueError(f"head {spec.name}: data has classes {list(clf.classes_)}, expected {list(spec.classes)}")
    return clf


def load_heads(root: Path, extra: Extra | None = None) -> dict[str, Labelled]:
    data: dict[str, Labelled] = {}
    for spec in HEADS:
        texts, labels = spec.load(root)
        for text, label in (extra or {}).get(spec.name, []):
            if label not in spec.classes:
                raise ValueError(f"correction for {spec.name}: {label!r} is not one of {spec.classes}")
            texts.append(text)
            labels.append(label)
        data[spec.name] = (texts, labels)
    return data


def train_model(root: Path, out: Path, *, seed: int = 13, extra: Extra | None = None) -> dict[str, Any]:
    """Fit the featuriser and every head, write the `.npz` artifact to `out`, return a summary."""
    data = load_heads(root, extra)
    feats = Featuriser().fit(t for texts, _ in data.values() for t in texts)
    fitted = []
    for spec in HEADS:
        texts, labels = data[spec.name]
        clf = fit_head(spec, feats.transform(texts), labels, seed)
        fitted.append((spec, clf, len(texts), len((extra or {}).get(spec.name, []))))
    payload, meta = export_model(feats, fitted, seed=seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(payload)
    return {**meta, "artifact_bytes": out.stat().st_size}


def export_model(
    feats: Featuriser, fitted: Sequence[tuple[HeadSpec, Any, int, int]], *, seed: int
) -> tuple[bytes, dict[str, Any]]:
    """The `.npz` bytes and metadata for a fitted featuriser and heads (spec, classifier, n_train, n_corrections)."""
    columns: list[np.ndarray[Any, Any]] = []
    biases: list[float] = []
    heads_meta: list[dict[str, Any]] = []
    for spec, clf, n_train, n_extra in fitted:
        coef = np.asarray(clf.coef_, dtype=np.float64)
        start = sum(c.shape[0] for c in columns)
        if len(spec.classes) == 2:
            columns.append(coef[:1])
            biases.append(float(clf.intercept_[0]))
        else:
            columns.append(coef)
            biases.extend(float(b) for b in clf.intercept_)
        heads_meta.append(
            {
                "name": spec.name,
                "classes": list(spec.classes),
                "start": start,
                "width": 1 if len(spec.classes) == 2 else len(spec.classes),
                "n_train": n_train,
                "n_corrections": n_extra,
                "source": spec.source,
                "C": spec.C,
                "class_weight": "balanced" if spec.balanced else None,
            }
        )
    # float16 halves the artifact; the scores move by about 1e-3 at most (checked in the tests).
    weights = np.concatenate(columns, axis=0).T.astype(np.float16)
    vocab = feats.vocab
    if vocab is None:
        raise RuntimeError("fit the featuriser first")
    digest = hashlib.sha256(weights.tobytes() + vocab.idf.tobytes() + feats.feature_keys.tobytes()).hexdigest()[:10]
    meta = {
        "format": FORMAT,
        "normaliser": NORMALISER_VERSION,
        "features_version": FEATURES_VERSION,
        "version": f"triage-{digest}",
        "trained_on": dt.datetime.now(dt.UTC).date().isoformat(),
        "seed": seed,
        "heads": heads_meta,
        "n_word_features": vocab.n_words,
        "features": {
            "word": {"ngrams": [1, 2], "min_df": feats.word_min_df, "max_features": feats.word_max_features},
            "char": {"ngrams": [2, 5], "min_df": feats.char_min_df, "max_features": feats.char_max_features},
            "n_word": vocab.n_words,
            "n_char": vocab.size - vocab.n_words,
        },
    }
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        meta=np.array(json.dumps(meta)),
        vocab_keys=feats.feature_keys,
        idf=vocab.idf,
        weights=weights,
        bias=np.asarray(biases, dtype=np.float64),
    )
    return buf.getvalue(), meta
