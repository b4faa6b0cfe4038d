"""Text near-duplicate lookup at 1M documents: Clearsight's TextIndex against datasketch and numpy.

    python bench/bench_text_index.py [--sizes 1000000] [--queries 2000] [--threshold 0.8]

Signatures are generated directly (128 uniform 32-bit MinHash values per document, as a
MinHash of distinct shingle sets looks). Half the queries are near-duplicates of a document
(a random fraction of their values replaced, so the expected Jaccard similarity is 0.85-1.0),
half are unrelated. Each method runs in a fresh process on one CPU and reports build time,
lookups/s, p50/p99 latency, recall of the planted near-duplicates, candidates returned for
unrelated queries, and resident memory once the generated signatures are freed. Throughput
is per wall-clock and per CPU-second; ratios (per CPU-second) are against numpy brute force
(estimated Jaccard of the query against every document) measured in the same run.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

METHODS = ["numpy", "datasketch", "clearsight"]
BUDGET = {"numpy": 40}
NUM_PERM = 128
U32 = npt.NDArray[np.uint32]
Query = Callable[[U32], set[int]]


def generate(n: int, count: int, seed: int = 8) -> tuple[U32, U32, npt.NDArray[np.int64]]:
    """Signatures (n, 128), queries (count, 128), planted document per query (-1: unrelated)."""
    rng = np.random.default_rng(seed)
    bank = rng.integers(0, 2**32, (n, NUM_PERM), dtype=np.uint32)
    queries = rng.integers(0, 2**32, (count, NUM_PERM), dtype=np.uint32)
    planted = np.full(count, -1, np.int64)
    for i in range(0, count, 2):
        doc = int(rng.integers(n))
        keep = rng.random(NUM_PERM) >= rng.uniform(0.0, 0.15)
        queries[i] = np.where(keep, bank[doc], queries[i])
        planted[i] = doc
    return bank, queries, planted


def build(method: str, bank: U32, threshold: float) -> Query:
    if method == "numpy":

        def brute(q: U32) -> set[int]:
            similar = (bank == q).sum(axis=1, dtype=np.int32) >= threshold * NUM_PERM
            return set(np.flatnonzero(similar).tolist())

        return brute
    if method == "datasketch":
        return _datasketch(bank, threshold)
    from clearsight.hashbank.index.text import TextIndex

    index = TextIndex(NUM_PERM, threshold)
    index.add_many(np.arange(bank.shape[0], dtype=np.int64), bank)
    index.candidates(bank[0])  # merges the bulk load, as the first lookup would
    return index.candidates


def _datasketch(bank: U32, threshold: float) -> Query:
    datasketch: Any = importlib.import_module("datasketch")
    LeanMinHash, MinHashLSH = datasketch.LeanMinHash, datasketch.MinHashLSH

    from clearsight.hashbank.index.text import RECALL_WEIGHTS

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=RECALL_WEIGHTS)
    with lsh.insertion_session() as session:
        for i in range(bank.shape[0]):
            session.insert(
                i,
                LeanMinHash(seed=1, hashvalues=bank[i], scheme="affine32"),
                check_duplication=False,
            )

    def query(q: U32) -> set[int]:
        return set(lsh.query(LeanMinHash(seed=1, hashvalues=q, scheme="affine32")))

    return query


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(method: str, n: int, count: int, threshold: float) -> dict[str, Any]:
    bank, queries, planted = generate(n, count)
    started = time.perf_counter()
    query = build(method, bank, threshold)
    build_s = time.perf_counter() - started
    del bank  # only numpy's closure keeps it: RSS is then what each index holds
    gc.collect()
    runs = min(count, BUDGET.get(method, count))
    latencies, found, unrelated = [], 0, 0
    cpu_started = time.process_time()
    for i in range(runs):
        t0 = time.perf_counter()
        result = query(queries[i])
        latencies.append(time.perf_counter() - t0)
        if planted[i] >= 0:
            found += int(planted[i]) in result
        else:
            unrelated += len(result)
    cpu_s = time.process_time() - cpu_started
    lat = np.array(latencies)
    near = int((planted[:runs] >= 0).sum())
    return {
        "method": method,
        "n": n,
        "build_s": build_s,
        "lookups_per_s": runs / float(lat.sum()),
        "cpu_lookups_per_s": runs / cpu_s,
        "p50_ms": float(np.percentile(lat, 50)) * 1e3,
        "p99_ms": float(np.percentile(lat, 99)) * 1e3,
        "recall": found / near,
        "false_per_query": unrelated / (runs - near),
        "rss_mib": rss_mib(),
    }


def run_child(method: str, args: argparse.Namespace, n: int) -> dict[str, Any] | None:
    env = os.environ | {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--child", method, "--sizes", str(n)]
    cmd += ["--queries", str(args.queries), "--threshold", str(args.threshold)]
    cmd += ["--cpu", str(args.cpu)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"  {method:12} n={n:>10,}  skipped: {reason}", flush=True)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(rows: list[dict[str, Any]]) -> None:
    base = next((r for r in rows if r["method"] == "numpy"), None)
    for r in rows:
        cpu = r.get("cpu_lookups_per_s", float("nan"))
        ratio = cpu / base.get("cpu_lookups_per_s", float("nan")) if base else float("nan")
        print(
            f"  {r['method']:12} n={r['n']:>10,}  {r['lookups_per_s']:8.1f}/s wall"
            f"  {cpu:8.1f}/s cpu  x{ratio:7.1f}"
            f"  p50 {r['p50_ms']:8.3f} ms  p99 {r['p99_ms']:8.3f} ms  recall {r['recall']:.3f}"
            f"  false/query {r['false_per_query']:.3f}  RSS {r['rss_mib']:7.0f} MiB"
            f"  build {r['build_s']:6.1f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--methods", nargs="+", default=METHODS, choices=METHODS)
    parser.add_argument("--cpu", type=int, default=min(os.sched_getaffinity(0)))
    parser.add_argument("--child", choices=METHODS)
    args = parser.parse_args()
    if args.child:
        os.sched_setaffinity(0, {args.cpu})
        result = child(args.child, args.sizes[0], args.queries, args.threshold)
        print(json.dumps(result))
        return
    print(f"Text near-duplicate lookups, threshold {args.threshold}, one core")
    for n in args.sizes:
        report([r for m in args.methods if (r := run_child(m, args, n))])


if __name__ == "__main__":
    main()
