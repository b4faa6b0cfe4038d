"""Scan throughput and memory, as ratios against baselines measured in the same run.

    python bench/bench_scan.py [--sizes 20000 200000] [--out bench-out]

For each size it generates a JSONL corpus, then, each in a fresh process:
- baseline: read and parse every line with ``json.loads`` (the floor a scan cannot beat);
- scan: the full pipeline (normalize, lexicon, triage, SQLite) into a new database.
It prints items/s for both, scan/baseline as a ratio, and each process's peak RSS; memory is
flat when the scan's peak RSS for the largest size stays near the smallest size's.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def baseline(path: Path) -> int:
    count = 0
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                json.loads(line)
                count += 1
    return count


def scan(path: Path, out: Path) -> int:
    from clearsight.config import Settings
    from clearsight.pipeline.run import Scanner
    from clearsight.storage.sql.store import SqlStore

    db = out / f"{path.stem}.db"
    for stale in out.glob(f"{path.stem}.db*"):
        stale.unlink()
    settings = Settings(db=str(db), key_file=out / "bench.key")
    store = SqlStore.open(settings.db_url)
    report = Scanner(settings, store).scan([path])
    store.close()
    assert all(s.reconciles for s in report.sources), "counts do not add up"
    return report.total("read")


def child(mode: str, path: Path, out: Path) -> None:
    started = time.perf_counter()
    count = baseline(path) if mode == "baseline" else scan(path, out)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"items": count, "seconds": seconds, "peak_rss_mib": peak_kib / 1024}))


def measure(mode: str, path: Path, out: Path) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", mode, str(path), "--out", str(out)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def corpus(size: int, out: Path) -> Path:
    from clearsight.demo.bench_corpus import write_jsonl

    path = out / f"bench-{size}.jsonl"
    if not path.exists():
        write_jsonl(path, size, seed=11)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child[0], Path(args.child[1]), args.out)
        return
    rows = []
    for size in sorted(args.sizes):
        path = corpus(size, args.out)
        base, run = measure("baseline", path, args.out), measure("scan", path, args.out)
        rows.append((size, base, run))
        report(size, base, run)
    smallest, largest = rows[0], rows[-1]
    growth = largest[2]["peak_rss_mib"] / smallest[2]["peak_rss_mib"]
    print(
        f"scan peak RSS {largest[0]} vs {smallest[0]} items: "
        f"{largest[2]['peak_rss_mib']:.0f} / {smallest[2]['peak_rss_mib']:.0f} MiB = {growth:.2f}x"
    )


def report(size: int, base: dict[str, float], run: dict[str, float]) -> None:
    base_rate = base["items"] / base["seconds"]
    scan_rate = run["items"] / run["seconds"]
    print(
        f"{size} items: scan {scan_rate:,.0f} items/s,"
        f" parse-only baseline {base_rate:,.0f} items/s,"
        f" ratio {scan_rate / base_rate:.3f};"
        f" peak RSS scan {run['peak_rss_mib']:.0f} MiB,"
        f" baseline {base['peak_rss_mib']:.0f} MiB"
    )


if __name__ == "__main__":
    main()
