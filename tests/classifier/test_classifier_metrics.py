"""Metrics against brute-force definitions on generated data."""

from __future__ import annotations

import itertools
import math

import numpy as np

from clearsight.evaluation.metrics import best_f1_threshold, ece, f1_at, pr_auc, roc_auc


def _data(seed: int, n: int = 120) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.3).astype(np.float64)
    p = np.round(rng.random(n) * 0.6 + y * 0.3, 1)  # rounded: many ties
    return y, p


def test_roc_auc_is_the_share_of_ordered_pairs() -> None:
    for seed in range(5):
        y, p = _data(seed)
        pairs = [
            1.0 if a > b else 0.5 if a == b else 0.0
            for a, b in itertools.product(p[y > 0], p[y == 0])
        ]
        assert math.isclose(roc_auc(y, p), float(np.mean(pairs)), abs_tol=1e-12)


def test_pr_auc_is_mean_precision_at_each_positive() -> None:
    y = np.array([1, 0, 1, 1, 0, 0, 1], dtype=np.float64)
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3])
    precisions = [1 / 1, 2 / 3, 3 / 4, 4 / 7]
    assert math.isclose(pr_auc(y, p), float(np.mean(precisions)))


def test_undefined_metrics_are_nan() -> None:
    y = np.zeros(4)
    assert math.isnan(roc_auc(y, np.arange(4.0))) and math.isnan(pr_auc(y, np.arange(4.0)))


def test_f1_and_its_best_threshold() -> None:
    y = np.array([0, 0, 1, 1], dtype=np.float64)
    p = np.array([0.1, 0.4, 0.35, 0.8])
    assert math.isclose(f1_at(y, p, 0.35), 2 * 2 / (3 + 2))
    best = best_f1_threshold(y, p)  # F1 0.8 for any threshold in (0.1, 0.35]
    assert 0.1 < best < 0.35 and math.isclose(f1_at(y, p, best), 0.8)


def test_best_threshold_on_separable_scores_sits_between_the_classes() -> None:
    y = np.array([0, 0, 1, 1], dtype=np.float64)
    p = np.array([0.1, 0.2, 0.9, 0.95])
    assert math.isclose(best_f1_threshold(y, p), 0.6, abs_tol=1e-6)  # logit midpoint of .2, .9
    assert best_f1_threshold(np.zeros(4), p) == 0.5


def test_ece_is_small_when_calibrated_and_large_when_not() -> None:
    rng = np.random.default_rng(3)
    p = rng.random(50_000)
    y = (rng.random(50_000) < p).astype(np.float64)
    assert ece(y, p) < 0.02
    assert ece(y, np.clip(p + 0.3, 0, 1)) > 0.2
