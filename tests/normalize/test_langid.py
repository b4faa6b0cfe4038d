"""Language identification on short, fictional sentences in the configured languages."""

from __future__ import annotations

import pytest

from clearsight.config import DEFAULT_LANGUAGES
from clearsight.errors import ConfigError
from clearsight.normalize.langid import LanguageGuesser


@pytest.fixture(scope="module")
def guesser() -> LanguageGuesser:
    return LanguageGuesser(DEFAULT_LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The neighbours will meet at the library on Saturday to plan the spring fair."),
        ("ru", "Соседи встретятся в библиотеке в субботу, чтобы обсудить весеннюю ярмарку."),
        ("fr", "Les voisins se retrouvent samedi à la bibliothèque pour préparer la fête."),
        ("de", "Die Nachbarn treffen sich am Samstag in der Bibliothek, um das Fest zu planen."),
        ("ar", "سيلتقي الجيران في المكتبة يوم السبت للتخطيط لمهرجان الربيع."),
    ],
)
def test_languages_are_identified(guesser: LanguageGuesser, lang: str, text: str) -> None:
    got, score = guesser.guess(text)
    assert got == lang
    assert 0.5 <= score <= 1.0


def test_urls_handles_and_pseudonyms_are_ignored(guesser: LanguageGuesser) -> None:
    noise = "https://example.org/la-page-de-accueil @anon_1a2b3c4d <email:1a2b3c4d> "
    assert guesser.guess(noise + "Die Nachbarn treffen sich am Samstag im Park.")[0] == "de"
    assert guesser.guess(noise) == (None, 0.0)


@pytest.mark.parametrize("text", ["", "ok", "42 !!", "🙂🙂🙂", "a 1"])
def test_too_short_to_tell(guesser: LanguageGuesser, text: str) -> None:
    assert guesser.guess(text) == (None, 0.0)


def test_low_confidence_gives_no_language(
    guesser: LanguageGuesser, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Unsure:
        def classify(self, text: str) -> tuple[str, float]:
            return "en", 0.3

    monkeypatch.setattr(guesser, "_identifier", Unsure())
    assert guesser.guess("something or other") == (None, 0.3)


def test_only_configured_languages_are_candidates() -> None:
    narrow = LanguageGuesser(["en", "fr"])
    got, _ = narrow.guess("Die Nachbarn treffen sich am Samstag in der Bibliothek.")
    assert got in (None, "en", "fr")


def test_an_unknown_language_code_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="languages"):
        LanguageGuesser(["en", "xx-nonsense"])
