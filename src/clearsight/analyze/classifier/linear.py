"""A linear model per label over hashed features, with exact per-feature attributions.

``logit[text, label] = bias[label] + value[text] * sum(weight[bucket, label])`` over the text's
feature rows (every row of a text has the same value, ``1 / sqrt(rows)``), so
``weight * value`` of a row is exactly its share of the logit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.features import Grams

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class LinearModel:
    """``weights`` is (buckets, labels) float32; ``bias`` is (labels,) float64."""

    weights: npt.NDArray[np.float32]
    bias: FloatArray

    def row_weights(self, grams: Grams) -> npt.NDArray[np.float32]:
        """Each feature row's weights (rows, labels); times the text's value, its share."""
        out: npt.NDArray[np.float32] = self.weights[grams.bucket]
        return out

    def logits(self, grams: Grams, rows: npt.NDArray[np.float32] | None = None) -> FloatArray:
        """(texts, labels) logits."""
        raw = self.row_weights(grams) if rows is None else rows
        sums = group_sum(grams.doc, raw, grams.n_docs)
        out: FloatArray = sums * grams.doc_value[:, None] + self.bias
        return out


def group_sum(group: IntArray, values: npt.NDArray[np.floating], n_groups: int) -> FloatArray:
    """(groups, columns): the sum of ``values`` rows per group index."""
    columns = values.shape[1]
    index = (group[:, None] * columns + np.arange(columns)).ravel()
    sums = np.bincount(index, weights=values.ravel(), minlength=n_groups * columns)
    out: FloatArray = sums.reshape(n_groups, columns).astype(np.float64, copy=False)
    return out
