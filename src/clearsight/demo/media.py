"""Small generated images for the demo corpus: gradients, shapes, a fictional banner.

Nothing real is drawn: geometric shapes, colour gradients, and a flag-like banner that says
in plain words that it is fictional. Output is deterministic for a seed.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable

from PIL import Image, ImageDraw

from clearsight.demo.phrases import GROUP

SIZE = (160, 120)
Painter = Callable[[random.Random], Image.Image]


def gradient(rng: random.Random) -> Image.Image:
    start, end = _colour(rng), _colour(rng)
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    for x in range(SIZE[0]):
        t = x / (SIZE[0] - 1)
        draw.line([(x, 0), (x, SIZE[1])], fill=_mix(start, end, t))
    return image


def circles(rng: random.Random) -> Image.Image:
    image = Image.new("RGB", SIZE, _colour(rng))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y, r = rng.randrange(SIZE[0]), rng.randrange(SIZE[1]), rng.randrange(8, 30)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=_colour(rng), outline=(0, 0, 0))
    return image


def stripes(rng: random.Random) -> Image.Image:
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    height = rng.randrange(8, 20)
    for n, y in enumerate(range(0, SIZE[1], height)):
        draw.rectangle([0, y, SIZE[0], y + height], fill=_colour(rng) if n % 2 else (250, 250, 240))
    return image


def checker(rng: random.Random) -> Image.Image:
    image = Image.new("RGB", SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    cell, ink = 20, _colour(rng)
    for x in range(0, SIZE[0], cell):
        for y in range(0, SIZE[1], cell):
            if (x // cell + y // cell) % 2:
                draw.rectangle([x, y, x + cell - 1, y + cell - 1], fill=ink)
    return image


def banner(rng: random.Random) -> Image.Image:
    """A flag-like banner of an invented group; the text says it is fictional."""
    image = Image.new("RGB", (240, 120), (110, 60, 160))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 80, 240, 120], fill=_colour(rng))
    draw.ellipse([95, 20, 145, 70], fill=(240, 230, 120), outline=(0, 0, 0))  # a "kettle" disc
    draw.text((8, 86), GROUP.upper(), fill=(255, 255, 255))
    draw.text((8, 102), "FICTIONAL DEMO BANNER", fill=(255, 255, 255))
    return image


def photo(rng: random.Random, caption: str) -> Image.Image:
    """A 'photo' for the Telegram export: a gradient sky over a flat 'street', captioned."""
    image = gradient(rng)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 80, SIZE[0], SIZE[1]], fill=(90, 90, 90))
    draw.text((6, 96), caption, fill=(255, 255, 255))
    return image


PAINTERS: tuple[tuple[str, Painter], ...] = (
    ("gradient.png", gradient),
    ("circles.png", circles),
    ("stripes.jpg", stripes),
    ("checker.png", checker),
    ("banner.png", banner),
    ("sunset.jpg", gradient),
)


def encode(image: Image.Image, name: str) -> bytes:
    """PNG or JPEG bytes by the name's extension, without metadata."""
    out = io.BytesIO()
    if name.endswith(".jpg"):
        image.save(out, format="JPEG", quality=80)
    else:
        image.save(out, format="PNG")
    return out.getvalue()


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )
