"""The CSV bank formats: ThreatExchange (HMA 1.x data files), HMA bank content, TCAP, lines.

Other columns a list carries are kept in the entry's provenance ``meta`` and written back on
export, so an import followed by an export gives the same rows. See docs/hashbank-formats.md.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TextIO

from clearsight.hashbank.banks import NewEntry
from clearsight.hashbank.formats.common import (
    ExportEntry,
    ImportContext,
    bounded_meta,
    epoch,
)

TE_COLUMNS = ("hash", "indicator_id", "descriptor_id", "timestamp", "tags")
HMA_KEYS = ("signal_type", "signal_value")
TCAP_KEYS = ("hash_type", "hash_value")
TCAP_TYPES = {"md5": "MD5", "sha256": "SHA256", "pdq": "PDQ"}


def read_threatexchange(fh: TextIO, ctx: ImportContext) -> Iterator[NewEntry]:
    """Headerless ``hash,indicator_id,descriptor_id,timestamp,tags`` (tags space-separated)."""
    for n, row in enumerate(csv.reader(fh), 1):
        if len(row) != len(TE_COLUMNS):
            ctx.skip(f"line {n}", f"expected {len(TE_COLUMNS)} columns, got {len(row)}")
            continue
        meta = bounded_meta(dict(zip(TE_COLUMNS[1:], row[1:], strict=True)))
        tags = row[4].split()
        yield ctx.entry(row[0], label=tags[0] if tags else None, meta=meta)


def write_threatexchange(fh: TextIO, entries: Iterable[ExportEntry]) -> int:
    writer = csv.writer(fh, lineterminator="\n")
    count = 0
    for item in entries:
        meta = item.meta
        writer.writerow(
            [
                item.entry.value,
                meta.get("indicator_id", str(item.entry.id)),
                meta.get("descriptor_id", ""),
                meta.get("timestamp", epoch(item.entry.created_at)),
                meta.get("tags", item.entry.label),
            ]
        )
        count += 1
    return count


def read_keyed(fh: TextIO, ctx: ImportContext, keys: tuple[str, str]) -> Iterator[NewEntry]:
    """A CSV with a header naming ``keys`` (type, value); other columns become metadata."""
    reader = csv.DictReader(fh)
    if reader.fieldnames is None or not set(keys) <= set(reader.fieldnames):
        ctx.skip("header", f"needs the columns {', '.join(keys)}")
        return
    wanted = _type_names(ctx.bank.kind, keys)
    for n, row in enumerate(reader, 2):
        if None in row or (row.get(keys[0]) or "").strip().lower() not in wanted:
            ctx.skip(f"line {n}", "extra cells or a hash type this bank does not hold")
            continue
        meta = bounded_meta({k: v for k, v in row.items() if k not in keys})
        meta["_columns"] = ",".join(k for k in (reader.fieldnames or ()) if k not in keys)
        yield ctx.entry(row[keys[1]], label=row.get("label") or None, meta=meta)


def _type_names(kind: str, keys: tuple[str, str]) -> set[str]:
    names = {kind, TCAP_TYPES.get(kind, kind).lower()}
    return names | ({"pdq_hash"} if kind == "pdq" else set())


def write_keyed(
    fh: TextIO, entries: Iterable[ExportEntry], keys: tuple[str, str], kind: str
) -> int:
    rows = list(entries)
    extra = _extra_columns(rows)
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow([*keys, *extra])
    type_name = TCAP_TYPES[kind] if keys == TCAP_KEYS else kind
    for item in rows:
        meta = item.meta
        writer.writerow([type_name, item.entry.value, *(meta.get(c, "") for c in extra)])
    return len(rows)


def _extra_columns(rows: list[ExportEntry]) -> list[str]:
    columns: dict[str, None] = {}
    for item in rows:
        for name in str(item.meta.get("_columns", "")).split(","):
            if name:
                columns.setdefault(name, None)
    return list(columns)


def read_lines(fh: TextIO, ctx: ImportContext) -> Iterator[NewEntry]:
    """One value per line (a text per line for text banks); blank lines and ``#`` skipped."""
    for line in fh:
        value = line.strip()
        if value and not value.startswith("#"):
            yield ctx.entry(value)


def write_lines(fh: TextIO, entries: Iterable[ExportEntry]) -> int:
    count = 0
    for item in entries:
        fh.write(item.entry.value + "\n")
        count += 1
    return count
