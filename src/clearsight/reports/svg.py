"""Inline-SVG charts and a self-contained HTML page (no scripts, no external resources)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

BAR_HEIGHT = 22
LABEL_WIDTH = 220
CHART_WIDTH = 640
MAX_BARS = 40

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #1b1b1b; max-width: 60em; }
table { border-collapse: collapse; margin: 1em 0; }
td, th { border: 1px solid #999; padding: 0.25em 0.6em; text-align: left; }
.note { background: #fff4d6; padding: 0.5em 1em; border-left: 4px solid #d9a400; }
.gap { background: #fde2e2; border-left: 4px solid #b00020; padding: 0.5em 1em; }
svg.chart { display: block; margin: 0.5em 0 1.5em; }
"""


def bar_chart(title: str, values: Mapping[str, float], *, unit: str = "") -> str:
    """A horizontal bar chart as an ``<svg class="chart">``; an empty mapping says so."""
    rows = list(values.items())[:MAX_BARS]
    height = BAR_HEIGHT * (len(rows) + 1) + 10
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" height="{height}">',
        f"<title>{escape(title)}</title>",
    ]
    if not rows:
        parts.append(f'<text x="4" y="{BAR_HEIGHT}">no data</text>')
    top = max((v for _, v in rows), default=0.0) or 1.0
    span = CHART_WIDTH - LABEL_WIDTH - 80
    for i, (label, value) in enumerate(rows):
        y = BAR_HEIGHT * i + 6
        width = max(0.0, value) / top * span
        shown = f"{value:g}{unit}"
        parts.append(f'<text x="4" y="{y + 15}">{escape(label[:30])}</text>')
        parts.append(
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" '
            f'height="{BAR_HEIGHT - 6}" fill="#3c6e9f"/>'
        )
        parts.append(f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{y + 15}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """An HTML table with every cell escaped."""
    head = "".join(f"<th>{escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_cell(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if value is None:
        return "insufficient data"
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def notes(lines: Sequence[str], css: str = "note") -> str:
    return "".join(f'<p class="{css}">{escape(line)}</p>' for line in lines)


def page(title: str, body: str) -> str:
    """A self-contained HTML document; a CSP forbids scripts and outside resources."""
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>\n"
    )
