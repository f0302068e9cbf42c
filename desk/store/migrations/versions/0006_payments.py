"""Money: payments (with their voids and refunds), fee lines, tenders, prints, and the
store's address and phone for the receipt's heading.

- payment: append-only; receipt numbers gapless per counter and business day
  (unique store, counter, day, sequence), a payment reversed at most once (unique
  original_id), and a void or refund always points at its original (CHECK).
- payment_line, tender: the fee lines and the tenders of a payment.
- document_print: every print of a receipt or a form (unique kind, number, copy).
- store.address / address_zh / address_zh_hant / phone (nullable); a demo store made
  by an earlier Desk gets the demo address.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# desk.demo.fixtures' demo address as of this schema, frozen here.
_DEMO_ADDRESS = (
    "Shop 12, G/F, 88 Nathan Road, Tsim Sha Tsui, Kowloon",
    "九龙尖沙咀弥敦道88号地下12号铺",
    "九龍尖沙咀彌敦道88號地下12號舖",
    "+852 2345 6789",
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("address_zh", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("address_zh_hant", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=40), nullable=True))
    op.create_table(
        "payment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("kind", _enum("payment_kind", "payment", "void", "refund"), nullable=False),
        sa.Column("receipt_number", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("original_id", sa.Uuid(), nullable=True),
        sa.Column("urgency", _enum("urgency", "normal", "emergency"), nullable=False),
        sa.Column("total_minor", sa.Integer(), nullable=False),
        sa.Column("scheduled_total_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'payment') = (original_id IS NULL)",
            name=op.f("ck_payment_reversal_points_at_original"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["staff.id"], name=op.f("fk_payment_approved_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["replacement_case.id"], name=op.f("fk_payment_case_id_replacement_case")
        ),
        sa.ForeignKeyConstraint(
            ["original_id"], ["payment.id"], name=op.f("fk_payment_original_id_payment")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_payment_staff_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name=op.f("fk_payment_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("original_id", name=op.f("uq_payment_original_id")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_payment_receipt_number")),
        sa.UniqueConstraint(
            "store_id", "counter", "business_day", "sequence", name=op.f("uq_payment_store_id")
        ),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_case_id", ["case_id", "at"], unique=False)
        batch_op.create_index("ix_payment_business_day", ["business_day", "counter"], unique=False)
    op.create_table(
        "payment_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("scheduled_minor", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_payment_line_payment_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_line")),
        sa.UniqueConstraint("payment_id", "seq", name=op.f("uq_payment_line_payment_id")),
    )
    op.create_table(
        "tender",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("given_minor", sa.Integer(), nullable=True),
        sa.Column("change_minor", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_tender_payment_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender")),
        sa.UniqueConstraint("payment_id", "seq", name=op.f("uq_tender_payment_id")),
    )
    op.create_table(
        "document_print",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("kind", _enum("print_kind", "receipt", "form"), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["staff.id"], name=op.f("fk_document_print_approved_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_document_print_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_document_print_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_print")),
        sa.UniqueConstraint("kind", "number", "copy_number", name=op.f("uq_document_print_kind")),
    )
    op.execute(
        sa.text(
            "UPDATE store SET address = :en, address_zh = :zh, address_zh_hant = :hant,"
            " phone = :phone WHERE address IS NULL AND EXISTS"
            " (SELECT 1 FROM local_setting WHERE key = 'demo_store' AND value = '1')"
        ).bindparams(
            en=_DEMO_ADDRESS[0], zh=_DEMO_ADDRESS[1], hant=_DEMO_ADDRESS[2], phone=_DEMO_ADDRESS[3]
        )
    )


def downgrade() -> None:
    op.drop_table("document_print")
    op.drop_table("tender")
    op.drop_table("payment_line")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_business_day")
        batch_op.drop_index("ix_payment_case_id")
    op.drop_table("payment")
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("phone")
        batch_op.drop_column("address_zh_hant")
        batch_op.drop_column("address_zh")
        batch_op.drop_column("address")
