"""One JSON error shape for every error: ``{"ok": false, "status", "error", "message"}``.

Clearsight errors map to HTTP statuses here; messages name ids and reasons, never content.
Web pages (not under ``/api/`` and not ``.json``) get the same fields rendered as HTML.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from clearsight.errors import (
    AuthError,
    ClearsightError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    UserError,
)

log = logging.getLogger("clearsight.api")

STATUS_OF: tuple[tuple[type[ClearsightError], int], ...] = (
    (AuthError, 401),
    (PermissionDeniedError, 403),
    (NotFoundError, 404),
    (ConflictError, 409),
    (RateLimitedError, 429),
    (UserError, 400),
)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    500: "internal_error",
}

HtmlErrorRenderer = Callable[[Request, dict[str, Any]], Response]


def error_body(status: int, message: str) -> dict[str, Any]:
    code = CODES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
    return {"ok": False, "status": status, "error": code, "message": message}


def status_for(exc: ClearsightError) -> int:
    for cls, status in STATUS_OF:
        if isinstance(exc, cls):
            return status
    return 500


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json") or path.startswith("/static/")


def install_error_handlers(app: FastAPI, html: HtmlErrorRenderer | None = None) -> None:
    """Register handlers so that every error, 404/405/422/500 included, has one shape."""

    def respond(request: Request, status: int, message: str) -> Response:
        body = error_body(status, message)
        if status == 401 and not wants_json(request) and request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        if html is not None and not wants_json(request):
            return html(request, body)
        return JSONResponse(body, status_code=status)

    async def on_clearsight(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ClearsightError)
        status = status_for(exc)
        name = type(exc).__name__
        log.info("refused %s %s: %d %s", request.method, request.url.path, status, name)
        return respond(request, status, str(exc) if status < 500 else "internal error")

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return respond(request, exc.status_code, detail)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return respond(request, 422, _validation_message(exc))

    app.add_exception_handler(ClearsightError, on_clearsight)
    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)


def _validation_message(exc: RequestValidationError) -> str:
    """Where each invalid field is and why, without echoing the submitted values."""
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()))
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
