"""Classify JSON Lines in a stream: one output row per input line, in order, memory flat.

Each input line must be a JSON object with ``text`` (a string) and ``id``. A line that is not
gets an output row with ``error`` (the ingest quarantine vocabulary, plus ``blank_line`` and
``missing_id``) and a quarantine row with its line number; neither carries content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from clearsight.analyze.classifier.api import Classifier, Prediction
from clearsight.ingest.common import (
    BAD_JSON,
    INVALID_UTF8,
    MISSING_TEXT,
    NOT_OBJECT,
    TOO_LARGE,
    RawLine,
    iter_lines,
    too_large_detail,
    utf8_detail,
)

BLANK_LINE = "blank_line"
MISSING_ID = "missing_id"


@dataclass(frozen=True, slots=True)
class Parsed:
    """One input line: its id and text, or the reason it is malformed."""

    line: int
    id: Any = None
    text: str | None = None
    reason: str = ""
    detail: str = ""


def parse_line(raw: RawLine, limit: int) -> Parsed:
    if raw.data is None:
        return Parsed(raw.number, reason=TOO_LARGE, detail=too_large_detail(limit))
    if not raw.data.strip():
        return Parsed(raw.number, reason=BLANK_LINE, detail="an empty line")
    try:
        obj = json.loads(raw.data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Parsed(raw.number, reason=INVALID_UTF8, detail=utf8_detail(exc))
    except (ValueError, RecursionError) as exc:
        return Parsed(raw.number, reason=BAD_JSON, detail=f"not JSON ({type(exc).__name__})")
    if not isinstance(obj, dict):
        return Parsed(raw.number, reason=NOT_OBJECT, detail="a JSON value, not an object")
    return _fields(raw.number, obj)


def _fields(line: int, obj: dict[str, Any]) -> Parsed:
    rid = obj.get("id")
    if rid is None or isinstance(rid, dict | list):
        return Parsed(line, reason=MISSING_ID, detail="no scalar 'id' field")
    if not isinstance(obj.get("text"), str):
        return Parsed(line, rid, reason=MISSING_TEXT, detail="no string 'text' field")
    return Parsed(line, rid, obj["text"])


def classify_lines(
    fh: IO[bytes], classifier: Classifier, *, batch_size: int, limit: int
) -> Iterator[tuple[Parsed, dict[str, Any]]]:
    """Each input line with its output row, batch by batch."""
    model = f"{classifier.name}@{classifier.version}"
    parsed = (parse_line(raw, limit) for raw in iter_lines(fh, limit))
    for batch in _batches(parsed, batch_size):
        good = [p for p in batch if not p.reason]
        predictions = iter(classifier.predict([p.text or "" for p in good]))
        for p in batch:
            yield p, (error_row(p) if p.reason else output_row(p, next(predictions), model))


def output_row(parsed: Parsed, prediction: Prediction, model: str) -> dict[str, Any]:
    evidence = [
        {"start": e.start, "end": e.end, "label": e.label, "weight": round(e.weight, 6)}
        for e in prediction.evidence
    ]
    return {"id": parsed.id, "scores": prediction.scores, "evidence": evidence, "model": model}


def error_row(parsed: Parsed) -> dict[str, Any]:
    return {"id": parsed.id, "line": parsed.line, "error": parsed.reason, "detail": parsed.detail}


def _batches(items: Iterable[Parsed], size: int) -> Iterator[list[Parsed]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
