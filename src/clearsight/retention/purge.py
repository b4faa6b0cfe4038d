"""Purge item text, evidence excerpts and media files past ``retention.content_days``.

An item is held while its case has a ``preserve`` decision (not rejected) younger than
``retention.hold_days`` (default 183 days, the six months of the TCO Regulation Art 6).
Purging keeps the rows (hashes, findings' scores, cases, decisions, pseudonymised authors), so
statistics and reports stay; it blanks ``items.text``/``title``/``url``, the text of every
evidence span, and deletes the media files. Each purged item is one ``retention_purge`` event,
appended in the same transaction as the change; the files go after the commit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, or_, select, update

from clearsight.config import RetentionSettings
from clearsight.eventlog import append
from clearsight.review.context import aware
from clearsight.storage.sql.schema import cases, findings, items, media
from clearsight.storage.sql.schema_review import decisions, second_reviews

log = logging.getLogger(__name__)
HOLD_OUTCOME = "preserve"


@dataclass(frozen=True, slots=True)
class RetentionPlan:
    """Item hashes that are (or would be) purged, and expired ones a hold keeps."""

    purge: tuple[str, ...]
    held: tuple[str, ...]
    dry_run: bool
    cutoff: datetime


def held_items(
    conn: Connection, now: datetime, hold_days: int, *, only: str | None = None
) -> set[str]:
    """Items whose case has a preserve decision, not rejected, within ``hold_days``."""
    query = (
        select(cases.c.item_hash, decisions.c.created_at, second_reviews.c.approve)
        .join(decisions, decisions.c.case_id == cases.c.id)
        .outerjoin(second_reviews, second_reviews.c.decision_id == decisions.c.id)
        .where(decisions.c.outcome == HOLD_OUTCOME)
    )
    if only is not None:
        query = query.where(cases.c.item_hash == only)
    since = now - timedelta(days=hold_days)
    return {
        str(r.item_hash)
        for r in conn.execute(query)
        if r.approve is not False and aware(r.created_at) > since
    }


def _expired(conn: Connection, cutoff: datetime) -> list[str]:
    has_media = select(media.c.item_hash).where(media.c.path != "")
    query = (
        select(items.c.hash)
        .where(items.c.first_seen_at < cutoff)
        .where(
            or_(
                items.c.text.is_not(None),
                items.c.title.is_not(None),
                items.c.url.is_not(None),
                items.c.hash.in_(has_media),
            )
        )
        .order_by(items.c.first_seen_at, items.c.hash)
    )
    return [str(h) for h in conn.execute(query).scalars()]


def plan(engine: Engine, settings: RetentionSettings, now: datetime) -> RetentionPlan:
    """What a run at ``now`` would purge; changes nothing."""
    cutoff = now - timedelta(days=settings.content_days)
    with engine.connect() as conn:
        expired = _expired(conn, cutoff)
        held = held_items(conn, now, settings.hold_days)
    keep = tuple(h for h in expired if h in held)
    return RetentionPlan(tuple(h for h in expired if h not in held), keep, True, cutoff)


def run(
    engine: Engine, settings: RetentionSettings, now: datetime, *, actor: str, dry_run: bool
) -> RetentionPlan:
    """Purge what ``plan`` lists (nothing when ``dry_run``); one event per purged item."""
    planned = plan(engine, settings, now)
    if dry_run:
        return planned
    for item_hash in planned.purge:
        with engine.begin() as conn:
            if held_items(conn, now, settings.hold_days, only=item_hash):  # held meanwhile
                continue
            files = _purge_rows(conn, item_hash)
            data = {"item": item_hash, "media_files": len(files), "cutoff": str(planned.cutoff)}
            append(conn, "retention_purge", actor, f"item:{item_hash}", data, at=now)
        _unlink(item_hash, files)
    return RetentionPlan(planned.purge, planned.held, False, planned.cutoff)


def _purge_rows(conn: Connection, item_hash: str) -> list[str]:
    conn.execute(
        update(items).where(items.c.hash == item_hash).values(text=None, title=None, url=None)
    )
    query = select(findings.c.id, findings.c.evidence).where(findings.c.item_hash == item_hash)
    for row in conn.execute(query).all():
        conn.execute(
            update(findings).where(findings.c.id == row.id).values(evidence=_scrub(row.evidence))
        )
    paths = select(media.c.path).where(media.c.item_hash == item_hash, media.c.path != "")
    files = [str(p) for p in conn.execute(paths).scalars()]
    conn.execute(update(media).where(media.c.item_hash == item_hash).values(path=""))
    return files


def _scrub(evidence: Any) -> Any:
    """Evidence with every span's text blanked (offsets and details stay)."""
    if not isinstance(evidence, dict):
        return evidence
    spans = evidence.get("spans")
    if isinstance(spans, list):
        cleaned = [dict(s, text="") if isinstance(s, dict) else s for s in spans]
        return dict(evidence, spans=cleaned)
    return evidence


def _unlink(item_hash: str, files: list[str]) -> None:
    for name in files:
        path = Path(name)
        try:
            if path.is_symlink() or not path.is_file():
                log.warning("retention: item %s: media file missing or not a file", item_hash[:16])
                continue
            path.unlink()
        except OSError as exc:
            log.warning("retention: item %s: media file not deleted (%s)", item_hash[:16], exc)
