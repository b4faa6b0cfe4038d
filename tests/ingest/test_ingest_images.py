"""The image folder source: digests and header checks, no pixel decoding."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest

from clearsight.ingest.images import ImageFolderSource, tiny_image
from clearsight.pipeline.stage import ReadOptions
from clearsight.testing import check_plugin
from clearsight.types import Malformed, Record


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` pixels but holds almost nothing."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "pics"
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def _read(path: Path, **options: int) -> list[Record | Malformed]:
    return list(ImageFolderSource().read(path, ReadOptions(**options)))


def _one(tmp_path: Path, name: str, data: bytes, **options: int) -> Record | Malformed:
    (got,) = _read(_folder(tmp_path, {name: data}), **options)
    return got


def test_contract(tmp_path: Path) -> None:
    check_plugin(ImageFolderSource, tmp_path)


@pytest.mark.parametrize(
    ("fmt", "name", "mime"),
    [
        ("PNG", "a.png", "image/png"),
        ("JPEG", "a.JPG", "image/jpeg"),
        ("GIF", "a.gif", "image/gif"),
        ("WEBP", "a.webp", "image/webp"),
        ("BMP", "a.bmp", "image/bmp"),
    ],
)
def test_media_ref(tmp_path: Path, fmt: str, name: str, mime: str) -> None:
    data = tiny_image(fmt, (10, 200, 90), size=(12, 7))
    got = _one(tmp_path, name, data)
    assert isinstance(got, Record) and got.text is None
    (ref,) = got.media
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    assert ref.md5 == hashlib.md5(data).hexdigest()
    assert (ref.mime, ref.size, ref.width, ref.height) == (mime, len(data), 12, 7)
    assert ref.path == got.provenance.path
    assert got.provenance.external_id == name


def test_folder_order_and_resume(tmp_path: Path) -> None:
    files = {f"d/{i}.png": tiny_image("PNG", (i, i, i)) for i in range(4)}
    root = _folder(tmp_path, files | {"d/readme.txt": b"x"})
    assert [g.provenance.external_id for g in _read(root)] == [f"d/{i}.png" for i in range(4)]
    assert [g.provenance.position for g in _read(root, start_after=2)] == [3, 4]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n garbage",
        tiny_image("PNG", (1, 2, 3))[:-20],
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",
    ],
    ids=["empty", "garbage", "truncated", "eps-in-disguise"],
)
def test_corrupt_image(tmp_path: Path, data: bytes) -> None:
    got = _one(tmp_path, "bad.png", data)
    assert isinstance(got, Malformed) and got.reason == "corrupt_image"


def test_pixel_limit_is_checked_from_the_header(tmp_path: Path) -> None:
    got = _one(
        tmp_path, "big.png", tiny_image("PNG", (0, 0, 0), size=(100, 60)), max_image_pixels=5_000
    )
    assert isinstance(got, Malformed) and got.reason == "decompression_bomb"
    assert "100x60" in got.detail


@pytest.mark.parametrize("side", [10_000, 60_000])
def test_decompression_bomb_beyond_the_library_limit(tmp_path: Path, side: int) -> None:
    got = _one(tmp_path, "bomb.png", _png_header_only(side, side), max_image_pixels=10**10)
    assert isinstance(got, Malformed) and got.reason == "decompression_bomb"


def test_bomb_header_over_the_default_limit(tmp_path: Path) -> None:
    got = _one(tmp_path, "bomb.png", _png_header_only(7_000, 7_000))  # 49 M > 40 M pixels
    assert isinstance(got, Malformed) and got.reason == "decompression_bomb"


def test_oversize_file(tmp_path: Path) -> None:
    data = tiny_image("BMP", (5, 5, 5), size=(64, 64))
    got = _one(tmp_path, "big.bmp", data, max_record_bytes=len(data) // 10 - 1)
    assert isinstance(got, Malformed) and got.reason == "too_large"


def test_can_read(tmp_path: Path) -> None:
    source = ImageFolderSource()
    root = _folder(tmp_path, {"x/y/a.webp": b"anything"})
    assert source.can_read(root)
    assert not source.can_read(_folder(tmp_path / "o", {"a.txt": b"x"}))
