"""Cases, decisions, complaints, events and exposure under ``/api/v1``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from clearsight.api import views
from clearsight.api.auth import AUDITORS, CASE_READERS, REVIEWERS, Principal, require, service_of
from clearsight.api.schemas import (
    BulkDecisionIn,
    ComplaintDecisionIn,
    ComplaintIn,
    DecisionIn,
    SecondReviewIn,
)
from clearsight.review.models import QueueFilter


def queue_filter(
    category: Annotated[str | None, Query(max_length=64)] = None,
    language: Annotated[str | None, Query(max_length=16)] = None,
    source: Annotated[str | None, Query(max_length=64)] = None,
    country: Annotated[str | None, Query(max_length=64)] = None,
    bank_match: bool | None = None,
    status: Annotated[str | None, Query(max_length=16)] = "open",
) -> QueueFilter:
    """Queue filters from the query string; ``status=any`` lists every status."""
    wanted = None if status in ("any", "") else status
    return QueueFilter(
        category or None, language or None, source or None, country or None, bank_match, wanted
    )


router = APIRouter(prefix="/api/v1")
Reader = Annotated[Principal, Depends(require(*CASE_READERS))]
Reviewer = Annotated[Principal, Depends(require(*REVIEWERS))]
Auditor = Annotated[Principal, Depends(require(*AUDITORS))]
Filters = Annotated[QueueFilter, Depends(queue_filter)]
Limit = Annotated[int, Query(ge=1, le=views.MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]


@router.get("/cases", tags=["cases"])
def list_cases(
    request: Request, who: Reader, filters: Filters, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """The queue: priority first, then age."""
    return views.ok(views.queue(service_of(request), filters, who.user, limit, offset))


@router.get("/cases/{case_id}", tags=["cases"])
def get_case(request: Request, case_id: int, who: Reader) -> dict[str, Any]:
    """A case with its item, findings, sightings, media, decisions and complaints."""
    return views.ok(views.case_detail(service_of(request), case_id, who.user))


@router.post("/cases/{case_id}/claim", tags=["cases"])
def claim_case(request: Request, case_id: int, who: Reviewer) -> dict[str, Any]:
    return views.ok(service_of(request).claim(case_id, who.user))


@router.post("/cases/{case_id}/release", tags=["cases"])
def release_case(request: Request, case_id: int, who: Reviewer) -> dict[str, Any]:
    service_of(request).release(case_id, who.user)
    return views.ok({"case_id": case_id, "released": True})


@router.post("/decisions", tags=["decisions"], status_code=201)
def decide(request: Request, body: DecisionIn, who: Reviewer) -> dict[str, Any]:
    """Record a human decision with its statement of reasons."""
    decision = service_of(request).decide(
        body.case_id,
        reviewer=who.user,
        outcome=body.outcome,
        categories=body.categories,
        reasons=body.reasons.to_model(),
        corrects=body.corrects,
    )
    return views.ok(decision)


@router.post("/decisions/bulk", tags=["decisions"], status_code=201)
def decide_bulk(request: Request, body: BulkDecisionIn, who: Reviewer) -> dict[str, Any]:
    """One decision for several cases of identical known content."""
    decisions = service_of(request).bulk_decide(
        body.case_ids,
        reviewer=who.user,
        outcome=body.outcome,
        categories=body.categories,
        reasons=body.reasons.to_model(),
    )
    return views.ok(decisions)


@router.post("/decisions/{decision_id}/second-review", tags=["decisions"])
def second_review(
    request: Request, decision_id: int, body: SecondReviewIn, who: Reviewer
) -> dict[str, Any]:
    """The four-eyes check of a pending decision by another reviewer."""
    return views.ok(
        service_of(request).second_review(
            decision_id, reviewer=who.user, approve=body.approve, note=body.note
        )
    )


@router.post("/complaints", tags=["complaints"], status_code=201)
def file_complaint(request: Request, body: ComplaintIn) -> dict[str, Any]:
    """Anyone with the case reference may contest its decision."""
    complaint = service_of(request).file_complaint(body.case_ref, body.text, body.contact)
    return views.ok(
        {
            "id": complaint.id,
            "case_ref": complaint.case_ref,
            "deadline": complaint.deadline,
            "status": complaint.status,
        }
    )


@router.get("/complaints", tags=["complaints"])
def list_complaints(
    request: Request, who: Reviewer, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Cases with a pending complaint, soonest deadline first."""
    return views.ok(views.complaint_queue(service_of(request), who.user, limit, offset))


@router.post("/complaints/{complaint_id}/decision", tags=["complaints"])
def decide_complaint(
    request: Request, complaint_id: int, body: ComplaintDecisionIn, who: Reviewer
) -> dict[str, Any]:
    """Uphold or reverse; the reviewer must not be the one who took the original decision."""
    return views.ok(
        service_of(request).decide_complaint(
            complaint_id, reviewer=who.user, outcome=body.outcome, reasons=body.reasons
        )
    )


@router.get("/exposure", tags=["reviewers"])
def exposure(request: Request, who: Reviewer) -> dict[str, Any]:
    """Today's count of cases seen with media or flagged text, and the daily limit."""
    return views.ok(service_of(request).exposure(who.user))


@router.get("/events", tags=["audit"])
def list_events(
    request: Request, _: Auditor, limit: Limit = 100, offset: Offset = 0
) -> dict[str, Any]:
    """The hash-chained audit log."""
    return views.ok(views.events(service_of(request), limit, offset))
