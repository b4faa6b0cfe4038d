"""HTML form handlers: log in and out, claim, decide, second review, complaints.

Every form of a logged-in user carries the session's CSRF token (checked by ``require``);
each handler calls the same service method as its REST twin, then redirects (303).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from clearsight.api.auth import EVERYONE, REVIEWERS, Principal, current, require, service_of
from clearsight.api.routes_session import end_session, login, set_session_cookie
from clearsight.errors import AuthError, RateLimitedError
from clearsight.review.models import StatementOfReasons
from clearsight.web.layout import page

router = APIRouter(include_in_schema=False)
Reviewer = Annotated[Principal, Depends(require(*REVIEWERS))]
Anyone = Annotated[Principal, Depends(require(*EVERYONE))]
Short = Annotated[str, Form(max_length=1000)]
Long = Annotated[str, Form(max_length=5000)]


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/login")
def login_form(request: Request) -> Response:
    return page(request, "login.html", current(request), message="")


@router.post("/login")
def login_submit(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
) -> Response:
    try:
        info = login(request, name, password)
    except (AuthError, RateLimitedError) as exc:
        status = 429 if isinstance(exc, RateLimitedError) else 401
        return page(request, "login.html", None, message=str(exc), status=status)
    response = back("/")
    set_session_cookie(request, response, info)
    return response


@router.post("/logout")
def logout(request: Request, who: Anyone) -> Response:
    response = back("/login")
    end_session(request, response, who)
    return response


@router.post("/cases/{case_id}/claim")
def claim(request: Request, case_id: int, who: Reviewer) -> Response:
    service_of(request).claim(case_id, who.user)
    return back(f"/cases/{case_id}")


@router.post("/cases/{case_id}/release")
def release(request: Request, case_id: int, who: Reviewer) -> Response:
    service_of(request).release(case_id, who.user)
    return back("/queue")


@router.post("/cases/{case_id}/decide")
def decide(
    request: Request,
    case_id: int,
    who: Reviewer,
    outcome: Annotated[str, Form(max_length=32)],
    facts_and_circumstances: Long,
    legal_or_policy_ground: Short,
    redress: Short,
    categories: Annotated[list[str] | None, Form()] = None,
    automated_detection: Annotated[bool, Form()] = False,
    corrects: Annotated[int | None, Form()] = None,
) -> Response:
    reasons = StatementOfReasons(
        facts_and_circumstances, automated_detection, legal_or_policy_ground, redress
    )
    service_of(request).decide(
        case_id,
        reviewer=who.user,
        outcome=outcome,
        categories=(categories or [])[:20],
        reasons=reasons,
        corrects=corrects,
    )
    return back(f"/cases/{case_id}")


@router.post("/decisions/{decision_id}/second-review")
def second_review(
    request: Request,
    decision_id: int,
    who: Reviewer,
    approve: Annotated[bool, Form()],
    note: Annotated[str, Form(max_length=2000)] = "",
    case_id: Annotated[int | None, Form()] = None,
) -> Response:
    service_of(request).second_review(decision_id, reviewer=who.user, approve=approve, note=note)
    return back(f"/cases/{case_id}" if case_id else "/queue")


@router.post("/complaints/{complaint_id}/decide")
def decide_complaint(
    request: Request,
    complaint_id: int,
    who: Reviewer,
    outcome: Annotated[str, Form(max_length=16)],
    reasons: Long,
) -> Response:
    service_of(request).decide_complaint(
        complaint_id, reviewer=who.user, outcome=outcome, reasons=reasons
    )
    return back("/complaints")


@router.get("/complain")
def complain_form(request: Request, ref: str = "") -> Response:
    return page(request, "complain.html", current(request), ref=ref[:64], filed=None)


@router.post("/complain")
def complain_submit(
    request: Request,
    case_ref: Annotated[str, Form(max_length=64)],
    text: Long,
    contact: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """Public: anyone with the case reference may file a complaint."""
    filed = service_of(request).file_complaint(case_ref, text, contact or None)
    return page(request, "complain.html", current(request), ref=case_ref, filed=filed, status=201)
