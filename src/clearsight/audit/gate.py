"""The promotion gate: thresholds on the bias report, checked worst case first.

Gaps are measured against the slice's overall AUC (``overall - subgroup``, and likewise for
BPSN and BNSP), and as absolute differences of the group's false-positive / false-negative
rate from the slice's at the operating threshold. Only cells with enough data count; a report
with no such cell at all fails closed ("insufficient data to pass"). Defaults are documented
in ``docs/assurance.md``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path

from clearsight.audit.bias import BiasReport, Cell
from clearsight.config import AssuranceSettings
from clearsight.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Thresholds:
    max_subgroup_auc_gap: float = 0.05
    max_bpsn_auc_gap: float = 0.05
    max_bnsp_auc_gap: float = 0.05
    max_fpr_gap: float = 0.10
    max_fnr_gap: float = 0.10
    max_flip_rate: float = 0.05


def configured_thresholds(settings: AssuranceSettings, path: Path | None = None) -> Thresholds:
    """The gate's limits: a ``--thresholds`` file if given, else the settings' ``[assurance]``
    section, else the defaults."""
    if path is not None:
        return load_thresholds(path)
    return Thresholds(**{k: v for k, v in settings.model_dump().items() if v is not None})


def load_thresholds(path: Path) -> Thresholds:
    """Thresholds from a TOML file of ``max_* = number`` keys (others keep their defaults)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable TOML file") from exc
    known = {f.name for f in fields(Thresholds)}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{path}: unknown threshold {key[:40]!r}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ConfigError(f"{path}: {key} must be a number from 0 to 1")
    return Thresholds(**{k: float(v) for k, v in data.items()})


@dataclass(frozen=True, slots=True)
class GateResult:
    passed: bool
    failures: list[str] = field(default_factory=list)
    worst: dict[str, float] = field(default_factory=dict)


def check(report: BiasReport, limits: Thresholds | None = None) -> GateResult:
    """Every threshold the report breaks, as "metric label/lang/group: value > limit"."""
    limits = limits or Thresholds()
    overall = {(s.label, s.lang): s.overall_auc for s in report.summaries}
    measured = [c for c in report.cells if c.status == "ok"]
    if not measured:
        return GateResult(False, ["insufficient data to pass: no group has enough examples"])
    worst: dict[str, float] = {}
    failures: list[str] = []
    for name, where, value in _measures(report, measured, overall):
        limit = float(getattr(limits, f"max_{name}"))
        worst[name] = max(worst.get(name, 0.0), value)
        if value > limit:
            failures.append(f"{name} {where}: {value:.4f} > {limit:.3f}")
    return GateResult(not failures, failures, {k: round(v, 6) for k, v in worst.items()})


def _measures(
    report: BiasReport, cells: list[Cell], overall: dict[tuple[str, str], float | None]
) -> Iterator[tuple[str, str, float]]:
    for cell in cells:
        where = f"{cell.label}/{cell.lang}/{cell.group}"
        base = overall.get((cell.label, cell.lang))
        for metric in ("subgroup_auc", "bpsn_auc", "bnsp_auc"):
            value = getattr(cell, metric)
            if base is not None and value is not None:
                yield f"{metric}_gap", where, base - value
        for metric in ("fpr_gap", "fnr_gap"):
            value = getattr(cell, metric)
            if value is not None:
                yield metric, where, value
    for flips in report.flips:
        if flips.rate is not None:
            yield "flip_rate", flips.label, flips.rate
