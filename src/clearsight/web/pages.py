"""Server-rendered pages. Each page renders a service result that its ``.json`` twin returns
as-is (``views.ok``), so HTML and JSON show the same values."""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from clearsight.api import views
from clearsight.api.auth import (
    AUDITORS,
    CASE_READERS,
    EVERYONE,
    REVIEWERS,
    Principal,
    current,
    require,
    service_of,
)
from clearsight.api.routes_review import Filters
from clearsight.review.models import OUTCOMES
from clearsight.types import Category
from clearsight.web import forms, media, render
from clearsight.web.layout import page

router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(require(*CASE_READERS))]
Reviewer = Annotated[Principal, Depends(require(*REVIEWERS))]
Auditor = Annotated[Principal, Depends(require(*AUDITORS))]
Anyone = Annotated[Principal, Depends(require(*EVERYONE))]
HOME = {"learner": "/course", "auditor": "/events"}


@router.get("/")
def home(request: Request) -> Response:
    who = current(request)
    if who is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME.get(who.user.role, "/queue"), status_code=303)


@router.get("/queue.json")
def queue_json(request: Request, who: Reader, filters: Filters, offset: int = 0) -> Any:
    return views.ok(views.queue(service_of(request), filters, who.user, 50, offset))


@router.get("/queue")
def queue_page(request: Request, who: Reader, filters: Filters, offset: int = 0) -> Response:
    rows = views.queue(service_of(request), filters, who.user, 50, offset)
    categories = [c.value for c in Category]
    return page(request, "queue.html", who, rows=rows, filters=filters, categories=categories)


@router.get("/cases/{case_id}.json")
def case_json(request: Request, case_id: int, who: Reader) -> Any:
    return views.ok(views.case_detail(service_of(request), case_id, who.user))


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int, who: Reader) -> Response:
    detail = views.case_detail(service_of(request), case_id, who.user)
    item = detail.item
    return page(
        request,
        "case.html",
        who,
        case=detail,
        segments=render.segments(item.text or "", render.spans_of(item.findings)),
        matches=render.bank_matches(item.findings),
        outcomes=OUTCOMES,
        categories=[c.value for c in Category if not c.is_context],
    )


@router.get("/complaints.json")
def complaints_json(request: Request, who: Reviewer, offset: int = 0) -> Any:
    return views.ok(views.complaint_queue(service_of(request), who.user, 50, offset))


@router.get("/complaints")
def complaints_page(request: Request, who: Reviewer, offset: int = 0) -> Response:
    rows = views.complaint_queue(service_of(request), who.user, 50, offset)
    return page(request, "complaints.html", who, rows=rows)


@router.get("/events.json")
def events_json(request: Request, _: Auditor, offset: int = 0) -> Any:
    return views.ok(views.events(service_of(request), 100, offset))


@router.get("/events")
def events_page(request: Request, who: Auditor, offset: int = 0) -> Response:
    rows = views.events(service_of(request), 100, offset)
    return page(request, "events.html", who, rows=rows)


@router.get("/course")
def course_page(request: Request, who: Anyone) -> Response:
    return page(request, "course.html", who)


def mount(app: FastAPI) -> None:
    """Add the pages, the forms, the media route and the static files to ``app``."""
    app.state.templates = render.environment()
    app.include_router(router)
    app.include_router(forms.router)
    app.include_router(media.router)
    static = resources.files("clearsight.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
