"""``clearsight model promote NAME@VERSION``: the bias-audit gate before a model ships."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from clearsight.analyze.classifier.evaluate import thresholds_of
from clearsight.audit import registry
from clearsight.audit.gate import configured_thresholds
from clearsight.audit.resolve import resolve
from clearsight.cli.audit_bias import SuiteOption, load_suite
from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    console,
    local_actor,
    open_store,
    settings_from,
)

RefArgument = Annotated[str, typer.Argument(metavar="NAME@VERSION")]
ThresholdsOption = Annotated[
    Path | None,
    typer.Option(
        "--thresholds", dir_okay=False, help="TOML of max_* gate limits (docs/assurance.md)"
    ),
]


def promote(
    ref: RefArgument,
    db: DbOption = None,
    config: ConfigOption = None,
    thresholds: ThresholdsOption = None,
    suite: SuiteOption = "builtin",
) -> None:
    """Audit the model on a bias suite; promote it, or refuse with the failing metrics.

    Gate limits: ``--thresholds FILE``, else the clearsight.assurance settings section, else the
    documented defaults."""
    settings = settings_from(db, config)
    limits = configured_thresholds(settings.assurance, thresholds)
    found = resolve(ref)
    store = open_store(settings)
    try:
        result = registry.promote(
            store.engine,
            found.classifier,
            load_suite(suite),
            thresholds_of(found.classifier),
            tier=found.tier,
            artifact_dir=found.artifact_dir,
            actor=local_actor(),
            limits=limits,
        )
    finally:
        store.close()
    digest = result.report.digest
    if result.promoted:
        retired = ", ".join(result.retired) or "none"
        console.print(
            f"promoted {ref} (audit {digest}); retired: {retired}", markup=False, soft_wrap=True
        )
        return
    console.print(f"REFUSED {ref} (audit {digest}):", markup=False, soft_wrap=True)
    for failure in result.gate.failures[:30]:
        console.print(f"  {failure}", markup=False, soft_wrap=True)
    raise typer.Exit(1)
