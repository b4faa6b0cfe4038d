"""Shared CLI pieces: options, settings, the console, and safe display of hostile text."""

from __future__ import annotations

import getpass
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from clearsight.config import Settings, load_settings
from clearsight.storage.sql.store import SqlStore

console = Console(highlight=False)

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file or database URL [default: clearsight.db]")
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="clearsight.toml with settings", dir_okay=False)
]
KeyOption = Annotated[
    Path | None, typer.Option("--key-file", help="pseudonym key file (outside the database)")
]

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def settings_from(db: str | None, config: Path | None, key_file: Path | None = None) -> Settings:
    return load_settings(config, db=db, key_file=key_file)


def open_store(settings: Settings, *, create: bool = False) -> SqlStore:
    return SqlStore.open(settings.db_url, create=create)


def safe(text: str | None, limit: int | None = None) -> str:
    """Content for a terminal: control and bidi characters shown as '�', optionally cut."""
    if text is None:
        return ""
    cleaned = _UNSAFE.sub("\ufffd", text)
    if limit is not None and len(cleaned) > limit:
        return cleaned[: limit - 1] + "…"
    return cleaned


def local_actor() -> str:
    """The event-log actor for a local operator: ``cli:<os user>``."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):
        who = "local"
    return "cli:" + "".join(c for c in who if c.isalnum() or c in "._-")[:32]
