"""Retention: expired content goes, held content stays, dry runs change nothing, purges are
events and the chain still verifies."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select

from clearsight.config import RetentionSettings, Settings
from clearsight.eventlog import latest, verify
from clearsight.retention import plan, run
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World, make_world
from clearsight.storage.sql.schema import cases, findings, items, media
from clearsight.types import MediaRef

POLICY = RetentionSettings(content_days=100, hold_days=183)


def _image(tmp_path: Path, n: int) -> MediaRef:
    data = b"fictional image bytes %d" % n
    path = tmp_path / f"fictional_{n}.png"
    path.write_bytes(data)
    sha, md5 = hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest()
    return MediaRef(str(path), sha, md5, "image/png", len(data))


def _item_of(world: World, case: int) -> tuple[str | None, str]:
    with world.store.engine.connect() as conn:
        h = conn.execute(select(cases.c.item_hash).where(cases.c.id == case)).scalar_one()
        text = conn.execute(select(items.c.text).where(items.c.hash == h)).scalar_one()
    return text, str(h)


def _world_with(world: World, reasons: StatementOfReasons, tmp_path: Path) -> dict[str, int]:
    world.clock.at = datetime.now(UTC)
    reviewer = world.user("rev_elm", "reviewer")
    plain = world.make_case("Fictional Vellmarsh Ferry post, kept no longer than policy")
    held = world.make_case("Fictional Vellmarsh Ferry post under a preserve hold")
    pictured = world.make_case("Fictional post with a made-up picture", media=[_image(tmp_path, 1)])
    world.service.decide(
        held, reviewer=reviewer, outcome="preserve", categories=["threat"], reasons=reasons
    )
    return {"plain": plain, "held": held, "pictured": pictured}


def test_dry_run_changes_nothing(world: World, reasons: StatementOfReasons, tmp_path: Path) -> None:
    made = _world_with(world, reasons, tmp_path)
    later = datetime.now(UTC) + timedelta(days=150)
    before = latest(world.store.engine, limit=1000)
    result = run(world.store.engine, POLICY, later, actor="cli:test", dry_run=True)
    assert result.dry_run and len(result.purge) == 2 and len(result.held) == 1
    assert latest(world.store.engine, limit=1000) == before
    assert all(_item_of(world, c)[0] for c in made.values())
    assert (tmp_path / "fictional_1.png").exists()


def test_purge_keeps_held_and_audits(
    world: World, reasons: StatementOfReasons, tmp_path: Path
) -> None:
    made = _world_with(world, reasons, tmp_path)
    later = datetime.now(UTC) + timedelta(days=150)
    result = run(world.store.engine, POLICY, later, actor="cli:test", dry_run=False)
    assert not result.dry_run
    assert _item_of(world, made["plain"])[0] is None
    assert _item_of(world, made["pictured"])[0] is None
    assert _item_of(world, made["held"])[0] is not None
    assert not (tmp_path / "fictional_1.png").exists()
    with world.store.engine.connect() as conn:
        spans = [e["spans"] for e in conn.execute(select(findings.c.evidence)).scalars()]
        paths = set(conn.execute(select(media.c.path)).scalars())
    assert sum(1 for s in spans if s and s[0]["text"] == "") == 2
    assert paths == {""}
    events = [e for e in latest(world.store.engine, limit=1000) if e.kind == "retention_purge"]
    assert sorted(e.data["item"] for e in events) == sorted(result.purge)
    assert verify(world.store.engine).ok
    again = run(world.store.engine, POLICY, later, actor="cli:test", dry_run=False)
    assert again.purge == ()


def test_hold_lapses_after_hold_days(
    world: World, reasons: StatementOfReasons, tmp_path: Path
) -> None:
    made = _world_with(world, reasons, tmp_path)
    much_later = datetime.now(UTC) + timedelta(days=POLICY.hold_days + 10)
    result = plan(world.store.engine, POLICY, much_later)
    assert _item_of(world, made["held"])[1] in result.purge and result.held == ()


@hsettings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(holds=st.lists(st.booleans(), min_size=1, max_size=6), days=st.integers(101, 400))
def test_never_deletes_held_content(
    holds: list[bool], days: int, settings: Settings, reasons: StatementOfReasons, tmp_path: Path
) -> None:
    db = tmp_path / f"prop_{len(holds)}_{days}_{sum(holds)}.db"
    db.unlink(missing_ok=True)
    world = make_world(settings.model_copy(update={"db": str(db)}))
    world.clock.at = datetime.now(UTC)
    reviewer = world.user("rev_fir", "reviewer")
    made = []
    for n, hold in enumerate(holds):
        case = world.make_case(f"Fictional Ombria Lake notice number {n}")
        if hold:
            world.service.decide(
                case, reviewer=reviewer, outcome="preserve", categories=["threat"], reasons=reasons
            )
        made.append((case, hold))
    policy = RetentionSettings(content_days=100, hold_days=183)
    now = datetime.now(UTC) + timedelta(days=days)
    run(world.store.engine, policy, now, actor="cli:test", dry_run=False)
    for case, hold in made:
        text, _ = _item_of(world, case)
        if hold and days < policy.hold_days:
            assert text is not None
        elif not hold:
            assert text is None
    assert verify(world.store.engine).ok
    world.store.close()
