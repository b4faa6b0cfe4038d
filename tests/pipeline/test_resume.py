"""A scan killed with SIGKILL and run again stores every record exactly once.

The reference is the same corpus scanned without interruption: after kill + resume, every
table holds the same rows, every position of the file is stored once (as a sighting or in
quarantine), and no finding or case is written twice.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_RECORDS = 12_000
BAD_EVERY = 997

pytestmark = pytest.mark.slow


def write_corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(1, N_RECORDS + 1):
            if n % BAD_EVERY == 0:
                fh.write('{"id": ' + "\n")
                continue
            text = f"post {n % 9000}: fictional chatter about the market in Varnhollow"
            if n % 50 == 0:
                text += " and zorblax must fall"
            fh.write(json.dumps({"id": n, "text": text, "author": f"user{n % 37}"}) + "\n")


def scan_command(corpus: Path, db: Path, key: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "clearsight",
        "scan",
        str(corpus),
        "--db",
        str(db),
        "--key-file",
        str(key),
        "--quiet",
    ]


def checkpoint(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            row = conn.execute("SELECT max(position) FROM checkpoints").fetchone()
    except sqlite3.OperationalError:  # not created yet
        return 0
    return int(row[0] or 0)


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = ("items", "sightings", "findings", "cases", "quarantine")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def positions(db: Path) -> list[int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT position FROM sightings UNION ALL SELECT position FROM quarantine"
        ).fetchall()
    return sorted(r[0] for r in rows)


LEXICON = """name: fictional
version: "1"
source: written for this test
entries:
  - {term: zorblax must fall, lang: en, category: incitement, weight: 0.9}
"""


def env(tmp_path: Path) -> dict[str, str]:
    lexicon = tmp_path / "fictional.yaml"
    lexicon.write_text(LEXICON, encoding="utf-8")
    return {
        **os.environ,
        "CLEARSIGHT_BATCH_SIZE": "200",
        "CLEARSIGHT_LEXICONS": str(lexicon),
        "CLEARSIGHT_USE_STARTER_LEXICON": "false",
    }


def kill_mid_scan(command: list[str], db: Path, environ: dict[str, str]) -> int:
    """Start a scan, SIGKILL it once a quarter of the records are committed."""
    out = subprocess.DEVNULL
    with subprocess.Popen(command, env=environ, stdout=out, stderr=out) as proc:
        deadline = time.monotonic() + 120
        while checkpoint(db) < N_RECORDS // 4:
            assert proc.poll() is None, "the scan ended before it could be killed"
            assert time.monotonic() < deadline, "the scan made no progress"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    return checkpoint(db)


def test_sigkill_then_resume_stores_every_record_exactly_once(tmp_path: Path) -> None:
    corpus, key = tmp_path / "corpus.jsonl", tmp_path / "k.key"
    write_corpus(corpus)
    reference, killed = tmp_path / "reference.db", tmp_path / "killed.db"
    environ = env(tmp_path)
    subprocess.run(scan_command(corpus, reference, key), env=environ, check=True)

    at_kill = kill_mid_scan(scan_command(corpus, killed, key), killed, environ)
    assert 0 < at_kill < N_RECORDS, "the kill did not land mid-scan"
    resumed = subprocess.run(
        scan_command(corpus, killed, key), env=environ, check=True, capture_output=True, text=True
    )
    assert str(at_kill) in resumed.stdout  # the report's "resumed after" column

    assert positions(killed) == list(range(1, N_RECORDS + 1))
    assert table_counts(killed) == table_counts(reference)
    assert table_counts(killed)["quarantine"] == N_RECORDS // BAD_EVERY
    assert table_counts(killed)["cases"] > 0
