"""The benchmark corpus: n well-formed posts of about 200 characters, with re-posts."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

from clearsight.demo.bench_corpus import write_jsonl


def test_writes_n_wellformed_posts_with_about_a_fifth_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "bench.jsonl"
    write_jsonl(path, 2000, seed=11)
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 2000
    texts = [p["text"] for p in posts]
    assert all(isinstance(t, str) and t for t in texts)
    assert 0.12 <= 1 - len(set(texts)) / len(texts) <= 0.28
    mean = sum(len(t) for t in texts) / len(texts)
    assert 180 <= mean <= 300
    assert {p["lang"] for p in posts} == {"en", "ru", "fr", "de", "ar"}


def test_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", 300, seed=3)
    write_jsonl(tmp_path / "b.jsonl", 300, seed=3)
    write_jsonl(tmp_path / "c.jsonl", 300, seed=4)
    a, b, c = (tmp_path / f"{n}.jsonl" for n in "abc")
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()


def test_memory_does_not_grow_with_n(tmp_path: Path) -> None:
    def peak(n: int) -> int:
        tracemalloc.start()
        write_jsonl(tmp_path / f"m{n}.jsonl", n, seed=1)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(1000), peak(10_000)
    assert large < small * 2 + 200_000
