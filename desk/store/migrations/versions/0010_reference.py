"""Reference data from head office: ``reference_part`` holds the applied snapshot's fee
schedule, tenders and settings (see desk.store.reference_models). Carriers, products and
staff keep their own tables.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_part",
        sa.Column("name", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_reference_part")),
    )


def downgrade() -> None:
    op.drop_table("reference_part")
