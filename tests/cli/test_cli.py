"""The command line: exit codes 0/1/2, messages that name the problem, hostile text made inert."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clearsight.cli.app import main
from clearsight.cli.common import console, safe


def cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["clearsight", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0)


@pytest.fixture(autouse=True)
def fictional_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Scans in these tests use a made-up lexicon, not the starter list."""
    lexicon = tmp_path / "fictional.yaml"
    lexicon.write_text(
        "name: fictional\nversion: '1'\nsource: written for this test\nentries:\n"
        "  - {term: join the glorbs, lang: en, category: recruitment, weight: 0.9}\n"
        "  - {term: zorblax must fall, lang: en, category: incitement, weight: 0.9}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("CLEARSIGHT_LEXICONS", str(lexicon))
    monkeypatch.setenv("CLEARSIGHT_USE_STARTER_LEXICON", "false")


@pytest.fixture
def db_args(tmp_path: Path) -> list[str]:
    return ["--db", str(tmp_path / "cli.db")]


@pytest.fixture
def posts(tmp_path: Path) -> Path:
    path = tmp_path / "posts.jsonl"
    lines = [
        json.dumps({"id": 1, "text": "an ordinary post about the weather"}),
        json.dumps({"id": 2, "text": "Friends, zorblax must fall: join the glorbs today"}),
        "{not json",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def key_args(tmp_path: Path) -> list[str]:
    return ["--key-file", str(tmp_path / "k.key")]


def test_init_scan_list_show(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db_args: list[str],
    posts: Path,
) -> None:
    assert cli(monkeypatch, "init", *db_args, *key_args(tmp_path)) == 0
    assert (tmp_path / "k.key").stat().st_mode & 0o777 == 0o600
    assert cli(monkeypatch, "scan", str(posts), *db_args, *key_args(tmp_path), "-q") == 0
    out = capsys.readouterr().out
    assert "read 3 = stored 2 + duplicates 0 + quarantined 1" in out
    assert cli(monkeypatch, "cases", "list", *db_args, "--json") == 0
    cases = json.loads(capsys.readouterr().out)
    assert cases and "recruitment" in cases[0]["categories"]
    assert cli(monkeypatch, "items", "show", cases[0]["item_id"], *db_args) == 0
    shown = capsys.readouterr().out
    assert "join the glorbs" in shown and "lexicon@" in shown


def test_user_errors_exit_2_and_name_the_problem(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db_args: list[str],
) -> None:
    missing = tmp_path / "absent.jsonl"
    assert cli(monkeypatch, "scan", str(missing), *db_args, *key_args(tmp_path)) == 2
    assert f"{missing}: no such file" in capsys.readouterr().err
    assert cli(monkeypatch, "items", "show", "abc", *db_args) in (1, 2)
    assert cli(monkeypatch, "scan") == 2  # missing argument: a usage error
    assert cli(monkeypatch, "cases", "list", "--limit", "0", *db_args) == 2


def test_reading_an_uninitialised_database_says_to_run_init(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db_args: list[str]
) -> None:
    assert cli(monkeypatch, "cases", "list", *db_args) == 1
    assert "clearsight init" in capsys.readouterr().err


def test_plugins_lists_builtins(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(monkeypatch, "plugins") == 0
    out = capsys.readouterr().out
    for name in ("jsonl", "telegram", "images", "standard", "lexicon"):
        assert name in out


def test_lexicon_add_then_list_and_refuse_duplicate(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mine.yaml"
    args = [
        "lexicon",
        "add",
        "blorptastic doom",
        "--lang",
        "en",
        "--category",
        "threat",
        "--weight",
        "0.6",
        "--file",
        str(target),
    ]
    assert cli(monkeypatch, *args) == 0
    assert cli(monkeypatch, *args) == 2
    assert "already holds" in capsys.readouterr().err
    assert cli(monkeypatch, "lexicon", "list", "--file", str(target)) == 0
    assert "blorptastic doom" in capsys.readouterr().out


def test_safe_display_neutralises_terminal_escapes_and_bidi() -> None:
    hostile = "ok\x1b[2J\x1b]0;title\x07 \u202eevil"
    shown = safe(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert safe("a" * 50, 10) == "a" * 9 + "…"


def test_hostile_markup_in_content_is_printed_literally(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    db_args: list[str],
) -> None:
    path = tmp_path / "hostile.jsonl"
    path.write_text(
        json.dumps({"text": "[bold red]zorblax must fall[/] [link=http://x]y[/link]"}) + "\n"
    )
    assert cli(monkeypatch, "scan", str(path), *db_args, *key_args(tmp_path), "-q") == 0
    capsys.readouterr()
    monkeypatch.setattr(console, "width", 250)  # one table row per line
    assert cli(monkeypatch, "cases", "list", *db_args) == 0
    assert "[bold red]zorblax must fall[/]" in capsys.readouterr().out
