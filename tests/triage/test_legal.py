from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path
from typing import Any

import pytest

from amends.triage.legal import (
    FLAG_THRESHOLD,
    LEGAL_CATEGORIES,
    LegalRisk,
    _assess_slow,
    _matches_at,
    assess_legal_risk,
    evaluate_legal,
    load_legal_examples,
)
from amends.triage.legal_cues import CUES, _scan, candidate_cues, normalise, normalise_slow
from amends.triage.legal_rules import WORD_END, WORD_START, _compile, pattern_keywords


def _evidence_for(risk: LegalRisk, category: str) -> list[str]:
    [finding] = [f for f in risk.findings if f.category == category]
    return [ev.text.lower() for ev in finding.evidence]


def _assert_offsets(text: str, risk: LegalRisk) -> None:
    for finding in risk.findings:
        for ev in finding.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
            assert ev.rule.startswith(finding.category + ".")


# Posts written for these tests (not taken from the shipped set), one or two per category, with a word
# the evidence must contain.
CATEGORY_CASES = [
    ("legal_action", "Right @AcmeAir, I'm suing you for the ruined holiday.", "suing you"),
    ("legal_action", "My solicitor has drafted a letter before action. You have 14 days.", "letter before action"),
    ("breach_of_contract", "This is a clear breach of contract, my plan was fixed for 24 months @NetCo", "breach"),
    ("breach_of_contract", "I cancelled in May and you're still charging me every month @GymCo", "still charging"),
    ("injury_safety", "The kettle lid flew off and I ended up in A&E with burns @KitchenCo", "a&e"),
    ("injury_safety", "Got food poisoning from your chicken burger last night @BurgerCo", "food poisoning"),
    ("discrimination", "Your doorman refused to let us in because my friend uses a wheelchair @ClubCo", "wheelchair"),
    ("discrimination", "The cashier made racist comments about my family @ShopCo", "racist"),
    ("fraud_illegal", "There's an unauthorised charge of £300 on my card from you @BankCo", "unauthorised"),
    ("fraud_illegal", "Your driver stole my parcel, it's on my doorbell camera @ParcelCo", "stole"),
    ("regulator", "I've filed a complaint with the Financial Ombudsman about @BankCo", "ombudsman"),
    ("regulator", "Reporting you to Trading Standards over these fake discounts @ShopCo", "trading standards"),
    ("defamation", "Your manager is telling people I'm a thief. That's slander. @ShopCo", "slander"),
    ("defamation", "@CafeCo replied to my review calling me a liar in front of everyone", "calling me a liar"),
    ("data_breach", "Your app is showing me someone else's address and order history @FoodCo", "someone else's"),
    ("data_breach", "You leaked my personal data, this is a GDPR breach @ShopCo", "gdpr"),
]


@pytest.mark.parametrize(("category", "text", "cue"), CATEGORY_CASES)
def test_each_category_is_flagged_with_evidence(category: str, text: str, cue: str) -> None:
    risk = assess_legal_risk(text)
    assert risk.value
    assert category in risk.categories()
    assert any(cue in ev for ev in _evidence_for(risk, category))
    _assert_offsets(text, risk)


def test_evidence_offsets_refer_to_the_original_text() -> None:
    # Upper case, a zero-width space inside the word, curly quotes and an emoji before the cue.
    text = "😡😡 I\u2019m done. My L\u200bAWYER will be in touch, @AcmeAir"
    risk = assess_legal_risk(text)
    assert risk.value
    spans = [(ev.start, ev.end, ev.text) for f in risk.findings for ev in f.evidence]
    start = text.index("My L")
    assert (start, start + len("My L\u200bAWYER"), "My L\u200bAWYER") in spans
    _assert_offsets(text, risk)


def test_stretched_letters_and_hashtags_still_match() -> None:
    assert assess_legal_risk("SUUUUE YOU @AcmeAir").value
    assert "legal_action" in assess_legal_risk("joining the #ClassAction against @GymCo").categories()
    # A run of the same letter that is a whole word is an acronym, not a stretched word.
    assert "regulator" in assess_legal_risk("BBB complaint filed against @FixCo").categories()


def test_result_is_consistent() -> None:
    risk = assess_legal_risk("I'll sue. My lawyer already has the file and I'm reporting you to the FTC @ShopCo")
    assert risk.value
    assert risk.confidence == max(f.confidence for f in risk.findings)
    assert risk.value == any(f.confidence >= FLAG_THRESHOLD for f in risk.findings)
    assert [f.confidence for f in risk.findings] == sorted((f.confidence for f in risk.findings), reverse=True)
    assert all(f.category in LEGAL_CATEGORIES and 0 <= f.confidence <= 1 for f in risk.findings)
    assert {"legal_action", "regulator"} <= risk.categories()


def test_several_cues_raise_confidence() -> None:
    one = assess_legal_risk("might sue over this @ShopCo")
    several = assess_legal_risk("might sue over this @ShopCo, my solicitor is drafting a letter before action")
    assert several.confidence > one.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Not going to sue, I just want my refund for the cancelled show @TicketCo",
        "No lawyer needed, you sorted my claim in a day. Thanks @InsureCo",
        "My lawyer friend recommended you and she was right @BankCo",
        "Would sue for a good croissant at this hour lol @BakeCo",
        "I'd kill for a coffee right now @CafeCo",
        "this price is criminal lol £6 for a latte @CafeCo",
        "that burrito was fire 🔥 @TacoCo",
        "@GameCo is killing it with this update, sick deal on the bundle",
        "This new flavour should be illegal, I've had four today @SnackCo",
        "These trainers are a steal at £30 @ShoeCo",
        "Thanks to Sue from billing for sorting my account so fast @NetCo",
        "As a solicitor I love how clear your new terms are @BankCo",
        "how do I renew my contract? @NetCo",
        "does the warranty cover the lid? @KitchenCo",
        "Huge thanks to @CafeCo for the free coffees for the hospital staff on our ward ❤️",
        "The fraud team at @BankCo caught a dodgy payment within minutes, impressed",
        "Saw in the news that another company recalled their heaters, glad mine is from @HeatCo",
        "I burnt my tongue on my own soup lol, not your fault, it was delicious @SoupCo",
        "Do you do a gluten free base? I'm coeliac @PizzaCo",
        "My order is 20 minutes late and the app keeps crashing @FoodCo",
    ],
)
def test_jokes_idioms_questions_and_plain_complaints_are_not_flagged(text: str) -> None:
    risk = assess_legal_risk(text)
    assert not risk.value, risk.findings


@pytest.mark.parametrize(
    ("dampened", "plain"),
    [
        ("I'm not suing you @ShopCo", "I'm suing you @ShopCo"),
        ("My lawyer friend loves your app @BankCo", "My lawyer will be in touch @BankCo"),
        ("would sue for a good croissant lol @BakeCo", "I will sue @BakeCo"),
        ("Nobody was injured, thankfully @ParkCo", "My son was injured on your ride @ParkCo"),
    ],
)
def test_dampening_is_what_keeps_the_idiom_below_the_flag(dampened: str, plain: str) -> None:
    assert not assess_legal_risk(dampened).value
    assert assess_legal_risk(plain).value


def test_dampened_cues_stay_visible_in_the_evidence() -> None:
    risk = assess_legal_risk("I'm not suing anyone, I just want an answer @ShopCo")
    assert not risk.value
    rules = [ev.rule for f in risk.findings for ev in f.evidence]
    assert rules and all("negated" in rule for rule in rules)


def test_a_conditional_threat_is_still_a_threat() -> None:
    assert assess_legal_risk("I won't sue if you refund me by Friday @TicketCo").value
    assert assess_legal_risk("If you don't refund me I'll take you to small claims @TicketCo").value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "😂😂😂🔥🔥",
        "\u200b\u200d\ufeff",
        "\ud800 sue you \udfff",
        "Я подам в суд 起诉你 I will sue you عزيزي",
        "ｓｕｅ ｙｏｕ @ＡｃｍｅＡｉｒ",
        "i'm suing you " * 1000,
    ],
)
def test_bad_input_never_crashes(text: str) -> None:
    risk = assess_legal_risk(text)
    assert isinstance(risk, LegalRisk)
    assert 0.0 <= risk.confidence <= 1.0
    _assert_offsets(text, risk)


def test_empty_and_non_text_input_has_no_risk() -> None:
    assert assess_legal_risk("") == LegalRisk(False, 0.0, ())
    assert not assess_legal_risk(None).value  # type: ignore[arg-type]


def test_lone_surrogates_and_fullwidth_text_are_still_read() -> None:
    assert assess_legal_risk("\ud800 I will sue you @ShopCo \udfff").value
    assert assess_legal_risk("ｓｕｅ ｙｏｕ @ＡｃｍｅＡｉｒ").value


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "'" * 100_000,
        ". " * 50_000,
        "sue " * 25_000,
        ("not sue lawyer court fraud scam hospital my data leaked because i'm black lol 😂 \u200b" * 1300)[:100_000],
        "because my " * 9_091,
        "\ud800sue\udfff" * 20_000,
    ],
)
def test_long_adversarial_input_returns_quickly(text: str) -> None:
    started = time.perf_counter()
    risk = assess_legal_risk(text)
    assert time.perf_counter() - started < 10
    assert isinstance(risk, LegalRisk)


def test_evaluate_legal_counts_correctly() -> None:
    examples = [
        {"text": "I'm suing you @ShopCo", "legal_risk": True, "categories": ["legal_action"]},  # tp
        {"text": "What time do you open on Sunday?", "legal_risk": False, "categories": []},  # tn
        {"text": "I'm suing you, see you in court @ShopCo", "legal_risk": False, "categories": []},  # fp
        {"text": "Lovely weather today", "legal_risk": True, "categories": ["regulator"]},  # fn
    ]
    report = evaluate_legal(examples)
    assert (report["tp"], report["fp"], report["fn"], report["tn"]) == (1, 1, 1, 1)
    assert report["precision"] == 0.5
    assert report["recall"] == 0.5
    assert report["f1"] == 0.5
    assert report["support"] == 2
    assert report["per_category"]["legal_action"]["recall"] == 1.0
    assert report["per_category"]["regulator"]["recall"] == 0.0
    assert report["errors"]["missed"] == ["Lovely weather today"]


def test_load_legal_examples_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    rows = [
        {"text": "see you in court", "legal_risk": True, "categories": ["legal_action"]},
        {"text": "nice coffee", "legal_risk": False, "categories": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    assert load_legal_examples(path) == rows
    path.write_text(json.dumps({"text": "x", "legal_risk": True, "categories": ["nonsense"]}) + "\n")
    with pytest.raises(ValueError, match="unknown category"):
        load_legal_examples(path)
    path.write_text(json.dumps({"text": "x", "legal_risk": True, "categories": []}) + "\n")
    with pytest.raises(ValueError, match="disagree"):
        load_legal_examples(path)


def test_shipped_set_is_balanced_and_covers_every_category() -> None:
    examples = load_legal_examples()
    positives = [e for e in examples if e["legal_risk"]]
    negatives = [e for e in examples if not e["legal_risk"]]
    assert len(examples) >= 320
    assert len(positives) >= 160
    assert len(negatives) >= 160
    texts = [e["text"] for e in examples]
    assert len(set(texts)) == len(texts)
    for category in LEGAL_CATEGORIES:
        assert sum(category in e["categories"] for e in positives) >= 12, category


@pytest.fixture(scope="module")
def shipped_report() -> dict[str, Any]:
    return evaluate_legal(load_legal_examples())


def test_flag_recall_and_precision_on_the_shipped_set(shipped_report: dict[str, Any]) -> None:
    # The cues were widened on this set, so these are in-sample numbers: they guard against regressions,
    # they do not estimate recall on unseen posts.
    assert shipped_report["recall"] >= 0.95, shipped_report["errors"]["missed"]
    assert shipped_report["precision"] >= 0.8, shipped_report["errors"]["false_alarms"]


@pytest.mark.parametrize("category", LEGAL_CATEGORIES)
def test_per_category_recall_on_the_shipped_set(shipped_report: dict[str, Any], category: str) -> None:
    assert shipped_report["per_category"][category]["recall"] >= 0.8


# The fast path (whole-string normalisation, keyword prefilter, cues tried only where their matches can
# start) must give exactly what normalising one character at a time and running every cue everywhere gives.
# These posts poke at the places where the two could part: stretched letters, expansions and drops in
# normalisation, word edges, keywords inside words, quotes and hashtags.
FAST_PATH_CASES = [
    "SUUUUE YOU @AcmeAir, my LAWYERRR is on it",
    "😡😡 I\u2019m done\u2026 My L\u200bAWYER will be in touch\ufe0f, @AcmeAir",
    "ﬁled a claim with the ombudsman ½ way through… the ＦＣＡ next",
    "joining the #ClassAction, see-you-in-court, class_action, classaction @GymCo",
    "my son's hand got trapped in the door, he needs stitches, a&e for 4 hours",
    '"free" trial my foot, they kept charging me after I cancelled',
    "was refused entry because I'm in a wheelchair, the bouncer laughed at us",
    "wwwww.scam.com stole my card details and my identity, reported to action fraud",
    "İstanbul ǅ ß ς Σ ééé aaa bbb sssue sueeeing",
    "\ud800 I will sue you @ShopCo \udfff",
    "",
]


@pytest.mark.parametrize("text", FAST_PATH_CASES)
def test_fast_path_matches_the_reference_path(text: str) -> None:
    fast, slow = normalise(text), normalise_slow(text)
    assert (fast.text, list(fast.starts), list(fast.ends)) == (slow.text, list(slow.starts), list(slow.ends))
    assert assess_legal_risk(text) == _assess_slow(text)


def test_fast_path_matches_the_reference_path_on_the_shipped_set() -> None:
    for example in load_legal_examples():
        assert assess_legal_risk(example["text"]) == _assess_slow(example["text"]), example["text"]


def test_prefilter_drops_no_match_on_the_shipped_set() -> None:
    # Stricter than comparing results: a dropped match of a weak or dampened cue may not change the
    # finding, but it must not happen. Every cue that matches must be a candidate, tried where it matches.
    for example in load_legal_examples():
        text = normalise(example["text"]).text
        tried = dict(candidate_cues(text))
        for cue in CUES:
            expected = [m.span() for m in cue.pattern.finditer(text)]
            if cue not in tried:
                assert not expected, (cue.name, example["text"])
            else:
                assert [m.span() for m in _matches_at(cue.pattern, text, tried[cue])] == expected, cue.name


def test_keyword_scan_reports_every_keyword_it_settles() -> None:
    # The scans report only the longest keyword at each position; what it settles must be exactly the
    # keywords that occur there, word-end marks included ("a" at a word end inside "a&e").
    keywords = ["a", "a" + WORD_END, "a&e", "a&e" + WORD_END, "ab", "b" + WORD_END, "&e", "'b"]
    family = {keyword: 1 << bit for bit, keyword in enumerate(keywords)}
    scan = _scan((family, family, family), "\\W", True)
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("aab&e '") for _ in range(rng.randint(0, 12)))
        found = 0
        for word, after in scan.pattern.findall(" " + text):
            found |= (scan.table if after else scan.at_end)[word][0]
        expected = 0
        for keyword, bit in family.items():
            body = re.escape(keyword.removesuffix(WORD_END)) + (r"(?!\w)" if keyword.endswith(WORD_END) else "")
            if re.search(r"(?<!\w)" + body, text):
                expected |= bit
        assert found == expected, text


@pytest.mark.parametrize(
    "pattern",
    [
        "ab|a c|bc?a",
        "(?:x|y)? ab %g2% (?:c|ba)",
        "a[bc]+ (?:x a|y)?b",
        "(?:ab)*c|x{2,3}|(?<!b)ya",
        "(?:a|b)(?:c|x) (?:a(?!b)|y)|q'a",
        "ab(?: c)?|a(?=x)xy|%you%",
    ],
)
def test_derived_keywords_hold_for_every_match(pattern: str) -> None:
    # What the prefilter relies on: every match satisfies every clause, and begins with one of the heads.
    def occurs(keyword: str, text: str, at: int | None = None) -> bool:
        regex = re.compile(re.escape(keyword).replace(WORD_START, r"(?<!\w)").replace(WORD_END, r"(?!\w)"))
        return bool(regex.search(text) if at is None else regex.match(text, at))

    compiled = _compile(pattern)
    clauses, heads = pattern_keywords(compiled)
    assert clauses or heads is not None  # each pattern above has something to say
    rng = random.Random(pattern)
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice("aabbcxyq '-_@") for _ in range(rng.randint(1, 14)))
        for m in compiled.finditer(text):
            matched += 1
            for clause in clauses:
                assert any(occurs(keyword, text) for keyword in clause), (clause, text)
            assert heads is None or any(occurs(head, text, m.start()) for head in heads), (heads, text)
    assert matched >= 5
