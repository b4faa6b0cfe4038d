"""Matching items against banks: thresholds per bank, negative banks, flood protection.

1. **Candidates**: MD5/SHA-256 and the exact text digest by value; PDQ by Hamming distance
   (every dihedral variant of every sampled frame; an entry's distance is its smallest) within
   the bank's threshold (default ``pdq_threshold``); text by MinHash candidates verified by
   exact Jaccard, within ``100 * (1 - J) <= threshold`` (default ``text_max_distance``).
2. Only ``active`` and ``confirmed`` entries match; PDQ hashes (of items or entries) with a
   quality below ``pdq_min_quality`` are never matched (the item's result records it).
3. **Negative banks**: any match in a negative bank suppresses every positive match; the
   result lists the negative matches in ``suppressed_by`` and no positive match stands.
4. **Flood protection**: when a scan records hits (``item_key`` given), an ``active`` entry
   that matched more than ``flood_max_items`` distinct items within the window is quarantined
   for curator review and stops matching (that item's match is dropped too).

Exact known-content matches (``exact``) are MD5/SHA-256 and exact text digests; a PDQ distance
of 0 is a near match like any other (flat or low-detail images can collide).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np

from clearsight.config import HashbankSettings
from clearsight.errors import UserError
from clearsight.hashbank.banks import ACTIVE, MATCHING, QUARANTINED, Bank, BankStore, Entry
from clearsight.hashbank.fallback import BrutePdqIndex, BruteTextIndex
from clearsight.hashbank.index_cache import pdq_index
from clearsight.hashbank.signals import FileDigests, ImageHashes, hex_to_bytes
from clearsight.hashbank.text_signals import (
    TextSignals,
    jaccard,
    new_minhash,
    unpack_shingles,
    unpack_sketch,
)


@dataclass(frozen=True, slots=True)
class Match:
    bank: str
    entry_id: int
    signal: str
    distance: float
    label: str
    exact: bool
    negative: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "bank": self.bank,
            "entry_id": self.entry_id,
            "signal": self.signal,
            "distance": self.distance,
            "label": self.label,
        }


@dataclass(slots=True)
class MatchResult:
    matches: list[Match] = field(default_factory=list)
    suppressed_by: list[Match] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    quarantined: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Hit:
    entry_id: int
    signal: str
    distance: float
    exact: bool


class Matcher:
    """Matches signals against ``banks`` (default: every bank in the store)."""

    def __init__(
        self,
        store: BankStore,
        settings: HashbankSettings,
        banks: Sequence[Bank] | None = None,
        index_path: Path | None = None,
    ) -> None:
        self.store = store
        self.index_path = index_path
        self.settings = settings
        self.banks = {b.id: b for b in (store.banks() if banks is None else banks)}
        self._pdq: Any = None
        self._text: Any = None

    def kinds(self) -> set[str]:
        return {b.kind for b in self.banks.values()}

    def match_image(self, hashes: ImageHashes, item_key: str | None = None) -> MatchResult:
        skipped: list[str] = []
        hits = self._digest_hits(hashes.digests)
        if "pdq" in self.kinds():
            if hashes.quality < self.settings.pdq_min_quality:
                skipped.append(f"pdq quality {hashes.quality} < {self.settings.pdq_min_quality}")
            else:
                hits += self._pdq_hits(hashes.variants)
        result = self._resolve(hits, item_key)
        result.skipped = skipped
        return result

    def match_file(self, digests: FileDigests, item_key: str | None = None) -> MatchResult:
        return self._resolve(self._digest_hits(digests), item_key)

    def match_text(self, signals: TextSignals, item_key: str | None = None) -> MatchResult:
        ids = self._ids("text")
        hits = [_Hit(e.id, "text", 0.0, True) for e in self.store.exact(ids, [signals.digest])]
        if ids:
            hits += self._text_hits(signals)
        return self._resolve(hits, item_key)

    def _ids(self, kind: str) -> list[int]:
        return [b.id for b in self.banks.values() if b.kind == kind]

    def _digest_hits(self, digests: FileDigests) -> list[_Hit]:
        hits: list[_Hit] = []
        for kind, value in (("md5", digests.md5), ("sha256", digests.sha256)):
            ids = self._ids(kind)
            if ids:
                hits += [_Hit(e.id, kind, 0, True) for e in self.store.exact(ids, [value])]
        return hits

    def _pdq_hits(self, variants: Sequence[str]) -> list[_Hit]:
        index = self._pdq_index()
        if not len(index) or not variants:
            return []
        queries = np.vstack([hex_to_bytes(v) for v in variants])
        best: dict[int, int] = {}
        for found in index.search(queries, self._max_pdq_threshold()):
            for entry_id, distance in found:
                best[entry_id] = min(distance, best.get(entry_id, 256))
        return [_Hit(i, "pdq", d, False) for i, d in best.items()]

    def _text_hits(self, signals: TextSignals) -> list[_Hit]:
        index = self._text_index()
        candidates = self.store.entries_by_id(index.candidates(signals.minhash()))
        hits = []
        for entry in candidates.values():
            if entry.shingles is not None:
                similarity = jaccard(signals.shingles, unpack_shingles(entry.shingles))
                hits.append(_Hit(entry.id, "text", round(100 * (1 - similarity), 1), False))
        return hits

    def _max_pdq_threshold(self) -> int:
        banks = [b for b in self.banks.values() if b.kind == "pdq"]
        return max(self.threshold(b) for b in banks)

    def threshold(self, bank: Bank) -> int:
        """The bank's own threshold, else the default for its kind."""
        if bank.threshold is not None:
            return bank.threshold
        if bank.kind == "text":
            return self.settings.text_max_distance
        return self.settings.pdq_threshold if bank.kind == "pdq" else 0

    def _pdq_index(self) -> Any:
        if self._pdq is None:
            cls = _pdq_index_class()
            self._pdq = pdq_index(cls, self.store, self.index_path, self._min_quality)
        return self._pdq

    @property
    def _min_quality(self) -> int:
        return self.settings.pdq_min_quality

    def _text_index(self) -> Any:
        if self._text is None:
            self._text = _text_index(1 - self.settings.text_max_distance / 100)
            for bank in self._of("text"):
                for e in self.store.entries(bank, MATCHING):
                    if e.sketch is not None:
                        self._text.add(e.id, new_minhash(hashvalues=unpack_sketch(e.sketch)))
        return self._text

    def threshold_of(self, name: str) -> int:
        return next(self.threshold(b) for b in self.banks.values() if b.name == name)

    def _of(self, kind: str) -> list[Bank]:
        return [b for b in self.banks.values() if b.kind == kind]

    def _resolve(self, hits: list[_Hit], item_key: str | None) -> MatchResult:
        entries = self.store.entries_by_id(h.entry_id for h in hits)
        found = [m for h in hits if (m := self._match(h, entries.get(h.entry_id)))]
        negative = [m for m in found if m.negative]
        if negative:
            return MatchResult(suppressed_by=_ranked(negative))
        result = MatchResult(matches=_ranked(found))
        if item_key is not None:
            self._flood_check(result, entries, item_key)
        return result

    def _match(self, hit: _Hit, entry: Entry | None) -> Match | None:
        if entry is None or entry.status not in MATCHING or entry.bank_id not in self.banks:
            return None
        bank = self.banks[entry.bank_id]
        if hit.distance > self.threshold(bank):
            return None
        return Match(
            bank.name, entry.id, hit.signal, hit.distance, entry.label, hit.exact, bank.negative
        )

    def _flood_check(self, result: MatchResult, entries: dict[int, Entry], item_key: str) -> None:
        window = timedelta(minutes=self.settings.flood_window_minutes)
        kept: list[Match] = []
        for m in result.matches:
            count = self.store.record_hit(m.entry_id, item_key, window)
            if entries[m.entry_id].status == ACTIVE and count > self.settings.flood_max_items:
                bank = self.banks[entries[m.entry_id].bank_id]
                note = f"flood: {count} items within {window}"
                self.store.set_status(
                    bank, m.entry_id, QUARANTINED, by="flood-protection", note=note
                )
                result.quarantined.append(m.entry_id)
            else:
                kept.append(m)
        result.matches = kept


def _ranked(matches: list[Match]) -> list[Match]:
    """Best first (exact, then nearest); one match per entry and signal."""
    order = sorted(matches, key=lambda m: (not m.exact, m.distance, m.bank, m.entry_id))
    unique: dict[tuple[str, int, str], Match] = {}
    for m in order:
        unique.setdefault((m.bank, m.entry_id, m.signal), m)
    return list(unique.values())


def _pdq_index_class() -> Any:
    """Part B's PdqIndex when it is there, else the brute-force stand-in."""
    return _optional("clearsight.hashbank.index.pdq", "PdqIndex") or BrutePdqIndex


def _text_index(min_similarity: float) -> Any:
    cls = _optional("clearsight.hashbank.index.text", "TextIndex")
    if cls is None:
        return BruteTextIndex(min_similarity)
    try:
        return cls(threshold=min(0.95, max(0.05, min_similarity)))
    except (TypeError, UserError):
        return BruteTextIndex(min_similarity)


def _optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
