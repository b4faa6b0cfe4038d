"""``clearsight init`` and ``clearsight scan``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    KeyOption,
    console,
    local_actor,
    open_store,
    safe,
    settings_from,
)
from clearsight.config import Settings
from clearsight.eventlog.settings_audit import audit_settings
from clearsight.normalize.pseudonym import ensure_key
from clearsight.pipeline.run import Scanner, ScanReport, SourceReport


def init(db: DbOption = None, config: ConfigOption = None, key_file: KeyOption = None) -> None:
    """Create the database and the pseudonym key (kept outside the database)."""
    settings = settings_from(db, config, key_file)
    ensure_key(settings.key_file)
    open_store(settings, create=True).close()
    console.print(f"database: {settings.db}", markup=False)
    console.print(f"pseudonym key: {settings.key_file} (keep it secret, back it up)", markup=False)


def scan(
    paths: Annotated[list[Path], typer.Argument(help="files or folders to scan")],
    db: DbOption = None,
    config: ConfigOption = None,
    key_file: KeyOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Ingest, normalise, analyse and triage PATHS; resumes where an earlier scan stopped."""
    settings = settings_from(db, config, key_file)
    report = run_scan(settings, paths, quiet=quiet)
    print_report(report)


def run_scan(settings: Settings, paths: list[Path], *, quiet: bool = False) -> ScanReport:
    store = open_store(settings, create=True)
    audit_settings(store.engine, settings, local_actor())
    try:
        with _progress(quiet) as progress:
            task = progress.add_task("scan", total=None, read=0, bad=0, rate=0.0)

            def update(report: SourceReport) -> None:
                elapsed = max(progress.tasks[task].elapsed or 0.0, 1e-6)
                progress.update(
                    task,
                    description=safe(Path(report.path).name, 30),
                    read=report.read,
                    bad=report.quarantined,
                    rate=report.read / elapsed,
                )

            return Scanner(settings, store, on_progress=update).scan(paths)
    finally:
        store.close()


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[read]} read"),
        TextColumn("{task.fields[rate]:.0f} items/s"),
        TextColumn("{task.fields[bad]} quarantined"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=True,
    )


def print_report(report: ScanReport) -> None:
    table = Table(title=f"scan {report.scan_id}: {report.seconds:.1f} s")
    table.add_column("source")
    table.add_column("file", overflow="ellipsis", no_wrap=True, max_width=28)
    for name in ("done before", "read", "stored", "dups", "quarantined", "cases"):
        table.add_column(name, justify="right")
    for s in report.sources:
        counts = (s.resumed_after, s.read, s.stored, s.duplicates, s.quarantined, s.cases_opened)
        table.add_row(s.source, safe(Path(s.path).name), *(str(v) for v in counts))
    console.print(table)
    totals = report.counts()
    rate = totals["read"] / report.seconds if report.seconds else 0.0
    console.print(
        f"read {totals['read']} = stored {totals['stored']} + duplicates {totals['duplicates']}"
        f" + quarantined {totals['quarantined']}; {totals['cases_opened']} cases opened;"
        f" {rate:.0f} items/s",
        markup=False,
        soft_wrap=True,
    )
