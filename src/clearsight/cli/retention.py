"""``clearsight retention run``: purge content past its retention period (legal holds kept)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    console,
    local_actor,
    open_store,
    settings_from,
)
from clearsight.retention import run as run_retention

retention_app = typer.Typer(help="Retention of content and legal holds.", no_args_is_help=True)


@retention_app.command("run")
def run(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="list what would go; change nothing")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Purge item text, evidence excerpts and media files past ``retention.content_days``."""
    settings = settings_from(db, config)
    store = open_store(settings)
    try:
        result = run_retention(
            store.engine,
            settings.retention,
            datetime.now(UTC),
            actor=local_actor(),
            dry_run=dry_run,
        )
    finally:
        store.close()
    verb = "would purge" if dry_run else "purged"
    for item_hash in result.purge:
        console.print(f"{verb} item {item_hash}", markup=False)
    console.print(
        f"{verb} {len(result.purge)} items first seen before {result.cutoff.date()}; "
        f"{len(result.held)} kept by a legal hold",
        markup=False,
    )
