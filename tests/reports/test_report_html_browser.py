"""The HTML reports render in headless Chromium with their SVG charts; content stays inert."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from clearsight.audit.decisions import decision_audit
from clearsight.reports.audit_html import audit_html
from clearsight.reports.data import Period
from clearsight.reports.render import to_html
from clearsight.reports.transparency import transparency_report
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World
from clearsight.storage.sql.schema import items

HOSTILE_LANG = "<img src=x onerror=window.__pwned=1>"

pytestmark = [
    pytest.mark.slow,
]


def _open(browser: Any, html: str, path: Path) -> Any:
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    page.goto(path.as_uri())
    page.screenshot(path=str(path.with_suffix(".png")), full_page=True)
    assert path.with_suffix(".png").stat().st_size > 0
    return page


def test_transparency_html_in_chromium(
    browser: Any, world: World, reasons: StatementOfReasons, tmp_path: Path
) -> None:
    world.clock.at = datetime.now(UTC)
    reviewer = world.user("rev_hazel", "reviewer")
    for outcome in ("remove", "label_context", "no_action"):
        case = world.make_case("Fictional post of the Saltmere Kite Club")
        world.service.decide(
            case, reviewer=reviewer, outcome=outcome, categories=["threat"], reasons=reasons
        )
    period = Period.days(date(2020, 1, 1), date(2040, 12, 31))
    report = transparency_report(world.store.engine, period)
    page = _open(browser, to_html(report), tmp_path / "transparency.html")
    assert page.locator("svg.chart").count() == 4
    assert page.locator("svg.chart rect.bar").count() >= 3
    assert page.locator("svg.chart").first.bounding_box()["width"] > 100


def test_decision_audit_html_in_chromium(
    browser: Any, world: World, reasons: StatementOfReasons, tmp_path: Path
) -> None:
    world.clock.at = datetime.now(UTC)
    reviewer = world.user("rev_ivy", "reviewer")
    for n in range(6):
        case = world.make_case(f"Fictional Saltmere note {n}")
        world.service.decide(
            case, reviewer=reviewer, outcome="remove", categories=["threat"], reasons=reasons
        )
    with world.store.engine.begin() as conn:
        conn.execute(update(items).values(lang=HOSTILE_LANG[:16]))
    audit = decision_audit(world.store.engine, datetime.now(UTC) - timedelta(days=1))
    page = _open(browser, audit_html(audit), tmp_path / "audit.html")
    assert page.locator("svg.chart").count() == 8
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("img").count() == 0


def test_empty_report_html_in_chromium(browser: Any, world: World, tmp_path: Path) -> None:
    period = Period.days(date(2020, 1, 1), date(2020, 1, 31))
    page = _open(
        browser, to_html(transparency_report(world.store.engine, period)), tmp_path / "e.html"
    )
    assert "nothing to report" in page.inner_text("body")
    assert page.locator("svg.chart").count() == 4
