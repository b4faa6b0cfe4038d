"""The ``fast`` tier: hashed n-grams of the folded text, a linear model, Platt calibration.

Numpy only at run time. ``predict`` folds the batch
(:func:`clearsight.normalize.fold.fold_batch`, which drops what
:func:`clearsight.normalize.text.clean` drops: format and control characters, compatibility
forms), hashes it ``SUB_BATCH`` texts at a time and returns calibrated scores with evidence
spans in the text as given, for every label scored at least ``EVIDENCE_MIN``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, Prediction
from clearsight.analyze.classifier.artifacts import FAST_DIR, Artifact, load_artifact
from clearsight.analyze.classifier.calibration import apply_platt
from clearsight.analyze.classifier.evidence import (
    EVIDENCE_MIN,
    batch_words,
    evidence_lists,
    top_spans,
    word_weights,
)
from clearsight.analyze.classifier.features import key_grams
from clearsight.analyze.classifier.linear import group_sum
from clearsight.normalize.fold import FoldedBatch, fold_batch

FloatArray = npt.NDArray[np.float64]
SUB_BATCH = 256  # texts hashed together: large enough to vectorise, small enough for cache


class FastClassifier:
    """Linear model over hashed word and character n-grams, with exact attributions."""

    name = "fast"

    def __init__(self, artifact: Artifact) -> None:
        self.artifact = artifact
        self.version = artifact.version

    @property
    def thresholds(self) -> dict[str, float]:
        """Operating threshold per label (best F1 on validation)."""
        return self.artifact.thresholds

    @property
    def label(self) -> str:
        """``name@version``, as outputs and findings cite the model."""
        return f"{self.name}@{self.version}"

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return self.predict_batch(fold_batch(texts))

    def predict_folded(
        self, keys: Sequence[str], offsets: Sequence[Sequence[int]]
    ) -> list[Prediction]:
        """Predictions from matching keys and their offsets into the texts."""
        lengths = np.fromiter(map(len, offsets), dtype=np.int64, count=len(offsets))
        flat = np.fromiter(chain.from_iterable(offsets), dtype=np.int64, count=int(lengths.sum()))
        return self.predict_batch(FoldedBatch(list(keys), flat, np.cumsum(lengths) - lengths))

    def predict_batch(self, folded: FoldedBatch) -> list[Prediction]:
        """Predictions from a folded batch."""
        probs, rows = self.explain(folded)
        return [
            Prediction(dict(zip(LABELS, row, strict=True)), found)
            for row, found in zip(probs.tolist(), evidence_lists(rows, len(folded)), strict=True)
        ]

    def explain(self, folded: FoldedBatch) -> tuple[FloatArray, FloatArray]:
        """(texts, labels) calibrated probabilities and the evidence as span rows
        ``(text, label, start, end, weight)`` (see :func:`top_spans`)."""
        probs, rows = [np.zeros((0, len(LABELS)))], [np.zeros((0, 5))]
        for i in range(0, len(folded), SUB_BATCH):
            chunk_probs, chunk_rows = self._explain_chunk(folded, i, i + SUB_BATCH)
            chunk_rows[:, 0] += i
            probs.append(chunk_probs)
            rows.append(chunk_rows)
        return np.concatenate(probs), np.concatenate(rows)

    def _explain_chunk(
        self, folded: FoldedBatch, start: int, end: int
    ) -> tuple[FloatArray, FloatArray]:
        grams = key_grams(folded.keys[start:end])
        words = batch_words(grams)
        weights = word_weights(grams, self.artifact.model.weights, words)
        logits = group_sum(words.doc, weights, grams.n_docs) + self.artifact.model.bias
        probs = self._calibrate(logits)
        starts = folded.starts[start:end]
        explain = probs >= EVIDENCE_MIN
        return probs, top_spans(words, weights, grams.origin, folded.offsets, starts, explain)

    def scores(self, texts: Sequence[str]) -> FloatArray:
        """(texts, labels) calibrated probabilities, without evidence (for evaluation)."""
        model = self.artifact.model
        parts = [np.zeros((0, len(LABELS)))]
        keys = fold_batch(texts).keys
        for i in range(0, len(keys), SUB_BATCH):
            grams = key_grams(keys[i : i + SUB_BATCH])
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
