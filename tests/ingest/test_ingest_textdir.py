"""The plain-text folder source."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearsight.ingest import textdir
from clearsight.ingest.textdir import TextFolderSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "texts"
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(TextFolderSource().read(path, ReadOptions(**options)))


def test_contract(tmp_path: Path) -> None:
    check_plugin(TextFolderSource, tmp_path)


def test_one_record_per_file_in_relative_path_order(tmp_path: Path) -> None:
    root = _folder(
        tmp_path,
        {"b.md": b"# B\n", "a/z.txt": b"\xef\xbb\xbfZ note", "a/c.txt": b"C note", "x.csv": b"1"},
    )
    got = _read(root)
    assert [g.provenance.external_id for g in got] == ["a/c.txt", "a/z.txt", "b.md"]
    assert [g.provenance.position for g in got] == [1, 2, 3]
    assert [g.text for g in got if isinstance(g, Record)] == ["C note", "Z note", "# B\n"]
    assert got[0].provenance.path == str(root / "a" / "c.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "missing_text"), (b" \n\t", "missing_text"), (b"caf\xe9", "invalid_utf8")],
)
def test_malformed_files(tmp_path: Path, data: bytes, reason: str) -> None:
    (got,) = _read(_folder(tmp_path, {"n.txt": data}))
    assert isinstance(got, Malformed) and got.reason == reason


def test_oversize_file(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"big.txt": SECRET.encode() * 100, "small.txt": b"ok"})
    big, small = _read(root, max_record_bytes=100)
    assert isinstance(big, Malformed) and big.reason == "too_large"
    assert SECRET not in big.detail
    assert isinstance(small, Record)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    root = _folder(tmp_path, {"locked.txt": SECRET.encode()})
    monkeypatch.setattr(textdir, "read_capped", refuse)
    (got,) = _read(root)
    assert isinstance(got, Malformed) and got.reason == "unreadable"
    assert got.detail == "Permission denied"


def test_resume(tmp_path: Path) -> None:
    root = _folder(tmp_path, {f"{i}.txt": f"note {i}".encode() for i in range(5)})
    got = _read(root, start_after=3)
    assert [g.provenance.external_id for g in got] == ["3.txt", "4.txt"]


def test_can_read(tmp_path: Path) -> None:
    source = TextFolderSource()
    root = _folder(tmp_path, {"deep/er/n.md": b"x"})
    assert source.can_read(root)
    assert source.can_read(root / "deep/er/n.md")
    assert not source.can_read(_folder(tmp_path / "other", {"a.csv": b"x"}))
