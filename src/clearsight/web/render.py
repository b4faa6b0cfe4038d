"""Jinja2 rendering with autoescape on, and evidence highlighting built from spans.

Highlights are a list of ``(text, marked)`` segments that the template wraps in ``<mark>``;
content is never turned into markup, only escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from clearsight.review.hooks import ENTRY_KEY
from clearsight.storage.protocols import StoredFinding

MAX_SPANS = 500


def environment() -> Environment:
    folder = resources.files("clearsight.web") / "templates"
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = when
    env.filters["score"] = lambda v: format(float(v), ".2f")
    return env


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def spans_of(findings: Iterable[StoredFinding]) -> list[tuple[int, int]]:
    """Every evidence span of every finding as ``(start, end)``."""
    found: list[tuple[int, int]] = []
    for finding in findings:
        raw = finding.evidence.get("spans", []) if isinstance(finding.evidence, Mapping) else []
        for span in raw if isinstance(raw, list) else []:
            if isinstance(span, Mapping):
                start, end = span.get("start"), span.get("end")
                if isinstance(start, int) and isinstance(end, int):
                    found.append((start, end))
    return found[:MAX_SPANS]


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into plain and marked pieces; overlapping spans merge, bad ones drop."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[str, bool]] = []
    cursor = 0
    for start, end in merged:
        if start > cursor:
            out.append((text[cursor:start], False))
        out.append((text[start:end], True))
        cursor = end
    if cursor < len(text):
        out.append((text[cursor:], False))
    return out


def bank_matches(findings: Iterable[StoredFinding]) -> list[dict[str, Any]]:
    """Findings whose evidence names a bank entry (with its distance when given)."""
    matches = []
    for f in findings:
        details = f.evidence.get("details", {}) if isinstance(f.evidence, Mapping) else {}
        if isinstance(details, Mapping) and ENTRY_KEY in details:
            matches.append(
                {
                    "analyzer": f"{f.analyzer}@{f.version}",
                    "bank": str(details.get("bank", "")),
                    "entry": str(details.get(ENTRY_KEY, "")),
                    "distance": details.get("distance", ""),
                }
            )
    return matches
