"""Text signals: the normalised key, an exact digest of it, and a MinHash of its shingles.

The key is :func:`clearsight.normalize.text.clean` then :func:`clearsight.normalize.fold.fold`
(so obfuscated reposts fold to the same key). Shingles are overlapping character 5-grams of
the key, hashed to 32 bits; the MinHash (datasketch, 128 permutations, fixed seed) estimates
their Jaccard similarity and the stored shingle set verifies it exactly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import numpy as np

from clearsight.hashbank.extra import require
from clearsight.normalize.fold import fold
from clearsight.normalize.text import clean

SHINGLE = 5
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
MAX_TEXT_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class TextSignals:
    digest: str
    shingles: np.ndarray  # sorted unique uint32
    hashvalues: np.ndarray  # NUM_PERM uint64

    def minhash(self) -> Any:
        """A datasketch MinHash holding ``hashvalues``."""
        return new_minhash(hashvalues=self.hashvalues)


def new_minhash(**kwargs: Any) -> Any:
    """A MinHash with the fixed scheme (datasketch >= 2.0 names it; older ones have one)."""
    ds = require("datasketch")
    try:
        return ds.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, **kwargs)
    except TypeError:  # datasketch < 2.0: no scheme argument
        return ds.MinHash(num_perm=NUM_PERM, seed=SEED, **kwargs)


def text_key(text: str) -> str:
    """The matching key of ``text`` (bounded to MAX_TEXT_CHARS)."""
    return fold(clean(text[:MAX_TEXT_CHARS])).key


def text_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def shingles(key: str) -> np.ndarray:
    grams = {key[i : i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}
    hashed = {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest()) for g in grams}
    return np.array(sorted(hashed), dtype=np.uint32)


def text_signals(text: str) -> TextSignals:
    key = text_key(text)
    grams = shingles(key)
    sketch = new_minhash()
    sketch.update_batch([int(g).to_bytes(4, "big") for g in grams])
    return TextSignals(text_digest(key), grams, np.asarray(sketch.hashvalues, dtype=np.uint64))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted shingle sets."""
    if not len(a) and not len(b):
        return 1.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def pack(values: np.ndarray) -> bytes:
    return np.ascontiguousarray(values).tobytes()


def unpack_shingles(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


def unpack_sketch(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)
