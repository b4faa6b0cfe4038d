"""Users, passwords (argon2id), login rate limiting, sessions and API tokens.

Session and API tokens are ``secrets.token_urlsafe(32)`` values shown once and stored as SHA-256
digests. A session's CSRF token is an HMAC of the session token, so it needs no storage.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select

from clearsight.errors import AuthError, ConflictError, InputError, NotFoundError, RateLimitedError
from clearsight.eventlog import append
from clearsight.review.context import Context, aware, digest, log
from clearsight.review.models import ROLES, SessionInfo, User
from clearsight.review.roles import require
from clearsight.storage.sql.schema_review import api_tokens, login_attempts, sessions, users

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
SYSTEM_ACTORS = ("cli:", "system:")
MIN_PASSWORD, MAX_PASSWORD = 12, 1024


@cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown names, so they take as long as known ones."""
    return PasswordHasher().hash("clearsight-dummy-password")


def to_user(row: Any) -> User:
    m = row._mapping
    return User(int(m["id"]), m["name"], m["role"], aware(m["created_at"]), bool(m["active"]))


def user_named(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(users).where(users.c.name == name)).first()
    return to_user(row) if row else None


def user_by_id(conn: Connection, user_id: int) -> User:
    row = conn.execute(select(users).where(users.c.id == user_id)).first()
    if row is None:
        raise NotFoundError(f"no user with id {user_id}")
    return to_user(row)


def check_actor(conn: Connection, actor: str, action: str) -> None:
    """``cli:``/``system:`` actors are local operators; any other actor must hold ``action``."""
    if actor.startswith(SYSTEM_ACTORS):
        return
    user = user_named(conn, actor)
    if user is None:
        raise NotFoundError(f"no user named {actor!r}")
    require(user, action)


def create_user(ctx: Context, name: str, role: str, password: str, *, actor: str) -> User:
    if not NAME.match(name):
        raise InputError(f"user name {name[:64]!r}: use 1-64 of a-z 0-9 . _ -, starting a-z 0-9")
    if role not in ROLES:
        raise InputError(f"role {role[:32]!r}: must be one of {', '.join(ROLES)}")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise InputError(f"password for {name!r}: {MIN_PASSWORD}-{MAX_PASSWORD} characters")
    hashed = ctx.hasher.hash(password)
    with ctx.engine.begin() as conn:
        check_actor(conn, actor, "manage_users")
        if user_named(conn, name) is not None:
            raise ConflictError(f"user {name!r} already exists")
        values = {"name": name, "role": role, "password_hash": hashed, "active": True}
        stmt = insert(users).values(created_at=ctx.now(), **values).returning(users.c.id)
        user_id = int(conn.execute(stmt).scalar_one())
        append(conn, "user_created", actor, f"user:{user_id}", {"name": name, "role": role})
        user = user_by_id(conn, user_id)
    log.info("user %s created with role %s", user_id, role)
    return user


def _password_ok(hasher: PasswordHasher, stored: str | None, password: str) -> bool:
    try:
        return hasher.verify(stored or _dummy_hash(), password[:MAX_PASSWORD]) and bool(stored)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(ctx: Context, name: str, password: str, *, client: str) -> User:
    """Check a password; every attempt is recorded and failures are rate limited."""
    name, client, now = name[:64], "anon:" + ctx.pseudonym(client), ctx.now()
    window = now - timedelta(minutes=ctx.settings.login_window_minutes)
    with ctx.engine.connect() as conn:
        failures = _recent_failures(conn, name, client, window)
        row = conn.execute(select(users).where(users.c.name == name)).first()
    limited = failures >= ctx.settings.login_attempts
    ok = not limited and _password_ok(
        ctx.hasher, row._mapping["password_hash"] if row else None, password
    )
    ok = ok and row is not None and bool(row._mapping["active"])
    kind = "login_limited" if limited else "login" if ok else "login_failed"
    # an unknown name may be a password typed in the wrong field: log only its hash
    actor = name if row is not None else "unknown:" + ctx.pseudonym(name)
    with ctx.engine.begin() as conn:
        values = {"name": digest(name), "client": client, "ok": ok, "at": now}
        conn.execute(insert(login_attempts).values(**values))
        append(conn, kind, actor, f"client:{client}", {"ok": ok}, at=now)  # client: a pseudonym
    if limited:
        raise RateLimitedError(f"too many failed logins for {name!r}; try again later")
    if not ok or row is None:
        raise AuthError("invalid user name or password")
    return to_user(row)


def _recent_failures(conn: Connection, name: str, client: str, since: Any) -> int:
    query = select(func.count()).where(
        login_attempts.c.name == digest(name),
        login_attempts.c.client == client,
        login_attempts.c.ok.is_(False),
        login_attempts.c.at >= since,
    )
    return int(conn.execute(query).scalar_one())


def csrf_for(token: str) -> str:
    return hmac.new(token.encode("utf-8"), b"clearsight-csrf", hashlib.sha256).hexdigest()


def start_session(ctx: Context, user: User) -> SessionInfo:
    token, now = secrets.token_urlsafe(32), ctx.now()
    expires = now + timedelta(hours=ctx.settings.session_hours)
    with ctx.engine.begin() as conn:
        conn.execute(
            insert(sessions).values(
                token_hash=digest(token), user_id=user.id, created_at=now, expires_at=expires
            )
        )
    return SessionInfo(token, csrf_for(token), user, expires)


def session(ctx: Context, token: str) -> SessionInfo | None:
    query = select(sessions.c.expires_at, users).join(users, users.c.id == sessions.c.user_id)
    with ctx.engine.connect() as conn:
        row = conn.execute(query.where(sessions.c.token_hash == digest(token))).first()
    if row is None or aware(row._mapping["expires_at"]) <= ctx.now():
        return None
    user = to_user(row)
    if not user.active:
        return None
    return SessionInfo(token, csrf_for(token), user, aware(row._mapping["expires_at"]))


def end_session(ctx: Context, token: str) -> None:
    info = session(ctx, token)
    with ctx.engine.begin() as conn:
        conn.execute(delete(sessions).where(sessions.c.token_hash == digest(token)))
        if info is not None:
            append(conn, "logout", info.user.name, f"user:{info.user.id}", {})


def create_api_token(ctx: Context, user_name: str, *, actor: str) -> str:
    token = secrets.token_urlsafe(32)
    with ctx.engine.begin() as conn:
        if actor != user_name:
            check_actor(conn, actor, "manage_users")
        user = user_named(conn, user_name)
        if user is None:
            raise NotFoundError(f"no user named {user_name!r}")
        stmt = insert(api_tokens).values(
            token_hash=digest(token), user_id=user.id, created_at=ctx.now()
        )
        token_id = int(conn.execute(stmt.returning(api_tokens.c.id)).scalar_one())
        append(conn, "token_created", actor, f"user:{user.id}", {"token": token_id})
    log.info("api token %s created for user %s", token_id, user.id)
    return token


def user_for_api_token(ctx: Context, token: str) -> User | None:
    query = select(users).join(api_tokens, api_tokens.c.user_id == users.c.id)
    with ctx.engine.connect() as conn:
        row = conn.execute(query.where(api_tokens.c.token_hash == digest(token))).first()
    user = to_user(row) if row else None
    return user if user and user.active else None
