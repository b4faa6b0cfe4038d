"""MinHash LSH for text near-duplicates: banded signatures in sorted numpy arrays.

The band count and width come from datasketch's own optimiser for ``threshold``,
``num_perm`` and ``weights``, so candidates are what ``datasketch.MinHashLSH`` with the same
arguments returns (up to rare 64-bit band-key collisions, which only add candidates). The
default weights favour recall (a pair at the threshold is a candidate with probability ~0.87,
at +0.05 ~0.97, where datasketch's default 0.5/0.5 gives ~0.40 and ~0.69): candidates are
*not* verified here, callers check the exact Jaccard similarity, so a false candidate costs
one comparison while a missed one is a missed match. Each band's keys are sorted once; new entries
go to a small in-memory buffer that is merged in when it grows, so ``add`` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from clearsight.errors import InputError, StorageError
from clearsight.hashbank.extra import require
from clearsight.hashbank.index._store import load_arrays, save_arrays

FORMAT = "clearsight-text-index/1"
U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
_MIX = np.uint64(0x9E37_79B9_7F4A_7C15)
_MIN_MERGE = 4096
_RNG = np.random.default_rng(0x5EED)
_MULTS = _RNG.integers(0, 2**63, 256, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_SALTS = _RNG.integers(0, 2**63, 256, dtype=np.uint64)
Weights = tuple[float, float]
RECALL_WEIGHTS: Weights = (0.1, 0.9)  # (false positive, false negative)


def band_params(threshold: float, num_perm: int, weights: Weights) -> tuple[int, int]:
    """(bands, rows per band) minimising weighted false positives and negatives."""
    bands, rows = require("datasketch.lsh")._optimal_param(threshold, num_perm, *weights)
    return int(bands), int(rows)


def band_keys(hashvalues: npt.NDArray[Any], bands: int, rows: int) -> U64:
    """(n * bands,) 64-bit keys of (n, num_perm) MinHash values, row-major, salted by band.

    A keyed linear hash of each band's values, then a xorshift-multiply finaliser. A collision
    only adds a candidate, which the caller's exact Jaccard check rejects.
    """
    values = np.asarray(hashvalues, dtype=np.uint64)[:, : bands * rows]
    bands_view = values.reshape(values.shape[0], bands, rows)
    with np.errstate(over="ignore"):
        keys: U64 = (bands_view * _MULTS[:rows]).sum(axis=2, dtype=np.uint64) + _SALTS[:bands]
        keys ^= keys >> np.uint64(31)
        keys *= _MIX
        keys ^= keys >> np.uint64(29)
    return keys.reshape(-1)


class TextIndex:
    """LSH over MinHash signatures: ``add(id, minhash)``, ``candidates(minhash) -> ids``."""

    def __init__(
        self, num_perm: int = 128, threshold: float = 0.8, weights: Weights = RECALL_WEIGHTS
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise InputError(f"text index: threshold {threshold} is outside (0, 1)")
        self.num_perm = num_perm
        self.threshold = threshold
        self.bands, self.rows = band_params(threshold, num_perm, weights)
        self._keys = np.empty(0, np.uint64)  # every (document, band) key, sorted
        self._ids = np.empty(0, np.int64)  # the document id of each key
        self._pending: list[tuple[U64, I64]] = []
        self._pending_count = 0

    def __len__(self) -> int:
        return int(self._ids.shape[0]) // self.bands + self._pending_count

    def _signature(self, minhash: object) -> npt.NDArray[Any]:
        values = getattr(minhash, "hashvalues", minhash)
        if not isinstance(values, np.ndarray) or values.shape[-1:] != (self.num_perm,):
            raise InputError(f"text index: expected a MinHash with num_perm={self.num_perm}")
        return values

    def add(self, id: int, minhash: object) -> None:
        """Index one signature under ``id`` (ids may repeat)."""
        values = self._signature(minhash).reshape(1, -1)
        self.add_many(np.array([id], np.int64), values)

    def add_many(self, ids: I64, hashvalues: npt.NDArray[Any]) -> None:
        """Index (n, num_perm) signatures under ``ids`` in one go."""
        values = self._signature(hashvalues)
        if values.ndim != 2 or np.shape(ids) != (values.shape[0],):
            raise InputError("text index: ids and signatures differ in number")
        keys = band_keys(values, self.bands, self.rows)
        self._pending.append((keys, np.repeat(np.asarray(ids, np.int64), self.bands)))
        self._pending_count += values.shape[0]
        if self._pending_count >= max(_MIN_MERGE, len(self) // 8):
            self._merge()

    def _merge(self) -> None:
        if not self._pending:
            return
        keys = np.concatenate([self._keys, *(k for k, _ in self._pending)])
        ids = np.concatenate([self._ids, *(i for _, i in self._pending)])
        order = np.argsort(keys, kind="stable")
        self._keys, self._ids = keys[order], ids[order]
        self._pending, self._pending_count = [], 0

    def candidates(self, minhash: object) -> set[int]:
        """Ids sharing at least one band with ``minhash``."""
        keys = band_keys(self._signature(minhash).reshape(1, -1), self.bands, self.rows)
        lo = np.searchsorted(self._keys, keys)
        hi = np.searchsorted(self._keys, keys, "right")
        found: set[int] = set()
        for start, stop in zip(lo.tolist(), hi.tolist(), strict=True):
            if stop > start:
                found.update(self._ids[start:stop].tolist())
        if len(self._pending) > 1:
            merged_keys = np.concatenate([k for k, _ in self._pending])
            self._pending = [(merged_keys, np.concatenate([i for _, i in self._pending]))]
        for pend_keys, pend_ids in self._pending:
            found.update(pend_ids[np.isin(pend_keys, keys)].tolist())
        return found

    def save(self, path: str | Path) -> None:
        """Write the index to one file (atomically)."""
        self._merge()
        meta = {"format": FORMAT, "num_perm": self.num_perm, "threshold": self.threshold}
        meta |= {"bands": self.bands, "rows": self.rows}
        save_arrays(Path(path), meta, {"keys": self._keys, "ids": self._ids})

    @classmethod
    def load(cls, path: str | Path) -> TextIndex:
        """Memory-map an index written by :meth:`save`."""
        meta, arrays = load_arrays(Path(path))
        if meta.get("format") != FORMAT:
            raise StorageError(f"{path}: not a text index (format {meta.get('format')!r})")
        index = cls(int(meta["num_perm"]), float(meta["threshold"]))
        index.bands, index.rows = int(meta["bands"]), int(meta["rows"])
        index._keys, index._ids = arrays["keys"], arrays["ids"]
        return index
