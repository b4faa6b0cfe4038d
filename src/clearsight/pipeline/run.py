"""The scan runner: sources → normalize → analyze → triage → store, in bounded batches.

Each batch is written with its source checkpoint in one transaction, so a scan killed at any
moment and run again stores every record exactly once. Per source the report reconciles
``read == stored + duplicates + quarantined``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from clearsight.config import Settings
from clearsight.errors import PluginError, RecordError
from clearsight.pipeline.registry import Registry, default_registry, pick_sources
from clearsight.pipeline.stage import Analyzer, Normalizer, ReadOptions, Source
from clearsight.pipeline.triage import opens_case, triage
from clearsight.storage.protocols import AnalyzedItem, Batch, BatchResult, Store
from clearsight.storage.quarantine_file import write_quarantine_file
from clearsight.types import Finding, Item, Malformed, Record


@dataclass(slots=True)
class SourceReport:
    source: str
    path: str
    resumed_after: int = 0
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    quarantined: int = 0
    cases_opened: int = 0

    @property
    def reconciles(self) -> bool:
        return self.read == self.stored + self.duplicates + self.quarantined

    def add(self, read: int, result: BatchResult, valid: int) -> None:
        self.read += read
        self.stored += result.items_stored
        self.duplicates += valid - result.items_stored
        self.quarantined += result.quarantined
        self.cases_opened += result.cases_opened


@dataclass(slots=True)
class ScanReport:
    scan_id: int
    sources: list[SourceReport] = field(default_factory=list)
    seconds: float = 0.0

    def total(self, name: str) -> int:
        return sum(int(getattr(s, name)) for s in self.sources)

    def counts(self) -> dict[str, int]:
        names = ("read", "stored", "duplicates", "quarantined", "cases_opened")
        return {n: self.total(n) for n in names}


ProgressFn = Callable[[SourceReport], None]
T = TypeVar("T")
log = logging.getLogger("clearsight.scan")
"""Scan logs carry scan ids, source names, positions, item ids and counts; never content."""


class Scanner:
    """Runs scans with one normalizer and a set of analyzers over a Store."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        registry: Registry | None = None,
        on_progress: ProgressFn | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.registry = registry or default_registry()
        self.on_progress = on_progress
        self.normalizer: Normalizer = self.registry.normalizer(settings.normalizer).create(settings)
        self.analyzers: list[Analyzer] = self._make_analyzers()

    def _make_analyzers(self) -> list[Analyzer]:
        wanted = set(self.settings.analyzers)
        classes = self.registry.analyzers()
        unknown = wanted - {c.name for c in classes}
        if unknown:
            raise PluginError(f"unknown analyzer(s): {', '.join(sorted(unknown))}")
        if wanted:
            return [c.create(self.settings) for c in classes if c.name in wanted]
        return [c.create(self.settings) for c in classes if _on_by_default(c, self.settings)]

    def scan(self, paths: Iterable[Path]) -> ScanReport:
        started = time.perf_counter()
        plan = [
            (src, path)
            for path in paths
            for src in pick_sources(self.registry, path, self.settings)
        ]
        report = ScanReport(self.store.start_scan())
        log.info("scan %d started: %d source(s)", report.scan_id, len(plan))
        for source, path in plan:
            done = self._scan_source(report.scan_id, source, path)
            report.sources.append(done)
            log.info("scan %d: %s %s %s", report.scan_id, source.name, path, _counts(done))
        report.seconds = time.perf_counter() - started
        self.store.finish_scan(report.scan_id, report.counts())
        log.info("scan %d done in %.1f s: %s", report.scan_id, report.seconds, report.counts())
        write_quarantine_file(self.store.quarantine_rows(), self.settings.quarantine_path)
        return report

    def _scan_source(self, scan_id: int, source: Source, path: Path) -> SourceReport:
        report = SourceReport(source.name, str(path))
        entries = self._unit_entries(source, path, report)
        for chunk in _batched(entries, self.settings.batch_size):
            batch = self._build_batch(scan_id, chunk)
            report.add(len(chunk), self.store.write_batch(batch), len(batch.sightings))
            if self.on_progress:
                self.on_progress(report)
        return report

    def _unit_entries(
        self, source: Source, path: Path, report: SourceReport
    ) -> Iterator[tuple[int, Record | Malformed]]:
        """Every unread record of every unit, each with its unit's source id."""
        for unit in source.units(path):
            source_id = self.store.source_id(source.name, str(unit.resolve()))
            done = self.store.checkpoint(source_id)
            report.resumed_after += done
            for entry in source.read(unit, self._options(done)):
                yield source_id, entry

    def _options(self, done: int) -> ReadOptions:
        return ReadOptions(
            max_record_bytes=self.settings.max_record_bytes,
            max_image_pixels=self.settings.max_image_pixels,
            start_after=done,
        )

    def _build_batch(self, scan_id: int, chunk: Sequence[tuple[int, Record | Malformed]]) -> Batch:
        batch = Batch(scan_id)
        for source_id, entry in chunk:
            batch.checkpoints[source_id] = entry.provenance.position
            outcome = self.normalize_entry(entry)
            if isinstance(outcome, Malformed):
                where = outcome.provenance.where()
                log.info("quarantined %s: %s", where, outcome.reason)
                batch.malformed.append((source_id, outcome))
            else:
                batch.sightings.append((source_id, outcome))
        known = self.store.known_hashes(i.content_hash for _, i in batch.sightings)
        fresh: dict[str, Item] = {}
        for _, item in batch.sightings:
            if item.content_hash not in known:
                fresh.setdefault(item.content_hash, item)
        batch.new_items.extend(self.analyze_items(list(fresh.values())))
        for analyzed in batch.new_items:
            if analyzed.opens_case:
                log.debug("item %s: priority %.1f", analyzed.item.id, analyzed.triage.priority)
        return batch

    def normalize_entry(self, entry: Record | Malformed) -> Item | Malformed:
        if isinstance(entry, Malformed):
            return entry
        try:
            return self.normalizer.normalize(entry)
        except RecordError as exc:
            return Malformed(entry.provenance, exc.reason, exc.detail)

    def analyze_item(self, item: Item) -> AnalyzedItem:
        return self.analyze_items([item])[0]

    def analyze_items(self, items: Sequence[Item]) -> list[AnalyzedItem]:
        """Every analyzer over the items it takes, then triage, in the items' order."""
        found: list[list[Finding]] = [[] for _ in items]
        for analyzer in self.analyzers:
            chosen = [n for n, item in enumerate(items) if item.kind in analyzer.content_kinds]
            results = _run_analyzer(analyzer, [items[n] for n in chosen])
            for n, findings in zip(chosen, results, strict=True):
                found[n].extend(findings)
        threshold = self.settings.case_threshold
        verdicts = [triage(f, threshold=threshold) for f in found]
        return [
            AnalyzedItem(item, f, v, opens_case(v, threshold))
            for item, f, v in zip(items, found, verdicts, strict=True)
        ]


def _run_analyzer(analyzer: Analyzer, items: Sequence[Item]) -> list[Sequence[Finding]]:
    """``analyze_batch(items)`` when the analyzer has it (vectorised models), else per item.

    A failure names the analyzer and the item (for a batch: its first item and size)."""
    if not items:
        return []
    batch: Callable[[Sequence[Item]], list[Sequence[Finding]]] | None
    batch = getattr(analyzer, "analyze_batch", None)
    if batch is not None:
        try:
            results: list[Sequence[Finding]] = batch(items)
        except Exception as exc:
            raise _failure(analyzer, items[0], exc, f" (a batch of {len(items)})") from exc
        return results
    out: list[Sequence[Finding]] = []
    for item in items:
        try:
            out.append(analyzer.analyze(item))
        except Exception as exc:
            raise _failure(analyzer, item, exc, "") from exc
    return out


def _failure(analyzer: Analyzer, item: Item, exc: Exception, note: str) -> PluginError:
    return PluginError(
        f"analyzer {analyzer.name}@{analyzer.version} failed on item {item.id} "
        f"({item.provenance.where()}){note}: {type(exc).__name__}: {exc}"
    )


def _counts(report: SourceReport) -> str:
    return (
        f"read={report.read} stored={report.stored} duplicates={report.duplicates} "
        f"quarantined={report.quarantined} cases={report.cases_opened}"
    )


def _on_by_default(cls: type[Analyzer], settings: Settings) -> bool:
    """An analyzer runs in scans unless it defines ``enabled_by_default(settings)`` -> False.

    (Alternative classifier tiers use this so that a scan runs only the configured one.)
    """
    check: Callable[[Settings], bool] | None = getattr(cls, "enabled_by_default", None)
    return True if check is None else bool(check(settings))


def _batched(entries: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(entries)
    while chunk := list(islice(iterator, size)):
        yield chunk
