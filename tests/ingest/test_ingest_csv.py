"""The CSV/TSV source."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from clearsight.ingest.csv_source import CsvSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"


def _write(tmp_path: Path, data: bytes, name: str = "posts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(CsvSource().read(path, ReadOptions(**options)))


def test_contract(tmp_path: Path) -> None:
    check_plugin(CsvSource, tmp_path)


def test_reads_columns_by_header_name(tmp_path: Path) -> None:
    header = b"\xef\xbb\xbfID,Body,Author_ID,Created_At,url,extra\r\n"
    data = (
        header + b"7,Bake sale at noon.,u-demo,2024-05-01T09:30:00Z,https://example.org/7,yes\r\n"
    )
    (got,) = _read(_write(tmp_path, data))
    assert isinstance(got, Record)
    assert got.text == "Bake sale at noon."
    assert got.provenance.external_id == "7"
    assert got.author == "u-demo"
    assert got.created_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert got.url == "https://example.org/7"
    assert dict(got.metadata) == {"extra": "yes"}
    assert (got.provenance.line, got.provenance.offset) == (2, len(header))


def test_tsv_uses_tabs(tmp_path: Path) -> None:
    got = _read(_write(tmp_path, b"id\ttext\n1\tone, with a comma\n", name="p.tsv"))
    assert [g.text for g in got if isinstance(g, Record)] == ["one, with a comma"]


def test_line_is_where_a_multiline_record_starts(tmp_path: Path) -> None:
    data = b'id,text\n1,"first\nsecond ""quoted""\nthird"\n2,next\n'
    first, second = _read(_write(tmp_path, data))
    assert isinstance(first, Record) and first.text == 'first\nsecond "quoted"\nthird'
    assert isinstance(second, Record)
    assert [first.provenance.line, second.provenance.line] == [2, 5]
    assert [first.provenance.position, second.provenance.position] == [1, 2]


def test_wrong_column_count(tmp_path: Path) -> None:
    data = f"id,text,lang\n1,{SECRET}\n2,ok,en,extra\n3,fine,en\n".encode()
    few, many, ok = _read(_write(tmp_path, data))
    assert isinstance(few, Malformed) and few.reason == "bad_csv"
    assert few.detail == "row has 2 fields, the header has 3"
    assert isinstance(many, Malformed) and many.reason == "bad_csv"
    assert isinstance(ok, Record) and ok.text == "fine"


def test_invalid_utf8_spoils_one_row_only(tmp_path: Path) -> None:
    data = b"id,text\n1,caf\xe9\n2,fine\n"
    bad, ok = _read(_write(tmp_path, data))
    assert isinstance(bad, Malformed) and bad.reason == "invalid_utf8"
    assert bad.provenance.line == 2
    assert isinstance(ok, Record) and ok.text == "fine"


def test_missing_text(tmp_path: Path) -> None:
    (got,) = _read(_write(tmp_path, b"id,text,title\n1,,a title\n"))
    assert isinstance(got, Malformed) and got.reason == "missing_text"
    assert got.provenance.external_id == "1"


@pytest.mark.parametrize("quoted", [False, True])
def test_oversize_record_is_quarantined_and_reading_goes_on(tmp_path: Path, quoted: bool) -> None:
    field = ('"' + f"{SECRET}\n" * 500 + '"') if quoted else SECRET * 500
    data = f"id,text\n1,{field}\n2,after\n".encode()
    bad, ok = _read(_write(tmp_path, data), max_record_bytes=1000)
    assert isinstance(bad, Malformed) and bad.reason == "too_large"
    assert SECRET not in bad.detail
    assert isinstance(ok, Record) and ok.text == "after"
    assert ok.provenance.position == 2


def test_fields_larger_than_the_csv_module_default(tmp_path: Path) -> None:
    text = "a" * (csv.field_size_limit() + 10)
    (got,) = _read(_write(tmp_path, f"text\n{text}\n".encode()), max_record_bytes=len(text) + 10)
    assert isinstance(got, Record) and got.text == text


def test_file_ending_inside_quotes_is_bad_csv(tmp_path: Path) -> None:
    ok, bad = _read(_write(tmp_path, b'id,text\n1,fine\n2,"never closed\nstill open'))
    assert isinstance(ok, Record)
    assert isinstance(bad, Malformed) and bad.reason == "bad_csv"
    assert bad.detail == "the file ends inside a quoted field"


def test_header_only_or_empty_file_has_no_records(tmp_path: Path) -> None:
    assert _read(_write(tmp_path, b"id,text\n")) == []
    assert _read(_write(tmp_path, b"", name="e.csv")) == []


def test_unreadable_header_is_one_malformed(tmp_path: Path) -> None:
    (got,) = _read(_write(tmp_path, b"id,t\xffxt\n1,a\n2,b\n"))
    assert isinstance(got, Malformed) and got.reason == "invalid_utf8"
    assert got.provenance.position == 1


def test_resume_skips_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(f"{i},note {i}\n" for i in range(1, 7))
    path = _write(tmp_path, f"id,text\n{rows}".encode())
    full = _read(path)
    calls: list[object] = []
    real = csv.reader

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(csv, "reader", counting)
    got = _read(path, start_after=4)
    assert got == full[4:]
    assert len(calls) == 3  # the header and two rows


def test_can_read(tmp_path: Path) -> None:
    source = CsvSource()
    assert source.can_read(_write(tmp_path, b"text\n", name="a.TSV"))
    assert not source.can_read(_write(tmp_path, b"text\n", name="a.txt"))
    assert not source.can_read(tmp_path)
