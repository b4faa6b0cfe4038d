"""The fictional, multilingual demo corpus that ``clearsight demo`` scans.

``generate(out_dir)`` writes, deterministically for a seed::

    posts.jsonl            forum posts (en, ru, fr, de, ar): chatter, news of a fictional
                           attack, counter-speech, glorification, threats, recruitment calls,
                           obfuscated variants, re-posts, fictional handles/e-mails/phones,
                           and MALFORMED_POSTS deliberately broken lines
    feed.xml               RSS 2.0, fictional local news
    telegram/result.json   a Telegram Desktop channel export, with telegram/photos/*.jpg
    images/                small generated PNG/JPEG images (shapes, gradients, a banner)

Every person, group and town is invented (Quillhaven, the Violet Kettle Brigade). The
harmful posts use generic starter-lexicon phrases only.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from clearsight.demo.channels import FEED_ITEMS, feed_xml, telegram_export
from clearsight.demo.media import PAINTERS, encode, photo
from clearsight.demo.posts import PostMaker

POSTS = "posts.jsonl"
FEED = "feed.xml"
TELEGRAM = "telegram/result.json"
IMAGES = "images"
DUPLICATE_RATE = 0.08

MALFORMED_POSTS: tuple[bytes, ...] = (
    b'{"id": "post-bad-json", "author": "@odo_pennywhistle", "text": "unterminated\n',
    b'{"id": "post-no-text", "author": "@zinnia_crumb", "lang": "en"}\n',
    b'{"id": "post-bad-utf8", "lang": "fr", "text": "caf\xe9 \xff\xfe au lait"}\n',
)
"""Bad JSON, a record without text, and invalid UTF-8: each must be quarantined."""


@dataclass(frozen=True, slots=True)
class DemoCorpus:
    """What :func:`generate` wrote.

    ``records`` maps each scan path (relative to ``root``) to the number of well-formed
    records a source should read there; ``malformed`` is how many records must be
    quarantined. ``kinds`` counts the posts of each kind and obfuscation trick.
    """

    root: Path
    records: Mapping[str, int]
    malformed: int
    kinds: Mapping[str, int]

    @property
    def paths(self) -> tuple[Path, ...]:
        """The files and folders to scan, in a stable order."""
        return tuple(self.root / rel for rel in self.records)

    @property
    def total_records(self) -> int:
        return sum(self.records.values())


def generate(out_dir: Path, *, seed: int = 7, size: int = 400) -> DemoCorpus:
    """Write the demo corpus under ``out_dir``; ``size`` is the line count of posts.jsonl."""
    if size < len(MALFORMED_POSTS) + 1:
        raise ValueError(f"size must be at least {len(MALFORMED_POSTS) + 1}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    maker = PostMaker(rng, duplicate_rate=DUPLICATE_RATE)
    _write(out_dir / POSTS, _posts_jsonl(maker, size))
    _write(out_dir / FEED, feed_xml(rng))
    messages = _write_telegram(out_dir, rng)
    images = _write_images(out_dir / IMAGES, rng)
    records = {
        POSTS: size - len(MALFORMED_POSTS),
        FEED: FEED_ITEMS,
        TELEGRAM: messages,
        IMAGES: images,
    }
    return DemoCorpus(out_dir, records, len(MALFORMED_POSTS), dict(sorted(maker.stats.items())))


def _posts_jsonl(maker: PostMaker, size: int) -> bytes:
    good = size - len(MALFORMED_POSTS)
    lines = [_line(maker.make(n)) for n in range(1, good + 1)]
    for k, bad in enumerate(MALFORMED_POSTS, start=1):
        lines.insert(k * len(lines) // (len(MALFORMED_POSTS) + 1), bad)
    return b"".join(lines)


def _line(post: Mapping[str, object]) -> bytes:
    return json.dumps(post, ensure_ascii=False).encode("utf-8") + b"\n"


def _write_telegram(out_dir: Path, rng: random.Random) -> int:
    export = telegram_export(rng)
    folder = out_dir / Path(TELEGRAM).parent
    _write(out_dir / TELEGRAM, export.result)
    for n, rel in enumerate(export.photos, start=1):
        _write(folder / rel, encode(photo(rng, f"photo {n} (fictional)"), rel))
    return export.messages


def _write_images(folder: Path, rng: random.Random) -> int:
    for name, painter in PAINTERS:
        _write(folder / name, encode(painter(rng), name))
    return len(PAINTERS)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
