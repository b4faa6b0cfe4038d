"""RSS and Atom feeds through feedparser, from bytes read off disk; links are never fetched.

feedparser fetches URLs and opens file names it is given as strings (and even as bytes),
so it only ever gets an in-memory stream of a file bounded by ``max_record_bytes`` × 10.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

from clearsight.ingest.common import (
    BAD_FEED,
    MISSING_TEXT,
    TOO_LARGE,
    BaseSource,
    file_limit,
    has_suffix,
    read_capped,
    skipped,
    too_large_detail,
    unreadable,
)
from clearsight.ingest.htmltext import html_to_text
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, Provenance, Record

SUFFIXES = frozenset({".rss", ".atom"})
_SNIFF_BYTES = 4096
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
_FIRST_ELEMENT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_FEED_ROOTS = frozenset({b"rss", b"feed", b"RDF"})


class FeedSource(BaseSource):
    """Reads ``.rss``/``.atom`` files and ``.xml`` files whose root is rss, feed or RDF."""

    name = "feed"

    def can_read(self, path: Path) -> bool:
        if not path.is_file():
            return False
        if has_suffix(path, SUFFIXES):
            return True
        return has_suffix(path, frozenset({".xml"})) and _root_is_feed(path)

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]:
        first = Provenance(self.name, str(path), 1)
        try:
            data = read_capped(path, file_limit(options))
        except OSError as exc:
            yield from unreadable(self.name, path, options, exc)
            return
        if data is None:
            if not skipped(1, options):
                yield Malformed(first, TOO_LARGE, too_large_detail(file_limit(options)))
            return
        parsed = feedparser.parse(io.BytesIO(data))
        entries: list[Any] = list(parsed.get("entries", []))
        if not entries and parsed.get("bozo"):
            if not skipped(1, options):
                yield Malformed(first, BAD_FEED, _bozo_detail(parsed.get("bozo_exception")))
            return
        for position, entry in enumerate(entries, start=1):
            if not skipped(position, options):
                yield _entry_record(entry, Provenance(self.name, str(path), position))

    def examples(self) -> Sequence[SourceExample]:
        rss = (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Town news</title>'
            b"<item><guid>n1</guid><title>Fair</title><link>https://example.org/fair</link>"
            b"<description>&lt;p&gt;The town fair opens on &lt;b&gt;Friday&lt;/b&gt;.&lt;/p&gt;"
            b"</description><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate></item>"
            b"<item><guid>n2</guid><title>Library hours</title></item>"
            b"<item><guid>n3</guid></item></channel></rss>"
        )
        atom = (
            b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Club</title>'
            b"<entry><id>urn:club:1</id><title>Match</title>"
            b'<content type="html">&lt;p&gt;Kick-off at three.&lt;/p&gt;</content>'
            b"<updated>2024-05-01T10:00:00Z</updated></entry></feed>"
        )
        return [
            SourceExample(files={"town.rss": rss}, entry="town.rss", records=2, malformed=1),
            SourceExample(files={"club.xml": atom}, entry="club.xml", records=1),
            SourceExample(
                files={"broken.rss": b"\x00 no feed"}, entry="broken.rss", records=0, malformed=1
            ),
        ]


def _root_is_feed(path: Path) -> bool:
    """Cheap sniff: the first element of the file's head is rss, feed or RDF."""
    with path.open("rb") as fh:
        head = _COMMENT.sub(b"", fh.read(_SNIFF_BYTES))
    match = _FIRST_ELEMENT.search(head)
    return match is not None and match.group(1) in _FEED_ROOTS


def _bozo_detail(exc: object) -> str:
    """The parser's complaint: its type and place, never the text."""
    name = type(exc).__name__ if exc is not None else "no entries"
    line = getattr(exc, "getLineNumber", None)
    return f"{name} at line {line()}" if callable(line) else f"not a feed ({name})"


def _entry_record(entry: Mapping[str, Any], where: Provenance) -> Record | Malformed:
    ident = entry.get("id")
    where = Provenance(where.source, where.path, where.position, external_id=_str(ident))
    title = html_to_text(_str(entry.get("title")) or "") or None
    text = html_to_text(_entry_html(entry)) or title
    if not text:
        return Malformed(where, MISSING_TEXT, "entry has no summary, content or title")
    return Record(
        provenance=where,
        text=text,
        author=_str(entry.get("author")),
        created_at=_entry_date(entry),
        url=_entry_url(entry),
        title=title,
    )


def _entry_html(entry: Mapping[str, Any]) -> str:
    """The entry's content when present (fuller), else its summary."""
    for part in entry.get("content") or ():
        value = _str(part.get("value"))
        if value:
            return value
    return _str(entry.get("summary")) or ""


def _entry_url(entry: Mapping[str, Any]) -> str | None:
    """The entry's link (stored, never fetched); a bare guid that is no URL is not a link."""
    link = _str(entry.get("link"))
    if link and entry.get("guidislink") and "://" not in link:
        return None
    return link


def _entry_date(entry: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                year, month, day, hour, minute, second = parsed[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                return None
    return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
