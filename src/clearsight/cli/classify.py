"""``clearsight classify INPUT.jsonl -o OUT.jsonl``: calibrated scores with evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from clearsight.analyze.classifier.api import load_classifier
from clearsight.analyze.classifier.jsonl import classify_lines
from clearsight.cli.common import ConfigOption, console, settings_from
from clearsight.errors import InputError

TierOption = Annotated[
    str, typer.Option("--tier", help="classifier tier: fast, semantic or transformer")
]


def classify(
    input_path: Annotated[Path, typer.Argument(metavar="INPUT.jsonl", dir_okay=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="output JSONL", dir_okay=False)],
    tier: TierOption = "fast",
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, max=100_000)] = 1000,
    config: ConfigOption = None,
) -> None:
    """Score every line of INPUT.jsonl; one output line per input line, in order.

    Malformed lines get an output line with an 'error' field and a row in
    OUT.quarantine.jsonl (line number and reason).
    """
    settings = settings_from(None, config)
    classifier = load_classifier(tier)
    quarantine = output.with_name(output.stem + ".quarantine.jsonl")
    try:
        src = input_path.open("rb")
    except OSError as exc:
        raise InputError(f"{input_path}: cannot open ({exc.strerror})") from exc
    done = bad = 0
    out = output.open("w", encoding="utf-8")
    q = quarantine.open("w", encoding="utf-8")
    with src, out, q:
        for parsed, row in classify_lines(
            src, classifier, batch_size=batch_size, limit=settings.max_record_bytes
        ):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            done += 1
            if parsed.reason:
                bad += 1
                q.write(json.dumps(_quarantine_row(input_path, parsed.line, row)) + "\n")
    console.print(f"classified {done - bad} lines, quarantined {bad} (see {quarantine})")


def _quarantine_row(path: Path, line: int, row: dict[str, object]) -> dict[str, object]:
    return {"path": str(path), "line": line, "reason": row["error"], "detail": row["detail"]}
