"""Bank and entry storage on SQLAlchemy Core.

An entry is unique per bank and value. Adding a value that is already there appends a
provenance row (who, from which list, when, which label) and changes nothing else: the first
label and status stay. Statuses: ``active`` (matches), ``confirmed`` (a curator checked it;
exempt from flood quarantine), ``deconfirmed`` (stops matching; exported as feedback) and
``quarantined`` (flood protection stopped it until a curator confirms or deconfirms it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import Engine, Row, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from clearsight.hashbank.bank_types import (
    ACTIVE,
    CONFIRMED,
    DECONFIRMED,
    KINDS,
    MATCHING,
    MAX_LABEL,
    NAME_RE,
    QUARANTINED,
    STATUSES,
    Added,
    Bank,
    BankError,
    Entry,
    NewEntry,
    normalise_value,
)
from clearsight.storage.sql.schema_banks import bank_entries, bank_hits, bank_provenance, banks

__all__ = [
    "ACTIVE",
    "CONFIRMED",
    "DECONFIRMED",
    "KINDS",
    "MATCHING",
    "QUARANTINED",
    "STATUSES",
    "Added",
    "Bank",
    "BankError",
    "BankStore",
    "Entry",
    "NewEntry",
    "normalise_value",
]

_CHUNK = 2_000


def _now() -> datetime:
    return datetime.now(UTC)


def deconfirm_entries(conn: Connection, entry_ids: Iterable[int], *, by: str, note: str) -> int:
    """Deconfirm entries inside the caller's transaction (a reversed complaint); how many."""
    ids = sorted(set(entry_ids))
    if not ids:
        return 0
    values = dict(status="deconfirmed", status_by=by, status_at=_now(), status_note=note)
    result = conn.execute(update(bank_entries).where(bank_entries.c.id.in_(ids)).values(values))
    return int(result.rowcount)


class BankStore:
    """Banks, entries, provenance and hits in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create_bank(
        self, name: str, kind: str, *, negative: bool, threshold: int | None, by: str
    ) -> Bank:
        if not NAME_RE.match(name):
            raise BankError(f"bank name {name!r}: use 1-64 letters, digits, '_', '.', '-'")
        if kind not in KINDS:
            raise BankError(f"bank {name}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
        row = dict(name=name, kind=kind, negative=negative, threshold=threshold)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(banks).values(**row, created_by=by, created_at=_now()))
        except IntegrityError as exc:
            raise BankError(f"bank {name} already exists") from exc
        return self.bank(name)

    def bank(self, name: str) -> Bank:
        with self.engine.connect() as conn:
            row = conn.execute(select(banks).where(banks.c.name == name)).first()
        if row is None:
            raise BankError(f"no bank named {name!r} (see 'clearsight bank list')")
        return _bank(row)

    def banks(self) -> list[Bank]:
        with self.engine.connect() as conn:
            return [_bank(r) for r in conn.execute(select(banks).order_by(banks.c.name))]

    def add_entries(self, bank: Bank, entries: Iterable[NewEntry]) -> Added:
        """Add entries in chunks; existing values only gain a provenance row."""
        added = existing = 0
        iterator = iter(entries)
        while chunk := list(islice(iterator, _CHUNK)):
            with self.engine.begin() as conn:
                new = _add_chunk(conn, bank, chunk)
            added, existing = added + new, existing + len(chunk) - new
        return Added(added, existing)

    def entries(self, bank: Bank, statuses: Sequence[str] = STATUSES) -> Iterator[Entry]:
        query = (
            select(bank_entries)
            .where(bank_entries.c.bank_id == bank.id, bank_entries.c.status.in_(statuses))
            .order_by(bank_entries.c.id)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield _entry(row)

    def entry(self, bank: Bank, entry_id: int) -> Entry:
        query = select(bank_entries).where(
            bank_entries.c.bank_id == bank.id, bank_entries.c.id == entry_id
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise BankError(f"bank {bank.name} has no entry {entry_id}")
        return _entry(row)

    def entries_by_id(self, ids: Iterable[int]) -> dict[int, Entry]:
        wanted = list(set(ids))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(bank_entries).where(bank_entries.c.id.in_(wanted)))
            return {r.id: _entry(r) for r in rows}

    def exact(self, bank_ids: Sequence[int], values: Sequence[str]) -> list[Entry]:
        """Entries of ``bank_ids`` whose value is one of ``values`` (any status)."""
        query = select(bank_entries).where(
            bank_entries.c.bank_id.in_(bank_ids), bank_entries.c.value.in_(values)
        )
        with self.engine.connect() as conn:
            return [_entry(r) for r in conn.execute(query)]

    def value_chunks(
        self, kind: str, *, after_id: int = 0, min_quality: int = 0
    ) -> Iterator[list[tuple[int, str]]]:
        """``(id, value)`` of every entry of every ``kind`` bank with ``id > after_id`` and
        quality unknown or ``>= min_quality``, in id order and chunks (any status)."""
        quality = bank_entries.c.quality
        query = (
            select(bank_entries.c.id, bank_entries.c.value)
            .join(banks, banks.c.id == bank_entries.c.bank_id)
            .where(banks.c.kind == kind, bank_entries.c.id > after_id)
            .where(quality.is_(None) | (quality >= min_quality))
            .order_by(bank_entries.c.id)
        )
        with self.engine.connect() as conn:
            result = conn.execute(query)
            while rows := result.fetchmany(_CHUNK * 25):
                yield [(int(i), str(v)) for i, v in rows]

    def provenance(self, entry_id: int) -> list[dict[str, Any]]:
        query = (
            select(bank_provenance)
            .where(bank_provenance.c.entry_id == entry_id)
            .order_by(bank_provenance.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def first_provenance(self, bank: Bank) -> dict[int, dict[str, Any]]:
        """Each entry's first provenance row, by entry id."""
        first = (
            select(func.min(bank_provenance.c.id))
            .join(bank_entries, bank_entries.c.id == bank_provenance.c.entry_id)
            .where(bank_entries.c.bank_id == bank.id)
            .group_by(bank_provenance.c.entry_id)
        )
        query = select(bank_provenance).where(bank_provenance.c.id.in_(first))
        with self.engine.connect() as conn:
            return {r.entry_id: dict(r._mapping) for r in conn.execute(query)}

    def set_status(self, bank: Bank, entry_id: int, status: str, *, by: str, note: str) -> Entry:
        self.entry(bank, entry_id)
        values = dict(status=status, status_by=by, status_at=_now(), status_note=note)
        with self.engine.begin() as conn:
            conn.execute(update(bank_entries).where(bank_entries.c.id == entry_id).values(values))
        return self.entry(bank, entry_id)

    def record_hit(self, entry_id: int, item_key: str, window: timedelta) -> int:
        """Record that ``item_key`` matched ``entry_id``; distinct items in the window."""
        now = _now()
        with self.engine.begin() as conn:
            seen = conn.execute(
                select(bank_hits.c.id).where(
                    bank_hits.c.entry_id == entry_id, bank_hits.c.item_key == item_key
                )
            ).first()
            if seen is None:
                conn.execute(
                    insert(bank_hits).values(entry_id=entry_id, item_key=item_key, hit_at=now)
                )
            count = select(func.count()).where(
                bank_hits.c.entry_id == entry_id, bank_hits.c.hit_at >= now - window
            )
            return int(conn.execute(count).scalar_one())

    def status_counts(self) -> dict[int, dict[str, int]]:
        query = select(bank_entries.c.bank_id, bank_entries.c.status, func.count()).group_by(
            bank_entries.c.bank_id, bank_entries.c.status
        )
        out: dict[int, dict[str, int]] = {}
        with self.engine.connect() as conn:
            for bank_id, status, n in conn.execute(query):
                out.setdefault(bank_id, {})[status] = int(n)
        return out


def _add_chunk(conn: Connection, bank: Bank, chunk: list[NewEntry]) -> int:
    values = [normalise_value(bank.kind, e.value) for e in chunk]
    before = _ids(conn, bank, values)
    now = _now()
    fresh: dict[str, NewEntry] = {}
    for value, e in zip(values, chunk, strict=True):
        if value not in before and value not in fresh:
            fresh[value] = e
    if fresh:
        conn.execute(insert(bank_entries), [_entry_row(bank, v, e, now) for v, e in fresh.items()])
    ids = before | _ids(conn, bank, list(fresh))
    rows = [_provenance_row(ids[v], e, now) for v, e in zip(values, chunk, strict=True)]
    conn.execute(insert(bank_provenance), rows)
    return len(fresh)


def _ids(conn: Connection, bank: Bank, values: list[str]) -> dict[str, int]:
    if not values:
        return {}
    query = select(bank_entries.c.value, bank_entries.c.id).where(
        bank_entries.c.bank_id == bank.id, bank_entries.c.value.in_(values)
    )
    return {v: int(i) for v, i in conn.execute(query)}


def _entry_row(bank: Bank, value: str, e: NewEntry, now: datetime) -> dict[str, Any]:
    return dict(
        bank_id=bank.id,
        value=value,
        label=e.label[:MAX_LABEL],
        status=e.status if e.status in STATUSES else ACTIVE,
        quality=e.quality,
        sketch=e.sketch,
        shingles=e.shingles,
        created_at=now,
    )


def _provenance_row(entry_id: int, e: NewEntry, now: datetime) -> dict[str, Any]:
    return dict(
        entry_id=entry_id,
        added_by=e.added_by[:64],
        source=e.source,
        label=e.label[:MAX_LABEL],
        note=e.note,
        meta=e.meta,
        added_at=e.added_at or now,
    )


def _bank(row: Row[Any]) -> Bank:
    return Bank(row.id, row.name, row.kind, bool(row.negative), row.threshold)


def _entry(row: Row[Any]) -> Entry:
    return Entry(
        row.id,
        row.bank_id,
        row.value,
        row.label,
        row.status,
        row.quality,
        row.created_at,
        row.sketch,
        row.shingles,
        row.status_by,
        row.status_note,
    )
