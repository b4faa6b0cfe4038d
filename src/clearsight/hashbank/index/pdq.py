"""PDQ index: exact Hamming range search over 256-bit hashes, for banks of up to ~10M entries.

Rows live in segments. New rows go to a *tail* searched by faiss's exact ``IndexBinaryFlat``;
when the tail outgrows ``flat_limit`` it is sealed into a multi-index-hashing segment
(:mod:`._mih`), and sealed segments of similar size are merged, so ``add`` never rebuilds the
whole index and the segment count stays logarithmic. Every search is exact (recall 1.0).
``save`` writes one file; ``load`` memory-maps it and builds nothing until the first search.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.hashbank.index._bits import (
    I64,
    Words,
    check_hashes,
    check_ids,
    check_threshold,
    to_bytes,
    to_words,
)
from clearsight.hashbank.index._flat import FlatSegment
from clearsight.hashbank.index._mih import Hits, MihSegment
from clearsight.hashbank.index._store import load_arrays, save_arrays

FORMAT = "clearsight-pdq-index/1"
DEFAULT_FLAT_LIMIT = 100_000
Match = tuple[int, int]


class PdqIndex:
    """Exact PDQ range search. ``search`` returns ``(id, distance)`` lists sorted by distance."""

    def __init__(
        self,
        hashes: npt.NDArray[np.uint8] | None = None,
        ids: npt.NDArray[np.int64] | None = None,
        *,
        flat_limit: int = DEFAULT_FLAT_LIMIT,
        substrings: int | None = None,
    ) -> None:
        self.flat_limit = flat_limit
        self.substrings = substrings
        self._sealed: list[MihSegment] = []
        self._tail = FlatSegment.empty()
        if hashes is None:
            hashes = np.empty((0, 32), np.uint8)
        if ids is None:
            ids = np.empty(0, np.int64)
        self.add(hashes, ids)

    def __len__(self) -> int:
        return sum(len(s) for s in self._sealed) + len(self._tail)

    @property
    def segment_sizes(self) -> list[int]:
        """Rows per sealed segment, then the tail (for diagnostics and tests)."""
        return [len(s) for s in self._sealed] + [len(self._tail)]

    def add(self, hashes: npt.NDArray[np.uint8], ids: npt.NDArray[np.int64]) -> None:
        """Append rows; seals and merges segments as needed, never rebuilding everything."""
        words = to_words(check_hashes(hashes))
        id_vec = check_ids(ids, words.shape[0])
        if words.shape[0] > self.flat_limit and not len(self._tail):
            self._seal(words, id_vec)
            return
        self._tail = self._tail.extend(words, id_vec)
        if len(self._tail) > self.flat_limit:
            tail, self._tail = self._tail, FlatSegment.empty()
            self._seal(tail.words, tail.ids)

    def _seal(self, words: Words, ids: I64) -> None:
        self._sealed.append(MihSegment.build(words, ids, self.substrings))
        while len(self._sealed) > 1 and 2 * len(self._sealed[-1]) >= len(self._sealed[-2]):
            last, prev = self._sealed.pop(), self._sealed.pop()
            words = np.concatenate([prev.words, last.words])
            ids = np.concatenate([prev.ids, last.ids])
            self._sealed.append(MihSegment.build(words, ids, self.substrings))

    def search(self, queries: npt.NDArray[np.uint8], threshold: int) -> list[list[Match]]:
        """For each query, every ``(id, distance)`` within ``threshold``, by distance then id."""
        limit = check_threshold(threshold)
        qwords = to_words(check_hashes(queries, "queries"))
        m = qwords.shape[0]
        parts = [(seg.ids, seg.search(qwords, limit)) for seg in self._sealed]
        parts.append((self._tail.ids, self._tail.search(qwords, limit)))
        return _collect(m, parts)

    def save(self, path: str | Path) -> None:
        """Write the whole index to one file (atomically)."""
        arrays: dict[str, npt.NDArray[Any]] = {}
        segments = []
        for i, seg in enumerate(self._sealed):
            arrays |= {f"s{i}.{k}": v for k, v in _segment_arrays(seg).items()}
            segments.append(list(seg.widths))
        arrays |= {"tail.hashes": to_bytes(self._tail.words), "tail.ids": self._tail.ids}
        meta = {"format": FORMAT, "flat_limit": self.flat_limit, "substrings": self.substrings}
        save_arrays(Path(path), meta | {"segments": segments}, arrays)

    @classmethod
    def load(cls, path: str | Path) -> PdqIndex:
        """Memory-map an index written by :meth:`save`; pages load on first use."""
        from clearsight.errors import StorageError

        meta, arrays = load_arrays(Path(path))
        if meta.get("format") != FORMAT:
            raise StorageError(f"{path}: not a PDQ index (format {meta.get('format')!r})")
        index = cls(flat_limit=int(meta["flat_limit"]), substrings=meta["substrings"])
        for i, widths in enumerate(meta["segments"]):
            index._sealed.append(_segment_from(arrays, f"s{i}.", tuple(widths)))
        index._tail = FlatSegment(to_words(arrays["tail.hashes"]), arrays["tail.ids"])
        return index


def _segment_arrays(seg: MihSegment) -> dict[str, npt.NDArray[Any]]:
    return {"words": seg.words, "ids": seg.ids, "offsets": seg.offsets, "order": seg.order}


def _segment_from(
    arrays: dict[str, npt.NDArray[Any]], prefix: str, widths: tuple[int, ...]
) -> MihSegment:
    return MihSegment(
        words=arrays[prefix + "words"],
        ids=arrays[prefix + "ids"],
        widths=widths,
        offsets=arrays[prefix + "offsets"],
        order=arrays[prefix + "order"],
    )


def _collect(m: int, parts: list[tuple[I64, Hits]]) -> list[list[Match]]:
    """Map rows to ids and sort every query's matches by (distance, id)."""
    qids = np.concatenate([h.query for _, h in parts])
    ids = np.concatenate([seg_ids[h.row] for seg_ids, h in parts])
    dist = np.concatenate([h.distance for _, h in parts])
    order = np.lexsort((ids, dist, qids))
    qids, ids, dist = qids[order], ids[order], dist[order]
    bounds = np.searchsorted(qids, np.arange(m + 1))
    id_list, dist_list = ids.tolist(), dist.tolist()
    return [
        list(zip(id_list[lo:hi], dist_list[lo:hi], strict=True))
        for lo, hi in pairwise(bounds.tolist())
    ]
