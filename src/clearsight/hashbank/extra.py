"""The ``hashbank`` extra: imports that fail with the exact install command."""

from __future__ import annotations

import importlib
from types import ModuleType

from clearsight.errors import MissingExtraError

EXTRA = "hashbank"


def require(module: str) -> ModuleType:
    """Import ``module``, else MissingExtraError naming ``pip install 'clearsight[hashbank]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module, EXTRA) from exc
