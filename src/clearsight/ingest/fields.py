"""Turn a flat mapping of named fields (a JSON object, a CSV row) into a Record.

JSONL and CSV share the column names: text from ``text``/``content``/``body``/``message``,
the id from ``id``, the author from ``author``/``author_id``/``user``/``username``, the time
from ``created_at``/``date``/``timestamp``, plus ``url`` and ``title``. Other scalar fields
become bounded string metadata.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType

from clearsight.ingest.common import MISSING_TEXT, parse_date
from clearsight.types import Malformed, Provenance, Record

TEXT_FIELDS = ("text", "content", "body", "message")
AUTHOR_FIELDS = ("author", "author_id", "user", "username")
DATE_FIELDS = ("created_at", "date", "timestamp")
KNOWN_FIELDS = frozenset(
    (*TEXT_FIELDS, *AUTHOR_FIELDS, *DATE_FIELDS, "id", "url", "title"),
)
MAX_METADATA_KEYS = 32
MAX_VALUE_CHARS = 256


def fields_to_record(fields: Mapping[str, object], where: Provenance) -> Record | Malformed:
    """A Record from ``fields``, or a ``missing_text`` Malformed; ``where`` lacks the id."""
    where = dataclasses.replace(where, external_id=_scalar(fields.get("id")))
    text, problem = _text(fields)
    if text is None:
        return Malformed(where, MISSING_TEXT, problem)
    return Record(
        provenance=where,
        text=text,
        author=_first_scalar(fields, AUTHOR_FIELDS),
        created_at=_first_date(fields),
        url=_string(fields.get("url")),
        title=_string(fields.get("title")),
        metadata=metadata(fields),
    )


def _present(value: object) -> bool:
    return value is not None and value != ""


def _text(fields: Mapping[str, object]) -> tuple[str | None, str]:
    """The text, or None and why not (field names only)."""
    for key in TEXT_FIELDS:
        value = fields.get(key)
        if not _present(value):
            continue
        if not isinstance(value, str):
            return None, f"field {key!r} is {type(value).__name__}, not a string"
        if not value.strip():
            return None, f"field {key!r} is blank"
        return value, ""
    return None, f"no non-empty text field (one of {', '.join(TEXT_FIELDS)})"


def _scalar(value: object) -> str | None:
    """A string or integer (not bool) as a bounded string; anything else is None."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value)
    return text[:MAX_VALUE_CHARS] if text else None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _first_scalar(fields: Mapping[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        found = _scalar(fields.get(key))
        if found is not None:
            return found
    return None


def _first_date(fields: Mapping[str, object]) -> datetime | None:
    for key in DATE_FIELDS:
        if _present(fields.get(key)):
            return parse_date(fields.get(key))
    return None


def metadata(fields: Mapping[str, object]) -> Mapping[str, str]:
    """Other scalar fields as strings: at most 32 keys, keys and values cut to 256 chars."""
    out: dict[str, str] = {}
    for key, value in fields.items():
        if len(out) >= MAX_METADATA_KEYS:
            break
        if key in KNOWN_FIELDS or not _present(value):
            continue
        if isinstance(value, str):
            out[key[:MAX_VALUE_CHARS]] = value[:MAX_VALUE_CHARS]
        elif isinstance(value, bool | int | float):
            out[key[:MAX_VALUE_CHARS]] = json.dumps(value)[:MAX_VALUE_CHARS]
    return MappingProxyType(out)
