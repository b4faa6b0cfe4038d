"""HTML pages and their JSON twins render the same service results; media and role pages."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from lxml import html

from clearsight.api import create_app
from clearsight.api.testkit import Workspace, clone, seed
from clearsight.config import Settings
from clearsight.review.models import StatementOfReasons
from clearsight.testing import contract_settings as make_settings

CSP = "default-src 'self'; img-src 'self'; script-src 'self'; style-src 'self'"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return seed(make_settings(tmp_path_factory.mktemp("seed")))


@pytest.fixture
def workspace(seeded: Workspace, settings: Settings) -> Workspace:
    return clone(seeded, settings)


def _client(ws: Workspace, name: str | None) -> TestClient:
    app = create_app(ws.settings, service=ws.service, secure_cookies=False)
    client = TestClient(app, raise_server_exceptions=False, follow_redirects=False)
    if name:
        form = {"name": name, "password": ws.passwords[name]}
        assert client.post("/login", data=form).status_code == 303
    return client


def _twins(client: TestClient, path: str) -> tuple[Any, Any]:
    page = client.get(path)
    twin = client.get(f"{path}.json")
    assert page.status_code == 200 and twin.status_code == 200, (page.text, twin.text)
    assert page.headers["content-security-policy"] == CSP
    return html.fromstring(page.text), twin.json()["data"]


def _decide(ws: Workspace, case: int) -> None:
    reasons = StatementOfReasons("Fictional facts.", True, "Fictional rule 4", "Complain.")
    ws.service.decide(
        case,
        reviewer=ws.users["reviewer"],
        outcome="restrict",
        categories=["threat"],
        reasons=reasons,
    )


def test_case_page_matches_its_json_twin(workspace: Workspace) -> None:
    case = workspace.cases[0]
    _decide(workspace, case)
    doc, data = _twins(_client(workspace, "reviewer"), f"/cases/{case}")
    item = data["item"]
    assert doc.get_element_by_id("item-text").text_content() == item["text"]
    marks = [m.text_content() for m in doc.xpath('//*[@id="item-text"]/mark')]
    spans = [s["text"] for f in item["findings"] for s in f["evidence"]["spans"]]
    assert marks == spans and marks
    cells = [td.text_content() for td in doc.xpath('//td[@class="analyzer"]')]
    assert cells == [f"{f['analyzer']}@{f['version']}" for f in item["findings"]]
    scores = [td.text_content() for td in doc.xpath('//td[@class="score"]')]
    assert scores == [format(f["score"], ".2f") for f in item["findings"]]
    shown = [
        int(li.get("data-decision"))
        for li in doc.xpath('//ol[@class="decisions"]/li[@data-decision]')
    ]
    assert shown == [d["id"] for d in data["decisions"]]
    assert [c.text_content() for c in doc.xpath('//ol[@class="decisions"]/li/code')] == [
        d["case_ref"] for d in data["decisions"]
    ]


def test_queue_page_matches_its_json_twin(workspace: Workspace) -> None:
    doc, data = _twins(_client(workspace, "analyst"), "/queue")
    rows = doc.xpath("//tr[@data-case]")
    assert [int(r.get("data-case")) for r in rows] == [e["case_id"] for e in data]
    previews = [r.xpath('td[@class="preview"]')[0].text_content() for r in rows]
    assert previews == [e["preview"] for e in data]
    assert len(data) == len(workspace.cases)


def test_events_page_matches_its_json_twin(workspace: Workspace) -> None:
    doc, data = _twins(_client(workspace, "auditor"), "/events")
    rows = doc.xpath("//tr[@data-event]")
    assert [int(r.get("data-event")) for r in rows] == [e["id"] for e in data]
    assert [r.xpath('td[@class="hash"]')[0].text_content() for r in rows] == [
        e["hash"][:16] for e in data
    ]


def test_json_twin_equals_the_api_route(workspace: Workspace) -> None:
    client = _client(workspace, "reviewer")
    case = workspace.cases[1]
    api = client.get(f"/api/v1/cases/{case}").json()["data"]
    twin = client.get(f"/cases/{case}.json").json()["data"]
    api.pop("exposure"), twin.pop("exposure")
    assert api == twin


def test_media_is_served_only_for_known_digests(workspace: Workspace) -> None:
    client = _client(workspace, "reviewer")
    detail = workspace.service.case_detail(workspace.image_case, viewer=workspace.users["admin"])
    ref = detail.item.media[0]
    response = client.get(f"/media/{ref.sha256}")
    assert response.status_code == 200
    assert response.headers["content-type"] == ref.mime
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(f"/media/{'0' * 64}").status_code == 404
    assert client.get("/media/..%2F..%2Fetc%2Fpasswd").status_code in (404, 422)
    assert _client(workspace, "learner").get(f"/media/{ref.sha256}").status_code == 403


def test_learners_see_only_the_course(workspace: Workspace) -> None:
    client = _client(workspace, "learner")
    assert client.get("/").headers["location"] == "/course"
    assert "course" in client.get("/course").text.lower()
    for path in ("/queue", f"/cases/{workspace.cases[0]}", "/events", "/complaints"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert response.headers["content-security-policy"] == CSP


def test_pages_without_login_redirect_to_it(workspace: Workspace) -> None:
    client = _client(workspace, None)
    assert client.get("/queue").headers["location"] == "/login"
    assert client.get("/queue.json").status_code == 401
    assert client.get("/complain").status_code == 200


def test_forms_need_the_csrf_token(workspace: Workspace) -> None:
    client = _client(workspace, "reviewer")
    case = workspace.cases[0]
    assert client.post(f"/cases/{case}/claim", data={}).status_code == 403
    page = html.fromstring(client.get(f"/cases/{case}").text)
    csrf = page.xpath('//input[@name="csrf"]')[0].get("value")
    assert client.post(f"/cases/{case}/claim", data={"csrf": csrf}).status_code == 303


def test_exposure_warning_at_the_daily_limit(settings: Settings, seeded: Workspace) -> None:
    limited = settings.model_copy(
        update={"review": settings.review.model_copy(update={"daily_exposure_limit": 1})}
    )
    ws = clone(seeded, limited)
    client = _client(ws, "reviewer")
    first = html.fromstring(client.get(f"/cases/{ws.cases[0]}").text)
    second = html.fromstring(client.get(f"/cases/{ws.cases[1]}").text)
    assert first.get_element_by_id("exposure-count").text_content() == "1"
    assert second.xpath('//*[@id="exposure-warning"]')


def test_complaints_page_matches_its_json_twin(workspace: Workspace) -> None:
    case = workspace.cases[0]
    _decide(workspace, case)
    ref = workspace.service.case_detail(case, viewer=workspace.users["admin"]).decisions[0]
    workspace.service.file_complaint(ref.case_ref, "A fictional objection.", None)
    doc, data = _twins(_client(workspace, "reviewer"), "/complaints")
    rows = doc.xpath("//tr[@data-case]")
    assert [int(r.get("data-case")) for r in rows] == [e["case_id"] for e in data] == [case]
    assert (
        rows[0]
        .xpath('td[@class="deadline"]')[0]
        .text_content()
        .startswith(data[0]["complaint_deadline"][:10])
    )
