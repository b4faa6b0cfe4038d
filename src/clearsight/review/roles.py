"""Roles and what each may do. The service checks these; the API and web map them to routes."""

from __future__ import annotations

from clearsight.errors import PermissionDeniedError
from clearsight.review.models import User

PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"manage_users", "manage_settings", "view_queue", "view_case", "events"}),
    "analyst": frozenset({"scan", "annotate", "view_queue", "view_case"}),
    "reviewer": frozenset({"view_queue", "view_case", "claim", "decide"}),
    "auditor": frozenset({"events", "reports", "view_decisions"}),
    "learner": frozenset({"course"}),
}


def may(user: User, action: str) -> bool:
    return user.active and action in PERMISSIONS.get(user.role, frozenset())


def require(user: User, action: str) -> None:
    if not may(user, action):
        raise PermissionDeniedError(f"user {user.name!r} (role {user.role}) may not {action}")
