"""Where review meets the hash banks: reading bank matches, deconfirming reversed ones.

A bank-match finding is one whose ``evidence["details"]`` holds ``entry_id`` (with ``bank``,
``distance`` and ``exact_known_content``), as ``clearsight.hashbank.analyzer`` writes them
(``Match.to_json()``). Entry ids travel as strings. When a complaint reverses a decision on a
bank-matched case, ``deconfirm`` deconfirms those entries in the same transaction, so the bank
change commits with the reversal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from clearsight.hashbank.banks import deconfirm_entries

ENTRY_KEY = "entry_id"
EXACT_KEY = "exact_known_content"


def deconfirm(conn: Connection, entry_ids: Sequence[str], *, by: str, note: str) -> int:
    """Deconfirm the matched bank entries; how many changed."""
    return deconfirm_entries(conn, (int(e) for e in entry_ids if e.isdigit()), by=by, note=note)


def bank_matches(evidence_list: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Bank entry id -> the smallest distance, from findings' evidence dicts."""
    found: dict[str, float] = {}
    for details in _details(evidence_list):
        key = str(details[ENTRY_KEY])
        distance = float(details.get("distance") or 0.0)
        found[key] = min(distance, found.get(key, distance))
    return found


def exact_matches(evidence_list: Iterable[Mapping[str, Any]]) -> set[str]:
    """Entry ids matched as identical known content (the flag, else distance 0)."""
    exact: set[str] = set()
    for details in _details(evidence_list):
        flag = details.get(EXACT_KEY)
        if flag is True or (flag is None and not details.get("distance")):
            exact.add(str(details[ENTRY_KEY]))
    return exact


def _details(evidence_list: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    for evidence in evidence_list:
        details = evidence.get("details") if isinstance(evidence, Mapping) else None
        if isinstance(details, Mapping) and details.get(ENTRY_KEY) is not None:
            yield details
