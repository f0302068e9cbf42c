"""The notice outbox: messages to customers, queued with the change that caused them.

- notice: one row per message, with its delivery state (see desk.core.notices).
  ``case_id`` has no foreign key (notices outlive what they announce); ``kind`` is plain
  text with no CHECK constraint, so that a new kind of notice needs no migration.
- local_setting ``demo_store = 1`` on a demo store made by an earlier Desk (known by
  the demo store's name), so that it never sends a real notice.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# desk.demo.fixtures.DEMO_STORE_NAME as of this schema, frozen here.
_DEMO_STORE_NAME = "Desk Demo Store 演示门店"


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    op.create_table(
        "notice",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", _enum("notice_channel", "sms", "email", "demo"), nullable=False),
        sa.Column("recipient", sa.String(length=120), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column(
            "status",
            _enum("notice_status", "queued", "sending", "sent", "failed", "unknown"),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("provider_ref", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_notice_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name=op.f("fk_notice_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_store_id"), ["store_id"], unique=False)
        batch_op.create_index(
            "ix_notice_status_next_attempt_at", ["status", "next_attempt_at"], unique=False
        )
    op.execute(
        sa.text(
            "INSERT OR IGNORE INTO local_setting (key, value) "
            "SELECT 'demo_store', '1' FROM store s JOIN local_setting l "
            "ON l.key = 'store_id' AND replace(l.value, '-', '') = s.id "
            "WHERE s.name = :name"
        ).bindparams(name=_DEMO_STORE_NAME)
    )


def downgrade() -> None:
    op.execute("DELETE FROM local_setting WHERE key = 'demo_store'")
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_status_next_attempt_at")
        batch_op.drop_index(batch_op.f("ix_notice_store_id"))
        batch_op.drop_index(batch_op.f("ix_notice_customer_id"))
        batch_op.drop_index(batch_op.f("ix_notice_case_id"))
    op.drop_table("notice")
