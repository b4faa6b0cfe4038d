"""The decision audit as a self-contained HTML page: alerts first, then charts per dimension."""

from __future__ import annotations

from clearsight.audit.decisions import ALERT_POINTS, DIMENSIONS, DecisionAudit
from clearsight.reports.svg import bar_chart, notes, page, table

HEADER = (
    "dimension",
    "group",
    "items",
    "flag rate",
    "decided",
    "removal rate",
    "complaints",
    "reversal rate",
    "median hours to decision",
)


def audit_html(audit: DecisionAudit) -> str:
    alerts = [
        f"{g.dimension}: {g.metric.replace('_', ' ')} differs by {g.points:g} points "
        f"between {g.high} and {g.low} (more than {ALERT_POINTS:g})"
        for g in audit.alerts
    ]
    body = [
        notes(audit.notes),
        notes(alerts, css="gap") if alerts else notes(["No gap above the alert level."]),
        "<h2>Groups</h2>",
        table(
            HEADER,
            [
                (
                    r.dimension,
                    r.group,
                    r.items,
                    r.flag_rate,
                    r.decided,
                    r.removal_rate,
                    r.complaints,
                    r.reversal_rate,
                    r.median_hours,
                )
                for r in audit.groups
            ],
        ),
    ]
    for dim in DIMENSIONS:
        rows = [r for r in audit.groups if r.dimension == dim]
        rates = {
            r.group: round(r.removal_rate * 100, 1) for r in rows if r.removal_rate is not None
        }
        flags = {r.group: round(r.flag_rate * 100, 1) for r in rows if r.flag_rate is not None}
        body.append(f"<h2>By {dim}</h2>")
        body.append(bar_chart(f"Removal rate by {dim} (%)", rates, unit="%"))
        body.append(bar_chart(f"Flag rate by {dim} (%)", flags, unit="%"))
    return page(f"Decision audit since {audit.since.date()}", "".join(body))
