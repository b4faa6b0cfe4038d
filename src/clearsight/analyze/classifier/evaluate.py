"""Evaluate a classifier on a labelled file (JSONL, CSV or TSV), per label and slice.

Slices are "all", each language with at least MIN_SLICE rows and, with ``by``, each value of
that field (values with fewer rows pooled as ``FIELD=(other)``). How rows are read, which
fields and label values count, and what is skipped: :mod:`.labelled_rows`. Rows are scored in
batches; only their scores and labels are kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, Classifier
from clearsight.analyze.classifier.labelled_rows import ReadSpec, Row, Skips, read_rows
from clearsight.errors import InputError
from clearsight.evaluation.metrics import LabelMetrics, label_metrics
from clearsight.pipeline.stage import ReadOptions

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
MIN_SLICE = 20  # languages with fewer rows are not reported; --by values are pooled
OTHER = "(other)"


@dataclass
class Evaluation:
    """Metrics per slice and label (only the labels asked for), plus the rows left out."""

    metrics: dict[str, dict[str, LabelMetrics]] = field(default_factory=dict)
    skips: Skips = field(default_factory=Skips)
    rows: int = 0
    thresholds: dict[str, float] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return self.skips.total


def thresholds_of(classifier: Classifier) -> dict[str, float]:
    """The classifier's operating thresholds (0.5 where it names none)."""
    own: Mapping[str, float] = getattr(classifier, "thresholds", {}) or {}
    return {label: float(own.get(label, 0.5)) for label in LABELS}


def evaluate_file(
    path: Path,
    classifier: Classifier,
    *,
    spec: ReadSpec | None = None,
    labels: Sequence[str] = LABELS,
    batch_size: int = 1000,
    limit: int = ReadOptions().max_record_bytes,
) -> Evaluation:
    """Score every usable row of ``path`` and compute the metrics of ``labels``."""
    spec = spec or ReadSpec()
    result = Evaluation()
    scores: list[FloatArray] = []
    truth: list[tuple[int, ...]] = []
    langs: list[str] = []
    groups: list[str] = []
    for batch in _batches(read_rows(path, spec, result.skips, limit), batch_size):
        predictions = classifier.predict([row.text for row in batch])
        scores.append(np.array([[p.scores[k] for k in LABELS] for p in predictions]))
        truth.extend(row.truth for row in batch)
        langs.extend(row.lang for row in batch)
        groups.extend(row.group for row in batch)
    if not truth:
        raise InputError(f"{path}: no labelled rows to evaluate ({_why_none(result.skips)})")
    result.rows = len(truth)
    all_thresholds = thresholds_of(classifier)
    result.thresholds = {label: all_thresholds[label] for label in labels}
    masks = _masks(langs, groups, spec.by)
    result.metrics = _metrics(np.concatenate(scores), np.array(truth), masks, result.thresholds)
    return result


def _why_none(skips: Skips) -> str:
    if not skips.total:
        return "the file has no rows"
    common = sorted(skips.labels.items(), key=lambda kv: -kv[1])[:3]
    parts = [f"{n} with label {value!r}" for value, n in common]
    if skips.unreadable:
        parts.append(f"{skips.unreadable} unreadable")
    hint = "; map label values with --map VALUE=LABEL" if common else ""
    return ", ".join(parts) + hint


def _masks(langs: Sequence[str], groups: Sequence[str], by: str | None) -> dict[str, BoolArray]:
    masks = {"all": np.ones(len(langs), dtype=bool)}
    masks |= {name: m for name, m in _value_masks(langs, "") if m.sum() >= MIN_SLICE}
    if by:
        pooled = np.zeros(len(groups), dtype=bool)
        for name, m in _value_masks(groups, f"{by}="):
            if m.sum() >= MIN_SLICE:
                masks[name] = m
            else:
                pooled |= m
        if pooled.any():
            masks[f"{by}={OTHER}"] = pooled
    return masks


def _value_masks(values: Sequence[str], prefix: str) -> Iterator[tuple[str, BoolArray]]:
    """One mask per distinct value, in sorted order."""
    unique, inverse = np.unique(np.array(values), return_inverse=True)
    for i, value in enumerate(unique.tolist()):
        yield prefix + value, inverse == i


def _metrics(
    p: FloatArray,
    y: npt.NDArray[np.int64],
    masks: dict[str, BoolArray],
    thresholds: dict[str, float],
) -> dict[str, dict[str, LabelMetrics]]:
    columns = {label: LABELS.index(label) for label in thresholds}
    return {
        name: {
            label: label_metrics(y[m, j].astype(np.float64), p[m, j], thresholds[label])
            for label, j in columns.items()
        }
        for name, m in masks.items()
    }


def evaluation_json(result: Evaluation, model: str) -> dict[str, Any]:
    """The evaluation as plain JSON values; undefined metrics (nan) are ``null``."""
    skips = result.skips
    return {
        "model": model,
        "rows": result.rows,
        "skipped": {
            "total": skips.total,
            "unreadable": skips.unreadable,
            "unreadable_lines": skips.lines,
            "labels": skips.labels,
            "other_labels": skips.other_labels,
        },
        "thresholds": result.thresholds,
        "slices": {
            name: {label: _plain(asdict(m)) for label, m in by_label.items()}
            for name, by_label in result.metrics.items()
        },
    }


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in values.items()}


def _batches(rows: Iterator[Row], size: int) -> Iterator[list[Row]]:
    while batch := list(islice(rows, size)):
        yield batch
