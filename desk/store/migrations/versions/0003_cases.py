"""The replacement case: cases, transitions, checks, line events, approvals,
one-time codes and the hash-chained audit trail.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:02:37.087427
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("store_code", sa.String(length=8), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_entry_seq")),
    )
    op.create_table(
        "replacement_case",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("carrier_code", sa.String(length=16), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "lost",
                "damaged",
                "stolen",
                "account_anomaly",
                "esim_new_device",
                name="case_reason",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "verified",
                "paid",
                "submitted",
                "under_review",
                "approved",
                "rejected",
                "card_issued",
                "shipped",
                "delivered",
                "activated",
                "cancelled",
                name="case_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "card_kind",
            sa.Enum(
                "sim",
                "esim",
                name="case_card_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("proxy", sa.Boolean(), nullable=False),
        sa.Column("old_iccid", sa.String(length=20), nullable=True),
        sa.Column("old_eid", sa.String(length=32), nullable=True),
        sa.Column("new_stock_id", sa.Uuid(), nullable=True),
        sa.Column("new_iccid", sa.String(length=20), nullable=True),
        sa.Column("new_eid", sa.String(length=32), nullable=True),
        sa.Column("device_brand", sa.String(length=40), nullable=True),
        sa.Column("device_model", sa.String(length=60), nullable=True),
        sa.Column("old_device_present", sa.Boolean(), nullable=True),
        sa.Column("activation_code_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("activation_code_masked", sa.String(length=200), nullable=True),
        sa.Column(
            "handover",
            sa.Enum(
                "counter",
                "courier",
                name="handover",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("courier_address", sa.Text(), nullable=True),
        sa.Column("tracking_number", sa.String(length=60), nullable=True),
        sa.Column("application_number", sa.String(length=32), nullable=True),
        sa.Column("opened_day", sa.Date(), nullable=False),
        sa.Column("submitted_day", sa.Date(), nullable=True),
        sa.Column("opened_by", sa.Uuid(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_replacement_case_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_replacement_case_line_id_line")
        ),
        sa.ForeignKeyConstraint(
            ["new_stock_id"],
            ["sim_stock.id"],
            name=op.f("fk_replacement_case_new_stock_id_sim_stock"),
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["staff.id"], name=op.f("fk_replacement_case_opened_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_replacement_case_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replacement_case")),
        sa.UniqueConstraint(
            "application_number", name=op.f("uq_replacement_case_application_number")
        ),
        sa.UniqueConstraint("new_stock_id", name=op.f("uq_replacement_case_new_stock_id")),
    )
    with op.batch_alter_table("replacement_case", schema=None) as batch_op:
        batch_op.create_index(
            "ix_replacement_case_customer", ["customer_id", "opened_at"], unique=False
        )
        batch_op.create_index(
            "ix_replacement_case_line_status", ["line_id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_replacement_case_status_opened", ["status", "opened_at"], unique=False
        )

    op.create_table(
        "approval",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("supervisor_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["replacement_case.id"], name=op.f("fk_approval_case_id_replacement_case")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["staff.id"], name=op.f("fk_approval_requested_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"], ["staff.id"], name=op.f("fk_approval_supervisor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
    )
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approval_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_code",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=32), nullable=False),
        sa.Column("salt", sa.LargeBinary(length=16), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("wrong", sa.Integer(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["replacement_case.id"], name=op.f("fk_case_code_case_id_replacement_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_code")),
    )
    with op.batch_alter_table("case_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_code_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "draft",
                "verified",
                "paid",
                "submitted",
                "under_review",
                "approved",
                "rejected",
                "card_issued",
                "shipped",
                "delivered",
                "activated",
                "cancelled",
                name="event_from",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "draft",
                "verified",
                "paid",
                "submitted",
                "under_review",
                "approved",
                "rejected",
                "card_issued",
                "shipped",
                "delivered",
                "activated",
                "cancelled",
                name="event_to",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["replacement_case.id"],
            name=op.f("fk_case_event_case_id_replacement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_case_event_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
        sa.UniqueConstraint("case_id", "seq", name=op.f("uq_case_event_case_id")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)

    op.create_table(
        "line_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["staff.id"], name=op.f("fk_line_event_approved_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["replacement_case.id"],
            name=op.f("fk_line_event_case_id_replacement_case"),
        ),
        sa.ForeignKeyConstraint(["line_id"], ["line.id"], name=op.f("fk_line_event_line_id_line")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_line_event_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_event")),
    )
    with op.batch_alter_table("line_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_line_event_line_action", ["line_id", "action", "at"], unique=False
        )

    op.create_table(
        "verification",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(length=32), nullable=True),
        sa.Column("failure", sa.String(length=32), nullable=True),
        sa.Column("document_hash", sa.LargeBinary(length=32), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["replacement_case.id"],
            name=op.f("fk_verification_case_id_replacement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["line.id"], name=op.f("fk_verification_line_id_line")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_verification_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification")),
    )
    with op.batch_alter_table("verification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_verification_document_failed", ["document_hash", "passed", "at"], unique=False
        )
        batch_op.create_index(
            "ix_verification_line_failed", ["line_id", "passed", "at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("verification", schema=None) as batch_op:
        batch_op.drop_index("ix_verification_line_failed")
        batch_op.drop_index("ix_verification_document_failed")
        batch_op.drop_index(batch_op.f("ix_verification_case_id"))

    op.drop_table("verification")
    with op.batch_alter_table("line_event", schema=None) as batch_op:
        batch_op.drop_index("ix_line_event_line_action")

    op.drop_table("line_event")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("case_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_code_case_id"))

    op.drop_table("case_code")
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approval_case_id"))

    op.drop_table("approval")
    with op.batch_alter_table("replacement_case", schema=None) as batch_op:
        batch_op.drop_index("ix_replacement_case_status_opened")
        batch_op.drop_index("ix_replacement_case_line_status")
        batch_op.drop_index("ix_replacement_case_customer")

    op.drop_table("replacement_case")
    op.drop_table("audit_entry")
