"""Read the review tables into small rows for reports and audits (ids and codes, no content).

Times come back timezone-aware (UTC). A decision's ``state`` follows ``review.decisions``:
final, pending, approved or rejected; only final and approved decisions are in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select

from clearsight.errors import InputError
from clearsight.review.context import aware
from clearsight.storage.sql.schema import cases
from clearsight.storage.sql.schema_review import complaints, decisions, second_reviews

UTC_MIDNIGHT = time(0, 0)


@dataclass(frozen=True, slots=True)
class Period:
    """``start`` inclusive, ``end`` exclusive, both UTC."""

    start: datetime
    end: datetime

    @classmethod
    def days(cls, first: date, last: date) -> Period:
        """From the start of ``first`` to the end of ``last`` (UTC)."""
        if last < first:
            raise InputError(f"period {first}..{last}: the end is before the start")
        start = datetime.combine(first, UTC_MIDNIGHT, tzinfo=UTC)
        return cls(start, start + timedelta(days=(last - first).days + 1))

    def __contains__(self, when: object) -> bool:
        return isinstance(when, datetime) and self.start <= when < self.end


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    item_hash: str
    created_at: datetime
    status: str
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    case_id: int
    outcome: str
    categories: tuple[str, ...]
    automated: bool
    created_at: datetime
    state: str

    @property
    def effective(self) -> bool:
        return self.state in ("final", "approved")


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    id: int
    case_id: int
    decision_id: int
    filed_at: datetime
    status: str
    outcome: str | None
    decided_at: datetime | None


def _state(m: Any) -> str:
    if not m["needs_second"]:
        return "final"
    if m["approve"] is None:
        return "pending"
    return "approved" if m["approve"] else "rejected"


def load_cases(conn: Connection) -> list[CaseRow]:
    query = select(cases).order_by(cases.c.id)
    return [
        CaseRow(int(m["id"]), m["item_hash"], aware(m["created_at"]), m["status"], _codes(m))
        for m in conn.execute(query).mappings()
    ]


def load_decisions(conn: Connection) -> list[DecisionRow]:
    query = (
        select(decisions, second_reviews.c.approve)
        .outerjoin(second_reviews, second_reviews.c.decision_id == decisions.c.id)
        .order_by(decisions.c.id)
    )
    out = []
    for m in conn.execute(query).mappings():
        reasons = m["reasons"] if isinstance(m["reasons"], dict) else {}
        automated = bool(reasons.get("automated_detection", False))
        created = aware(m["created_at"])
        out.append(
            DecisionRow(
                int(m["id"]),
                int(m["case_id"]),
                m["outcome"],
                _codes(m),
                automated,
                created,
                _state(m),
            )
        )
    return out


def load_complaints(conn: Connection) -> list[ComplaintRow]:
    query = select(complaints).order_by(complaints.c.id)
    return [
        ComplaintRow(
            int(m["id"]),
            int(m["case_id"]),
            int(m["decision_id"]),
            aware(m["filed_at"]),
            m["status"],
            m["outcome"],
            aware(m["decided_at"]) if m["decided_at"] else None,
        )
        for m in conn.execute(query).mappings()
    ]


def _codes(m: Any) -> tuple[str, ...]:
    raw = m["categories"]
    return tuple(str(c)[:32] for c in raw) if isinstance(raw, list) else ()


def first_decisions(rows: list[DecisionRow]) -> dict[int, DecisionRow]:
    """Case id -> its first decision."""
    first: dict[int, DecisionRow] = {}
    for row in rows:
        first.setdefault(row.case_id, row)
    return first


def standing(rows: list[DecisionRow]) -> dict[int, DecisionRow]:
    """Case id -> the latest decision in force."""
    latest: dict[int, DecisionRow] = {}
    for row in rows:
        if row.effective:
            latest[row.case_id] = row
    return latest


def median(values: list[float]) -> float | None:
    """The median, or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when whole is 0."""
    return part / whole if whole else None


def hours(later: datetime, earlier: datetime) -> float:
    return (later - earlier).total_seconds() / 3600
