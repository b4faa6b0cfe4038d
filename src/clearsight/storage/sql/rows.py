"""Conversions between the core types and table rows."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from clearsight.storage.protocols import (
    AnalyzedItem,
    QuarantineRow,
    Sighting,
    StoredFinding,
)
from clearsight.types import Case, Category, Finding, Item, Malformed, MediaRef


def item(value: Item, now: datetime) -> dict[str, Any]:
    return {
        "hash": value.content_hash,
        "kind": value.kind.value,
        "text": value.text,
        "title": value.title,
        "url": value.url,
        "lang": value.lang,
        "lang_score": value.lang_score,
        "created_at": value.created_at,
        "first_seen_at": now,
    }


def sighting(scan_id: int, source_id: int, value: Item) -> dict[str, Any]:
    p = value.provenance
    return {
        "item_hash": value.content_hash,
        "source_id": source_id,
        "scan_id": scan_id,
        "position": p.position,
        "line": p.line,
        "offset": p.offset,
        "external_id": p.external_id,
        "author": value.author,
        "created_at": value.created_at,
        "meta": dict(value.metadata),
    }


def media(value: Item, ref: MediaRef) -> dict[str, Any]:
    return {"item_hash": value.content_hash, **dataclasses.asdict(ref)}


def finding(value: Finding, now: datetime) -> dict[str, Any]:
    return {
        "item_hash": value.item_hash,
        "analyzer": value.analyzer,
        "version": value.version,
        "category": value.category.value,
        "score": value.score,
        "ideology": value.ideology.value if value.ideology else None,
        "evidence": {
            "spans": [dataclasses.asdict(s) for s in value.evidence.spans],
            "details": dict(value.evidence.details),
        },
        "created_at": now,
    }


def case(value: AnalyzedItem, now: datetime) -> dict[str, Any]:
    return {
        "item_hash": value.item.content_hash,
        "priority": value.triage.priority,
        "status": "open",
        "reasons": list(value.triage.reasons),
        "categories": [c.value for c in value.triage.categories],
        "created_at": now,
    }


def quarantine(scan_id: int, source_id: int, bad: Malformed, now: datetime) -> dict[str, Any]:
    p = bad.provenance
    return {
        "source_id": source_id,
        "scan_id": scan_id,
        "position": p.position,
        "line": p.line,
        "offset": p.offset,
        "external_id": p.external_id,
        "reason": bad.reason,
        "detail": bad.detail,
        "created_at": now,
    }


def _aware(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything Clearsight stores is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def to_case(row: Mapping[Any, Any]) -> Case:
    return Case(
        id=row["id"],
        item_hash=row["item_hash"],
        priority=row["priority"],
        status=row["status"],
        reasons=tuple(row["reasons"]),
        categories=tuple(Category(c) for c in row["categories"]),
        created_at=row["created_at"].replace(tzinfo=UTC),
    )


def to_sighting(row: Mapping[Any, Any]) -> Sighting:
    return Sighting(
        source=row["plugin"],
        path=row["path"],
        position=row["position"],
        line=row["line"],
        external_id=row["external_id"],
        author=row["author"],
        created_at=_aware(row["created_at"]),
    )


def to_media(row: Mapping[Any, Any]) -> MediaRef:
    fields = {f.name for f in dataclasses.fields(MediaRef)}
    return MediaRef(**{k: row[k] for k in fields})


def to_finding(row: Mapping[Any, Any]) -> StoredFinding:
    return StoredFinding(
        analyzer=row["analyzer"],
        version=row["version"],
        category=row["category"],
        score=row["score"],
        ideology=row["ideology"],
        evidence=row["evidence"],
    )


def to_quarantine(row: Mapping[Any, Any]) -> QuarantineRow:
    fields = {f.name for f in dataclasses.fields(QuarantineRow)} - {"source"}
    return QuarantineRow(source=row["plugin"], **{k: row[k] for k in fields})
