"""One error shape everywhere, a valid OpenAPI document, CSRF, the login rate limit."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from clearsight.api import create_app
from clearsight.api.testkit import Workspace, clone, seed
from clearsight.config import Settings
from clearsight.review.service import ReviewService
from clearsight.testing import contract_settings as make_settings

SHAPE = {"ok", "status", "error", "message"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return seed(make_settings(tmp_path_factory.mktemp("seed")), image=False)


@pytest.fixture
def workspace(seeded: Workspace, settings: Settings) -> Workspace:
    return clone(seeded, settings)


@pytest.fixture
def client(workspace: Workspace) -> TestClient:
    app = create_app(workspace.settings, service=workspace.service, secure_cookies=False)
    return TestClient(app, raise_server_exceptions=False)


def _login(client: TestClient, ws: Workspace, name: str) -> str:
    response = client.post("/api/v1/session", json={"name": name, "password": ws.passwords[name]})
    assert response.status_code == 200, response.text
    csrf: str = response.json()["data"]["csrf"]
    return csrf


def _assert_error(response: Any, status: int) -> None:
    body = response.json()
    assert response.status_code == status, response.text
    assert set(body) == SHAPE
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and isinstance(body["message"], str)


def test_unknown_path_is_404_in_the_error_shape(client: TestClient) -> None:
    _assert_error(client.get("/api/v1/nowhere"), 404)


def test_wrong_method_is_405_in_the_error_shape(client: TestClient) -> None:
    _assert_error(client.put("/api/v1/cases"), 405)


def test_invalid_body_is_422_and_does_not_echo_the_input(
    client: TestClient, workspace: Workspace
) -> None:
    token = workspace.service.create_api_token("reviewer", actor="cli:test")
    marker = "quillmarsh-unique-marker"
    response = client.post(
        "/api/v1/decisions",
        json={"case_id": workspace.cases[0], "outcome": marker},
        headers={"Authorization": f"Bearer {token}"},
    )
    _assert_error(response, 422)
    assert marker not in response.text


def test_missing_case_is_404_and_conflict_is_409(client: TestClient, workspace: Workspace) -> None:
    first = workspace.bearer("reviewer")
    _assert_error(client.get("/api/v1/cases/424242", headers=first), 404)
    workspace.add_user("reviewer-two", "reviewer")
    second_token = workspace.service.create_api_token("reviewer-two", actor="cli:test")
    second = {"Authorization": f"Bearer {second_token}"}
    case = workspace.cases[0]
    assert client.post(f"/api/v1/cases/{case}/claim", headers=first).status_code == 200
    _assert_error(client.post(f"/api/v1/cases/{case}/claim", headers=second), 409)


class _Broken(ReviewService):
    def user_for_api_token(self, token: str) -> Any:
        raise RuntimeError("a fictional failure")


def test_an_unexpected_failure_is_500_in_the_error_shape(workspace: Workspace) -> None:
    broken = _Broken(workspace.store.engine, workspace.settings)
    client = TestClient(
        create_app(workspace.settings, service=broken), raise_server_exceptions=False
    )
    response = client.get("/api/v1/me", headers={"Authorization": "Bearer x"})
    _assert_error(response, 500)
    assert "fictional failure" not in response.text


def test_every_response_has_the_security_headers(client: TestClient) -> None:
    for response in (client.get("/api/v1/openapi.json"), client.get("/api/v1/nowhere")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "default-src 'self'" in response.headers["content-security-policy"]


def test_openapi_document_is_valid_and_lists_the_routes(client: TestClient) -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    document = client.get("/api/v1/openapi.json").json()
    validator.validate(document)
    paths = set(document["paths"])
    for expected in (
        "/api/v1/analyze",
        "/api/v1/cases",
        "/api/v1/decisions",
        "/api/v1/complaints",
        "/api/v1/events",
        "/api/v1/items/{item_id}",
    ):
        assert expected in paths
    assert not any(p.startswith("/cases") for p in paths), "web pages are not API routes"


def test_cookie_session_needs_the_csrf_token(client: TestClient, workspace: Workspace) -> None:
    csrf = _login(client, workspace, "reviewer")
    case = workspace.cases[0]
    refused = client.post(f"/api/v1/cases/{case}/claim")
    _assert_error(refused, 403)
    assert "CSRF" in refused.json()["message"]
    wrong = client.post(f"/api/v1/cases/{case}/claim", headers={"X-CSRF-Token": "x" + csrf})
    _assert_error(wrong, 403)
    allowed = client.post(f"/api/v1/cases/{case}/claim", headers={"X-CSRF-Token": csrf})
    assert allowed.status_code == 200, allowed.text


def test_session_cookie_is_httponly_and_samesite(client: TestClient, workspace: Workspace) -> None:
    response = client.post(
        "/api/v1/session", json={"name": "auditor", "password": workspace.passwords["auditor"]}
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_forged_session_cookie_is_401(client: TestClient, workspace: Workspace) -> None:
    info = workspace.service.start_session(workspace.users["reviewer"])
    client.cookies.set("cs_session", f"{info.token}.forged")
    _assert_error(client.get("/api/v1/me"), 401)


def test_login_is_rate_limited(client: TestClient, workspace: Workspace) -> None:
    attempts = workspace.settings.review.login_attempts
    for _ in range(attempts):
        bad = client.post("/api/v1/session", json={"name": "analyst", "password": "wrong-guess"})
        _assert_error(bad, 401)
    right = {"name": "analyst", "password": workspace.passwords["analyst"]}
    _assert_error(client.post("/api/v1/session", json=right), 429)


def test_logout_ends_the_session(client: TestClient, workspace: Workspace) -> None:
    csrf = _login(client, workspace, "learner")
    assert client.get("/api/v1/me").json()["data"]["name"] == "learner"
    assert client.delete("/api/v1/session", headers={"X-CSRF-Token": csrf}).status_code == 200
    _assert_error(client.get("/api/v1/me"), 401)
