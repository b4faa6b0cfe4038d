"""The Clearsight JSONL bank format: a header line, then one entry per line.

Header: ``{"format": "clearsight-bank", "version": 1, "bank", "kind", "negative",
"threshold"}``. Entry: ``{"value", "label", "status", "quality", "sketch", "shingles",
"provenance": [{"added_by", "source", "label", "note", "meta", "added_at"}]}``; ``sketch`` and
``shingles`` (text banks) are base64 of little-endian uint64 / uint32 arrays; times are ISO 8601.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

from clearsight.hashbank.banks import Bank, NewEntry
from clearsight.hashbank.formats.common import ExportEntry, ImportContext

FORMAT = "clearsight-bank"
VERSION = 1
MAX_LINE = 1_000_000


def read_jsonl(fh: TextIO, ctx: ImportContext) -> Iterator[NewEntry]:
    for n, line in enumerate(fh, 1):
        if len(line) > MAX_LINE:
            ctx.skip(f"line {n}", "line too long")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            ctx.skip(f"line {n}", "not JSON")
            continue
        if not isinstance(obj, dict) or obj.get("format") == FORMAT:
            continue
        try:
            yield from _entries(obj, ctx)
        except (KeyError, TypeError, ValueError) as exc:
            ctx.skip(f"line {n}", f"bad entry ({type(exc).__name__})")


def _entries(obj: dict[str, Any], ctx: ImportContext) -> Iterator[NewEntry]:
    value, rows = str(obj["value"]), obj.get("provenance") or [{}]
    entries = [_entry(value, obj, row, ctx) for row in rows]
    yield from entries


def _entry(value: str, obj: dict[str, Any], row: dict[str, Any], ctx: ImportContext) -> NewEntry:
    added_at = row.get("added_at")
    return NewEntry(
        value,
        str(row.get("label") or obj.get("label") or ctx.label),
        str(row.get("source") or ctx.source),
        str(row.get("added_by") or ctx.by),
        note=str(row.get("note") or ""),
        meta=dict(row.get("meta") or {}),
        quality=None if obj.get("quality") is None else int(obj["quality"]),
        sketch=_unb64(obj.get("sketch")),
        shingles=_unb64(obj.get("shingles")),
        added_at=datetime.fromisoformat(added_at) if added_at else None,
        status=str(obj.get("status") or "") or None,
    )


def write_jsonl(fh: TextIO, bank: Bank, entries: Iterable[ExportEntry]) -> int:
    header = {"format": FORMAT, "version": VERSION, "bank": bank.name, "kind": bank.kind}
    header |= {"negative": bank.negative, "threshold": bank.threshold}
    fh.write(json.dumps(header) + "\n")
    count = 0
    for item in entries:
        fh.write(json.dumps(_record(item), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


def _record(item: ExportEntry) -> dict[str, Any]:
    e = item.entry
    return {
        "value": e.value,
        "label": e.label,
        "status": e.status,
        "quality": e.quality,
        "sketch": _b64(e.sketch),
        "shingles": _b64(e.shingles),
        "provenance": [_provenance(row) for row in item.provenance],
    }


def _provenance(row: dict[str, Any]) -> dict[str, Any]:
    added_at = row["added_at"]
    keys = ("added_by", "source", "label", "note", "meta")
    return {k: row[k] for k in keys} | {"added_at": _iso(added_at)}


def _iso(value: datetime) -> str:
    return value.isoformat()


def _b64(blob: bytes | None) -> str | None:
    return None if blob is None else base64.b64encode(blob).decode("ascii")


def _unb64(text: Any) -> bytes | None:
    return None if not text else base64.b64decode(str(text), validate=True)
