"""Which tables a store pushes to head office, and how each one travels.

A store owns its transactions: cases and their events, checks, approvals, payments with
their fee lines and tenders, prints, the business day and its count, cash and stock
movements, notices, the audit trail, restores, and the customers, ID documents, lines
and blank SIMs it holds. Each pushed row carries its UUIDv7 id, its business day where
it has one, and a version (the store's epoch and outbox sequence; see
:mod:`desk.sync.outbox`).

*Append-only* rows are facts: head office keeps the first copy it receives and skips any
later one. *Mutable* rows (a case's current state, a line's card, a day's close, a
notice's delivery) only move forward in version.

Rows marked *local* (``local_setting``, ``pin_lockout``, ``case_code``, the outbox
itself) never leave the store, nor do *local* columns such as ``customer.search_key``.
Head office's own data (carriers, products, staff, fees, settings) comes the other way,
as reference snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pushed:
    name: str
    mutable: bool
    # SQL for the row's business day, over the table aliased ``t`` (None: no day).
    day_sql: str | None = None
    # The column whose sum head office and the store compare per day (None: count only).
    amount: str | None = None
    local_columns: tuple[str, ...] = ()
    # For the guard across the chain: SQL for the line's number and the ID document's
    # keyed hash (hex) the row is about, over ``t``.
    line_sql: str | None = None
    doc_sql: str | None = None
    # What the row's ids name in this store's own reference data, by code, for the
    # stores that pull it from head office (their ids differ): (name, SQL over ``t``).
    refs: tuple[tuple[str, str], ...] = ()


_LINE = "(SELECT l.msisdn FROM line l WHERE l.id = t.line_id)"
_CUSTOMER_DOC = (
    "(SELECT hex(d.number_hash) FROM identity_document d WHERE d.customer_id = t.customer_id"
    " ORDER BY d.created_at LIMIT 1)"
)
_PAYMENT_DAY = "(SELECT p.business_day FROM payment p WHERE p.id = t.payment_id)"

# In the order a restored store inserts rows it pulls back (parents before children).
PUSHED: tuple[Pushed, ...] = (
    Pushed("customer", mutable=True, local_columns=("search_key",)),
    Pushed("identity_document", mutable=True),
    Pushed(
        "line",
        mutable=True,
        refs=(
            ("carrier", "(SELECT c.code FROM carrier c WHERE c.id = t.carrier_id)"),
            ("product", "(SELECT p.code FROM product p WHERE p.id = t.product_id)"),
        ),
    ),
    Pushed("sim_stock", mutable=True),
    # A closed day's row locks its payments and movements (migration 0007): a restored
    # store puts a day back open, then its rows, then the day's close.
    Pushed("business_day", mutable=True, day_sql="t.day", amount="over_short_minor"),
    Pushed(
        "replacement_case",
        mutable=True,
        day_sql="t.opened_day",
        line_sql=_LINE,
        doc_sql=_CUSTOMER_DOC,
    ),
    Pushed("case_event", mutable=False, day_sql="t.business_day"),
    Pushed("verification", mutable=False, line_sql=_LINE, doc_sql="hex(t.document_hash)"),
    Pushed("line_event", mutable=False, line_sql=_LINE),
    Pushed("approval", mutable=False),
    Pushed("payment", mutable=False, day_sql="t.business_day", amount="total_minor"),
    Pushed("payment_line", mutable=False, day_sql=_PAYMENT_DAY, amount="amount_minor"),
    Pushed("tender", mutable=False, day_sql=_PAYMENT_DAY, amount="amount_minor"),
    Pushed("document_print", mutable=False),
    Pushed("cash_movement", mutable=False, day_sql="t.business_day", amount="amount_minor"),
    Pushed("stock_movement", mutable=False, day_sql="t.business_day"),
    Pushed("notice", mutable=True),
    Pushed("audit_entry", mutable=False),
    Pushed("restore_event", mutable=False),
    Pushed("day_count", mutable=False),
)

BY_NAME: dict[str, Pushed] = {p.name: p for p in PUSHED}
ORDER: dict[str, int] = {p.name: n for n, p in enumerate(PUSHED)}

# The tables whose per-day counts and sums store and head office compare after a sync.
DAY_TABLES: tuple[Pushed, ...] = tuple(p for p in PUSHED if p.day_sql is not None)
