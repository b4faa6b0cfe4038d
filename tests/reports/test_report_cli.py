"""``report transparency``, ``report sor-export``, ``retention run`` and ``audit decisions``."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from clearsight.cli.app import main
from clearsight.config import Settings
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World
from clearsight.storage.sql.schema import items

FROM_TO = ["--from", "2020-01-01", "--to", "2040-12-31"]


def cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["clearsight", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0)


def _decided(world: World, reasons: StatementOfReasons) -> None:
    world.clock.at = datetime.now(UTC)
    reviewer = world.user("rev_gale", "reviewer")
    for n, outcome in enumerate(["remove", "no_action"]):
        case = world.make_case(f"Fictional Marrowby Fen notice {n} of the Copper Lantern Society")
        world.service.decide(
            case, reviewer=reviewer, outcome=outcome, categories=["threat"], reasons=reasons
        )


def test_report_commands(
    monkeypatch: pytest.MonkeyPatch,
    world: World,
    settings: Settings,
    reasons: StatementOfReasons,
    tmp_path: Path,
) -> None:
    _decided(world, reasons)
    db = settings.db
    out = {k: tmp_path / f"report.{k}" for k in ("html", "csv", "json")}
    args = [f"--{k}={v}" for k, v in out.items()]
    assert cli(monkeypatch, "report", "transparency", *FROM_TO, *args, "--db", db) == 0
    assert json.loads(out["json"].read_text())["figures"]["decisions"] == 2
    assert out["csv"].read_text().startswith("section,key,value")
    assert "<svg" in out["html"].read_text()
    sor = tmp_path / "sor.jsonl"
    assert cli(monkeypatch, "report", "sor-export", *FROM_TO, "-o", str(sor), "--db", db) == 0
    lines = [json.loads(x) for x in sor.read_text().splitlines()]
    assert len(lines) == 1 and lines[0]["decision_visibility"]
    bad = ["--from", "2030-01-02", "--to", "2030-01-01"]
    assert cli(monkeypatch, "report", "transparency", *bad, "--db", db) == 2
    assert cli(monkeypatch, "audit", "decisions", "--since", "2020-01-01", "--db", db) == 0
    assert cli(monkeypatch, "audit", "verify", "--db", db) == 0


def test_retention_cli_dry_run_then_run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    world: World,
    settings: Settings,
    reasons: StatementOfReasons,
) -> None:
    _decided(world, reasons)
    old = datetime.now(UTC) - timedelta(days=400)
    with world.store.engine.begin() as conn:
        conn.execute(update(items).values(first_seen_at=old))
    db = settings.db
    assert cli(monkeypatch, "retention", "run", "--dry-run", "--db", db) == 0
    assert "would purge 2 items" in capsys.readouterr().out
    with world.store.engine.connect() as conn:
        assert None not in conn.execute(select(items.c.text)).scalars().all()
    assert cli(monkeypatch, "retention", "run", "--db", db) == 0
    assert "purged 2 items" in capsys.readouterr().out
    with world.store.engine.connect() as conn:
        assert set(conn.execute(select(items.c.text)).scalars()) == {None}
    assert cli(monkeypatch, "audit", "verify", "--db", db) == 0
