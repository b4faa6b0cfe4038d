"""Labelled rows for ``model evaluate``: JSONL/NDJSON, CSV or TSV, streamed and bounded.

``.csv`` and ``.tsv`` files are read as tables with a header row (names matched ignoring
case and surrounding spaces); any other file as JSON Lines (keys matched exactly), as before.
Records are cut by the ingest CSV scanner or line reader, so one record holds at most
``limit`` bytes; a UTF-8 byte order mark is skipped. A row that cannot be read is counted
with its line number and a label value that maps to nothing is counted per value; neither is
echoed. A field the file lacks altogether is an :class:`InputError` naming the fields it has.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from clearsight.analyze.classifier.label_map import (
    LabelMap,
    Truth,
    Unmapped,
    identity_map,
    truth_of,
    value_text,
)
from clearsight.errors import InputError
from clearsight.ingest.common import iter_lines
from clearsight.ingest.csv_source import DELIMITERS
from clearsight.ingest.csv_split import RawRecord, allow_fields_up_to, split_records

DEFAULT_LABEL_FIELDS = ("labels", "label")
DEFAULT_LANG_FIELD = "lang"
NO_GROUP = "(none)"  # the --by value of a row without one
MAX_LINES = 10  # line numbers kept of unreadable rows
MAX_VALUES = 20  # distinct unmapped values counted one by one
MAX_NAMES = 40  # field names listed in an error
MAX_LANG_CHARS, MAX_GROUP_CHARS, MAX_NAME_CHARS = 32, 60, 40


@dataclass(frozen=True, slots=True)
class ReadSpec:
    """Which fields hold what; ``None`` fields fall back to the historic names."""

    text_field: str = "text"
    label_field: str | None = None  # None: ``labels``, then ``label``
    mapping: LabelMap = field(default_factory=identity_map)
    lang_field: str | None = None  # None: ``lang`` where a row has it
    lang: str | None = None  # one language for every row
    by: str | None = None  # a field to slice by


class Row(NamedTuple):
    text: str
    truth: Truth
    lang: str
    group: str  # the --by value; "" when not slicing


@dataclass
class Skips:
    """Rows left out: unreadable ones (count, first line numbers) and unmapped labels."""

    unreadable: int = 0
    lines: list[int] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)
    other_labels: int = 0  # rows whose unmapped value came after MAX_VALUES others

    @property
    def total(self) -> int:
        return self.unreadable + sum(self.labels.values()) + self.other_labels

    def bad_row(self, line: int) -> None:
        self.unreadable += 1
        if len(self.lines) < MAX_LINES:
            self.lines.append(line)

    def unmapped(self, value: str) -> None:
        if value in self.labels or len(self.labels) < MAX_VALUES:
            self.labels[value] = self.labels.get(value, 0) + 1
        else:
            self.other_labels += 1


def read_rows(path: Path, spec: ReadSpec, skips: Skips, limit: int) -> Iterator[Row]:
    """The usable rows of ``path``, in order; what is left out goes to ``skips``."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc.strerror})") from exc
    with fh:
        delimiter = DELIMITERS.get(path.suffix.lower())
        if delimiter is None:
            yield from _jsonl_rows(path, fh, spec, skips, limit)
        else:
            yield from _table_rows(path, fh, delimiter, spec, skips, limit)


def _jsonl_rows(
    path: Path, fh: IO[bytes], spec: ReadSpec, skips: Skips, limit: int
) -> Iterator[Row]:
    wanted = {name for group in _required(spec) for name in group}
    found: set[str] = set()
    present: dict[str, None] = {}  # the first MAX_NAMES field names seen, in order
    for raw in iter_lines(fh, limit):
        if raw.data is not None and not raw.data.strip():
            continue
        obj = _object(raw.data)
        if obj is None:
            skips.bad_row(raw.number)
            continue
        found.update(wanted.intersection(obj))
        for name in obj:
            if len(present) >= MAX_NAMES:
                break
            present[name] = None
        label = spec.label_field or next((k for k in DEFAULT_LABEL_FIELDS if k in obj), "")
        lang = obj.get(spec.lang_field or DEFAULT_LANG_FIELD)
        group = obj.get(spec.by) if spec.by else None
        row = _row(spec, skips, raw.number, obj.get(spec.text_field), obj.get(label), lang, group)
        if row is not None:
            yield row
    if present:
        _require(path, spec, found.__contains__, list(present), "field")


def _object(data: bytes | None) -> dict[str, Any] | None:
    if data is None:
        return None
    try:
        obj = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _table_rows(
    path: Path, fh: IO[bytes], delimiter: str, spec: ReadSpec, skips: Skips, limit: int
) -> Iterator[Row]:
    allow_fields_up_to(limit)
    records = (r for r in split_records(fh, delimiter, limit) if not r.blank)
    head = next(records, None)
    names = _cells(head, delimiter) if head else None
    if not names:
        raise InputError(f"{path}: no readable header row naming the columns")
    index = {_key(name): i for i, name in reversed(list(enumerate(names)))}
    _require(path, spec, lambda name: _key(name) in index, names, "column")
    label = spec.label_field or next(k for k in DEFAULT_LABEL_FIELDS if k in index)
    wanted = (spec.text_field, label, spec.lang_field or DEFAULT_LANG_FIELD, spec.by)
    columns = [None if name is None else index.get(_key(name)) for name in wanted]
    for raw in records:
        cells = _cells(raw, delimiter)
        if cells is None or len(cells) != len(names):
            skips.bad_row(raw.line)
            continue
        text, label_cell, lang, group = (None if i is None else cells[i] for i in columns)
        row = _row(spec, skips, raw.line, text, label_cell, lang, group)
        if row is not None:
            yield row


def _cells(raw: RawRecord, delimiter: str) -> list[str] | None:
    """The fields of one record, or None when it is too large or not one CSV row."""
    if raw.data is None or raw.open_quote:
        return None
    text = raw.data.decode("utf-8", errors="replace")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def _key(name: str) -> str:
    return name.strip().casefold()


def _row(
    spec: ReadSpec,
    skips: Skips,
    line: int,
    text: object,
    label: object,
    lang: object,
    group: object,
) -> Row | None:
    """One usable row, or None after counting why not."""
    truth = truth_of(label, spec.mapping)
    if not isinstance(text, str) or truth is None:
        skips.bad_row(line)
        return None
    if isinstance(truth, Unmapped):
        skips.unmapped(truth.value)
        return None
    lang_code = spec.lang or _short(lang, MAX_LANG_CHARS) or "und"
    group_name = (_short(group, MAX_GROUP_CHARS) or NO_GROUP) if spec.by else ""
    return Row(text, truth, lang_code, group_name)


def _short(value: object, size: int) -> str:
    text = value_text(value)
    return text[:size] if text else ""


def _required(spec: ReadSpec) -> list[tuple[str, ...]]:
    """Field names the file must have, each group satisfied by any one of its names."""
    label = (spec.label_field,) if spec.label_field else DEFAULT_LABEL_FIELDS
    return [(spec.text_field,), label, *((name,) for name in (spec.lang_field, spec.by) if name)]


def _require(
    path: Path, spec: ReadSpec, has: Callable[[str], bool], present: Sequence[str], kind: str
) -> None:
    """Raise naming the first required field the file lacks, and the ones it has."""
    for group in _required(spec):
        if not any(has(name) for name in group):
            missing = " or ".join(repr(name) for name in group)
            listed = ", ".join(repr(name[:MAX_NAME_CHARS]) for name in present[:MAX_NAMES])
            raise InputError(f"{path}: no {missing} {kind}; the {kind}s are: {listed}")
