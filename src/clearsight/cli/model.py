"""``clearsight model check`` and ``clearsight model evaluate``: how good is a tier."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from clearsight.analyze.classifier.api import LABELS, load_classifier
from clearsight.analyze.classifier.evaluate import Evaluation, evaluate_file, thresholds_of
from clearsight.cli.classify import TierOption
from clearsight.cli.common import console
from clearsight.cli.model_promote import promote
from clearsight.evaluation.functional import run_suite

model_app = typer.Typer(help="Detection models: functional checks and evaluation.")
model_app.command("promote")(promote)


@model_app.command("check")
def check(tier: TierOption = "fast") -> None:
    """Run the TVEC functional suite: accuracy per functionality and language."""
    classifier = load_classifier(tier)

    def score(texts: Sequence[str]) -> list[dict[str, float]]:
        return [p.scores for p in classifier.predict(texts)]

    report = run_suite(score, thresholds_of(classifier))
    console.print(f"{classifier.name}@{classifier.version}")
    console.print(report.table(), markup=False, soft_wrap=True)


@model_app.command("evaluate")
def evaluate(
    file: Annotated[Path, typer.Argument(metavar="FILE.jsonl", exists=True, dir_okay=False)],
    tier: TierOption = "fast",
) -> None:
    """ROC-AUC, PR-AUC, F1 at the operating threshold and ECE, per label and language."""
    classifier = load_classifier(tier)
    result = evaluate_file(file, classifier)
    console.print(
        f"{classifier.name}@{classifier.version}: {result.rows} rows, {result.skipped} skipped"
    )
    console.print(_table(result))


def _table(result: Evaluation) -> Table:
    table = Table("slice", "label", "n", "pos", "ROC-AUC", "PR-AUC", "F1", "ECE")
    for name, by_label in result.metrics.items():
        for label in LABELS:
            m = by_label[label]
            cells = [_num(x) for x in (m.roc_auc, m.pr_auc, m.f1, m.ece)]
            table.add_row(name, label, str(m.n), str(m.positives), *cells)
    return table


def _num(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"
