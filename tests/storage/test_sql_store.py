"""The SQL store: migrations match the schema, batches are idempotent, lookups fail clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from clearsight.errors import InputError, StorageError
from clearsight.storage.protocols import AnalyzedItem, Batch
from clearsight.storage.quarantine_file import write_quarantine_file
from clearsight.storage.sql.store import SqlStore
from clearsight.storage.sql.tables import metadata
from clearsight.types import (
    Category,
    ContentKind,
    Evidence,
    Finding,
    Item,
    Malformed,
    Provenance,
    Span,
    Triage,
)


def make_item(n: int, text: str, *, content_hash: str | None = None) -> Item:
    digest = content_hash or f"{n:064x}"
    return Item(digest, ContentKind.TEXT, Provenance("jsonl", "posts.jsonl", n, line=n), text)


def analyzed(item: Item, priority: float) -> AnalyzedItem:
    span = Span(0, 4, (item.text or "")[:4])
    finding = Finding(item.content_hash, "lexicon", "1.0", Category.THREAT, 0.7, Evidence((span,)))
    verdict = Triage(priority, ("threat 0.70",), (Category.THREAT,))
    return AnalyzedItem(item, (finding,), verdict, opens_case=priority >= 3)


@pytest.fixture
def store(tmp_path: Path) -> SqlStore:
    return SqlStore.open(f"sqlite:///{tmp_path / 'store.db'}")


def batch_of(store: SqlStore, items: list[Item], priorities: list[float], last: int) -> Batch:
    scan = store.start_scan()
    source = store.source_id("jsonl", "/data/posts.jsonl")
    bad = Malformed(Provenance("jsonl", "posts.jsonl", last, line=last), "bad_json", "col 3")
    return Batch(
        scan,
        checkpoints={source: last},
        new_items=[analyzed(i, p) for i, p in zip(items, priorities, strict=True)],
        sightings=[(source, i) for i in items],
        malformed=[(source, bad)],
    )


def test_migrations_build_exactly_the_declared_schema(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: SqlStore) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_replayed_batch_changes_nothing(store: SqlStore) -> None:
    items = [make_item(1, "alpha text"), make_item(2, "beta text")]
    batch = batch_of(store, items, [5.0, 1.0], last=3)
    first = store.write_batch(batch)
    again = store.write_batch(batch)
    assert (first.items_stored, first.sightings_stored, first.quarantined) == (2, 2, 1)
    assert first.cases_opened == 1
    assert (again.items_stored, again.sightings_stored, again.quarantined) == (0, 0, 0)
    assert store.counts() == {
        "items": 2,
        "sightings": 2,
        "findings": 2,
        "cases": 1,
        "quarantine": 1,
    }
    assert store.checkpoint(next(iter(batch.checkpoints))) == 3


def test_known_hashes_finds_only_stored_content(store: SqlStore) -> None:
    item = make_item(1, "alpha")
    store.write_batch(batch_of(store, [item], [0.0], last=2))
    assert store.known_hashes([item.content_hash, "f" * 64]) == {item.content_hash}


def test_cases_come_highest_priority_first(store: SqlStore) -> None:
    items = [make_item(n, f"text {n}") for n in (1, 2, 3)]
    store.write_batch(batch_of(store, items, [4.0, 9.5, 6.0], last=4))
    assert [c.priority for c in store.cases(limit=10)] == [9.5, 6.0, 4.0]
    assert len(store.cases(limit=2)) == 2


def test_item_view_carries_findings_sightings_and_case(store: SqlStore) -> None:
    item = make_item(7, "gamma words")
    store.write_batch(batch_of(store, [item], [8.0], last=8))
    view = store.item(item.content_hash[:8])
    assert view.text == "gamma words"
    assert view.findings[0].evidence["spans"][0] == {"start": 0, "end": 4, "text": "gamm"}
    assert view.sightings[0].line == 7 and view.sightings[0].path == "/data/posts.jsonl"
    assert view.case is not None and view.case.priority == 8.0


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("abc", "at least 6"),
        ("zzzzzzzz", "at least 6"),
        ("123456", "no item"),
        ("0000000", "ambiguous"),
    ],
)
def test_item_lookup_errors_say_why(store: SqlStore, given: str, message: str) -> None:
    items = [make_item(1, "a"), make_item(2, "b")]
    store.write_batch(batch_of(store, items, [0.0, 0.0], last=3))
    with pytest.raises(InputError, match=message):
        store.item(given)


def test_quarantine_file_mirrors_the_table(store: SqlStore, tmp_path: Path) -> None:
    store.write_batch(batch_of(store, [make_item(1, "a")], [0.0], last=2))
    target = tmp_path / "q" / "quarantine.jsonl"
    assert write_quarantine_file(store.quarantine_rows(), target) == 1
    row = json.loads(target.read_text(encoding="utf-8"))
    assert (row["reason"], row["line"], row["source"]) == ("bad_json", 2, "jsonl")


def test_opening_an_uninitialised_database_without_create_fails(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="clearsight init"):
        SqlStore.open(f"sqlite:///{tmp_path / 'empty.db'}", create=False)
