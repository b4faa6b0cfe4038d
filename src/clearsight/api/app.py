"""The application factory: REST API under ``/api/v1`` plus the server-rendered web UI."""

from __future__ import annotations

import secrets

from fastapi import FastAPI

from clearsight.api import routes_banks, routes_content, routes_review, routes_session
from clearsight.api.analyze import Analysis
from clearsight.api.auth import CookieSigner
from clearsight.api.errors import install_error_handlers
from clearsight.api.security import SecurityHeaders
from clearsight.config import Settings
from clearsight.review.service import ReviewService
from clearsight.storage.sql.engine import make_engine
from clearsight.storage.sql.store import SqlStore

API_TITLE = "Clearsight review API"


def create_app(
    settings: Settings,
    *,
    service: ReviewService | None = None,
    secret_key: str | None = None,
    secure_cookies: bool = True,
) -> FastAPI:
    """Build the app over ``settings.db`` (already migrated).

    ``secret_key`` signs session cookies; without one a random per-process key is used, so
    sessions end when the process does. ``clearsight serve`` refuses a missing secret outside
    development.
    """
    from clearsight.web import layout, pages  # the web UI is mounted on the same app

    engine = make_engine(settings.db_url)
    app = FastAPI(
        title=API_TITLE,
        version="1",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    store = SqlStore(engine)
    app.state.settings = settings
    app.state.store = store
    app.state.service = service or ReviewService(engine, settings)
    app.state.analysis = Analysis(settings, store)
    app.state.signer = CookieSigner(secret_key or secrets.token_urlsafe(32))
    app.state.secure_cookies = secure_cookies
    for module in (routes_session, routes_review, routes_content, routes_banks):
        app.include_router(module.router)
    pages.mount(app)
    install_error_handlers(app, html=layout.error_page)
    app.add_middleware(SecurityHeaders)
    return app
