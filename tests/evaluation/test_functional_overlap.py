"""Word normalisation and n-gram leak detection used to keep suite text out of training."""

from __future__ import annotations

from clearsight.evaluation.functional.obfuscate import spaced, zero_width
from clearsight.evaluation.functional.overlap import ngrams, shared_ngrams, words
from clearsight.evaluation.functional.safety import contact_like


def test_words_fold_case_punctuation_and_invisible_characters() -> None:
    text = "Quillmere's «Lantern», QUILL\u200bMERE!"
    assert words(text) == ["quillmere", "s", "lantern", "quillmere"]


def test_words_join_letter_by_letter_spelling() -> None:
    assert words(spaced("the lantern of Ostvale")) == ["the", "lantern", "of", "ostvale"]
    assert words(zero_width("the lantern of Ostvale")) == ["the", "lantern", "of", "ostvale"]


def test_short_text_is_one_gram() -> None:
    assert ngrams("Long live Ostvale", 5) == {("long", "live", "ostvale")}
    assert ngrams("", 5) == set()


def test_shared_ngrams_finds_a_leak_behind_punctuation() -> None:
    suite = ["The fox of Ostvale sings at dawn today."]
    leaked = ["they said: THE FOX, of Ostvale sings at noon"]
    clean = ["the fox of Brackenholt sings at dawn"]
    assert shared_ngrams(suite, leaked) == {
        ("the", "fox", "of", "ostvale", "sings"),
        ("fox", "of", "ostvale", "sings", "at"),
    }
    assert shared_ngrams(suite, clean) == set()


def test_contact_like_spots_addresses_and_numbers_but_not_leet() -> None:
    assert contact_like("see www.example-town.org") == "url"
    assert contact_like("write to someone@example.com") == "email"
    assert contact_like("call +44 (0)20 7946 0000") == "phone"
    assert contact_like("Gl0ry 70 7h3 f1gh73r5 0f Qu1llm3r3") is None
