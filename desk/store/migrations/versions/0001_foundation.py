"""Foundation: store, staff, carriers, products, customers, ID documents, lines, SIM stock.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 10:30:10.955989
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "carrier",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("name_zh", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_carrier")),
        sa.UniqueConstraint("code", name=op.f("uq_carrier_code")),
    )
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "store",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store")),
        sa.UniqueConstraint("code", name=op.f("uq_store_code")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("search_key", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=40), nullable=True),
        sa.Column("name_en", sa.String(length=120), nullable=True),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("contact_email", sa.String(length=120), nullable=True),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_customer_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("search_key", name=op.f("uq_customer_search_key")),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("carrier_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column(
            "card_kind",
            sa.Enum(
                "sim",
                "esim",
                name="card_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carrier.id"], name=op.f("fk_product_carrier_id_carrier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("code", name=op.f("uq_product_code")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_carrier_id"), ["carrier_id"], unique=False)

    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=True),
        sa.Column("login", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=80), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "clerk",
                "supervisor",
                "admin",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name=op.f("fk_staff_store_id_store")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("login", name=op.f("uq_staff_login")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_store_id"), ["store_id"], unique=False)

    op.create_table(
        "identity_document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "hkid",
                "cn_ric",
                "passport",
                "other",
                name="document_kind",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("issuing_country", sa.String(length=3), nullable=True),
        sa.Column("number_encrypted", sa.LargeBinary(), nullable=False),
        sa.Column("number_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("number_masked", sa.String(length=24), nullable=False),
        sa.Column("key_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_identity_document_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_document")),
    )
    with op.batch_alter_table("identity_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identity_document_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index("ix_identity_document_number_hash", ["number_hash"], unique=False)

    op.create_table(
        "line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("msisdn", sa.String(length=20), nullable=False),
        sa.Column("carrier_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "suspended",
                "terminated",
                name="line_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("sim_change_lock", sa.Boolean(), nullable=False),
        sa.Column("iccid", sa.String(length=20), nullable=True),
        sa.Column("eid", sa.String(length=32), nullable=True),
        sa.Column("iccid_tail_key", sa.String(length=20), nullable=True),
        sa.Column("eid_tail_key", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carrier_id"], ["carrier.id"], name=op.f("fk_line_carrier_id_carrier")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_line_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_line_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line")),
        sa.UniqueConstraint("iccid", name=op.f("uq_line_iccid")),
        sa.UniqueConstraint("msisdn", name=op.f("uq_line_msisdn")),
    )
    with op.batch_alter_table("line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_line_iccid_tail_key"), ["iccid_tail_key", "customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_line_eid_tail_key"), ["eid_tail_key", "customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_line_msisdn_customer_id"), ["msisdn", "customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_line_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "pin_lockout",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_pin_lockout_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_pin_lockout")),
    )
    op.create_table(
        "sim_stock",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("iccid", sa.String(length=20), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "in_stock",
                "issued",
                "damaged",
                "voided",
                name="stock_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_sim_stock_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_sim_stock_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sim_stock")),
        sa.UniqueConstraint("iccid", name=op.f("uq_sim_stock_iccid")),
    )
    with op.batch_alter_table("sim_stock", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sim_stock_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sim_stock_store_id"), ["store_id"], unique=False)

    # The name index of the customer lookup (see desk.core.names): CJK names as their
    # characters and character pairs, so that any fragment (陈, 大文) is found from short
    # lists; Latin names word by word, with prefix indexes for words still being typed.
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    # In how many names each term stands (desk.store.name_index): counts at once what
    # FTS5 would count by walking a whole list.
    op.execute(
        "CREATE TABLE customer_search_count ("
        "term TEXT NOT NULL PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID"
    )


def downgrade() -> None:
    op.execute("DROP TABLE customer_search_count")
    op.execute("DROP TABLE customer_search")
    with op.batch_alter_table("sim_stock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sim_stock_store_id"))
        batch_op.drop_index(batch_op.f("ix_sim_stock_product_id"))

    op.drop_table("sim_stock")
    op.drop_table("pin_lockout")
    with op.batch_alter_table("line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_line_customer_id"))
        batch_op.drop_index(batch_op.f("ix_line_msisdn_customer_id"))
        batch_op.drop_index(batch_op.f("ix_line_iccid_tail_key"))
        batch_op.drop_index(batch_op.f("ix_line_eid_tail_key"))

    op.drop_table("line")
    with op.batch_alter_table("identity_document", schema=None) as batch_op:
        batch_op.drop_index("ix_identity_document_number_hash")
        batch_op.drop_index(batch_op.f("ix_identity_document_customer_id"))

    op.drop_table("identity_document")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_store_id"))

    op.drop_table("staff")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_carrier_id"))

    op.drop_table("product")
    op.drop_table("customer")
    op.drop_table("store")
    op.drop_table("local_setting")
    op.drop_table("carrier")
