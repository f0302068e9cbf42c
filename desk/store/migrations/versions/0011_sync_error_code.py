"""The last sync error as a code and its values as well as in English: ``sync_state``
gains ``last_error_code`` and ``last_error_values`` (JSON), so that the Sync page shows
the error in the clerk's language (see desk.sync.errors). A row written before keeps its
English text and no code; the page shows that text as it is.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_error_code", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("last_error_values", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN: a batch copy of sync_state cannot rename its copy back
    # while 0009's outbox triggers name the table.
    op.execute("ALTER TABLE sync_state DROP COLUMN last_error_values")
    op.execute("ALTER TABLE sync_state DROP COLUMN last_error_code")
