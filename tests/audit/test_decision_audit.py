"""Decision audit: a planted >20-point removal-rate gap between languages is an alert."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from clearsight.audit.decisions import ALERT_POINTS, decision_audit
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World
from clearsight.storage.sql.schema import cases, items

SINCE = datetime.now(UTC) - timedelta(days=1)


def _plant(world: World, reasons: StatementOfReasons, removals: dict[str, int]) -> None:
    """Ten fictional cases per language; ``removals[lang]`` of them removed, the rest not."""
    reviewer = world.user("rev_cedar", "reviewer")
    for lang, removed in removals.items():
        for n in range(10):
            case = world.make_case(f"Fictional Lake Ombria note {lang} {n} on the Tin Heron Guild")
            with world.store.engine.begin() as conn:
                query = select(cases.c.item_hash).where(cases.c.id == case)
                item_hash = conn.execute(query).scalar_one()
                conn.execute(update(items).where(items.c.hash == item_hash).values(lang=lang))
            outcome = "remove" if n < removed else "no_action"
            world.service.decide(
                case, reviewer=reviewer, outcome=outcome, categories=["threat"], reasons=reasons
            )


def test_planted_gap_is_an_alert(world: World, reasons: StatementOfReasons) -> None:
    _plant(world, reasons, {"en": 2, "fr": 8})
    audit = decision_audit(world.store.engine, SINCE)
    rows = {(r.dimension, r.group): r for r in audit.groups}
    assert rows[("language", "en")].removal_rate == 0.2
    assert rows[("language", "fr")].removal_rate == 0.8
    alerts = [(g.dimension, g.metric, g.high, g.low, g.points) for g in audit.alerts]
    assert alerts == [("language", "removal_rate", "fr", "en", 60.0)]


def test_balanced_decisions_raise_no_alert(world: World, reasons: StatementOfReasons) -> None:
    _plant(world, reasons, {"en": 5, "fr": 4})
    audit = decision_audit(world.store.engine, SINCE)
    gap = next(g for g in audit.gaps if g.metric == "removal_rate" and g.dimension == "language")
    assert gap.points == 10.0 and gap.points <= ALERT_POINTS
    assert audit.alerts == ()


def test_empty_and_tiny_databases_say_so(world: World, reasons: StatementOfReasons) -> None:
    empty = decision_audit(world.store.engine, SINCE)
    assert empty.groups == () and empty.gaps == () and empty.notes
    case = world.make_case()
    reviewer = world.user("rev_dune", "reviewer")
    world.service.decide(
        case, reviewer=reviewer, outcome="remove", categories=["threat"], reasons=reasons
    )
    tiny = decision_audit(world.store.engine, SINCE)
    assert tiny.groups and all(r.removal_rate is None for r in tiny.groups)
    assert tiny.alerts == ()
