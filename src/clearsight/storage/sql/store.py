"""SqlStore: the Store protocol on SQLAlchemy Core (SQLite by default, PostgreSQL too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, Insert, Table, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from clearsight.errors import InputError, StorageError
from clearsight.storage.protocols import (
    AnalyzedItem,
    Batch,
    BatchResult,
    ItemView,
    QuarantineRow,
    Sighting,
    StoredFinding,
)
from clearsight.storage.sql import rows
from clearsight.storage.sql.engine import is_current, make_engine, migrate
from clearsight.storage.sql.schema import (
    cases,
    checkpoints,
    findings,
    items,
    media,
    quarantine,
    scans,
    sightings,
    sources,
)
from clearsight.types import Case, MediaRef

MIN_PREFIX = 6


def _now() -> datetime:
    return datetime.now(UTC)


class SqlStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> SqlStore:
        """Open ``url``, migrating it to the newest schema when ``create`` is set."""
        engine = make_engine(url)
        if create:
            migrate(engine)
        elif not is_current(engine):
            raise StorageError(f"{url}: not initialised or outdated; run 'clearsight init'")
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- scan bookkeeping ---------------------------------------------------------------

    def source_id(self, plugin: str, path: str) -> int:
        with self.engine.begin() as conn:
            stmt = self._insert_ignore(sources).values(
                plugin=plugin, path=path, first_seen_at=_now()
            )
            conn.execute(stmt)
            query = select(sources.c.id).where(sources.c.plugin == plugin, sources.c.path == path)
            return int(conn.execute(query).scalar_one())

    def checkpoint(self, source_id: int) -> int:
        with self.engine.connect() as conn:
            query = select(checkpoints.c.position).where(checkpoints.c.source_id == source_id)
            return int(conn.execute(query).scalar() or 0)

    def start_scan(self, *, supersede: bool = True) -> int:
        """A new scan row. With ``supersede`` (a CLI scan), scans still marked running are
        marked interrupted: one scanner at a time writes a database. The API's one-item
        "scans" pass False so as not to mislabel a scan running beside the server."""
        with self.engine.begin() as conn:
            if supersede:
                stale = update(scans).where(scans.c.status == "running")
                conn.execute(stale.values(status="interrupted"))
            stmt = scans.insert().values(started_at=_now(), status="running", counts={})
            return int(conn.execute(stmt.returning(scans.c.id)).scalar_one())

    def finish_scan(self, scan_id: int, counts: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(scans)
                .where(scans.c.id == scan_id)
                .values(status="done", finished_at=_now(), counts=counts)
            )

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found.update(
                    conn.execute(select(items.c.hash).where(items.c.hash.in_(chunk))).scalars()
                )
        return found

    # -- the batch transaction ----------------------------------------------------------

    def write_batch(self, batch: Batch) -> BatchResult:
        """Write a batch and its checkpoints in one transaction; replays are no-ops."""
        now, scan = _now(), batch.scan_id
        with self.engine.begin() as conn:
            new = self._write_items(conn, batch.new_items, now)
            fresh = [a for a in batch.new_items if a.item.content_hash in new]
            opened = self._write_cases(conn, fresh, now)
            seen_rows = [rows.sighting(scan, src, item) for src, item in batch.sightings]
            bad_rows = [rows.quarantine(scan, src, bad, now) for src, bad in batch.malformed]
            seen = self._insert_rows(conn, sightings, seen_rows)
            bad = self._insert_rows(conn, quarantine, bad_rows)
            self._save_checkpoints(conn, batch, now)
        return BatchResult(len(new), seen, bad, opened)

    def _write_items(
        self, conn: Connection, analyzed: list[AnalyzedItem], now: datetime
    ) -> set[str]:
        if not analyzed:
            return set()
        hashes = [a.item.content_hash for a in analyzed]
        present = set(conn.execute(select(items.c.hash).where(items.c.hash.in_(hashes))).scalars())
        fresh = [a for a in analyzed if a.item.content_hash not in present]
        if not fresh:
            return set()
        conn.execute(items.insert(), [rows.item(a.item, now) for a in fresh])
        media_rows = [rows.media(a.item, m) for a in fresh for m in a.item.media]
        if media_rows:
            conn.execute(self._insert_ignore(media), media_rows)
        finding_rows = [rows.finding(f, now) for a in fresh for f in a.findings]
        if finding_rows:
            conn.execute(findings.insert(), finding_rows)
        return {a.item.content_hash for a in fresh}

    def _write_cases(self, conn: Connection, analyzed: list[AnalyzedItem], now: datetime) -> int:
        case_rows = [rows.case(a, now) for a in analyzed if a.opens_case]
        if case_rows:
            conn.execute(cases.insert(), case_rows)
        return len(case_rows)

    def _insert_rows(self, conn: Connection, table: Table, values: list[dict[str, Any]]) -> int:
        if not values:
            return 0
        result = conn.execute(self._insert_ignore(table), values)
        return int(result.rowcount)

    def _save_checkpoints(self, conn: Connection, batch: Batch, now: datetime) -> None:
        for source_id, position in batch.checkpoints.items():
            values = {"position": position, "scan_id": batch.scan_id, "updated_at": now}
            stmt = self._upsert(checkpoints).values(source_id=source_id, **values)
            conn.execute(stmt.on_conflict_do_update(index_elements=["source_id"], set_=values))

    def _insert_ignore(self, table: Table) -> Insert:
        stmt: Insert = self._upsert(table).on_conflict_do_nothing()
        return stmt

    def _upsert(self, table: Table) -> Any:
        name = self.engine.dialect.name
        if name == "sqlite":
            return sqlite.insert(table)
        if name == "postgresql":
            return postgresql.insert(table)
        raise StorageError(f"database dialect {name!r} is not supported (use SQLite or PostgreSQL)")

    # -- reading ------------------------------------------------------------------------

    def cases(self, *, limit: int, status: str | None = "open") -> list[Case]:
        query = select(cases).order_by(cases.c.priority.desc(), cases.c.created_at, cases.c.id)
        if status is not None:
            query = query.where(cases.c.status == status)
        with self.engine.connect() as conn:
            return [rows.to_case(r) for r in conn.execute(query.limit(limit)).mappings()]

    def texts(self, hashes: Iterable[str]) -> dict[str, str | None]:
        """The stored text of each item, by hash (for queue previews)."""
        query = select(items.c.hash, items.c.text).where(items.c.hash.in_(list(hashes)))
        with self.engine.connect() as conn:
            return {row[0]: row[1] for row in conn.execute(query)}

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in (items, sightings, findings, cases, quarantine)
            }

    def item(self, id_or_prefix: str) -> ItemView:
        with self.engine.connect() as conn:
            row = self._find_item(conn, id_or_prefix)
            item_hash = row["hash"]
            return ItemView(
                hash=item_hash,
                kind=row["kind"],
                text=row["text"],
                title=row["title"],
                url=row["url"],
                lang=row["lang"],
                first_seen_at=row["first_seen_at"],
                sightings=self._sightings(conn, item_hash),
                media=self._media(conn, item_hash),
                findings=self._findings(conn, item_hash),
                case=self._case(conn, item_hash),
            )

    def _find_item(self, conn: Connection, prefix: str) -> Any:
        key = prefix.strip().lower()
        if len(key) < MIN_PREFIX or not all(c in "0123456789abcdef" for c in key):
            raise InputError(f"{prefix!r}: an item id is at least {MIN_PREFIX} hex characters")
        query = select(items).where(items.c.hash.startswith(key, autoescape=True)).limit(2)
        found = conn.execute(query).mappings().all()
        if not found:
            raise InputError(f"no item with id {prefix!r}")
        if len(found) > 1:
            raise InputError(f"item id {prefix!r} is ambiguous; give more characters")
        return found[0]

    def _sightings(self, conn: Connection, item_hash: str) -> list[Sighting]:
        query = (
            select(sightings, sources.c.plugin, sources.c.path)
            .join(sources, sources.c.id == sightings.c.source_id)
            .where(sightings.c.item_hash == item_hash)
            .order_by(sightings.c.id)
        )
        return [rows.to_sighting(r) for r in conn.execute(query).mappings()]

    def _media(self, conn: Connection, item_hash: str) -> list[MediaRef]:
        query = select(media).where(media.c.item_hash == item_hash).order_by(media.c.id)
        return [rows.to_media(r) for r in conn.execute(query).mappings()]

    def _findings(self, conn: Connection, item_hash: str) -> list[StoredFinding]:
        query = select(findings).where(findings.c.item_hash == item_hash).order_by(findings.c.id)
        return [rows.to_finding(r) for r in conn.execute(query).mappings()]

    def _case(self, conn: Connection, item_hash: str) -> Case | None:
        row = conn.execute(select(cases).where(cases.c.item_hash == item_hash)).mappings().first()
        return rows.to_case(row) if row else None

    def quarantine_rows(self) -> Iterator[QuarantineRow]:
        query = (
            select(quarantine, sources.c.plugin, sources.c.path)
            .join(sources, sources.c.id == quarantine.c.source_id)
            .order_by(quarantine.c.id)
        )
        with self.engine.connect() as conn:
            for r in conn.execution_options(yield_per=1000).execute(query).mappings():
                yield rows.to_quarantine(r)
