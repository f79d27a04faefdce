"""Vectorised n-gram features for a batch of posts: word 1–2-grams and character 2–5-grams as 64-bit keys.

Featurising text term by term in Python (slice every n-gram, look each up in a dict) cost most of the
triage budget. Here a whole batch is joined into one string, turned into a numpy array of code points,
and every n-gram gets a 64-bit key from a polynomial prefix hash in a handful of array operations:

    P[k] = Σ_{j<k} c_j·B^j (mod 2^64),   key(i, n) = mix((P[i+n] − P[i])·B^−i, n, block)

so the same characters give the same key wherever they occur. Word tokens come from one regular
expression pass over the joined string; a bigram's key mixes its two word keys. Training
(`amends.triage.training`) and inference use exactly this function, so they cannot drift. Keys are
not reversible: every term keeps the position of one occurrence, which is how explanations quote it.

Collisions between different n-grams need two 64-bit keys to agree; with ~10^5 vocabulary keys that
is negligible. The hash is not meant to resist an adversary, only to index features.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

NORMALISER_VERSION = "tweet-v1"
FEATURES_VERSION = "hashed-ngrams-v1"
MAX_ANALYSED_CHARS = 2000  # a 10,000-character post is featurised on its first 2,000 characters
CHAR_NS = (2, 3, 4, 5)
WORD_BLOCK, CHAR_BLOCK = 0, 1

_USER = re.compile(r"(?<![\w@])@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")
WORD = re.compile(r"(?u)\b\w\w+\b")

_B = np.uint64(0x100000001B3)  # odd, so it has an inverse modulo 2^64
_B_INV = np.uint64(pow(int(_B), -1, 2**64))
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_LEN = np.uint64(0x9E3779B97F4A7C15)
_BLOCK = np.uint64(0xD6E8FEB86659FD93)
_BIGRAM = np.uint64(0xA0761D6478BD642F)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


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


def _mix(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    # splitmix64's finaliser: spreads the polynomial hash over all 64 bits.
    x = x ^ (x >> _S30)
    x = x * _MIX1
    x = x ^ (x >> _S27)
    x = x * _MIX2
    return x ^ (x >> _S31)


class _Powers:
    """B^k and B^-k modulo 2^64 for k < size, grown on demand and shared across batches."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=np.uint64)
        self.down = np.ones(1, dtype=np.uint64)
        self.lock = threading.Lock()

    def get(self, size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
        with self.lock:
            if len(self.up) < size:
                n = max(size, 2 * len(self.up))
                up = np.empty(n, dtype=np.uint64)
                down = np.empty(n, dtype=np.uint64)
                up[0] = down[0] = 1
                with np.errstate(over="ignore"):
                    up[1:] = np.cumprod(np.full(n - 1, _B, dtype=np.uint64))
                    down[1:] = np.cumprod(np.full(n - 1, _B_INV, dtype=np.uint64))
                self.up, self.down = up, down
            return self.up[:size], self.down[:size]


_POWERS = _Powers()


@dataclass(frozen=True, slots=True)
class Terms:
    """Every n-gram occurrence of a batch: which post, its key and block, where it is in `joined`."""

    joined: str  # the prepared posts, each padded with a space, separated by NUL
    row: npt.NDArray[np.int64]
    key: npt.NDArray[np.uint64]
    block: npt.NDArray[np.uint8]
    start: npt.NDArray[np.int64]
    length: npt.NDArray[np.int64]
    n_rows: int

    def snippet(self, i: int) -> str:
        s = int(self.start[i])
        return self.joined[s : s + int(self.length[i])]


def extract(texts: Sequence[str]) -> Terms:
    """All word 1–2-gram and char 2–5-gram occurrences of the batch, with their keys."""
    padded = [f" {prepare(t)} " for t in texts]
    joined = "\x00".join(padded) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    size = len(codes)
    up, down = _POWERS.get(size + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(size + 1, dtype=np.uint64)
        np.cumsum(codes * up[:size], out=prefix[1:])
    lengths = np.fromiter((len(p) + 1 for p in padded), dtype=np.int64, count=len(padded))
    row_of = np.repeat(np.arange(len(padded), dtype=np.int64), lengths)
    end_of = np.repeat(np.cumsum(lengths) - 1, lengths)  # index of each row's NUL separator

    def keys(starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64], block: int) -> npt.NDArray[np.uint64]:
        with np.errstate(over="ignore"):
            h = (prefix[ends] - prefix[starts]) * down[starts]
            tag = (ends - starts).astype(np.uint64) * _LEN + np.uint64(block + 1) * _BLOCK
            return _mix(h + tag)

    rows: list[npt.NDArray[np.int64]] = []
    out_keys: list[npt.NDArray[np.uint64]] = []
    blocks: list[npt.NDArray[np.uint8]] = []
    starts_out: list[npt.NDArray[np.int64]] = []
    lens_out: list[npt.NDArray[np.int64]] = []

    # Words and bigrams: one regex pass over the joined batch (NUL and space are not word characters).
    spans = np.array([m.span() for m in WORD.finditer(joined)], dtype=np.int64).reshape(-1, 2)
    if len(spans):
        w_start, w_end = spans[:, 0], spans[:, 1]
        w_row = row_of[w_start]
        w_key = keys(w_start, w_end, WORD_BLOCK)
        same = w_row[1:] == w_row[:-1]
        with np.errstate(over="ignore"):
            b_key = _mix(w_key[:-1][same] * _BIGRAM + w_key[1:][same])
        rows += [w_row, w_row[:-1][same]]
        out_keys += [w_key, b_key]
        blocks += [np.zeros(len(w_key) + len(b_key), dtype=np.uint8)]
        starts_out += [w_start, w_start[:-1][same]]
        lens_out += [w_end - w_start, w_end[1:][same] - w_start[:-1][same]]

    # Char n-grams that stay inside one padded post.
    positions = np.arange(size, dtype=np.int64)
    for n in CHAR_NS:
        ok = positions + n <= end_of
        s = positions[ok]
        rows.append(row_of[s])
        out_keys.append(keys(s, s + n, CHAR_BLOCK))
        blocks.append(np.ones(len(s), dtype=np.uint8))
        starts_out.append(s)
        lens_out.append(np.full(len(s), n, dtype=np.int64))

    return Terms(
        joined=joined,
        row=np.concatenate(rows),
        key=np.concatenate(out_keys),
        block=np.concatenate(blocks),
        start=np.concatenate(starts_out),
        length=np.concatenate(lens_out),
        n_rows=len(texts),
    )
