"""The narrow storage interface the pipeline and the interfaces use, and its value types."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from clearsight.types import Case, Finding, Item, Malformed, MediaRef, Triage


@dataclass(frozen=True, slots=True)
class AnalyzedItem:
    """A new item with what the analyzers and triage said about it."""

    item: Item
    findings: Sequence[Finding]
    triage: Triage
    opens_case: bool


@dataclass(slots=True)
class Batch:
    """One transaction's worth of records: written together with the checkpoints, or not.

    ``sightings`` and ``malformed`` pair each record with the id of the source unit it came
    from; ``checkpoints`` maps each unit touched to the last position the batch holds.
    """

    scan_id: int
    checkpoints: dict[int, int] = field(default_factory=dict)
    new_items: list[AnalyzedItem] = field(default_factory=list)
    sightings: list[tuple[int, Item]] = field(default_factory=list)
    malformed: list[tuple[int, Malformed]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BatchResult:
    items_stored: int
    sightings_stored: int
    quarantined: int
    cases_opened: int


@dataclass(frozen=True, slots=True)
class Sighting:
    source: str
    path: str
    position: int
    line: int | None
    external_id: str | None
    author: str | None
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class StoredFinding:
    analyzer: str
    version: str
    category: str
    score: float
    ideology: str | None
    evidence: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ItemView:
    """An item as the CLI, API and UI show it."""

    hash: str
    kind: str
    text: str | None
    title: str | None
    url: str | None
    lang: str | None
    first_seen_at: datetime
    sightings: Sequence[Sighting]
    media: Sequence[MediaRef]
    findings: Sequence[StoredFinding]
    case: Case | None

    @property
    def id(self) -> str:
        return self.hash[:16]


@dataclass(frozen=True, slots=True)
class QuarantineRow:
    id: int
    source: str
    path: str
    position: int
    line: int | None
    offset: int | None
    external_id: str | None
    reason: str
    detail: str
    scan_id: int


class Store(Protocol):
    def source_id(self, plugin: str, path: str) -> int: ...

    def checkpoint(self, source_id: int) -> int: ...

    def start_scan(self, *, supersede: bool = True) -> int: ...

    def finish_scan(self, scan_id: int, counts: dict[str, Any]) -> None: ...

    def known_hashes(self, hashes: Iterable[str]) -> set[str]: ...

    def write_batch(self, batch: Batch) -> BatchResult: ...

    def cases(self, *, limit: int, status: str | None = "open") -> list[Case]: ...

    def item(self, id_or_prefix: str) -> ItemView: ...

    def quarantine_rows(self) -> Iterator[QuarantineRow]: ...
