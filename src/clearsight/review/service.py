"""ReviewService: the one entry point the CLI, the REST API and the web UI call.

Every method checks the caller's role (``review.roles``) and appends to the event log in the
same transaction as the change it records. The work is done in small modules: ``accounts``,
``queue``, ``casepage``, ``decisions``, ``bulk`` and ``complaints``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine

from clearsight.config import Settings
from clearsight.eventlog import Event, latest, record
from clearsight.normalize.pseudonym import ensure_key
from clearsight.review import accounts, bulk, casepage, complaints, decisions, queue
from clearsight.review.context import Context, utcnow
from clearsight.review.models import (
    CaseDetail,
    Claim,
    Complaint,
    Decision,
    Exposure,
    QueueEntry,
    QueueFilter,
    SessionInfo,
    StatementOfReasons,
    User,
)


class ReviewService:
    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        *,
        now: Callable[[], datetime] = utcnow,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        """``password_hasher``: argon2id with argon2-cffi's defaults unless given (tests)."""
        self.engine = engine
        self.settings = settings
        hasher = password_hasher or PasswordHasher()
        key = ensure_key(settings.key_file)
        self._ctx = Context(engine, settings.review, now, hasher, key)

    # -- accounts ---------------------------------------------------------------------

    def create_user(self, name: str, role: str, password: str, *, actor: str) -> User:
        """``actor``: an admin's name, or ``cli:<who>`` for a local operator."""
        return accounts.create_user(self._ctx, name, role, password, actor=actor)

    def user(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            return accounts.user_named(conn, name)

    def authenticate(self, name: str, password: str, *, client: str) -> User:
        return accounts.authenticate(self._ctx, name, password, client=client)

    def start_session(self, user: User) -> SessionInfo:
        return accounts.start_session(self._ctx, user)

    def session(self, token: str) -> SessionInfo | None:
        return accounts.session(self._ctx, token)

    def end_session(self, token: str) -> None:
        accounts.end_session(self._ctx, token)

    def create_api_token(self, user_name: str, *, actor: str) -> str:
        return accounts.create_api_token(self._ctx, user_name, actor=actor)

    def user_for_api_token(self, token: str) -> User | None:
        return accounts.user_for_api_token(self._ctx, token)

    # -- queue and cases --------------------------------------------------------------

    def queue(
        self,
        filters: QueueFilter,
        *,
        limit: int = 50,
        offset: int = 0,
        viewer: User | None = None,
    ) -> list[QueueEntry]:
        return queue.queue(self._ctx, filters, viewer, limit=limit, offset=offset)

    def case_detail(self, case_id: int, *, viewer: User) -> CaseDetail:
        return casepage.case_detail(self._ctx, case_id, viewer=viewer)

    def claim(self, case_id: int, user: User) -> Claim:
        return queue.claim(self._ctx, case_id, user)

    def release(self, case_id: int, user: User) -> None:
        queue.release(self._ctx, case_id, user)

    # -- decisions --------------------------------------------------------------------

    def decide(
        self,
        case_id: int,
        *,
        reviewer: User,
        outcome: str,
        categories: Sequence[str],
        reasons: StatementOfReasons,
        corrects: int | None = None,
    ) -> Decision:
        return decisions.decide(
            self._ctx,
            case_id,
            reviewer=reviewer,
            outcome=outcome,
            categories=categories,
            reasons=reasons,
            corrects=corrects,
        )

    def decision(self, decision_id: int) -> Decision:
        with self.engine.connect() as conn:
            return decisions.load(conn, decision_id)

    def second_review(
        self, decision_id: int, *, reviewer: User, approve: bool, note: str
    ) -> Decision:
        return decisions.second_review(
            self._ctx, decision_id, reviewer=reviewer, approve=approve, note=note
        )

    def bulk_decide(
        self,
        case_ids: Sequence[int],
        *,
        reviewer: User,
        outcome: str,
        categories: Sequence[str],
        reasons: StatementOfReasons,
    ) -> list[Decision]:
        return bulk.bulk_decide(
            self._ctx,
            case_ids,
            reviewer=reviewer,
            outcome=outcome,
            categories=categories,
            reasons=reasons,
        )

    # -- complaints -------------------------------------------------------------------

    def file_complaint(self, case_ref: str, text: str, contact: str | None) -> Complaint:
        return complaints.file_complaint(self._ctx, case_ref, text, contact)

    def complaint(self, complaint_id: int) -> Complaint:
        with self.engine.connect() as conn:
            return complaints.load_complaint(conn, complaint_id)

    def decide_complaint(
        self, complaint_id: int, *, reviewer: User, outcome: str, reasons: str
    ) -> Complaint:
        return complaints.decide_complaint(
            self._ctx, complaint_id, reviewer=reviewer, outcome=outcome, reasons=reasons
        )

    # -- exposure and the event log ---------------------------------------------------

    def exposure(self, user: User) -> Exposure:
        return casepage.exposure(self._ctx, user)

    def events(self, *, limit: int = 100, offset: int = 0) -> list[Event]:
        """Audit-log events, newest first."""
        return latest(self.engine, limit=max(0, min(limit, 1000)), offset=max(0, offset))

    def record(self, kind: str, actor: str, subject: str, data: dict[str, Any]) -> Event:
        """Append an event for a change made elsewhere (export, settings); ids, never content."""
        return record(self.engine, kind, actor, subject, data, at=self._ctx.now())
