"""The tail segment: recent rows, searched exactly by faiss ``IndexBinaryFlat`` (built lazily)."""

from __future__ import annotations

from typing import Any

import numpy as np

from clearsight.hashbank.extra import require
from clearsight.hashbank.index._bits import I64, Words, to_bytes
from clearsight.hashbank.index._mih import Hits, empty_hits


class FlatSegment:
    """Rows kept as words and ids; a faiss flat index over them is built on first search."""

    def __init__(self, words: Words, ids: I64) -> None:
        self.words = words
        self.ids = ids
        self._faiss: Any = None

    @classmethod
    def empty(cls) -> FlatSegment:
        return cls(np.empty((0, 4), np.uint64), np.empty(0, np.int64))

    def __len__(self) -> int:
        return int(self.words.shape[0])

    def extend(self, words: Words, ids: I64) -> FlatSegment:
        """A segment with the rows appended; the faiss index, if built, is extended in place."""
        grown = FlatSegment(np.concatenate([self.words, words]), np.concatenate([self.ids, ids]))
        if self._faiss is not None and words.shape[0]:
            self._faiss.add(to_bytes(words))
        grown._faiss, self._faiss = self._faiss, None
        return grown

    def search(self, queries: Words, threshold: int) -> Hits:
        if len(self) == 0 or queries.shape[0] == 0:
            return empty_hits()
        if self._faiss is None:
            index = require("faiss").IndexBinaryFlat(256)
            index.add(to_bytes(self.words))
            self._faiss = index
        lims, dist, rows = self._faiss.range_search(to_bytes(queries), threshold + 1)
        qids = np.repeat(
            np.arange(queries.shape[0], dtype=np.int64), np.diff(lims).astype(np.int64)
        )
        keep = dist <= threshold
        return Hits(qids[keep], rows[keep].astype(np.int64), dist[keep].astype(np.int32))
