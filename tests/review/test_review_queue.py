"""The queue: priority then age, filters, claims with expiry, and the exposure counter."""

from __future__ import annotations

import pytest

from clearsight.config import Settings
from clearsight.errors import ConflictError, InputError, PermissionDeniedError
from clearsight.review.models import QueueFilter
from clearsight.review.testing import World, make_world
from clearsight.types import MediaRef


def test_queue_orders_by_priority_then_age(world: World) -> None:
    low = world.make_case(priority=4.0)
    world.clock.advance(minutes=1)
    high = world.make_case(priority=9.0)
    same = world.make_case(priority=4.0)
    order = [e.case_id for e in world.service.queue(QueueFilter())]
    assert order == [high, low, same]
    assert [e.case_id for e in world.service.queue(QueueFilter(), limit=1, offset=1)] == [low]


def test_queue_filters(world: World) -> None:
    plain = world.make_case()
    banked = world.make_case(bank_entry=1)
    svc = world.service
    assert [e.case_id for e in svc.queue(QueueFilter(bank_match=True))] == [banked]
    assert [e.case_id for e in svc.queue(QueueFilter(bank_match=False))] == [plain]
    assert len(svc.queue(QueueFilter(category="threat"))) == 2
    assert svc.queue(QueueFilter(category="hate")) == []
    assert svc.queue(QueueFilter(language="fr")) == []
    assert len(svc.queue(QueueFilter(source="jsonl"))) == 2
    with pytest.raises(InputError):
        svc.queue(QueueFilter(category="%"))
    entry = svc.queue(QueueFilter(bank_match=True))[0]
    assert entry.bank_match and entry.preview.startswith("Fictional")


def test_learners_may_not_see_the_queue(world: World) -> None:
    pupil = world.user("pip", "learner")
    with pytest.raises(PermissionDeniedError):
        world.service.queue(QueueFilter(), viewer=pupil)


def test_a_claim_blocks_others_until_it_expires(world: World) -> None:
    case = world.make_case()
    ada, bo = world.user("ada", "reviewer"), world.user("bo", "reviewer")
    claim = world.service.claim(case, ada)
    assert claim.user == "ada"
    with pytest.raises(ConflictError, match="claimed by 'ada'"):
        world.service.claim(case, bo)
    assert world.service.queue(QueueFilter())[0].claim == claim
    world.clock.advance(minutes=world.service.settings.review.claim_minutes + 1)
    assert world.service.claim(case, bo).user == "bo"
    with pytest.raises(ConflictError):
        world.service.release(case, ada)
    world.service.release(case, bo)
    assert world.service.claim(case, ada).user == "ada"


def test_analysts_may_not_claim(world: World) -> None:
    case = world.make_case()
    with pytest.raises(PermissionDeniedError):
        world.service.claim(case, world.user("ana", "analyst"))


def test_exposure_counts_each_flagged_case_once_a_day(world: World) -> None:
    image = MediaRef("img/fictional.png", "a" * 64, "b" * 32, "image/png", 10, 4, 4)
    first, second = world.make_case(), world.make_case(media=(image,))
    ada = world.user("ada", "reviewer")
    for case in (first, first, second):
        detail = world.service.case_detail(case, viewer=ada)
    assert detail.exposure is not None and detail.exposure.count == 2
    assert detail.item.media[0].sha256 == "a" * 64
    assert world.service.exposure(ada).limit == world.service.settings.review.daily_exposure_limit
    world.clock.advance(days=1)
    assert world.service.exposure(ada).count == 0


def test_the_exposure_limit_is_reported(settings: Settings) -> None:
    review = settings.review.model_copy(update={"daily_exposure_limit": 2})
    small = make_world(settings.model_copy(update={"review": review}))
    ada = small.user("ada", "reviewer")
    cases = [small.make_case() for _ in range(2)]
    small.service.case_detail(cases[0], viewer=ada)
    assert not small.service.exposure(ada).exceeded
    small.service.case_detail(cases[1], viewer=ada)
    assert small.service.exposure(ada).exceeded
