"""The bias report as JSON and as one self-contained HTML page with inline SVG charts.

Both come from the same report data (``payload``). The HTML has no script, no external
resource, and escapes every string it prints; charts are drawn here as ``<svg>``.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from clearsight.audit.bias import INSUFFICIENT, BiasReport, Cell
from clearsight.audit.gate import GateResult

BAR_W, BAR_GAP, CHART_H = 14, 4, 160
CSS = (
    "body{font:14px sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}.fail{color:#a00}"
    ".pass{color:#060}svg{border:1px solid #eee;margin:4px}"
)


def payload(report: BiasReport, gate: GateResult) -> dict[str, Any]:
    """The report, its digest and the gate's verdict: the JSON twin of the HTML page."""
    return {"report": report.as_dict(), "digest": report.digest, "gate": _gate(gate)}


def to_json(report: BiasReport, gate: GateResult) -> str:
    return json.dumps(payload(report, gate), ensure_ascii=False, indent=2, sort_keys=True)


def to_html(report: BiasReport, gate: GateResult) -> str:
    """One page: verdict, per-label charts of the "all" slice, flip rates, every cell."""
    parts = [_head(report, gate)]
    if not any(c.status == "ok" for c in report.cells):
        parts.append(f"<p id='insufficient'>{INSUFFICIENT}: no group has enough examples.</p>")
    for label in report.thresholds:
        cells = [c for c in report.cells if c.label == label and c.lang == "all"]
        parts.append(_auc_chart(label, cells))
    parts.append(_flip_chart(report))
    parts.append(_cell_table(report.cells))
    body = "\n".join(parts)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Bias audit {escape(report.model)}</title><style>{CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def _gate(gate: GateResult) -> dict[str, Any]:
    return {"passed": gate.passed, "failures": gate.failures, "worst": gate.worst}


def _head(report: BiasReport, gate: GateResult) -> str:
    verdict = "<b class='pass'>PASS</b>" if gate.passed else "<b class='fail'>FAIL</b>"
    fails = "".join(f"<li>{escape(f)}</li>" for f in gate.failures[:50])
    return (
        f"<h1>Bias audit: {escape(report.model)}</h1>"
        f"<p>suite {escape(report.suite)}, {report.items} items, digest "
        f"<code>{report.digest}</code></p><p>gate: {verdict}</p><ul>{fails}</ul>"
    )


def _bars(values: list[tuple[str, float | None]], title: str, css_id: str) -> str:
    """A vertical bar chart of values in [0, 1]; a missing value is a grey stub."""
    width = max(1, len(values)) * (BAR_W + BAR_GAP) + 40
    bars = []
    for i, (name, value) in enumerate(values):
        x = 30 + i * (BAR_W + BAR_GAP)
        height = 2 if value is None else max(1, int(value * (CHART_H - 40)))
        fill = "#bbb" if value is None else "#4a7ab5"
        shown = INSUFFICIENT if value is None else f"{value:.3f}"
        bars.append(
            f"<rect x='{x}' y='{CHART_H - 20 - height}' width='{BAR_W}' height='{height}' "
            f"fill='{fill}'><title>{escape(name)}: {shown}</title></rect>"
        )
    return (
        f"<svg id='{escape(css_id)}' class='chart' xmlns='http://www.w3.org/2000/svg' "
        f"width='{width}' height='{CHART_H}' role='img'><text x='4' y='14'>{escape(title)}</text>"
        f"<line x1='28' y1='{CHART_H - 20}' x2='{width}' y2='{CHART_H - 20}' stroke='#333'/>"
        + "".join(bars)
        + "</svg>"
    )


def _auc_chart(label: str, cells: list[Cell]) -> str:
    values: list[tuple[str, float | None]] = []
    for cell in cells:
        for metric in ("subgroup_auc", "bpsn_auc", "bnsp_auc"):
            values.append((f"{cell.group} {metric}", getattr(cell, metric)))
    title = f"{label}: subgroup / BPSN / BNSP AUC per group (all languages)"
    return f"<h2>{escape(label)}</h2>" + _bars(values, title, f"auc-{label}")


def _flip_chart(report: BiasReport) -> str:
    values: list[tuple[str, float | None]] = []
    for flips in report.flips:
        values += [(f"{flips.label} {g}", r) for g, r in flips.by_group.items()]
    return "<h2>Counterfactual flips</h2>" + _bars(values, "flip rate per label and group", "flips")


def _cell_table(cells: list[Cell]) -> str:
    head = "<tr><th>label</th><th>lang</th><th>group</th><th>n</th><th>pos</th>"
    head += "<th>subgroup AUC</th><th>BPSN AUC</th><th>BNSP AUC</th>"
    head += "<th>FPR gap</th><th>FNR gap</th></tr>"
    rows = [head]
    for c in cells:
        nums = [c.subgroup_auc, c.bpsn_auc, c.bnsp_auc, c.fpr_gap, c.fnr_gap]
        shown = "".join(f"<td>{INSUFFICIENT if v is None else f'{v:.3f}'}</td>" for v in nums)
        names = "".join(f"<td>{escape(x)}</td>" for x in (c.label, c.lang, c.group))
        rows.append(f"<tr>{names}<td>{c.n}</td><td>{c.positives}</td>{shown}</tr>")
    return "<h2>All cells</h2><table>" + "".join(rows) + "</table>"
