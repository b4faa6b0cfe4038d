"""Image and text signals: PDQ survives everyday edits, unrelated images stay apart,
low quality is recorded and not matched, hostile files fail with a quarantine reason."""

from __future__ import annotations

import io
import random
from types import SimpleNamespace

import pytest
from PIL import Image, ImageDraw

from clearsight.errors import MissingExtraError
from clearsight.hashbank import extra
from clearsight.hashbank.signals import (
    CORRUPT_IMAGE,
    DECOMPRESSION_BOMB,
    ImageError,
    ImageHashes,
    hash_image_bytes,
    pdq_distance,
)
from clearsight.hashbank.text_signals import jaccard, text_signals

THRESHOLD = 31
MAX_PIXELS = 40_000_000


def poster(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """A made-up poster: a gradient, a few large shapes and a fictional caption."""
    rng = random.Random(seed)
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(im)
    w, h = size
    for _ in range(6):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randrange(40, 140)
        colour = tuple(rng.randrange(256) for _ in range(3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x - r, y - r, x + r, y + r), fill=colour)
    draw.text((10, h - 30), f"Festival of Glimmerbrook no. {seed}", fill=(255, 255, 255))
    return im


def encode(im: Image.Image, fmt: str = "PNG", **kw: int) -> bytes:
    out = io.BytesIO()
    im.save(out, format=fmt, **kw)
    return out.getvalue()


def hashes(im: Image.Image, fmt: str = "PNG", **kw: int) -> ImageHashes:
    return hash_image_bytes(encode(im, fmt, **kw), "test", MAX_PIXELS)


def best_distance(query: ImageHashes, banked: ImageHashes) -> int:
    return min(pdq_distance(v, banked.pdq) for v in query.variants)


def overlay(im: Image.Image) -> Image.Image:
    out = im.copy()
    ImageDraw.Draw(out).text((12, 12), "shared by Wobbleton news", fill=(250, 250, 0))
    return out


def crop5(im: Image.Image) -> Image.Image:
    """5% of each dimension cut away, half on each side."""
    w, h = im.size
    dx, dy = int(w * 0.025), int(h * 0.025)
    return im.crop((dx, dy, w - dx, h - dy))


def crop5_right(im: Image.Image) -> Image.Image:
    """5% of the width cut away on the right."""
    return im.crop((0, 0, int(im.width * 0.95), im.height))


EDITS = {
    "resized": lambda im: im.resize((im.width // 2, im.height // 2)),
    "upscaled": lambda im: im.resize((im.width * 2, im.height * 2)),
    "jpeg70": lambda im: Image.open(io.BytesIO(encode(im, "JPEG", quality=70))),
    "cropped5": crop5,
    "cropped5_right": crop5_right,
    "overlay": overlay,
}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edited_copies_match_their_original(seed: int, edit: str) -> None:
    original = hashes(poster(seed))
    assert original.quality >= 50
    assert best_distance(hashes(EDITS[edit](poster(seed))), original) <= THRESHOLD


@pytest.mark.parametrize("op", list(Image.Transpose))
def test_every_dihedral_variant_matches_its_original(op: Image.Transpose) -> None:
    original = hashes(poster(7))
    assert best_distance(hashes(poster(7).transpose(op)), original) <= THRESHOLD


def test_unrelated_posters_do_not_match() -> None:
    posters = [hashes(poster(seed)) for seed in range(20, 32)]
    assert all(len(p.variants) > 8 for p in posters)  # dihedral and un-cropped variants
    for i, a in enumerate(posters):
        for b in posters[i + 1 :]:
            assert best_distance(a, b) > THRESHOLD


def test_flat_image_has_low_quality() -> None:
    flat = hashes(Image.new("RGB", (200, 200), (90, 90, 90)))
    assert flat.quality < 50


def test_animated_gif_hashes_sampled_frames() -> None:
    frames = [poster(seed).convert("P") for seed in (40, 41, 42)]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], duration=100)
    gif = hash_image_bytes(out.getvalue(), "anim.gif", MAX_PIXELS)
    assert gif.frames == 3
    third = hashes(poster(42))
    assert min(pdq_distance(v, third.pdq) for v in gif.variants) <= THRESHOLD


def test_corrupt_and_bomb_images_raise_a_quarantine_reason() -> None:
    with pytest.raises(ImageError) as corrupt:
        hash_image_bytes(b"\x89PNG\r\n\x1a\n not really", "broken.png", MAX_PIXELS)
    assert corrupt.value.reason == CORRUPT_IMAGE
    big = encode(Image.new("L", (3000, 3000)))
    with pytest.raises(ImageError) as bomb:
        hash_image_bytes(big, "bomb.png", max_pixels=1_000_000)
    assert bomb.value.reason == DECOMPRESSION_BOMB
    assert "bomb.png" in str(bomb.value)


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(extra, "importlib", SimpleNamespace(import_module=fail))
    with pytest.raises(MissingExtraError, match=r"pip install 'clearsight\[hashbank\]'"):
        hashes(poster(1))


def test_obfuscated_repost_has_the_same_digest_and_an_edit_stays_near() -> None:
    text = "The Glorb Lodge of Zorblaxville meets at the old mill each Tuesday for soup."
    a = text_signals(text)
    b = text_signals(
        "The Gl0rb Lodge of Z o r b l a x v i l l e meets at the old mill each Tuesday for soup!"
    )
    c = text_signals(text.replace("soup", "bread and soup"))
    d = text_signals("Wobbleton library opens a new reading room for children on Fridays.")
    assert a.digest == b.digest
    assert jaccard(a.shingles, c.shingles) >= 0.8
    assert jaccard(a.shingles, d.shingles) < 0.2
