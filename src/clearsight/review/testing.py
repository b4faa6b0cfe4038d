"""Helpers for tests of the review workspace (also used by the API and web tests).

``make_world`` opens a migrated store, a ``ReviewService`` on a settable clock and a factory of
cases built with the ordinary storage; all text is fictional.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from argon2 import PasswordHasher, profiles

from clearsight.config import Settings
from clearsight.review.models import StatementOfReasons, User
from clearsight.review.service import ReviewService
from clearsight.storage.protocols import AnalyzedItem, Batch
from clearsight.storage.sql.store import SqlStore
from clearsight.types import (
    Category,
    ContentKind,
    Evidence,
    Finding,
    Item,
    MediaRef,
    Provenance,
    Span,
    Triage,
)

PASSWORD = "correct horse battery staple"
FICTIONAL_TEXT = "Fictional post from Lake Ombria about the Glimmerfolk Club"


class Clock:
    """A clock tests move by hand."""

    def __init__(self) -> None:
        self.at = datetime(2031, 3, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kwargs: float) -> None:
        self.at += timedelta(**kwargs)


def _item(n: int, text: str, media: Sequence[MediaRef]) -> Item:
    provenance = Provenance("jsonl", "fictional_posts.jsonl", n, line=n)
    return Item(f"{n:064x}", ContentKind.TEXT, provenance, text, lang="en", media=tuple(media))


def _analyzed(item: Item, priority: float, bank_entry: int | None, distance: int) -> AnalyzedItem:
    span = Span(0, 5, (item.text or "")[:5])
    found = [Finding(item.content_hash, "lexicon", "1.0", Category.THREAT, 0.7, Evidence((span,)))]
    if bank_entry is not None:
        details: dict[str, Any] = {"bank": "fictional-bank", "entry_id": bank_entry}
        details |= {"signal": "md5", "distance": distance, "label": "fictional_label"}
        details |= {"exact_known_content": distance == 0}
        category = Category.DESIGNATED_PROPAGANDA
        found.append(
            Finding(item.content_hash, "hashbank", "1.0", category, 1.0, Evidence(details=details))
        )
    verdict = Triage(priority, ("threat 0.70",), (Category.THREAT,))
    return AnalyzedItem(item, tuple(found), verdict, opens_case=True)


@dataclass
class World:
    store: SqlStore
    service: ReviewService
    clock: Clock
    numbers: Any = field(default_factory=lambda: count(1))

    def make_case(
        self,
        text: str = FICTIONAL_TEXT,
        *,
        priority: float = 5.0,
        bank_entry: int | None = None,
        distance: int = 0,
        media: Sequence[MediaRef] = (),
    ) -> int:
        """Store one item with a lexicon finding (and a bank match when asked); its case id."""
        n = next(self.numbers)
        item = _item(n, text, media)
        scan = self.store.start_scan()
        source = self.store.source_id("jsonl", "/fiction/posts.jsonl")
        new = [_analyzed(item, priority, bank_entry, distance)]
        batch = Batch(scan, {source: n}, new, [(source, item)])
        self.store.write_batch(batch)
        case = self.store.item(item.content_hash).case
        if case is None:
            raise AssertionError("no case opened")
        return case.id

    def user(self, name: str, role: str) -> User:
        return self.service.create_user(name, role, PASSWORD, actor="cli:test")


def make_world(settings: Settings, clock: Callable[[], datetime] | None = None) -> World:
    store = SqlStore.open(settings.db_url)
    ticking = clock if isinstance(clock, Clock) else Clock()
    cheap = PasswordHasher.from_parameters(profiles.CHEAPEST)  # still argon2id; tests only
    service = ReviewService(store.engine, settings, now=ticking, password_hasher=cheap)
    return World(store, service, ticking)


def sample_reasons() -> StatementOfReasons:
    return StatementOfReasons(
        facts_and_circumstances="Post in the fictional Lake Ombria forum praising a made-up raid",
        automated_detection=True,
        legal_or_policy_ground="Community rule 4 (fictional policy)",
        redress="You may file a complaint with the case reference within 14 days",
    )
