"""Training rows: the shared corpora (via their ``prepare.py``) plus the project's written data.

``load_rows(data_dir, seed=...)`` runs ``data_dir/prepare.py`` into a temporary folder, applies
the leakage guard (drops every row whose normalised-text digest is listed in
``data_dir/heldout_sha256.txt``), adds :func:`clearsight.training.written.examples`, and splits
deterministically: stratified by dataset and label set, with exact duplicates (same normalised
text) kept in one split, and each written sentence frame in one split (see
:func:`group_key`). Nothing here copies corpus text anywhere but the temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clearsight.analyze.classifier.api import LABELS
from clearsight.errors import InputError

HELDOUT_FILE = "heldout_sha256.txt"
WRITTEN = "clearsight-written"
# ``...:<lang>-<category>-f<frame>-`` or ``...:hate-<lang>-<category>-f<frame>-``
_FRAME_TAG_RE = re.compile(r":(hate-)?[a-z]+-([a-z_]+)-f(\d+)-")
VALID_SHARE = 0.1
TEST_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class Row:
    """One training text with 0/1 labels over :data:`LABELS`."""

    text: str
    labels: dict[str, int]
    lang: str
    source: str
    id: str

    @property
    def dataset(self) -> str:
        return self.id.partition(":")[0]


@dataclass(frozen=True, slots=True)
class Splits:
    train: list[Row]
    valid: list[Row]
    test: list[Row]


def text_digest(text: str) -> str:
    """The leakage-guard digest: sha256 of ``" ".join(text.split()).casefold()``."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def row_from_json(obj: Mapping[str, Any]) -> Row:
    """A Row from a prepared-JSONL object (``labels`` a list, or a dict of 0/1)."""
    raw = obj.get("labels", obj.get("label", []))
    names = {raw} if isinstance(raw, str) else set(raw)
    if isinstance(raw, Mapping):
        names = {k for k, v in raw.items() if v}
    labels = {label: int(label in names) for label in LABELS}
    return Row(
        str(obj["text"]),
        labels,
        str(obj.get("lang") or "und"),
        str(obj.get("source", "")),
        str(obj.get("id", "")),
    )


def load_rows(data_dir: Path, *, seed: int) -> Splits:
    """Shared corpora plus written examples, leakage-guarded and split."""
    heldout = read_heldout(data_dir / HELDOUT_FILE)
    rows = [r for r in _prepared(data_dir) if text_digest(r.text) not in heldout]
    rows.extend(r for r in written_rows(seed) if text_digest(r.text) not in heldout)
    return split_rows(rows, seed=seed)


def read_heldout(path: Path) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="ascii").split()
    except FileNotFoundError:
        raise InputError(f"{path}: leakage-guard digest file not found") from None
    return frozenset(line.strip().lower() for line in lines if line.strip())


def written_rows(seed: int) -> list[Row]:
    """The project's own fictional contrastive rows (part of the repository)."""
    from clearsight.training.written import examples

    return [row_from_json(obj) for obj in examples(seed)]


def _prepared(data_dir: Path) -> Iterator[Row]:
    script = data_dir / "prepare.py"
    if not script.is_file():
        raise InputError(f"{script}: corpus preparation script not found")
    with tempfile.TemporaryDirectory(prefix="clearsight-prep-") as tmp:
        subprocess.run(
            [sys.executable, str(script), tmp], check=True, capture_output=True, timeout=600
        )
        for path in sorted(Path(tmp).glob("*.jsonl")):
            yield from read_jsonl(path)


def read_jsonl(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield row_from_json(json.loads(line))


def split_rows(rows: Iterable[Row], *, seed: int) -> Splits:
    """Deterministic stratified split; rows with the same normalised text share a split."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(group_key(row), []).append(row)
    strata: dict[tuple[str, str], list[str]] = {}
    for digest, members in groups.items():
        strata.setdefault(_stratum(members[0]), []).append(digest)
    out = Splits([], [], [])
    for digests in strata.values():
        digests.sort(key=lambda d: hashlib.sha256(f"{seed}:{d}".encode()).digest())
        n_valid, n_test = round(len(digests) * VALID_SHARE), round(len(digests) * TEST_SHARE)
        for i, digest in enumerate(digests):
            target = out.valid if i < n_valid else out.test if i < n_valid + n_test else out.train
            target.extend(groups[digest])
    return out


def group_key(row: Row) -> str:
    """Rows that must share a split: same normalised text; written rows of the same frame.

    Written rows are sentence frames filled with invented names, and the frames of one
    category were written in parallel across languages (the same sentence in en, fr and de).
    Keeping a frame's fillings and its translations together makes validation measure unseen
    wording, as the functional suite does: the frame tag in the id (``...-f03-``) names the
    frame by its kind, category and number, without the language.
    """
    tagged = _frame_tag(row)
    if tagged is None:
        return text_digest(row.text)
    hate, category, frame = tagged.groups()
    return text_digest(f"{hate or 'stance'}|{category}|{int(frame)}")


def is_hate_functionality(row: Row) -> bool:
    """A written row of :mod:`clearsight.training.written.hate` (its id says so)."""
    tagged = _frame_tag(row)
    return tagged is not None and tagged.group(1) is not None


def _frame_tag(row: Row) -> re.Match[str] | None:
    return _FRAME_TAG_RE.search(row.id) if row.dataset == WRITTEN else None


def _stratum(row: Row) -> tuple[str, str]:
    return row.dataset, ",".join(k for k, v in row.labels.items() if v)
