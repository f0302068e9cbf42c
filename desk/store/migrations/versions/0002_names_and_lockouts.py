"""Traditional names for reference data, and lockouts that grow.

- carrier, product: ``name_zh_hant`` (NOT NULL), filled from the catalog Desk ships
  where the code is known, else from ``name_zh`` until head office publishes it. Making
  the column NOT NULL copies and moves both tables (batch mode), with rows in ``line``,
  ``product`` and ``sim_stock`` pointing at them: the migration runs with foreign keys
  off and checks them before it commits (:func:`desk.store.schema.upgrade`).
- store: ``name_zh_hant``; staff: ``display_name_zh_hant`` (NULL: same as the name).
- pin_lockout: ``lockout_count``, lockouts since the last right PIN.
- identity_document: an "other" ID's masked form hides at least half of it (a short
  one was shown whole). The new mask reveals a subset of what the old one did, so it
  is computed from the old masked form: no key needed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:30:00
"""

from __future__ import annotations

import json
from importlib import resources

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _shipped_names() -> dict[str, dict[str, str]]:
    """code → traditional name, for carriers and products, from the shipped catalog."""
    raw = json.loads(resources.files("desk.demo").joinpath("catalog.json").read_text("utf-8"))
    return {
        table: {item["code"]: item["name_zh_hant"] for item in raw[table + "s"]}
        for table in ("carrier", "product")
    }


def _mask_other(number: str) -> str:
    # The rule of desk.services.customers.mask_document as of this schema, frozen here:
    # a migration must give the same result whatever later code does.
    if len(number) <= 6:
        return "*" * len(number)
    keep = min(2, len(number) // 4)
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def upgrade() -> None:
    names = _shipped_names()
    for table, length in (("carrier", 80), ("product", 120)):
        op.add_column(table, sa.Column("name_zh_hant", sa.String(length=length), nullable=True))
        conn = op.get_bind()
        for code, hant in names[table].items():
            conn.execute(
                sa.text(f"UPDATE {table} SET name_zh_hant = :hant WHERE code = :code"),
                {"hant": hant, "code": code},
            )
        conn.execute(
            sa.text(f"UPDATE {table} SET name_zh_hant = name_zh WHERE name_zh_hant IS NULL")
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                "name_zh_hant", existing_type=sa.String(length=length), nullable=False
            )
    op.add_column("store", sa.Column("name_zh_hant", sa.String(length=120), nullable=True))
    op.add_column("staff", sa.Column("display_name_zh_hant", sa.String(length=80), nullable=True))
    op.add_column(
        "pin_lockout",
        sa.Column("lockout_count", sa.Integer(), nullable=False, server_default="0"),
    )
    conn = op.get_bind()
    others = conn.execute(
        sa.text("SELECT id, number_masked FROM identity_document WHERE kind = 'other'")
    ).fetchall()
    for row_id, old in others:
        conn.execute(
            sa.text("UPDATE identity_document SET number_masked = :m WHERE id = :i"),
            {"m": _mask_other(old), "i": row_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("pin_lockout", schema=None) as batch_op:
        batch_op.drop_column("lockout_count")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("display_name_zh_hant")
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("name_zh_hant")
    for table in ("product", "carrier"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("name_zh_hant")
