"""Every bank format round-trips: import a generated list, export it, get the same rows."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Any

import pytest

from clearsight.config import Settings
from clearsight.hashbank.banks import DECONFIRMED, BankStore
from clearsight.hashbank.formats import export_file, import_file
from clearsight.hashbank.service import open_banks


@pytest.fixture
def store(settings: Settings) -> BankStore:
    return open_banks(settings)


def hexes(rng: random.Random, n: int, bits: int = 256) -> list[str]:
    return [f"{rng.getrandbits(bits):0{bits // 4}x}" for _ in range(n)]


def write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return path


def round_trip(store: BankStore, kind: str, fmt: str, source: Path, tmp_path: Path) -> str:
    bank = store.create_bank(f"b-{fmt}", kind, negative=False, threshold=None, by="t")
    report = import_file(store, bank, source, fmt, by="curator-a")
    assert report.skipped == 0 and report.added > 0
    out = tmp_path / f"out-{fmt}"
    export_file(store, bank, out, fmt)
    return out.read_text(encoding="utf-8")


def test_threatexchange_csv_round_trips(store: BankStore, tmp_path: Path) -> None:
    rng = random.Random(1)
    rows = [
        [h, str(1000 + n), str(2000 + n), str(1_700_000_000 + n), "media_type_photo fictional_tag"]
        for n, h in enumerate(hexes(rng, 25))
    ]
    source = write(tmp_path / "fictional.hash_pdq.te", rows)
    assert round_trip(store, "pdq", "threatexchange", source, tmp_path) == source.read_text()


@pytest.mark.parametrize(
    ("fmt", "head"), [("tcap", "hash_type,hash_value"), ("hma", "signal_type,signal_value")]
)
def test_keyed_csv_round_trips(store: BankStore, tmp_path: Path, fmt: str, head: str) -> None:
    rng = random.Random(2)
    kind_name = "MD5" if fmt == "tcap" else "md5"
    rows = [[*head.split(","), "ideology", "group_name", "date_added"]]
    rows += [
        [kind_name, h, "fictional", f"Glorb Lodge {n}", f"2026-0{1 + n % 9}-01"]
        for n, h in enumerate(hexes(rng, 20, 128))
    ]
    source = write(tmp_path / f"list.{fmt}.csv", rows)
    assert round_trip(store, "md5", fmt, source, tmp_path) == source.read_text()


def test_tcap_rows_of_other_hash_types_are_skipped_and_counted(
    store: BankStore, tmp_path: Path
) -> None:
    rng = random.Random(3)
    rows = [
        ["hash_type", "hash_value"],
        ["SHA256", hexes(rng, 1)[0]],
        ["MD5", hexes(rng, 1, 128)[0]],
    ]
    bank = store.create_bank("tcap-sha", "sha256", negative=False, threshold=None, by="t")
    report = import_file(store, bank, write(tmp_path / "t.csv", rows), "tcap", by="t")
    assert (report.added, report.skipped) == (1, 1)
    assert "line 3" in report.first_problem


def test_lines_round_trip(store: BankStore, tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text("".join(h + "\n" for h in hexes(random.Random(4), 30)), encoding="utf-8")
    assert round_trip(store, "sha256", "lines", source, tmp_path) == source.read_text()


def test_clearsight_jsonl_round_trips_with_provenance_and_status(
    store: BankStore, tmp_path: Path
) -> None:
    bank = store.create_bank("texts", "text", negative=False, threshold=None, by="t")
    texts = tmp_path / "texts.txt"
    texts.write_text(
        "Glorb Lodge meets at the mill.\nZorblaxville fair is on Sunday.\n", encoding="utf-8"
    )
    import_file(store, bank, texts, "lines", by="ana")
    import_file(store, bank, texts, "lines", by="ben", label="recruitment")
    first = next(iter(store.entries(bank)))
    store.set_status(bank, first.id, DECONFIRMED, by="cara", note="fictional")
    exported = tmp_path / "bank.jsonl"
    export_file(store, bank, exported, "clearsight")
    copy = store.create_bank("copy", "text", negative=False, threshold=None, by="t")
    import_file(store, copy, exported, "clearsight", by="dan")
    again = tmp_path / "again.jsonl"
    export_file(store, copy, again, "clearsight")
    assert body(again) == body(exported)
    assert len(body(exported)[0]["provenance"]) == 2
    assert {e["status"] for e in body(exported)} == {"deconfirmed", "active"}


def body(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text().splitlines()[1:]]


def test_feedback_export_holds_only_deconfirmed_entries(store: BankStore, tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    values = hexes(random.Random(6), 5, 128)
    source.write_text("\n".join(values), encoding="utf-8")
    bank = store.create_bank("md5s", "md5", negative=False, threshold=None, by="t")
    import_file(store, bank, source, "lines", by="t")
    entry = next(e for e in store.entries(bank) if e.value == values[2])
    store.set_status(bank, entry.id, DECONFIRMED, by="t", note="")
    export_file(store, bank, tmp_path / "fb.txt", "lines", feedback=True)
    export_file(store, bank, tmp_path / "all.txt", "lines")
    assert (tmp_path / "fb.txt").read_text().split() == [values[2]]
    assert values[2] not in (tmp_path / "all.txt").read_text().split()
