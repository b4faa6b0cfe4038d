"""``clearsight audit bias``: run the bias suite against a model and write its reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from clearsight.analyze.classifier.evaluate import thresholds_of
from clearsight.audit import render
from clearsight.audit.bias import run_audit
from clearsight.audit.gate import check, configured_thresholds
from clearsight.audit.resolve import resolve
from clearsight.audit.suite import SuiteItem, builtin_suite, load_jsonl
from clearsight.cli.common import ConfigOption, console, settings_from

ModelOption = Annotated[
    str | None, typer.Option("--model", help="NAME@VERSION [default: the shipped fast tier]")
]
SuiteOption = Annotated[str, typer.Option("--suite", help="'builtin' or a labelled FILE.jsonl")]
OutOption = Annotated[Path | None, typer.Option(dir_okay=False, help="write the report here")]
RoundsOption = Annotated[
    int, typer.Option("--rounds", min=0, max=10_000, help="bootstrap resamples per interval")
]


def load_suite(suite: str) -> list[SuiteItem]:
    return builtin_suite() if suite == "builtin" else load_jsonl(Path(suite))


def bias(
    model: ModelOption = None,
    suite: SuiteOption = "builtin",
    html: OutOption = None,
    json: OutOption = None,
    rounds: RoundsOption = 200,
    thresholds: Annotated[
        Path | None, typer.Option(dir_okay=False, help="TOML of max_* gate limits")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Subgroup/BPSN/BNSP AUC, error-rate gaps, counterfactual flips; exit 1 if the gate fails."""
    found = resolve(model)
    items = load_suite(suite)
    name = "builtin" if suite == "builtin" else Path(suite).name
    report = run_audit(
        found.classifier, items, thresholds_of(found.classifier), suite=name, rounds=rounds
    )
    limits = configured_thresholds(settings_from(None, config).assurance, thresholds)
    gate = check(report, limits)
    if html is not None:
        html.write_text(render.to_html(report, gate), encoding="utf-8")
    if json is not None:
        json.write_text(render.to_json(report, gate), encoding="utf-8")
    console.print(
        f"{report.model}: {report.items} items, digest {report.digest}",
        markup=False,
        soft_wrap=True,
    )
    console.print("gate: PASS" if gate.passed else "gate: FAIL", markup=False)
    for failure in gate.failures[:20]:
        console.print(f"  {failure}", markup=False, soft_wrap=True)
    if not gate.passed:
        raise typer.Exit(1)
