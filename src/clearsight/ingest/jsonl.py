"""JSON Lines: one JSON object a line, read line-wise in binary so memory stays flat."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from clearsight.ingest.common import (
    BAD_JSON,
    INVALID_UTF8,
    NOT_OBJECT,
    TOO_LARGE,
    BaseSource,
    RawLine,
    has_suffix,
    iter_lines,
    skipped,
    too_large_detail,
    unreadable,
    utf8_detail,
)
from clearsight.ingest.fields import fields_to_record
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record

SUFFIXES = frozenset({".jsonl", ".ndjson"})
_JSON_KINDS: dict[type[object], str] = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


class JsonlSource(BaseSource):
    """Reads ``.jsonl``/``.ndjson`` files; blank lines are not records."""

    name = "jsonl"

    def can_read(self, path: Path) -> bool:
        return path.is_file() and has_suffix(path, SUFFIXES)

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        try:
            fh = path.open("rb")
        except OSError as exc:
            yield from unreadable(self.name, path, options, exc)
            return
        position = 0
        with fh:
            for line in iter_lines(fh, options.max_record_bytes):
                if line.data is not None and not line.data.strip():
                    continue
                position += 1
                if not skipped(position, options):
                    where = Provenance(self.name, str(path), position, line.number, line.offset)
                    yield _parse(line, where, options.max_record_bytes)

    def examples(self) -> Sequence[SourceExample]:
        lines = [
            b'{"id": 1, "text": "The bake sale starts at noon.", "author": "u-demo-1"}',
            b'{"id": "a2", "content": "Choir practice moved to Thursday.", "lang": "en"}',
            b"",
            b'{"id": 3, "body": "Bring a reusable cup.", "created_at": "2024-05-01T09:00:00Z"}',
            b'{"id": 4, "text": "unterminated',
            b'{"id": 5, "title": "no text here"}',
            b"[1, 2, 3]",
        ]
        files = {"posts.jsonl": b"\n".join(lines) + b"\n"}
        return [SourceExample(files=files, entry="posts.jsonl", records=3, malformed=3)]


def _parse(line: RawLine, where: Provenance, limit: int) -> Record | Malformed:
    if line.data is None:
        return Malformed(where, TOO_LARGE, too_large_detail(limit))
    try:
        text = line.data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Malformed(where, INVALID_UTF8, utf8_detail(exc))
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Malformed(where, BAD_JSON, f"{exc.msg} (column {exc.colno})")
    except (ValueError, RecursionError) as exc:
        return Malformed(where, BAD_JSON, f"unreadable JSON value ({type(exc).__name__})")
    if not isinstance(obj, dict):
        kind = _JSON_KINDS.get(type(obj), "value")
        return Malformed(where, NOT_OBJECT, f"a JSON {kind}, not an object")
    return fields_to_record(obj, where)
