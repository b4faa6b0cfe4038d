"""Complaints: filed with the case reference, decided by a different reviewer, with a deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clearsight.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from clearsight.hashbank.bank_types import NewEntry
from clearsight.hashbank.banks import BankStore
from clearsight.review.decisions import case_ref
from clearsight.review.models import QueueFilter, StatementOfReasons
from clearsight.review.testing import World


def _decided(world: World, reasons: StatementOfReasons, **case: object) -> tuple[int, str]:
    case_id = world.make_case(**case)  # type: ignore[arg-type]
    ada = world.service.user("ada") or world.user("ada", "reviewer")
    made = world.service.decide(
        case_id, reviewer=ada, outcome="remove", categories=["threat"], reasons=reasons
    )
    return case_id, made.case_ref


def test_anyone_with_the_reference_files_a_complaint_with_a_deadline(
    world: World, reasons: StatementOfReasons
) -> None:
    case_id, ref = _decided(world, reasons)
    filed = world.service.file_complaint(
        ref, "The post was satire about fictional Lake Ombria", None
    )
    days = world.service.settings.review.complaint_days
    assert filed.deadline - filed.filed_at == timedelta(days=days) and days == 14
    assert (filed.case_id, filed.status) == (case_id, "open")
    entry = world.service.queue(QueueFilter(status="decided"))[0]
    assert entry.complaint_deadline == filed.deadline
    event = world.service.events()[0]
    assert event.kind == "complaint_filed" and "satire" not in str(event.data)


@pytest.mark.parametrize(
    ("ref", "text", "error"),
    [("C1-nope", "why", NotFoundError), (None, " ", InputError), (None, "x" * 5001, InputError)],
)
def test_bad_complaints_are_refused(
    world: World, reasons: StatementOfReasons, ref: str | None, text: str, error: type[Exception]
) -> None:
    _, good = _decided(world, reasons)
    with pytest.raises(error):
        world.service.file_complaint(ref or good, text, None)


def test_an_undecided_case_takes_no_complaint(world: World) -> None:
    case_id = world.make_case()
    with world.store.engine.begin() as conn:
        ref = case_ref(conn, case_id)
    with pytest.raises(ConflictError):
        world.service.file_complaint(ref, "Please look again", None)


def test_a_complaint_is_decided_by_a_different_reviewer(
    world: World, reasons: StatementOfReasons
) -> None:
    _, ref = _decided(world, reasons)
    complaint = world.service.file_complaint(ref, "Please look again", "reader@example.invalid")
    ada, cy = world.service.user("ada"), world.user("cy", "reviewer")
    assert ada is not None
    with pytest.raises(PermissionDeniedError, match="other than"):
        world.service.decide_complaint(complaint.id, reviewer=ada, outcome="uphold", reasons="ok")
    with pytest.raises(InputError):
        world.service.decide_complaint(complaint.id, reviewer=cy, outcome="maybe", reasons="ok")
    done = world.service.decide_complaint(
        complaint.id, reviewer=cy, outcome="uphold", reasons="The rule applies"
    )
    assert (done.status, done.outcome, done.decided_by) == ("decided", "uphold", "cy")
    with pytest.raises(ConflictError):
        world.service.decide_complaint(complaint.id, reviewer=cy, outcome="reverse", reasons="x")


def test_reversing_a_bank_match_deconfirms_the_entry(
    world: World, reasons: StatementOfReasons
) -> None:
    banks = BankStore(world.store.engine)
    bank = banks.create_bank("fictional-posters", "md5", negative=False, threshold=None, by="t")
    banks.add_entries(bank, [NewEntry("ab" * 16, "violent_extremist", "test list", "t")])
    (entry,) = banks.entries(bank)
    case_id, ref = _decided(world, reasons, bank_entry=entry.id)
    complaint = world.service.file_complaint(ref, "This is my own fictional artwork", None)
    world.service.decide_complaint(
        complaint.id, reviewer=world.user("cy", "reviewer"), outcome="reverse", reasons="Own work"
    )
    after = banks.entry(bank, entry.id)
    assert (after.status, after.status_by) == ("deconfirmed", "cy")
    assert world.service.queue(QueueFilter(status="reversed"))[0].case_id == case_id
    assert world.service.events()[0].data["bank_entries"] == [str(entry.id)]
