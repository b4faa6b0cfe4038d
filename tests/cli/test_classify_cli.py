"""``clearsight classify`` and ``clearsight model``: order, malformed lines, streaming."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from clearsight.analyze.classifier.api import LABELS, EvidenceSpan, Prediction
from clearsight.analyze.classifier.fast import load_fast
from clearsight.analyze.classifier.jsonl import classify_lines
from clearsight.cli.app import main


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    monkeypatch.setattr(sys, "argv", ["clearsight", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    out = capsys.readouterr().out
    assert int(stop.value.code or 0) == 0, out
    return out


TEXTS = [
    "The bake sale in Quillhaven starts at noon.",
    "You are a stupid idiot, Captain Wobblesworth.",
    "We condemn the attack by the Ember Covenant on Marrowby.",
]


def test_one_output_line_per_input_line_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"id": f"p{i}", "text": t}) for i, t in enumerate(TEXTS)]
    lines.insert(1, '{"id": "broken", "text": ')  # bad JSON
    lines.insert(3, '["not", "an object"]')
    lines.insert(4, json.dumps({"id": "n1", "body": "no text field"}))
    lines.insert(5, "")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "u", "text": "\xff"}\n')
    cli(monkeypatch, capsys, "classify", str(src), "-o", str(out), "--batch-size", "2")
    rows = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert len(rows) == len(lines) + 1
    good = [r for r in rows if "error" not in r]
    assert [r["id"] for r in good] == ["p0", "p1", "p2"]
    expected = load_fast().predict(TEXTS)
    for row, text, pred in zip(good, TEXTS, expected, strict=True):
        assert row["scores"] == pytest.approx(pred.scores, abs=1e-12)
        assert set(row["scores"]) == set(LABELS) and row["model"] == load_fast().label
        for ev in row["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(text)
    errors = [(r["line"], r["error"]) for r in rows if "error" in r]
    assert errors == [
        (2, "bad_json"),
        (4, "not_object"),
        (5, "missing_text"),
        (6, "blank_line"),
        (8, "invalid_utf8"),
    ]
    quarantine = [
        json.loads(x) for x in (tmp_path / "out.quarantine.jsonl").read_text().splitlines()
    ]
    assert [(q["line"], q["reason"]) for q in quarantine] == errors
    assert "Quillhaven" not in (tmp_path / "out.quarantine.jsonl").read_text()


class _Recorder:
    """A stand-in classifier that records batch sizes."""

    name, version = "recorder", "0"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        self.batches.append(len(texts))
        return [
            Prediction(dict.fromkeys(LABELS, 0.0), [EvidenceSpan(0, 1, "hate", 1.0)]) for _ in texts
        ]


def test_classification_streams_in_bounded_batches() -> None:
    lines = b"".join(b'{"id": %d, "text": "row %d"}\n' % (i, i) for i in range(5000))
    fh = io.BytesIO(lines)
    recorder = _Recorder()
    rows = classify_lines(fh, recorder, batch_size=100, limit=1000)
    first = next(rows)
    assert first[1]["id"] == 0
    assert fh.tell() < len(lines) // 10  # only the first batch was read
    assert sum(1 for _ in rows) == 4999
    assert max(recorder.batches) == 100


def test_model_evaluate_prints_metrics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "eval.jsonl"
    rows = []
    for i in range(30):
        rows.append(
            {
                "text": f"What a load of crap, you dumb ass clown number {i}!",
                "labels": ["offensive"],
                "lang": "en",
            }
        )
        rows.append(
            {
                "text": f"The library in Quillhaven opens at {i} o'clock.",
                "label": "benign",
                "lang": "en",
            }
        )
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    out = cli(monkeypatch, capsys, "model", "evaluate", str(path))
    assert "60 rows, 1 skipped" in out
    line = next(x for x in out.splitlines() if "all" in x and "offensive" in x)
    assert "ROC-AUC" in out and "n/a" in out  # no hate positives: undefined AUC
    assert float(line.split("│")[5]) > 0.9  # offensive ROC-AUC on an easy set


def test_model_check_prints_the_suite_table(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = cli(monkeypatch, capsys, "model", "check")
    assert "glorify_attack" in out and "overall" in out and " en " in out.replace("\n", " ")
