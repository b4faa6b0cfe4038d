"""The JSON Lines source."""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clearsight.ingest.jsonl import JsonlSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"  # stands for content that must never reach an error detail


def _write(tmp_path: Path, *lines: bytes, name: str = "posts.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(JsonlSource().read(path, ReadOptions(**options)))


def _one(path: Path, **options: int) -> Record | Malformed:
    (got,) = _read(path, **options)
    return got


def test_contract(tmp_path: Path) -> None:
    check_plugin(JsonlSource, tmp_path)


def test_reads_fields(tmp_path: Path) -> None:
    obj = {
        "id": 17,
        "message": "Choir practice moved.",
        "username": "u-demo",
        "timestamp": 1714555800,
        "url": "https://example.org/p/17",
        "title": "Choir",
        "lang": "en",
        "likes": 3,
    }
    got = _one(_write(tmp_path, json.dumps(obj).encode()))
    assert isinstance(got, Record)
    assert got.text == "Choir practice moved."
    assert got.provenance.external_id == "17"
    assert (got.provenance.line, got.provenance.offset) == (1, 0)
    assert got.author == "u-demo"
    assert got.created_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert (got.url, got.title) == ("https://example.org/p/17", "Choir")
    assert dict(got.metadata) == {"lang": "en", "likes": "3"}


def test_text_and_author_take_the_first_present_field(tmp_path: Path) -> None:
    obj = {"text": "", "content": "from content", "body": "from body", "user": "b", "author": "a"}
    got = _one(_write(tmp_path, json.dumps(obj).encode()))
    assert isinstance(got, Record)
    assert (got.text, got.author) == ("from content", "a")


def test_unparsable_date_keeps_the_record(tmp_path: Path) -> None:
    got = _one(_write(tmp_path, b'{"text": "hello", "date": "the other day"}'))
    assert isinstance(got, Record) and got.created_at is None


def test_bad_json_names_the_column_not_the_content(tmp_path: Path) -> None:
    path = _write(tmp_path, b'{"text": "ok"}', f'{{"text": "{SECRET}" oops}}'.encode())
    ok, bad = _read(path)
    assert isinstance(ok, Record)
    assert isinstance(bad, Malformed) and bad.reason == "bad_json"
    assert "column" in bad.detail and SECRET not in bad.detail
    assert (bad.provenance.position, bad.provenance.line) == (2, 2)


def test_not_an_object(tmp_path: Path) -> None:
    got = _one(_write(tmp_path, f'["{SECRET}"]'.encode()))
    assert isinstance(got, Malformed) and got.reason == "not_object"
    assert SECRET not in got.detail


def test_invalid_utf8_spoils_one_line_only(tmp_path: Path) -> None:
    path = _write(tmp_path, b'{"text": "caf\xe9"}', b'{"text": "fine"}')
    bad, ok = _read(path)
    assert isinstance(bad, Malformed) and bad.reason == "invalid_utf8"
    assert bad.detail == "invalid UTF-8 at byte 13"
    assert isinstance(ok, Record) and ok.text == "fine"


@pytest.mark.parametrize(
    "line",
    [b'{"id": 1}', b'{"text": ""}', b'{"text": "   "}', b'{"text": 5}', b'{"body": ["a"]}'],
)
def test_missing_text(tmp_path: Path, line: bytes) -> None:
    got = _one(_write(tmp_path, line))
    assert isinstance(got, Malformed) and got.reason == "missing_text"


def test_oversize_line_is_quarantined_and_reading_goes_on(tmp_path: Path) -> None:
    big = json.dumps({"text": SECRET * 10_000}).encode()
    path = _write(tmp_path, big, b'{"text": "after"}')
    bad, ok = _read(path, max_record_bytes=1000)
    assert isinstance(bad, Malformed) and bad.reason == "too_large"
    assert SECRET not in bad.detail
    assert isinstance(ok, Record) and ok.text == "after"
    assert (ok.provenance.line, ok.provenance.offset) == (2, len(big) + 1)


def test_blank_lines_are_not_records(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'\r\n{"text": "a"}\r\n  \r\n{"text": "b"}')
    got = _read(path)
    assert [g.provenance.position for g in got] == [1, 2]
    assert [g.provenance.line for g in got] == [2, 4]
    assert all(isinstance(g, Record) for g in got)


def test_resume_skips_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, *(json.dumps({"text": f"note {i}"}).encode() for i in range(6)))
    calls: list[str] = []
    real = json.loads

    def counting(text: str) -> object:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(json, "loads", counting)
    got = _read(path, start_after=4)
    assert [g.provenance.position for g in got] == [5, 6]
    assert len(calls) == 2


def test_can_read(tmp_path: Path) -> None:
    source = JsonlSource()
    assert source.can_read(_write(tmp_path, b"{}", name="a.NDJSON"))
    assert not source.can_read(_write(tmp_path, b"{}", name="a.json"))
    assert not source.can_read(tmp_path)


def _peak_bytes(path: Path) -> int:
    tracemalloc.start()
    try:
        for _ in JsonlSource().read(path, ReadOptions()):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat(tmp_path: Path) -> None:
    line = b'{"id": 1, "text": "a note about the bake sale", "lang": "en"}\n'
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_bytes(line * 2_000)
    large.write_bytes(line * 20_000)
    assert _peak_bytes(large) < _peak_bytes(small) + 16_384
