"""Unintended-bias metrics (Borkan et al. 2019), numpy only.

For one label and one identity group, with ``y`` the truth, ``p`` the scores and ``g`` the
group mask: subgroup AUC (group items only), BPSN AUC (background positives with subgroup
negatives: low means the model scores harmless texts about the group high) and BNSP AUC
(background negatives with subgroup positives: low means it misses harm aimed at the group).
The Jigsaw benchmark combines them as ``0.25 * overall + 0.25 * sum(power_mean(m, p=-5))``.
A cell with fewer than ``MIN_CLASS`` positives or negatives in the group or the background is
"insufficient data" (``None``), never a number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from clearsight.evaluation.metrics import roc_auc

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
MIN_CLASS = 5
POWER = -5.0
BIAS_METRICS = ("subgroup_auc", "bpsn_auc", "bnsp_auc")


def sufficient(y: FloatArray, g: BoolArray, minimum: int = MIN_CLASS) -> bool:
    """True when group and background each hold ``minimum`` positives and negatives."""
    pos = y > 0
    counts = (pos & g, ~pos & g, pos & ~g, ~pos & ~g)
    return all(int(c.sum()) >= minimum for c in counts)


def bias_aucs(y: FloatArray, p: FloatArray, g: BoolArray) -> dict[str, float]:
    """Subgroup, BPSN and BNSP AUC of one group."""
    pos = y > 0
    bpsn = (pos & ~g) | (~pos & g)
    bnsp = (~pos & ~g) | (pos & g)
    return {
        "subgroup_auc": roc_auc(y[g], p[g]),
        "bpsn_auc": roc_auc(y[bpsn], p[bpsn]),
        "bnsp_auc": roc_auc(y[bnsp], p[bnsp]),
    }


def power_mean(values: Sequence[float], power: float = POWER) -> float | None:
    """Generalised mean with exponent ``power``; None when there are no values."""
    arr = np.asarray([v for v in values if not math.isnan(v)], dtype=np.float64)
    if arr.size == 0:
        return None
    if np.any(arr <= 0):
        return 0.0
    return float(np.mean(arr**power) ** (1.0 / power))


def final_score(
    overall: float, per_metric: dict[str, list[float]], weight: float = 0.25
) -> float | None:
    """Jigsaw's combination of overall AUC and the power means of the three bias AUCs."""
    means = [power_mean(per_metric.get(name, [])) for name in BIAS_METRICS]
    if math.isnan(overall) or any(m is None for m in means):
        return None
    return float(weight * overall + sum(weight * m for m in means if m is not None))


def error_rates(y: FloatArray, p: FloatArray, threshold: float) -> tuple[float, float]:
    """False-positive and false-negative rate at ``threshold`` (nan when undefined)."""
    flagged = p >= threshold
    pos = y > 0
    fpr = float(np.mean(flagged[~pos])) if (~pos).any() else float("nan")
    fnr = float(np.mean(~flagged[pos])) if pos.any() else float("nan")
    return fpr, fnr


def bootstrap_ci(
    metric: Callable[[FloatArray, FloatArray, BoolArray], float],
    y: FloatArray,
    p: FloatArray,
    g: BoolArray,
    *,
    rounds: int,
    seed: int,
) -> tuple[float, float] | None:
    """Percentile 95% interval over ``rounds`` resamples (seeded); None if too few defined."""
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        idx = rng.integers(0, len(y), len(y))
        value = metric(y[idx], p[idx], g[idx])
        if not math.isnan(value):
            values.append(value)
    if len(values) < max(2, rounds // 2):
        return None
    lo, hi = np.percentile(values, [2.5, 97.5])
    return float(lo), float(hi)


def flip_pairs(scores: Sequence[float], threshold: float) -> tuple[int, int]:
    """Pairs among counterfactual variants, and how many fall on opposite sides of threshold."""
    flagged = sum(1 for s in scores if s >= threshold)
    n = len(scores)
    return n * (n - 1) // 2, flagged * (n - flagged)
