"""Shared ingest helpers: bounded lines, dates, folder walks, HTML text, CSV cutting, fields."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clearsight.ingest.common import has_files, iter_lines, list_files, parse_date
from clearsight.ingest.csv_source import CsvSource
from clearsight.ingest.csv_split import FIELD, QUOTE_END, QUOTED, START, scan, split_records
from clearsight.ingest.feed import FeedSource
from clearsight.ingest.fields import MAX_METADATA_KEYS, metadata
from clearsight.ingest.htmltext import html_to_text
from clearsight.ingest.jsonl import JsonlSource
from clearsight.ingest.telegram import TelegramSource
from clearsight.pipeline.stage import ReadOptions, Source
from clearsight.types import Malformed

TXT = frozenset({".txt"})


def test_iter_lines_bounds_each_line_and_keeps_offsets() -> None:
    data = b"\xef\xbb\xbfone\r\n" + b"x" * 50 + b"\ntwo\nlast"
    lines = list(iter_lines(io.BytesIO(data), limit=10))
    assert [line.data for line in lines] == [b"one", None, b"two", b"last"]
    assert [line.number for line in lines] == [1, 2, 3, 4]
    assert [line.offset for line in lines] == [0, 8, 59, 63]


def test_iter_lines_takes_a_line_of_exactly_the_limit() -> None:
    lines = list(iter_lines(io.BytesIO(b"abcde\nabcdef\n"), limit=5))
    assert [line.data for line in lines] == [b"abcde", None]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T09:30:00Z", datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("2024-05-01 09:30:00", datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        (1714555800, datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("1714555800", datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        (1714555800.0, datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        ("next tuesday", None),
        ("", None),
        (True, None),
        (None, None),
        (10**20, None),
        ([2024], None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_list_files_sorts_by_relative_path_and_matches_suffix_case(tmp_path: Path) -> None:
    for rel in ("b/z.txt", "a.TXT", "b/a.txt", "c.csv"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert [rel for _, rel in list_files(tmp_path, TXT)] == ["a.TXT", "b/a.txt", "b/z.txt"]
    assert has_files(tmp_path, TXT)
    assert not has_files(tmp_path, frozenset({".md"}))


def test_folder_walk_does_not_follow_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    root = tmp_path / "root"
    root.mkdir()
    (root / "real.txt").write_text("x")
    os.symlink(outside, root / "linked_dir")
    os.symlink(outside / "secret.txt", root / "linked.txt")
    assert [rel for _, rel in list_files(root, TXT)] == ["real.txt"]


def test_a_single_file_lists_itself(tmp_path: Path) -> None:
    file = tmp_path / "one.txt"
    file.write_text("x")
    assert list_files(file, TXT) == [(file, "one.txt")]
    assert not has_files(tmp_path / "missing", TXT)


def test_html_to_text_drops_scripts_and_keeps_blocks() -> None:
    markup = (
        "<div><p>Bake&nbsp;sale &amp; raffle</p><script>var a = '<p>hidden</p>';</script>"
        "<style>p {color: red}</style><ul><li>cakes</li><li>tea</li></ul>plain<br>end</div>"
    )
    assert html_to_text(markup) == "Bake sale & raffle\ncakes\ntea\nplain\nend"


@pytest.mark.parametrize(
    ("data", "state"),
    [
        (b"a,b", FIELD),
        (b"a,", START),
        (b'a,"open', QUOTED),
        (b'a,"closed"', QUOTE_END),
        (b'a,"x""y', QUOTED),
        (b'a,b"c', FIELD),
        (b'"x"y,', START),
    ],
)
def test_scan_follows_csv_quoting(data: bytes, state: int) -> None:
    assert scan(data, START, ord(",")) == state


def test_split_records_keeps_quoted_newlines_and_drops_oversize() -> None:
    data = b'h1,h2\n1,"two\nlines"\n2,' + b"y" * 40 + b'\n3,"' + b"z\n" * 30 + b'"\n4,ok'
    records = list(split_records(io.BytesIO(data), ",", 20))
    assert [r.data for r in records] == [b"h1,h2\n", b'1,"two\nlines"\n', None, None, b"4,ok"]
    assert [r.line for r in records] == [1, 2, 4, 5, 36]


def test_metadata_is_bounded_and_skips_known_and_nested_fields() -> None:
    fields: dict[str, object] = {"text": "t", "id": 1, "nested": {"a": 1}, "flag": True}
    fields |= {f"k{i:02}": "v" * 300 for i in range(40)}
    meta = metadata(fields)
    assert len(meta) == MAX_METADATA_KEYS
    assert meta["flag"] == "true"
    assert "text" not in meta and "id" not in meta and "nested" not in meta
    assert all(len(v) <= 256 for v in meta.values())


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (JsonlSource, "a.jsonl"),
        (CsvSource, "a.csv"),
        (FeedSource, "a.rss"),
        (TelegramSource, "a.json"),
    ],
)
def test_a_file_that_will_not_open_is_one_unreadable(
    tmp_path: Path, cls: Callable[[], Source], name: str
) -> None:
    path = tmp_path / name
    path.mkdir()  # opening a folder as a file fails
    source = cls()
    (got,) = source.read(path, ReadOptions())
    assert isinstance(got, Malformed) and got.reason == "unreadable"
    assert got.provenance.position == 1 and got.detail == "Is a directory"
    assert list(source.read(path, ReadOptions(start_after=1))) == []
