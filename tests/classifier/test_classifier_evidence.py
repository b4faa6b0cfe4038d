"""Evidence: exact attributions, spans mapped back to the text as written."""

from __future__ import annotations

import numpy as np
import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.evidence import (
    EVIDENCE_MIN,
    TOP_K,
    batch_words,
    evidence_lists,
    top_spans,
    word_weights,
)
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.analyze.classifier.features import key_grams
from clearsight.normalize.fold import fold, fold_batch


@pytest.fixture(scope="module")
def clf() -> FastClassifier:
    return load_fast()


TEXTS = [
    "Glory to the fighters of the Ember Covenant in Marrowby!",
    "Gl0ry t0 the f1ghters of the Ember C0venant!",
    "G l o r y to the Ember Covenant, you stupid idiot!",
    "Glo\u200bry to the fight\u200bers of the Ember Cove\u200bnant!",
    "Ｇｌｏｒｙ to the Ember Covenant!",
    "Bring an umbrella to the picnic in Quillhaven.",
]


def test_attributions_sum_exactly_to_the_logit(clf: FastClassifier) -> None:
    model = clf.artifact.model
    keys = [fold(t).key for t in TEXTS] + [""]
    grams = key_grams(keys)
    words = batch_words(grams)
    assert len(words.doc) == sum(len(k.split()) for k in keys)
    weights = word_weights(grams, model.weights, words)
    per_text = np.zeros((len(keys), weights.shape[1]))
    np.add.at(per_text, words.doc, weights)
    assert np.allclose(per_text, model.logits(grams) - model.bias, atol=1e-9)
    assert np.all(per_text[-1] == 0)  # an empty text: the bias alone


def test_spans_point_at_whole_words_of_the_text_as_written(clf: FastClassifier) -> None:
    for text, prediction in zip(TEXTS, clf.predict(TEXTS), strict=True):
        for span in prediction.evidence:
            assert 0 <= span.start < span.end <= len(text)
            piece = fold(text[span.start : span.end]).key
            assert piece and " " not in piece, (text, span)
            assert span.weight > 0 and prediction.scores[span.label] >= EVIDENCE_MIN


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("G l o r y to the f1ghters!", ["G l o r y", "to", "the", "f1ghters"]),
        ("Glo\u200bry  to\tthe Ｅｍｂｅｒ", ["Glo\u200bry", "to", "the", "Ｅｍｂｅｒ"]),
        ("s.p.a.c.e.d out, k1ll3r", ["s.p.a.c.e.d", "out", "k1ll3r"]),
    ],
)
def test_word_spans_map_to_the_text_as_written(text: str, words: list[str]) -> None:
    folded = fold_batch(["quiet words first", text])
    grams = key_grams(folded.keys)
    found = batch_words(grams)
    weights = np.zeros((len(found.doc), len(LABELS)))
    weights[:, 1] = 1.0 + np.arange(len(found.doc))  # every word positive for "hate"
    explain = np.ones((2, len(LABELS)), dtype=bool)
    rows = top_spans(found, weights, grams.origin, folded.offsets, folded.starts, explain)
    spans = evidence_lists(rows, 2)[1]
    got = sorted((s.start, s.end) for s in spans)
    expected = sorted((text.index(w), text.index(w) + len(w)) for w in words)[-TOP_K:]
    assert [text[a:b] for a, b in got] == [text[a:b] for a, b in expected]
    assert [s.label for s in spans] == ["hate"] * len(expected)


def test_folded_and_text_predictions_agree(clf: FastClassifier) -> None:
    folded = [fold(t) for t in TEXTS]
    from_keys = clf.predict_folded([f.key for f in folded], [f.offsets for f in folded])
    assert from_keys == clf.predict(TEXTS)
    assert any(p.evidence for p in from_keys)
