"""Exact multi-index hashing over one immutable segment of PDQ hashes.

The 256 bits are cut into ``k`` substrings. By the pigeonhole principle a hash within
``t`` bits of the query is within ``r_j`` bits of it on some substring ``j`` whenever
``sum(r_j + 1) > t`` (see :func:`._bits.radii`). Each substring has a direct-address CSR
table (``offsets``) into a permutation of the rows (``order``); a query probes every value
within ``r_j`` of its own substring, gathers the rows in those buckets and verifies them
with a popcount. Recall is exact; only verified rows are returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cached_property
from math import ceil, log2
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from clearsight.hashbank.index._bits import (
    I64,
    U32,
    Words,
    distances,
    field,
    flip_masks,
    probe_count,
    radii,
    split_widths,
    to_bytes,
)

MIN_WIDTH = 12
MAX_WIDTH = 24
CHUNK_QUERIES = 256
SCAN_ROWS = 1 << 18


def default_substrings(n: int) -> int:
    """Substring count whose tables hold about one row per bucket at ``n`` rows."""
    width = min(MAX_WIDTH, max(MIN_WIDTH, ceil(log2(max(n, 2)))))
    return ceil(256 / width)


@dataclass(frozen=True)
class Hits:
    """Verified matches of a query batch: parallel arrays, unsorted."""

    query: I64
    row: I64
    distance: npt.NDArray[np.int32]


def empty_hits() -> Hits:
    return Hits(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int32))


class Plan(NamedTuple):
    """Per probe: its substring, the bits it flips, and where its substring's table starts."""

    subs: I64
    masks: I64
    bases: I64


@dataclass(frozen=True, eq=False)
class MihSegment:
    """Words, ids and per-substring CSR tables of one segment (arrays may be memory-mapped)."""

    words: Words
    ids: I64
    widths: tuple[int, ...]
    offsets: npt.NDArray[np.uint32] | I64
    order: U32
    _plans: dict[int, Plan | None] = dc_field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return int(self.words.shape[0])

    @classmethod
    def build(cls, words: Words, ids: I64, substrings: int | None = None) -> MihSegment:
        """Index ``words`` (n, 4) with ``substrings`` substrings (default by size)."""
        n = int(words.shape[0])
        widths = split_widths(substrings or default_substrings(n))
        off_dtype: type[np.integer[Any]] = np.int64 if len(widths) * n >= 2**32 - 1 else np.uint32
        offsets = np.zeros(sum((1 << w) + 1 for w in widths), off_dtype)
        order = np.empty(len(widths) * n, np.uint32)
        base = start = 0
        for j, width in enumerate(widths):  # filled in place: peak memory is the result's
            keys = field(words, start, start + width)
            table = offsets[base : base + (1 << width) + 1]
            np.cumsum(np.bincount(keys, minlength=1 << width), out=table[1:])
            table += j * n
            order[j * n : (j + 1) * n] = np.argsort(keys, kind="stable")
            base, start = base + table.shape[0], start + width
        return cls(words, ids, tuple(widths), offsets, order)

    @cached_property
    def _weights(self) -> I64:
        """(256, k) matrix turning a query's unpacked bits into its k substring values."""
        weights = np.zeros((256, len(self.widths)), np.int64)
        start = 0
        for j, width in enumerate(self.widths):
            weights[start : start + width, j] = 1 << np.arange(width - 1, -1, -1)
            start += width
        return weights

    def plan(self, threshold: int) -> Plan | None:
        """Probes a query makes at ``threshold``; None when a linear scan is cheaper. Cached."""
        if threshold not in self._plans:
            self._plans[threshold] = self._make_plan(threshold)
        return self._plans[threshold]

    def _make_plan(self, threshold: int) -> Plan | None:
        rs = radii(len(self.widths), threshold)
        total = sum(probe_count(w, r) for w, r in zip(self.widths, rs, strict=True) if r >= 0)
        if total * 4 >= len(self):
            return None
        subs, masks, bases, base = [], [], [], 0
        for j, (width, radius) in enumerate(zip(self.widths, rs, strict=True)):
            if radius >= 0:
                flips = flip_masks(width, radius).astype(np.int64)
                subs.append(np.full(flips.shape[0], j, np.int64))
                masks.append(flips)
                bases.append(np.full(flips.shape[0], base, np.int64))
            base += (1 << width) + 1
        return Plan(np.concatenate(subs), np.concatenate(masks), np.concatenate(bases))

    def _values(self, queries: Words) -> I64:
        """(m, k) substring values of each query."""
        if queries.shape[0] == 1:  # the common case, without numpy overhead
            whole = int.from_bytes(to_bytes(queries).tobytes(), "big")
            return np.array([[(whole >> s) & m for s, m in self._shifts]], np.int64)
        return np.unpackbits(to_bytes(queries), axis=1).astype(np.int64) @ self._weights

    @cached_property
    def _shifts(self) -> list[tuple[int, int]]:
        stops = np.cumsum(self.widths).tolist()
        return [(256 - stop, (1 << w) - 1) for stop, w in zip(stops, self.widths, strict=True)]

    def search(self, queries: Words, threshold: int) -> Hits:
        """Every (query, row) pair within ``threshold``, each pair once."""
        if len(self) == 0 or queries.shape[0] == 0:
            return empty_hits()
        plan = self.plan(threshold)
        if plan is None:
            return scan(self.words, queries, threshold)
        found = [
            self._search_chunk(plan, queries[lo : lo + CHUNK_QUERIES], threshold, lo)
            for lo in range(0, queries.shape[0], CHUNK_QUERIES)
        ]
        return concat_hits(found)

    def _candidates(self, plan: Plan, queries: Words) -> tuple[I64 | None, I64]:
        """(query or None for a single query, row) of every row in a probed bucket."""
        keys = ((self._values(queries)[:, plan.subs] ^ plan.masks) + plan.bases).ravel()
        starts: I64 = np.take(self.offsets, keys).astype(np.int64)
        lengths = np.take(self.offsets, keys + 1).astype(np.int64) - starts
        nonzero = np.flatnonzero(lengths)
        lengths = lengths[nonzero]
        rows = np.take(self.order, expand_ranges(starts[nonzero], lengths)).astype(np.int64)
        if queries.shape[0] == 1:
            return None, rows
        qids = np.repeat(np.arange(queries.shape[0]), plan.subs.shape[0])
        return np.repeat(qids[nonzero], lengths), rows

    def _search_chunk(self, plan: Plan, queries: Words, threshold: int, first: int) -> Hits:
        qids, rows = self._candidates(plan, queries)
        against = queries[0] if qids is None else np.take(queries, qids, axis=0)
        dist = distances(np.take(self.words, rows, axis=0), against)
        keep = np.flatnonzero(dist <= threshold)
        rows, dist = rows[keep], dist[keep]
        qids = np.zeros(keep.shape[0], np.int64) if qids is None else qids[keep]
        pair = np.unique(qids * len(self) + rows, return_index=True)[1]
        return Hits(qids[pair] + first, rows[pair], dist[pair].astype(np.int32))


def expand_ranges(starts: I64, lengths: I64) -> I64:
    """Concatenate ``range(s, s + l)`` for every (s, l), vectorised."""
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, np.int64)
    ends = np.cumsum(lengths)
    shift = np.repeat(starts - (ends - lengths), lengths)
    return shift + np.arange(total, dtype=np.int64)


def scan(words: Words, queries: Words, threshold: int) -> Hits:
    """Brute-force verification of every row against every query, in bounded chunks."""
    found = []
    for lo in range(0, words.shape[0], SCAN_ROWS):
        chunk = np.asarray(words[lo : lo + SCAN_ROWS])
        for q in range(queries.shape[0]):
            dist = distances(chunk, queries[q])
            rows = np.flatnonzero(dist <= threshold)
            hits = Hits(np.full(rows.shape[0], q, np.int64), rows + lo, dist[rows].astype(np.int32))
            found.append(hits)
    return concat_hits(found)


def concat_hits(parts: list[Hits]) -> Hits:
    if not parts:
        return empty_hits()
    return Hits(
        np.concatenate([p.query for p in parts]),
        np.concatenate([p.row for p in parts]),
        np.concatenate([p.distance for p in parts]),
    )
