"""``clearsight lexicon list`` and ``clearsight lexicon add``."""

from __future__ import annotations

from hashlib import sha256
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from clearsight.analyze.lexicon_file import (
    LexiconEntry,
    active_lexicon_paths,
    add_entry,
    load_lexicon,
)
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
from clearsight.types import Category

lexicon_app = typer.Typer(help="Indicator lexicons (YAML) used by the lexicon analyzer.")

FileOption = Annotated[
    Path | None,
    typer.Option("--file", help="a lexicon file [default: the user lexicon next to the db]"),
]


@lexicon_app.command("list")
def list_terms(
    file: FileOption = None,
    lang: Annotated[str | None, typer.Option(help="only this language")] = None,
    category: Annotated[Category | None, typer.Option(help="only this category")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Entries of the lexicons a scan uses (or of one --file)."""
    settings = settings_from(db, config)
    paths = [file] if file else active_lexicon_paths(settings)
    lexicons = [load_lexicon(p) for p in paths]
    table = Table(title="lexicon entries")
    for name in ("lexicon", "lang", "category", "weight", "term", "note"):
        table.add_column(name, overflow="fold")
    for lexicon in lexicons:
        for e in lexicon.entries:
            if (lang is None or e.lang == lang) and (category is None or e.category == category):
                table.add_row(
                    lexicon.name,
                    e.lang,
                    e.category,
                    f"{e.weight:.2f}",
                    Text(safe(e.term)),
                    Text(safe(e.note)),
                )
    console.print(table)


@lexicon_app.command("add")
def add(
    term: Annotated[str, typer.Argument(help="the term or phrase (matched after folding)")],
    lang: Annotated[str, typer.Option(help="language code, e.g. en")],
    category: Annotated[Category, typer.Option(help="taxonomy category")],
    weight: Annotated[float, typer.Option(min=0.01, max=1.0, help="weight in (0, 1]")] = 0.5,
    note: Annotated[str, typer.Option(help="why this term is an indicator")] = "",
    source: Annotated[str, typer.Option(help="where the term comes from")] = "",
    file: FileOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add a term to a user lexicon (created if missing); duplicates are refused.

    With --db, the change is recorded in that database's audit log (a hash of the term only).
    """
    settings = settings_from(db, config)
    target = file or settings.user_lexicon
    entry = LexiconEntry(
        term=term, lang=lang, category=category, weight=weight, note=note, source=source
    )
    store = open_store(settings) if db is not None else None
    try:
        updated = add_entry(target, entry)
        if store is not None:
            data: dict[str, Any] = {"file": target.name}
            data |= {"term_sha256": sha256(term.encode()).hexdigest()}
            data |= {"lang": lang, "category": str(category), "entries": len(updated.entries)}
            record(store.engine, "lexicon_change", local_actor(), f"lexicon:{target.name}", data)
    finally:
        if store is not None:
            store.close()
    console.print(f"{target}: {len(updated.entries)} entries", markup=False)
