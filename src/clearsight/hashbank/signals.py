"""Image signals: PDQ (with its 8 dihedral variants), quality, MD5 and SHA-256 of the bytes.

Images are thumbnailed to 512 px before PDQ, as the reference hasher does. Animated images
are hashed on up to ``max_frames`` evenly sampled frames. Decompression bombs and corrupt
files raise :class:`ImageError` (a RecordError) whose ``reason`` the caller quarantines.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from clearsight.errors import RecordError
from clearsight.hashbank.extra import require

FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "BMP")
THUMBNAIL = (512, 512)
UNCROP = 0.05  # query variants undo a crop of this fraction
UNCROP_SIZE = (512, 512)  # pads at full thumbnail size: smaller is faster but misses more crops
CORRUPT_IMAGE = "corrupt_image"
DECOMPRESSION_BOMB = "decompression_bomb"
TOO_LARGE = "too_large"
_FAILURES = (SyntaxError, ValueError, EOFError, OSError, IndexError)


class ImageError(RecordError):
    """An image that cannot be hashed; ``reason`` is a quarantine code."""


@dataclass(frozen=True, slots=True)
class FileDigests:
    md5: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class ImageHashes:
    """``pdq`` is the first frame's hash; ``variants`` holds every hash to query with (the
    dihedral variants of every sampled frame, and of the first frame's un-cropped variants)."""

    digests: FileDigests
    pdq: str
    quality: int
    variants: tuple[str, ...]
    frames: int


def digests(data: bytes) -> FileDigests:
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return FileDigests(md5, hashlib.sha256(data).hexdigest(), len(data))


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or ImageError(too_large) when it is bigger than ``max_bytes``."""
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImageError(TOO_LARGE, f"{path.name}: over {max_bytes} bytes")
    return data


def hash_image_file(
    path: Path, *, max_pixels: int, max_bytes: int, max_frames: int = 8
) -> ImageHashes:
    """All image signals of ``path``."""
    return hash_image_bytes(read_bounded(path, max_bytes), path.name, max_pixels, max_frames)


def hash_image_bytes(data: bytes, name: str, max_pixels: int, max_frames: int = 8) -> ImageHashes:
    """All image signals of ``data``; ``name`` only labels errors."""
    pdq = require("pdqhash")
    frames = _frames(data, name, max_pixels, max_frames)
    variants: list[str] = []
    first, quality = "", 0
    for n, frame in enumerate(frames):
        hashes, q = pdq.compute_dihedral(frame)
        hexes = [bits_to_hex(h) for h in hashes]
        if n == 0:
            first, quality = hexes[0], int(q)
            hexes += [
                bits_to_hex(h) for pad in uncropped(frame) for h in pdq.compute_dihedral(pad)[0]
            ]
        variants.extend(h for h in hexes if h not in variants)
    return ImageHashes(digests(data), first, quality, tuple(variants), len(frames))


def uncropped(pixels: np.ndarray, frac: float = UNCROP) -> list[np.ndarray]:
    """The image with its edges extended, as if ``frac`` of it had been cropped away
    (centred, from each side, from two corners): PDQ alone does not survive a 5% crop."""
    small = Image.fromarray(pixels)
    small.thumbnail(UNCROP_SIZE)  # PDQ reduces to 64x64 anyway; smaller pads hash faster
    pixels = np.asarray(small, dtype=np.uint8)
    h, w = pixels.shape[:2]
    px, py = round(w * frac / (1 - frac)), round(h * frac / (1 - frac))
    sides = [
        (py // 2, py - py // 2, px // 2, px - px // 2),
        (0, 0, 0, px),
        (0, 0, px, 0),
        (0, py, 0, 0),
        (py, 0, 0, 0),
        (0, py, 0, px),
        (py, 0, px, 0),
    ]
    return [np.pad(pixels, ((t, b), (lt, rt), (0, 0)), mode="edge") for t, b, lt, rt in sides]


def _frames(data: bytes, name: str, max_pixels: int, max_frames: int) -> list[np.ndarray]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=FORMATS) as im:
                _check_pixels(im, name, max_pixels)
                return _sample(im, max_frames)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageError(DECOMPRESSION_BOMB, f"{name}: over the pixel limit") from exc
        except UnidentifiedImageError as exc:
            raise ImageError(CORRUPT_IMAGE, f"{name}: not an image in {'/'.join(FORMATS)}") from exc
        except _FAILURES as exc:
            raise ImageError(
                CORRUPT_IMAGE, f"{name}: decoding failed ({type(exc).__name__})"
            ) from exc


def _check_pixels(im: Image.Image, name: str, max_pixels: int) -> None:
    width, height = im.size
    if width * height > max_pixels:
        raise ImageError(
            DECOMPRESSION_BOMB, f"{name}: {width}x{height} is over {max_pixels} pixels"
        )
    frames = int(getattr(im, "n_frames", 1))
    if width * height * frames > max_pixels * 4:
        raise ImageError(DECOMPRESSION_BOMB, f"{name}: {frames} frames of {width}x{height}")


def _sample(im: Image.Image, max_frames: int) -> list[np.ndarray]:
    total = int(getattr(im, "n_frames", 1))
    count = min(total, max_frames)
    wanted = {round(i * (total - 1) / max(1, count - 1)) for i in range(count)}
    out: list[np.ndarray] = []
    for n, frame in enumerate(ImageSequence.Iterator(im)):
        if n in wanted:
            out.append(_pixels(frame))
        if n >= max(wanted):
            break
    return out


def _pixels(frame: Image.Image) -> np.ndarray:
    rgb = frame.convert("RGB")
    rgb.thumbnail(THUMBNAIL)
    return np.asarray(rgb, dtype=np.uint8)


def bits_to_hex(bits: np.ndarray) -> str:
    """PDQ bit vector (256 ints, first bit most significant) -> 64 hex digits."""
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def hex_to_bytes(value: str) -> np.ndarray:
    """64 hex digits -> 32 uint8 (the index layout)."""
    return np.frombuffer(bytes.fromhex(value), dtype=np.uint8)


def pdq_distance(a: str, b: str) -> int:
    return int(np.unpackbits(hex_to_bytes(a) ^ hex_to_bytes(b)).sum())
