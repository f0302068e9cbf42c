"""Restores: ``restore_event``, one row per restore of the database from a copy, for
head office's sync (see desk.store.restore_models). Append-only.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "restore_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("restored_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_schema", sa.String(length=32), nullable=False),
        sa.Column("newest_audit_at", sa.DateTime(), nullable=True),
        sa.Column("newest_payment_at", sa.DateTime(), nullable=True),
        sa.Column("replaced_backup", sa.String(length=255), nullable=True),
        sa.Column("app_version", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_restore_event_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_restore_event")),
    )


def downgrade() -> None:
    op.drop_table("restore_event")
