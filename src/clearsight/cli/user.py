"""``clearsight user add``: accounts for the review workspace."""

from __future__ import annotations

import secrets
import sys
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
from clearsight.errors import InputError
from clearsight.review.models import ROLES
from clearsight.review.service import ReviewService

user_app = typer.Typer(help="Accounts of the review workspace.", no_args_is_help=True)


def _read_password() -> str:
    line = sys.stdin.readline(2048).rstrip("\r\n")
    if not line:
        raise InputError("--password-stdin: no password on standard input")
    return line


@user_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="login name: a-z 0-9 . _ -")],
    role: Annotated[str, typer.Option(help=" | ".join(ROLES))],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from standard input")
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Create a user; without --password-stdin a strong password is generated and shown once."""
    password = _read_password() if password_stdin else secrets.token_urlsafe(18)
    settings = settings_from(db, config)
    store = open_store(settings, create=True)
    try:
        user = ReviewService(store.engine, settings).create_user(
            name, role, password, actor=local_actor()
        )
    finally:
        store.close()
    console.print(f"user {user.name} created (role {user.role}, id {user.id})", markup=False)
    if not password_stdin:
        console.print(f"password (shown once): {password}", markup=False)
