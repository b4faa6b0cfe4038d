"""After training: measure the artifact and write its golden scores, card and manifest."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.artifacts import GOLDEN_FILE, write_manifest
from clearsight.analyze.classifier.fast import FastClassifier, load_fast
from clearsight.evaluation.functional import run_suite
from clearsight.evaluation.metrics import label_metrics
from clearsight.training.data import Row, Splits
from clearsight.training.golden import GOLDEN_INPUTS
from clearsight.training.model_card import write_model_card

MIN_LANG_ROWS = 50  # smaller language slices are pooled into "other" in the card


def write_reports(out: Path, manifest: dict[str, Any], splits: Splits, data: Path) -> None:
    write_manifest(out, manifest)  # provisional: lets the artifact load
    clf = load_fast(out)
    thresholds = {k: float(v) for k, v in manifest["thresholds"].items()}
    metrics = {
        "test": split_metrics(clf, splits.test, thresholds),
        "valid": split_metrics(clf, splits.valid, thresholds),
        "functional": functional(clf, thresholds),
        "rows": {"train": len(splits.train), "valid": len(splits.valid), "test": len(splits.test)},
    }
    write_golden(out / GOLDEN_FILE, clf)
    write_model_card(out, manifest, metrics, data)
    write_manifest(out, dict(manifest, metrics=_summary(metrics)))
    print(json.dumps(_summary(metrics), indent=1))


def split_metrics(
    clf: FastClassifier, rows: Sequence[Row], thresholds: dict[str, float]
) -> dict[str, dict[str, dict[str, float | None]]]:
    """Metrics per label, over all rows and per language: {slice: {label: {metric: x}}}."""
    probs = clf.scores([r.text for r in rows])
    langs = np.array([r.lang if r.lang else "und" for r in rows])
    slices: dict[str, np.ndarray[Any, Any]] = {"all": np.ones(len(rows), dtype=bool)}
    for lang in sorted(set(langs.tolist())):
        mask = langs == lang
        if mask.sum() >= MIN_LANG_ROWS:
            slices[lang] = mask
    out: dict[str, dict[str, dict[str, float | None]]] = {}
    for name, mask in slices.items():
        out[name] = {}
        for j, label in enumerate(LABELS):
            y = np.array([r.labels[label] for r in rows], dtype=np.float64)[mask]
            m = label_metrics(y, probs[mask, j], thresholds[label])
            out[name][label] = _as_dict(m)
    return out


def _as_dict(m: Any) -> dict[str, float | None]:
    return {k: _clean(getattr(m, k)) for k in ("n", "positives", "roc_auc", "pr_auc", "f1", "ece")}


def _clean(v: float) -> float | None:
    """Rounded for the card; ``None`` (JSON null) where a metric is undefined."""
    return None if math.isnan(float(v)) else round(float(v), 4)


def functional(clf: FastClassifier, thresholds: dict[str, float]) -> dict[str, Any]:
    def score(texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(zip(LABELS, row, strict=True)) for row in clf.scores(texts).tolist()]

    report = run_suite(score, thresholds)
    return {
        "overall": round(report.overall, 4),
        "by_functionality": {k: round(v, 4) for k, v in report.by_functionality().items()},
        "table": report.table(),
    }


def write_golden(path: Path, clf: FastClassifier) -> None:
    predictions = clf.predict(list(GOLDEN_INPUTS))
    with path.open("w", encoding="utf-8") as fh:
        for text, pred in zip(GOLDEN_INPUTS, predictions, strict=True):
            fh.write(json.dumps({"text": text, "scores": pred.scores}, ensure_ascii=False) + "\n")


def _summary(metrics: dict[str, Any]) -> dict[str, Any]:
    test = metrics["test"]["all"]
    return {
        "rows": metrics["rows"],
        "test": {label: test[label] for label in LABELS},
        "functional_overall": metrics["functional"]["overall"],
        "functional": metrics["functional"]["by_functionality"],
    }
