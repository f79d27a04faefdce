"""The shipped text model: numpy inference reproduces scikit-learn, and the artifact is what it claims."""

from __future__ import annotations

import numpy as np
import pytest

from amends.triage.features import extract
from amends.triage.textmodel import MultiHeadTextModel, shipped_model

pytest.importorskip("sklearn", reason="scikit-learn (dev extra) trains the reference model")

from amends.triage.training import Featuriser, HeadSpec, export_model, fit_head

TEXTS = [
    "@Brand my order never arrived, third time this month",
    "@Brand love the new app, so quick",
    "@Brand why was I charged twice?? refund please",
    "@Brand great service today at the Leeds store, thank you Priya",
    "@Brand parcel left in the rain again, soaked and ruined",
    "@Brand happy friday everyone",
    "@Brand on hold 2 hours, worst customer service ever",
    "@Brand the staff were lovely and helpful",
    "@Brand app crashes every time I log in",
    "@Brand thanks for sorting my booking so fast",
] * 3
BINARY = ["yes", "no", "yes", "no", "yes", "no", "yes", "no", "yes", "no"] * 3
MULTI = ["neg", "pos", "neg", "pos", "neg", "neu", "neg", "pos", "neg", "pos"] * 3


def test_numpy_inference_matches_scikit_learn() -> None:
    feats = Featuriser(word_min_df=1, char_min_df=1).fit(TEXTS)
    x = feats.transform(TEXTS)
    binary = HeadSpec("complaint", ("no", "yes"), lambda _: ([], []))
    multi = HeadSpec("sentiment", ("neg", "neu", "pos"), lambda _: ([], []))
    clf_b = fit_head(binary, x, BINARY, 13)
    clf_m = fit_head(multi, x, MULTI, 13)
    payload, meta = export_model(feats, [(binary, clf_b, len(TEXTS), 0), (multi, clf_m, len(TEXTS), 0)], seed=13)
    import io

    with np.load(io.BytesIO(payload)) as arrays:
        model = MultiHeadTextModel({k: arrays[k] for k in arrays.files})
    probe = [*TEXTS[:10], "an unseen post about a refund 😡", "", "@Brand @Brand http://x.example 1234"]
    ours = model.predict(probe)
    ref = feats.transform(probe)
    # float16 weights: agreement to about 1e-3, and the same decisions.
    assert np.allclose(ours["complaint"], clf_b.predict_proba(ref), atol=2e-3)
    assert np.allclose(ours["sentiment"], clf_m.predict_proba(ref), atol=2e-3)
    assert model.version == meta["version"]


def test_explanations_name_the_terms_that_pushed_the_score() -> None:
    model = shipped_model()
    terms = model.explain("@Brand worst service ever, still waiting for my refund", "complaint", "yes", top=5)
    assert len(terms) == 5
    assert [abs(c) for _, c in terms] == sorted((abs(c) for _, c in terms), reverse=True)
    assert any("worst" in t or "refund" in t or "waiting" in t for t, _ in terms)


def test_the_shipped_artifact_is_small_versioned_and_has_every_head() -> None:
    model = shipped_model()
    assert set(model.heads) == {
        "complaint", "severity", "sentiment", "emotion", "offensive", "hate", "troll", "suggestion", "legal",
    }  # fmt: skip
    assert model.version.startswith("triage-")
    for head in model.heads.values():
        assert model.metadata["heads"][[h["name"] for h in model.metadata["heads"]].index(head.name)]["n_train"] > 300


def test_featurisation_is_bounded_on_huge_input() -> None:
    terms = extract(["x" * 100_000])
    assert len(terms.key) < 10_000


def test_batch_evidence_agrees_with_per_post_explanations() -> None:
    model = shipped_model()
    texts = [
        "@Brand worst service ever, still waiting for my refund",
        "thanks so much, brilliant staff",
        "",
        "@Brand the app crashed again and deleted my photos, useless",
    ]
    scored = model.score(texts)
    batch = scored.top_terms("complaint", ["yes", None, "yes", "yes"], top=3)
    assert batch[1] == [] and batch[2] == []
    for r in (0, 3):
        single = [(t, c) for t, c in scored.explain(r, "complaint", "yes", top=10) if c > 0][:3]
        assert [t for t, _ in batch[r]] == [t for t, _ in single]
        assert all(c > 0 for _, c in batch[r])
