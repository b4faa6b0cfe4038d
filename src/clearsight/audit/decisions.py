"""Decision audits: disparities in live human decisions between groups of items.

Groups by language, ideology facet, source plug-in and country. Per group: flag rate (items that
opened a case), removal rate (decided cases whose decision in force is ``remove``), complaint
reversal rate, and median hours to the first decision. A rate over fewer than ``min_group``
items is ``None`` (insufficient data). A gap of more than ``ALERT_POINTS`` percentage points
between two groups' rates is an alert.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select

from clearsight.reports.data import (
    first_decisions,
    hours,
    load_cases,
    load_complaints,
    load_decisions,
    median,
    standing,
)
from clearsight.review.context import aware
from clearsight.storage.sql.schema import findings, items, sightings, sources

DIMENSIONS = ("language", "ideology", "source", "country")
RATES = ("flag_rate", "removal_rate", "reversal_rate")
ALERT_POINTS = 20.0
MIN_GROUP = 5


@dataclass(frozen=True, slots=True)
class GroupRow:
    dimension: str
    group: str
    items: int
    flagged: int
    decided: int
    removed: int
    complaints: int
    reversed: int
    flag_rate: float | None
    removal_rate: float | None
    reversal_rate: float | None
    median_hours: float | None


@dataclass(frozen=True, slots=True)
class Gap:
    dimension: str
    metric: str
    high: str
    low: str
    points: float
    alert: bool


@dataclass(frozen=True, slots=True)
class DecisionAudit:
    since: datetime
    groups: tuple[GroupRow, ...]
    gaps: tuple[Gap, ...]
    notes: tuple[str, ...]

    @property
    def alerts(self) -> tuple[Gap, ...]:
        return tuple(g for g in self.gaps if g.alert)

    def as_dict(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "alert_points": ALERT_POINTS,
            "groups": [asdict(g) for g in self.groups],
            "gaps": [asdict(g) for g in self.gaps],
            "notes": list(self.notes),
        }


def _facets(conn: Connection, since: datetime) -> dict[str, dict[str, set[str]]]:
    """Item hash -> dimension -> the item's groups (an item may be in several)."""
    out: dict[str, dict[str, set[str]]] = {}
    for h, lang, seen in conn.execute(select(items.c.hash, items.c.lang, items.c.first_seen_at)):
        if aware(seen) >= since:
            out[str(h)] = {d: set() for d in DIMENSIONS}
            out[str(h)]["language"].add(str(lang or "unknown")[:16])
    query = select(findings.c.item_hash, findings.c.ideology).where(
        findings.c.ideology.is_not(None)
    )
    for h, ideology in conn.execute(query):
        if str(h) in out:
            out[str(h)]["ideology"].add(str(ideology)[:32])
    seen_q = select(sightings.c.item_hash, sources.c.plugin, sightings.c.meta).join(
        sources, sources.c.id == sightings.c.source_id
    )
    for h, plugin, meta in conn.execute(seen_q):
        if str(h) in out:
            out[str(h)]["source"].add(str(plugin)[:64])
            country = meta.get("country") if isinstance(meta, dict) else None
            out[str(h)]["country"].add(str(country)[:8] if country else "unknown")
    for facets in out.values():
        for dim in ("ideology", "source", "country"):
            facets[dim] = facets[dim] or {"none" if dim == "ideology" else "unknown"}
    return out


def decision_audit(engine: Engine, since: datetime, *, min_group: int = MIN_GROUP) -> DecisionAudit:
    """Audit items first seen since ``since`` and their cases, decisions and complaints."""
    with engine.connect() as conn:
        facets = _facets(conn, since)
        case_rows = [c for c in load_cases(conn) if c.item_hash in facets]
        decision_rows = load_decisions(conn)
        complaint_rows = load_complaints(conn)
    first, latest = first_decisions(decision_rows), standing(decision_rows)
    by_case: dict[int, list[str | None]] = defaultdict(list)
    for c in complaint_rows:
        if c.status == "decided":
            by_case[c.case_id].append(c.outcome)
    tallies: dict[tuple[str, str], dict[str, Any]] = defaultdict(_blank)
    case_of = {c.item_hash: c for c in case_rows}
    for item_hash, dims in facets.items():
        case = case_of.get(item_hash)
        for dim, groups in dims.items():
            for group in groups:
                _tally(tallies[(dim, group)], case, first, latest, by_case)
    rows = tuple(_row(k, t, min_group) for k, t in sorted(tallies.items()))
    gaps = tuple(_gaps(rows))
    notes = () if facets else ("No items in this period: there is nothing to audit.",)
    return DecisionAudit(since, rows, gaps, notes)


def _blank() -> dict[str, Any]:
    return {
        "items": 0,
        "flagged": 0,
        "decided": 0,
        "removed": 0,
        "complaints": 0,
        "reversed": 0,
        "waits": [],
    }


def _tally(t: dict[str, Any], case: Any, first: Any, latest: Any, by_case: Any) -> None:
    t["items"] += 1
    if case is None:
        return
    t["flagged"] += 1
    if case.id in first:
        t["waits"].append(hours(first[case.id].created_at, case.created_at))
    if case.id in latest:
        t["decided"] += 1
        t["removed"] += latest[case.id].outcome == "remove"
    outcomes = by_case.get(case.id, [])
    t["complaints"] += len(outcomes)
    t["reversed"] += sum(1 for o in outcomes if o == "reverse")


def _rate(part: int, whole: int, min_group: int) -> float | None:
    return round(part / whole, 4) if whole >= min_group else None


def _row(key: tuple[str, str], t: dict[str, Any], min_group: int) -> GroupRow:
    wait = median(t["waits"]) if len(t["waits"]) >= min_group else None
    return GroupRow(
        key[0],
        key[1],
        t["items"],
        t["flagged"],
        t["decided"],
        t["removed"],
        t["complaints"],
        t["reversed"],
        _rate(t["flagged"], t["items"], min_group),
        _rate(t["removed"], t["decided"], min_group),
        _rate(t["reversed"], t["complaints"], min_group),
        None if wait is None else round(wait, 2),
    )


def _gaps(rows: Iterable[GroupRow]) -> Iterable[Gap]:
    listed = list(rows)
    for dim in DIMENSIONS:
        for metric in RATES:
            valued = [(getattr(r, metric), r.group) for r in listed if r.dimension == dim]
            valued = [(v, g) for v, g in valued if v is not None]
            if len(valued) < 2:
                continue
            (low, low_g), (high, high_g) = min(valued), max(valued)
            points = round((high - low) * 100, 1)
            yield Gap(dim, metric, high_g, low_g, points, points > ALERT_POINTS)
