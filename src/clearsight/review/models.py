"""Value types of the review workspace: frozen dataclasses the service returns.

The CLI, the REST API and the web UI all render these; nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from clearsight.eventlog import Event
from clearsight.storage.protocols import ItemView

__all__ = [
    "CaseDetail",
    "Claim",
    "Complaint",
    "Decision",
    "Event",
    "Exposure",
    "QueueEntry",
    "QueueFilter",
    "SessionInfo",
    "StatementOfReasons",
    "User",
]

ROLES = ("admin", "analyst", "reviewer", "auditor", "learner")
OUTCOMES = ("no_action", "label_context", "restrict", "remove", "escalate", "preserve")
FOUR_EYES_OUTCOMES = frozenset({"remove", "escalate"})
COMPLAINT_OUTCOMES = ("uphold", "reverse")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: str
    created_at: datetime
    active: bool = True


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A login session. ``token`` is the cookie value; ``csrf`` goes into every form."""

    token: str
    csrf: str
    user: User
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Queue filters; ``None`` means any. ``status`` defaults to open cases."""

    category: str | None = None
    language: str | None = None
    source: str | None = None
    country: str | None = None
    bank_match: bool | None = None
    status: str | None = "open"


@dataclass(frozen=True, slots=True)
class Claim:
    case_id: int
    user: str
    claimed_at: datetime
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One queue row: the case, a short preview of its item, the claim and any complaint due."""

    case_id: int
    item_hash: str
    priority: float
    status: str
    categories: tuple[str, ...]
    reasons: tuple[str, ...]
    created_at: datetime
    preview: str
    lang: str | None
    has_media: bool
    bank_match: bool
    claim: Claim | None
    complaint_deadline: datetime | None


@dataclass(frozen=True, slots=True)
class StatementOfReasons:
    """The fields of a statement of reasons (DSA Art. 17)."""

    facts_and_circumstances: str
    automated_detection: bool
    legal_or_policy_ground: str
    redress: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "facts_and_circumstances": self.facts_and_circumstances,
            "automated_detection": self.automated_detection,
            "legal_or_policy_ground": self.legal_or_policy_ground,
            "redress": self.redress,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """A human decision. ``state``: final, pending (four-eyes), approved or rejected."""

    id: int
    case_id: int
    case_ref: str
    reviewer: str
    outcome: str
    categories: tuple[str, ...]
    reasons: StatementOfReasons
    corrects: int | None
    created_at: datetime
    state: str
    second_reviewer: str | None = None
    second_note: str | None = None

    @property
    def effective(self) -> bool:
        """True when the decision stands (no second review needed, or approved)."""
        return self.state in ("final", "approved")


@dataclass(frozen=True, slots=True)
class Complaint:
    id: int
    case_id: int
    decision_id: int
    case_ref: str
    text: str
    contact: str | None
    filed_at: datetime
    deadline: datetime
    status: str
    outcome: str | None = None
    reasons: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Exposure:
    user: str
    day: date
    count: int
    limit: int

    @property
    def exceeded(self) -> bool:
        return self.count >= self.limit


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything a case page shows; ``item`` carries findings, sightings and media."""

    case_id: int
    priority: float
    status: str
    categories: tuple[str, ...]
    reasons: tuple[str, ...]
    created_at: datetime
    item: ItemView
    claim: Claim | None
    decisions: tuple[Decision, ...]
    complaints: tuple[Complaint, ...]
    exposure: Exposure | None = None
