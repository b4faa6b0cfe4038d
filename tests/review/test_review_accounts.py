"""Accounts: roles, argon2 hashes, rate-limited logins, expiring sessions, hashed API tokens."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from clearsight.errors import (
    AuthError,
    ConflictError,
    InputError,
    PermissionDeniedError,
    RateLimitedError,
)
from clearsight.review.testing import PASSWORD, World
from clearsight.storage.sql.schema_review import api_tokens, events, sessions, users


def test_passwords_are_stored_as_argon2id_hashes(world: World) -> None:
    world.user("ada", "reviewer")
    with world.store.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize(
    ("name", "role", "password", "error"),
    [
        ("Bad Name", "reviewer", PASSWORD, "user name"),
        ("bo", "overlord", PASSWORD, "role"),
        ("bo", "reviewer", "short", "password"),
    ],
)
def test_bad_accounts_are_refused(
    world: World, name: str, role: str, password: str, error: str
) -> None:
    with pytest.raises(InputError, match=error):
        world.service.create_user(name, role, password, actor="cli:test")


def test_only_admins_or_local_operators_create_users(world: World) -> None:
    world.user("root", "admin")
    world.user("rey", "reviewer")
    with pytest.raises(PermissionDeniedError):
        world.service.create_user("eve", "admin", PASSWORD, actor="rey")
    made = world.service.create_user("eve", "auditor", PASSWORD, actor="root")
    assert made.role == "auditor"
    with pytest.raises(ConflictError):
        world.service.create_user("eve", "auditor", PASSWORD, actor="root")


def test_login_checks_the_password_and_logs_no_secret(world: World) -> None:
    world.user("ada", "reviewer")
    assert world.service.authenticate("ada", PASSWORD, client="127.0.0.1").name == "ada"
    with pytest.raises(AuthError):
        world.service.authenticate("ada", "not the password at all", client="127.0.0.1")
    with pytest.raises(AuthError):
        world.service.authenticate("Hunter2-typed-here", PASSWORD, client="127.0.0.1")
    recent = world.service.events()
    assert [e.kind for e in recent[:3]] == ["login_failed", "login_failed", "login"]
    assert recent[0].actor.startswith("unknown:") and recent[1].actor == "ada"
    with world.store.engine.connect() as conn:
        logged = " ".join(conn.execute(select(events.c.data)).scalars())
    assert PASSWORD not in logged and "not the password" not in logged
    assert "Hunter2" not in " ".join(e.actor for e in world.service.events())


def test_failed_logins_are_rate_limited_in_a_sliding_window(world: World) -> None:
    world.user("ada", "reviewer")
    limit = world.service.settings.review.login_attempts
    for _ in range(limit):
        with pytest.raises(AuthError):
            world.service.authenticate("ada", "wrong password!!", client="10.0.0.9")
    with pytest.raises(RateLimitedError):
        world.service.authenticate("ada", PASSWORD, client="10.0.0.9")
    # another client is not blocked, and the window slides
    assert world.service.authenticate("ada", PASSWORD, client="10.0.0.7").name == "ada"
    world.clock.advance(minutes=world.service.settings.review.login_window_minutes + 1)
    assert world.service.authenticate("ada", PASSWORD, client="10.0.0.9").name == "ada"


def test_sessions_expire_and_end(world: World) -> None:
    ada = world.user("ada", "reviewer")
    info = world.service.start_session(ada)
    found = world.service.session(info.token)
    assert found is not None and found.user == ada and found.csrf == info.csrf
    with world.store.engine.connect() as conn:
        stored = conn.execute(select(sessions.c.token_hash)).scalar_one()
    assert stored == hashlib.sha256(info.token.encode()).hexdigest()
    world.clock.advance(hours=world.service.settings.review.session_hours + 0.1)
    assert world.service.session(info.token) is None
    other = world.service.start_session(ada)
    world.service.end_session(other.token)
    assert world.service.session(other.token) is None
    assert world.service.events()[0].kind == "logout"


def test_api_tokens_are_stored_hashed(world: World) -> None:
    world.user("root", "admin")
    world.user("ana", "analyst")
    token = world.service.create_api_token("ana", actor="root")
    with world.store.engine.connect() as conn:
        stored = conn.execute(select(api_tokens.c.token_hash)).scalar_one()
    assert token != stored and stored == hashlib.sha256(token.encode()).hexdigest()
    found = world.service.user_for_api_token(token)
    assert found is not None and found.name == "ana"
    assert world.service.user_for_api_token(token + "x") is None
    world.user("rey", "reviewer")
    with pytest.raises(PermissionDeniedError):
        world.service.create_api_token("ana", actor="rey")
