"""Assurance tables: the model registry behind the promotion gate.

One row per model version: its tier, the sha256 of its artifact manifest, its status
(``candidate`` → ``promoted`` → ``retired``) and the digest of the bias audit that last
decided its promotion. At most one version of a name is ``promoted`` at a time (the registry
code keeps this; the promotion retires the previous one in the same transaction).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, UniqueConstraint

from clearsight.storage.sql.schema import metadata

MODEL_STATUSES = ("candidate", "promoted", "retired")

model_versions = Table(
    "model_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False),
    Column("version", String(64), nullable=False),
    Column("tier", String(32), nullable=False),
    Column("artifact_sha256", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("audit_digest", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("name", "version"),
    Index("ix_model_versions_name_status", "name", "status"),
)
