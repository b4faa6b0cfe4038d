"""Run the functional suite against any scorer and report accuracy per functionality x language.

The suite knows nothing about models: a scorer maps texts to per-label scores in [0, 1].
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from clearsight.errors import UserError
from clearsight.evaluation.functional.spec import LABELS, FunctionalCase
from clearsight.evaluation.functional.suite import cases as all_cases

Scorer = Callable[[Sequence[str]], Sequence[Mapping[str, float]]]
Cell = tuple[str, str]  # (functionality, lang)


@dataclass(frozen=True)
class SuiteReport:
    """Correct and total counts per (functionality, lang), with derived accuracies."""

    counts: Mapping[Cell, tuple[int, int]]

    def accuracy(self, functionality: str, lang: str) -> float:
        right, total = self.counts[(functionality, lang)]
        return right / total

    @property
    def overall(self) -> float:
        right = sum(r for r, _ in self.counts.values())
        return right / sum(t for _, t in self.counts.values())

    def by_functionality(self) -> dict[str, float]:
        """Accuracy per functionality, pooled over languages."""
        return self._pool(0)

    def by_lang(self) -> dict[str, float]:
        """Accuracy per language, pooled over functionalities."""
        return self._pool(1)

    def pooled(self, functionalities: Iterable[str]) -> float:
        """Accuracy over every case of the given functionalities."""
        names = set(functionalities)
        cells = [v for (func, _), v in self.counts.items() if func in names]
        if not cells:
            raise UserError(f"no cases for functionalities {sorted(names)}")
        return sum(r for r, _ in cells) / sum(t for _, t in cells)

    def below(self, floors: Mapping[str, float]) -> dict[str, float]:
        """Functionalities whose pooled accuracy is under their floor, with that accuracy."""
        pooled = self.by_functionality()
        return {f: pooled[f] for f, floor in floors.items() if pooled[f] < floor}

    def to_dict(self) -> dict[str, object]:
        """The JSON twin of :meth:`table`."""
        cells = {
            f: {lang: self.accuracy(f, lang) for lang in self.langs() if (f, lang) in self.counts}
            for f in self.by_functionality()
        }
        return {
            "overall": self.overall,
            "by_functionality": self.by_functionality(),
            "by_lang": self.by_lang(),
            "cells": cells,
        }

    def langs(self) -> list[str]:
        return sorted({lang for _, lang in self.counts}, key=_lang_order)

    def table(self) -> str:
        """A fixed-width text table: one row per functionality, one column per language."""
        langs = self.langs()
        funcs = list(self.by_functionality())
        width = max(len(f) for f in [*funcs, "functionality"])
        head = "functionality".ljust(width) + "".join(f"{lang:>7}" for lang in langs) + "    all"
        lines = [head, "-" * len(head)]
        pooled, per_lang = self.by_functionality(), self.by_lang()
        for func in funcs:
            cells = "".join(self._cell(func, lang) for lang in langs)
            lines.append(f"{func.ljust(width)}{cells}{pooled[func]:7.2f}")
        totals = "".join(f"{per_lang[lang]:7.2f}" for lang in langs)
        lines.append(f"{'overall'.ljust(width)}{totals}{self.overall:7.2f}")
        return "\n".join(lines)

    def _pool(self, index: int) -> dict[str, float]:
        pooled: dict[str, list[int]] = {}
        for cell, (right, total) in self.counts.items():
            acc = pooled.setdefault(cell[index], [0, 0])
            acc[0] += right
            acc[1] += total
        return {key: r / t for key, (r, t) in pooled.items()}

    def _cell(self, func: str, lang: str) -> str:
        if (func, lang) not in self.counts:
            return f"{'-':>7}"
        return f"{self.accuracy(func, lang):7.2f}"


def _lang_order(lang: str) -> tuple[int, str]:
    order = ("en", "ru", "fr", "de", "ar")
    return (order.index(lang) if lang in order else len(order), lang)


def is_correct(
    case: FunctionalCase, scores: Mapping[str, float], thresholds: Mapping[str, float]
) -> bool:
    """True when every label's thresholded score equals the case's gold label."""
    return all(
        int(scores.get(label, 0.0) >= thresholds.get(label, 0.5)) == case.labels[label]
        for label in LABELS
    )


def run_suite(
    score: Scorer,
    thresholds: Mapping[str, float],
    cases: Sequence[FunctionalCase] | None = None,
) -> SuiteReport:
    """Score every case (or the given ones) in one call and count correct cases per cell."""
    chosen = all_cases() if cases is None else tuple(cases)
    scores = score([c.text for c in chosen])
    if len(scores) != len(chosen):
        raise UserError(f"scorer returned {len(scores)} results for {len(chosen)} texts")
    counts: dict[Cell, tuple[int, int]] = {}
    for case, s in zip(chosen, scores, strict=True):
        right, total = counts.get((case.functionality, case.lang), (0, 0))
        counts[(case.functionality, case.lang)] = (
            right + is_correct(case, s, thresholds),
            total + 1,
        )
    return SuiteReport(counts)
