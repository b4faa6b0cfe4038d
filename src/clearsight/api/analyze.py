"""Synchronous analysis for ``POST /api/v1/analyze``: normalizer, analyzers, triage.

Nothing is stored unless the caller asks; then the item is written like one scanned record
of the ``api`` source (stored images are kept next to the database under their digest).
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clearsight.config import Settings
from clearsight.errors import InputError
from clearsight.ingest.images import inspect_image
from clearsight.pipeline.run import Scanner
from clearsight.storage.protocols import AnalyzedItem, Batch
from clearsight.storage.sql.store import SqlStore
from clearsight.types import Malformed, MediaRef, Provenance, Record

log = logging.getLogger("clearsight.api.analyze")

SOURCE = "api"


@dataclass(frozen=True, slots=True)
class Submission:
    text: str | None
    image: bytes | None
    store: bool = False


class Analysis:
    """Runs the configured scan stages on one submission."""

    def __init__(self, settings: Settings, store: SqlStore) -> None:
        self.settings = settings
        self.store = store
        self._scanner: Scanner | None = None
        self._lock = threading.Lock()

    @property
    def scanner(self) -> Scanner:
        """Built on first use: loading the analyzers takes a moment."""
        with self._lock:
            if self._scanner is None:
                self._scanner = Scanner(self.settings, self.store)
            return self._scanner

    def run(self, sub: Submission) -> dict[str, Any]:
        self._check(sub)
        with tempfile.TemporaryDirectory(prefix="clearsight-analyze-") as tmp:
            record = self._record(sub, Path(tmp))
            analyzed = self._analyze(record)
            stored = self._store(analyzed) if sub.store else False
        item = analyzed.item
        log.info(
            "analyzed item=%s kind=%s findings=%d priority=%s stored=%s",
            item.id,
            item.kind.value,
            len(analyzed.findings),
            analyzed.triage.priority,
            stored,
        )
        return _result(analyzed, stored)

    def _check(self, sub: Submission) -> None:
        if not sub.text and not sub.image:
            raise InputError("analyze: send text or an image")
        size = len((sub.text or "").encode()) + len(sub.image or b"")
        if size > self.settings.max_record_bytes:
            raise InputError(
                f"analyze: submission of {size} bytes is over {self.settings.max_record_bytes}"
            )

    def _record(self, sub: Submission, tmp: Path) -> Record:
        where = Provenance(SOURCE, SOURCE, self._next_position() if sub.store else 0)
        if sub.image is None:
            return Record(provenance=where, text=sub.text)
        path = tmp / "upload"
        path.write_bytes(sub.image)
        ref = inspect_image(path, self.settings.max_image_pixels)
        if isinstance(ref, tuple):
            raise InputError(f"analyze: image refused ({ref[0]}: {ref[1]})")
        if sub.store:
            ref = _keep(ref, self._media_dir())
        return Record(provenance=where, text=sub.text, media=(ref,))

    def _analyze(self, record: Record) -> AnalyzedItem:
        outcome = self.scanner.normalize_entry(record)
        if isinstance(outcome, Malformed):
            raise InputError(f"analyze: submission refused ({outcome.reason})")
        return self.scanner.analyze_item(outcome)

    def _next_position(self) -> int:
        return self.store.checkpoint(self._source_id()) + 1

    def _source_id(self) -> int:
        return self.store.source_id(SOURCE, SOURCE)

    def _media_dir(self) -> Path:
        base = self.settings.sqlite_path or Path("clearsight.db")
        return base.with_name(base.stem + ".media")

    def _store(self, analyzed: AnalyzedItem) -> bool:
        source_id, scan_id = self._source_id(), self.store.start_scan(supersede=False)
        batch = Batch(scan_id, checkpoints={source_id: analyzed.item.provenance.position})
        if not self.store.known_hashes([analyzed.item.content_hash]):
            batch.new_items.append(analyzed)
        batch.sightings.append((source_id, analyzed.item))
        result = self.store.write_batch(batch)
        self.store.finish_scan(scan_id, {"read": 1, "stored": result.items_stored})
        return True


def _keep(ref: MediaRef, folder: Path) -> MediaRef:
    """Copy an uploaded image to the media folder under its digest."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / ref.sha256
    if not target.exists():
        shutil.copyfile(ref.path, target)
    return dataclasses.replace(ref, path=str(target))


def _result(analyzed: AnalyzedItem, stored: bool) -> dict[str, Any]:
    item, verdict = analyzed.item, analyzed.triage
    return {
        "item": {
            "id": item.id,
            "hash": item.content_hash,
            "kind": item.kind.value,
            "lang": item.lang,
        },
        "findings": [
            {
                "analyzer": f.analyzer,
                "version": f.version,
                "category": f.category.value,
                "score": f.score,
                "spans": [{"start": s.start, "end": s.end} for s in f.evidence.spans],
                "details": dict(f.evidence.details),
            }
            for f in analyzed.findings
        ],
        "priority": verdict.priority,
        "reasons": list(verdict.reasons),
        "categories": [c.value for c in verdict.categories],
        "opens_case": analyzed.opens_case,
        "stored": stored,
    }
