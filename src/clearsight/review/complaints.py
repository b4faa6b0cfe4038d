"""Complaints: anyone with the case reference files one; a different reviewer decides it.

The deadline is ``filed_at + complaint_days``. ``reverse`` marks the case ``reversed`` and
deconfirms the bank entries the item matched (``review.hooks``); it does not create a decision:
a reviewer records the new outcome as a correction with ``decide(..., corrects=...)``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from clearsight.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from clearsight.eventlog import append
from clearsight.review.context import Context, aware, bounded, log
from clearsight.review.decisions import for_case as decisions_for_case
from clearsight.review.decisions import load
from clearsight.review.hooks import bank_matches, deconfirm
from clearsight.review.models import COMPLAINT_OUTCOMES, Complaint, User
from clearsight.review.queue import case_row, set_status
from clearsight.review.roles import require
from clearsight.storage.sql.schema import findings
from clearsight.storage.sql.schema_review import case_refs, complaints, users

MAX_CONTACT = 256


def _query() -> Any:
    return (
        select(complaints, case_refs.c.ref, users.c.name.label("decider"))
        .join(case_refs, case_refs.c.case_id == complaints.c.case_id)
        .outerjoin(users, users.c.id == complaints.c.decided_by)
    )


def to_complaint(row: Any) -> Complaint:
    m = row._mapping
    return Complaint(
        id=int(m["id"]),
        case_id=int(m["case_id"]),
        decision_id=int(m["decision_id"]),
        case_ref=m["ref"],
        text=m["text"],
        contact=m["contact"],
        filed_at=aware(m["filed_at"]),
        deadline=aware(m["deadline"]),
        status=m["status"],
        outcome=m["outcome"],
        reasons=m["reasons"],
        decided_by=m["decider"],
        decided_at=aware(m["decided_at"]) if m["decided_at"] else None,
    )


def load_complaint(conn: Connection, complaint_id: int) -> Complaint:
    row = conn.execute(_query().where(complaints.c.id == complaint_id)).first()
    if row is None:
        raise NotFoundError(f"no complaint with id {complaint_id}")
    return to_complaint(row)


def for_case(conn: Connection, case_id: int) -> list[Complaint]:
    query = _query().where(complaints.c.case_id == case_id).order_by(complaints.c.id)
    return [to_complaint(r) for r in conn.execute(query)]


def file_complaint(ctx: Context, case_ref: str, text: str, contact: str | None) -> Complaint:
    body = bounded(text, "complaint text")
    reach = bounded(contact, "contact", limit=MAX_CONTACT, required=False) if contact else None
    now = ctx.now()
    with ctx.engine.begin() as conn:
        query = select(case_refs.c.case_id).where(case_refs.c.ref == case_ref.strip()[:32])
        case_id = conn.execute(query).scalar()
        if case_id is None:
            raise NotFoundError("no case with that reference")
        standing = [d for d in decisions_for_case(conn, int(case_id)) if d.effective]
        if not standing:
            raise ConflictError(f"case {case_id} has no decision in force to complain about")
        deadline = now + timedelta(days=ctx.settings.complaint_days)
        values: dict[str, Any] = {"case_id": case_id, "decision_id": standing[-1].id}
        values |= {"text": body}
        values |= {"contact": reach, "filed_at": now, "deadline": deadline, "status": "open"}
        new_id = int(
            conn.execute(
                insert(complaints).values(**values).returning(complaints.c.id)
            ).scalar_one()
        )
        data = {"complaint": new_id, "decision": standing[-1].id}
        append(conn, "complaint_filed", "public", f"case:{case_id}", data, at=now)
        log.info("complaint %s filed on case %s", new_id, case_id)
        return load_complaint(conn, new_id)


def decide_complaint(
    ctx: Context, complaint_id: int, *, reviewer: User, outcome: str, reasons: str
) -> Complaint:
    require(reviewer, "decide")
    if outcome not in COMPLAINT_OUTCOMES:
        raise InputError(f"complaint outcome {outcome[:32]!r}: must be uphold or reverse")
    why = bounded(reasons, "reasons")
    now = ctx.now()
    with ctx.engine.begin() as conn:
        complaint = load_complaint(conn, complaint_id)
        if complaint.status != "open":
            raise ConflictError(f"complaint {complaint_id} is already decided")
        original = load(conn, complaint.decision_id)
        if reviewer.name in (original.reviewer, original.second_reviewer):
            raise PermissionDeniedError(
                f"complaint {complaint_id}: needs a reviewer other than decision {original.id}'s"
            )
        values: dict[str, Any] = {"status": "decided", "outcome": outcome, "reasons": why}
        values |= {"decided_by": reviewer.id, "decided_at": now}
        stmt = update(complaints).where(
            complaints.c.id == complaint_id, complaints.c.status == "open"
        )
        if conn.execute(stmt.values(**values)).rowcount == 0:  # decided meanwhile
            raise ConflictError(f"complaint {complaint_id} is already decided")
        reversed_by = reviewer.name
        entries = _reverse(conn, complaint, reversed_by) if outcome == "reverse" else []
        data = {"complaint": complaint_id, "outcome": outcome, "bank_entries": entries}
        append(conn, "complaint_decided", reviewer.name, f"case:{complaint.case_id}", data, at=now)
        log.info("complaint %s decided by user %s: %s", complaint_id, reviewer.id, outcome)
        return load_complaint(conn, complaint_id)


def _reverse(conn: Connection, complaint: Complaint, by: str) -> list[str]:
    case_id = complaint.case_id
    item_hash = case_row(conn, case_id)["item_hash"]
    query = select(findings.c.evidence).where(findings.c.item_hash == item_hash)
    entries = sorted(bank_matches(conn.execute(query).scalars()))
    set_status(conn, [case_id], "reversed")
    deconfirm(conn, entries, by=by, note=f"complaint {complaint.id} reversed case {case_id}")
    return entries
