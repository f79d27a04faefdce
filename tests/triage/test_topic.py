from __future__ import annotations

import threading

import pytest

from amends.triage.topic import (
    DEFAULT_TAXONOMY,
    FALLBACK,
    FALLBACK_CONFIDENCE,
    MAX_EVIDENCE,
    Taxonomy,
    TopicGuess,
    TopicRule,
    classify_topic,
    classify_topics,
)

TOPICS = (
    "billing",
    "delivery",
    "product_defect",
    "service_staff",
    "account_access",
    "outage",
    "pricing",
    "refund",
    "other",
)


def assert_valid(guess: TopicGuess, text: str, taxonomy: Taxonomy = DEFAULT_TAXONOMY) -> None:
    assert isinstance(guess, TopicGuess)
    assert guess.value in taxonomy.topics
    assert 0.0 <= guess.confidence <= 1.0
    assert list(guess.scores) == list(taxonomy.topics)
    assert all(score >= 0.0 for score in guess.scores.values())
    for ev in guess.evidence:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert ev.rule.startswith("topic.")
        assert ev.rule.removeprefix("topic.") in taxonomy.topics


def test_default_taxonomy_has_the_consumer_topics() -> None:
    assert DEFAULT_TAXONOMY.topics == TOPICS
    assert DEFAULT_TAXONOMY.fallback == FALLBACK == "other"


# ---------------------------------------------------------------- realistic posts for each topic

POSTS = {
    "billing": [
        "@AcmeTelecom you've charged me twice this month for the same bill, sort it out",
        "Why have I been double charged?? Two direct debits came out of my account on the 1st",
        "My invoice says £89 but my contract is £35 a month. Overcharged again @AcmeEnergy",
        "@AcmeBank there's an unauthorised transaction on my statement and nobody can explain it",
        "Hey @McAcme, why am I being charged tax twice? This is the second time",
    ],
    "delivery": [
        "@AcmeShop my parcel never arrived, tracking says delivered but nothing at my door",
        "Where is my order?! Ordered 2 weeks ago and it still hasn't turned up",
        "Your courier left my package in the rain outside. Soaked. @AcmeExpress",
        "Order was dispatched on Monday and the tracking hasn't updated since, it's lost in transit",
        "Received the wrong item AGAIN, I ordered a size 10 and got a 16",
    ],
    "product_defect": [
        "My new @AcmeAudio headphones stopped working after 3 days. Absolute rubbish",
        "The blender arrived cracked and now it leaks everywhere. Faulty product",
        "@AcmePhones my phone keeps crashing and the battery drains in two hours",
        "Bought these boots in October and the sole is already falling apart. Poor quality",
        "@AcmeFoods the bread I bought today is mouldy and the sell by date is next week",
        "My headphones don't turn on at all, no light when charging",
    ],
    "service_staff": [
        "The staff at your Leeds store were so rude to my mum today @AcmeStores",
        "Been on hold for 45 minutes with hold music on repeat. Terrible customer service",
        "Nobody replies to my emails and your agent hung up on me. Unprofessional",
        "@AcmeAir I've been ignored for a week, still no response to my complaint",
    ],
    "account_access": [
        "@AcmeApp I'm locked out of my account and the password reset email never comes",
        "Can't log in to the app since the update, it keeps asking for a 2FA code I never receive",
        "My account has been suspended for no reason and I can't sign in @AcmeSocial",
        "I think my account was hacked, someone changed my username. Please help",
    ],
    "outage": [
        "@AcmeBroadband is the internet down in Manchester? No connection since 7am",
        "App not loading for anyone else? Just spinning. @AcmeBank outage again",
        "Your website is down AGAIN. 503 error on every page",
        "No signal at all in Bristol all day @AcmeMobile, what is going on",
    ],
    "pricing": [
        "Another price increase @AcmeStreaming? Completely overpriced for what you get",
        "£12 for a sandwich?? Total rip off. Way too expensive",
        "You've raised your prices three times this year @AcmeGym. Greedy",
        "Hidden fees at checkout again. The booking fee doubles the cost",
    ],
    "refund": [
        "@AcmeTravel still waiting for my refund 6 weeks after you cancelled the flight",
        "I want my money back. The item was returned a month ago",
        "Requested a refund three times and nothing. I'll be doing a chargeback",
        "@AcmeShop please just give me my money back",
    ],
}


@pytest.mark.parametrize(("topic", "post"), [(t, p) for t, posts in POSTS.items() for p in posts])
def test_posts_get_their_topic(topic: str, post: str) -> None:
    guess = classify_topic(post)
    assert guess.value == topic, (guess.value, [e.text for e in guess.evidence])
    assert guess.confidence > FALLBACK_CONFIDENCE
    assert guess.scores[topic] == max(guess.scores.values())
    assert any(e.rule == f"topic.{topic}" for e in guess.evidence)
    assert_valid(guess, post)


def test_evidence_spans_point_into_the_original_text() -> None:
    text = "@AcmeShop CHARGED TWICE and my Parcel never   arrived 😡"
    guess = classify_topic(text)
    found = [(e.text, e.rule) for e in guess.evidence]
    assert found == [
        ("CHARGED TWICE", "topic.billing"),
        ("Parcel", "topic.delivery"),
        ("never   arrived", "topic.delivery"),
    ]
    for e in guess.evidence:
        assert text[e.start : e.end] == e.text


def test_offsets_survive_text_that_changes_length_when_lower_cased() -> None:
    text = "İİİ my parcel never arrived"
    (first, second) = classify_topic(text).evidence
    assert (first.text, second.text) == ("parcel", "never arrived")
    assert text[first.start : first.end] == "parcel"


def test_curly_apostrophes_and_inflections() -> None:
    assert classify_topic("I can’t log in").value == "account_access"
    assert classify_topic("cant login since yesterday").value == "account_access"
    assert classify_topic("they REFUNDED the wrong amount").value == "refund"
    assert classify_topic("was overcharging me for months").value == "billing"


def test_whole_words_only() -> None:
    # "staff" inside "Staffordshire", "down" in "download", "bill" in "billion", "rude" in "prudent"
    guess = classify_topic("Downloaded the Staffordshire guide, a billion prudent tips")
    assert guess.value == "other"
    assert guess.evidence == ()


def test_more_and_stronger_evidence_means_more_confidence() -> None:
    one = classify_topic("the staff were useless")
    two = classify_topic("the staff were rude and unprofessional")
    assert one.value == two.value == "service_staff"
    assert two.confidence > one.confidence


def test_a_clear_winner_is_surer_than_a_close_call() -> None:
    clear = classify_topic("my parcel never arrived and the courier lost it")
    close = classify_topic("my parcel never arrived and I want a refund, money back now")
    assert clear.value == "delivery"
    assert clear.confidence > close.confidence


def test_repeating_a_word_adds_little() -> None:
    once = classify_topic("refund")
    many = classify_topic("refund refund refund refund")
    assert many.scores["refund"] < 2 * once.scores["refund"]


def test_ties_go_to_the_topic_listed_first() -> None:
    guess = classify_topic("refund for the parcel")  # one single word each
    assert guess.scores["delivery"] == guess.scores["refund"] > 0
    assert guess.value == "delivery"  # delivery comes before refund in the taxonomy
    alone = classify_topic("the parcel")
    assert guess.confidence < alone.confidence  # a tie is half as sure


def test_nothing_matched_is_other_with_low_confidence() -> None:
    guess = classify_topic("@AcmeShop love the new autumn range, great job")
    assert guess.value == "other"
    assert guess.confidence == FALLBACK_CONFIDENCE
    assert guess.evidence == ()
    assert set(guess.scores.values()) == {0.0}


def test_batch_keeps_order() -> None:
    texts = ["refund please", "", "app is down", "hello"]
    assert [g.value for g in classify_topics(texts)] == ["refund", "other", "outage", "other"]


# ---------------------------------------------------------------- custom taxonomies


def test_custom_taxonomy_from_mapping() -> None:
    taxonomy = Taxonomy.from_mapping(
        {
            "seats": ["seats?", "legroom", "reclin(?:e|ed|ing)"],
            "baggage": ["lost (?:my )?(?:bag|luggage|suitcase)", "baggage|luggage", "carousel"],
            "other": [],
        }
    )
    assert taxonomy.topics == ("seats", "baggage", "other")
    guess = classify_topic("@AcmeAir lost my suitcase and the carousel broke down", taxonomy)
    assert guess.value == "baggage"
    assert [e.text for e in guess.evidence] == ["lost my suitcase", "carousel"]
    assert [e.rule for e in guess.evidence] == ["topic.baggage", "topic.baggage"]
    nothing = classify_topic("my parcel never arrived", taxonomy)
    assert nothing.value == "other"
    assert nothing.scores == {"seats": 0.0, "baggage": 0.0, "other": 0.0}


def test_custom_taxonomy_with_weights_and_shared_names() -> None:
    taxonomy = Taxonomy(
        (
            TopicRule("food", ("cold food", "undercooked")),
            TopicRule("wait", ("waited",), weight=0.5),
            TopicRule("food", ("food",), weight=0.25),
        ),
        fallback="misc",
    )
    assert taxonomy.topics == ("food", "wait", "misc")
    guess = classify_topic("We waited an hour for cold food", taxonomy)
    assert guess.value == "food"
    assert guess.scores == {"food": 1.5, "wait": 0.5, "misc": 0.0}
    assert classify_topic("nice", taxonomy).value == "misc"


def test_custom_tie_goes_to_first_rule() -> None:
    taxonomy = Taxonomy.from_mapping({"alpha": ["apple"], "beta": ["banana"]})
    assert classify_topic("banana apple", taxonomy).value == "alpha"
    reordered = Taxonomy.from_mapping({"beta": ["banana"], "alpha": ["apple"]})
    assert classify_topic("banana apple", reordered).value == "beta"


def test_longer_phrase_wins_over_its_first_word() -> None:
    taxonomy = Taxonomy.from_mapping({"short": ["price"], "long": ["price (?:rise|increase)"]})
    guess = classify_topic("yet another Price Increase", taxonomy)
    assert guess.value == "long"
    assert [e.text for e in guess.evidence] == ["Price Increase"]


def test_patterns_with_leading_groups_and_classes() -> None:
    taxonomy = Taxonomy.from_mapping({"x": [r"(?:very )?late", r"[0-9]{3} error", r"\bdelay(?:ed)?"]})
    text = "Very LATE and a 502 error, delayed"
    assert [e.text for e in classify_topic(text, taxonomy).evidence] == ["Very LATE", "502 error", "delayed"]


def test_empty_taxonomy_sends_everything_to_the_fallback() -> None:
    taxonomy = Taxonomy.from_mapping({})
    assert taxonomy.topics == ("other",)
    assert classify_topic("refund now", taxonomy).value == "other"


def test_taxonomies_compare_by_rules() -> None:
    a = Taxonomy.from_mapping({"x": ["one"]})
    b = Taxonomy.from_mapping({"x": ["one"]})
    assert a == b
    assert hash(a) == hash(b)
    assert a != Taxonomy.from_mapping({"x": ["two"]})


# ---------------------------------------------------------------- bad taxonomies are refused clearly


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"billing": ["charged twice", "refund("]}, r"topic 'billing', pattern 'refund\(' is not a valid"),
        ({"delivery": ["[parcel"]}, r"topic 'delivery', pattern '\[parcel' is not a valid"),
        ({"x": ["a)|b"]}, r"topic 'x', pattern 'a\)\|b' is not a valid"),
        ({"x": ["(?i)abc"]}, r"topic 'x', pattern '\(\?i\)abc'"),
        ({"": ["refund"]}, "non-empty name"),
        ({"   ": ["refund"]}, "non-empty name"),
        ({" refund": ["refund"]}, "spaces around"),
        ({"refund": []}, "no patterns"),
        ({"refund": ["", "money back"]}, "non-empty strings"),
        ({"refund": "refund"}, "must be a list"),
        ({"refund": ["a*"]}, "matches the empty string"),
        ({"refund": ["refund|"]}, "empty alternative"),
        ({"refund": ["(?P<x>refund)"]}, "named groups"),
        ({"refund": [r"(re)fund \1"]}, "backreferences"),
    ],
)
def test_bad_taxonomy_is_a_clear_value_error(mapping: dict[str, list[str]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Taxonomy.from_mapping(mapping)


def test_bad_weight_and_fallback() -> None:
    with pytest.raises(ValueError, match="weight"):
        Taxonomy((TopicRule("x", ("a",), weight=0.0),))
    with pytest.raises(ValueError, match="weight"):
        Taxonomy((TopicRule("x", ("a",), weight=float("nan")),))
    with pytest.raises(ValueError, match="fallback"):
        Taxonomy((TopicRule("x", ("a",)),), fallback="")
    with pytest.raises(ValueError, match="mapping"):
        Taxonomy.from_mapping([("x", ["a"])])  # type: ignore[arg-type]


def test_a_lone_pattern_string_is_one_pattern() -> None:
    assert TopicRule("x", "refund").patterns == ("refund",)  # type: ignore[arg-type]
    assert TopicRule("x", ["a", "b"]).patterns == ("a", "b")  # type: ignore[arg-type]


# ---------------------------------------------------------------- hostile input never crashes

BAD_INPUTS = [
    "",
    "   \n\t",
    "😡😡😡🔥🔥",
    "👍🏽👨‍👩‍👧 refund 👨‍👩‍👧",
    "x" * 10_000,
    "refund " * 2_000,
    "hello привет 你好 مرحبا 退款 refund",
    "\ud800",
    "my parcel \ud800 never arrived \udfff",
    "zero\u200bwidth re\u200bfund and a real refund",
    "line one\nnever\narrived\r\n\x00\x07",
    "ＲＥＦＵＮＤ fullwidth",
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_bad_inputs_give_a_valid_guess(text: str) -> None:
    guess = classify_topic(text)
    assert_valid(guess, text)


def test_newlines_inside_a_phrase() -> None:
    assert classify_topic("line one\nnever\narrived").value == "delivery"


def test_huge_post_keeps_a_bounded_amount_of_evidence() -> None:
    guess = classify_topic("refund " * 2_000)
    assert guess.value == "refund"
    assert len(guess.evidence) == MAX_EVIDENCE


def test_non_string_is_other() -> None:
    guess = classify_topic(None)  # type: ignore[arg-type]
    assert (guess.value, guess.confidence) == ("other", 0.0)


def test_threads_share_a_taxonomy() -> None:
    taxonomy = Taxonomy.from_mapping({"a": ["alpha", "apple"], "b": ["beta", "banana"]})
    results: list[str] = []

    def work(i: int) -> None:
        for j in range(200):
            text = f"word{i} apple {j}" if (i + j) % 2 else f"banana word{j}"
            results.append(classify_topic(text, taxonomy).value + str((i + j) % 2))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == {"a1", "b0"}
