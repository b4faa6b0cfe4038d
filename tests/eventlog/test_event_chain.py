"""The hash-chained event log: appends link up; edits, deletions and reordering are detected."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import Engine, delete, select, update

from clearsight.config import Settings
from clearsight.eventlog import GENESIS, append, canonical, record, verify
from clearsight.storage.sql.schema_review import event_head, events
from clearsight.storage.sql.store import SqlStore


@pytest.fixture
def engine(settings: Settings) -> Engine:
    store = SqlStore.open(settings.db_url)
    for n in range(1, 6):
        record(store.engine, "decision", "ada", f"case:{n}", {"decision": n, "outcome": "remove"})
    return store.engine


def test_an_empty_log_is_intact(settings: Settings) -> None:
    result = verify(SqlStore.open(settings.db_url).engine)
    assert (result.ok, result.checked, result.head_hash) == (True, 0, GENESIS)


def test_the_hash_covers_the_previous_hash_and_canonical_json(engine: Engine) -> None:
    with engine.begin() as conn:
        event = append(conn, "login", "bo", "client:local", {"ok": True, "é": [1, 2]})
    body = {"seq": event.seq, "at": event.at.isoformat(), "kind": "login", "actor": "bo"}
    body |= {"subject": "client:local", "data": {"ok": True, "é": [1, 2]}}
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert canonical(body) == raw.encode("utf-8")
    expected = hashlib.sha256(event.prev_hash.encode() + b"\n" + raw.encode()).hexdigest()
    assert event.hash == expected and event.seq == 6
    result = verify(engine)
    assert (result.ok, result.checked, result.head_hash) == (True, 6, event.hash)


def _third_id(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(events.c.id).where(events.c.seq == 3)).scalar_one())


def test_an_edited_event_is_named(engine: Engine) -> None:
    bad = _third_id(engine)
    with engine.begin() as conn:
        conn.execute(
            update(events)
            .where(events.c.id == bad)
            .values(data='{"decision":3,"outcome":"no_action"}')
        )
    result = verify(engine)
    assert (result.ok, result.first_bad_id, result.checked) == (False, bad, 2)
    assert "edited" in result.reason


def test_an_edited_actor_is_named(engine: Engine) -> None:
    bad = _third_id(engine)
    with engine.begin() as conn:
        conn.execute(update(events).where(events.c.id == bad).values(actor="mallory"))
    assert verify(engine).first_bad_id == bad


def test_a_deleted_middle_event_is_detected(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(delete(events).where(events.c.id == _third_id(engine)))
    result = verify(engine)
    assert not result.ok and result.first_bad_seq == 3 and "seq" in result.reason
    assert result.first_bad_id == _id_of_seq(engine, 4)


def _id_of_seq(engine: Engine, seq: int) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(events.c.id).where(events.c.seq == seq)).scalar_one())


def test_a_deleted_last_event_is_detected(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(delete(events).where(events.c.seq == 5))
    result = verify(engine)
    assert not result.ok and result.first_bad_seq == 5 and "missing" in result.reason


def test_a_rewound_head_is_detected(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(update(event_head).values(seq=4))
    result = verify(engine)
    assert not result.ok and "head" in result.reason


def test_swapped_events_are_detected(engine: Engine) -> None:
    columns = [c for c in events.c if c.name != "id"]
    with engine.begin() as conn:
        rows = {r.id: r for r in conn.execute(select(events).where(events.c.seq.in_([2, 3])))}
        (a, ra), (b, rb) = sorted(rows.items())
        conn.execute(update(events).where(events.c.id == a).values(seq=-1))
        conn.execute(
            update(events)
            .where(events.c.id == b)
            .values({c.name: getattr(ra, c.name) for c in columns})
        )
        conn.execute(
            update(events)
            .where(events.c.id == a)
            .values({c.name: getattr(rb, c.name) for c in columns})
        )
    result = verify(engine)
    assert (result.ok, result.first_bad_id) == (False, a)


def test_appends_continue_the_chain_after_many_events(engine: Engine) -> None:
    for n in range(50):
        record(engine, "claim", "bo", f"case:{n}", {"n": n})
    result = verify(engine)
    assert result.ok and result.checked == 55
