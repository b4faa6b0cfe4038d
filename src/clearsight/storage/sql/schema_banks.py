"""Hash-bank tables: banks, their entries, every entry's provenance, and match hits.

An entry is unique per bank and signal value; re-importing a value adds a provenance row and
never replaces the first one. ``bank_hits`` feeds flood protection (one row per entry and item).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from clearsight.storage.sql.schema import metadata

banks = Table(
    "banks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("negative", Boolean, nullable=False),
    Column("threshold", Integer),
    Column("created_by", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

bank_entries = Table(
    "bank_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bank_id", Integer, ForeignKey("banks.id"), nullable=False),
    Column("value", String(128), nullable=False),
    Column("label", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("quality", Integer),
    Column("sketch", LargeBinary),
    Column("shingles", LargeBinary),
    Column("status_by", String(64)),
    Column("status_at", DateTime(timezone=True)),
    Column("status_note", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("bank_id", "value"),
    Index(None, "bank_id", "status"),
)

bank_provenance = Table(
    "bank_provenance",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, ForeignKey("bank_entries.id"), nullable=False, index=True),
    Column("added_by", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("label", String(64), nullable=False),
    Column("note", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

bank_hits = Table(
    "bank_hits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, ForeignKey("bank_entries.id"), nullable=False),
    Column("item_key", String(64), nullable=False),
    Column("hit_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("entry_id", "item_key"),
    Index(None, "entry_id", "hit_at"),
)
