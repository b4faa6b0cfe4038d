"""Train the ``semantic`` tier's head and its stack with ``fast`` (numpy only, seeded).

Reads the distilled static embeddings already in the artifact folder (see
:mod:`clearsight.training.distill`), the splits of :func:`clearsight.training.data.load_rows`,
and the shipped ``fast`` tier. Fits a class-balanced, L2-regularised logistic head per label on
standardised mean and max-pooled embeddings of the train split (Newton/IRLS, deterministic),
then a stacked logistic ``alpha*fast + beta*semantic + gamma`` per label on the validation
split (which also calibrates it). Writes ``head.npz``, ``golden.jsonl`` and manifest entries::

    python -m clearsight.training.train_semantic --data ../shared/data [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.artifacts import FAST_DIR
from clearsight.analyze.classifier.calibration import sigmoid
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.analyze.classifier.semantic import (
    HEAD_FILE,
    PINNED_FAST,
    Head,
    load_semantic,
    logit,
    save_head,
    tokenize_batch,
)
from clearsight.analyze.classifier.static_embeddings import (
    SEMANTIC_DIR,
    StaticEmbeddings,
    load_embeddings,
    sha256_file,
)
from clearsight.evaluation.metrics import roc_auc
from clearsight.training.data import Row, load_rows
from clearsight.training.golden import GOLDEN_INPUTS
from clearsight.training.semantic_card import write_semantic_card
from clearsight.training.thresholds import operating_thresholds
from clearsight.training.train_fast import sample_weights

FloatArray = npt.NDArray[np.float64]
VERSION = "1.0"
HEAD_L2 = 1.0
STACK_L2 = 1e-2
GOLDEN_FILE = "golden.jsonl"


def fit_logistic(
    x: FloatArray, y: FloatArray, sample_weight: FloatArray, l2: float, steps: int = 12
) -> FloatArray:
    """Coefficients (last one the intercept) of an L2-regularised logistic fit by Newton."""
    design = np.hstack([x, np.ones((len(x), 1))])
    coef = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 0.5 * (1.0 + np.tanh(0.5 * (design @ coef)))
        grad = design.T @ (sample_weight * (p - y)) + penalty * coef
        curve = sample_weight * np.maximum(p * (1 - p), 1e-9)
        hess = (design * curve[:, None]).T @ design + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        coef -= step
        if np.abs(step).max() < 1e-7:
            break
    return coef


def balanced(y: FloatArray, base: FloatArray) -> FloatArray:
    """``base`` rescaled so both classes carry the same total weight (mean weight 1)."""
    pos = max(float(base[y > 0].sum()), 1e-9)
    neg = max(float(base[y <= 0].sum()), 1e-9)
    return base * np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * neg))


def features(emb: StaticEmbeddings, texts: Sequence[str]) -> FloatArray:
    """(texts, 2 * dims): SIF-weighted mean and per-dimension max of the token embeddings
    (over tokens with weight; zeros for a text without any), as the runtime computes them."""
    batch = tokenize_batch(emb, texts)
    out = np.zeros((len(texts), 2 * emb.dims))
    kept = np.flatnonzero(batch.share > 0)
    if not len(kept):
        return out
    rows = emb.vectors[batch.ids[kept]]
    doc = batch.doc[kept]
    firsts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    mean = rows.astype(np.float64) * batch.share[kept, None]
    out[doc[firsts], : emb.dims] = np.add.reduceat(mean, firsts, axis=0)
    out[doc[firsts], emb.dims :] = np.maximum.reduceat(rows, firsts, axis=0)
    return out


def labels_of(rows: Sequence[Row]) -> FloatArray:
    return np.array([[r.labels[k] for k in LABELS] for r in rows], dtype=np.float64)


def train_head(emb: StaticEmbeddings, rows: Sequence[Row]) -> tuple[FloatArray, FloatArray]:
    """The semantic head: :func:`fit_head` on the rows' mean static embeddings."""
    return fit_head(features(emb, [r.text for r in rows]), rows)


def fit_head(x: FloatArray, rows: Sequence[Row]) -> tuple[FloatArray, FloatArray]:
    """Head weights (dims, labels) and bias, folded back from standardised features."""
    y = labels_of(rows)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    weights = np.zeros((x.shape[1], len(LABELS)))
    bias = np.zeros(len(LABELS))
    for index in range(len(LABELS)):
        base = sample_weights(rows, LABELS[index])
        coef = fit_logistic(z, y[:, index], balanced(y[:, index], base), HEAD_L2)
        weights[:, index] = coef[:-1] / scale
        bias[index] = coef[-1] - float(np.dot(coef[:-1], mean / scale))
    return weights, bias


def train_stack(fst: FloatArray, sem: FloatArray, y: FloatArray) -> FloatArray:
    """(3, labels): alpha, beta, gamma per label, fitted on the validation split."""
    stack = np.zeros((3, len(LABELS)))
    for index in range(len(LABELS)):
        x = np.stack([fst[:, index], sem[:, index]], axis=1)
        stack[:, index] = fit_logistic(x, y[:, index], np.ones(len(y)), STACK_L2)
    return stack


def aucs(y: FloatArray, p: FloatArray) -> dict[str, float]:
    """ROC-AUC per label (NaN-free: labels without both classes are left out)."""
    return {
        k: round(roc_auc(y[:, i], p[:, i]), 4)
        for i, k in enumerate(LABELS)
        if 0 < y[:, i].sum() < len(y)
    }


def train(
    data_dir: Path, folder: Path = SEMANTIC_DIR, seed: int = 7, fast_dir: Path | None = None
) -> dict[str, Any]:
    """Train, write the head, golden scores and manifest entries; return the metrics."""
    splits = load_rows(data_dir, seed=seed)
    emb = load_embeddings(folder)
    fast = pin_fast(fast_dir or FAST_DIR, folder, seed)
    weights, bias = train_head(emb, splits.train)
    metrics: dict[str, Any] = {
        "rows": {"train": len(splits.train), "valid": len(splits.valid), "test": len(splits.test)}
    }
    head = Head(weights, bias, np.zeros((3, len(LABELS))))
    sem_valid, fst_valid = _tier_logits(emb, head, fast, splits.valid)
    head = Head(weights, bias, train_stack(fst_valid, sem_valid, labels_of(splits.valid)))
    save_head(folder, head)
    _update_manifest(folder, {HEAD_FILE: sha256_file(folder / HEAD_FILE)}, seed)
    for name, rows in (("valid", splits.valid), ("test", splits.test)):
        metrics[name] = _evaluate(emb, head, fast, rows)
    operating = thresholds(emb, head, fast, splits.valid)
    write_golden(folder)
    _update_manifest(
        folder,
        {GOLDEN_FILE: sha256_file(folder / GOLDEN_FILE)},
        seed,
        metrics=metrics,
        thresholds=operating,
    )
    return metrics


def pin_fast(fast_dir: Path, folder: Path, seed: int) -> FastClassifier:
    """Copy the ``fast`` model into ``folder/fast`` and record it; the stack is fitted on it."""
    target = folder / PINNED_FAST
    target.mkdir(exist_ok=True)
    for name in ("model.npz", "manifest.json"):
        shutil.copyfile(fast_dir / name, target / name)
    _update_manifest(
        folder, {f"{PINNED_FAST}/manifest.json": sha256_file(target / "manifest.json")}, seed
    )
    return load_fast(target)


def _tier_logits(
    emb: StaticEmbeddings, head: Head, fast: FastClassifier, rows: Sequence[Row]
) -> tuple[FloatArray, FloatArray]:
    from clearsight.analyze.classifier.semantic import SemanticClassifier

    texts = [r.text for r in rows]
    model = SemanticClassifier(emb, head, fast, VERSION)
    return model.semantic_logits(texts), logit(fast.scores(texts))


def _evaluate(
    emb: StaticEmbeddings, head: Head, fast: FastClassifier, rows: Sequence[Row]
) -> dict[str, Any]:
    from clearsight.analyze.classifier.semantic import SemanticClassifier

    texts, y = [r.text for r in rows], labels_of(rows)
    model = SemanticClassifier(emb, head, fast, VERSION)
    return {
        "roc_auc_fast": aucs(y, fast.scores(texts)),
        "roc_auc_semantic_head": aucs(y, model.semantic_logits(texts)),
        "roc_auc_semantic": aucs(y, model.scores(texts)),
    }


def thresholds(
    emb: StaticEmbeddings, head: Head, fast: FastClassifier, rows: Sequence[Row]
) -> dict[str, float]:
    """Operating threshold per label, chosen as for every tier (:mod:`.thresholds`)."""
    from clearsight.analyze.classifier.semantic import SemanticClassifier

    probs = SemanticClassifier(emb, head, fast, VERSION).scores([r.text for r in rows])
    return operating_thresholds(rows, probs)


def write_golden(folder: Path) -> None:
    """Score :data:`GOLDEN_INPUTS` with the artifact as saved, and record the scores."""
    model = load_semantic(folder)
    lines = [
        json.dumps({"text": text, "scores": p.scores}, ensure_ascii=False, sort_keys=True)
        for text, p in zip(GOLDEN_INPUTS, model.predict(list(GOLDEN_INPUTS)), strict=True)
    ]
    (folder / GOLDEN_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _update_manifest(
    folder: Path,
    files: dict[str, str],
    seed: int,
    **sections: Any,
) -> None:
    path = folder / "manifest.json"
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    manifest["files"] = dict(manifest.get("files", {}), **files)
    manifest["version"] = VERSION
    manifest["head"] = {"trainer": __name__, "seed": seed, "l2": HEAD_L2, "labels": LABELS}
    manifest.update(sections)
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def train_transformer(
    data_dir: Path, folder: Path = SEMANTIC_DIR, seed: int = 7, limit: int = 6000
) -> dict[str, Any]:
    """The transformer tier's head on a seeded sample of ``limit`` train rows (build venv).

    The head and stack are fitted on embeddings from the runtime's own :class:`Encoder` (same
    token limit, batching and precision as scoring), and the manifest records that precision
    and limit: bfloat16 and float32 embeddings agree to cosine 0.9999, so a head fitted on one
    serves the other."""
    from clearsight.analyze.classifier.transformer import HEAD_FILE as TRANSFORMER_HEAD
    from clearsight.analyze.classifier.transformer import (
        MAX_LENGTH,
        Encoder,
        TransformerClassifier,
    )

    splits, encoder, fast = (
        load_rows(data_dir, seed=seed),
        Encoder.load(),
        load_semantic(folder).fast,
    )
    train_rows = sample(splits.train, limit, seed)
    valid, test = sample(splits.valid, limit // 3, seed), sample(splits.test, limit // 3, seed)
    weights, bias = fit_head(encoder.encode([r.text for r in train_rows]), train_rows)
    texts, y_valid = [r.text for r in valid], labels_of(valid)
    fst, head_valid = logit(fast.scores(texts)), encoder.encode(texts) @ weights + bias
    stack = train_stack(fst, head_valid, y_valid)
    probs = sigmoid(stack[0] * fst + stack[1] * head_valid + stack[2])
    model = TransformerClassifier(encoder, Head(weights, bias, stack), fast, {"version": VERSION})
    save_head(folder, model.head, TRANSFORMER_HEAD)
    texts, y = [r.text for r in test], labels_of(test)
    metrics = {
        "rows": {"train": len(train_rows), "valid": len(valid), "test": len(test)},
        "encoder": {
            "dtype": str(encoder.dtype).removeprefix("torch."),
            "max_length": MAX_LENGTH,
            "torch": str(encoder.torch.__version__),
        },
        "thresholds": operating_thresholds(valid, probs),
        "test_roc_auc": aucs(y, model.scores(texts)),
        "test_roc_auc_fast": aucs(y, fast.scores(texts)),
    }
    _update_manifest(
        folder,
        {TRANSFORMER_HEAD: sha256_file(folder / TRANSFORMER_HEAD)},
        seed,
        transformer=metrics,
    )
    return metrics


def sample(rows: Sequence[Row], limit: int, seed: int) -> list[Row]:
    """Every rare-label and written row (up to ``limit // 2``), then a seeded random fill."""
    order = np.random.default_rng(seed).permutation(len(rows)).tolist()
    rare = [
        i
        for i in order
        if rows[i].labels["counter_speech"] or rows[i].dataset == "clearsight-written"
    ][: limit // 2]
    taken = set(rare)
    rest = [i for i in order if i not in taken][: max(limit - len(rare), 0)]
    return [rows[i] for i in sorted(rare + rest)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the semantic tier's head.")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--folder", type=Path, default=SEMANTIC_DIR)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--fast", type=Path, default=None, help="fast artifact (default: shipped)")
    parser.add_argument("--tier", choices=("semantic", "transformer"), default="semantic")
    parser.add_argument("--limit", type=int, default=6000, help="transformer: train rows")
    args = parser.parse_args(argv)
    if args.tier == "transformer":
        metrics = train_transformer(args.data, args.folder, args.seed, args.limit)
    else:
        metrics = train(args.data, args.folder, args.seed, args.fast)
    write_semantic_card(args.folder, args.data)
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
