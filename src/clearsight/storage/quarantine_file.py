"""The quarantine file: a JSONL copy of the quarantine table, rewritten atomically."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable
from pathlib import Path

from clearsight.storage.protocols import QuarantineRow


def write_quarantine_file(rows: Iterable[QuarantineRow], path: Path) -> int:
    """Write every row to ``path`` (via a temporary file and rename); return the count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(dataclasses.asdict(row), ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, path)
    return count
