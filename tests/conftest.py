"""Shared fixtures: every test writes under its own tmp_path, never to the user's home."""

from __future__ import annotations

from pathlib import Path

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
