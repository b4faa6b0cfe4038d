"""A large fictional JSONL corpus for ``make bench``, streamed in bounded memory.

The same mix of posts as the demo corpus (see :mod:`clearsight.demo.posts`), with no
malformed lines, about ``TARGET_CHARS`` characters of text each and about 20 % re-posts.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from clearsight.demo.posts import PostMaker

TARGET_CHARS = 200
DUPLICATE_RATE = 0.2


def write_jsonl(path: Path, n: int, seed: int) -> None:
    """Write ``n`` posts to ``path``, one JSON object per line, holding one post at a time."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    maker = PostMaker(rng, duplicate_rate=DUPLICATE_RATE, pad_to=TARGET_CHARS, unique=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for number in range(1, n + 1):
            fh.write(json.dumps(maker.make(number), ensure_ascii=False))
            fh.write("\n")
