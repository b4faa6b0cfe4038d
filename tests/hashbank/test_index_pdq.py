"""PdqIndex: exact range search against brute force, persistence, incremental add, validation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from clearsight.errors import InputError, StorageError
from clearsight.hashbank.index.pdq import PdqIndex

pytest.importorskip("faiss")  # the hashbank extra

U8 = npt.NDArray[np.uint8]


def random_hashes(rng: np.random.Generator, n: int) -> U8:
    return rng.integers(0, 256, (n, 32), dtype=np.uint8)


def flip(rng: np.random.Generator, row: U8, bits: int) -> U8:
    unpacked = np.unpackbits(row)
    unpacked[rng.choice(256, bits, replace=False)] ^= 1
    return np.packbits(unpacked)


def brute_force(
    bank: U8, ids: npt.NDArray[np.int64], query: U8, threshold: int
) -> list[tuple[int, int]]:
    dist = np.unpackbits(bank ^ query, axis=1).sum(axis=1)
    rows = np.flatnonzero(dist <= threshold)
    return sorted((int(dist[r]), int(ids[r])) for r in rows)


def as_dist_id(result: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(d, i) for i, d in result]


def planted(seed: int, n: int) -> tuple[U8, npt.NDArray[np.int64], U8]:
    """A random bank; queries 0-40 bits from a bank row (one per distance), then random ones."""
    rng = np.random.default_rng(seed)
    bank = random_hashes(rng, n)
    ids = rng.permutation(n).astype(np.int64) * 7
    near = [flip(rng, bank[rng.integers(n)], d) for d in range(41)]
    return bank, ids, np.concatenate([np.stack(near), random_hashes(rng, 10)])


@pytest.mark.parametrize(("flat_limit", "substrings"), [(10**9, None), (100, None), (100, 16)])
def test_search_equals_brute_force(flat_limit: int, substrings: int | None) -> None:
    bank, ids, queries = planted(1, 3000)
    index = PdqIndex(bank, ids, flat_limit=flat_limit, substrings=substrings)
    results = index.search(queries, 31)
    for query, got in zip(queries, results, strict=True):
        assert as_dist_id(got) == brute_force(bank, ids, query, 31)
    found = {d for d in range(41) if results[d]}
    assert found == set(range(32))  # every planted neighbour within 31, none beyond
    singles = [index.search(queries[i : i + 1], 31)[0] for i in range(len(queries))]
    assert singles == results  # the one-query fast path agrees with the batch path


@pytest.mark.parametrize("threshold", [0, 1, 5, 16, 31, 48, 90])
def test_any_threshold_is_exact(threshold: int) -> None:
    bank, ids, queries = planted(2, 2000)
    index = PdqIndex(bank, ids, flat_limit=50)
    for query, got in zip(queries, index.search(queries, threshold), strict=True):
        assert as_dist_id(got) == brute_force(bank, ids, query, threshold)


def test_threshold_zero_finds_only_exact_copies() -> None:
    bank, ids, _ = planted(3, 1000)
    index = PdqIndex(bank, ids, flat_limit=10)
    results = index.search(bank[:5], 0)
    assert [r for r in results] == [[(int(ids[i]), 0)] for i in range(5)]


def test_duplicate_hashes_keep_every_id() -> None:
    rng = np.random.default_rng(4)
    bank = random_hashes(rng, 500)
    bank[10] = bank[20] = bank[30]
    ids = np.arange(500, dtype=np.int64)
    for flat_limit in (10, 10**6):
        index = PdqIndex(bank, ids, flat_limit=flat_limit)
        assert index.search(bank[30:31], 0)[0] == [(10, 0), (20, 0), (30, 0)]


def test_incremental_add_seals_and_merges() -> None:
    bank, ids, queries = planted(5, 4000)
    index = PdqIndex(flat_limit=300)
    for lo in range(0, 4000, 250):
        index.add(bank[lo : lo + 250], ids[lo : lo + 250])
    assert len(index) == 4000
    assert sum(index.segment_sizes) == 4000 and len(index.segment_sizes) <= 6
    for query, got in zip(queries, index.search(queries, 31), strict=True):
        assert as_dist_id(got) == brute_force(bank, ids, query, 31)


def test_save_load_round_trip(tmp_path: Path) -> None:
    bank, ids, queries = planted(6, 2500)
    index = PdqIndex(bank[:2000], ids[:2000], flat_limit=500)
    index.add(bank[2000:], ids[2000:])  # leaves rows in the tail
    path = tmp_path / "bank.pdq"
    index.save(path)
    loaded = PdqIndex.load(path)
    assert len(loaded) == 2500
    assert loaded.search(queries, 31) == index.search(queries, 31)
    loaded.add(queries[:3], np.array([-1, -2, -3], np.int64))  # a loaded index stays writable
    assert loaded.search(queries[:1], 0)[0][0] == (-1, 0)


def test_empty_index(tmp_path: Path) -> None:
    index = PdqIndex()
    queries = random_hashes(np.random.default_rng(7), 3)
    assert len(index) == 0
    assert index.search(queries, 31) == [[], [], []]
    assert index.search(np.empty((0, 32), np.uint8), 31) == []
    index.save(tmp_path / "empty.pdq")
    assert len(PdqIndex.load(tmp_path / "empty.pdq")) == 0


@pytest.mark.parametrize(
    ("hashes", "ids", "reason"),
    [
        (np.zeros((2, 31), np.uint8), np.arange(2), "shape"),
        (np.zeros((2, 32), np.int16), np.arange(2), "dtype"),
        (np.zeros(32, np.uint8), np.arange(1), "shape"),
        (np.zeros((2, 32), np.uint8), np.arange(3), "ids"),
        (np.zeros((2, 32), np.uint8), np.zeros(2, np.float64), "ids"),
        ([[0] * 32], np.arange(1), "numpy array"),
    ],
)
def test_bad_input_is_rejected(hashes: object, ids: object, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        PdqIndex(hashes, ids)  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [-1, 257, 3.5, True])
def test_bad_threshold_is_rejected(threshold: object) -> None:
    index = PdqIndex(np.zeros((1, 32), np.uint8), np.arange(1))
    with pytest.raises(InputError, match="threshold"):
        index.search(np.zeros((1, 32), np.uint8), threshold)  # type: ignore[arg-type]


def test_corrupt_file_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.pdq"
    path.write_bytes(b"not an index at all")
    with pytest.raises(StorageError, match="bad.pdq"):
        PdqIndex.load(path)


def test_truncated_file_is_a_storage_error(tmp_path: Path) -> None:
    bank, ids, _ = planted(8, 500)
    path = tmp_path / "cut.pdq"
    PdqIndex(bank, ids, flat_limit=100).save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError, match="past the end"):
        PdqIndex.load(path)
