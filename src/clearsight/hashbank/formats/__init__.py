"""Bank import and export in the field's formats (see docs/hashbank-formats.md).

``clearsight`` (JSONL, lossless, with provenance and status), ``threatexchange`` (HMA 1.x
ThreatExchange data CSV), ``hma`` (HMA bank-content CSV), ``tcap`` (TCAP hash-list CSV) and
``lines`` (one value, or for text banks one text, per line).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from clearsight.errors import InputError
from clearsight.hashbank.banks import DECONFIRMED, STATUSES, Bank, BankStore, NewEntry
from clearsight.hashbank.formats import csv_formats as cf
from clearsight.hashbank.formats.common import ExportEntry, ImportContext
from clearsight.hashbank.formats.jsonl import read_jsonl, write_jsonl
from clearsight.hashbank.text_signals import pack, text_signals

FORMAT_NAMES = ("clearsight", "threatexchange", "hma", "tcap", "lines")


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    existing: int
    skipped: int
    first_problem: str


def import_file(
    store: BankStore, bank: Bank, path: Path, fmt: str, *, by: str, label: str | None = None
) -> ImportReport:
    """Add every readable row of ``path`` to ``bank``; unreadable rows are counted."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    ctx = ImportContext(bank, source=path.name, by=by)
    if label:
        ctx.label = label
    with path.open(encoding="utf-8", newline="") as fh:
        try:
            added = store.add_entries(bank, _checked(_reader(fmt, fh, ctx), ctx))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text") from exc
    return ImportReport(added.added, added.existing, ctx.skipped, ctx.first_problem)


def _reader(fmt: str, fh: object, ctx: ImportContext) -> Iterator[NewEntry]:
    readers = {
        "clearsight": read_jsonl,
        "threatexchange": cf.read_threatexchange,
        "hma": partial(cf.read_keyed, keys=cf.HMA_KEYS),
        "tcap": partial(cf.read_keyed, keys=cf.TCAP_KEYS),
        "lines": cf.read_lines,
    }
    if fmt not in readers:
        raise InputError(f"unknown bank format {fmt!r} (one of {', '.join(FORMAT_NAMES)})")
    entries: Iterator[NewEntry] = readers[fmt](fh, ctx)  # type: ignore[operator]
    if fmt == "lines" and ctx.bank.kind == "text":
        return (_as_text(e) for e in entries)
    return entries


def _as_text(entry: NewEntry) -> NewEntry:
    sig = text_signals(entry.value)
    return NewEntry(
        sig.digest,
        entry.label,
        entry.source,
        entry.added_by,
        entry.note,
        entry.meta,
        sketch=pack(sig.hashvalues),
        shingles=pack(sig.shingles),
    )


def _checked(entries: Iterator[NewEntry], ctx: ImportContext) -> Iterator[NewEntry]:
    """Drop (and count) rows whose value the bank cannot hold."""
    from clearsight.hashbank.banks import BankError, normalise_value

    for n, entry in enumerate(entries, 1):
        try:
            normalise_value(ctx.bank.kind, entry.value)
        except BankError as exc:
            ctx.skip(f"entry {n}", str(exc))
            continue
        yield entry


def export_file(
    store: BankStore, bank: Bank, path: Path, fmt: str, *, feedback: bool = False
) -> int:
    """Write ``bank`` to ``path``. CSV formats leave deconfirmed entries out; ``feedback``
    writes only them (the false positives to send back to the list's maintainer)."""
    if fmt not in FORMAT_NAMES:
        raise InputError(f"unknown bank format {fmt!r} (one of {', '.join(FORMAT_NAMES)})")
    if feedback:
        statuses: tuple[str, ...] = (DECONFIRMED,)
    elif fmt == "clearsight":
        statuses = STATUSES
    else:
        statuses = tuple(s for s in STATUSES if s != DECONFIRMED)
    rows = _export_entries(store, bank, statuses, full=fmt == "clearsight")
    with path.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "clearsight":
            return write_jsonl(fh, bank, rows)
        if fmt == "threatexchange":
            return cf.write_threatexchange(fh, rows)
        if fmt == "lines":
            return cf.write_lines(fh, rows)
        keys = cf.HMA_KEYS if fmt == "hma" else cf.TCAP_KEYS
        return cf.write_keyed(fh, rows, keys, bank.kind)


def _export_entries(
    store: BankStore, bank: Bank, statuses: tuple[str, ...], *, full: bool
) -> Iterator[ExportEntry]:
    first = store.first_provenance(bank)
    for entry in store.entries(bank, statuses):
        rows = store.provenance(entry.id) if full else []
        yield ExportEntry(entry, first.get(entry.id, {}), rows)
