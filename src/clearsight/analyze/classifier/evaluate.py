"""Evaluate a classifier on a labelled JSONL file, and run the functional suite against it.

Rows need ``text`` and ``labels`` (a list of names, or a dict of 0/1) or ``label`` (one
name); ``lang`` is optional. Unreadable rows are counted and skipped, never echoed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.analyze.classifier.api import LABELS, Classifier
from clearsight.errors import InputError
from clearsight.evaluation.metrics import LabelMetrics, label_metrics

FloatArray = npt.NDArray[np.float64]
MIN_SLICE = 20  # languages with fewer rows are not reported on their own


@dataclass
class Evaluation:
    """Metrics per slice ("all" and each language) and label, plus the rows skipped."""

    metrics: dict[str, dict[str, LabelMetrics]] = field(default_factory=dict)
    skipped: int = 0
    rows: int = 0


def thresholds_of(classifier: Classifier) -> dict[str, float]:
    """The classifier's operating thresholds (0.5 where it names none)."""
    own: Mapping[str, float] = getattr(classifier, "thresholds", {}) or {}
    return {label: float(own.get(label, 0.5)) for label in LABELS}


def evaluate_file(path: Path, classifier: Classifier, *, batch_size: int = 1000) -> Evaluation:
    scores: list[FloatArray] = []
    truth: list[list[int]] = []
    langs: list[str] = []
    result = Evaluation()
    for batch in _batches(_rows(path, result), batch_size):
        predictions = classifier.predict([text for text, _, _ in batch])
        scores.append(np.array([[p.scores[k] for k in LABELS] for p in predictions]))
        truth.extend(y for _, y, _ in batch)
        langs.extend(lang for _, _, lang in batch)
    if not truth:
        raise InputError(f"{path}: no labelled rows with 'text' and 'labels' or 'label'")
    result.rows = len(truth)
    thresholds = thresholds_of(classifier)
    result.metrics = _slices(np.concatenate(scores), np.array(truth), langs, thresholds)
    return result


def _slices(
    p: FloatArray, y: npt.NDArray[np.int64], langs: Sequence[str], thresholds: dict[str, float]
) -> dict[str, dict[str, LabelMetrics]]:
    lang_arr = np.array(langs)
    masks = {"all": np.ones(len(langs), dtype=bool)}
    for lang in sorted(set(langs)):
        if (lang_arr == lang).sum() >= MIN_SLICE:
            masks[lang] = lang_arr == lang
    return {
        name: {
            label: label_metrics(y[m, j].astype(np.float64), p[m, j], thresholds[label])
            for j, label in enumerate(LABELS)
        }
        for name, m in masks.items()
    }


def _rows(path: Path, result: Evaluation) -> Iterator[tuple[str, list[int], str]]:
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror})") from exc
    with fh:
        for line in fh:
            row = _labelled(line)
            if row is None:
                result.skipped += bool(line.strip())
            else:
                yield row


def _labelled(line: str) -> tuple[str, list[int], str] | None:
    try:
        obj: Any = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return None
    raw = obj.get("labels", obj.get("label"))
    if isinstance(raw, str):
        names = {raw}
    elif isinstance(raw, list):
        names = {str(x) for x in raw}
    elif isinstance(raw, dict):
        names = {str(k) for k, v in raw.items() if v}
    else:
        return None
    return obj["text"], [int(k in names) for k in LABELS], str(obj.get("lang") or "und")


def _batches(
    rows: Iterator[tuple[str, list[int], str]], size: int
) -> Iterator[list[tuple[str, list[int], str]]]:
    while batch := list(islice(rows, size)):
        yield batch
