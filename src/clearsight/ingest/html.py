"""HTML pages (a file or a folder of them): main text through trafilatura, offline.

trafilatura gets the file's bytes (bounded by ``max_record_bytes`` × 10), never a URL,
so it fetches nothing; scripts are not run, only parsed away.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trafilatura

from clearsight.ingest.common import (
    BAD_HTML,
    MISSING_TEXT,
    TOO_LARGE,
    file_limit,
    read_capped,
    too_large_detail,
)
from clearsight.ingest.folder import FolderSource
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record


class HtmlSource(FolderSource):
    """Each ``.html``/``.htm`` file is one record: its main text and title."""

    name = "html"
    suffixes = frozenset({".html", ".htm"})

    def read_one(self, file: Path, where: Provenance, options: ReadOptions) -> Record | Malformed:
        data = read_capped(file, file_limit(options))
        if data is None:
            return Malformed(where, TOO_LARGE, too_large_detail(file_limit(options)))
        tree = trafilatura.load_html(data) if data.strip() else None
        if tree is None:
            return Malformed(where, BAD_HTML, "not parseable as an HTML document")
        fallback_title = _clean(tree.findtext(".//title"))
        doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
        text = _clean(getattr(doc, "text", None))
        if text is None:
            return Malformed(where, MISSING_TEXT, "no main text found")
        if len(text.encode("utf-8")) > options.max_record_bytes:
            return Malformed(where, TOO_LARGE, too_large_detail(options.max_record_bytes))
        title = _clean(getattr(doc, "title", None)) or fallback_title
        return Record(provenance=where, text=text, title=title)

    def examples(self) -> Sequence[SourceExample]:
        page = (
            b"<html><head><title>Garden club</title></head><body><article>"
            b"<h1>Spring planting</h1><p>The garden club meets on Tuesday to plan the spring "
            b"planting of tomatoes, beans and sunflowers along the school fence.</p>"
            b"</article><script>var x = 1;</script></body></html>"
        )
        empty = b"<html><head><title>Nothing</title></head><body></body></html>"
        files = {"site/index.html": page, "site/blank.htm": empty}
        return [
            SourceExample(files=files, entry="site", records=1, malformed=1),
            SourceExample(files={"page.html": page}, entry="page.html", records=1),
        ]


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None
