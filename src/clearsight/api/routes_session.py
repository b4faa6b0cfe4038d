"""Log in and out, who am I, and user and token management (admins) under ``/api/v1``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from clearsight.api import views
from clearsight.api.auth import (
    ADMINS,
    EVERYONE,
    SESSION_COOKIE,
    Principal,
    require,
    service_of,
    signer_of,
)
from clearsight.api.schemas import LoginIn, UserIn
from clearsight.review.models import SessionInfo

router = APIRouter(prefix="/api/v1")
Anyone = Annotated[Principal, Depends(require(*EVERYONE))]
Admin = Annotated[Principal, Depends(require(*ADMINS))]


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def login(request: Request, name: str, password: str) -> SessionInfo:
    """Check the password (rate-limited by the service) and open a session."""
    service = service_of(request)
    user = service.authenticate(name, password, client=client_of(request))
    return service.start_session(user)


def set_session_cookie(request: Request, response: Response, info: SessionInfo) -> None:
    seconds = int((info.expires_at - datetime.now(UTC)).total_seconds())
    response.set_cookie(
        SESSION_COOKIE,
        signer_of(request).sign(info.token),
        max_age=max(seconds, 0),
        httponly=True,
        samesite="strict",
        secure=bool(request.app.state.secure_cookies),
        path="/",
    )


def end_session(request: Request, response: Response, who: Principal) -> None:
    if who.session is not None:
        service_of(request).end_session(who.session.token)
    response.delete_cookie(SESSION_COOKIE, path="/")


@router.post("/session", tags=["session"])
def open_session(request: Request, response: Response, body: LoginIn) -> dict[str, Any]:
    """Log in: sets the session cookie; send ``csrf`` back as ``X-CSRF-Token``."""
    info = login(request, body.name, body.password)
    set_session_cookie(request, response, info)
    return views.ok({"user": info.user, "csrf": info.csrf, "expires_at": info.expires_at})


@router.delete("/session", tags=["session"])
def close_session(request: Request, response: Response, who: Anyone) -> dict[str, Any]:
    end_session(request, response, who)
    return views.ok({"logged_out": True})


@router.get("/me", tags=["session"])
def me(who: Anyone) -> dict[str, Any]:
    return views.ok(who.user)


@router.post("/users", tags=["admin"], status_code=201)
def create_user(request: Request, body: UserIn, who: Admin) -> dict[str, Any]:
    user = service_of(request).create_user(body.name, body.role, body.password, actor=who.user.name)
    return views.ok(user)


@router.post("/users/{name}/tokens", tags=["admin"], status_code=201)
def create_token(request: Request, name: str, who: Admin) -> dict[str, Any]:
    """A new API token for ``name``: shown once, stored hashed."""
    token = service_of(request).create_api_token(name, actor=who.user.name)
    return views.ok({"user": name, "token": token})
