"""Text similarity for copy_paste and for measuring how varied a set of replies is."""

from __future__ import annotations

import random

import pytest

from amends.respond.similarity import (
    max_similarity,
    mean_pairwise_similarity,
    most_similar,
    normalise,
    pairwise_similarities,
    similarity,
)


def test_handles_urls_digits_and_case_do_not_count() -> None:
    assert similarity("@a123 sorry about order 5", "@b456 sorry about order 9") == pytest.approx(1.0)
    assert similarity("See https://x.co/a1 NOW", "see http://y.org/zz now") == pytest.approx(1.0)
    assert normalise("Hi @dana_w, ORDER #12345!") == "hi order 0"


def test_templates_with_the_name_swapped_are_copies_but_different_replies_are_not() -> None:
    a = "Hi Dana, so sorry your parcel is late. Please DM us your order number and we'll chase the courier today. ^JD"
    b = "Hi Samuel, so sorry your parcel is late. Please DM us your order number and we'll chase the courier today. ^MK"
    c = "Hi Sam, really sorry the jacket arrived torn. Please DM us your order number and we'll sort a replacement."
    d = "Sorry about the wait, Tom! Your refund went out this morning and should show in 3-5 days."
    assert similarity(a, b) > 0.9
    assert 0.3 < similarity(a, c) < 0.8
    assert similarity(a, d) < 0.3


def test_bounds_symmetry_and_empty_texts() -> None:
    assert similarity("", "") == 0.0
    assert similarity("abc", "") == 0.0
    assert similarity("same text", "same text") == pytest.approx(1.0)
    assert similarity("one thing", "another") == pytest.approx(similarity("another", "one thing"))
    assert 0.0 <= similarity("\ud800 lone surrogate", "😀 emoji") <= 1.0


def test_most_and_max_similarity() -> None:
    others = ["totally different words here", "sorry about order 7, we'll chase it", "nothing alike"]
    best = most_similar("Sorry about order 3, we'll chase it!", others)
    assert best is not None and best[0] == 1 and best[1] == pytest.approx(1.0)
    assert most_similar("anything", []) is None
    assert max_similarity("anything", []) == 0.0
    many = [f"reply number {i} about topic {chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(50)] + others
    idx, score = most_similar("Sorry about order 3, we'll chase it!", many) or (None, 0.0)
    assert idx == 51 and score == pytest.approx(1.0)
    # The indexed path (many texts) and the direct path agree.
    for i in range(0, 50, 7):
        assert max_similarity(many[i], many[:7]) == pytest.approx(max(similarity(many[i], o) for o in many[:7]))


def test_mean_pairwise_similarity_matches_the_pairwise_matrix() -> None:
    rng = random.Random(3)
    words = ["sorry", "delay", "order", "parcel", "courier", "refund", "dm", "us", "please", "we", "will", "chase"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 15))) for _ in range(30)]
    matrix = pairwise_similarities(texts)
    n = len(texts)
    expected = sum(matrix[i][j] for i in range(n) for j in range(n) if i != j) / (n * (n - 1))
    assert mean_pairwise_similarity(texts) == pytest.approx(expected)
    assert mean_pairwise_similarity(["only one"]) == 0.0
    assert mean_pairwise_similarity(["same", "same", "same"]) == pytest.approx(1.0)


def test_mean_pairwise_similarity_handles_thousands_of_texts() -> None:
    rng = random.Random(5)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(400)]
    texts = [" ".join(rng.choice(words) for _ in range(30)) for _ in range(5000)]
    value = mean_pairwise_similarity(texts)
    assert 0.0 < value < 0.5
