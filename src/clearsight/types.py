"""Core value types: frozen dataclasses shared by every stage.

The words follow DESIGN.md's glossary. Types speak of content and signals, never of people.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

EMPTY: Mapping[str, Any] = MappingProxyType({})


class ContentKind(enum.StrEnum):
    TEXT = "text"
    IMAGE = "image"


class Category(enum.StrEnum):
    """Finding categories (DESIGN.md section 3)."""

    INCITEMENT = "incitement"
    GLORIFICATION = "glorification"
    RECRUITMENT = "recruitment"
    THREAT = "threat"
    INSTRUCTION = "instruction"
    DESIGNATED_PROPAGANDA = "designated_propaganda"
    HATE = "hate"
    OFFENSIVE = "offensive"
    # a classifier's umbrella label: violent-extremist content whose function it cannot name
    VIOLENT_EXTREMIST = "violent_extremist"
    # context that lowers priority
    COUNTER_SPEECH = "counter_speech"
    NEWS_REPORTING = "news_reporting"
    RESEARCH = "research"
    SATIRE = "satire"

    @property
    def is_context(self) -> bool:
        return self in CONTEXT_CATEGORIES


CONTEXT_CATEGORIES = frozenset(
    {Category.COUNTER_SPEECH, Category.NEWS_REPORTING, Category.RESEARCH, Category.SATIRE}
)


class Ideology(enum.StrEnum):
    JIHADIST = "jihadist"
    VIOLENT_FAR_RIGHT = "violent_far_right"
    VIOLENT_FAR_LEFT = "violent_far_left"
    ETHNO_SEPARATIST = "ethno_separatist"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record came from: the source plug-in, the file, and its place in the file.

    ``position`` is a monotonically increasing ordinal of the record within its file (1-based);
    resumable scans checkpoint on it. ``line`` is the human-facing line number, when there is one.
    """

    source: str
    path: str
    position: int
    line: int | None = None
    offset: int | None = None
    external_id: str | None = None

    def where(self) -> str:
        """A human-facing place: ``posts.jsonl line 12`` or ``feed.xml record 3``."""
        if self.line is not None:
            return f"{self.path} line {self.line}"
        return f"{self.path} record {self.position}"


@dataclass(frozen=True, slots=True)
class MediaRef:
    """An image or other file attached to an item, by its digest (the bytes stay on disk)."""

    path: str
    sha256: str
    md5: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """A raw record as a Source read it, before normalisation.

    ``author`` and ``metadata`` may hold personal identifiers: they never reach storage without
    passing through the pseudonymiser.
    """

    provenance: Provenance
    text: str | None
    media: tuple[MediaRef, ...] = ()
    author: str | None = None
    created_at: datetime | None = None
    url: str | None = None
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=lambda: EMPTY)


@dataclass(frozen=True, slots=True)
class Malformed:
    """A record a Source could not read: quarantined with its place and the reason."""

    provenance: Provenance
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of content with its provenance, after normalisation.

    ``text`` is the stored text (personal identifiers already replaced by pseudonyms);
    ``folded`` is the matching key and ``fold_map[i]`` the index in ``text`` of ``folded[i]``.
    ``content_hash`` identifies the content for deduplication.
    """

    content_hash: str
    kind: ContentKind
    provenance: Provenance
    text: str | None
    folded: str = ""
    fold_map: tuple[int, ...] = ()
    lang: str | None = None
    lang_score: float | None = None
    media: tuple[MediaRef, ...] = ()
    author: str | None = None
    created_at: datetime | None = None
    url: str | None = None
    title: str | None = None
    metadata: Mapping[str, str] = field(default_factory=lambda: EMPTY)

    @property
    def id(self) -> str:
        return self.content_hash[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in an item's stored text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why an analyzer said what it said: matched spans and free-form, JSON-safe details."""

    spans: tuple[Span, ...] = ()
    details: Mapping[str, Any] = field(default_factory=lambda: EMPTY)


@dataclass(frozen=True, slots=True)
class Finding:
    """What one analyzer says about one item."""

    item_hash: str
    analyzer: str
    version: str
    category: Category
    score: float
    evidence: Evidence = field(default_factory=Evidence)
    ideology: Ideology | None = None

    @property
    def source_label(self) -> str:
        return f"{self.analyzer}@{self.version}"


@dataclass(frozen=True, slots=True)
class Triage:
    """The triage verdict for an item: a priority 0-10 and the reasons behind it."""

    priority: float
    reasons: tuple[str, ...]
    categories: tuple[Category, ...]


@dataclass(frozen=True, slots=True)
class Case:
    """A request for a human to look at an item, with a priority. Never a decision."""

    id: int
    item_hash: str
    priority: float
    status: str
    reasons: tuple[str, ...]
    categories: tuple[Category, ...]
    created_at: datetime
