"""Hashed features: deterministic, independent of the batch, spans inside the key."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from clearsight.analyze.classifier.features import BUCKETS, CHAR_NS, key_grams

keys = st.text(alphabet="abcdeé жё 12", max_size=40).map(lambda s: " ".join(s.split()))


def _rows_of(keys_: list[str], index: int) -> list[tuple[int, int, int]]:
    g = key_grams(keys_)
    mask = g.doc == index
    start, end = g.start[mask] - g.origin[index], g.end[mask] - g.origin[index]
    return sorted(zip(g.bucket[mask].tolist(), start.tolist(), end.tolist(), strict=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(keys, min_size=1, max_size=5), st.integers(0, 4))
def test_a_texts_features_do_not_depend_on_its_batch(batch: list[str], pick: int) -> None:
    index = pick % len(batch)
    alone = _rows_of([batch[index]], 0)
    assert _rows_of(batch, index) == alone


@settings(max_examples=60, deadline=None)
@given(st.lists(keys, min_size=1, max_size=5))
def test_spans_stay_inside_the_padded_key(batch: list[str]) -> None:
    g = key_grams(batch)
    lengths = np.array([len(k) for k in batch])[g.doc]
    start, end = g.start - g.origin[g.doc], g.end - g.origin[g.doc]
    assert np.all(start >= -1) and np.all(end <= lengths + 1)
    assert np.all(g.end > g.start)
    assert np.all((g.bucket >= 0) & (g.bucket < BUCKETS))


def test_counts_of_char_and_word_grams() -> None:
    g = key_grams(["ab cd"])  # padded " ab cd " has 7 characters
    char = sum(7 - n + 1 for n in CHAR_NS)
    assert len(g.doc) == char + 2 + 1  # two words, one bigram
    assert np.allclose(g.value, 1 / np.sqrt(len(g.doc)))


def test_different_texts_get_different_buckets() -> None:
    a, b = key_grams(["quillhaven bakery"]), key_grams(["marrowby library"])
    assert set(a.bucket.tolist()) != set(b.bucket.tolist())


def test_an_empty_key_has_no_features() -> None:
    g = key_grams(["", "x"])
    assert not np.any(g.doc == 0) and g.n_docs == 2
