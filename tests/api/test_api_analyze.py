"""POST /analyze runs the scan stages synchronously; logs carry ids and hashes, never text."""

from __future__ import annotations

import io
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from clearsight.analyze.lexicon import EXAMPLES
from clearsight.api import create_app
from clearsight.api.testkit import Workspace, clone, seed
from clearsight.config import Settings
from clearsight.testing import contract_settings as make_settings

REASONS: dict[str, Any] = {
    "facts_and_circumstances": "A fictional note on the Quillmarsh teapot fair.",
    "automated_detection": True,
    "legal_or_policy_ground": "Fictional rule 4",
    "redress": "Complain with the case reference.",
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return seed(make_settings(tmp_path_factory.mktemp("seed")), image=False)


@pytest.fixture
def workspace(seeded: Workspace, settings: Settings) -> Workspace:
    return clone(seeded, settings)


@pytest.fixture
def client(workspace: Workspace) -> TestClient:
    return TestClient(create_app(workspace.settings, service=workspace.service))


def _starter_phrase() -> str:
    """A harmless example of the lexicon analyzer that it flags as harmful."""
    for example in EXAMPLES:
        if example.text and any(not c.is_context for c in example.expect):
            return example.text
    pytest.skip("the lexicon analyzer ships no harmful-category example")


def test_analyze_text_returns_findings_and_stores_nothing(
    client: TestClient, workspace: Workspace
) -> None:
    text = _starter_phrase()
    before = workspace.store.counts()
    response = client.post(
        "/api/v1/analyze", json={"text": text}, headers=workspace.bearer("analyst")
    )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["findings"] and data["priority"] > 0
    assert all("@" not in f["analyzer"] and f["version"] for f in data["findings"])
    assert data["stored"] is False
    assert workspace.store.counts() == before


def test_analyze_can_store_when_asked(client: TestClient, workspace: Workspace) -> None:
    body = {"text": "A fictional Quillmarsh muffin review.", "store": True}
    response = client.post("/api/v1/analyze", json=body, headers=workspace.bearer("analyst"))
    item = response.json()["data"]["item"]
    assert response.json()["data"]["stored"] is True
    assert workspace.store.item(item["id"]).text == body["text"]


def test_analyze_an_uploaded_image(client: TestClient, workspace: Workspace) -> None:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 10)).save(out, format="PNG")
    files = {"image": ("pic.png", out.getvalue(), "image/png")}
    response = client.post("/api/v1/analyze", files=files, headers=workspace.bearer("analyst"))
    assert response.status_code == 200, response.text
    assert response.json()["data"]["item"]["kind"] == "image"
    bad = {"image": ("pic.png", b"not an image at all", "image/png")}
    refused = client.post("/api/v1/analyze", files=bad, headers=workspace.bearer("analyst"))
    assert refused.status_code == 400 and refused.json()["error"] == "bad_request"


def test_logs_of_analyze_and_decide_carry_ids_never_text(
    client: TestClient, workspace: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    secret_text = "Zorblat the fictional baker of Quillmarsh " + _starter_phrase()
    caplog.set_level(logging.DEBUG)
    analyzed = client.post(
        "/api/v1/analyze", json={"text": secret_text}, headers=workspace.bearer("analyst")
    ).json()["data"]
    case = workspace.cases[0]
    item_text = workspace.service.case_detail(case, viewer=workspace.users["admin"]).item.text
    decision = client.post(
        "/api/v1/decisions",
        json={"case_id": case, "outcome": "no_action", "reasons": REASONS},
        headers=workspace.bearer("reviewer"),
    ).json()["data"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert analyzed["item"]["id"] in logged
    assert f"decision {decision['id']}" in logged
    for content in (secret_text, "Zorblat", item_text, REASONS["facts_and_circumstances"]):
        assert content and str(content) not in logged
