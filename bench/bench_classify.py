"""Classifier throughput on one core and ROC-AUC, against alt-profanity-check in the same run.

    python bench/bench_classify.py --data ../shared/data [--seed 7] [--n 20000]

Pins the process and all its threads to one CPU (affinity; run it with
``OPENBLAS_NUM_THREADS=1``, as ``make bench`` does, so BLAS starts no threads either), takes
the validation split of :func:`clearsight.training.data.load_rows` (the split the fast tier
calibrated on, never trained on), and for each tier that loads, and for alt-profanity-check
(``pip install alt-profanity-check``), reports texts/s per wall-clock and per CPU second, the
ratio against alt-profanity-check, and ROC-AUC per label on that split. alt-profanity-check
gives one score, compared against each label. Best of ``--repeat`` timed runs.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, TIERS, load_classifier
from clearsight.evaluation.metrics import roc_auc
from clearsight.training.data import Row, load_rows

FloatArray = npt.NDArray[np.float64]
Scorer = Callable[[Sequence[str]], FloatArray]
BATCH = 1000


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def tier_scorer(tier: str) -> Scorer | None:
    try:
        clf = load_classifier(tier)
    except Exception as exc:  # a tier whose extra or artifact is missing is reported, not fatal
        print(f"{tier}: not available ({type(exc).__name__}: {exc})")
        return None

    def score(texts: Sequence[str]) -> FloatArray:
        return np.array([[p.scores[k] for k in LABELS] for p in clf.predict(texts)])

    return score


def profanity_scorer() -> Scorer | None:
    try:
        from profanity_check import predict_prob
    except ImportError:
        print("alt-profanity-check: not installed (pip install alt-profanity-check)")
        return None

    def score(texts: Sequence[str]) -> FloatArray:
        p = np.asarray(predict_prob(list(texts)), dtype=np.float64)
        return np.repeat(p[:, None], len(LABELS), axis=1)

    return score


def timed(score: Scorer, texts: Sequence[str], repeat: int) -> tuple[FloatArray, float, float]:
    """Scores, and the best texts/s per wall second and per CPU second."""
    best_wall = best_cpu = 0.0
    out = np.zeros((0, len(LABELS)))
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        out = np.concatenate([score(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        best_wall = max(best_wall, len(texts) / wall)
        best_cpu = max(best_cpu, len(texts) / max(cpu, 1e-9))
    return out, best_wall, best_cpu


def aucs(rows: Sequence[Row], scores: FloatArray) -> list[float]:
    return [
        roc_auc(np.array([r.labels[k] for r in rows], dtype=np.float64), scores[:, j])
        for j, k in enumerate(LABELS)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n", type=int, default=20_000, help="texts timed (cycled)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pin_one_core()
    valid = load_rows(args.data, seed=args.seed).valid
    texts = [valid[i % len(valid)].text for i in range(args.n)]
    scorers: dict[str, Scorer | None] = {t: tier_scorer(t) for t in TIERS}
    scorers["alt-profanity-check"] = profanity_scorer()
    print(f"{len(valid)} validation rows; {args.n} texts timed, one core, best of {args.repeat}")
    print(
        f"{'model':22}{'texts/s':>10}{'cpu texts/s':>13}{'ratio':>8}  ROC-AUC " + " ".join(LABELS)
    )
    results = {}
    for name, score in scorers.items():
        if score is not None:
            _, wall, cpu = timed(score, texts, args.repeat)
            results[name] = (wall, cpu, aucs(valid, score([r.text for r in valid])))
    base = results.get("alt-profanity-check", (float("nan"),) * 2)[1]
    for name, (wall, cpu, auc) in results.items():
        cells = " ".join(f"{a:.3f}" for a in auc)
        print(f"{name:22}{wall:10.0f}{cpu:13.0f}{cpu / base:8.2f}  {cells}")


if __name__ == "__main__":
    main()
