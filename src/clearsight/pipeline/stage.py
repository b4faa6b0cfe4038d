"""Stage protocols: what a Source, a Normalizer and an Analyzer plug-in look like.

Every plug-in is a small class with a stable ``name``, a ``version``, a ``kind`` and harmless
``examples()`` that feed the contract tests in :mod:`clearsight.testing`. Plug-ins are built
with ``create(settings)`` so that nothing reads configuration at import time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal, Protocol, Self, runtime_checkable

from clearsight.types import Category, ContentKind, Finding, Item, Malformed, Record

if TYPE_CHECKING:
    from clearsight.config import Settings

PluginKind = Literal["source", "normalizer", "analyzer"]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits and resume point handed to a Source.

    A source must not yield anything whose ``provenance.position`` is ``<= start_after``;
    it should skip such records without parsing them.
    """

    max_record_bytes: int = 1_000_000
    max_image_pixels: int = 40_000_000
    start_after: int = 0


@dataclass(frozen=True, slots=True)
class SourceExample:
    """Files to lay out in an empty folder; ``entry`` (relative) is the path to read.

    ``records`` and ``malformed`` are how many of each reading ``entry`` must yield.
    """

    files: Mapping[str, bytes]
    entry: str
    records: int
    malformed: int = 0


@dataclass(frozen=True, slots=True)
class AnalyzerExample:
    """A harmless text (or image file bytes) and the categories the analyzer must report."""

    text: str | None
    expect: frozenset[Category]
    media: Mapping[str, bytes] = field(default_factory=dict)


@runtime_checkable
class Plugin(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    kind: ClassVar[PluginKind]

    @classmethod
    def create(cls, settings: Settings) -> Self: ...


@runtime_checkable
class Source(Plugin, Protocol):
    """Reads one file or folder and streams records; malformed ones come back as Malformed."""

    def can_read(self, path: Path) -> bool: ...

    def units(self, path: Path) -> Iterator[Path]:
        """The files under ``path`` this source reads, in order; a file yields itself.

        Each unit is checkpointed on its own, so files added to a folder between scans are
        read and none is skipped.
        """
        ...

    def read(self, path: Path, options: ReadOptions) -> Iterator[Record | Malformed]: ...

    def examples(self) -> Sequence[SourceExample]: ...


@runtime_checkable
class Normalizer(Plugin, Protocol):
    """Turns a raw Record into a normalised, pseudonymised Item."""

    def normalize(self, record: Record) -> Item: ...

    def examples(self) -> Sequence[Record]: ...


@runtime_checkable
class Analyzer(Plugin, Protocol):
    """Says what it sees in an Item, as Findings that carry their evidence."""

    content_kinds: ClassVar[frozenset[ContentKind]]

    def analyze(self, item: Item) -> Sequence[Finding]: ...

    def examples(self) -> Sequence[AnalyzerExample]: ...
