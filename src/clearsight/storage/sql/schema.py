"""The relational schema, as SQLAlchemy Core tables. Alembic migrations must match it.

Content is stored once per content hash (``items``); every time a source shows it again is a
``sightings`` row. ``UNIQUE(source_id, position)`` on sightings and quarantine is what makes a
resumed scan store every record exactly once.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("plugin", String(64), nullable=False),
    Column("path", Text, nullable=False),
    Column("first_seen_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("plugin", "path"),
)

scans = Table(
    "scans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),
    Column("counts", JSON, nullable=False),
)

checkpoints = Table(
    "checkpoints",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id"), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("scan_id", Integer, ForeignKey("scans.id"), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("text", Text),
    Column("title", Text),
    Column("url", Text),
    Column("lang", String(16)),
    Column("lang_score", Float),
    Column("created_at", DateTime(timezone=True)),
    Column("first_seen_at", DateTime(timezone=True), nullable=False),
)

sightings = Table(
    "sightings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_hash", String(64), ForeignKey("items.hash"), nullable=False, index=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("scan_id", Integer, ForeignKey("scans.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("line", Integer),
    Column("offset", Integer),
    Column("external_id", Text),
    Column("author", String(64)),
    Column("created_at", DateTime(timezone=True)),
    Column("meta", JSON, nullable=False),
    UniqueConstraint("source_id", "position"),
)

media = Table(
    "media",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_hash", String(64), ForeignKey("items.hash"), nullable=False),
    Column("sha256", String(64), nullable=False, index=True),
    Column("md5", String(32), nullable=False, index=True),
    Column("path", Text, nullable=False),
    Column("mime", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("width", Integer),
    Column("height", Integer),
    UniqueConstraint("item_hash", "sha256"),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_hash", String(64), ForeignKey("items.hash"), nullable=False, index=True),
    Column("analyzer", String(64), nullable=False),
    Column("version", String(32), nullable=False),
    Column("category", String(32), nullable=False),
    Column("score", Float, nullable=False),
    Column("ideology", String(32)),
    Column("evidence", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_hash", String(64), ForeignKey("items.hash"), nullable=False, unique=True),
    Column("priority", Float, nullable=False),
    Column("status", String(16), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("categories", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index(None, "status", "priority"),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
    Column("scan_id", Integer, ForeignKey("scans.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("line", Integer),
    Column("offset", Integer),
    Column("external_id", Text),
    Column("reason", String(32), nullable=False),
    Column("detail", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source_id", "position"),
)
