"""Shared fixtures: every test writes under its own tmp_path, never to the user's home."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearsight.config import Settings
from clearsight.testing import test_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return test_settings(tmp_path)
