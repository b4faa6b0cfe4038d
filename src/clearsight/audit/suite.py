"""Bias-suite items: the built-in templated suite, or a labelled JSONL file.

A JSONL line holds ``text``, ``labels`` (a list of label names), ``target_group`` and
``lang``; an optional ``template`` groups counterfactual variants (texts that differ only in
the identity term). Files are bounded: lines, line length and item count.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clearsight.analyze.classifier.api import LABELS
from clearsight.audit.suite_data import CATEGORIES, KINDS, TEMPLATES, TERMS
from clearsight.errors import InputError

MAX_ITEMS = 200_000
MAX_LINE_BYTES = 20_000
MAX_FIELD = 64


@dataclass(frozen=True, slots=True)
class SuiteItem:
    """One audit text; ``template`` is shared by its counterfactual variants ("" if none)."""

    text: str
    labels: frozenset[str]
    target_group: str
    lang: str
    template: str = ""


def builtin_suite() -> list[SuiteItem]:
    """Every template filled with every identity term of its language."""
    return [item for lang in TEMPLATES for item in _language_items(lang)]


def _language_items(lang: str) -> Iterator[SuiteItem]:
    for kind, templates in TEMPLATES[lang].items():
        labels = frozenset(KINDS[kind])
        for number, template in enumerate(templates):
            for group, term in TERMS[lang].items():
                text = _fill(template, term)
                yield SuiteItem(text, labels, group, lang, f"{lang}:{kind}:{number}")


def _fill(template: str, term: str) -> str:
    text = template.replace("{g}", term)
    return text[0].upper() + text[1:] if template.startswith("{g}") else text


def category_of(group: str) -> str:
    """The protected characteristic of a built-in identity ("" for others)."""
    return CATEGORIES.get(group, "")


def load_jsonl(path: Path) -> list[SuiteItem]:
    """Read a labelled suite; a malformed line raises InputError naming the line."""
    items: list[SuiteItem] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES or len(items) >= MAX_ITEMS:
                raise InputError(f"{path}:{number}: line too long or too many items")
            items.append(_parse(raw, f"{path}:{number}"))
    return items


def _parse(raw: bytes, where: str) -> SuiteItem:
    try:
        row = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{where}: not valid JSON") from exc
    if not isinstance(row, dict):
        raise InputError(f"{where}: not a JSON object")
    text, labels = row.get("text"), row.get("labels")
    if not isinstance(text, str) or not isinstance(labels, list):
        raise InputError(f"{where}: needs a string 'text' and a list 'labels'")
    unknown = [x for x in labels if x not in LABELS]
    if unknown:
        raise InputError(f"{where}: unknown label(s) {unknown[:3]!r}")
    fields = [_short(row, key, where) for key in ("target_group", "lang", "template")]
    return SuiteItem(text, frozenset(labels), *fields)


def _short(row: dict[str, object], key: str, where: str) -> str:
    value = row.get(key, "")
    if not isinstance(value, str) or len(value) > MAX_FIELD:
        raise InputError(f"{where}: '{key}' must be a string of at most {MAX_FIELD} characters")
    return value
