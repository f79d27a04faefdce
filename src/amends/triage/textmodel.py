"""Shared-feature text classifiers: one featurisation per batch of posts, many linear heads.

Triage asks several questions of every post (complaint? how severe? which sentiment and emotion?
offensive? hateful? a troll? a suggestion? legal risk?). Featurising the text is the expensive part,
so it is done once, for a whole batch, with numpy (`amends.triage.features`): word 1–2-grams and
character 2–5-grams as 64-bit keys, looked up in the model's sorted vocabulary of keys. Each block is
weighted `(1 + ln tf) · idf` and l2-normalised on its own; one gather-and-sum then gives every head's
score `x·W + b`. Binary heads use the logistic function, multi-class heads the softmax.

The heads are logistic regressions trained offline with scikit-learn (`amends.triage.training`) on
exactly these features, exported to a `.npz` artifact holding only vocabulary keys, idf and weights.
Inference needs numpy and nothing else (no scikit-learn, no pickle).
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from amends.triage.features import FEATURES_VERSION, NORMALISER_VERSION, Terms, extract

FORMAT = "amends.multihead-text-model/2"
DEFAULT_MODEL = "triage.npz"


@dataclass(frozen=True, slots=True)
class Head:
    """One classifier over the shared features: its classes and its columns of the weight matrix."""

    name: str
    classes: tuple[str, ...]
    start: int  # first column in the weight matrix
    width: int  # 1 for a binary head (the score of classes[1]), else len(classes)

    @property
    def binary(self) -> bool:
        return self.width == 1


Probabilities = dict[str, npt.NDArray[np.float64]]  # head → (n_texts, n_classes) probabilities


_SLOT_BITS = 22
_SLOT_SHIFT = np.uint64(64 - _SLOT_BITS)
_COLLIDED = -2


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Sorted feature keys and the feature index of each; word features come before char features.

    Lookups go through a direct-address table on the top 22 bits of the key (keys are well mixed, so
    they spread evenly): one gather and one comparison per n-gram. The few slots two vocabulary keys
    share fall back to binary search.
    """

    keys: npt.NDArray[np.uint64]  # sorted
    index: npt.NDArray[np.int64]  # feature index of keys[i]
    n_words: int
    idf: npt.NDArray[np.float64]  # by feature index
    table: npt.NDArray[np.int32]  # slot → position in `keys`, -1 empty, -2 shared by several keys

    @classmethod
    def build(cls, keys: npt.NDArray[np.uint64], n_words: int, idf: npt.NDArray[np.float64]) -> Vocabulary:
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        slots = (sorted_keys >> _SLOT_SHIFT).astype(np.int64)
        per_slot = np.bincount(slots, minlength=1 << _SLOT_BITS)
        table = np.full(1 << _SLOT_BITS, -1, dtype=np.int32)
        alone = per_slot[slots] == 1
        table[slots[alone]] = np.flatnonzero(alone).astype(np.int32)
        table[per_slot > 1] = _COLLIDED
        return cls(sorted_keys, order.astype(np.int64), n_words, idf, table)

    @property
    def size(self) -> int:
        return len(self.idf)

    def find(self, query: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(positions in `query` that are in the vocabulary, their feature indices)."""
        if len(self.keys) == 0 or len(query) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        pos = self.table[(query >> _SLOT_SHIFT).astype(np.int64)].astype(np.int64)
        shared = np.flatnonzero(pos == _COLLIDED)
        if len(shared):
            found = np.searchsorted(self.keys, query[shared])
            found[found == len(self.keys)] = 0
            pos[shared] = found
        ok = pos >= 0
        hit = np.flatnonzero(ok)
        hit = hit[self.keys[pos[hit]] == query[hit]]
        return hit, self.index[pos[hit]]


@dataclass(frozen=True, slots=True)
class Features:
    """The unique (post, feature) pairs of a batch with l2-normalised tf-idf values, rows sorted."""

    terms: Terms
    row: npt.NDArray[np.int64]
    feature: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]
    occurrence: npt.NDArray[np.int64]  # index into `terms` of one occurrence, to quote it


def featurise(terms: Terms, vocab: Vocabulary) -> Features:
    """Look a batch's n-gram keys up in the vocabulary, count them per post and weight them."""
    occurrence, feature = vocab.find(terms.key)
    if len(occurrence) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Features(terms, empty, empty, np.zeros(0), empty)
    combo = terms.row[occurrence] * vocab.size + feature
    uniq, first, counts = np.unique(combo, return_index=True, return_counts=True)
    row = uniq // vocab.size
    feature = uniq % vocab.size
    value = (1.0 + np.log(counts.astype(np.float64))) * vocab.idf[feature]
    segment = row * 2 + (feature >= vocab.n_words)
    norms = np.sqrt(np.bincount(segment, weights=value * value, minlength=2 * terms.n_rows))
    value = value / norms[segment]
    return Features(terms, row, feature, value, occurrence[first])


class MultiHeadTextModel:
    """Loaded artifact: the vocabulary of feature keys, idf and the weight matrix of every head."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        meta = json.loads(str(arrays["meta"]))
        if meta.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} artifact: {meta.get('format')!r}")
        for field, have in (("normaliser", NORMALISER_VERSION), ("features_version", FEATURES_VERSION)):
            if meta.get(field) != have:
                raise ValueError(f"artifact wants {field} {meta.get(field)!r}, this code has {have!r}")
        self.metadata: dict[str, Any] = meta
        self.version: str = str(meta.get("version", "unversioned"))
        keys = np.asarray(arrays["vocab_keys"], dtype=np.uint64)
        idf = np.asarray(arrays["idf"], dtype=np.float64)
        self.vocab = Vocabulary.build(keys, int(meta["n_word_features"]), idf)
        self.weights: npt.NDArray[np.float32] = np.asarray(arrays["weights"], dtype=np.float32)
        self.bias: npt.NDArray[np.float64] = np.asarray(arrays["bias"], dtype=np.float64)
        if len(keys) != len(idf) or self.weights.shape[0] != len(idf) or len(np.unique(keys)) != len(keys):
            raise ValueError("vocabulary, idf and weights do not line up")
        self.heads: dict[str, Head] = {}
        for h in meta["heads"]:
            head = Head(str(h["name"]), tuple(str(c) for c in h["classes"]), int(h["start"]), int(h["width"]))
            if head.start + head.width > self.weights.shape[1]:
                raise ValueError(f"head {head.name!r} points outside the weight matrix")
            self.heads[head.name] = head

    @classmethod
    def load(cls, path: Path | None = None) -> MultiHeadTextModel:
        """From a file, or the model shipped inside the package when `path` is None.

        A bare name is never looked up in the working directory: a stray `triage.npz` there must not
        replace the shipped model.
        """
        if path is not None:
            data = Path(path).read_bytes()
        else:
            data = resources.files("amends.triage").joinpath("models", DEFAULT_MODEL).read_bytes()
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return cls({k: arrays[k] for k in arrays.files})

    def score(self, texts: Sequence[str]) -> Scored:
        """Every head's probabilities for a batch, keeping the features so rows can be explained."""
        n = len(texts)
        raw = np.tile(self.bias, (n, 1))
        feats = featurise(extract(texts), self.vocab) if n else None
        if feats is not None and len(feats.row):
            contrib = self.weights[feats.feature]
            contrib *= feats.value.astype(np.float32)[:, None]
            starts = np.flatnonzero(np.r_[True, feats.row[1:] != feats.row[:-1]])
            raw[feats.row[starts]] += np.add.reduceat(contrib, starts, axis=0)
        probs: Probabilities = {}
        for name, head in self.heads.items():
            cols = raw[:, head.start : head.start + head.width]
            if head.binary:
                p1 = _sigmoid(cols[:, 0])
                probs[name] = np.stack([1.0 - p1, p1], axis=1)
            else:
                e = np.exp(cols - cols.max(axis=1, keepdims=True))
                probs[name] = e / e.sum(axis=1, keepdims=True)
        return Scored(self, probs, raw, feats)

    def predict(self, texts: Sequence[str]) -> Probabilities:
        """Per head, a (n_texts, n_classes) array of class probabilities (rows sum to 1)."""
        return self.score(texts).probs

    def explain(self, text: str, head: str, cls: str, top: int = 5) -> list[tuple[str, float]]:
        """The terms that pushed `head` towards class `cls` most (see `Scored.explain`)."""
        return self.score([text]).explain(0, head, cls, top)


@dataclass(frozen=True, slots=True)
class Scored:
    """A scored batch: probabilities per head, raw decisions, and the features behind them."""

    model: MultiHeadTextModel
    probs: Probabilities
    raw: npt.NDArray[np.float64]
    features: Features | None

    def explain(self, r: int, head: str, cls: str, top: int = 5) -> list[tuple[str, float]]:
        """The n-grams of post `r` that pushed `head` towards `cls` most, quoted from the prepared text,
        with their signed contributions, largest |contribution| first.

        For multi-class heads a term's push is its weight for `cls` minus the mean of the other classes,
        which is what moves the softmax. Char n-grams keep their padding spaces; blank ones are left out.
        """
        f = self.features
        if f is None:
            return []
        h = self.model.heads[head]
        k = h.classes.index(cls)
        lo, hi = np.searchsorted(f.row, [r, r + 1])
        if lo == hi:
            return []
        w = self.model.weights[f.feature[lo:hi], h.start : h.start + h.width].astype(np.float64)
        if h.binary:
            col = w[:, 0] if k == 1 else -w[:, 0]
        else:
            col = w[:, k] - (w.sum(axis=1) - w[:, k]) / max(h.width - 1, 1)
        contrib = col * f.value[lo:hi]
        # Only the few strongest matter: partition first, then sort just those.
        want = min(len(contrib), max(top, 0) + 4)  # slack for blank n-grams, which are skipped
        strength = np.abs(contrib)
        picked = np.argpartition(-strength, want - 1)[:want] if want < len(contrib) else np.arange(len(contrib))
        order = picked[np.argsort(-strength[picked], kind="stable")]
        out: list[tuple[str, float]] = []
        for j in order:
            term = f.terms.snippet(int(f.occurrence[lo + j]))
            if term.strip():
                out.append((term, float(contrib[j])))
                if len(out) >= top:
                    break
        return out

    def top_terms(self, head: str, wanted: Sequence[str | None], top: int = 3) -> list[list[tuple[str, float]]]:
        """For every post at once: the `top` n-grams that pushed `head` towards `wanted[r]` (None: skip the
        post), strongest first, positive pushes only. One pass over the batch instead of one per post."""
        f = self.features
        out: list[list[tuple[str, float]]] = [[] for _ in wanted]
        if f is None or not len(f.row) or all(w is None for w in wanted):
            return out
        h = self.model.heads[head]
        k_row = np.array([h.classes.index(c) if c is not None else -1 for c in wanted], dtype=np.int64)
        k = k_row[f.row]
        w = self.model.weights[f.feature, h.start : h.start + h.width].astype(np.float64)
        if h.binary:
            col = np.where(k == 1, w[:, 0], -w[:, 0])
        else:
            own = w[np.arange(len(w)), np.maximum(k, 0)]
            col = own - (w.sum(axis=1) - own) / max(h.width - 1, 1)
        contrib = col * f.value
        contrib[(k < 0) | (contrib <= 0)] = -np.inf
        # Padding and collapsed whitespace mean no n-gram is blank, so no filtering is needed here.
        seg_starts = np.flatnonzero(np.r_[True, f.row[1:] != f.row[:-1]])
        seg_id = np.repeat(np.arange(len(seg_starts)), np.diff(np.r_[seg_starts, len(f.row)]))
        for _ in range(max(top, 0)):
            best = np.maximum.reduceat(contrib, seg_starts)
            at_best = np.flatnonzero((contrib == best[seg_id]) & np.isfinite(contrib))
            if not len(at_best):
                break
            first = at_best[np.r_[True, seg_id[at_best][1:] != seg_id[at_best][:-1]]]
            for j in first.tolist():
                out[int(f.row[j])].append((f.terms.snippet(int(f.occurrence[j])), float(contrib[j])))
            contrib[first] = -np.inf
        return out


def _sigmoid(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)), dtype=np.float64)


_shipped: list[MultiHeadTextModel] = []
_lock = threading.Lock()


def shipped_model() -> MultiHeadTextModel:
    """The packaged model, loaded once per process."""
    with _lock:
        if not _shipped:
            _shipped.append(MultiHeadTextModel.load())
        return _shipped[0]
