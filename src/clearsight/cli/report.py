"""``clearsight report``: the transparency report and the statement-of-reasons export.

Both record an event (kind, period and count; never content) so exports are auditable.
"""

from __future__ import annotations

from datetime import UTC, datetime
from json import dumps
from pathlib import Path
from typing import Annotated

import typer

from clearsight.audit.decisions import decision_audit
from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    console,
    local_actor,
    open_store,
    safe,
    settings_from,
)
from clearsight.eventlog import record
from clearsight.reports.audit_html import audit_html
from clearsight.reports.data import Period
from clearsight.reports.render import to_csv, to_html, to_json
from clearsight.reports.sor import write_jsonl
from clearsight.reports.transparency import transparency_report

report_app = typer.Typer(
    help="Transparency reports and statements of reasons.", no_args_is_help=True
)

DAY = ["%Y-%m-%d"]
FromOption = Annotated[datetime, typer.Option("--from", formats=DAY, help="first day (UTC)")]
ToOption = Annotated[datetime, typer.Option("--to", formats=DAY, help="last day (UTC)")]
FileOption = Annotated[Path | None, typer.Option(dir_okay=False, help="write it to this file")]
OutOption = Annotated[Path, typer.Option("-o", "--output", dir_okay=False, help="JSONL file")]


def _period(first: datetime, last: datetime) -> Period:
    return Period.days(first.date(), last.date())


def _span(period: Period) -> str:
    return f"{period.start.date()}..{period.end.date()}"


@report_app.command("transparency")
def transparency(
    from_: FromOption,
    to: ToOption,
    html: FileOption = None,
    csv: FileOption = None,
    json: FileOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Counts for TCO Art 7 / DSA Art 15 for a period; JSON on stdout unless a file is given."""
    period = _period(from_, to)
    settings = settings_from(db, config)
    store = open_store(settings)
    try:
        hold_days = settings.retention.hold_days
        report = transparency_report(store.engine, period, hold_days=hold_days)
        outputs = [(html, to_html), (csv, to_csv), (json, to_json)]
        written = [path for path, _ in outputs if path is not None]
        for path, render in outputs:
            if path is not None:
                path.write_text(render(report), encoding="utf-8")
        data = {"report": "transparency", "period": _span(period), "files": len(written)}
        record(store.engine, "report_export", local_actor(), "report:transparency", data)
    finally:
        store.close()
    if not written:
        typer.echo(to_json(report), nl=False)
    for line in report.notes:
        console.print(line, markup=False)


@report_app.command("sor-export")
def sor_export(
    from_: FromOption,
    to: ToOption,
    output: OutOption,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Statements of reasons, one JSON line per restricting decision, in DSA TDB field names."""
    period = _period(from_, to)
    store = open_store(settings_from(db, config))
    try:
        with output.open("w", encoding="utf-8") as out:
            count = write_jsonl(store.engine, period, out)
        data = {"report": "sor", "period": _span(period), "statements": count}
        record(store.engine, "report_export", local_actor(), "report:sor", data)
    finally:
        store.close()
    console.print(f"{count} statements of reasons written", markup=False)
    if not count:
        console.print("No restricting decision in this period.", markup=False)


def audit_decisions(
    since: Annotated[datetime, typer.Option("--since", formats=DAY, help="first day (UTC)")],
    html: FileOption = None,
    json: FileOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Disparities between groups (language, ideology, source, country) in live decisions."""
    store = open_store(settings_from(db, config))
    try:
        audit = decision_audit(store.engine, since.replace(tzinfo=UTC))
    finally:
        store.close()
    if html is not None:
        html.write_text(audit_html(audit), encoding="utf-8")
    if json is not None:
        text = dumps(audit.as_dict(), indent=2, sort_keys=True, allow_nan=False)
        json.write_text(text + "\n", encoding="utf-8")
    for line in audit.notes:
        console.print(line, markup=False)
    for gap in audit.alerts:
        console.print(
            f"GAP {gap.dimension} {gap.metric}: {gap.points:g} points "
            f"({safe(gap.high, 32)} vs {safe(gap.low, 32)})",
            markup=False,
        )
    console.print(f"{len(audit.groups)} groups, {len(audit.alerts)} gaps above the alert level")
