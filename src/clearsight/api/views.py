"""Service results as JSON-ready data. API routes and web pages (and their ``.json`` twins)
render the same values from these functions."""

from __future__ import annotations

from typing import Any

from fastapi.encoders import jsonable_encoder

from clearsight.review.models import QueueFilter, User
from clearsight.review.service import ReviewService

MAX_PAGE = 200


def ok(data: Any) -> dict[str, Any]:
    """The success envelope: ``{"ok": true, "data": ...}``."""
    return {"ok": True, "data": jsonable_encoder(data)}


def queue(
    service: ReviewService, filters: QueueFilter, viewer: User, limit: int, offset: int
) -> Any:
    page = min(max(limit, 1), MAX_PAGE)
    return service.queue(filters, limit=page, offset=max(offset, 0), viewer=viewer)


def case_detail(service: ReviewService, case_id: int, viewer: User) -> Any:
    return service.case_detail(case_id, viewer=viewer)


def events(service: ReviewService, limit: int, offset: int) -> Any:
    return service.events(limit=min(max(limit, 1), MAX_PAGE), offset=max(offset, 0))


def complaint_queue(service: ReviewService, viewer: User, limit: int, offset: int) -> Any:
    """Cases with a pending complaint, soonest deadline first (among the first 1000 cases)."""
    rows = service.queue(QueueFilter(status=None), limit=1000, offset=0, viewer=viewer)
    due = sorted(
        (r for r in rows if r.complaint_deadline is not None),
        key=lambda r: r.complaint_deadline or r.created_at,
    )
    return due[max(offset, 0) : max(offset, 0) + min(max(limit, 1), MAX_PAGE)]
