"""Ranking and calibration metrics, numpy only: ROC-AUC, PR-AUC, F1, ECE.

All take ``y`` (0/1) and ``p`` (scores) as 1-D arrays. A metric that is undefined for the
data (ROC-AUC with one class only) is ``nan``; callers print it as such.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def roc_auc(y: FloatArray, p: FloatArray) -> float:
    """Area under the ROC curve (Mann-Whitney U, ties counted half)."""
    pos = int(np.sum(y > 0))
    neg = len(y) - pos
    if pos == 0 or neg == 0:
        return math.nan
    ranks = _average_ranks(p)
    return float((ranks[y > 0].sum() - pos * (pos + 1) / 2) / (pos * neg))


def _average_ranks(p: FloatArray) -> FloatArray:
    order = np.argsort(p, kind="mergesort")
    sorted_p = p[order]
    ranks = np.empty(len(p), dtype=np.float64)
    first = np.r_[True, sorted_p[1:] != sorted_p[:-1]]
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], len(p)]
    mean_rank = (starts + ends + 1) / 2.0  # 1-based average rank of each tie group
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def pr_auc(y: FloatArray, p: FloatArray) -> float:
    """Average precision: the area under the precision-recall curve, step-wise."""
    pos = int(np.sum(y > 0))
    if pos == 0:
        return math.nan
    order = np.argsort(-p, kind="mergesort")
    ys, ps = y[order] > 0, p[order]
    last = np.r_[ps[1:] != ps[:-1], True]  # thresholds at the end of each tie group
    tp = np.cumsum(ys)[last]
    seen = (np.flatnonzero(last) + 1).astype(np.float64)
    recall_gain = np.diff(np.r_[0, tp]) / pos
    return float(np.sum(recall_gain * tp / seen))


def f1_at(y: FloatArray, p: FloatArray, threshold: float) -> float:
    """F1 of ``p >= threshold`` against ``y``."""
    hit = p >= threshold
    tp = float(np.sum(hit & (y > 0)))
    denom = float(np.sum(hit) + np.sum(y > 0))
    return 2 * tp / denom if denom else math.nan


def best_f1_threshold(y: FloatArray, p: FloatArray) -> float:
    """The score threshold with the highest F1 (0.5 when there are no positives).

    Every threshold between the lowest best-F1 score and the next lower score gives the same
    validation F1; the one returned is their midpoint in logit space, the largest margin on
    either side. On separable data (no negative above a positive) that is halfway between the
    highest negative and the lowest positive, not the lowest positive itself, which would
    overfit the validation rows.
    """
    if not np.any(y > 0):
        return 0.5
    candidates = np.unique(np.round(p, 4))
    best = max(candidates.tolist(), key=lambda t: (f1_at(y, p, t), -t))
    below = p[p < best]
    if not len(below):
        return float(best)
    return _midpoint_in_logits(float(below.max()), float(best))


def _midpoint_in_logits(low: float, high: float) -> float:
    eps = 1e-6
    lo, hi = (min(max(v, eps), 1 - eps) for v in (low, high))
    mid = (math.log(lo / (1 - lo)) + math.log(hi / (1 - hi))) / 2
    return round(1 / (1 + math.exp(-mid)), 6)


def ece(y: FloatArray, p: FloatArray, bins: int = 10) -> float:
    """Expected calibration error over ``bins`` equal-width bins."""
    if len(y) == 0:
        return math.nan
    index = np.minimum((p * bins).astype(np.int64), bins - 1)
    conf = np.bincount(index, weights=p, minlength=bins)
    acc = np.bincount(index, weights=(y > 0).astype(np.float64), minlength=bins)
    return float(np.sum(np.abs(acc - conf)) / len(y))


@dataclass(frozen=True, slots=True)
class LabelMetrics:
    n: int
    positives: int
    roc_auc: float
    pr_auc: float
    f1: float
    ece: float


def label_metrics(y: FloatArray, p: FloatArray, threshold: float) -> LabelMetrics:
    """Every metric of one label at one operating threshold."""
    return LabelMetrics(
        len(y), int(np.sum(y > 0)), roc_auc(y, p), pr_auc(y, p), f1_at(y, p, threshold), ece(y, p)
    )
