"""Cut a CSV byte stream into records without parsing them, in bounded memory.

A record ends at a newline that is not inside a quoted field. The scanner mirrors the
``csv`` module's default dialect (quote ``"``, doubled quotes as escapes, quotes only open
at the start of a field). A record over the limit is dropped while still being scanned,
so the next record starts in the right place.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from clearsight.ingest.common import strip_eol

START, FIELD, QUOTED, QUOTE_END = range(4)  # scanner states
_QUOTE = ord('"')
_CHUNK = 64 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """The bytes of one record (line endings kept), or None when it is over the limit."""

    data: bytes | None
    line: int
    offset: int
    open_quote: bool = False  # the file ended inside a quoted field

    @property
    def blank(self) -> bool:
        return self.data is not None and not self.data.strip()


def allow_fields_up_to(limit: int) -> None:
    """Raise the csv module's (process-wide) field limit to our own record bound, which
    :func:`split_records` enforces."""
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def split_records(fh: IO[bytes], delimiter: str, limit: int) -> Iterator[RawRecord]:
    """Yield the records of ``fh``, each at most ``limit`` bytes (line ending aside)."""
    cutter = _Cutter(ord(delimiter), limit, _skip_bom(fh))
    while chunk := fh.readline(_CHUNK):
        done = cutter.feed(chunk)
        if done is not None:
            yield done
    last = cutter.finish()
    if last is not None:
        yield last


def _skip_bom(fh: IO[bytes]) -> int:
    """Step over a UTF-8 byte order mark; return where reading starts."""
    if fh.read(len(_UTF8_BOM)) == _UTF8_BOM:
        return len(_UTF8_BOM)
    fh.seek(0)
    return 0


class _Cutter:
    def __init__(self, delimiter: int, limit: int, offset: int) -> None:
        self.delimiter, self.limit = delimiter, limit
        self.lines, self.offset = 0, offset
        self._reset()

    def _reset(self) -> None:
        self.state = START
        self.parts: list[bytes] = []
        self.size = 0
        self.oversize = False
        self.start = (self.lines + 1, self.offset)

    def feed(self, chunk: bytes) -> RawRecord | None:
        """Take one ``readline`` chunk; return a record when this chunk completed one."""
        self.offset += len(chunk)
        self.size += len(chunk)
        ends_line = chunk.endswith(b"\n")
        self.state = scan(strip_eol(chunk) if ends_line else chunk, self.state, self.delimiter)
        if self.size > self.limit + 2:
            self.oversize, self.parts = True, []
        elif not self.oversize:
            self.parts.append(chunk)
        if not ends_line:
            return None
        self.lines += 1
        return None if self.state == QUOTED else self._emit()

    def finish(self) -> RawRecord | None:
        return self._emit() if self.size else None

    def _emit(self) -> RawRecord:
        data = None if self.oversize else b"".join(self.parts)
        if data is not None and len(strip_eol(data)) > self.limit:
            data = None
        record = RawRecord(data, *self.start, open_quote=self.state == QUOTED)
        self._reset()
        return record


def scan(data: bytes, state: int, delimiter: int) -> int:
    """The scanner state after ``data`` (which holds no record-ending newline)."""
    if state != QUOTED and _QUOTE not in data:
        if not data:
            return state
        return START if data[-1] == delimiter else FIELD
    i, n = 0, len(data)
    while i < n:
        if state == QUOTED:
            j = data.find(b'"', i)
            if j < 0:
                return QUOTED
            state, i = QUOTE_END, j + 1
        elif state == FIELD:
            j = data.find(delimiter, i)
            if j < 0:
                return FIELD
            state, i = START, j + 1
        else:
            state = _step(state, data[i], delimiter)
            i += 1
    return state


def _step(state: int, byte: int, delimiter: int) -> int:
    """One byte in the START or QUOTE_END state."""
    if byte == delimiter:
        return START
    if byte == _QUOTE:
        return QUOTED
    return FIELD
