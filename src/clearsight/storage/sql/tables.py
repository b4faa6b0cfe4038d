"""Every table module, imported so that ``metadata`` holds them all.

Alembic's environment and the schema-drift test import this module; a feature that adds tables
adds its own ``schema_<feature>.py`` (declaring tables on ``schema.metadata``) and imports it here.
"""

from __future__ import annotations

from clearsight.storage.sql import schema, schema_assurance, schema_banks, schema_review
from clearsight.storage.sql.schema import metadata

MODULES = (schema, schema_review, schema_banks, schema_assurance)

__all__ = ["MODULES", "metadata"]
