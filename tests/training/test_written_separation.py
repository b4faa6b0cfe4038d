"""The functional suite stays out of the written training data: no text, no word 5-gram."""

from __future__ import annotations

from clearsight.evaluation.functional import cases
from clearsight.evaluation.functional import fillers as suite_names
from clearsight.evaluation.functional.overlap import shared_ngrams, words
from clearsight.training.written import entities as written_names
from clearsight.training.written import examples


def _training_texts() -> list[str]:
    """Texts for two seeds: the seed changes openers, closers and obfuscations."""
    return [r["text"] for seed in (7, 8) for r in examples(seed)]


def test_no_suite_text_appears_in_training() -> None:
    suite = {" ".join(words(c.text)) for c in cases()}
    assert not [t for t in _training_texts() if " ".join(words(t)) in suite]


def test_no_word_5gram_of_the_suite_appears_in_training() -> None:
    leaks = shared_ngrams((c.text for c in cases()), _training_texts(), n=5)
    assert not leaks, sorted(leaks)[:10]


def test_fictional_names_are_disjoint() -> None:
    suite = {n for g in suite_names.GROUPS for n in g.name.values()}
    suite |= {t for ts in suite_names.TOWNS.values() for t in ts}
    suite |= {p for ps in suite_names.PEOPLE.values() for p in ps}
    written = {g[lang][0] for g in written_names.GROUPS for lang in g}
    written |= {t for ts in written_names.TOWNS.values() for t in ts}
    written |= {p for ps in written_names.PEOPLE.values() for p in ps}
    assert not suite & written
