"""What every bank format shares: rows read from a file, and the export view of an entry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clearsight.hashbank.banks import Bank, Entry, NewEntry

DEFAULT_LABEL = "violent_extremist"
MAX_META_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class ExportEntry:
    """An entry with its first provenance row (and every row, for the JSONL format)."""

    entry: Entry
    first: dict[str, Any]
    provenance: list[dict[str, Any]] = field(default_factory=list)

    @property
    def meta(self) -> dict[str, Any]:
        meta = self.first.get("meta") or {}
        return dict(meta) if isinstance(meta, dict) else {}


@dataclass(slots=True)
class ImportContext:
    """Who imports, from which file, with which label when the file has none."""

    bank: Bank
    source: str
    by: str
    label: str = DEFAULT_LABEL
    skipped: int = 0
    first_problem: str = ""

    def entry(self, value: str, *, label: str | None = None, **kw: Any) -> NewEntry:
        return NewEntry(value, label or self.label, self.source, self.by, **kw)

    def skip(self, where: str, reason: str) -> None:
        self.skipped += 1
        if not self.first_problem:
            self.first_problem = f"{where}: {reason}"


def bounded_meta(row: dict[str, str]) -> dict[str, str]:
    """A list's other columns, kept for a lossless export (each cell bounded)."""
    return {str(k): str(v)[:MAX_META_CHARS] for k, v in row.items() if k is not None}


def epoch(value: datetime) -> str:
    return str(int(value.timestamp()))
