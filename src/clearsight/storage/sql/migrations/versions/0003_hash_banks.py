"""hash banks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "banks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("negative", sa.Boolean(), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_banks")),
        sa.UniqueConstraint("name", name=op.f("uq_banks_name")),
    )
    op.create_table(
        "bank_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("quality", sa.Integer(), nullable=True),
        sa.Column("sketch", sa.LargeBinary(), nullable=True),
        sa.Column("shingles", sa.LargeBinary(), nullable=True),
        sa.Column("status_by", sa.String(length=64), nullable=True),
        sa.Column("status_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["bank_id"], ["banks.id"], name=op.f("fk_bank_entries_bank_id_banks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_entries")),
        sa.UniqueConstraint("bank_id", "value", name=op.f("uq_bank_entries_bank_id_value")),
    )
    with op.batch_alter_table("bank_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bank_entries_bank_id_status"), ["bank_id", "status"], unique=False
        )
    op.create_table(
        "bank_hits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("hit_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["bank_entries.id"], name=op.f("fk_bank_hits_entry_id_bank_entries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_hits")),
        sa.UniqueConstraint("entry_id", "item_key", name=op.f("uq_bank_hits_entry_id_item_key")),
    )
    with op.batch_alter_table("bank_hits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bank_hits_entry_id_hit_at"), ["entry_id", "hit_at"], unique=False
        )
    op.create_table(
        "bank_provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["bank_entries.id"],
            name=op.f("fk_bank_provenance_entry_id_bank_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_provenance")),
    )
    with op.batch_alter_table("bank_provenance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bank_provenance_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("bank_provenance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_provenance_entry_id"))
    op.drop_table("bank_provenance")
    with op.batch_alter_table("bank_hits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_hits_entry_id_hit_at"))
    op.drop_table("bank_hits")
    with op.batch_alter_table("bank_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bank_entries_bank_id_status"))
    op.drop_table("bank_entries")
    op.drop_table("banks")
