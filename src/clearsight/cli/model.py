"""``clearsight model check`` and ``clearsight model evaluate``: how good is a tier."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Column, Table
from rich.text import Text

from clearsight.analyze.classifier.api import LABELS, load_classifier
from clearsight.analyze.classifier.evaluate import (
    Evaluation,
    evaluate_file,
    evaluation_json,
    thresholds_of,
)
from clearsight.analyze.classifier.label_map import BENIGN, parse_map
from clearsight.analyze.classifier.labelled_rows import MAX_VALUES, ReadSpec, Skips
from clearsight.cli.classify import TierOption
from clearsight.cli.common import console, safe
from clearsight.cli.model_promote import promote
from clearsight.errors import InputError, UserError
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
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", exists=True, dir_okay=False, help=".jsonl/.ndjson, .csv or .tsv"
        ),
    ],
    tier: TierOption = "fast",
    text_field: Annotated[str, typer.Option("--text-field", help="field with the text")] = "text",
    label_field: Annotated[
        str | None,
        typer.Option("--label-field", help="field with the label (default: labels, then label)"),
    ] = None,
    maps: Annotated[
        list[str] | None,
        typer.Option("--map", metavar="VALUE=LABEL", help="map a label value (repeatable)"),
    ] = None,
    lang_field: Annotated[
        str | None, typer.Option("--lang-field", help="field with the language (default: lang)")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="one language for every row")] = None,
    by: Annotated[str | None, typer.Option("--by", help="also report a slice per value")] = None,
    only: Annotated[
        list[str] | None,
        typer.Option("--only", metavar="LABEL", help="report only LABEL (repeatable)"),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", dir_okay=False, help="also write the metrics here")
    ] = None,
) -> None:
    """ROC-AUC, PR-AUC, F1 at the operating threshold and ECE, per label and slice.

    Rows whose label value maps to no label (see --map) and unreadable rows are skipped
    and counted, never scored as benign.
    """
    if lang is not None and lang_field is not None:
        raise UserError("use --lang (one language for the file) or --lang-field, not both")
    spec = ReadSpec(text_field, label_field, parse_map(maps or []), lang_field, lang, by)
    labels = _labels(only or [])
    classifier = load_classifier(tier)
    result = evaluate_file(file, classifier, spec=spec, labels=labels)
    model = f"{classifier.name}@{classifier.version}"
    console.print(f"{model}: {result.rows} rows, {result.skipped} skipped")
    for line in _skip_lines(result.skips):
        console.print(Text(line))
    console.print(_table(result))
    if json_out is not None:
        _write_json(json_out, {"file": str(file), **evaluation_json(result, model)})


def _labels(only: Sequence[str]) -> tuple[str, ...]:
    """The labels to report: those of ``--only`` in LABELS order, else all four."""
    wanted = {name.strip().casefold() for name in only}
    if BENIGN in wanted:
        raise UserError("--only benign: benign is not scored; rows mapped to it are negatives")
    unknown = sorted(wanted - set(LABELS))
    if unknown:
        raise UserError(f"--only {unknown[0]!r}: not one of {', '.join(LABELS)}")
    return tuple(label for label in LABELS if label in wanted) or LABELS


def _skip_lines(skips: Skips) -> list[str]:
    """What was left out, for the terminal: label values (made safe) and line numbers."""
    lines = [
        f"skipped {_rows(n)} with label {safe(value)!r}"
        for value, n in sorted(skips.labels.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if skips.other_labels:
        lines.append(
            f"skipped {_rows(skips.other_labels)} with other unmapped label values"
            f" (only the first {MAX_VALUES} values are listed)"
        )
    if skips.unreadable:
        more = ", ..." if skips.unreadable > len(skips.lines) else ""
        where = ", ".join(str(n) for n in skips.lines) + more
        lines.append(f"skipped {_rows(skips.unreadable)} that could not be read (lines {where})")
    return lines


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _write_json(path: Path, data: dict[str, object]) -> None:
    try:
        path.write_text(json.dumps(data, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
    console.print(Text(f"metrics written to {path}"))


def _table(result: Evaluation) -> Table:
    slice_column = Column("slice", overflow="fold")  # long --by values wrap, never cut
    table = Table(slice_column, "label", "n", "pos", "ROC-AUC", "PR-AUC", "F1", "ECE")
    for name, by_label in result.metrics.items():
        for label, m in by_label.items():
            cells = [_num(x) for x in (m.roc_auc, m.pr_auc, m.f1, m.ece)]
            table.add_row(Text(safe(name)), label, str(m.n), str(m.positives), *cells)
    return table


def _num(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.3f}"
