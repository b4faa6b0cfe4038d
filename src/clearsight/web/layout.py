"""Rendering a page for a caller: the template, the user, the CSRF token, the status."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from clearsight.api.auth import Principal, current


def page(request: Request, template: str, who: Principal | None, **context: Any) -> HTMLResponse:
    """Render ``template`` with the caller, the CSRF token and ``context``."""
    env = request.app.state.templates
    html = env.get_template(template).render(
        me=who.user if who else None,
        csrf=who.session.csrf if who and who.session else "",
        **context,
    )
    return HTMLResponse(html, status_code=int(context.get("status", 200)))


def error_page(request: Request, body: dict[str, Any]) -> Response:
    return page(request, "error.html", current(request), error=body, status=body["status"])
