"""Brute-force stand-ins with the index interfaces (used when ``hashbank.index`` is absent)."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

_POPCOUNT = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint16)


class BrutePdqIndex:
    """Exact Hamming search by numpy popcount over every stored hash."""

    def __init__(self, hashes: npt.NDArray[np.uint8], ids: npt.NDArray[np.int64]) -> None:
        self._hashes = np.asarray(hashes, dtype=np.uint8).reshape(-1, 32)
        self._ids = np.asarray(ids, dtype=np.int64)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, hashes: npt.NDArray[np.uint8], ids: npt.NDArray[np.int64]) -> None:
        self._hashes = np.vstack([self._hashes, np.asarray(hashes, dtype=np.uint8)])
        self._ids = np.concatenate([self._ids, np.asarray(ids, dtype=np.int64)])

    def search(self, queries: npt.NDArray[np.uint8], threshold: int) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = []
        for query in np.asarray(queries, dtype=np.uint8).reshape(-1, 32):
            dist = _POPCOUNT[self._hashes ^ query].sum(axis=1)
            hits = np.flatnonzero(dist <= threshold)
            pairs = sorted((int(dist[i]), int(self._ids[i])) for i in hits)
            out.append([(i, d) for d, i in pairs])
        return out


class BruteTextIndex:
    """Candidates by estimated Jaccard over every stored MinHash."""

    def __init__(self, min_similarity: float) -> None:
        self._min = min_similarity
        self._sketches: dict[int, Any] = {}

    def add(self, entry_id: int, minhash: Any) -> None:
        self._sketches[entry_id] = minhash

    def candidates(self, minhash: Any) -> set[int]:
        slack = max(0.0, self._min - 0.15)  # the estimate is noisy; exact Jaccard decides
        return {i for i, m in self._sketches.items() if minhash.jaccard(m) >= slack}
