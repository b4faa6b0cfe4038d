"""Who is calling: an API token (``Authorization: Bearer``) or a signed session cookie.

Cookie sessions must send the CSRF token (``X-CSRF-Token`` header or ``csrf`` form field) on
every unsafe method. Roles are checked here for every route, and again by the service.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request

from clearsight.errors import AuthError, PermissionDeniedError
from clearsight.review.models import SessionInfo, User
from clearsight.review.service import ReviewService

SESSION_COOKIE = "cs_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

ADMINS = ("admin",)
ANALYSTS = ("analyst", "admin")
REVIEWERS = ("reviewer",)
CASE_READERS = ("reviewer", "analyst", "admin")
AUDITORS = ("auditor", "admin")
STAFF = ("admin", "analyst", "reviewer", "auditor")
EVERYONE = (*STAFF, "learner")


@dataclass(frozen=True, slots=True)
class Principal:
    """The caller: a user, and the session when they came with a cookie."""

    user: User
    session: SessionInfo | None


class CookieSigner:
    """HMAC-signs session tokens so that a forged cookie never reaches the database."""

    def __init__(self, secret: str) -> None:
        self._key = hashlib.sha256(secret.encode()).digest()

    def sign(self, token: str) -> str:
        return f"{token}.{self._mac(token)}"

    def unsign(self, value: str) -> str | None:
        token, _, mac = value.rpartition(".")
        if not token or not hmac.compare_digest(mac, self._mac(token)):
            return None
        return token

    def _mac(self, token: str) -> str:
        digest = hmac.new(self._key, token.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def service_of(request: Request) -> ReviewService:
    service: ReviewService = request.app.state.service
    return service


def signer_of(request: Request) -> CookieSigner:
    signer: CookieSigner = request.app.state.signer
    return signer


def current(request: Request) -> Principal | None:
    """The caller, or None when they sent no valid token or session."""
    service = service_of(request)
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        user = service.user_for_api_token(token.strip()) if scheme.lower() == "bearer" else None
        return Principal(user, None) if user else None
    cookie = request.cookies.get(SESSION_COOKIE)
    session_token = signer_of(request).unsign(cookie) if cookie else None
    info = service.session(session_token) if session_token else None
    return Principal(info.user, info) if info else None


async def check_csrf(request: Request, principal: Principal) -> None:
    """Refuse an unsafe cookie-authenticated request without the session's CSRF token."""
    if principal.session is None or request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not hmac.compare_digest(sent, principal.session.csrf):
        raise PermissionDeniedError("CSRF token missing or wrong; reload the page and retry")


def require(*roles: str) -> Callable[[Request], Awaitable[Principal]]:
    """A dependency: the caller must be logged in, hold one of ``roles`` and pass CSRF."""

    async def dependency(request: Request) -> Principal:
        principal = current(request)
        if principal is None:
            raise AuthError("log in or send an API token")
        if principal.user.role not in roles:
            raise PermissionDeniedError(
                f"role {principal.user.role!r} may not use {request.method} {request.url.path}"
            )
        await check_csrf(request, principal)
        return principal

    return dependency


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
