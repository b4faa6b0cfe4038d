"""``clearsight bank create|import|export|add|list|confirm|deconfirm``, ``match`` and ``hash``."""

from __future__ import annotations

import hashlib
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    console,
    local_actor,
    safe,
    settings_from,
)
from clearsight.eventlog import record
from clearsight.hashbank.banks import CONFIRMED, DECONFIRMED, STATUSES, BankStore
from clearsight.hashbank.formats import export_file, import_file
from clearsight.hashbank.matching import MatchResult
from clearsight.hashbank.service import (
    default_user,
    hash_file,
    hash_input,
    match_hashed,
    matcher_for,
    new_entry,
    open_banks,
)
from clearsight.types import Category

bank_app = typer.Typer(help="Hash banks of known content (PDQ, MD5, SHA-256, text).")


class Kind(StrEnum):
    pdq = "pdq"
    md5 = "md5"
    sha256 = "sha256"
    text = "text"


class Format(StrEnum):
    clearsight = "clearsight"
    threatexchange = "threatexchange"
    hma = "hma"
    tcap = "tcap"
    lines = "lines"


ByOption = Annotated[str | None, typer.Option("--by", help="who does this [default: OS user]")]
FormatOption = Annotated[Format, typer.Option("--format", help="file format")]


def _store(db: str | None, config: Path | None) -> BankStore:
    return open_banks(settings_from(db, config), create=True)


@bank_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="bank name")],
    kind: Annotated[Kind, typer.Option("--kind", help="signal the bank holds")],
    negative: Annotated[bool, typer.Option("--negative", help="known-benign content")] = False,
    threshold: Annotated[
        int | None, typer.Option(min=0, max=256, help="PDQ bits, or 100*(1-Jaccard) for text")
    ] = None,
    by: ByOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Create an empty bank."""
    bank = _store(db, config).create_bank(
        name, kind.value, negative=negative, threshold=threshold, by=by or default_user()
    )
    sign = "negative" if bank.negative else "positive"
    console.print(f"bank {bank.name}: {bank.kind}, {sign}", markup=False)


@bank_app.command("import")
def import_(
    name: Annotated[str, typer.Argument(help="bank name")],
    file: Annotated[Path, typer.Argument(help="list to import", dir_okay=False)],
    fmt: FormatOption = Format.clearsight,
    label: Annotated[str | None, typer.Option(help="label for rows without one")] = None,
    by: ByOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Import a list; existing values gain provenance and are never replaced."""
    store = _store(db, config)
    report = import_file(
        store, store.bank(name), file, fmt.value, by=by or default_user(), label=label
    )
    console.print(
        f"{name}: {report.added} added, {report.existing} already there, {report.skipped} skipped",
        markup=False,
    )
    if report.first_problem:
        console.print(f"first skipped row: {safe(report.first_problem, 200)}", markup=False)


@bank_app.command("export")
def export(
    name: Annotated[str, typer.Argument(help="bank name")],
    file: Annotated[Path, typer.Argument(help="file to write", dir_okay=False)],
    fmt: FormatOption = Format.clearsight,
    feedback: Annotated[
        bool, typer.Option("--feedback", help="only deconfirmed entries (false positives)")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Export a bank (or, with --feedback, its deconfirmed entries)."""
    store = _store(db, config)
    count = export_file(store, store.bank(name), file, fmt.value, feedback=feedback)
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    data = {"format": fmt.value, "feedback": feedback, "entries": count, "sha256": digest}
    record(store.engine, "export", local_actor(), f"bank:{name}", data)
    console.print(f"{name}: {count} entries written to {file}", markup=False)


@bank_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="bank name")],
    value: Annotated[str, typer.Argument(metavar="PATH_OR_TEXT", help="a file, else a text")],
    label: Annotated[Category, typer.Option("--label", help="taxonomy category")],
    note: Annotated[str, typer.Option(help="why it is banked")] = "",
    by: ByOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add one image, file or text to a bank."""
    settings = settings_from(db, config)
    store = open_banks(settings)
    bank = store.bank(name)
    hashed = hash_input(value, settings)
    entry = new_entry(
        bank, hashed, label=label.value, source="cli", by=by or default_user(), note=note
    )
    added = store.add_entries(bank, [entry])
    state = "added" if added.added else "already there (provenance added)"
    console.print(f"{name}: {entry.value} {state}", markup=False)


@bank_app.command("list")
def list_(
    name: Annotated[str | None, typer.Argument(help="a bank: list its entries")] = None,
    status: Annotated[str | None, typer.Option(help=f"one of {', '.join(STATUSES)}")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Banks with entry counts by status, or one bank's entries."""
    store = _store(db, config)
    if name is None:
        _list_banks(store)
        return
    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"status must be one of {', '.join(STATUSES)}")
    table = Table(title=f"bank {name}")
    for column in ("id", "value", "label", "status", "quality"):
        table.add_column(column, overflow="fold")
    for e in store.entries(store.bank(name), (status,) if status else STATUSES):
        quality = "" if e.quality is None else str(e.quality)
        table.add_row(str(e.id), e.value, safe(e.label), e.status, quality)
    console.print(table)


def _list_banks(store: BankStore) -> None:
    counts = store.status_counts()
    table = Table(title="banks")
    for column in ("name", "kind", "negative", "threshold", *STATUSES):
        table.add_column(column)
    for b in store.banks():
        n = counts.get(b.id, {})
        threshold = "default" if b.threshold is None else str(b.threshold)
        row = [b.name, b.kind, "yes" if b.negative else "no", threshold]
        table.add_row(*row, *(str(n.get(s, 0)) for s in STATUSES))
    console.print(table)


def _set_status(
    name: str,
    entry_id: int,
    status: str,
    by: str | None,
    note: str,
    db: str | None,
    config: Path | None,
) -> None:
    store = _store(db, config)
    entry = store.set_status(store.bank(name), entry_id, status, by=by or default_user(), note=note)
    console.print(f"{name} entry {entry.id}: {entry.status}", markup=False)


@bank_app.command("confirm")
def confirm(
    name: Annotated[str, typer.Argument(help="bank name")],
    entry_id: Annotated[int, typer.Argument(help="entry id")],
    note: Annotated[str, typer.Option(help="why")] = "",
    by: ByOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A curator confirms an entry: it matches again and is exempt from flood quarantine."""
    _set_status(name, entry_id, CONFIRMED, by, note, db, config)


@bank_app.command("deconfirm")
def deconfirm(
    name: Annotated[str, typer.Argument(help="bank name")],
    entry_id: Annotated[int, typer.Argument(help="entry id")],
    note: Annotated[str, typer.Option(help="why")] = "",
    by: ByOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A curator deconfirms an entry: it stops matching and is exported as feedback."""
    _set_status(name, entry_id, DECONFIRMED, by, note, db, config)


def match(
    values: Annotated[list[str], typer.Argument(metavar="PATH_OR_TEXT...", help="files or texts")],
    bank: Annotated[list[str] | None, typer.Option("--bank", help="only this bank")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per input")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Match files or texts against the banks (nothing is recorded)."""
    settings = settings_from(db, config)
    store = open_banks(settings)
    chosen = [store.bank(n) for n in bank] if bank else None
    matcher = matcher_for(settings, store, chosen)
    for value in values:
        result = match_hashed(matcher, hash_input(value, settings))
        for note in result.skipped:
            print(f"{safe(_shown(value), 80)}: {note}, not matched", file=sys.stderr)
        _print_result(value, result, as_json)


def _shown(value: str) -> str:
    return value if Path(value).is_file() else "text"


def _print_result(value: str, result: MatchResult, as_json: bool) -> None:
    if as_json:
        obj = {
            "input": value,
            "matches": [m.to_json() for m in result.matches],
            "suppressed_by": [m.to_json() for m in result.suppressed_by],
        }
        print(json.dumps(obj, ensure_ascii=False))
        return
    shown = safe(_shown(value), 80)
    if result.suppressed_by:
        names = ", ".join(f"{m.bank}#{m.entry_id}" for m in result.suppressed_by)
        console.print(f"{shown}: suppressed by negative bank entries {names}", markup=False)
    for m in result.matches:
        line = f"{shown}: {m.bank}#{m.entry_id} {m.signal} distance {m.distance} {safe(m.label)}"
        console.print(line, markup=False)
    if not result.matches and not result.suppressed_by:
        console.print(f"{shown}: no match", markup=False)


def hash_(
    paths: Annotated[list[Path], typer.Argument(help="files to hash")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Print each file's PDQ (hex), quality, MD5 and SHA-256."""
    settings = settings_from(db, config)
    for path in paths:
        hashed = hash_file(path, settings)
        image, digests = hashed.image, hashed.digests
        pdq = image.pdq if image else "-"
        quality = str(image.quality) if image else "-"
        md5, sha = (digests.md5, digests.sha256) if digests else ("-", "-")
        print(f"{safe(str(path))}\tpdq={pdq}\tquality={quality}\tmd5={md5}\tsha256={sha}")
