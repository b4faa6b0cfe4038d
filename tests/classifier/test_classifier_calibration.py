"""Platt scaling: monotonic, inside [0, 1], and it recovers a known curve."""

from __future__ import annotations

import numpy as np

from clearsight.analyze.classifier.calibration import apply_platt, fit_platt, sigmoid


def test_platt_recovers_the_generating_curve() -> None:
    rng = np.random.default_rng(11)
    z = rng.normal(0, 3, 40_000)
    y = (rng.random(len(z)) < sigmoid(0.5 * z - 1.0)).astype(np.float64)
    a, b = fit_platt(z, y)
    assert abs(a - 0.5) < 0.05 and abs(b + 1.0) < 0.1


def test_calibration_is_monotonic_and_bounded() -> None:
    rng = np.random.default_rng(5)
    z = rng.normal(0, 2, 2000)
    y = (rng.random(2000) < 0.2).astype(np.float64)  # labels unrelated to z
    a, b = fit_platt(z, y)
    assert a > 0
    grid = np.linspace(-1e4, 1e4, 2001)[:, None]
    p = apply_platt(grid, np.array([a]), np.array([b]))[:, 0]
    assert np.all((p >= 0) & (p <= 1)) and np.all(np.diff(p) >= 0)


def test_reversed_scores_do_not_flip_the_order() -> None:
    z = np.linspace(-3, 3, 500)
    y = (z < 0).astype(np.float64)  # higher logit, fewer positives
    a, _ = fit_platt(z, y)
    assert a > 0
