"""The business day: opened with a float, closed with a count, then locked.

- business_day: one row per counter and day (unique store, counter, day), at most one
  open per counter (a partial unique index), with the close's expected, counted and
  over/short amounts.
- day_count: the close's count by denomination.
- cash_movement: a supervisor's cash in / cash out, with its reason.
- stock_movement: blank SIMs received, issued, returned, damaged.
- case_event.business_day / counter: the day and counter each event belongs to
  (earlier events: the UTC date of the event and the case's counter).
- The lock: triggers refuse to insert, change or delete a payment, fee line, tender,
  case event, cash or stock movement of a closed day, and to change or delete a
  closed day's own row or count. A later batch migration that re-creates one of these
  tables must create its triggers again (``LOCKS`` below).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desk.core.ids import uuid7

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_CLOSED = (
    "EXISTS (SELECT 1 FROM business_day d WHERE d.status = 'closed' AND d.store_id = {r}.store_id"
    " AND d.counter = {r}.counter AND d.day = {r}.business_day)"
)
_PAYMENT_CLOSED = (
    "EXISTS (SELECT 1 FROM payment p JOIN business_day d ON d.status = 'closed'"
    " AND d.store_id = p.store_id AND d.counter = p.counter AND d.day = p.business_day"
    " WHERE p.id = {r}.payment_id)"
)
_EVENT_CLOSED = (
    "EXISTS (SELECT 1 FROM business_day d WHERE d.status = 'closed' AND d.counter = {r}.counter"
    " AND d.day = {r}.business_day)"
)
_MESSAGE = "desk: business day closed"  # desk.store.db.DAY_LOCKED, frozen here


def _locks() -> list[tuple[str, str, str]]:
    """(trigger name, table, condition on the row) for every locked table and event."""
    out: list[tuple[str, str, str]] = []
    for table, cond in (
        ("payment", _CLOSED),
        ("cash_movement", _CLOSED),
        ("stock_movement", _CLOSED),
        ("payment_line", _PAYMENT_CLOSED),
        ("tender", _PAYMENT_CLOSED),
        ("case_event", _EVENT_CLOSED),
    ):
        out.append((f"lock_{table}_insert", f"BEFORE INSERT ON {table}", cond.format(r="NEW")))
        out.append((f"lock_{table}_update", f"BEFORE UPDATE ON {table}", cond.format(r="OLD")))
        out.append((f"lock_{table}_delete", f"BEFORE DELETE ON {table}", cond.format(r="OLD")))
    closed_row = "OLD.status = 'closed'"
    out.append(("lock_business_day_update", "BEFORE UPDATE ON business_day", closed_row))
    out.append(("lock_business_day_delete", "BEFORE DELETE ON business_day", closed_row))
    day_closed = (
        "EXISTS (SELECT 1 FROM business_day d WHERE d.id = {r}.day_id AND d.status = 'closed')"
    )
    for event, row in (("insert", "NEW"), ("update", "OLD"), ("delete", "OLD")):
        when = f"BEFORE {event.upper()} ON day_count"
        out.append((f"lock_day_count_{event}", when, day_closed.format(r=row)))
    return out


LOCKS = _locks()


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=16)


def upgrade() -> None:
    op.create_table(
        "business_day",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", _enum("day_status", "open", "closed"), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("float_minor", sa.Integer(), nullable=False),
        sa.Column("opened_by", sa.Uuid(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.Uuid(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("expected_minor", sa.Integer(), nullable=True),
        sa.Column("counted_minor", sa.Integer(), nullable=True),
        sa.Column("over_short_minor", sa.Integer(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(status = 'closed') = (closed_at IS NOT NULL)",
            name=op.f("ck_business_day_closed_has_close_time"),
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff.id"], name=op.f("fk_business_day_closed_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["staff.id"], name=op.f("fk_business_day_opened_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_business_day_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_day")),
        sa.UniqueConstraint("store_id", "counter", "day", name=op.f("uq_business_day_store_id")),
    )
    with op.batch_alter_table("business_day", schema=None) as batch_op:
        batch_op.create_index(
            "ux_business_day_open",
            ["store_id", "counter"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )
    op.create_table(
        "day_count",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("day_id", sa.Uuid(), nullable=False),
        sa.Column("denomination_minor", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["day_id"], ["business_day.id"], name=op.f("fk_day_count_day_id_business_day")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_count")),
        sa.UniqueConstraint("day_id", "denomination_minor", name=op.f("uq_day_count_day_id")),
    )
    op.create_table(
        "cash_movement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("kind", _enum("cash_move_kind", "in", "out"), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_cash_movement_positive_amount")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_cash_movement_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_cash_movement_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movement")),
    )
    with op.batch_alter_table("cash_movement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cash_movement_day", ["store_id", "counter", "business_day"], unique=False
        )
    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("business_day", sa.Date(), nullable=False),
        sa.Column("stock_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            _enum("stock_move_kind", "received", "issued", "returned", "damaged"),
            nullable=False,
        ),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["replacement_case.id"],
            name=op.f("fk_stock_movement_case_id_replacement_case"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_stock_movement_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["stock_id"], ["sim_stock.id"], name=op.f("fk_stock_movement_stock_id_sim_stock")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.id"], name=op.f("fk_stock_movement_store_id_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stock_movement_day", ["store_id", "counter", "business_day"], unique=False
        )
        batch_op.create_index("ix_stock_movement_stock", ["stock_id", "at"], unique=False)
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counter", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("business_day", sa.Date(), nullable=True))
    op.execute(
        "UPDATE case_event SET business_day = date(at), counter ="
        " (SELECT c.counter FROM replacement_case c WHERE c.id = case_event.case_id)"
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index("ix_case_event_day", ["business_day", "counter"], unique=False)
    # Every blank SIM already in stock was received: one movement each, on its day.
    bind = op.get_bind()
    received = bind.execute(sa.text("SELECT id, store_id, received_at FROM sim_stock")).all()
    if received:
        bind.execute(
            sa.text(
                "INSERT INTO stock_movement (id, store_id, counter, business_day, stock_id,"
                " kind, at) VALUES (:id, :store, 1, date(:at), :stock, 'received', :at)"
            ),
            [
                {"id": uuid7().hex, "store": store, "stock": stock, "at": at}
                for stock, store, at in received
            ],
        )
    if op.get_bind().dialect.name == "sqlite":
        for name, when, cond in LOCKS:
            op.execute(
                f"CREATE TRIGGER {name} {when} FOR EACH ROW WHEN {cond}"
                f" BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _when, _cond in LOCKS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index("ix_case_event_day")
        batch_op.drop_column("business_day")
        batch_op.drop_column("counter")
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_stock")
        batch_op.drop_index("ix_stock_movement_day")
    op.drop_table("stock_movement")
    with op.batch_alter_table("cash_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_cash_movement_day")
    op.drop_table("cash_movement")
    op.drop_table("day_count")
    with op.batch_alter_table("business_day", schema=None) as batch_op:
        batch_op.drop_index("ux_business_day_open")
    op.drop_table("business_day")
