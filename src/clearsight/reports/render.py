"""The transparency report as HTML (inline-SVG charts), CSV (metric,key,value) and JSON."""

from __future__ import annotations

import csv
import io
import json

from clearsight.reports.svg import bar_chart, notes, page, table
from clearsight.reports.transparency import TransparencyReport

CSV_HEADER = ("section", "key", "value")


def to_json(report: TransparencyReport) -> str:
    return json.dumps(report.as_dict(), indent=2, sort_keys=True, allow_nan=False) + "\n"


def to_csv(report: TransparencyReport) -> str:
    """One row per figure: ``section,key,value``; an empty value is insufficient data."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerow(("period", "from", report.period.start.isoformat()))
    writer.writerow(("period", "to", report.period.end.isoformat()))
    for key, value in report.figures.items():
        writer.writerow(("figures", key, "" if value is None else value))
    sections = {
        "cases_by_category": report.by_category,
        "decisions_by_outcome": report.by_outcome,
        "complaints_by_outcome": report.complaints_by_outcome,
    }
    for section, counts in sections.items():
        for key, count in counts.items():
            writer.writerow((section, key, count))
    for line in report.notes:
        writer.writerow(("notes", "", line))
    return out.getvalue()


def to_html(report: TransparencyReport) -> str:
    p = report.period
    title = f"Transparency report {p.start.date()} to {p.end.date()} (end exclusive)"
    f = report.figures
    flagged = {"automated means": f["flagged_automated"], "human notice": f["flagged_human_notice"]}
    body = [
        notes(report.notes),
        "<h2>Figures</h2>",
        table(("figure", "value"), [(k.replace("_", " "), v) for k, v in f.items()]),
        "<h2>Flagged by automated means vs human notice</h2>",
        bar_chart("Cases by how they were flagged", flagged),
        "<h2>Cases by category</h2>",
        bar_chart("Cases by category", report.by_category),
        "<h2>Decisions by outcome</h2>",
        bar_chart("Decisions in force by outcome", report.by_outcome),
        "<h2>Complaints and their outcomes</h2>",
        bar_chart("Complaints by outcome", report.complaints_by_outcome),
    ]
    return page(title, "".join(body))
