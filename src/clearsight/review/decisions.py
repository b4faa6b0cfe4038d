"""Decisions: the only code path that creates one (DESIGN.md section 6).

Decisions are never updated. A correction is a new decision whose ``corrects`` names the
case's latest decision; with four-eyes on, ``remove`` and ``escalate`` stay ``pending`` until a
different reviewer approves or rejects them (a row in ``second_reviews``).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select

from clearsight.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from clearsight.eventlog import append
from clearsight.review.context import Context, aware, bounded, log
from clearsight.review.models import (
    FOUR_EYES_OUTCOMES,
    OUTCOMES,
    Decision,
    StatementOfReasons,
    User,
)
from clearsight.review.queue import check_unclaimed_by_others, lock_case, set_status
from clearsight.review.roles import require
from clearsight.storage.sql.schema_review import case_refs, decisions, second_reviews, users
from clearsight.types import Category

_second_user = users.alias("second_user")


def _query() -> Any:
    return (
        select(
            decisions,
            case_refs.c.ref,
            users.c.name.label("reviewer"),
            second_reviews.c.approve,
            second_reviews.c.note,
            _second_user.c.name.label("second_reviewer"),
        )
        .join(users, users.c.id == decisions.c.reviewer_id)
        .join(case_refs, case_refs.c.case_id == decisions.c.case_id)
        .outerjoin(second_reviews, second_reviews.c.decision_id == decisions.c.id)
        .outerjoin(_second_user, _second_user.c.id == second_reviews.c.reviewer_id)
    )


def _state(m: Any) -> str:
    if not m["needs_second"]:
        return "final"
    if m["approve"] is None:
        return "pending"
    return "approved" if m["approve"] else "rejected"


def to_decision(row: Any) -> Decision:
    m = row._mapping
    return Decision(
        id=int(m["id"]),
        case_id=int(m["case_id"]),
        case_ref=m["ref"],
        reviewer=m["reviewer"],
        outcome=m["outcome"],
        categories=tuple(m["categories"]),
        reasons=StatementOfReasons(**m["reasons"]),
        corrects=m["corrects"],
        created_at=aware(m["created_at"]),
        state=_state(m),
        second_reviewer=m["second_reviewer"],
        second_note=m["note"],
    )


def load(conn: Connection, decision_id: int) -> Decision:
    row = conn.execute(_query().where(decisions.c.id == decision_id)).first()
    if row is None:
        raise NotFoundError(f"no decision with id {decision_id}")
    return to_decision(row)


def for_case(conn: Connection, case_id: int) -> list[Decision]:
    query = _query().where(decisions.c.case_id == case_id).order_by(decisions.c.id)
    return [to_decision(r) for r in conn.execute(query)]


def case_ref(conn: Connection, case_id: int) -> str:
    """The case reference given to the uploader; anyone holding it may file a complaint."""
    ref = conn.execute(select(case_refs.c.ref).where(case_refs.c.case_id == case_id)).scalar()
    if ref is None:
        ref = f"C{case_id}-{secrets.token_urlsafe(12)}"
        conn.execute(insert(case_refs).values(case_id=case_id, ref=ref))
    return str(ref)


def validate(outcome: str, categories: Sequence[str], reasons: StatementOfReasons) -> None:
    if outcome not in OUTCOMES:
        raise InputError(f"outcome {outcome[:32]!r}: must be one of {', '.join(OUTCOMES)}")
    known = {c.value for c in Category}
    unknown = [c[:32] for c in categories if c not in known]
    if unknown:
        raise InputError(f"categories {unknown!r}: not in the taxonomy")
    bounded(reasons.facts_and_circumstances, "facts_and_circumstances")
    bounded(reasons.legal_or_policy_ground, "legal_or_policy_ground")
    bounded(reasons.redress, "redress")


def _check_chain(conn: Connection, case_id: int, corrects: int | None) -> None:
    existing = for_case(conn, case_id)
    last = existing[-1] if existing else None
    if last is not None and last.state == "pending":
        raise ConflictError(f"decision {last.id} on case {case_id} awaits a second review")
    if last is None or last.state == "rejected":
        if corrects is not None and (last is None or corrects != last.id):
            raise ConflictError(f"decision {corrects} is not the latest on case {case_id}")
        return
    if corrects != last.id:
        raise ConflictError(
            f"case {case_id} has decision {last.id}; a correction must reference it"
        )


def decide_in(
    conn: Connection,
    ctx: Context,
    case_id: int,
    reviewer: User,
    outcome: str,
    categories: Sequence[str],
    reasons: StatementOfReasons,
    corrects: int | None,
) -> int:
    """Insert one decision inside ``conn``'s transaction; returns its id."""
    now = ctx.now()
    lock_case(conn, case_id)
    check_unclaimed_by_others(conn, case_id, reviewer, now)
    _check_chain(conn, case_id, corrects)
    needs_second = ctx.settings.four_eyes and outcome in FOUR_EYES_OUTCOMES
    ref = case_ref(conn, case_id)
    values = {
        "case_id": case_id,
        "reviewer_id": reviewer.id,
        "outcome": outcome,
        "categories": list(categories),
        "reasons": reasons.as_dict(),
        "corrects": corrects,
        "needs_second": needs_second,
        "created_at": now,
    }
    decision_id = int(
        conn.execute(insert(decisions).values(**values).returning(decisions.c.id)).scalar_one()
    )
    set_status(conn, [case_id], "pending" if needs_second else "decided")
    data = {
        "decision": decision_id,
        "outcome": outcome,
        "categories": list(categories),
        "corrects": corrects,
        "needs_second": needs_second,
        "ref_hash": _short(ref),
    }
    append(conn, "decision", reviewer.name, f"case:{case_id}", data, at=now)
    log.info("decision %s on case %s by user %s: %s", decision_id, case_id, reviewer.id, outcome)
    return decision_id


def _short(ref: str) -> str:
    return hashlib.sha256(ref.encode("utf-8")).hexdigest()[:16]


def decide(
    ctx: Context,
    case_id: int,
    *,
    reviewer: User,
    outcome: str,
    categories: Sequence[str],
    reasons: StatementOfReasons,
    corrects: int | None = None,
) -> Decision:
    require(reviewer, "decide")
    validate(outcome, categories, reasons)
    with ctx.engine.begin() as conn:
        decision_id = decide_in(
            conn, ctx, case_id, reviewer, outcome, categories, reasons, corrects
        )
        return load(conn, decision_id)


def second_review(
    ctx: Context, decision_id: int, *, reviewer: User, approve: bool, note: str
) -> Decision:
    """Four-eyes: a different reviewer approves or rejects a pending decision."""
    require(reviewer, "decide")
    note = bounded(note, "note", required=False)
    now = ctx.now()
    with ctx.engine.begin() as conn:
        lock_case(conn, load(conn, decision_id).case_id)
        decision = load(conn, decision_id)
        if decision.state != "pending":
            raise ConflictError(f"decision {decision_id} is {decision.state}, not pending")
        if decision.reviewer == reviewer.name:
            raise PermissionDeniedError(
                f"decision {decision_id}: the second review needs a different reviewer"
            )
        values = {"reviewer_id": reviewer.id, "approve": approve, "note": note, "created_at": now}
        conn.execute(insert(second_reviews).values(decision_id=decision_id, **values))
        set_status(conn, [decision.case_id], "decided" if approve else "open")
        data = {"decision": decision_id, "approve": approve}
        append(conn, "second_review", reviewer.name, f"case:{decision.case_id}", data, at=now)
        log.info("second review of decision %s by user %s", decision_id, reviewer.id)
        return load(conn, decision_id)
