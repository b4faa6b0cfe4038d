"""Bit helpers for 256-bit PDQ hashes held as four big-endian 64-bit words per row."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

import numpy as np
import numpy.typing as npt

from clearsight.errors import InputError

HASH_BYTES = 32
HASH_BITS = 256
LANE_SUM = np.uint64(0x0001_0001_0001_0001)
Words = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]
I64 = npt.NDArray[np.int64]


def check_hashes(hashes: object, what: str = "hashes") -> npt.NDArray[np.uint8]:
    """Return ``hashes`` as a C-contiguous (n, 32) uint8 array, or raise InputError."""
    if not isinstance(hashes, np.ndarray):
        raise InputError(f"{what}: expected a numpy array, got {type(hashes).__name__}")
    if hashes.dtype != np.uint8:
        raise InputError(f"{what}: expected dtype uint8, got {hashes.dtype}")
    if hashes.ndim != 2 or hashes.shape[1] != HASH_BYTES:
        raise InputError(f"{what}: expected shape (n, {HASH_BYTES}), got {hashes.shape}")
    return np.ascontiguousarray(hashes)


def check_ids(ids: object, count: int) -> I64:
    """Return ``ids`` as an int64 vector of length ``count``, or raise InputError."""
    if not isinstance(ids, np.ndarray):
        raise InputError(f"ids: expected a numpy array, got {type(ids).__name__}")
    if ids.dtype.kind not in "iu" or not np.can_cast(ids.dtype, np.int64):
        raise InputError(f"ids: expected an integer dtype castable to int64, got {ids.dtype}")
    if ids.ndim != 1 or ids.shape[0] != count:
        raise InputError(f"ids: expected shape ({count},), got {ids.shape}")
    return np.ascontiguousarray(ids, dtype=np.int64)


def check_threshold(threshold: object) -> int:
    """Return the Hamming threshold as an int in 0..256, or raise InputError."""
    if isinstance(threshold, bool) or not isinstance(threshold, int | np.integer):
        raise InputError(f"threshold: expected an int, got {type(threshold).__name__}")
    if not 0 <= int(threshold) <= HASH_BITS:
        raise InputError(f"threshold: {threshold} is outside 0..{HASH_BITS}")
    return int(threshold)


def to_words(hashes: npt.NDArray[np.uint8]) -> Words:
    """(n, 32) uint8 -> (n, 4) native uint64, bit 0 of the hash is the top bit of word 0."""
    return np.ascontiguousarray(hashes).view(">u8").astype(np.uint64)


def to_bytes(words: Words) -> npt.NDArray[np.uint8]:
    """Inverse of :func:`to_words`."""
    return np.ascontiguousarray(words, dtype=">u8").view(np.uint8).reshape(-1, HASH_BYTES)


def field(words: Words, start: int, stop: int) -> U32:
    """Bits ``[start, stop)`` (at most 32 of them) of every row, as uint32."""
    width = stop - start
    i, off = divmod(start, 64)
    if off + width <= 64:
        shifted = words[:, i] >> np.uint64(64 - off - width)
        return (shifted & np.uint64((1 << width) - 1)).astype(np.uint32)
    high = 64 - off
    low = width - high
    top = (words[:, i] & np.uint64((1 << high) - 1)) << np.uint64(low)
    return (top | (words[:, i + 1] >> np.uint64(64 - low))).astype(np.uint32)


def distances(words: Words, query: Words) -> npt.NDArray[np.uint64]:
    """Hamming distances between rows of ``words`` (n, 4) and ``query`` ((4,) or (n, 4)).

    The four per-word counts (each <= 64) are widened to 16-bit lanes of one uint64 and
    summed by a multiply, which is several times faster than ``sum(axis=1)``.
    """
    counts = np.bitwise_count(words ^ query).astype(np.uint16)
    lanes = counts.view(np.uint64).reshape(-1)
    summed: npt.NDArray[np.uint64] = (lanes * LANE_SUM) >> np.uint64(48)
    return summed


@lru_cache(maxsize=64)
def flip_masks(width: int, radius: int) -> U32:
    """Every ``width``-bit mask with at most ``radius`` bits set, fewest bits first."""
    masks = [0]
    for bits in range(1, radius + 1):
        masks.extend(sum(1 << b for b in combo) for combo in combinations(range(width), bits))
    out = np.array(masks, dtype=np.uint32)
    out.setflags(write=False)
    return out


def probe_count(width: int, radius: int) -> int:
    """How many masks :func:`flip_masks` returns, without building them."""
    from math import comb

    return sum(comb(width, bits) for bits in range(radius + 1))


def split_widths(substrings: int) -> list[int]:
    """Split 256 bits into ``substrings`` contiguous widths that differ by at most one."""
    base, extra = divmod(HASH_BITS, substrings)
    return [base + 1] * extra + [base] * (substrings - extra)


def radii(substrings: int, threshold: int) -> list[int]:
    """Per-substring search radii (-1: skip) whose pigeonhole bound covers ``threshold``.

    Any pair within ``threshold`` bits agrees to within ``r_j`` bits on some substring ``j``
    when ``sum(r_j + 1) >= threshold + 1``; this spends exactly that budget.
    """
    q, rem = divmod(threshold + 1, substrings)
    return [q if j < rem else q - 1 for j in range(substrings)]
