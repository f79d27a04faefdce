"""How alike two replies are, for the copy_paste check and for measuring how varied a set of replies is.

A reply becomes a bag of character 3–5-grams taken inside words, after the parts that change between
otherwise identical canned replies are normalised away: handles, URLs, e-mail addresses, digits and case.
Two bags are compared by cosine similarity. Character n-grams (rather than whole words) make small edits,
plurals and typos count as the same text, which is what "copy-paste with the name swapped" looks like.

The n-grams are kept as strings (no hashing), so results are exact and identical across processes.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # starts only at a token start: linear time
_HANDLE = re.compile(r"@\w+")
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^\w]+")  # punctuation, emoji, whitespace: word separators
_SIGN_OFF = re.compile(r"(?:\^|[-–—~]\s*)\w{1,3}\s*$")  # "^JD", "- Sam": the agent's initials change per reply

_N_SIZES = (3, 4, 5)


def normalise(text: str) -> str:
    """Lower-case words with handles, URLs, e-mail addresses and numbers replaced by placeholders."""
    if not isinstance(text, str):
        return ""
    text = _SIGN_OFF.sub(" ", text)
    text = _URL.sub(" url ", text)
    text = _EMAIL.sub(" email ", text)
    text = _HANDLE.sub(" ", text)
    text = _DIGITS.sub("0", text.casefold())
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


@lru_cache(maxsize=4096)
def _vector(text: str) -> tuple[dict[str, float], float]:
    """The n-gram counts of `text` and their Euclidean norm (cached: recent replies are checked again and again)."""
    grams: Counter[str] = Counter()
    for word in normalise(text).split():
        padded = f" {word} "
        size = len(padded)
        if size <= _N_SIZES[0]:  # a one-letter word: keep it as a single gram so it still counts
            grams[padded] += 1
            continue
        for n in _N_SIZES:
            grams.update(padded[i : i + n] for i in range(size - n + 1))
    vec = {g: float(c) for g, c in grams.items()}
    return vec, math.sqrt(sum(v * v for v in vec.values()))


def _cosine(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    (va, na), (vb, nb) = a, b
    if na == 0.0 or nb == 0.0:
        return 0.0
    dot = sum(va[g] * vb[g] for g in va.keys() & vb.keys())
    return max(0.0, min(1.0, dot / (na * nb)))


def similarity(a: str, b: str) -> float:
    """Cosine similarity in [0, 1] of the two texts' normalised character n-grams (0 when either is empty)."""
    if not isinstance(a, str) or not isinstance(b, str):
        return 0.0
    return _cosine(_vector(a), _vector(b))


class _Index:
    """Many texts' unit vectors in one sparse matrix (rows = texts), so one text is compared with all of them
    in a few numpy operations instead of a Python loop per text."""

    __slots__ = ("data", "indices", "rows", "size", "vocab")

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.vocab: dict[str, int] = {}
        rows: list[int] = []
        indices: list[int] = []
        data: list[float] = []
        for row, text in enumerate(texts):
            vec, norm = _vector(text)
            if norm == 0.0:
                continue
            for g, w in vec.items():
                rows.append(row)
                indices.append(self.vocab.setdefault(g, len(self.vocab)))
                data.append(w / norm)
        self.size = len(texts)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.data = np.asarray(data, dtype=np.float64)

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        vec, norm = _vector(text)
        query = np.zeros(len(self.vocab) + 1, dtype=np.float64)  # the extra slot keeps an empty vocabulary valid
        if norm > 0.0:
            for g, w in vec.items():
                i = self.vocab.get(g)
                if i is not None:
                    query[i] = w / norm
        if not len(self.rows):
            return np.zeros(self.size, dtype=np.float64)
        dots = np.bincount(self.rows, weights=self.data * query[self.indices], minlength=self.size)
        return np.clip(dots, 0.0, 1.0)


@lru_cache(maxsize=16)
def _index(texts: tuple[str, ...]) -> _Index:
    return _Index(texts)


def most_similar(text: str, others: Iterable[str]) -> tuple[int, float] | None:
    """The index in `others` of the text most like `text`, and how alike they are; None when `others` is empty."""
    if not isinstance(text, str):
        return None
    pool = tuple(o if isinstance(o, str) else "" for o in others)
    if not pool:
        return None
    if len(pool) >= 8:  # the brand's recent replies arrive again with every check: index them once
        scores = _index(pool).scores(text)
        top = int(np.argmax(scores))
        return top, float(scores[top])
    vec = _vector(text)
    best: tuple[int, float] | None = None
    for i, other in enumerate(pool):
        score = _cosine(vec, _vector(other))
        if best is None or score > best[1]:
            best = (i, score)
    return best


def max_similarity(text: str, others: Iterable[str]) -> float:
    """The highest similarity between `text` and any of `others` (0 when there are none)."""
    best = most_similar(text, others)
    return 0.0 if best is None else best[1]


def mean_pairwise_similarity(texts: Sequence[str]) -> float:
    """The mean similarity over all distinct pairs of `texts` (0 for fewer than two texts).

    With every vector scaled to unit length, the sum of all pairwise dot products is
    (|Σv|² − n) / 2, so the mean takes one pass over the texts rather than n² comparisons.
    Empty texts count as vectors of zero similarity to everything.
    """
    n = len(texts)
    if n < 2:
        return 0.0
    total: dict[str, float] = {}
    units = 0
    for text in texts:
        vec, norm = _vector(text) if isinstance(text, str) else ({}, 0.0)
        if norm == 0.0:
            continue
        units += 1
        for g, w in vec.items():
            total[g] = total.get(g, 0.0) + w / norm
    squared = math.fsum(v * v for v in total.values())
    mean = (squared - units) / (n * (n - 1))
    return max(0.0, min(1.0, mean))


def pairwise_similarities(texts: Sequence[str]) -> list[list[float]]:
    """The full similarity matrix of `texts` (for small sets: it makes n² comparisons)."""
    vecs = [_vector(t) if isinstance(t, str) else ({}, 0.0) for t in texts]
    out = [[0.0] * len(vecs) for _ in vecs]
    for i, a in enumerate(vecs):
        out[i][i] = 1.0 if a[1] else 0.0
        for j in range(i + 1, len(vecs)):
            out[i][j] = out[j][i] = _cosine(a, vecs[j])
    return out
