"""TextIndex: near-duplicates become candidates, unrelated texts do not; persistence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from clearsight.errors import InputError, StorageError
from clearsight.hashbank.index.text import TextIndex

datasketch = pytest.importorskip("datasketch")  # the hashbank extra
MinHash, MinHashLSH = datasketch.MinHash, datasketch.MinHashLSH

WORDS = ("lantern", "harbour", "meadow", "copper", "violet", "orchard", "pebble", "thistle")


def fictional_text(rng: np.random.Generator, length: int = 120) -> list[str]:
    """A made-up notice from the fictional town of Glimmerholt."""
    return ["glimmerholt", *rng.choice(WORDS, length).tolist()]


def minhash(words: list[str]) -> Any:
    m = MinHash(num_perm=128, seed=1)
    for i in range(len(words) - 2):
        m.update(" ".join(words[i : i + 3]).encode())
    return m


def edit(rng: np.random.Generator, words: list[str], changes: int) -> list[str]:
    out = list(words)
    for pos in rng.choice(len(out), changes, replace=False):
        out[pos] = "quillfeather"
    return out


@pytest.fixture
def corpus() -> tuple[list[list[str]], list[Any]]:
    rng = np.random.default_rng(11)
    texts = [fictional_text(rng) for _ in range(300)]
    return texts, [minhash(t) for t in texts]


def test_near_duplicates_are_candidates_unrelated_are_not(
    corpus: tuple[list[list[str]], list[Any]],
) -> None:
    texts, hashes = corpus
    index = TextIndex()
    for i, m in enumerate(hashes):
        index.add(i, m)
    rng = np.random.default_rng(12)
    near_found = [i in index.candidates(minhash(edit(rng, texts[i], 1))) for i in range(50)]
    assert sum(near_found) >= 48  # Jaccard ~0.95: LSH misses with probability < 1e-3
    unrelated = [minhash(fictional_text(rng)) for _ in range(50)]
    assert sum(len(index.candidates(m)) for m in unrelated) <= 2


def test_candidates_agree_with_datasketch(corpus: tuple[list[list[str]], list[Any]]) -> None:
    texts, hashes = corpus
    ours = TextIndex(threshold=0.5, weights=(0.5, 0.5))
    theirs = MinHashLSH(threshold=0.5, num_perm=128, weights=(0.5, 0.5))
    for i, m in enumerate(hashes):
        ours.add(i, m)
        theirs.insert(i, m)
    rng = np.random.default_rng(13)
    for i in range(0, 300, 10):
        query = minhash(edit(rng, texts[i], 30))
        assert ours.candidates(query) == set(theirs.query(query))


def test_bulk_add_merges_and_keeps_duplicates() -> None:
    rng = np.random.default_rng(14)
    values = rng.integers(0, 2**32, (10_000, 128), dtype=np.uint64).astype(np.uint32)
    index = TextIndex()
    index.add_many(np.arange(10_000, dtype=np.int64), values)
    index.add(-5, values[7])
    assert len(index) == 10_001
    assert index.candidates(values[7]) == {7, -5}


def test_save_load_round_trip(tmp_path: Path, corpus: tuple[list[list[str]], list[Any]]) -> None:
    _, hashes = corpus
    index = TextIndex(threshold=0.7)
    for i, m in enumerate(hashes):
        index.add(i * 3, m)
    index.save(tmp_path / "text.idx")
    loaded = TextIndex.load(tmp_path / "text.idx")
    assert len(loaded) == len(index) == 300
    assert (loaded.bands, loaded.rows, loaded.threshold) == (index.bands, index.rows, 0.7)
    assert all(loaded.candidates(m) == index.candidates(m) for m in hashes[:40])
    loaded.add(999, hashes[0])
    assert {0, 999} <= loaded.candidates(hashes[0])


def test_bad_input_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="threshold"):
        TextIndex(threshold=1.5)
    with pytest.raises(InputError, match="num_perm=128"):
        TextIndex().add(1, MinHash(num_perm=64))
    (tmp_path / "x.idx").write_bytes(b"CSIDX001" + b"\xff" * 8)
    with pytest.raises(StorageError, match="x.idx"):
        TextIndex.load(tmp_path / "x.idx")
