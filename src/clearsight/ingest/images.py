"""Image folders: one record per image, by digest; pixels are never decoded here.

The pixel count is checked from the header before anything else touches the image, then
``verify()`` checks the file's structure. Only the formats below are opened, so a file in
another format (EPS and the like) is refused rather than handed to a helper program.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from clearsight.ingest.common import (
    CORRUPT_IMAGE,
    DECOMPRESSION_BOMB,
    TOO_LARGE,
    file_limit,
    hash_file,
    too_large_detail,
)
from clearsight.ingest.folder import FolderSource
from clearsight.pipeline.stage import ReadOptions, SourceExample
from clearsight.types import Malformed, MediaRef, Provenance, Record

FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP")
_BOMBS = (Image.DecompressionBombError, Image.DecompressionBombWarning)


class ImageFolderSource(FolderSource):
    """Each ``.jpg .jpeg .png .gif .webp .bmp`` file is one record with one MediaRef."""

    name = "images"
    suffixes = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"})

    def read_one(self, file: Path, where: Provenance, options: ReadOptions) -> Record | Malformed:
        if file.stat().st_size > file_limit(options):
            return Malformed(where, TOO_LARGE, too_large_detail(file_limit(options)))
        checked = inspect_image(file, options.max_image_pixels)
        if isinstance(checked, tuple):
            reason, detail = checked
            return Malformed(where, reason, detail)
        return Record(provenance=where, text=None, media=(checked,))

    def examples(self) -> Sequence[SourceExample]:
        files = {
            "pics/a.png": tiny_image("PNG", (40, 120, 200)),
            "pics/sub/b.gif": tiny_image("GIF", (200, 180, 40)),
            "pics/broken.jpg": b"\xff\xd8\xff\xe0 not really a picture",
            "pics/readme.txt": b"not an image",
        }
        return [SourceExample(files=files, entry="pics", records=2, malformed=1)]


def inspect_image(file: Path, max_pixels: int) -> MediaRef | tuple[str, str]:
    """A MediaRef for a sound image, else ``(reason, detail)``."""
    with file.open("rb") as fh, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            size, mime = _header_then_verify(fh, max_pixels)
        except _BOMBS:
            return DECOMPRESSION_BOMB, "over the image library's own pixel limit"
        except _PixelLimitError as exc:
            return DECOMPRESSION_BOMB, str(exc)
        except UnidentifiedImageError:
            return CORRUPT_IMAGE, f"not a readable image in one of {', '.join(FORMATS)}"
        except (SyntaxError, ValueError, EOFError, OSError, IndexError) as exc:
            return CORRUPT_IMAGE, f"verify failed ({type(exc).__name__})"
    if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
        return DECOMPRESSION_BOMB, "over the image library's own pixel limit"
    sha256, md5, length = hash_file(file)
    return MediaRef(str(file), sha256, md5, mime, length, size[0], size[1])


class _PixelLimitError(Exception):
    pass


def _header_then_verify(fh: BinaryIO, max_pixels: int) -> tuple[tuple[int, int], str]:
    with Image.open(fh, formats=FORMATS) as im:
        width, height = im.size
        if width * height > max_pixels:
            raise _PixelLimitError(f"{width}x{height} pixels is over the limit of {max_pixels}")
        mime = Image.MIME.get(im.format or "", "application/octet-stream")
        im.verify()
    return (width, height), mime


def tiny_image(fmt: str, colour: tuple[int, int, int], size: tuple[int, int] = (8, 8)) -> bytes:
    """A small single-colour image in ``fmt``, for examples and tests."""
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=fmt)
    return out.getvalue()
