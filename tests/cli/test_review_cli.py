"""``clearsight user add``, ``token create`` and ``audit verify``: output and exit codes."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, delete, select, update

from clearsight import testing
from clearsight.cli.app import main
from clearsight.eventlog import latest, record, verify
from clearsight.review.service import ReviewService
from clearsight.storage.sql.schema_review import events
from clearsight.storage.sql.store import SqlStore


def cli(monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "argv", ["clearsight", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "review.db")


def test_user_add_generates_and_prints_a_password_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert cli(monkeypatch, "user", "add", "ada", "--role", "admin", "--db", db) == 0
    out = capsys.readouterr().out
    assert "user ada created" in out and "password (shown once): " in out
    password = out.split("password (shown once): ")[1].split()[0]
    assert len(password) >= 20
    store = SqlStore.open(f"sqlite:///{db}")
    service = ReviewService(store.engine, testing.contract_settings(Path(db).parent))
    assert service.authenticate("ada", password, client="test").role == "admin"


def test_user_add_reads_the_password_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str
) -> None:
    args = ["user", "add", "bo", "--role", "reviewer", "--password-stdin", "--db", db]
    assert cli(monkeypatch, *args, stdin="a fictional passphrase\n") == 0
    assert "a fictional passphrase" not in capsys.readouterr().out
    assert cli(monkeypatch, *args, stdin="") == 2
    assert cli(monkeypatch, *args, stdin="another long passphrase\n") == 2  # exists
    assert "already exists" in capsys.readouterr().err
    assert cli(monkeypatch, "user", "add", "cy", "--role", "king", "--db", db) == 2


def test_token_create_prints_a_token_and_fails_for_unknown_users(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert cli(monkeypatch, "user", "add", "ana", "--role", "analyst", "--db", db) == 0
    capsys.readouterr()
    assert cli(monkeypatch, "token", "create", "ana", "--db", db) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(token) >= 40
    assert cli(monkeypatch, "token", "create", "nobody", "--db", db) == 2


def _logged(db: str, count: int) -> Engine:
    engine = SqlStore.open(f"sqlite:///{db}").engine
    for n in range(1, count + 1):
        record(engine, "claim", "ada", f"case:{n}", {"until": "2031-03-04T10:00:00+00:00"})
    return engine


def _swap_seq_2_and_3(conn: Connection) -> None:
    columns = [c.name for c in events.c if c.name != "id"]
    two, three = (conn.execute(select(events).where(events.c.seq == n)).one() for n in (2, 3))
    conn.execute(update(events).where(events.c.id == two.id).values(seq=-1))
    conn.execute(
        update(events).where(events.c.id == three.id).values({c: getattr(two, c) for c in columns})
    )
    conn.execute(
        update(events).where(events.c.id == two.id).values({c: getattr(three, c) for c in columns})
    )


TAMPERING: dict[str, Callable[[Connection], object]] = {
    "edit": lambda c: c.execute(
        update(events).where(events.c.seq == 2).values(data='{"until":"never"}')
    ),
    "delete_middle": lambda c: c.execute(delete(events).where(events.c.seq == 2)),
    "delete_last": lambda c: c.execute(delete(events).where(events.c.seq == 3)),
    "swap": _swap_seq_2_and_3,
}


def test_audit_verify_passes_an_intact_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str
) -> None:
    _logged(db, 3)
    assert cli(monkeypatch, "audit", "verify", "--db", db) == 0
    assert "ok: 3 events intact" in capsys.readouterr().out


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_audit_verify_fails_naming_the_tampered_event(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], db: str, how: str
) -> None:
    engine = _logged(db, 3)
    with engine.begin() as conn:
        TAMPERING[how](conn)
    found = verify(engine)
    assert not found.ok
    assert cli(monkeypatch, "audit", "verify", "--db", db) == 1
    out = capsys.readouterr().out
    assert "TAMPERED" in out and f"seq {found.first_bad_seq}" in out
    if how == "delete_last":
        assert found.first_bad_seq == 3
    else:
        assert found.first_bad_id is not None and f"event id {found.first_bad_id}" in out


def test_audit_verify_refuses_an_uninitialised_database(
    monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    assert cli(monkeypatch, "audit", "verify", "--db", db) == 1


def test_lexicon_add_with_a_database_records_a_hash_of_the_term(
    monkeypatch: pytest.MonkeyPatch, db: str, tmp_path: Path
) -> None:
    assert cli(monkeypatch, "init", "--db", db) == 0
    target = str(tmp_path / "mine.yaml")
    args = ["lexicon", "add", "blorptastic doom", "--lang", "en", "--category", "threat"]
    assert cli(monkeypatch, *args, "--file", target, "--db", db) == 0
    event = latest(SqlStore.open(f"sqlite:///{db}").engine)[0]
    assert event.kind == "lexicon_change" and "blorptastic" not in str(event.data)
