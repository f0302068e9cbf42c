"""Sync with head office: ``sync_outbox`` filled by triggers on every pushed table, and
``sync_state`` (see desk.store.sync_models and desk.sync.tables).

The triggers write the outbox row in the transaction of the change itself. They only
capture once the store has started syncing (``sync_state.capture``): a store that works
before enrolling fills its outbox once, at its first sync, from every row it holds.
A later migration that re-creates a pushed table must create its triggers again
(``TRIGGERS`` below).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The pushed tables as of this revision (desk.sync.tables.PUSHED may grow later).
PUSHED = [
    "customer",
    "identity_document",
    "line",
    "sim_stock",
    "business_day",
    "replacement_case",
    "case_event",
    "verification",
    "line_event",
    "approval",
    "payment",
    "payment_line",
    "tender",
    "document_print",
    "cash_movement",
    "stock_movement",
    "notice",
    "audit_entry",
    "restore_event",
    "day_count",
]

_CAPTURING = "(SELECT capture FROM sync_state WHERE id = 1) = 1"


def _triggers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for table in PUSHED:
        for event, row, code in (
            ("INSERT", "NEW", "u"),
            ("UPDATE", "NEW", "u"),
            ("DELETE", "OLD", "d"),
        ):
            name = f"sync_{table}_{event.lower()}"
            out.append(
                (
                    name,
                    f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW"
                    f" WHEN {_CAPTURING} BEGIN"
                    f" INSERT INTO sync_outbox (tbl, row_id, op)"
                    f" VALUES ('{table}', {row}.id, '{code}'); END",
                )
            )
    return out


TRIGGERS = _triggers()


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("capture", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("reference_version", sa.Integer(), nullable=False),
        sa.Column("pulled_version", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_good_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("clock_skew_ms", sa.Integer(), nullable=True),
        sa.Column("hq_view", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.execute(
        "INSERT INTO sync_state (id, capture, epoch, acked_seq, reference_version,"
        " pulled_version) VALUES (1, 0, 0, 0, 0, 0)"
    )
    for _name, sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name, _sql in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("sync_state")
    op.drop_table("sync_outbox")
