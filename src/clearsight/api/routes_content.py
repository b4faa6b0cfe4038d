"""Analyze submissions and read stored items under ``/api/v1``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from clearsight.api import views
from clearsight.api.analyze import Analysis, Submission
from clearsight.api.auth import ANALYSTS, CASE_READERS, Principal, require
from clearsight.api.schemas import AnalyzeIn
from clearsight.errors import InputError, NotFoundError
from clearsight.storage.sql.store import SqlStore

router = APIRouter(prefix="/api/v1")
Analyst = Annotated[Principal, Depends(require(*ANALYSTS))]
Reader = Annotated[Principal, Depends(require(*CASE_READERS))]

ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": AnalyzeIn.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "image": {"type": "string", "format": "binary"},
                        "store": {"type": "boolean"},
                    },
                }
            },
        },
    }
}


@router.post("/analyze", tags=["analyze"], openapi_extra=ANALYZE_BODY)
async def analyze(request: Request, _: Analyst) -> dict[str, Any]:
    """Findings, priority and reasons for a text or an image, synchronously."""
    analysis: Analysis = request.app.state.analysis
    limit = analysis.settings.max_record_bytes
    if int(request.headers.get("content-length") or 0) > limit + 64_000:
        raise HTTPException(413, f"request body is over {limit} bytes")
    submission = await _submission(request)
    return views.ok(await run_in_threadpool(analysis.run, submission))


@router.get("/items/{item_id}", tags=["items"])
def get_item(request: Request, item_id: str, _: Reader) -> dict[str, Any]:
    """A stored item by id (at least 6 hex characters of its hash)."""
    store: SqlStore = request.app.state.store
    try:
        return views.ok(store.item(item_id))
    except InputError as exc:
        raise NotFoundError(str(exc)) from exc


async def _submission(request: Request) -> Submission:
    kind = request.headers.get("content-type", "")
    if kind.startswith("multipart/form-data"):
        async with request.form(max_files=1, max_fields=10) as form:
            text, image, store = form.get("text"), form.get("image"), form.get("store")
            data = await image.read() if isinstance(image, UploadFile) else None
        return Submission(
            text if isinstance(text, str) and text else None, data, store in ("true", "1", "on")
        )
    if kind.startswith("application/json"):
        try:
            body = AnalyzeIn.model_validate_json(await request.body())
        except ValidationError as exc:
            raise InputError(f"analyze: invalid body ({exc.error_count()} error(s))") from exc
        return Submission(body.text, None, body.store)
    raise HTTPException(415, "send application/json or multipart/form-data")
