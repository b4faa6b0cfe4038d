"""``clearsight token create``: API tokens for the REST API (shown once, stored hashed)."""

from __future__ import annotations

from typing import Annotated

import typer

from clearsight.cli.common import (
    ConfigOption,
    DbOption,
    console,
    local_actor,
    open_store,
    settings_from,
)
from clearsight.review.service import ReviewService

token_app = typer.Typer(help="API tokens for the REST API.", no_args_is_help=True)


@token_app.command("create")
def create(
    name: Annotated[str, typer.Argument(help="the user the token acts as")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Create an API token for NAME and print it once; only its SHA-256 is stored."""
    settings = settings_from(db, config)
    store = open_store(settings)
    try:
        token = ReviewService(store.engine, settings).create_api_token(name, actor=local_actor())
    finally:
        store.close()
    console.print(f"API token for {name} (shown once):", markup=False)
    console.print(token, markup=False, soft_wrap=True)
