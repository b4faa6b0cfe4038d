"""Training rows: leakage guard, deterministic stratified split, duplicates kept together."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from clearsight.training import data
from clearsight.training.data import Row, load_rows, split_rows, text_digest

PREPARE = """
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
rows = json.loads(pathlib.Path(__file__).with_name("rows.json").read_text())
(out / "toy.jsonl").write_text("".join(json.dumps(r) + "\\n" for r in rows))
"""


def _toy_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(200):
        label = ["benign", "offensive"][i % 2]
        text = f"Note {i} from the Quillhaven allotment society" + (" you fool" * (i % 2))
        rows.append({"id": f"toy:{i}", "text": text, "labels": [label], "lang": "en"})
    rows.append(
        {
            "id": "toy:dup",
            "text": "  NOTE 0 from the Quillhaven allotment society ",
            "labels": ["benign"],
            "lang": "en",
        }
    )
    rows.append(
        {
            "id": "toy:held",
            "text": "A held-out sentence about Marrowby.",
            "labels": ["hate"],
            "lang": "en",
        }
    )
    return rows


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "prepare.py").write_text(PREPARE, encoding="utf-8")
    (folder / "rows.json").write_text(json.dumps(_toy_rows()), encoding="utf-8")
    digest = text_digest("a HELD-OUT  sentence about marrowby.")
    (folder / "heldout_sha256.txt").write_text(f"{'0' * 64}\n{digest}\n", encoding="ascii")
    monkeypatch.setattr(data, "written_rows", lambda seed: [])
    return folder


def test_leakage_guard_drops_held_out_texts(data_dir: Path) -> None:
    splits = load_rows(data_dir, seed=7)
    every = splits.train + splits.valid + splits.test
    assert len(every) == 201
    assert "toy:held" not in {r.id for r in every}


def test_split_is_deterministic_stratified_and_keeps_duplicates_together(data_dir: Path) -> None:
    a, b, c = (load_rows(data_dir, seed=s) for s in (7, 7, 8))
    assert a == b and a != c
    place = {r.id: name for name in ("train", "valid", "test") for r in getattr(a, name)}
    assert place["toy:0"] == place["toy:dup"]
    for split, share in ((a.valid, 0.1), (a.test, 0.1)):
        counts = Counter(k for r in split for k, v in r.labels.items() if v)
        assert abs(counts["offensive"] - 100 * share) <= 1


def test_written_frames_stay_in_one_split() -> None:
    frames = ["The {g} is praised in {t} today.", "Nobody in {t} trusts the {g} any more."]
    rows = [
        Row(
            f.format(g=g, t=t),
            {"violent_extremist": k, "hate": 0, "offensive": 0, "counter_speech": 0},
            "en",
            "w",
            f"clearsight-written:en-x-{n}",
        )
        for k, f in enumerate(frames)
        for n, (g, t) in enumerate(
            (g, t) for g in ("Ash Owls", "Tin Moles") for t in ("Quillby", "Marrow Fen")
        )
    ]
    splits = split_rows(rows * 10, seed=3)
    for frame in ("praised", "trusts"):
        homes = {
            name
            for name in ("train", "valid", "test")
            for r in getattr(splits, name)
            if frame in r.text
        }
        assert len(homes) == 1
