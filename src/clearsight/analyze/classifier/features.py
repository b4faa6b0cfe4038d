"""Hashed features of folded text, computed for a whole batch at once with numpy.

Each text's matching key (:func:`clearsight.normalize.fold.fold`) is padded with one space on
either side and the batch is laid end to end as one array of code points. A polynomial prefix
hash over that array gives the hash of any substring in O(1) (unsigned 64-bit arithmetic wraps,
and the base is odd, so it is invertible), which makes every n-gram one vectorised expression:

* character 3-, 4- and 5-grams of the padded key (they cross word edges, so they see some
  word order too);
* word unigrams and bigrams (words are the runs between spaces of the key).

Every occurrence of a feature is one row: its text, its bucket (``2**BITS`` buckets, salted per
feature kind) and its span ``[start, end)`` in the padded batch string. Its value is
``1 / sqrt(n)`` where ``n`` is the number of occurrences in its text, so a linear score is a
plain sum over rows and each row's share of it (weight x value) is an exact attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

BITS = 18
BUCKETS = 1 << BITS
CHAR_NS = (3, 4, 5)
MAX_KEY_CHARS = 20_000  # longer keys are cut: bounded work per text

_U64 = np.uint64
_BASE = _U64(0x100000001B3)
_BASE_INV = _U64(pow(0x100000001B3, -1, 1 << 64))
_MIX = _U64(0xFF51AFD7ED558CCD)
_SALTS = {
    kind: _U64(0x9E3779B97F4A7C15 * (i + 1) % (1 << 64))
    for i, kind in enumerate(("c3", "c4", "c5", "w1", "w2"))
}

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Grams:
    """Feature occurrences of a batch, one row each (in no particular order)."""

    doc: IntArray  # index of the text in the batch
    bucket: IntArray  # hashed feature
    start: IntArray  # span [start, end) in the padded batch string (minus origin: in the key)
    end: IntArray
    doc_value: FloatArray  # per text: 1 / sqrt(occurrences in the text)
    origin: IntArray  # per text: where its key starts in the padded batch string
    space: npt.NDArray[np.bool_]  # per character of the padded batch string: is it a space

    @property
    def value(self) -> FloatArray:
        """Each row's feature value: its text's ``doc_value``."""
        out: FloatArray = self.doc_value[self.doc]
        return out

    @property
    def n_docs(self) -> int:
        return len(self.origin)


def key_grams(keys: Sequence[str]) -> Grams:
    """Every hashed feature occurrence of every key (keys are already folded)."""
    keys = [k[:MAX_KEY_CHARS] for k in keys]
    padded = "".join(f" {k} " for k in keys)
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter((len(k) + 2 for k in keys), dtype=np.int64, count=len(keys))
    base = np.concatenate(([0], np.cumsum(lengths)))
    doc_of = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
    prefix, inverse = _prefix_hashes(codes)
    parts = [_char_grams(n, doc_of, base, prefix, inverse) for n in CHAR_NS]
    parts.extend(_word_grams(codes, doc_of, prefix, inverse))
    return _assemble(parts, base, codes == 32)


def _prefix_hashes(codes: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.uint64], ...]:
    """``prefix[i]`` hashes ``codes[:i]``; ``inverse[i]`` is ``BASE**-i``."""
    n = len(codes)
    powers = np.full(n, _BASE, dtype=np.uint64)
    inverse = np.full(n + 1, _BASE_INV, dtype=np.uint64)
    if n:
        powers[0] = 1
        inverse[0] = 1
    powers = np.cumprod(powers, dtype=np.uint64)
    inverse = np.cumprod(inverse, dtype=np.uint64)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((codes + _U64(1)) * powers, dtype=np.uint64, out=prefix[1:])
    return prefix, inverse


def _hash(
    prefix: npt.NDArray[np.uint64],
    inverse: npt.NDArray[np.uint64],
    start: IntArray,
    end: IntArray,
    kind: str,
) -> IntArray:
    """Bucket of each substring ``[start, end)`` of the batch, salted by feature kind.

    The substring's polynomial hash, plus the salt, times an odd constant: the top ``BITS``
    bits of that product are the bucket (multiplicative hashing).
    """
    h = prefix[end] - prefix[start]
    h *= inverse[start]
    h += _SALTS[kind]
    h *= _MIX
    h >>= _U64(64 - BITS)
    return h.astype(np.int64)


Part = tuple[IntArray, IntArray, IntArray, IntArray]


def _char_grams(
    n: int,
    doc_of: IntArray,
    base: IntArray,
    prefix: npt.NDArray[np.uint64],
    inverse: npt.NDArray[np.uint64],
) -> Part:
    starts = np.arange(max(len(doc_of) - n + 1, 0), dtype=np.int64)
    docs = doc_of[starts]
    starts = starts[starts + n <= base[docs + 1]]
    docs = doc_of[starts]
    return docs, _hash(prefix, inverse, starts, starts + n, f"c{n}"), starts, starts + n


def _word_grams(
    codes: npt.NDArray[np.uint64],
    doc_of: IntArray,
    prefix: npt.NDArray[np.uint64],
    inverse: npt.NDArray[np.uint64],
) -> list[Part]:
    spaces = np.flatnonzero(codes == 32)
    left, right = spaces[:-1], spaces[1:]
    keep = (right - left > 1) & (doc_of[left] == doc_of[right])
    w_start, w_end = left[keep] + 1, right[keep]
    w_doc = doc_of[w_start]
    uni = (w_doc, _hash(prefix, inverse, w_start, w_end, "w1"), w_start, w_end)
    pair = w_doc[:-1] == w_doc[1:]
    b_start, b_end = w_start[:-1][pair], w_end[1:][pair]
    bi = (w_doc[:-1][pair], _hash(prefix, inverse, b_start, b_end, "w2"), b_start, b_end)
    return [uni, bi]


def _assemble(parts: list[Part], base: IntArray, space: npt.NDArray[np.bool_]) -> Grams:
    """Join the parts and set values."""
    doc = np.concatenate([p[0] for p in parts])
    bucket = np.concatenate([p[1] for p in parts])
    start = np.concatenate([p[2] for p in parts])
    end = np.concatenate([p[3] for p in parts])
    counts = np.bincount(doc, minlength=len(base) - 1)
    doc_value = 1.0 / np.sqrt(np.maximum(counts, 1).astype(np.float64))
    return Grams(doc, bucket, start, end, doc_value, base[:-1] + 1, space)
