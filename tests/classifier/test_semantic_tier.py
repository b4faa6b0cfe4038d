"""The ``semantic`` tier: golden scores from the artifact, evidence spans, the analyzer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from clearsight.analyze.classifier.api import LABELS, load_classifier
from clearsight.analyze.classifier.semantic import SemanticAnalyzer, load_semantic
from clearsight.analyze.classifier.static_embeddings import MAX_CHARS, SEMANTIC_DIR
from clearsight.config import Settings
from clearsight.testing import check_plugin

TEXTS = [
    "The Quillhaven choir sings at the harvest fair on Sunday.",
    "We condemn the Gloomsbury Phantoms and their raid on the Ferndale ferry.",
    "Join the Gl00msbury Phant0ms, brothers, Ferndale needs your hands!",
    "Die Bürger von Mossbridge feiern am Sonntag ein Apfelfest.",
    "",
    "☃☃☃",
]


def golden_rows() -> list[dict[str, object]]:
    lines = (SEMANTIC_DIR / "golden.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_golden_scores_reproduce_from_the_artifact() -> None:
    rows = golden_rows()
    assert len(rows) >= 10
    texts = [str(r["text"]) for r in rows]
    got = load_semantic(SEMANTIC_DIR).predict(texts)
    for row, prediction in zip(rows, got, strict=True):
        expected = row["scores"]
        assert isinstance(expected, dict)
        for label in LABELS:
            assert prediction.scores[label] == pytest.approx(expected[label], abs=1e-6)


def test_tier_is_registered_and_scores_are_probabilities() -> None:
    model = load_classifier("semantic")
    assert model.name == "semantic"
    predictions = model.predict(TEXTS)
    assert len(predictions) == len(TEXTS)
    for prediction in predictions:
        assert set(prediction.scores) == set(LABELS)
        assert all(0.0 <= p <= 1.0 for p in prediction.scores.values())


def test_batch_and_single_predictions_agree_exactly() -> None:
    model = load_semantic()
    texts = [*TEXTS, "Mossbridge apple fair. " * 40]  # more tokens than one BLAS product
    batch = model.scores(texts * 5)  # a batch large enough to change a one-product result
    single = np.vstack([model.scores([t]) for t in texts])
    np.testing.assert_array_equal(batch, np.vstack([single] * 5))
    predicted = model.predict(texts * 5)
    assert [model.predict([t])[0] for t in texts] * 5 == predicted


def test_evidence_spans_lie_in_the_text_and_carry_weight() -> None:
    model = load_semantic()
    seen = 0
    for text, prediction in zip(TEXTS, model.predict(TEXTS), strict=True):
        for span in prediction.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end].strip(), "a span covers only spaces"
            assert span.label in LABELS and span.weight > 0
            seen += 1
    assert seen > 0


def test_semantic_evidence_points_at_the_words_that_moved_the_head() -> None:
    model = load_semantic()
    text = "Quillhaven " * 3 + "choir"
    [prediction] = model.predict([text])
    words = {text[s.start : s.end] for s in prediction.evidence}
    assert words <= {"Quillhaven", "choir"}


def test_long_inputs_are_bounded() -> None:
    model = load_semantic()
    text = "Mossbridge apple fair. " * (MAX_CHARS // 10)
    [prediction] = model.predict([text])
    assert all(s.end <= len(text) for s in prediction.evidence)


def test_semantic_analyzer_honours_the_plugin_contract(tmp_path: Path) -> None:
    check_plugin(SemanticAnalyzer, tmp_path)


def test_semantic_analyzer_runs_only_when_configured(settings: Settings) -> None:
    assert not SemanticAnalyzer.enabled_by_default(settings)
    chosen = settings.model_copy(
        update={"classifier": settings.classifier.model_copy(update={"tier": "semantic"})}
    )
    assert SemanticAnalyzer.enabled_by_default(chosen)


def test_spans_of_one_word_and_label_are_merged() -> None:
    model = load_semantic()
    for prediction in model.predict(TEXTS):
        keys = [(s.label, s.start, s.end) for s in prediction.evidence]
        assert len(keys) == len(set(keys))


def test_token_contributions_add_up_to_the_head_logit() -> None:
    from clearsight.analyze.classifier.semantic import tokenize_batch
    from clearsight.training.train_semantic import features

    texts = [*TEXTS, "Quillhaven Quillhaven Quillhaven choir"]  # ties in the max
    model = load_semantic()
    batch = tokenize_batch(model.emb, texts)
    contrib = model.contributions(batch)
    summed = np.stack(
        [np.bincount(batch.doc, contrib[:, i], minlength=len(texts)) for i in range(len(LABELS))],
        axis=1,
    )
    expected = features(model.emb, texts) @ model.head.weights
    np.testing.assert_allclose(summed, expected, atol=1e-5)
