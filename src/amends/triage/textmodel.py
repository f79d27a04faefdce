"""Shared-feature text classifiers: one featurisation per post, many linear heads.

Triage asks several questions of every post (complaint? how severe? which sentiment and emotion?
offensive? hateful? a troll? a suggestion? legal risk?). Featurising the text is the expensive
part, so it is done once: two TF-IDF blocks over a vocabulary shared by every head, then one matrix
product gives every head's scores at once. The heads are logistic regressions trained offline with
scikit-learn (`amends.triage.training`), exported to a `.npz` artifact that holds only the
vocabulary, idf and weights; inference needs numpy and nothing else (no scikit-learn, no pickle).

Featurisation (`analyse`, shared verbatim with training so the two cannot drift):

1. `normalise_text`: URLs → "http", @handles → "@user", digit runs → "0"; then lower-case.
2. word block: tokens of two or more word characters, unigrams and bigrams;
3. char block: 2–5-grams over the whitespace-collapsed text padded with one space each side.

Each block: `1 + ln(count)`, times idf, l2-normalised on its own. A head's decision is `x·W + b`;
binary heads use the logistic function, multi-class heads the softmax.
"""

from __future__ import annotations

import io
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise, repeat
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

FORMAT = "amends.multihead-text-model/1"
NORMALISER_VERSION = "tweet-v1"
DEFAULT_MODEL = "triage.npz"

_USER = re.compile(r"(?<![\w@])@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")
WORD = re.compile(r"(?u)\b\w\w+\b")
CHAR_NS = (2, 3, 4, 5)
MAX_ANALYSED_CHARS = 2000  # a 10,000-character post is featurised on its first 2,000 characters


def normalise_text(text: str) -> str:
    """URLs → "http", @handles → "@user", runs of digits → "0" (version `NORMALISER_VERSION`)."""
    text = _URL.sub("http", text)
    text = _USER.sub("@user", text)
    return _NUMBER.sub("0", text)


def prepare(text: str) -> str:
    """The normalised, lower-cased, whitespace-collapsed text both blocks are computed from."""
    if len(text) > MAX_ANALYSED_CHARS:
        text = text[:MAX_ANALYSED_CHARS]
    return _SPACES.sub(" ", normalise_text(text).lower()).strip()


def word_terms(prepared: str) -> list[str]:
    tokens = WORD.findall(prepared)
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


def char_terms(prepared: str) -> list[str]:
    padded = f" {prepared} "
    n_chars = len(padded)
    return [padded[i : i + n] for n in CHAR_NS for i in range(n_chars - n + 1)]


def analyse(text: str) -> tuple[list[str], list[str]]:
    """(word terms, char terms) of a raw post; training fits its vocabularies on exactly these."""
    prepared = prepare(text)
    return word_terms(prepared), char_terms(prepared)


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


class MultiHeadTextModel:
    """Loaded artifact: vocabularies, idf and the weight matrix of every head."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        meta = json.loads(str(arrays["meta"]))
        if meta.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} artifact: {meta.get('format')!r}")
        if meta.get("normaliser") != NORMALISER_VERSION:
            raise ValueError(f"artifact wants normaliser {meta.get('normaliser')!r}, code has {NORMALISER_VERSION!r}")
        self.metadata: dict[str, Any] = meta
        self.version: str = str(meta.get("version", "unversioned"))
        words = [str(t) for t in arrays["word_vocab"]]
        chars = [str(t) for t in arrays["char_vocab"]]
        self.word_vocab: dict[str, int] = {t: i for i, t in enumerate(words)}
        self.char_vocab: dict[str, int] = {t: i + len(words) for i, t in enumerate(chars)}
        self.terms: list[str] = words + chars
        self.n_words = len(words)
        self.idf: npt.NDArray[np.float64] = np.asarray(arrays["idf"], dtype=np.float64)
        self.weights: npt.NDArray[np.float32] = np.asarray(arrays["weights"], dtype=np.float32)
        self.bias: npt.NDArray[np.float64] = np.asarray(arrays["bias"], dtype=np.float64)
        n_features = len(self.terms)
        if self.idf.shape != (n_features,) or self.weights.shape[0] != n_features:
            raise ValueError("vocabulary, idf and weights do not line up")
        self.heads: dict[str, Head] = {}
        for h in meta["heads"]:
            head = Head(str(h["name"]), tuple(str(c) for c in h["classes"]), int(h["start"]), int(h["width"]))
            if head.start + head.width > self.weights.shape[1]:
                raise ValueError(f"head {head.name!r} points outside the weight matrix")
            self.heads[head.name] = head

    @classmethod
    def load(cls, source: str | Path = DEFAULT_MODEL) -> MultiHeadTextModel:
        """From a path, or a resource name inside `amends.triage.models` (default: the shipped model)."""
        path = Path(source)
        if path.exists():
            data = path.read_bytes()
        else:
            data = resources.files("amends.triage").joinpath("models", str(source)).read_bytes()
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return cls({k: arrays[k] for k in arrays.files})

    # ------------------------------------------------------------------ scoring
    def _rows(self, texts: Sequence[str]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64], npt.NDArray[np.intp]]:
        """Unique (text, feature) pairs of a batch: feature indices, l2-normalised tf-idf values, text rows.

        All terms of the batch are looked up in one pass and counted with one `np.unique` over
        `row * n_features + index`, so the per-term work stays in C.
        """
        n_features = len(self.terms)
        ids: list[int] = []
        rows: list[int] = []
        word_get = self.word_vocab.get
        char_get = self.char_vocab.get
        for r, text in enumerate(texts):
            words, chars = analyse(text)
            before = len(ids)
            ids.extend(map(word_get, words, repeat(-1)))
            ids.extend(map(char_get, chars, repeat(-1)))
            rows.extend(repeat(r, len(ids) - before))
        id_arr = np.asarray(ids, dtype=np.int64)
        keep = id_arr >= 0
        keys = np.asarray(rows, dtype=np.int64)[keep] * n_features + id_arr[keep]
        uniq, counts = np.unique(keys, return_counts=True)
        row = (uniq // n_features).astype(np.intp)
        idx = (uniq % n_features).astype(np.intp)
        values = (1.0 + np.log(counts.astype(np.float64))) * self.idf[idx]
        # l2 norm per (text, block) segment.
        segment = row * 2 + (idx >= self.n_words)
        norms = np.sqrt(np.bincount(segment, weights=values * values, minlength=2 * len(texts)))
        values = values / norms[segment]
        return idx, values, row

    def score(self, texts: Sequence[str]) -> Scored:
        """Every head's probabilities for a batch, keeping the features so rows can be explained."""
        n = len(texts)
        raw = np.tile(self.bias, (n, 1))
        idx, values, row = self._rows(texts) if n else (np.zeros(0, np.intp), np.zeros(0), np.zeros(0, np.intp))
        if len(idx):
            contrib = self.weights[idx] * values.astype(np.float32)[:, None]
            starts = np.flatnonzero(np.r_[True, row[1:] != row[:-1]])
            raw[row[starts]] += np.add.reduceat(contrib, starts, axis=0)
        probs: Probabilities = {}
        for name, head in self.heads.items():
            cols = raw[:, head.start : head.start + head.width]
            if head.binary:
                p1 = _sigmoid(cols[:, 0])
                probs[name] = np.stack([1.0 - p1, p1], axis=1)
            else:
                e = np.exp(cols - cols.max(axis=1, keepdims=True))
                probs[name] = e / e.sum(axis=1, keepdims=True)
        return Scored(self, probs, raw, idx, values, row)

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
    idx: npt.NDArray[np.intp]
    values: npt.NDArray[np.float64]
    row: npt.NDArray[np.intp]

    def explain(self, r: int, head: str, cls: str, top: int = 5) -> list[tuple[str, float]]:
        """The terms of row `r` that pushed `head` towards class `cls` most, signed, largest |c| first.

        For multi-class heads a term's push is its weight for `cls` minus the mean of the other classes,
        which is what moves the softmax. Char n-grams keep their padding spaces; blank ones are left out.
        """
        h = self.model.heads[head]
        k = h.classes.index(cls)
        lo, hi = np.searchsorted(self.row, [r, r + 1])
        if lo == hi:
            return []
        idx = self.idx[lo:hi]
        w = self.model.weights[idx, h.start : h.start + h.width].astype(np.float64)
        if h.binary:
            col = w[:, 0] if k == 1 else -w[:, 0]
        else:
            col = w[:, k] - (w.sum(axis=1) - w[:, k]) / max(h.width - 1, 1)
        contrib = col * self.values[lo:hi]
        # Only the few strongest matter: partition first, then sort just those (a full sort per post is slow).
        want = min(len(contrib), max(top, 0) + 4)  # a little slack for blank n-grams that are skipped
        strength = np.abs(contrib)
        picked = np.argpartition(-strength, want - 1)[:want] if want < len(contrib) else np.arange(len(contrib))
        order = picked[np.argsort(-strength[picked], kind="stable")]
        terms = self.model.terms
        out: list[tuple[str, float]] = []
        for j in order:
            term = terms[int(idx[j])]
            if term.strip():
                out.append((term, float(contrib[j])))
                if len(out) >= top:
                    break
        return out


def _sigmoid(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    return np.asarray(0.5 * (1.0 + np.tanh(0.5 * z)), dtype=np.float64)


_cache: dict[str, MultiHeadTextModel] = {}
_lock = threading.Lock()


def shipped_model(name: str = DEFAULT_MODEL) -> MultiHeadTextModel:
    """The packaged model, loaded once per process."""
    with _lock:
        model = _cache.get(name)
        if model is None:
            model = _cache[name] = MultiHeadTextModel.load(name)
        return model
