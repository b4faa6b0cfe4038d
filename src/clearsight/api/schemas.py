"""Request bodies of the REST API, with size bounds on every free-text field."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from clearsight.review.models import StatementOfReasons

Outcome = Literal["no_action", "label_context", "restrict", "remove", "escalate", "preserve"]
Role = Literal["admin", "analyst", "reviewer", "auditor", "learner"]
Name = Field(min_length=1, max_length=64)
LongText = Field(min_length=1, max_length=5000)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoginIn(Body):
    name: str = Name
    password: str = Field(min_length=1, max_length=1024)


class UserIn(Body):
    name: str = Name
    role: Role
    password: str = Field(min_length=12, max_length=1024)


class ReasonsIn(Body):
    """The statement of reasons (DSA Art. 17)."""

    facts_and_circumstances: str = LongText
    automated_detection: bool
    legal_or_policy_ground: str = Field(min_length=1, max_length=1000)
    redress: str = Field(min_length=1, max_length=1000)

    def to_model(self) -> StatementOfReasons:
        return StatementOfReasons(
            self.facts_and_circumstances,
            self.automated_detection,
            self.legal_or_policy_ground,
            self.redress,
        )


class DecisionIn(Body):
    case_id: int
    outcome: Outcome
    categories: list[str] = Field(default_factory=list, max_length=20)
    reasons: ReasonsIn
    corrects: int | None = None


class BulkDecisionIn(Body):
    case_ids: list[int] = Field(min_length=1, max_length=500)
    outcome: Outcome
    categories: list[str] = Field(default_factory=list, max_length=20)
    reasons: ReasonsIn


class SecondReviewIn(Body):
    approve: bool
    note: str = Field("", max_length=2000)


class ComplaintIn(Body):
    case_ref: str = Field(min_length=1, max_length=64)
    text: str = LongText
    contact: str | None = Field(None, max_length=200)


class ComplaintDecisionIn(Body):
    outcome: Literal["uphold", "reverse"]
    reasons: str = LongText


class AnalyzeIn(Body):
    text: str = Field(min_length=1, max_length=1_000_000)
    store: bool = False
