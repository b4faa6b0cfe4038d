"""The transparency report for a period: the figures TCO Art 7 and DSA Art 15 ask for.

Counts only (no content, no names). A rate or a median with nothing to divide by is ``None``
and the report says so in ``notes``; an empty database gives a report of zeros and notes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, select

from clearsight.reports.data import (
    CaseRow,
    DecisionRow,
    Period,
    first_decisions,
    hours,
    load_cases,
    load_complaints,
    load_decisions,
    median,
    ratio,
)
from clearsight.review.context import aware
from clearsight.storage.sql.schema import findings
from clearsight.storage.sql.schema_banks import bank_entries

DEFAULT_HOLD_DAYS = 183
HUMAN_NOTICE_ANALYZERS = frozenset({"notice", "manual", "trusted_flagger"})


@dataclass(frozen=True, slots=True)
class TransparencyReport:
    period: Period
    figures: dict[str, Any]
    by_category: dict[str, int]
    by_outcome: dict[str, int]
    complaints_by_outcome: dict[str, int]
    notes: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.figures["cases_opened"] or self.figures["decisions"])

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "figures": self.figures,
            "cases_by_category": self.by_category,
            "decisions_by_outcome": self.by_outcome,
            "complaints_by_outcome": self.complaints_by_outcome,
            "notes": list(self.notes),
        }


def transparency_report(
    engine: Engine, period: Period, *, hold_days: int = DEFAULT_HOLD_DAYS
) -> TransparencyReport:
    """The report for ``period``; holds count as active for ``hold_days`` after the decision."""
    with engine.connect() as conn:
        all_cases = [c for c in load_cases(conn) if c.created_at in period]
        decisions = load_decisions(conn)
        complaints = [c for c in load_complaints(conn) if c.filed_at in period]
        notice = _human_notice_items(conn)
        deconfirmed = _deconfirmed(conn, period)
    in_period = [d for d in decisions if d.created_at in period]
    human = sum(1 for c in all_cases if c.item_hash in notice)
    decided = [c for c in complaints if c.status == "decided"]
    reversed_ = sum(1 for c in decided if c.outcome == "reverse")
    figures: dict[str, Any] = {
        "cases_opened": len(all_cases),
        "flagged_automated": len(all_cases) - human,
        "flagged_human_notice": human,
        "decisions": len(in_period),
        "decisions_automated_detection": sum(1 for d in in_period if d.automated),
        "decisions_pending_second_review": sum(1 for d in in_period if d.state == "pending"),
        "complaints_filed": len(complaints),
        "complaints_open": len(complaints) - len(decided),
        "median_hours_to_decision": _median_hours(all_cases, decisions),
        "reversal_rate": ratio(reversed_, len(decided)),
        "bank_entries_deconfirmed": deconfirmed,
        "legal_holds_placed": sum(1 for d in in_period if d.outcome == "preserve" and d.effective),
        "legal_holds_active_at_end": _active_holds(decisions, period, hold_days),
    }
    return TransparencyReport(
        period,
        figures,
        _count(cat for c in all_cases for cat in c.categories),
        _count(d.outcome for d in in_period if d.effective),
        _count(c.outcome or "open" for c in complaints),
        _notes(figures),
    )


def _active_holds(decisions: list[DecisionRow], period: Period, hold_days: int) -> int:
    """Cases with a preserve decision (not rejected) still holding at the period's end."""
    since = period.end - timedelta(days=hold_days)
    return len(
        {
            d.case_id
            for d in decisions
            if d.outcome == "preserve"
            and d.state != "rejected"
            and since < d.created_at < period.end
        }
    )


def _count(values: Any) -> dict[str, int]:
    return dict(sorted(Counter(values).items()))


def _median_hours(case_rows: list[CaseRow], decisions: list[DecisionRow]) -> float | None:
    first = first_decisions(decisions)
    waits = [hours(first[c.id].created_at, c.created_at) for c in case_rows if c.id in first]
    value = median(waits)
    return None if value is None else round(value, 2)


def _human_notice_items(conn: Any) -> set[str]:
    query = select(findings.c.item_hash).where(findings.c.analyzer.in_(HUMAN_NOTICE_ANALYZERS))
    return {str(h) for h in conn.execute(query).scalars()}


def _deconfirmed(conn: Any, period: Period) -> int:
    query = select(bank_entries.c.status_at).where(bank_entries.c.status == "deconfirmed")
    stamps = [aware(s) for s in conn.execute(query).scalars() if s is not None]
    return sum(1 for s in stamps if s in period)


def _notes(figures: dict[str, Any]) -> tuple[str, ...]:
    notes = []
    if not figures["cases_opened"] and not figures["decisions"]:
        notes.append("No cases and no decisions in this period: there is nothing to report.")
    if figures["median_hours_to_decision"] is None:
        notes.append("Median time to decision: insufficient data (no decided case).")
    if figures["reversal_rate"] is None:
        notes.append("Reversal rate: insufficient data (no decided complaint).")
    return tuple(notes)


__all__ = ["Period", "TransparencyReport", "transparency_report"]
