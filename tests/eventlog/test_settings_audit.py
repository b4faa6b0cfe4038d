"""Settings changes become events: first run records all, later runs only what changed."""

from __future__ import annotations

from pathlib import Path

from clearsight.eventlog import latest, verify
from clearsight.eventlog.settings_audit import KIND, audit_settings
from clearsight.storage.sql.store import SqlStore
from clearsight.testing import contract_settings


def test_changes_are_recorded_once_and_named(tmp_path: Path) -> None:
    settings = contract_settings(tmp_path)
    store = SqlStore.open(settings.db_url)
    assert "case_threshold" in audit_settings(store.engine, settings, "cli:test")
    assert audit_settings(store.engine, settings, "cli:test") == []
    changed = settings.model_copy(update={"case_threshold": 4.5})
    assert audit_settings(store.engine, changed, "cli:test") == ["case_threshold"]
    newest = latest(store.engine, limit=1)[0]
    assert newest.kind == KIND and newest.data["changed"] == {"case_threshold": 4.5}
    assert len([e for e in latest(store.engine) if e.kind == KIND]) == 2
    assert verify(store.engine).ok
