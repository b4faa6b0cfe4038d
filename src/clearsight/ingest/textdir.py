"""Plain-text folders: one record per ``.txt``/``.md`` file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from clearsight.ingest.common import (
    INVALID_UTF8,
    MISSING_TEXT,
    TOO_LARGE,
    read_capped,
    too_large_detail,
    utf8_detail,
)
from clearsight.ingest.folder import FolderSource
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record


class TextFolderSource(FolderSource):
    """Each text file is one record, read as UTF-8 (a leading byte order mark is dropped)."""

    name = "textdir"
    suffixes = frozenset({".txt", ".md"})

    def read_one(self, file: Path, where: Provenance, options: ReadOptions) -> Record | Malformed:
        data = read_capped(file, options.max_record_bytes)
        if data is None:
            return Malformed(where, TOO_LARGE, too_large_detail(options.max_record_bytes))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return Malformed(where, INVALID_UTF8, utf8_detail(exc))
        if not text.strip():
            return Malformed(where, MISSING_TEXT, "the file is empty")
        return Record(provenance=where, text=text)

    def examples(self) -> Sequence[SourceExample]:
        files = {
            "notes/a.txt": b"The community garden needs volunteers on Saturday.\n",
            "notes/b/minutes.md": b"# Minutes\n\nThe book club picked a new novel.\n",
            "notes/empty.txt": b"  \n",
            "notes/skip.csv": b"not,a,text,file\n",
        }
        return [SourceExample(files=files, entry="notes", records=2, malformed=1)]
