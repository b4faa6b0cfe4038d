"""``clearsight serve``: the review workspace (web UI and REST API) over uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from clearsight.cli.common import ConfigOption, DbOption, KeyOption, console, settings_from
from clearsight.errors import ConfigError

SECRET_ENV = "CLEARSIGHT_SECRET_KEY"
DEFAULT_SECRETS = frozenset({"", "changethis", "changeme", "secret", "clearsight", "development"})
MIN_SECRET_CHARS = 32


def check_secret(secret: str | None, *, development: bool) -> str | None:
    """The secret to sign sessions with; a missing or default one only in development."""
    value = (secret or "").strip()
    weak = value.lower() in DEFAULT_SECRETS or len(value) < MIN_SECRET_CHARS
    if weak and not development:
        raise ConfigError(
            f"{SECRET_ENV} is missing, a default or shorter than {MIN_SECRET_CHARS} characters; "
            "set a long random value (or pass --dev on a development machine)"
        )
    return value or None


def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port")] = 8000,
    dev: Annotated[
        bool, typer.Option("--dev", help="development: allow no secret, non-Secure cookies")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    key_file: KeyOption = None,
) -> None:
    """Serve the review workspace (web UI and REST API under /api/v1)."""
    import uvicorn

    from clearsight.api import create_app
    from clearsight.cli.common import local_actor, open_store
    from clearsight.eventlog.settings_audit import audit_settings

    secret = check_secret(os.environ.get(SECRET_ENV), development=dev)
    settings = settings_from(db, config, key_file)
    store = open_store(settings, create=True)
    audit_settings(store.engine, settings, local_actor())
    store.close()
    app = create_app(settings, secret_key=secret, secure_cookies=not dev)
    console.print(f"serving {settings.db} on http://{host}:{port}/", markup=False)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
