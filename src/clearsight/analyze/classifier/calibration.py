"""Platt scaling per label: ``p = sigmoid(a * logit + b)`` with ``a > 0``, fitted by Newton.

Numpy only, so the runtime never needs scikit-learn. ``a`` is kept positive, so calibration
is monotonic: it never reorders texts, it only makes the numbers mean what they say.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
_MIN_SLOPE = 1e-3


def sigmoid(z: FloatArray) -> FloatArray:
    """The logistic function, safe for large ``|z|``."""
    out: FloatArray = 0.5 * (1.0 + np.tanh(0.5 * z))
    return out


def fit_platt(logits: FloatArray, y: FloatArray, *, steps: int = 100) -> tuple[float, float]:
    """``(a, b)`` minimising log loss (Newton with step halving), on Platt's smoothed targets."""
    pos = float(np.sum(y > 0))
    neg = float(len(y) - pos)
    target = np.where(y > 0, (pos + 1) / (pos + 2), 1 / (neg + 2))
    params = np.array([1.0, 0.0])
    loss = _log_loss(params, logits, target)
    for _ in range(steps):
        step = _newton_step(params, logits, target)
        scale = 1.0
        while scale > 1e-6:
            trial = params - scale * step
            trial_loss = _log_loss(trial, logits, target)
            if trial_loss <= loss:
                break
            scale /= 2
        else:
            break
        done = abs(loss - trial_loss) < 1e-12
        params, loss = trial, trial_loss
        if done:
            break
    return max(float(params[0]), _MIN_SLOPE), float(params[1])


def _log_loss(params: FloatArray, z: FloatArray, t: FloatArray) -> float:
    s = params[0] * z + params[1]
    # log(1 + e^s) - t * s, stable for large |s|
    return float(np.mean(np.logaddexp(0.0, s) - t * s))


def _newton_step(params: FloatArray, z: FloatArray, t: FloatArray) -> FloatArray:
    p = sigmoid(params[0] * z + params[1])
    w = np.maximum(p * (1 - p), 1e-12)
    grad = np.array([np.dot(p - t, z), np.sum(p - t)])
    hess = np.array([[np.dot(w * z, z), np.dot(w, z)], [np.dot(w, z), w.sum()]])
    step: FloatArray = np.linalg.solve(hess + 1e-9 * np.eye(2), grad)
    return step


def apply_platt(logits: FloatArray, a: FloatArray, b: FloatArray) -> FloatArray:
    """Calibrated probabilities; ``logits`` is (texts, labels), ``a`` and ``b`` per label."""
    return sigmoid(logits * a + b)
