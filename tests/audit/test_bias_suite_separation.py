"""The bias suite stays out of the written training data: no text and no word 5-gram shared."""

from __future__ import annotations

from clearsight.audit.suite import builtin_suite
from clearsight.evaluation.functional.overlap import shared_ngrams, words
from clearsight.training.written import examples


def _training_texts() -> list[str]:
    return [r["text"] for seed in (7, 8) for r in examples(seed)]


def test_no_suite_text_appears_in_training() -> None:
    suite = {" ".join(words(i.text)) for i in builtin_suite()}
    assert not [t for t in _training_texts() if " ".join(words(t)) in suite]


def test_no_word_5gram_of_the_suite_appears_in_training() -> None:
    leaks = shared_ngrams((i.text for i in builtin_suite()), _training_texts(), n=5)
    assert not leaks, sorted(leaks)[:10]
