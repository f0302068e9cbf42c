"""Lookup: an index on the last digits of phone numbers; names indexed again with
accents folded the same way in the index, its term counts and the query.

The index is on an expression (``substr(msisdn, -4)``), which SQLAlchemy cannot
declare: like the FTS5 name index it lives only here (see desk/store/lookup_index.py).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:10:00
"""

from __future__ import annotations

from alembic import op

from desk.store.lookup_index import create_phone_tail_index
from desk.store.name_index import rebuild_name_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    raw = op.get_bind().connection.driver_connection  # the sqlite3 connection, same transaction
    assert raw is not None
    create_phone_tail_index(raw)
    rebuild_name_index(raw)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_line_msisdn_tail")
