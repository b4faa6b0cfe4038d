"""``clearsight model evaluate`` on a benchmark CSV with the shipped fast tier.

Texts are fictional: mild insults of an invented captain (offensive) and village notices.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from clearsight.cli.app import main


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["clearsight", "model", "evaluate", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    captured = capsys.readouterr()
    return int(stop.value.code or 0), captured.out, captured.err


def write_cases(path: Path, extra: Sequence[Sequence[str]] = ()) -> Path:
    rows = []
    for i in range(25):
        rows.append([f"You dumb clown {i}, Captain Wobblesworth, what crap!", "abusive", "insult"])
        rows.append([f"The Quillhaven library opens at {i} o'clock.", "fine", "notice"])
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["test_case", "label_gold", "fn"])
        writer.writerows([*rows, *extra])
    return path


MAPPED = ["--text-field", "test_case", "--label-field", "label_gold"]
MAPPED += ["--map", "abusive=offensive", "--map", "fine=benign"]


def table_rows(out: str) -> list[list[str]]:
    """The body rows of the printed table, as stripped cells."""
    rows = [[c.strip() for c in line.split("│")[1:-1]] for line in out.splitlines()]
    return [row for row in rows if row]


def test_json_output_matches_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_cases(tmp_path / "cases.csv", [["Rain later.", "unclear", "notice"]] * 3)
    report = tmp_path / "metrics.json"
    args = [str(path), *MAPPED, "--by", "fn", "--only", "offensive", "--json", str(report)]
    code, out, _ = run(monkeypatch, capsys, *args)
    assert code == 0, out
    assert "50 rows, 3 skipped" in out and "skipped 3 rows with label 'unclear'" in out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["skipped"]["labels"] == {"unclear": 3}
    printed = table_rows(out)
    assert [row[0] for row in printed] == ["all", "und", "fn=insult", "fn=notice"]
    for name, label, n, pos, *cells in printed:
        metrics = data["slices"][name][label]
        assert [int(n), int(pos)] == [metrics["n"], metrics["positives"]]
        expected = [metrics[k] for k in ("roc_auc", "pr_auc", "f1", "ece")]
        assert cells == ["n/a" if x is None else f"{x:.3f}" for x in expected]
    assert data["slices"]["all"]["offensive"]["roc_auc"] > 0.9  # an easy set


def test_label_and_slice_values_are_printed_inert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = [["Rain later.", "[/i]\x1b[2J", "notice"]] + [["Sun.", "fine", "[/b]"]] * 20
    path = write_cases(tmp_path / "cases.csv", odd)
    code, out, _ = run(monkeypatch, capsys, str(path), *MAPPED, "--by", "fn")
    assert code == 0, out
    assert "skipped 1 row with label '[/i]\ufffd[2J'" in out and "\x1b" not in out
    assert "fn=[/b]" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--text-field", "tweet"], "no 'tweet' column; the columns are: 'test_case'"),
        (["--map", "abusive=hat"], "'hat' is not one of"),
        (["--only", "benign"], "benign is not scored"),
        (["--only", "toxic"], "'toxic': not one of"),
        (["--lang", "en", "--lang-field", "fn"], "not both"),
    ],
)
def test_user_errors_exit_2_and_say_why(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    path = write_cases(tmp_path / "cases.csv")
    code, _, err = run(monkeypatch, capsys, str(path), *MAPPED, *args)
    assert code == 2 and message in err
