"""Throughput of the ``transformer`` tier on one core: scores only, and with occlusion evidence.

    .venv-build/bin/python bench/bench_transformer.py --data ../shared/data [--n 1000]
        [--repeat 3] [--dtype auto|float32|bfloat16]

Needs the ``transformer`` extra (torch), so it runs in the build venv. Pins the process to one
CPU and torch to one thread, takes a seeded sample of ``--n`` texts from the validation split of
:func:`clearsight.training.data.load_rows`, and reports texts per CPU second (best of
``--repeat``) for ``scores`` and for ``predict`` (evidence for labels at or above 0.5), with the
share of texts flagged and the occluded variants encoded per text. ``--dtype`` overrides the
precision the encoder picked for this CPU (to compare bfloat16 with float32 on one machine).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from clearsight.analyze.classifier.transformer import load_transformer
from clearsight.training.data import load_rows


def pin_one_core() -> Any:
    """Pin to one CPU and return torch set to one thread."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    torch = importlib.import_module("torch")
    torch.set_num_threads(1)
    return torch


def best_rate(run: Callable[[Sequence[str]], object], texts: Sequence[str], repeat: int) -> float:
    """Texts per CPU second, best of ``repeat`` runs (after one warm-up on a few texts)."""
    run(texts[:16])
    best = 0.0
    for _ in range(repeat):
        cpu = time.process_time()
        run(texts)
        best = max(best, len(texts) / max(time.process_time() - cpu, 1e-9))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n", type=int, default=1000, help="texts timed (seeded sample)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dtype", choices=("auto", "float32", "bfloat16"), default="auto")
    args = parser.parse_args()
    torch = pin_one_core()
    valid = load_rows(args.data, seed=args.seed).valid
    picked = np.random.default_rng(args.seed).permutation(len(valid))[: args.n]
    texts = [valid[i].text for i in sorted(picked.tolist())]
    model = load_transformer()
    if args.dtype != "auto":
        model.encoder = dataclasses.replace(model.encoder, dtype=getattr(torch, args.dtype))
    flagged = [np.flatnonzero(row >= 0.5).tolist() for row in model.scores(texts)]
    variants = sum(map(len, model.occluded_words(texts, flagged)))
    print(
        f"{len(texts)} validation texts (mean {np.mean([len(t) for t in texts]):.0f} chars), "
        f"one core, torch {torch.__version__}, {model.encoder.dtype}, best of {args.repeat}"
    )
    share = sum(map(bool, flagged)) / len(texts)
    print(f"flagged at 0.5: {share:.1%}; occluded variants per text {variants / len(texts):.2f}")
    print(f"scores:        {best_rate(model.scores, texts, args.repeat):7.1f} texts/CPU s")
    print(f"with evidence: {best_rate(model.predict, texts, args.repeat):7.1f} texts/CPU s")


if __name__ == "__main__":
    main()
