"""Hash banks are readable through the API; values are hashes, and unknown banks are 404."""

from __future__ import annotations

import hashlib

from fastapi.testclient import TestClient

from clearsight.api import create_app
from clearsight.api.testkit import seed
from clearsight.config import Settings
from clearsight.hashbank.bank_types import NewEntry
from clearsight.hashbank.banks import BankStore


def test_banks_list_and_read(settings: Settings) -> None:
    ws = seed(settings, ("A fictional Quillmarsh kettle notice.",), image=False)
    store = BankStore(ws.store.engine)
    bank = store.create_bank(
        "quillmarsh-kettles", "sha256", negative=False, threshold=None, by="cli:test"
    )
    value = hashlib.sha256(b"fictional kettle poster").hexdigest()
    store.add_entries(bank, [NewEntry(value, "designated_propaganda", "test", "cli:test")])
    client = TestClient(create_app(settings, service=ws.service))
    headers = ws.bearer("analyst")
    listed = client.get("/api/v1/banks", headers=headers).json()["data"]
    assert [b["name"] for b in listed] == ["quillmarsh-kettles"]
    assert sum(listed[0]["entries"].values()) == 1
    read = client.get("/api/v1/banks/quillmarsh-kettles", headers=headers).json()["data"]
    assert [e["value"] for e in read["entries"]] == [value]
    missing = client.get("/api/v1/banks/nowhere", headers=headers)
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
