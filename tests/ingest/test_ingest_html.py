"""The HTML source: main text through trafilatura, nothing fetched or run."""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest

from clearsight.ingest.html import HtmlSource
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record

SECRET = "zebra-quartz"
BODY = (
    "The allotment society met on Tuesday evening to plan the spring planting of "
    "tomatoes, runner beans and sunflowers along the fence by the school gate."
)


def _page(title: str = "Allotment news", body: str = BODY, extra: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title><script src='http://127.0.0.1:9/a.js'></script>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><p>{body}</p></article>"
        f"{extra}<script>document.title = 'changed';</script></body></html>"
    ).encode()


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "site"
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(HtmlSource().read(path, ReadOptions(**options)))


def test_contract(tmp_path: Path) -> None:
    check_plugin(HtmlSource, tmp_path)


def test_main_text_and_title(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML source tried to fetch something")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    (got,) = _read(_folder(tmp_path, {"a.html": _page()}) / "a.html")
    assert isinstance(got, Record)
    assert got.text is not None and BODY in got.text
    assert "document.title" not in got.text
    assert got.title == "Allotment news"
    assert got.provenance.external_id == "a.html"


def test_folder_in_relative_path_order(tmp_path: Path) -> None:
    root = _folder(tmp_path, {"z.htm": _page(), "b/a.html": _page(), "notes.txt": b"x"})
    got = _read(root)
    assert [g.provenance.external_id for g in got] == ["b/a.html", "z.htm"]
    assert [g.provenance.position for g in got] == [1, 2]


def test_page_without_main_text(tmp_path: Path) -> None:
    page = b"<html><head><title>Empty</title></head><body><div></div></body></html>"
    (got,) = _read(_folder(tmp_path, {"e.html": page}))
    assert isinstance(got, Malformed) and got.reason == "missing_text"


@pytest.mark.parametrize("data", [b"", b"   \n"])
def test_not_html(tmp_path: Path, data: bytes) -> None:
    (got,) = _read(_folder(tmp_path, {"e.html": data}))
    assert isinstance(got, Malformed) and got.reason == "bad_html"


def test_oversize_file(tmp_path: Path) -> None:
    page = _page(body=f"{SECRET} " * 2000)
    root = _folder(tmp_path, {"big.html": page, "small.html": _page()})
    big, small = _read(root, max_record_bytes=len(page) // 10 - 1)
    assert isinstance(big, Malformed) and big.reason == "too_large"
    assert SECRET not in big.detail
    assert isinstance(small, Record)


def test_oversize_text(tmp_path: Path) -> None:
    (got,) = _read(_folder(tmp_path, {"a.html": _page()}), max_record_bytes=len(BODY) // 2)
    assert isinstance(got, Malformed) and got.reason == "too_large"


def test_resume(tmp_path: Path) -> None:
    root = _folder(tmp_path, {f"{i}.html": _page() for i in range(4)})
    got = _read(root, start_after=3)
    assert [g.provenance.external_id for g in got] == ["3.html"]


def test_can_read(tmp_path: Path) -> None:
    source = HtmlSource()
    root = _folder(tmp_path, {"deep/a.HTM": _page()})
    assert source.can_read(root)
    assert source.can_read(root / "deep/a.HTM")
    assert not source.can_read(_folder(tmp_path / "o", {"a.txt": b"x"}))
