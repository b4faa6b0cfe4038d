"""The ``hashbank_image`` and ``hashbank_text`` analyzers that run inside ``clearsight scan``.

Each match in a positive bank becomes a Finding whose evidence names the bank, the entry, the
signal, the distance and the entry's label. The category is the label when it is a taxonomy
category, else ``violent_extremist`` (the umbrella for known content of unnamed function).
Exact matches (MD5/SHA-256, exact text digest) score 1.0 and carry ``exact_known_content``,
which triage raises to the top priority; near matches score from 1.0 down to 0.5 at the
bank's threshold. Matches suppressed by a negative bank produce no finding.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Self

from clearsight.hashbank.matching import Match, Matcher, MatchResult
from clearsight.hashbank.service import matcher_for, max_file_bytes, open_banks
from clearsight.hashbank.signals import ImageError, hash_image_file
from clearsight.hashbank.text_signals import text_signals
from clearsight.pipeline.stage import AnalyzerExample, PluginKind
from clearsight.types import Category, ContentKind, Evidence, Finding, Item

if TYPE_CHECKING:
    from clearsight.config import Settings

log = logging.getLogger(__name__)


class _BankAnalyzer:
    version: ClassVar[str] = "1.0"
    kind: ClassVar[PluginKind] = "analyzer"
    name: ClassVar[str]
    content_kinds: ClassVar[frozenset[ContentKind]]
    bank_kinds: ClassVar[frozenset[str]]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._matcher: Matcher | None = None
        self._loaded = False

    @classmethod
    def create(cls, settings: Settings) -> Self:
        return cls(settings)

    def matcher(self) -> Matcher | None:
        """The matcher over this analyzer's banks; None when the database has none."""
        if not self._loaded:
            self._loaded = True
            path = self.settings.sqlite_path
            if path is None or path.is_file():
                store = open_banks(self.settings, create=False)
                banks = [b for b in store.banks() if b.kind in self.bank_kinds]
                self._matcher = matcher_for(self.settings, store, banks) if banks else None
        return self._matcher

    def findings(self, item: Item, result: MatchResult) -> list[Finding]:
        return [self._finding(item, m) for m in result.matches if not m.negative]

    def _finding(self, item: Item, match: Match) -> Finding:
        details = match.to_json() | {"exact_known_content": match.exact}
        if match.signal == "text":
            details["distance_unit"] = "100*(1-jaccard)"
        return Finding(
            item.content_hash,
            self.name,
            self.version,
            category_of(match.label),
            score_of(match, self._threshold(match)),
            Evidence(details=details),
        )

    def _threshold(self, match: Match) -> float:
        matcher = self.matcher()
        return float(matcher.threshold_of(match.bank)) if matcher else 0.0

    def examples(self) -> Sequence[AnalyzerExample]:
        return [AnalyzerExample("A harmless note about the Glimmerbrook bake sale.", frozenset())]


class HashbankImageAnalyzer(_BankAnalyzer):
    """Matches image items against PDQ, MD5 and SHA-256 banks."""

    name: ClassVar[str] = "hashbank_image"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.IMAGE})
    bank_kinds: ClassVar[frozenset[str]] = frozenset({"pdq", "md5", "sha256"})

    def analyze(self, item: Item) -> Sequence[Finding]:
        matcher = self.matcher()
        if matcher is None:
            return []
        found: list[Finding] = []
        for media in item.media:
            try:
                hashes = hash_image_file(
                    Path(media.path),
                    max_pixels=self.settings.max_image_pixels,
                    max_bytes=max_file_bytes(self.settings),
                    max_frames=self.settings.hashbank.gif_frames,
                )
            except (ImageError, OSError) as exc:
                log.warning("item %s: image not hashed (%s)", item.id, type(exc).__name__)
                continue
            found += self.findings(item, matcher.match_image(hashes, item.content_hash))
        return found


class HashbankTextAnalyzer(_BankAnalyzer):
    """Matches text items against text banks (exact digest and near-duplicates)."""

    name: ClassVar[str] = "hashbank_text"
    content_kinds: ClassVar[frozenset[ContentKind]] = frozenset({ContentKind.TEXT})
    bank_kinds: ClassVar[frozenset[str]] = frozenset({"text"})

    def analyze(self, item: Item) -> Sequence[Finding]:
        matcher = self.matcher()
        if matcher is None or not item.text:
            return []
        return self.findings(item, matcher.match_text(text_signals(item.text), item.content_hash))


def category_of(label: str) -> Category:
    try:
        category = Category(label)
    except ValueError:
        return Category.VIOLENT_EXTREMIST
    return Category.VIOLENT_EXTREMIST if category.is_context else category


def score_of(match: Match, threshold: float) -> float:
    """1.0 for exact and distance-0 matches, falling linearly to 0.5 at the threshold."""
    if match.exact or threshold <= 0:
        return 1.0
    return round(1.0 - 0.5 * min(1.0, match.distance / threshold), 3)
