"""What every review module needs: the engine, the review settings and the clock."""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from argon2 import PasswordHasher
from sqlalchemy import Engine

from clearsight.config import ReviewSettings
from clearsight.errors import InputError

log = logging.getLogger("clearsight.review")

MAX_TEXT = 5000


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Context:
    engine: Engine
    settings: ReviewSettings
    clock: Callable[[], datetime]
    hasher: PasswordHasher = field(default_factory=PasswordHasher)
    key: bytes = b""  # the pseudonym key: client addresses are stored only as keyed digests

    def now(self) -> datetime:
        return aware(self.clock())

    def pseudonym(self, value: str) -> str:
        """A keyed, stable stand-in for a personal identifier (an IP address, a stray name)."""
        return hmac.new(self.key, value.encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def bounded(value: str, field: str, *, limit: int = MAX_TEXT, required: bool = True) -> str:
    """Strip ``value`` and check its length; the message names the field, never the value."""
    cleaned = value.strip()
    if required and not cleaned:
        raise InputError(f"{field}: must not be empty")
    if len(cleaned) > limit:
        raise InputError(f"{field}: longer than {limit} characters")
    return cleaned
