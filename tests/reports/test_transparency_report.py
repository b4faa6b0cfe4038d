"""Transparency report: empty and tiny databases, figures, CSV and JSON shapes, SoR export."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

from clearsight.reports.data import Period
from clearsight.reports.render import CSV_HEADER, to_csv, to_html, to_json
from clearsight.reports.sor import statements
from clearsight.reports.transparency import transparency_report
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World

WIDE = Period.days(date(2020, 1, 1), date(2040, 12, 31))
SOR_FIELDS = {
    "puid",
    "decision_visibility",
    "decision_ground",
    "incompatible_content_ground",
    "incompatible_content_explanation",
    "decision_facts",
    "category",
    "content_type",
    "content_language",
    "content_date",
    "application_date",
    "source_type",
    "automated_detection",
    "automated_decision",
}


def _populate(world: World, reasons: StatementOfReasons) -> dict[str, int]:
    """Five fictional cases: remove, restrict, no_action, preserve, one reversed on complaint."""
    world.clock.at = datetime.now(UTC)
    first = world.user("rev_ash", "reviewer")
    second = world.user("rev_birch", "reviewer")
    outcomes = ["remove", "restrict", "no_action", "preserve", "remove"]
    made = {}
    for n, outcome in enumerate(outcomes):
        case = world.make_case(f"Fictional post {n} about the Glimmerfolk Club of Lake Ombria")
        world.clock.advance(hours=2)
        made[outcome + str(n)] = world.service.decide(
            case, reviewer=first, outcome=outcome, categories=["threat"], reasons=reasons
        ).id
    last = world.service.decision(made["remove4"])
    complaint = world.service.file_complaint(last.case_ref, "The post was satire.", None)
    world.service.decide_complaint(
        complaint.id, reviewer=second, outcome="reverse", reasons="Fictional satire, reversed."
    )
    return made


def test_empty_database_says_so(world: World) -> None:
    report = transparency_report(world.store.engine, WIDE)
    assert report.empty
    assert report.figures["reversal_rate"] is None
    assert report.figures["median_hours_to_decision"] is None
    assert any("nothing to report" in n for n in report.notes)
    assert "nothing to report" in to_html(report)
    assert json.loads(to_json(report))["figures"]["cases_opened"] == 0
    assert next(iter(csv.reader(io.StringIO(to_csv(report))))) == list(CSV_HEADER)


def test_tiny_database_one_undecided_case(world: World) -> None:
    world.make_case()
    report = transparency_report(world.store.engine, WIDE)
    assert report.figures["cases_opened"] == 1
    assert report.figures["decisions"] == 0
    assert report.figures["median_hours_to_decision"] is None
    assert not report.empty


def test_figures_of_a_small_period(world: World, reasons: StatementOfReasons) -> None:
    _populate(world, reasons)
    report = transparency_report(world.store.engine, WIDE)
    f = report.figures
    assert f["cases_opened"] == 5
    assert f["flagged_automated"] == 5 and f["flagged_human_notice"] == 0
    assert f["decisions"] == 5
    assert f["complaints_filed"] == 1 and f["complaints_open"] == 0
    assert f["reversal_rate"] == 1.0
    assert f["legal_holds_placed"] == 1
    assert f["legal_holds_active_at_end"] == 0  # the period ends years after the hold
    recent = Period.days(date.today() - timedelta(days=2), date.today() + timedelta(days=2))
    assert transparency_report(world.store.engine, recent).figures["legal_holds_active_at_end"] == 1
    assert report.by_outcome == {"no_action": 1, "preserve": 1, "remove": 2, "restrict": 1}
    assert report.by_category == {"threat": 5}
    assert report.complaints_by_outcome == {"reverse": 1}
    assert f["median_hours_to_decision"] is not None and f["median_hours_to_decision"] > 0


def test_period_excludes_other_days(world: World, reasons: StatementOfReasons) -> None:
    _populate(world, reasons)
    report = transparency_report(
        world.store.engine, Period.days(date(2021, 1, 1), date(2021, 1, 2))
    )
    assert report.empty and report.figures["decisions"] == 0


def test_csv_and_json_shapes(world: World, reasons: StatementOfReasons) -> None:
    _populate(world, reasons)
    report = transparency_report(world.store.engine, WIDE)
    rows = list(csv.reader(io.StringIO(to_csv(report))))
    assert rows[0] == list(CSV_HEADER) and all(len(r) == 3 for r in rows)
    by_key = {(r[0], r[1]): r[2] for r in rows}
    assert by_key[("figures", "cases_opened")] == "5"
    assert by_key[("decisions_by_outcome", "remove")] == "2"
    data = json.loads(to_json(report))
    assert set(data) == {
        "period",
        "figures",
        "cases_by_category",
        "decisions_by_outcome",
        "complaints_by_outcome",
        "notes",
    }
    assert data["figures"]["complaints_filed"] == 1


def test_sor_export_one_line_per_restricting_decision(
    world: World, reasons: StatementOfReasons
) -> None:
    made = _populate(world, reasons)
    rows = list(statements(world.store.engine, WIDE))
    restricting = [made["remove0"], made["restrict1"], made["remove4"]]
    assert [r["puid"] for r in rows] == [f"clearsight-decision-{i}" for i in restricting]
    for row in rows:
        assert set(row) >= SOR_FIELDS
        assert row["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
        assert row["automated_detection"] == "Yes"
        assert row["decision_facts"] == reasons.facts_and_circumstances
        assert row["content_language"] == "EN"
    assert rows[0]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert rows[1]["decision_visibility"] == ["DECISION_VISIBILITY_OTHER"]
    assert "decision_visibility_other" in rows[1]
