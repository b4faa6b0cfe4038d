"""A decision, four-eyes, a public complaint and its decision, all through the REST API."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from clearsight.api import create_app
from clearsight.api.testkit import seed
from clearsight.config import Settings

REASONS: dict[str, Any] = {
    "facts_and_circumstances": "A fictional Grey Kettle poster from Quillmarsh.",
    "automated_detection": True,
    "legal_or_policy_ground": "Fictional rule 4",
    "redress": "Complain with the case reference.",
}


def test_four_eyes_complaint_and_reversal(settings: Settings) -> None:
    strict = settings.model_copy(
        update={"review": settings.review.model_copy(update={"four_eyes": True})}
    )
    ws = seed(strict, image=False)
    ws.add_user("reviewer-b", "reviewer")
    ws.add_user("reviewer-c", "reviewer")
    client = TestClient(create_app(strict, service=ws.service))
    first, second, third = (ws.bearer(n) for n in ("reviewer", "reviewer-b", "reviewer-c"))
    case = ws.cases[0]

    body = {"case_id": case, "outcome": "remove", "categories": ["threat"], "reasons": REASONS}
    made = client.post("/api/v1/decisions", json=body, headers=first)
    assert made.status_code == 201, made.text
    decision = made.json()["data"]
    assert decision["state"] == "pending"
    own = client.post(
        f"/api/v1/decisions/{decision['id']}/second-review",
        json={"approve": True, "note": "self"},
        headers=first,
    )
    assert own.status_code in (403, 409), own.text
    approved = client.post(
        f"/api/v1/decisions/{decision['id']}/second-review",
        json={"approve": True, "note": "agreed"},
        headers=second,
    )
    assert approved.json()["data"]["state"] == "approved", approved.text

    complaint = client.post(
        "/api/v1/complaints",
        json={"case_ref": decision["case_ref"], "text": "It was a fictional baking joke."},
    ).json()["data"]
    queued = client.get("/api/v1/complaints", headers=third).json()["data"]
    assert [e["case_id"] for e in queued] == [case]
    assert queued[0]["complaint_deadline"] == complaint["deadline"]
    verdict = {"outcome": "reverse", "reasons": "A fictional joke, not a threat."}
    refused = client.post(
        f"/api/v1/complaints/{complaint['id']}/decision", json=verdict, headers=first
    )
    assert refused.status_code in (403, 409), refused.text
    decided = client.post(
        f"/api/v1/complaints/{complaint['id']}/decision", json=verdict, headers=third
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["data"]["outcome"] == "reverse"
