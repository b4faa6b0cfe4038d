"""Bank value types: kinds, statuses, banks, entries, and the value check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clearsight.errors import UserError

KINDS = ("pdq", "md5", "sha256", "text")
ACTIVE, CONFIRMED, DECONFIRMED, QUARANTINED = "active", "confirmed", "deconfirmed", "quarantined"
STATUSES = (ACTIVE, CONFIRMED, DECONFIRMED, QUARANTINED)
MATCHING = (ACTIVE, CONFIRMED)
_HEX_LENGTH = {"pdq": 64, "md5": 32, "sha256": 64, "text": 64}
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
MAX_LABEL = 64


class BankError(UserError):
    """A bank or entry that does not exist, or a value a bank cannot hold."""


@dataclass(frozen=True, slots=True)
class Bank:
    id: int
    name: str
    kind: str
    negative: bool
    threshold: int | None


@dataclass(frozen=True, slots=True)
class NewEntry:
    """A value to add, with where it came from. ``meta`` keeps a list's other columns."""

    value: str
    label: str
    source: str
    added_by: str
    note: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    quality: int | None = None
    sketch: bytes | None = None
    shingles: bytes | None = None
    added_at: datetime | None = None
    status: str | None = None  # for a new entry only; an existing one keeps its status


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    bank_id: int
    value: str
    label: str
    status: str
    quality: int | None
    created_at: datetime
    sketch: bytes | None = None
    shingles: bytes | None = None
    status_by: str | None = None
    status_note: str | None = None


@dataclass(frozen=True, slots=True)
class Added:
    added: int
    existing: int


def normalise_value(kind: str, value: str) -> str:
    """Lower-case hex of the right length for ``kind``, else BankError."""
    clean = value.strip().lower()
    if len(clean) != _HEX_LENGTH[kind] or not all(c in "0123456789abcdef" for c in clean):
        raise BankError(f"not a {kind} value: expected {_HEX_LENGTH[kind]} hex digits")
    return clean
