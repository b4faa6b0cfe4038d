"""Decisions: immutable, corrections chain, four-eyes, bulk only for identical known content."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

import clearsight
from clearsight.config import Settings
from clearsight.errors import ConflictError, InputError, PermissionDeniedError
from clearsight.review.models import QueueFilter, StatementOfReasons
from clearsight.review.testing import World, make_world
from clearsight.storage.sql.schema import cases
from clearsight.storage.sql.schema_review import decisions


def test_a_decision_records_reasons_and_closes_the_case(
    world: World, reasons: StatementOfReasons
) -> None:
    case = world.make_case()
    ada = world.user("ada", "reviewer")
    world.service.claim(case, ada)
    made = world.service.decide(
        case, reviewer=ada, outcome="remove", categories=["threat"], reasons=reasons
    )
    assert (made.state, made.reviewer, made.reasons) == ("final", "ada", reasons)
    assert made.case_ref.startswith(f"C{case}-")
    assert world.service.queue(QueueFilter()) == []
    assert world.service.queue(QueueFilter(status="decided"))[0].claim is None
    assert world.service.events()[0].kind == "decision"


@pytest.mark.parametrize(
    ("outcome", "categories", "field"),
    [("delete_forever", [], "outcome"), ("remove", ["villainy"], "categories")],
)
def test_bad_decisions_are_refused(
    world: World, reasons: StatementOfReasons, outcome: str, categories: list[str], field: str
) -> None:
    case, ada = world.make_case(), world.user("ada", "reviewer")
    with pytest.raises(InputError, match=field):
        world.service.decide(
            case, reviewer=ada, outcome=outcome, categories=categories, reasons=reasons
        )
    empty = dataclasses.replace(reasons, redress="  ")
    with pytest.raises(InputError, match="redress"):
        world.service.decide(case, reviewer=ada, outcome="remove", categories=[], reasons=empty)


def test_only_reviewers_decide_and_not_on_a_case_claimed_by_another(
    world: World, reasons: StatementOfReasons
) -> None:
    case = world.make_case()
    ana, ada, bo = (
        world.user(n, r) for n, r in [("ana", "analyst"), ("ada", "reviewer"), ("bo", "reviewer")]
    )
    with pytest.raises(PermissionDeniedError):
        world.service.decide(case, reviewer=ana, outcome="remove", categories=[], reasons=reasons)
    world.service.claim(case, bo)
    with pytest.raises(ConflictError, match="claimed"):
        world.service.decide(case, reviewer=ada, outcome="remove", categories=[], reasons=reasons)


def test_corrections_reference_the_latest_decision(
    world: World, reasons: StatementOfReasons
) -> None:
    case, ada = world.make_case(), world.user("ada", "reviewer")
    first = world.service.decide(
        case, reviewer=ada, outcome="remove", categories=["threat"], reasons=reasons
    )
    with pytest.raises(ConflictError, match="correction"):
        world.service.decide(
            case, reviewer=ada, outcome="no_action", categories=[], reasons=reasons
        )
    second = world.service.decide(
        case,
        reviewer=ada,
        outcome="label_context",
        categories=[],
        reasons=reasons,
        corrects=first.id,
    )
    with pytest.raises(ConflictError):
        world.service.decide(
            case,
            reviewer=ada,
            outcome="no_action",
            categories=[],
            reasons=reasons,
            corrects=first.id,
        )
    detail = world.service.case_detail(case, viewer=ada)
    assert [(d.id, d.corrects) for d in detail.decisions] == [
        (first.id, None),
        (second.id, first.id),
    ]
    assert world.service.decision(first.id) == first  # the old decision is unchanged


def test_decisions_are_append_only_in_code_and_in_the_database(
    world: World, reasons: StatementOfReasons
) -> None:
    case, ada = world.make_case(), world.user("ada", "reviewer")
    world.service.decide(case, reviewer=ada, outcome="preserve", categories=[], reasons=reasons)
    root = Path(clearsight.__file__).parent
    code = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    assert "update(decisions)" not in code and "decisions.update(" not in code
    for statement in (update(decisions).values(outcome="no_action"), delete(decisions)):
        with pytest.raises(DBAPIError, match="append-only"), world.store.engine.begin() as conn:
            conn.execute(statement)
    with world.store.engine.connect() as conn:
        assert conn.execute(select(decisions.c.outcome)).scalars().all() == ["preserve"]


def _four_eyes(settings: Settings) -> World:
    review = settings.review.model_copy(update={"four_eyes": True})
    return make_world(settings.model_copy(update={"review": review}))


def test_four_eyes_approval(settings: Settings, reasons: StatementOfReasons) -> None:
    world = _four_eyes(settings)
    case, ada, bo = world.make_case(), world.user("ada", "reviewer"), world.user("bo", "reviewer")
    made = world.service.decide(
        case, reviewer=ada, outcome="remove", categories=[], reasons=reasons
    )
    assert made.state == "pending" and not made.effective
    with pytest.raises(PermissionDeniedError, match="different reviewer"):
        world.service.second_review(made.id, reviewer=ada, approve=True, note="")
    with pytest.raises(ConflictError, match="second review"):
        world.service.decide(
            case, reviewer=bo, outcome="no_action", categories=[], reasons=reasons, corrects=made.id
        )
    approved = world.service.second_review(made.id, reviewer=bo, approve=True, note="agreed")
    assert (approved.state, approved.second_reviewer) == ("approved", "bo")
    with pytest.raises(ConflictError):
        world.service.second_review(made.id, reviewer=bo, approve=False, note="")
    plain = world.service.decide(
        world.make_case(), reviewer=ada, outcome="label_context", categories=[], reasons=reasons
    )
    assert plain.state == "final"


def test_four_eyes_rejection_reopens_the_case(
    settings: Settings, reasons: StatementOfReasons
) -> None:
    world = _four_eyes(settings)
    case, ada, bo = world.make_case(), world.user("ada", "reviewer"), world.user("bo", "reviewer")
    made = world.service.decide(
        case, reviewer=ada, outcome="escalate", categories=[], reasons=reasons
    )
    rejected = world.service.second_review(made.id, reviewer=bo, approve=False, note="not urgent")
    assert rejected.state == "rejected"
    assert [e.case_id for e in world.service.queue(QueueFilter())] == [case]
    again = world.service.decide(
        case, reviewer=bo, outcome="restrict", categories=[], reasons=reasons
    )
    assert again.state == "final"


def test_bulk_decisions_need_identical_known_content(
    world: World, reasons: StatementOfReasons
) -> None:
    ada = world.user("ada", "reviewer")
    same = [world.make_case(f"Fictional copy {n}", bank_entry=7) for n in range(3)]
    near = world.make_case("Fictional near copy", bank_entry=7, distance=9)
    other = world.make_case("Fictional other", bank_entry=8)
    plain = world.make_case("Fictional plain")
    for odd in (near, other, plain):
        with pytest.raises(ConflictError, match=f"case {odd}"):
            world.service.bulk_decide(
                [*same, odd], reviewer=ada, outcome="remove", categories=[], reasons=reasons
            )
    with world.store.engine.connect() as conn:
        assert conn.execute(select(decisions)).all() == []  # all or nothing
    made = world.service.bulk_decide(
        same, reviewer=ada, outcome="remove", categories=["designated_propaganda"], reasons=reasons
    )
    assert [d.case_id for d in made] == same
    with world.store.engine.connect() as conn:
        statuses = conn.execute(select(cases.c.status).where(cases.c.id.in_(same))).scalars()
        assert set(statuses) == {"decided"}


def test_decision_logs_carry_ids_not_content(
    world: World, reasons: StatementOfReasons, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Zorblax Harbour marching song of the fictional Teal Lantern League"
    case, ada = world.make_case(secret), world.user("ada", "reviewer")
    with caplog.at_level(logging.DEBUG):
        world.service.case_detail(case, viewer=ada)
        world.service.decide(case, reviewer=ada, outcome="remove", categories=[], reasons=reasons)
    assert f"case {case}" in caplog.text
    assert "Zorblax" not in caplog.text and reasons.facts_and_circumstances not in caplog.text
    logged = " ".join(str(e.data) for e in world.service.events())
    assert "Zorblax" not in logged and "Lake Ombria" not in logged
