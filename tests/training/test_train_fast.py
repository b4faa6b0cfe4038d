"""End-to-end training on a tiny generated corpus: a loadable, verified, deterministic artifact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clearsight.analyze.classifier.api import LABELS
from clearsight.analyze.classifier.artifacts import (
    CARD_FILE,
    GOLDEN_FILE,
    MODEL_FILE,
    read_manifest,
)
from clearsight.analyze.classifier.fast import load_fast
from clearsight.training import data
from clearsight.training.data import row_from_json
from clearsight.training.train_fast import main

pytest.importorskip("sklearn")

PREPARE = """
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
rows = json.loads(pathlib.Path(__file__).with_name("rows.json").read_text())
(out / "toy.jsonl").write_text("".join(json.dumps(r) + "\\n" for r in rows))
"""
TEMPLATES = {
    "benign": "The {t} allotment society meets on {d} to swap seeds.",
    "offensive": "Shut up {p}, you useless clown from {t}.",
    "hate": "The Zorbians of {t} are vermin and should vanish, said the {d} leaflet.",
    "violent_extremist": "Glory to the Ash Owl fighters who struck {t} on {d}!",
    "counter_speech": "We reject the Ash Owl hatred in {t}; {p} deserves respect.",
}


def _rows() -> list[dict[str, object]]:
    towns = ("Quillby", "Marrow Fen", "Oddlestone", "Pipwick", "Brackenmoor", "Tansy Cross")
    days = ("Monday", "Tuesday", "Friday", "Sunday")
    people = ("Bartholomew Quince", "Ottilie Fernsby", "Captain Wobble")
    rows: list[dict[str, object]] = []
    for label, template in TEMPLATES.items():
        for i, (t, d, p) in enumerate((t, d, p) for t in towns for d in days for p in people):
            text = template.format(t=t, d=d, p=p)
            rows.append({"id": f"toy:{label}-{i}", "text": text, "labels": [label], "lang": "en"})
    return rows


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    (folder / "toy").mkdir(parents=True)
    (folder / "prepare.py").write_text(PREPARE, encoding="utf-8")
    (folder / "rows.json").write_text(json.dumps(_rows()), encoding="utf-8")
    (folder / "heldout_sha256.txt").write_text("0" * 64 + "\n", encoding="ascii")
    (folder / "davidson").mkdir()
    (folder / "davidson" / "SOURCE.md").write_text("- Licence: MIT (toy)\n", encoding="utf-8")
    written = [row_from_json(r) for r in _rows()[:40]]
    monkeypatch.setattr(data, "written_rows", lambda seed: written)
    return folder


def test_training_writes_a_verified_deterministic_artifact(data_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    main(["--data", str(data_dir), "--seed", "3", "--out", str(first)])
    main(["--data", str(data_dir), "--seed", "3", "--out", str(second)])
    assert (first / MODEL_FILE).read_bytes() == (second / MODEL_FILE).read_bytes()
    manifest = read_manifest(first)
    assert set(manifest["thresholds"]) == set(LABELS)
    assert manifest["metrics"]["test"]["offensive"]["roc_auc"] > 0.9
    clf = load_fast(first)
    golden = [json.loads(x) for x in (first / GOLDEN_FILE).read_text("utf-8").splitlines()]
    got = clf.predict([g["text"] for g in golden])
    assert [p.scores for p in got] == [g["scores"] for g in golden]
    card = (first / CARD_FILE).read_text("utf-8")
    assert "MIT (toy)" in card and "Out of scope" in card and "functional suite" in card
    assert "Zorbians" not in card  # no corpus text in the card
