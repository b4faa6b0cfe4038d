"""Shared helpers for the source plug-ins: reasons, bounded reads, file walks, hashes, dates.

Everything here treats input as hostile: reads are bounded, nothing is fetched or executed,
and error details name places and causes, never content.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, ClassVar, Self

from clearsight.pipeline.stage import PluginKind, ReadOptions
from clearsight.types import Malformed, Provenance

if TYPE_CHECKING:
    from clearsight.config import Settings

# Malformed reasons (the quarantine vocabulary).
BAD_JSON = "bad_json"
NOT_OBJECT = "not_object"
INVALID_UTF8 = "invalid_utf8"
MISSING_TEXT = "missing_text"
TOO_LARGE = "too_large"
BAD_CSV = "bad_csv"
BAD_FEED = "bad_feed"
BAD_HTML = "bad_html"
CORRUPT_IMAGE = "corrupt_image"
DECOMPRESSION_BOMB = "decompression_bomb"
UNREADABLE = "unreadable"

FILE_FACTOR = 10  # a single-document file (HTML, feed, image) may be this many records big
_CHUNK = 64 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"


class BaseSource:
    """Class attributes and ``create`` shared by every source plug-in."""

    name: ClassVar[str]
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "source"

    @classmethod
    def create(cls, settings: Settings) -> Self:
        """Sources take their limits from ``ReadOptions``; settings are not needed."""
        return cls()

    def units(self, path: Path) -> Iterator[Path]:
        """A file source reads one unit: the file itself."""
        yield path


def skipped(position: int, options: ReadOptions) -> bool:
    """True when ``position`` was already read by an earlier, resumed scan."""
    return position <= options.start_after


def file_limit(options: ReadOptions) -> int:
    """The largest single-document file (HTML page, feed, image) a source will open."""
    return options.max_record_bytes * FILE_FACTOR


def has_suffix(path: Path, suffixes: frozenset[str]) -> bool:
    return path.suffix.lower() in suffixes


# --- bounded line reading -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RawLine:
    """One physical line: its bytes without the line ending, or None when over the limit."""

    data: bytes | None
    number: int
    offset: int


def iter_lines(fh: IO[bytes], limit: int) -> Iterator[RawLine]:
    """Yield lines of at most ``limit`` bytes; longer ones come back with ``data=None``.

    A long line is never held whole: its rest is discarded in chunks.
    """
    number = offset = 0
    while chunk := fh.readline(limit + 2):
        number += 1
        size = len(chunk)
        content = strip_eol(chunk)
        if number == 1:
            content = content.removeprefix(_UTF8_BOM)
        data = content if len(content) <= limit else None
        if not chunk.endswith(b"\n") and size == limit + 2:
            size += discard_line(fh)
        yield RawLine(data, number, offset)
        offset += size


def strip_eol(chunk: bytes) -> bytes:
    """Drop one trailing ``\\n`` or ``\\r\\n``."""
    if chunk.endswith(b"\n"):
        chunk = chunk[:-1]
        if chunk.endswith(b"\r"):
            chunk = chunk[:-1]
    return chunk


def discard_line(fh: IO[bytes]) -> int:
    """Read and drop the rest of the current line; return how many bytes that was."""
    dropped = 0
    while chunk := fh.readline(_CHUNK):
        dropped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return dropped


def read_capped(path: Path, limit: int) -> bytes | None:
    """The whole file, or None when it is larger than ``limit`` bytes."""
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    return None if len(data) > limit else data


def utf8_detail(exc: UnicodeDecodeError) -> str:
    return f"invalid UTF-8 at byte {exc.start}"


def too_large_detail(limit: int) -> str:
    return f"larger than the limit of {limit} bytes"


def unreadable(source: str, path: Path, options: ReadOptions, exc: OSError) -> Iterator[Malformed]:
    """One ``unreadable`` Malformed at position 1 for a file that would not open."""
    if not skipped(1, options):
        yield Malformed(Provenance(source, str(path), 1), UNREADABLE, os_detail(exc))


def os_detail(exc: OSError) -> str:
    """An OS error without the path or content: its errno name and message."""
    return exc.strerror or type(exc).__name__


# --- folders --------------------------------------------------------------------------------


def walk_files(root: Path, suffixes: frozenset[str]) -> Iterator[Path]:
    """Files below ``root`` with one of ``suffixes``, unordered. Symlinks are not followed."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        for name in files:
            path = Path(folder, name)
            if has_suffix(path, suffixes) and not path.is_symlink():
                yield path


def has_files(path: Path, suffixes: frozenset[str]) -> bool:
    """True for a file with a matching suffix, or a folder holding at least one."""
    if path.is_file():
        return has_suffix(path, suffixes)
    return path.is_dir() and next(walk_files(path, suffixes), None) is not None


def list_files(path: Path, suffixes: frozenset[str]) -> list[tuple[Path, str]]:
    """``(file, relative POSIX path)`` pairs sorted by relative path; a file lists itself."""
    if path.is_file():
        return [(path, path.name)]
    found = [(p, p.relative_to(path).as_posix()) for p in walk_files(path, suffixes)]
    return sorted(found, key=lambda pair: pair[1])


def hash_file(path: Path) -> tuple[str, str, int]:
    """Stream the file: ``(sha256, md5, size)``."""
    sha, md5, size = hashlib.sha256(), hashlib.md5(usedforsecurity=False), 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            sha.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), md5.hexdigest(), size


# --- dates ----------------------------------------------------------------------------------


def parse_date(value: object) -> datetime | None:
    """ISO 8601 text or unix seconds (number or digits) as an aware datetime; else None.

    Naive ISO times are taken as UTC.
    """
    if isinstance(value, bool) or value is None:
        return None
    try:
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value, tz=UTC)
        if isinstance(value, str) and value.strip():
            return _parse_date_text(value.strip())
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _parse_date_text(text: str) -> datetime:
    if text.replace(".", "", 1).isdigit():
        return datetime.fromtimestamp(float(text), tz=UTC)
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
