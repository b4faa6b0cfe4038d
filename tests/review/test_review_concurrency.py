"""Concurrent claims and appends on one SQLite file: one claim wins, the chain stays intact."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from clearsight.errors import ConflictError
from clearsight.eventlog import record, verify
from clearsight.review.testing import World


def test_only_one_of_many_simultaneous_claims_wins(world: World) -> None:
    case = world.make_case()
    reviewers = [world.user(f"rev{n}", "reviewer") for n in range(6)]

    def try_claim(n: int) -> bool:
        try:
            world.service.claim(case, reviewers[n])
        except ConflictError:
            return False
        return True

    with ThreadPoolExecutor(max_workers=6) as pool:
        won = list(pool.map(try_claim, range(6)))
    assert won.count(True) == 1
    assert verify(world.store.engine).ok


def test_concurrent_appends_keep_the_chain_intact(world: World) -> None:
    def append_many(worker: int) -> None:
        for n in range(20):
            record(world.store.engine, "claim", f"w{worker}", f"case:{n}", {"n": n})

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(append_many, range(4)))
    result = verify(world.store.engine)
    assert result.ok and result.checked == 80
