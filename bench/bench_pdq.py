"""PDQ lookup on one core: Clearsight's index against brute force, faiss and python-threatexchange.

    python bench/bench_pdq.py [--sizes 1000000 10000000] [--queries 2000] [--out bench-out]

For each size every method runs in a fresh process pinned to one CPU (``OMP_NUM_THREADS=1``)
on the same generated bank: random 256-bit hashes, and queries of which half are planted
neighbours of a bank row 0-31 bits away and half are random. Each process builds its index,
frees the generating arrays, then times single-query lookups (p50/p99 latency, lookups/s) in
the state a long-running matcher is in after building, and reports recall of the planted
neighbours, whether its answers on the first queries equal numpy brute force's, and resident
memory. Throughput is given per wall-clock second and per CPU-second of the process (the
latter does not count time other processes took the core; the ratios use it).
``clearsight-mmap`` loads the file the ``clearsight`` run saved (memory-mapped) and
queries that. Ratios are against numpy brute force measured in the same run.
Methods: numpy, faiss-flat, faiss-mih, threatexchange (PDQIndex, the index HMA uses;
needs ``pip install threatexchange``), clearsight, clearsight-mmap.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
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

THRESHOLD = 31
CHECKED = 40  # queries every method answers, compared with brute force
METHODS = ["numpy", "faiss-flat", "faiss-mih", "threatexchange", "clearsight", "clearsight-mmap"]
# lookups each method times per size class: slow baselines get fewer (latency is per lookup)
BUDGET = {"numpy": 100, "faiss-flat": 200, "faiss-mih": 1000, "threatexchange": 1000}
U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]
Query = Callable[[npt.NDArray[np.uint8]], list[tuple[int, int]]]


def generate(n: int, count: int, seed: int = 4) -> tuple[U8, U8, I64, I64]:
    """Bank (n, 32), queries (count, 32), planted row per query (-1: random), planted distance."""
    rng = np.random.default_rng(seed)
    bank = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    queries = rng.integers(0, 256, (count, 32), dtype=np.uint8)
    planted = np.full(count, -1, np.int64)
    dist = np.full(count, -1, np.int64)
    for i in range(0, count, 2):
        row, d = int(rng.integers(n)), (i // 2) % (THRESHOLD + 1)
        bits = np.unpackbits(bank[row])
        bits[rng.choice(256, d, replace=False)] ^= 1
        queries[i], planted[i], dist[i] = np.packbits(bits), row, d
    return bank, queries, planted, dist


def rss_mib() -> dict[str, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return {"rss_mib": fields["VmRSS"], "peak_rss_mib": fields["VmHWM"]}


def build(method: str, bank: npt.NDArray[np.uint8], out: Path) -> Query:
    """Index ``bank`` with ``method``; return a one-query lookup giving (row, distance) pairs."""
    if method == "numpy":
        return _numpy(bank)
    if method.startswith("faiss"):
        return _faiss(method, bank)
    if method == "threatexchange":
        return _threatexchange(bank)
    return _clearsight(method, bank, out)


def _numpy(bank: npt.NDArray[np.uint8]) -> Query:
    """Brute force in cache-sized chunks: XOR, popcount, per-row sum, filter."""
    words = bank.view(">u8").astype(np.uint64)

    def query(q: npt.NDArray[np.uint8]) -> list[tuple[int, int]]:
        qw = q.view(">u8").astype(np.uint64)
        found: list[tuple[int, int]] = []
        for lo in range(0, words.shape[0], 1 << 15):
            counts = np.bitwise_count(words[lo : lo + (1 << 15)] ^ qw).astype(np.uint16)
            d = (counts.view(np.uint64).ravel() * np.uint64(0x0001_0001_0001_0001)) >> 48
            rows = np.flatnonzero(d <= THRESHOLD)
            found += zip((rows + lo).tolist(), d[rows].astype(np.int64).tolist(), strict=True)
        return found

    return query


def _faiss(method: str, bank: npt.NDArray[np.uint8]) -> Query:
    faiss: Any = importlib.import_module("faiss")
    faiss.omp_set_num_threads(1)
    index: Any = faiss.IndexBinaryFlat(256)
    if method == "faiss-mih":  # as python-threatexchange configures it
        index = faiss.IndexBinaryMultiHash(256, 16, 16)
        index.nflip = THRESHOLD // 16
    index.add(bank)

    def query(q: npt.NDArray[np.uint8]) -> list[tuple[int, int]]:
        _lims, dist, rows = index.range_search(q, THRESHOLD + 1)
        keep = dist <= THRESHOLD
        return list(zip(rows[keep].tolist(), dist[keep].astype(np.int64).tolist(), strict=True))

    return query


def _threatexchange(bank: npt.NDArray[np.uint8]) -> Query:
    module = "threatexchange.signal_type.pdq.pdq_index"  # bench-only dependency
    pdq_index_cls: Any = importlib.import_module(module).PDQIndex
    hexes = [row.tobytes().hex() for row in bank]
    index: Any = pdq_index_cls([(h, i) for i, h in enumerate(hexes)])
    del hexes

    def query(q: npt.NDArray[np.uint8]) -> list[tuple[int, int]]:
        found = index.query(q.tobytes().hex())
        return [(int(m.metadata), int(m.similarity_info.distance)) for m in found]

    return query


def _clearsight(method: str, bank: npt.NDArray[np.uint8], out: Path) -> Query:
    from clearsight.hashbank.index.pdq import PdqIndex

    path = out / f"pdq-{bank.shape[0]}.idx"
    if method == "clearsight-mmap":
        index = PdqIndex.load(path)
    else:
        index = PdqIndex(bank, np.arange(bank.shape[0], dtype=np.int64))
        index.save(path)

    def query(q: npt.NDArray[np.uint8]) -> list[tuple[int, int]]:
        return index.search(q, THRESHOLD)[0]

    return query


def child(method: str, n: int, count: int, out: Path) -> dict[str, Any]:
    bank, queries, planted, dist = generate(n, count)
    started = time.perf_counter()
    query = build(method, bank, out)
    build_s = time.perf_counter() - started
    del bank
    gc.collect()
    runs = min(count, BUDGET.get(method, count))
    latencies, found, checked = [], 0, []
    cpu_started = time.process_time()
    for i in range(runs):
        q = queries[i : i + 1]
        t0 = time.perf_counter()
        result = query(q)
        latencies.append(time.perf_counter() - t0)
        if planted[i] >= 0:
            found += (int(planted[i]), int(dist[i])) in result
        if i < CHECKED:
            checked.append(sorted(result))
    cpu_s = time.process_time() - cpu_started
    lat = np.array(latencies)
    return {
        "method": method,
        "n": n,
        "build_s": build_s,
        "lookups": runs,
        "lookups_per_s": runs / float(lat.sum()),
        "cpu_lookups_per_s": runs / cpu_s,
        "p50_ms": float(np.percentile(lat, 50)) * 1e3,
        "p99_ms": float(np.percentile(lat, 99)) * 1e3,
        "recall": found / int((planted[:runs] >= 0).sum()),
        "checked_digest": hashlib.sha256(json.dumps(checked).encode()).hexdigest()[:16],
        **rss_mib(),
    }


def run_child(method: str, n: int, count: int, out: Path, cpu: int) -> dict[str, Any] | None:
    env = os.environ | {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--child", method, "--sizes", str(n)]
    cmd += ["--queries", str(count), "--out", str(out), "--cpu", str(cpu)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"  {method:16} n={n:>10,}  skipped: {reason}", flush=True)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(rows: list[dict[str, Any]]) -> None:
    base = next((r for r in rows if r["method"] == "numpy"), None)
    for r in rows:
        agree = "-" if base is None else str(r["checked_digest"] == base["checked_digest"])
        cpu = r.get("cpu_lookups_per_s", float("nan"))
        ratio = cpu / base.get("cpu_lookups_per_s", float("nan")) if base else float("nan")
        print(
            f"  {r['method']:16} n={r['n']:>10,}  {r['lookups_per_s']:8.1f}/s wall"
            f"  {cpu:8.1f}/s cpu  x{ratio:7.1f}"
            f"  p50 {r['p50_ms']:8.3f} ms  p99 {r['p99_ms']:8.3f} ms  recall {r['recall']:.3f}"
            f"  same-as-brute-force {agree:5}  RSS {r['rss_mib']:7.0f} MiB"
            f"  peak {r['peak_rss_mib']:7.0f} MiB  build {r['build_s']:6.1f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--methods", nargs="+", default=METHODS, choices=METHODS)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--cpu", type=int, default=min(os.sched_getaffinity(0)))
    parser.add_argument("--child", choices=METHODS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        os.sched_setaffinity(0, {args.cpu})
        print(json.dumps(child(args.child, args.sizes[0], args.queries, args.out)))
        return
    print(f"PDQ lookups, threshold {THRESHOLD}, one core, {args.queries} queries (half planted)")
    for n in args.sizes:
        rows = [r for m in args.methods if (r := run_child(m, n, args.queries, args.out, args.cpu))]
        report(rows)
        for stale in args.out.glob(f"pdq-{n}.idx*"):
            stale.unlink()


if __name__ == "__main__":
    main()
