"""The bank commands end to end, ``match --json``'s shape, exit codes, and scans that turn
bank matches into findings and top-priority cases."""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from clearsight.cli.app import main
from clearsight.eventlog import verify
from clearsight.pipeline.triage import triage
from clearsight.storage.sql.store import SqlStore
from clearsight.types import Category, Evidence, Finding


def cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["clearsight", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0)


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEARSIGHT_KEY_FILE", str(tmp_path / "k.key"))
    monkeypatch.setenv("CLEARSIGHT_USE_STARTER_LEXICON", "false")


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "banks.db")]


def poster(seed: int) -> Image.Image:
    rng = random.Random(seed)
    im = Image.linear_gradient("L").resize((320, 240)).convert("RGB")
    draw = ImageDraw.Draw(im)
    for _ in range(5):
        x, y, r = rng.randrange(320), rng.randrange(240), rng.randrange(30, 90)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in "rgb"))
    draw.text((8, 220), f"Wobbleton flyer {seed}", fill=(255, 255, 255))
    return im


def test_match_json_shape_and_suppression(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db: list[str],
) -> None:
    original, copy = tmp_path / "a.png", tmp_path / "b.jpg"
    poster(1).save(original)
    poster(1).resize((160, 120)).save(copy, quality=70)
    assert cli(monkeypatch, "bank", "create", "flyers", "--kind", "pdq", *db) == 0
    assert (
        cli(
            monkeypatch,
            "bank",
            "add",
            "flyers",
            str(original),
            "--label",
            "glorification",
            "--by",
            "ana",
            *db,
        )
        == 0
    )
    capsys.readouterr()
    assert cli(monkeypatch, "match", str(copy), "Nothing but a fictional note", "--json", *db) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [set(x) for x in lines] == [{"input", "matches", "suppressed_by"}] * 2
    [hit] = lines[0]["matches"]
    assert set(hit) == {"bank", "entry_id", "signal", "distance", "label"}
    assert (hit["bank"], hit["signal"], hit["label"]) == ("flyers", "pdq", "glorification")
    assert 0 <= hit["distance"] <= 31 and lines[1]["matches"] == []
    assert cli(monkeypatch, "bank", "create", "benign", "--kind", "pdq", "--negative", *db) == 0
    assert (
        cli(monkeypatch, "bank", "add", "benign", str(original), "--label", "news_reporting", *db)
        == 0
    )
    capsys.readouterr()
    assert cli(monkeypatch, "match", str(copy), "--json", *db) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["matches"] == [] and [s["bank"] for s in out["suppressed_by"]] == ["benign"]


def test_user_errors_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db: list[str],
) -> None:
    assert cli(monkeypatch, "bank", "create", "t", "--kind", "text", *db) == 0
    assert cli(monkeypatch, "bank", "create", "t", "--kind", "text", *db) == 2
    assert "already exists" in capsys.readouterr().err
    assert cli(monkeypatch, "bank", "create", "x", "--kind", "tmk", *db) == 2
    assert cli(monkeypatch, "bank", "add", "absent", "some text", "--label", "hate", *db) == 2
    assert cli(monkeypatch, "bank", "add", "t", "some text", "--label", "not_a_category", *db) == 2
    assert cli(monkeypatch, "bank", "import", "t", str(tmp_path / "none.csv"), *db) == 2
    assert cli(monkeypatch, "bank", "deconfirm", "t", "99", *db) == 2
    assert cli(monkeypatch, "hash", str(tmp_path / "none.png")) == 2
    assert cli(monkeypatch, "match", "x", "--bank", "absent", *db) == 2


def test_hash_prints_every_signal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.png"
    poster(2).save(path)
    assert cli(monkeypatch, "hash", str(path)) == 0
    fields = dict(f.split("=") for f in capsys.readouterr().out.strip().split("\t")[1:])
    assert set(fields) == {"pdq", "quality", "md5", "sha256"}
    assert len(fields["pdq"]) == 64 and int(fields["quality"]) >= 50


def scan_findings(
    tmp_path: Path, db: list[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> SqlStore:
    assert cli(monkeypatch, "scan", str(folder), "-q", *db) == 0
    return SqlStore.open(f"sqlite:///{tmp_path / 'banks.db'}")


def test_scanned_image_matching_an_md5_bank_opens_a_top_priority_case(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: list[str]
) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    poster(3).save(folder / "known.png")
    poster(4).save(folder / "other.png")
    assert cli(monkeypatch, "bank", "create", "known", "--kind", "md5", *db) == 0
    assert (
        cli(
            monkeypatch,
            "bank",
            "add",
            "known",
            str(folder / "known.png"),
            "--label",
            "designated_propaganda",
            *db,
        )
        == 0
    )
    store = scan_findings(tmp_path, db, monkeypatch, folder)
    [case] = store.cases(limit=10)
    assert case.priority == 10
    item = store.item(case.item_hash)
    [finding] = item.findings
    assert finding.analyzer == "hashbank_image" and finding.category == "designated_propaganda"
    details = finding.evidence["details"]
    assert details["bank"] == "known" and details["signal"] == "md5" and details["distance"] == 0
    assert details["label"] == "designated_propaganda" and details["entry_id"] == 1


def test_scanned_near_copy_matching_a_pdq_bank_opens_a_case(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: list[str]
) -> None:
    folder = tmp_path / "pics"
    folder.mkdir()
    original = tmp_path / "original.png"
    poster(5).save(original)
    poster(5).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(folder / "mirrored.jpg", quality=70)
    poster(6).save(folder / "unrelated.png")
    assert cli(monkeypatch, "bank", "create", "flyers", "--kind", "pdq", *db) == 0
    assert (
        cli(monkeypatch, "bank", "add", "flyers", str(original), "--label", "recruitment", *db) == 0
    )
    store = scan_findings(tmp_path, db, monkeypatch, folder)
    [case] = store.cases(limit=10)
    assert 3 <= case.priority < 10
    assert "recruitment" in case.categories


def test_triage_gives_exact_known_content_the_top_priority() -> None:
    def finding(exact: bool) -> Finding:
        details = {"bank": "b", "entry_id": 1, "exact_known_content": exact}
        return Finding("h", "hashbank_text", "1.0", Category.HATE, 0.6, Evidence(details=details))

    assert triage([finding(True)], threshold=3).priority == 10
    assert triage([finding(False)], threshold=3).priority < 10


def test_a_bank_export_is_an_audit_event_with_the_file_digest(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db: list[str]
) -> None:
    assert cli(monkeypatch, "bank", "create", "flyers", "--kind", "md5", *db) == 0
    picture = tmp_path / "p.png"
    poster(3).save(picture)
    assert cli(monkeypatch, "bank", "add", "flyers", str(picture), "--label", "threat", *db) == 0
    out = tmp_path / "flyers.jsonl"
    assert cli(monkeypatch, "bank", "export", "flyers", str(out), *db) == 0
    store = SqlStore.open(f"sqlite:///{tmp_path / 'banks.db'}")
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT kind, subject, data FROM events ORDER BY id DESC LIMIT 1"
        ).one()
    data = json.loads(row[2]) if isinstance(row[2], str) else row[2]
    assert (row[0], row[1]) == ("export", "bank:flyers")
    assert data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert verify(store.engine).ok
