"""Run a classifier over a bias suite and compute the bias metrics per label, language, group.

Slices are "all" plus each language; cells are (label, slice, group). Every number of the
report comes from :mod:`clearsight.audit.metrics`; cells that are too small say
"insufficient data". The report is plain data (``as_dict``) and its ``digest`` is the sha256
of its canonical JSON, so the same model and suite always give the same digest.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from clearsight.analyze.classifier.api import LABELS, Classifier
from clearsight.audit import metrics as m
from clearsight.audit.suite import SuiteItem, category_of
from clearsight.evaluation.metrics import roc_auc
from clearsight.eventlog import canonical

INSUFFICIENT = "insufficient data"
BATCH = 256


@dataclass(frozen=True, slots=True)
class Cell:
    """Metrics of one group in one slice for one label (``None``: insufficient data)."""

    label: str
    lang: str
    group: str
    category: str
    n: int
    positives: int
    status: str
    subgroup_auc: float | None = None
    bpsn_auc: float | None = None
    bnsp_auc: float | None = None
    ci: dict[str, list[float] | None] = field(default_factory=dict)
    fpr_gap: float | None = None
    fnr_gap: float | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """Overall AUC and Jigsaw final score of one label in one slice."""

    label: str
    lang: str
    n: int
    positives: int
    overall_auc: float | None
    final_score: float | None


@dataclass(frozen=True, slots=True)
class Flips:
    """Counterfactual pairs on opposite sides of the threshold, per label and group."""

    label: str
    pairs: int
    flips: int
    rate: float | None
    by_group: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BiasReport:
    model: str
    suite: str
    items: int
    thresholds: dict[str, float]
    min_class: int
    bootstrap_rounds: int
    summaries: list[Summary]
    cells: list[Cell]
    flips: list[Flips]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def digest(self) -> str:
        return hashlib.sha256(canonical(self.as_dict())).hexdigest()


@dataclass(frozen=True, slots=True)
class _Data:
    y: dict[str, m.FloatArray]
    p: dict[str, m.FloatArray]
    langs: np.ndarray[Any, np.dtype[np.str_]]
    groups: np.ndarray[Any, np.dtype[np.str_]]


def run_audit(
    classifier: Classifier,
    items: Sequence[SuiteItem],
    thresholds: Mapping[str, float],
    *,
    suite: str = "builtin",
    rounds: int = 200,
    seed: int = 0,
) -> BiasReport:
    """Score ``items`` and compute every metric; ``rounds`` bootstrap resamples per CI."""
    data = _score(classifier, items)
    slices = ["all", *sorted({i.lang for i in items})]
    summaries, cells = [], []
    for label in LABELS:
        for lang in slices:
            mask = np.ones(len(items), bool) if lang == "all" else data.langs == lang
            found = _cells(data, label, lang, mask, thresholds[label], rounds, seed)
            summaries.append(_summary(data, label, lang, mask, found))
            cells += found
    flips = [_flips(items, data.p[label], thresholds[label], label) for label in LABELS]
    model = f"{classifier.name}@{classifier.version}"
    threshold_map = {k: float(thresholds[k]) for k in LABELS}
    return BiasReport(
        model, suite, len(items), threshold_map, m.MIN_CLASS, rounds, summaries, cells, flips
    )


def _score(classifier: Classifier, items: Sequence[SuiteItem]) -> _Data:
    scores: list[dict[str, float]] = []
    for start in range(0, len(items), BATCH):
        batch = [i.text for i in items[start : start + BATCH]]
        scores += [pred.scores for pred in classifier.predict(batch)]
    y = {lab: np.array([lab in i.labels for i in items], dtype=np.float64) for lab in LABELS}
    p = {lab: np.array([s.get(lab, 0.0) for s in scores], dtype=np.float64) for lab in LABELS}
    langs = np.array([i.lang for i in items], dtype=np.str_)
    groups = np.array([i.target_group for i in items], dtype=np.str_)
    return _Data(y, p, langs, groups)


def _summary(data: _Data, label: str, lang: str, mask: m.BoolArray, cells: list[Cell]) -> Summary:
    y, p = data.y[label][mask], data.p[label][mask]
    overall = _num(roc_auc(y, p))
    per_metric = {k: [v for c in cells if (v := getattr(c, k)) is not None] for k in m.BIAS_METRICS}
    final = None if overall is None else m.final_score(overall, per_metric)
    return Summary(label, lang, int(mask.sum()), int(y.sum()), overall, _round(final))


def _cells(
    data: _Data, label: str, lang: str, mask: m.BoolArray, threshold: float, rounds: int, seed: int
) -> list[Cell]:
    y, p, groups = data.y[label][mask], data.p[label][mask], data.groups[mask]
    fpr_all, fnr_all = m.error_rates(y, p, threshold)
    out = []
    for group in sorted(set(groups.tolist()) - {""}):
        g = groups == group
        base = dict(label=label, lang=lang, group=group, category=category_of(group))
        counts = dict(n=int(g.sum()), positives=int(y[g].sum()))
        if not m.sufficient(y, g):
            out.append(Cell(**base, **counts, status=INSUFFICIENT))  # type: ignore[arg-type]
            continue
        aucs = {k: _num(v) for k, v in m.bias_aucs(y, p, g).items()}
        ci = {k: _ci(k, y, p, g, rounds, seed) for k in m.BIAS_METRICS}
        fpr, fnr = m.error_rates(y[g], p[g], threshold)
        gaps = dict(fpr_gap=_num(abs(fpr - fpr_all)), fnr_gap=_num(abs(fnr - fnr_all)))
        out.append(Cell(**base, **counts, status="ok", ci=ci, **aucs, **gaps))  # type: ignore[arg-type]
    return out


def _ci(
    name: str, y: m.FloatArray, p: m.FloatArray, g: m.BoolArray, rounds: int, seed: int
) -> list[float] | None:
    if rounds <= 0:
        return None

    def metric(yy: m.FloatArray, pp: m.FloatArray, gg: m.BoolArray) -> float:
        return m.bias_aucs(yy, pp, gg)[name]

    interval = m.bootstrap_ci(metric, y, p, g, rounds=rounds, seed=seed)
    return None if interval is None else [round(v, 6) for v in interval]


def _flips(items: Sequence[SuiteItem], p: m.FloatArray, threshold: float, label: str) -> Flips:
    by_template: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        if item.template:
            by_template[item.template].append(index)
    pairs = flips = 0
    group_hits: dict[str, list[float]] = defaultdict(list)
    for members in by_template.values():
        n_pairs, n_flips = m.flip_pairs([float(p[i]) for i in members], threshold)
        pairs, flips = pairs + n_pairs, flips + n_flips
        _group_flips(items, p, threshold, members, group_hits)
    by_group = {g: round(float(np.mean(v)), 6) for g, v in sorted(group_hits.items())}
    rate = round(flips / pairs, 6) if pairs else None
    return Flips(label, pairs, flips, rate, by_group)


def _group_flips(
    items: Sequence[SuiteItem],
    p: m.FloatArray,
    threshold: float,
    members: list[int],
    hits: dict[str, list[float]],
) -> None:
    """Per variant: the share of its counterfactual siblings on the other side of threshold."""
    if len(members) < 2:
        return
    flagged = [bool(p[i] >= threshold) for i in members]
    for index, flag in zip(members, flagged, strict=True):
        other = sum(1 for f in flagged if f != flag) / (len(members) - 1)
        hits[items[index].target_group].append(other)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _num(value: float) -> float | None:
    return None if math.isnan(value) else round(float(value), 6)
