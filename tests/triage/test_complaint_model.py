"""The shipped complaint model, the pure-Python inference's parity with scikit-learn, and retraining."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from amends.triage.linear import LinearTextModel, normalise_text

MODEL_PATH = Path(__file__).resolve().parents[2] / "src" / "amends" / "triage" / "models" / "complaint.json"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA_CSV = SHARED / "datasets" / "complaints_preotiuc2019" / "complaints-data.csv"
HAVE_SKLEARN = importlib.util.find_spec("sklearn") is not None

COMPLAINTS = [
    "@BigBank I've been on hold for 2 hours and still nobody has fixed my account. Worst service ever.",
    "@AirlineCo you lost my luggage AGAIN and nobody answers the phone. absolutely disgusting",
    "@PhoneShop my new phone stopped working after two days and you refuse to refund me. Terrible.",
    "@FoodDelivery order arrived cold and an hour late, still waiting for my refund. Never again",
    "@Telecom no internet for 3 days now, this is ridiculous, fix it",
]
NON_COMPLAINTS = [
    "@Shop do you have this jacket in a size medium?",
    "@Store what time do you open on Sunday?",
    "Thank you @CoffeeCo for the lovely coffee this morning, great staff!",
    "Happy birthday to my best friend, love you lots",
    "@AirlineCo thanks so much for the upgrade, amazing flight!",
]
ODD_INPUTS = [
    "",
    " ",
    "😡😡😡",
    "🙂",
    "x" * 10_000,
    "complaint " * 1_000,
    "\ud800",
    "broken\ud800 again",
    "\u200b\u200c\u200d\ufeff",
    "never\u200b again\u200d",
    "Ваш сервис ужасен 服务很差 الخدمة سيئة",
    "\x00\x01\t\n\r",
]


@pytest.fixture(scope="module")
def model() -> LinearTextModel:
    return LinearTextModel.load(MODEL_PATH)


def test_artifact_is_small_and_loads_by_resource_name(model: LinearTextModel) -> None:
    assert MODEL_PATH.stat().st_size <= 5 * 1024 * 1024
    by_name = LinearTextModel.load("complaint")
    assert by_name.predict_proba(COMPLAINTS[0]) == model.predict_proba(COMPLAINTS[0])
    assert model.classes == [0, 1]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_obvious_complaints_score_high(model: LinearTextModel, text: str) -> None:
    assert model.predict_proba(text) > 0.5


@pytest.mark.parametrize("text", NON_COMPLAINTS)
def test_questions_and_praise_score_low(model: LinearTextModel, text: str) -> None:
    assert model.predict_proba(text) < 0.5


def test_explain_returns_terms_from_the_text(model: LinearTextModel) -> None:
    text = COMPLAINTS[0]
    terms = model.explain(text, top=5)
    assert 0 < len(terms) <= 5
    haystack = normalise_text(text).lower()
    for term, contribution in terms:
        # word n-grams occur as-is; char_wb n-grams carry padding spaces at word edges
        assert term.strip(), term
        assert term.strip() in haystack, term
        assert contribution != 0.0
    magnitudes = [abs(c) for _, c in terms]
    assert magnitudes == sorted(magnitudes, reverse=True)
    # a complaint's strongest evidence includes something pushing towards "complaint"
    assert any(c > 0 for _, c in terms)
    assert model.explain(text, top=0) == []
    assert model.explain("") == []


@pytest.mark.parametrize("text", ODD_INPUTS, ids=lambda t: repr(t[:12]))
def test_odd_input_gives_a_probability(model: LinearTextModel, text: str) -> None:
    p = model.predict_proba(text)
    assert isinstance(p, float)
    assert 0.0 <= p <= 1.0
    model.explain(text)


def test_empty_text_scores_the_intercept(model: LinearTextModel) -> None:
    import math

    assert model.predict_proba("") == pytest.approx(1 / (1 + math.exp(-model.intercept)), abs=1e-15)


def test_normaliser() -> None:
    assert normalise_text("@Brand_1 see https://t.co/abc?x=1 and www.x.com, 2.50 for 3") == (
        "@user see http and http 0 for 0"
    )
    assert normalise_text("mail me a@b.com") == "mail me a@b.com"


def test_load_rejects_a_wrong_normaliser(tmp_path: Path) -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["normaliser"] = "something-else"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="normaliser"):
        LinearTextModel.load(bad)


def _parity_texts() -> list[str]:
    rng = random.Random(7)
    words = [
        "my",
        "order",
        "is",
        "late",
        "again",
        "and",
        "the",
        "refund",
        "never",
        "came",
        "thanks",
        "love",
        "you",
        "great",
        "help",
        "please",
        "why",
    ]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(150)]
    texts += COMPLAINTS + NON_COMPLAINTS + ODD_INPUTS
    texts += [
        "@Brand order #12345 https://t.co/xyz still not here!!! 😤😤",
        "Café naïve ÉCOLE straße İstanbul ǅ",
        "tabs\tand\nnewlines  and   spaces\u00a0nbsp\u3000ideographic",
        "a b c d e f g",
        "I",
        "日本語のテキストとEnglish mixed 123",
        "emoji🙂inside😡words",
        "ab" * 5_000,
        " ".join(rng.choice(words) for _ in range(2_000)),
    ]
    return texts


@pytest.mark.skipif(
    not HAVE_SKLEARN, reason="scikit-learn is not installed (pip install -e '.[dev]'); parity not checked"
)
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"word_ngram_range": (1, 3), "char_ngram_range": (1, 4), "sublinear_tf": False, "class_weight": None, "C": 0.5},
        {"char_ngram_range": None, "word_min_df": 1, "word_max_features": None},
        {"word_ngram_range": None, "char_ngram_range": (3, 6), "char_min_df": 1, "char_max_features": 500},
    ],
)
def test_parity_with_sklearn(tmp_path: Path, params: dict[str, object]) -> None:
    from amends.triage.training import build_pipeline, export_pipeline

    rng = random.Random(3)
    train = [t for t in _parity_texts() if t.strip()][:120]
    labels = [int("late" in t or "never" in t or rng.random() < 0.2) for t in train]
    norm_train = [normalise_text(t) for t in train]
    pipe = build_pipeline(params, seed=13)
    pipe.fit(norm_train, labels)
    out = tmp_path / "m.json"
    out.write_text(json.dumps(export_pipeline(pipe, name="parity"), ensure_ascii=False), encoding="utf-8")
    model = LinearTextModel.load(out)

    texts = _parity_texts()
    expected = pipe.predict_proba([normalise_text(t) for t in texts])[:, 1]
    decision = pipe.decision_function([normalise_text(t) for t in texts])
    ours = [model.predict_proba(t) for t in texts]
    assert len(set(round(p, 6) for p in ours)) > 20  # the model actually discriminates
    for text, p, e, d in zip(texts, ours, expected, decision, strict=True):
        assert abs(p - float(e)) <= 1e-9, text[:40]
        assert abs(model.decision_function(text) - float(d)) <= 1e-9, text[:40]


@pytest.mark.skipif(not HAVE_SKLEARN, reason="scikit-learn is not installed; cannot retrain")
@pytest.mark.skipif(not DATA_CSV.exists(), reason=f"complaints data not present at {DATA_CSV}; retraining not checked")
def test_retraining_reproduces_the_shipped_artifact(tmp_path: Path, model: LinearTextModel) -> None:
    from amends.triage.training import load_complaints, train_complaint_model

    out = tmp_path / "complaint.json"
    train_complaint_model(DATA_CSV, out, cv=False)
    retrained = LinearTextModel.load(out)
    texts, _ = load_complaints(DATA_CSV)
    sample = random.Random(13).sample(texts, 50)
    for text in sample:
        assert retrained.predict_proba(text) == pytest.approx(model.predict_proba(text), abs=1e-9), text
