"""Shared fixtures: every test writes under its own tmp_path, never to the user's home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clearsight.config import Settings
from clearsight.review.models import StatementOfReasons
from clearsight.review.testing import World, make_world, sample_reasons
from clearsight.testing import contract_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return contract_settings(tmp_path)


@pytest.fixture
def world(settings: Settings) -> World:
    """Review services on a migrated SQLite store, with cases made at test time and a clock."""
    return make_world(settings)


@pytest.fixture
def reasons() -> StatementOfReasons:
    return sample_reasons()


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (never a browser download)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
