"""The ``fast`` tier: hashed n-grams of the folded text, a linear model, Platt calibration.

Numpy only at run time. ``predict`` folds each text (:func:`clearsight.normalize.fold.fold`,
which drops what :func:`clearsight.normalize.text.clean` drops: format and control
characters, compatibility forms), hashes the whole batch at once and returns calibrated
scores with evidence spans in the text as given, for every label scored at least
``EVIDENCE_MIN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, Prediction
from clearsight.analyze.classifier.artifacts import FAST_DIR, Artifact, load_artifact
from clearsight.analyze.classifier.calibration import apply_platt
from clearsight.analyze.classifier.evidence import (
    EVIDENCE_MIN,
    batch_words,
    top_spans,
    word_weights,
)
from clearsight.analyze.classifier.features import key_grams
from clearsight.analyze.classifier.linear import group_sum
from clearsight.normalize.fold import fold

FloatArray = npt.NDArray[np.float64]
SUB_BATCH = 256  # texts hashed together: large enough to vectorise, small enough for cache


class FastClassifier:
    """Linear model over hashed word and character n-grams, with exact attributions."""

    name = "fast"

    def __init__(self, artifact: Artifact) -> None:
        self.artifact = artifact
        self.version = artifact.version
        weights = artifact.model.weights
        self._columns = [np.ascontiguousarray(weights[:, j]) for j in range(weights.shape[1])]

    @property
    def thresholds(self) -> dict[str, float]:
        """Operating threshold per label (best F1 on validation)."""
        return self.artifact.thresholds

    @property
    def label(self) -> str:
        """``name@version``, as outputs and findings cite the model."""
        return f"{self.name}@{self.version}"

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        folded = [fold(t) for t in texts]
        return self.predict_folded([f.key for f in folded], [f.offsets for f in folded])

    def predict_folded(
        self, keys: Sequence[str], offsets: Sequence[Sequence[int]]
    ) -> list[Prediction]:
        """Predictions from matching keys and their offsets into the texts."""
        out: list[Prediction] = []
        for i in range(0, len(keys), SUB_BATCH):
            out.extend(self._predict_chunk(keys[i : i + SUB_BATCH], offsets[i : i + SUB_BATCH]))
        return out

    def _predict_chunk(
        self, keys: Sequence[str], offsets: Sequence[Sequence[int]]
    ) -> list[Prediction]:
        model = self.artifact.model
        grams = key_grams(keys)
        words = batch_words(grams)
        weights = word_weights(grams, self._columns, words)
        logits = group_sum(words.doc, weights, grams.n_docs) + model.bias
        probs = self._calibrate(logits)
        explain = probs >= EVIDENCE_MIN
        spans = top_spans(words, weights, grams.origin, offsets, LABELS, explain)
        return [
            Prediction(dict(zip(LABELS, row, strict=True)), found)
            for row, found in zip(probs.tolist(), spans, strict=True)
        ]

    def scores(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels) calibrated probabilities, without evidence (for evaluation)."""
        model = self.artifact.model
        parts = [np.zeros((0, len(LABELS)))]
        for i in range(0, len(texts), SUB_BATCH):
            grams = key_grams([fold(t).key for t in texts[i : i + SUB_BATCH]])
            parts.append(self._calibrate(model.logits(grams)))
        return np.concatenate(parts)

    def _calibrate(self, logits: FloatArray) -> FloatArray:
        return apply_platt(logits, self.artifact.platt_a, self.artifact.platt_b)


def load_fast(folder: Path | None = None) -> FastClassifier:
    """The shipped ``fast`` model (loaded once per process), or the one in ``folder``."""
    if folder is not None:
        return FastClassifier(load_artifact(folder))
    return _shipped()


@cache
def _shipped() -> FastClassifier:
    return FastClassifier(load_artifact(FAST_DIR))
