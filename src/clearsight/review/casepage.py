"""The case page: everything about a case, and the per-reviewer exposure counter.

Viewing a case whose item has media or findings (flagged text) counts once per case per UTC day
towards the viewer's exposure; the service reports the daily limit and the UI warns.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from clearsight.review import complaints, decisions
from clearsight.review.context import Context, aware, log
from clearsight.review.models import CaseDetail, Exposure, User
from clearsight.review.queue import case_row, current_claim
from clearsight.review.roles import require
from clearsight.storage.sql.schema_review import exposures
from clearsight.storage.sql.store import SqlStore


def exposure(ctx: Context, user: User) -> Exposure:
    with ctx.engine.connect() as conn:
        return _exposure(conn, ctx, user)


def _exposure(conn: Connection, ctx: Context, user: User) -> Exposure:
    today = ctx.now().date()
    query = select(func.count()).where(
        exposures.c.user_id == user.id, exposures.c.day == today.isoformat()
    )
    count = int(conn.execute(query).scalar_one())
    return Exposure(user.name, today, count, ctx.settings.daily_exposure_limit)


def _count_view(conn: Connection, ctx: Context, user: User, case_id: int) -> None:
    now = ctx.now()
    day = now.date().isoformat()
    seen = select(exposures.c.id).where(
        exposures.c.user_id == user.id, exposures.c.day == day, exposures.c.case_id == case_id
    )
    if conn.execute(seen).first() is None:
        values = {"user_id": user.id, "case_id": case_id, "day": day, "at": now}
        conn.execute(exposures.insert().values(**values))


def case_detail(ctx: Context, case_id: int, *, viewer: User) -> CaseDetail:
    require(viewer, "view_case")
    with ctx.engine.connect() as conn:
        row = case_row(conn, case_id)
    view = SqlStore(ctx.engine).item(row["item_hash"])
    with ctx.engine.begin() as conn:
        if view.media or view.findings:
            _count_view(conn, ctx, viewer, case_id)
        detail = CaseDetail(
            case_id=case_id,
            priority=float(row["priority"]),
            status=row["status"],
            categories=tuple(row["categories"]),
            reasons=tuple(row["reasons"]),
            created_at=aware(row["created_at"]),
            item=view,
            claim=current_claim(conn, case_id, ctx.now()),
            decisions=tuple(decisions.for_case(conn, case_id)),
            complaints=tuple(complaints.for_case(conn, case_id)),
            exposure=_exposure(conn, ctx, viewer),
        )
    log.info("case %s viewed by user %s", case_id, viewer.id)
    return detail
