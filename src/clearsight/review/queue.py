"""The prioritised queue (priority, then age) and claims that expire."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Text, delete, exists, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from clearsight.errors import ConflictError, InputError, NotFoundError
from clearsight.eventlog import append
from clearsight.review.context import Context, aware, log
from clearsight.review.hooks import ENTRY_KEY
from clearsight.review.models import Claim, QueueEntry, QueueFilter, User
from clearsight.review.roles import require
from clearsight.storage.sql.schema import cases, findings, items, media, sightings, sources
from clearsight.storage.sql.schema_review import claims, complaints, users
from clearsight.types import Category

PREVIEW = 200
CODE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def queue(
    ctx: Context, filters: QueueFilter, user: User | None, *, limit: int, offset: int
) -> list[QueueEntry]:
    if user is not None:
        require(user, "view_queue")
    query = (
        select(cases, items.c.text, items.c.title, items.c.lang)
        .join(items, items.c.hash == cases.c.item_hash)
        .where(*_conditions(filters))
        .order_by(cases.c.priority.desc(), cases.c.created_at, cases.c.id)
        .limit(max(0, min(limit, 1000)))
        .offset(max(0, offset))
    )
    with ctx.engine.connect() as conn:
        rows = conn.execute(query).all()
        return [_entry(conn, ctx, r) for r in rows]


def _conditions(f: QueueFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.status is not None:
        where.append(cases.c.status == _code(f.status, "status"))
    if f.category is not None:
        if f.category not in {c.value for c in Category}:
            raise InputError(f"category {f.category[:32]!r}: not in the taxonomy")
        where.append(cases.c.categories.cast(Text).like(f'%"{f.category}"%'))
    if f.language is not None:
        where.append(items.c.lang == _code(f.language, "language"))
    if f.source is not None:
        seen = select(sightings.c.id).join(sources, sources.c.id == sightings.c.source_id)
        seen = seen.where(sightings.c.item_hash == cases.c.item_hash)
        where.append(exists(seen.where(sources.c.plugin == _code(f.source, "source"))))
    if f.country is not None:
        pattern = "%" + json.dumps({"country": _code(f.country, "country")})[1:-1] + "%"
        seen = select(sightings.c.id).where(sightings.c.item_hash == cases.c.item_hash)
        where.append(exists(seen.where(sightings.c.meta.cast(Text).like(pattern))))
    if f.bank_match is not None:
        matched = exists(_bank_findings())
        where.append(matched if f.bank_match else ~matched)
    return where


def _bank_findings() -> Any:
    return select(findings.c.id).where(
        findings.c.item_hash == cases.c.item_hash,
        findings.c.evidence.cast(Text).like(f'%"{ENTRY_KEY}"%'),
    )


def _code(value: str, field: str) -> str:
    if not CODE.match(value):
        raise InputError(f"{field} filter: letters, digits, '.', '_' or '-' only")
    return value


def _entry(conn: Connection, ctx: Context, r: Any) -> QueueEntry:
    m = r._mapping
    text = m["text"] or m["title"] or ""
    has_media = conn.execute(select(exists().where(media.c.item_hash == m["item_hash"]))).scalar()
    bank = conn.execute(select(exists(_bank_findings().where(cases.c.id == m["id"])))).scalar()
    due = select(func.min(complaints.c.deadline)).where(
        complaints.c.case_id == m["id"], complaints.c.status == "open"
    )
    deadline = conn.execute(due).scalar()
    return QueueEntry(
        case_id=int(m["id"]),
        item_hash=m["item_hash"],
        priority=float(m["priority"]),
        status=m["status"],
        categories=tuple(m["categories"]),
        reasons=tuple(m["reasons"]),
        created_at=aware(m["created_at"]),
        preview=text[:PREVIEW],
        lang=m["lang"],
        has_media=bool(has_media),
        bank_match=bool(bank),
        claim=current_claim(conn, int(m["id"]), ctx.now()),
        complaint_deadline=aware(deadline) if deadline else None,
    )


def current_claim(conn: Connection, case_id: int, now: datetime) -> Claim | None:
    query = select(claims, users.c.name).join(users, users.c.id == claims.c.user_id)
    row = conn.execute(query.where(claims.c.case_id == case_id)).first()
    if row is None or aware(row._mapping["expires_at"]) <= now:
        return None
    m = row._mapping
    return Claim(case_id, m["name"], aware(m["claimed_at"]), aware(m["expires_at"]))


def lock_case(conn: Connection, case_id: int) -> Any:
    """Take the write lock on a case (a no-op UPDATE) before checking claims, then read it.

    SQLite then serialises concurrent claims and decisions; PostgreSQL locks the row.
    """
    stmt = update(cases).where(cases.c.id == case_id).values(status=cases.c.status)
    if conn.execute(stmt).rowcount == 0:
        raise NotFoundError(f"no case with id {case_id}")
    return case_row(conn, case_id)


def case_row(conn: Connection, case_id: int) -> Any:
    row = conn.execute(select(cases).where(cases.c.id == case_id)).first()
    if row is None:
        raise NotFoundError(f"no case with id {case_id}")
    return row._mapping


def check_unclaimed_by_others(conn: Connection, case_id: int, user: User, now: datetime) -> None:
    held = current_claim(conn, case_id, now)
    if held is not None and held.user != user.name:
        raise ConflictError(f"case {case_id} is claimed by {held.user!r} until {held.expires_at}")


def claim(ctx: Context, case_id: int, user: User) -> Claim:
    require(user, "claim")
    now = ctx.now()
    expires = now + timedelta(minutes=ctx.settings.claim_minutes)
    with ctx.engine.begin() as conn:
        lock_case(conn, case_id)
        check_unclaimed_by_others(conn, case_id, user, now)
        conn.execute(delete(claims).where(claims.c.case_id == case_id))
        values = {"user_id": user.id, "claimed_at": now, "expires_at": expires}
        conn.execute(insert(claims).values(case_id=case_id, **values))
        append(conn, "claim", user.name, f"case:{case_id}", {"until": expires.isoformat()}, at=now)
    log.info("case %s claimed by user %s", case_id, user.id)
    return Claim(case_id, user.name, now, expires)


def release(ctx: Context, case_id: int, user: User) -> None:
    require(user, "claim")
    now = ctx.now()
    with ctx.engine.begin() as conn:
        lock_case(conn, case_id)
        check_unclaimed_by_others(conn, case_id, user, now)
        gone = conn.execute(delete(claims).where(claims.c.case_id == case_id)).rowcount
        if gone:
            append(conn, "release", user.name, f"case:{case_id}", {}, at=now)


def set_status(conn: Connection, case_ids: Sequence[int], status: str) -> None:
    conn.execute(update(cases).where(cases.c.id.in_(list(case_ids))).values(status=status))
    conn.execute(delete(claims).where(claims.c.case_id.in_(list(case_ids))))
