"""CSV and TSV with a header row, streamed one record at a time.

Records are cut from the byte stream by a small quote-aware scanner, so each record is
bounded by ``max_record_bytes``, decoded on its own (invalid UTF-8 spoils one row only) and
skipped on resume without being parsed; the ``csv`` module then parses that one record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from clearsight.ingest.common import (
    BAD_CSV,
    INVALID_UTF8,
    TOO_LARGE,
    BaseSource,
    has_suffix,
    skipped,
    too_large_detail,
    unreadable,
    utf8_detail,
)
from clearsight.ingest.csv_split import RawRecord, allow_fields_up_to, split_records
from clearsight.ingest.fields import fields_to_record
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record

DELIMITERS = {".csv": ",", ".tsv": "\t"}


class CsvSource(BaseSource):
    """Reads ``.csv`` (comma) and ``.tsv`` (tab) files; the first row names the columns."""

    name = "csv"

    def can_read(self, path: Path) -> bool:
        return path.is_file() and has_suffix(path, frozenset(DELIMITERS))

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        allow_fields_up_to(options.max_record_bytes)
        delimiter = DELIMITERS[path.suffix.lower()]
        try:
            fh = path.open("rb")
        except OSError as exc:
            yield from unreadable(self.name, path, options, exc)
            return
        with fh:
            records = (
                r for r in split_records(fh, delimiter, options.max_record_bytes) if not r.blank
            )
            header_raw = next(records, None)
            if header_raw is None:
                return
            header = _Reader(self.name, str(path), delimiter, options).header(header_raw)
            if isinstance(header, Malformed):
                if not skipped(1, options):
                    yield header
                return
            reader = _Reader(self.name, str(path), delimiter, options, header)
            for position, raw in enumerate(records, start=1):
                if not skipped(position, options):
                    yield reader.record(raw, position)

    def examples(self) -> Sequence[SourceExample]:
        rows = (
            b"id,text,author,lang\n"
            b'1,"The library opens at nine.",u-demo-1,en\n'
            b'2,"A two-line note:\nbring gloves",u-demo-2,en\n'
            b"3,missing columns\n"
            b"4,,u-demo-3,en\n"
            b"5,Plant swap on Sunday.,u-demo-4,en\n"
        )
        tsv = b"id\ttext\n1\tQuiz night is on.\n2\tTickets at the door.\n"
        return [
            SourceExample(files={"notes.csv": rows}, entry="notes.csv", records=3, malformed=2),
            SourceExample(files={"notes.tsv": tsv}, entry="notes.tsv", records=2),
        ]


class _Reader:
    """Decodes and parses one raw record at a time against the header."""

    def __init__(
        self,
        source: str,
        path: str,
        delimiter: str,
        options: ReadOptions,
        header: list[str] | None = None,
    ) -> None:
        self.source, self.path, self.delimiter = source, path, delimiter
        self.limit = options.max_record_bytes
        self.columns = header or []

    def header(self, raw: RawRecord) -> list[str] | Malformed:
        parsed = self._parse(raw, self._where(raw, 1))
        if isinstance(parsed, Malformed):
            return parsed
        names = [name.strip().lower() for name in parsed]
        if not any(names):
            return Malformed(self._where(raw, 1), BAD_CSV, "the header row names no columns")
        return names

    def record(self, raw: RawRecord, position: int) -> Record | Malformed:
        where = self._where(raw, position)
        row = self._parse(raw, where)
        if isinstance(row, Malformed):
            return row
        if len(row) != len(self.columns):
            detail = f"row has {len(row)} fields, the header has {len(self.columns)}"
            return Malformed(where, BAD_CSV, detail)
        return fields_to_record(dict(zip(self.columns, row, strict=True)), where)

    def _where(self, raw: RawRecord, position: int) -> Provenance:
        return Provenance(self.source, self.path, position, raw.line, raw.offset)

    def _parse(self, raw: RawRecord, where: Provenance) -> list[str] | Malformed:
        if raw.data is None:
            return Malformed(where, TOO_LARGE, too_large_detail(self.limit))
        if raw.open_quote:
            return Malformed(where, BAD_CSV, "the file ends inside a quoted field")
        try:
            text = raw.data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Malformed(where, INVALID_UTF8, utf8_detail(exc))
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter))
        except csv.Error as exc:
            return Malformed(where, BAD_CSV, f"CSV error: {exc}")
        if len(rows) != 1:
            return Malformed(where, BAD_CSV, f"record splits into {len(rows)} rows")
        return rows[0]
