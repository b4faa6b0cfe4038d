"""Every API route × every role: allowed or 403; without credentials 401."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from clearsight.api import create_app
from clearsight.api.testkit import Workspace, clone, seed
from clearsight.config import Settings
from clearsight.review.models import ROLES, StatementOfReasons
from clearsight.testing import contract_settings as make_settings

REASONS: dict[str, Any] = {
    "facts_and_circumstances": "A fictional post about the Grey Kettle fair in Quillmarsh.",
    "automated_detection": True,
    "legal_or_policy_ground": "Fictional community rule 4 (threats)",
    "redress": "Contest with the case reference.",
}
PUBLIC = {("POST", "/api/v1/session"), ("POST", "/api/v1/complaints")}


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    allowed: frozenset[str]
    body: Callable[[str, Workspace], dict[str, Any] | None] = lambda role, ws: None

    def url(self, ws: Workspace) -> str:
        return self.path.format(case=ws.cases[0], name="learner")


def _decision(role: str, ws: Workspace) -> dict[str, Any]:
    return {"case_id": ws.cases[0], "outcome": "no_action", "categories": [], "reasons": REASONS}


CALLS = (
    Call("GET", "/api/v1/me", frozenset(ROLES)),
    Call("DELETE", "/api/v1/session", frozenset(ROLES)),
    Call(
        "POST",
        "/api/v1/users",
        frozenset({"admin"}),
        lambda role, ws: {"name": f"new-{role}", "role": "learner", "password": "x" * 16},
    ),
    Call("POST", "/api/v1/users/{name}/tokens", frozenset({"admin"})),
    Call(
        "POST",
        "/api/v1/analyze",
        frozenset({"analyst", "admin"}),
        lambda role, ws: {"text": "A fictional Quillmarsh muffin recipe."},
    ),
    Call("GET", "/api/v1/items/{case}", frozenset({"reviewer", "analyst", "admin"})),
    Call("GET", "/api/v1/cases", frozenset({"reviewer", "analyst", "admin"})),
    Call("GET", "/api/v1/cases/{case}", frozenset({"reviewer", "analyst", "admin"})),
    Call("POST", "/api/v1/cases/{case}/claim", frozenset({"reviewer"})),
    Call("POST", "/api/v1/cases/{case}/release", frozenset({"reviewer"})),
    Call("POST", "/api/v1/decisions", frozenset({"reviewer"}), _decision),
    Call(
        "POST",
        "/api/v1/decisions/bulk",
        frozenset({"reviewer"}),
        lambda role, ws: {"case_ids": [9999], "outcome": "no_action", "reasons": REASONS},
    ),
    Call(
        "POST",
        "/api/v1/decisions/9999/second-review",
        frozenset({"reviewer"}),
        lambda role, ws: {"approve": True, "note": "fine"},
    ),
    Call("GET", "/api/v1/complaints", frozenset({"reviewer"})),
    Call(
        "POST",
        "/api/v1/complaints/9999/decision",
        frozenset({"reviewer"}),
        lambda role, ws: {"outcome": "uphold", "reasons": "The rule applies."},
    ),
    Call("GET", "/api/v1/exposure", frozenset({"reviewer"})),
    Call("GET", "/api/v1/events", frozenset({"auditor", "admin"})),
    Call("GET", "/api/v1/banks", frozenset({"reviewer", "analyst", "admin"})),
    Call("GET", "/api/v1/banks/{name}", frozenset({"reviewer", "analyst", "admin"})),
)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return seed(make_settings(tmp_path_factory.mktemp("seed")), image=False)


@pytest.fixture
def workspace(seeded: Workspace, settings: Settings) -> Workspace:
    return clone(seeded, settings)


def _client(ws: Workspace) -> TestClient:
    return TestClient(create_app(ws.settings, service=ws.service), raise_server_exceptions=False)


def _bearer(ws: Workspace, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {ws.service.create_api_token(role, actor='cli:test')}"}


def _send(client: TestClient, call: Call, ws: Workspace, role: str, headers: dict[str, str]) -> Any:
    url = call.url(ws)
    if "/items/" in url:
        detail = ws.service.case_detail(ws.cases[0], viewer=ws.users["admin"])
        url = f"/api/v1/items/{detail.item.hash}"
    return client.request(call.method, url, json=call.body(role, ws), headers=headers)


def test_the_matrix_covers_every_api_route(workspace: Workspace) -> None:
    paths = _client(workspace).get("/api/v1/openapi.json").json()["paths"]
    routes = {(m.upper(), _generic(path)) for path, ops in paths.items() for m in ops}
    covered = {(c.method, _generic(c.path)) for c in CALLS} | PUBLIC
    assert routes == covered


def _generic(path: str) -> str:
    """``/cases/{case_id}/claim`` and ``/cases/{case}/claim`` both become ``/cases/{}/claim``."""
    return re.sub(r"\{[a-z_]+\}|9999", "{}", path)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_exactly_its_routes(workspace: Workspace, role: str) -> None:
    client = _client(workspace)
    headers = _bearer(workspace, role)
    for call in CALLS:
        response = _send(client, call, workspace, role, headers)
        where = f"{role} {call.method} {call.path}: {response.status_code} {response.text[:200]}"
        if role in call.allowed:
            assert response.status_code not in (401, 403), where
            assert response.status_code < 500, where
        else:
            assert response.status_code == 403, where
            assert response.json()["error"] == "forbidden", where


def test_without_credentials_every_private_route_is_401(workspace: Workspace) -> None:
    client = _client(workspace)
    for call in CALLS:
        response = _send(client, call, workspace, "anonymous", {})
        assert response.status_code == 401, f"{call.method} {call.path}"
        assert response.json()["error"] == "unauthorized"


def test_a_wrong_token_is_401(workspace: Workspace) -> None:
    response = _client(workspace).get("/api/v1/me", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401


def test_a_public_complaint_needs_no_login(workspace: Workspace) -> None:
    reviewer = workspace.users["reviewer"]
    decision = workspace.service.decide(
        workspace.cases[0],
        reviewer=reviewer,
        outcome="remove",
        categories=["threat"],
        reasons=_reasons(),
    )
    client = _client(workspace)
    body = {"case_ref": decision.case_ref, "text": "It was a fictional baking joke."}
    response = client.post("/api/v1/complaints", json=body)
    assert response.status_code == 201, response.text
    assert response.json()["data"]["case_ref"] == decision.case_ref
    assert "text" not in response.json()["data"]


def _reasons() -> StatementOfReasons:
    return StatementOfReasons(
        str(REASONS["facts_and_circumstances"]),
        True,
        str(REASONS["legal_or_policy_ground"]),
        str(REASONS["redress"]),
    )
