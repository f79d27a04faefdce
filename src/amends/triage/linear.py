"""Pure-Python inference for a linear model over TF-IDF word and character n-grams.

The model is trained offline with scikit-learn (`amends.triage.training`): a `FeatureUnion` of
`TfidfVectorizer`s (one per *block*, e.g. word 1-2 grams and char_wb 2-5 grams) followed by a binary
`LogisticRegression`. Its fitted state is written as a small JSON artifact, and this module reproduces
the decision exactly with the standard library only — no scikit-learn, no numpy, no pickle.

Reproduced steps, per block: lowercase (`str.lower`), analyse (word n-grams over `token_pattern`, or
whitespace-padded char n-grams inside words like sklearn's `char_wb`), count the terms in the block's
vocabulary, optionally `1 + ln(tf)`, multiply by idf, l2-normalise the block's row. The blocks are
concatenated, and the probability of the positive class is `1 / (1 + exp(-(w·x + b)))`.

Before any of that the text goes through `normalise_text` (the same function training uses): @handles
become "@user", URLs "http", digit runs "0". Its version is recorded in the artifact and checked on load.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

NORMALISER_VERSION = "tweet-v1"
FORMAT = "amends.linear-text-model/1"

_USER = re.compile(r"(?<![\w@])@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WHITE_SPACES = re.compile(r"\s\s+")  # as sklearn's _VectorizerMixin._white_spaces


def normalise_text(text: str) -> str:
    """Tweet normalisation shared by training and inference (version `NORMALISER_VERSION`).

    URLs → "http", @handles → "@user", runs of digits (with inner separators) → "0". Anything else
    (case, emoji, punctuation) is left to the vectoriser.
    """
    text = _URL.sub("http", text)
    text = _USER.sub("@user", text)
    return _NUMBER.sub("0", text)


def _word_ngrams(tokens: list[str], min_n: int, max_n: int) -> list[str]:
    # Mirrors sklearn's _VectorizerMixin._word_ngrams (no stop words); order is irrelevant to counts.
    out: list[str] = []
    n_tokens = len(tokens)
    for n in range(min_n, min(max_n, n_tokens) + 1):
        if n == 1:
            out.extend(tokens)
        else:
            out.extend(" ".join(tokens[i : i + n]) for i in range(n_tokens - n + 1))
    return out


def _char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    # Mirrors sklearn's _VectorizerMixin._char_wb_ngrams, including the "short word counted once" rule.
    text = _WHITE_SPACES.sub(" ", text)
    out: list[str] = []
    append = out.append
    for w in text.split():
        w = " " + w + " "
        w_len = len(w)
        for n in range(min_n, max_n + 1):
            offset = 0
            append(w[offset : offset + n])
            while offset + n < w_len:
                offset += 1
                append(w[offset : offset + n])
            if offset == 0:
                break
    return out


@dataclass(frozen=True, slots=True)
class _Block:
    """One TfidfVectorizer of the union, with its slice of the coefficients."""

    name: str
    analyzer: Callable[[str], list[str]]
    lowercase: bool
    sublinear_tf: bool
    norm: str | None
    vocabulary: dict[str, int]  # term → index within the block
    idf: list[float]
    coef: list[float]

    def weights(self, text: str) -> dict[str, tuple[float, float]]:
        """term → (tf-idf value after normalisation, coefficient) for the terms of `text` in the vocabulary."""
        if self.lowercase:
            text = text.lower()
        vocab = self.vocabulary
        counts = Counter(t for t in self.analyzer(text) if t in vocab)
        values: dict[str, float] = {}
        for term, count in counts.items():
            tf = 1.0 + math.log(count) if self.sublinear_tf else float(count)
            values[term] = tf * self.idf[vocab[term]]
        if self.norm == "l2":
            scale = math.sqrt(math.fsum(v * v for v in values.values()))
        elif self.norm == "l1":
            scale = math.fsum(abs(v) for v in values.values())
        else:
            scale = 0.0
        if scale > 0.0:
            values = {t: v / scale for t, v in values.items()}
        return {t: (v, self.coef[vocab[t]]) for t, v in values.items()}


def _make_analyzer(cfg: dict[str, Any]) -> Callable[[str], list[str]]:
    kind = cfg["analyzer"]
    min_n, max_n = (int(x) for x in cfg["ngram_range"])
    if kind == "word":
        pattern = re.compile(cfg["token_pattern"])
        return lambda text: _word_ngrams(pattern.findall(text), min_n, max_n)
    if kind == "char_wb":
        return lambda text: _char_wb_ngrams(text, min_n, max_n)
    raise ValueError(f"unsupported analyzer {kind!r}")


class LinearTextModel:
    """A binary TF-IDF + logistic-regression text classifier loaded from its JSON artifact."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} artifact: {data.get('format')!r}")
        if data.get("normaliser") != NORMALISER_VERSION:
            raise ValueError(
                f"artifact wants normaliser {data.get('normaliser')!r}, this code has {NORMALISER_VERSION!r}"
            )
        self.name: str = data.get("name", "")
        self.classes: list[Any] = list(data["classes"])
        if len(self.classes) != 2:
            raise ValueError("only binary models are supported")
        self.intercept: float = float(data["intercept"])
        self.metadata: dict[str, Any] = dict(data.get("metadata", {}))
        blocks: list[_Block] = []
        for b in data["blocks"]:
            cfg = b["config"]
            vocab = {str(t): int(i) for t, i in b["vocabulary"].items()}
            idf = [float(x) for x in b["idf"]]
            coef = [float(x) for x in b["coef"]]
            if not (len(vocab) == len(idf) == len(coef)) or sorted(vocab.values()) != list(range(len(vocab))):
                raise ValueError(f"block {b.get('name')!r}: vocabulary, idf and coef do not line up")
            blocks.append(
                _Block(
                    name=str(b.get("name", cfg["analyzer"])),
                    analyzer=_make_analyzer(cfg),
                    lowercase=bool(cfg["lowercase"]),
                    sublinear_tf=bool(cfg["sublinear_tf"]),
                    norm=cfg["norm"],
                    vocabulary=vocab,
                    idf=idf,
                    coef=coef,
                )
            )
        self.blocks: tuple[_Block, ...] = tuple(blocks)

    @classmethod
    def load(cls, source: str | Path) -> LinearTextModel:
        """Load from a filesystem path, or from a resource name inside `amends.triage.models` ("complaint")."""
        path = Path(source)
        if path.suffix == ".json" and path.exists():
            text = path.read_text(encoding="utf-8")
        else:
            name = str(source) if str(source).endswith(".json") else f"{source}.json"
            text = resources.files("amends.triage").joinpath("models", name).read_text(encoding="utf-8")
        return cls(json.loads(text))

    def _contributions(self, text: str) -> list[tuple[str, float]]:
        norm = normalise_text(text)
        out: list[tuple[str, float]] = []
        for block in self.blocks:
            out.extend((term, value * coef) for term, (value, coef) in block.weights(norm).items())
        return out

    def decision_function(self, text: str) -> float:
        """w·x + b; positive means the second class (`classes[1]`, e.g. complaint)."""
        return math.fsum(c for _, c in self._contributions(text)) + self.intercept

    def predict_proba(self, text: str) -> float:
        """Probability of `classes[1]` (for the complaint model: that the post is a complaint)."""
        z = self.decision_function(text)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def explain(self, text: str, top: int = 5) -> list[tuple[str, float]]:
        """The `top` terms that moved the score most (by |contribution|), with their signed contribution.

        Terms are n-grams of the normalised, lower-cased text (char n-grams keep their padding spaces);
        whitespace-only char n-grams are left out.
        """
        contributions = [(t, c) for t, c in self._contributions(text) if t.strip()]  # a lone space says nothing
        contributions.sort(key=lambda tc: (-abs(tc[1]), tc[0]))
        return contributions[: max(top, 0)]
