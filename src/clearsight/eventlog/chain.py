"""Append to and verify the hash-chained event log.

Each event has a sequence number ``seq`` (1, 2, 3, ...) and
``hash = sha256(prev_hash + "\\n" + canonical_json(event))`` where the canonical JSON holds
``seq``, ``at``, ``kind``, ``actor``, ``subject`` and ``data`` with sorted keys, no whitespace,
UTF-8. The first event's ``prev_hash`` is ``GENESIS``. A one-row ``event_head`` table holds the
newest ``seq`` and hash and is updated in the same transaction as each append.

``verify`` detects: an edited field (the hash no longer matches), a deleted event (a gap in
``seq`` or a broken ``prev_hash`` link), reordered events (``seq`` out of id order, broken
links), and a deleted or rolled-back tail (the head names a later event than the table holds).

Limits: the chain is tamper-evident, not tamper-proof. Someone who can write the database can
recompute every hash after an edit and rewrite the head consistently; to catch that, record the
head hash ``verify`` prints somewhere outside the database (a printout, a notary, a second
machine) and compare it later. Deleting the whole log and the head together reads as an empty,
intact log unless such an outside record exists.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from clearsight.storage.sql.schema_review import event_head, events

GENESIS = "0" * 64
HEAD_ID = 1
MAX_FIELD = 80


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of the audit log. ``data`` holds ids, hashes and codes, never content."""

    id: int
    seq: int
    at: datetime
    kind: str
    actor: str
    subject: str
    data: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


@dataclass(frozen=True, slots=True)
class Verification:
    """The result of ``verify``: ``first_bad_id`` names the first event that fails."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    head_hash: str = GENESIS
    first_bad_seq: int | None = None


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no whitespace, UTF-8."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def event_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical(body)).hexdigest()


def _body(seq: int, at: str, kind: str, actor: str, subject: str, data: Any) -> dict[str, Any]:
    return {"seq": seq, "at": at, "kind": kind, "actor": actor, "subject": subject, "data": data}


def append(
    conn: Connection,
    kind: str,
    actor: str,
    subject: str,
    data: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> Event:
    """Append one event inside the caller's transaction (so it commits with the change)."""
    seq, prev = _advance_head(conn)
    when = (at or datetime.now(UTC)).astimezone(UTC)
    stamp = when.isoformat()
    values = {"kind": kind[:32], "actor": actor[:MAX_FIELD], "subject": subject[:MAX_FIELD]}
    payload = json.loads(canonical(data or {}))
    digest = event_hash(prev, _body(seq, stamp, data=payload, **values))
    row = {"seq": seq, "at": stamp, "data": canonical(payload).decode("utf-8"), **values}
    new_id = conn.execute(
        insert(events).values(prev_hash=prev, hash=digest, **row).returning(events.c.id)
    ).scalar_one()
    conn.execute(update(event_head).where(event_head.c.id == HEAD_ID).values(hash=digest))
    return Event(
        int(new_id),
        seq,
        when,
        values["kind"],
        values["actor"],
        values["subject"],
        payload,
        prev,
        digest,
    )


def _advance_head(conn: Connection) -> tuple[int, str]:
    """Bump the head's seq first: the write lock it takes serialises concurrent appends."""
    stmt = (
        update(event_head)
        .where(event_head.c.id == HEAD_ID)
        .values(seq=event_head.c.seq + 1)
        .returning(event_head.c.seq, event_head.c.hash)
    )
    row = conn.execute(stmt).first()
    if row is None:
        conn.execute(insert(event_head).values(id=HEAD_ID, seq=1, hash=GENESIS))
        return 1, GENESIS
    return int(row.seq), str(row.hash)


def to_event(row: Any) -> Event:
    return Event(
        id=int(row.id),
        seq=int(row.seq),
        at=datetime.fromisoformat(row.at),
        kind=row.kind,
        actor=row.actor,
        subject=row.subject,
        data=json.loads(row.data),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def verify(engine: Engine) -> Verification:
    """Walk the chain in id order; report the first event that does not check out."""
    with engine.connect() as conn:
        head = conn.execute(select(event_head).where(event_head.c.id == HEAD_ID)).first()
        rows = conn.execution_options(yield_per=1000).execute(select(events).order_by(events.c.id))
        prev, checked, last_id = GENESIS, 0, None
        for row in rows:
            reason = _check_row(row, checked + 1, prev)
            if reason:
                return Verification(False, checked, int(row.id), reason, prev, checked + 1)
            prev, checked, last_id = row.hash, checked + 1, int(row.id)
    return _check_head(head, checked, prev, last_id)


def _check_row(row: Any, expected_seq: int, prev: str) -> str:
    if row.seq != expected_seq:
        return f"sequence number {row.seq} where {expected_seq} was expected (deleted or moved)"
    if row.prev_hash != prev:
        return "previous-hash link broken (an earlier event was deleted, moved or edited)"
    try:
        body = _body(row.seq, row.at, row.kind, row.actor, row.subject, json.loads(row.data))
    except ValueError:
        return "data is not valid JSON (edited)"
    if event_hash(prev, body) != row.hash:
        return "hash does not match the event's fields (edited)"
    return ""


def _check_head(head: Any, checked: int, prev: str, last_id: int | None) -> Verification:
    head_seq, head_hash = (int(head.seq), str(head.hash)) if head else (0, GENESIS)
    if head_seq > checked:
        reason = f"event seq {checked + 1} is missing: the head names seq {head_seq} (deleted tail)"
        return Verification(False, checked, None, reason, prev, checked + 1)
    if head_seq < checked or head_hash != prev:
        reason = f"the head (seq {head_seq}) does not match the last event (edited)"
        return Verification(False, checked, last_id, reason, prev, checked)
    return Verification(True, checked, None, "", prev)


def record(
    engine: Engine,
    kind: str,
    actor: str,
    subject: str,
    data: dict[str, Any],
    *,
    at: datetime | None = None,
) -> Event:
    """Append one event in its own transaction (for changes that have none of their own)."""
    with engine.begin() as conn:
        return append(conn, kind, actor, subject, data, at=at)


def latest(engine: Engine, *, limit: int = 100, offset: int = 0) -> list[Event]:
    """Events newest first."""
    query = select(events).order_by(events.c.id.desc()).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [to_event(r) for r in conn.execute(query)]
