"""Operating thresholds of every tier, chosen the same way on the validation split.

Each label's threshold is its best-F1 threshold on validation (the midpoint of the best-F1
plateau, :func:`clearsight.evaluation.metrics.best_f1_threshold`). The stance labels take it
from the written validation rows only: their frames, and the frames' translations, are unseen
in training, while the public rows of these labels are topic data (hashtag-labelled tweets).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS
from clearsight.evaluation.metrics import best_f1_threshold
from clearsight.training.data import WRITTEN, Row

FloatArray = npt.NDArray[np.float64]
STANCE_LABELS = frozenset({"violent_extremist", "counter_speech"})


def operating_thresholds(rows: Sequence[Row], probs: FloatArray) -> dict[str, float]:
    """Label -> threshold from validation ``rows`` and their (rows, labels) probabilities."""
    written = np.array([r.dataset == WRITTEN for r in rows], dtype=bool)
    out = {}
    for j, label in enumerate(LABELS):
        y = np.array([r.labels[label] for r in rows], dtype=np.float64)
        mask = written if label in STANCE_LABELS and written.any() else np.ones_like(written)
        out[label] = round(best_f1_threshold(y[mask], probs[mask, j]), 6)
    return out
