"""Bulk decisions, only for cases whose items match one bank entry exactly (known content)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from clearsight.errors import ConflictError, InputError
from clearsight.review.context import Context
from clearsight.review.decisions import decide_in, load, validate
from clearsight.review.hooks import exact_matches
from clearsight.review.models import Decision, StatementOfReasons, User
from clearsight.review.queue import case_row
from clearsight.review.roles import require
from clearsight.storage.sql.schema import findings

MAX_BULK = 500


def exact_entries(conn: Connection, item_hash: str) -> set[str]:
    """Bank entries the item matches as identical known content."""
    query = select(findings.c.evidence).where(findings.c.item_hash == item_hash)
    return exact_matches(conn.execute(query).scalars())


def _shared_entry(conn: Connection, case_ids: Sequence[int]) -> str:
    shared: set[str] | None = None
    for case_id in case_ids:
        entries = exact_entries(conn, case_row(conn, case_id)["item_hash"])
        shared = entries if shared is None else shared & entries
        if not shared:
            raise ConflictError(
                f"case {case_id}: not an exact match of the same bank entry as the others"
            )
    assert shared is not None
    return min(shared)


def bulk_decide(
    ctx: Context,
    case_ids: Sequence[int],
    *,
    reviewer: User,
    outcome: str,
    categories: Sequence[str],
    reasons: StatementOfReasons,
) -> list[Decision]:
    """Decide every case the same way, all or none, if all match one bank entry exactly."""
    require(reviewer, "decide")
    validate(outcome, categories, reasons)
    ids = list(dict.fromkeys(case_ids))
    if not ids or len(ids) > MAX_BULK:
        raise InputError(f"bulk decision: give 1-{MAX_BULK} case ids")
    with ctx.engine.begin() as conn:
        _shared_entry(conn, ids)
        made = [
            decide_in(conn, ctx, cid, reviewer, outcome, categories, reasons, None) for cid in ids
        ]
        return [load(conn, d) for d in made]
