"""The shape of one written training row (that of the shared corpora's prepared JSONL)."""

from __future__ import annotations

from typing import TypedDict


class WrittenRow(TypedDict):
    """One row, in the shape of the shared corpora's prepared JSONL."""

    id: str
    text: str
    labels: list[str]
    target_group: None
    lang: str
    source: str
    orig_label: str
