"""Head office's tables (SQLAlchemy Core), on PostgreSQL or, for a one-machine trial,
SQLite.

Every table that holds a store's data has a key that starts with the store
(``store_id``), so that a chain too large for one server can distribute them by store
(Citus, ``docs/scaling.md``) without a change to the code. The chain's own reference
data (published snapshots, keys) is small and the same for every store.

``hq_row`` holds every row a store pushed, as the store sent it (``body``), with what
head office needs to compare, report and guard beside it in plain columns. A row's
``version`` is its store's epoch and outbox sequence (:mod:`desk.sync.protocol`):
an append-only row is kept as first received; a mutable one only moves forward.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB

SCHEMA_VERSION = 3  # 2: hq_record, the chain's customer and line records; 3: its echo

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Json = JSON().with_variant(JSONB(), "postgresql")
Moment = DateTime(timezone=True)

meta = Table(
    "hq_meta",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(200), nullable=False),
)

store = Table(
    "hq_store",
    metadata,
    Column("store_id", Uuid, primary_key=True),
    Column("code", String(8), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("created_at", Moment, nullable=False),
)

# One Desk of a store: enrolled with a one-time token, then known by its credential.
counter = Table(
    "hq_counter",
    metadata,
    Column("store_id", Uuid, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("credential_sha256", String(64), nullable=False, unique=True),
    # The store's own id for itself in its database (rows it pushes carry it).
    Column("local_store_id", Uuid, nullable=False),
    Column("enrolled_at", Moment, nullable=False),
    Column("revoked_at", Moment),
    Column("app_version", String(32)),
    Column("last_seen_at", Moment),
    Column("last_good_sync_at", Moment),
    Column("clock_skew_ms", BigInteger),
    PrimaryKeyConstraint("store_id", "counter"),
    ForeignKeyConstraint(["store_id"], ["hq_store.store_id"]),
)

enrol_token = Table(
    "hq_enrol_token",
    metadata,
    Column("store_id", Uuid, nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_at", Moment, nullable=False),
    Column("used_at", Moment),
    Column("used_by_counter", Integer),
    PrimaryKeyConstraint("store_id", "token_sha256"),
    ForeignKeyConstraint(["store_id"], ["hq_store.store_id"]),
)

# How far head office has applied one counter's outbox, per epoch.
cursor = Table(
    "hq_cursor",
    metadata,
    Column("store_id", Uuid, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("last_key", String(80)),  # the outbox entry at last_seq: "table:row id"
    Column("started_at", Moment, nullable=False),
    Column("updated_at", Moment, nullable=False),
    PrimaryKeyConstraint("store_id", "counter", "epoch"),
    ForeignKeyConstraint(["store_id"], ["hq_store.store_id"]),
)

batch = Table(
    "hq_batch",
    metadata,
    Column("store_id", Uuid, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("first_seq", BigInteger, nullable=False),
    Column("body_sha256", String(64), nullable=False),
    Column("rows", Integer, nullable=False),
    Column("applied_at", Moment, nullable=False),
    PrimaryKeyConstraint("store_id", "counter", "epoch", "last_seq"),
)

row = Table(
    "hq_row",
    metadata,
    Column("store_id", Uuid, nullable=False),
    Column("tbl", String(32), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("business_day", Date),
    Column("deleted", Boolean, nullable=False),
    Column("amount_minor", BigInteger),
    # For the guard across the chain: the line's number and the ID document's hash.
    Column("line_key", String(20)),
    Column("doc_key", String(64)),
    Column("body", Json, nullable=False),
    Column("received_at", Moment, nullable=False),
    PrimaryKeyConstraint("store_id", "tbl", "row_id"),
    Index("ix_hq_row_day", "store_id", "counter", "business_day", "tbl"),
    Index("ix_hq_row_version", "store_id", "counter", "version"),
    Index("ix_hq_row_line_key", "line_key", "tbl"),
    Index("ix_hq_row_doc_key", "doc_key", "tbl"),
)

# The chain's customer, ID document and line records, as head office holds them: made
# from the rows stores push, changed by the line events stores push (applied in the
# order they reach head office), and pulled by every store incrementally by
# ``version``, a chain-wide counter (``hq_meta.record_version``) taken under a row lock
# so that versions become visible in order. ``refs`` names the carrier and product by
# code, since each store has its own ids for them. ``echo_store``/``echo_counter``: the
# counter whose pushed copy the record is, as it stands (a customer's or ID document's
# body, or a line's first copy), which need not pull it back; none once a line event or
# the upgrade made it. Chain-wide, like the reference data: on Citus a reference table
# (docs/scaling.md).
record = Table(
    "hq_record",
    metadata,
    Column("tbl", String(32), nullable=False),
    Column("row_id", Uuid, nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("home_store", Uuid, nullable=False),  # the store that first sent it
    Column("refs", Json),
    Column("body", Json, nullable=False),
    Column("updated_at", Moment, nullable=False),
    Column("echo_store", Uuid),
    Column("echo_counter", Integer),
    PrimaryKeyConstraint("tbl", "row_id"),
    Index("ix_hq_record_version", "version"),
)

# The chain's reference data (carriers, products, fees, tenders, staff, settings):
# whole snapshots, each a new version.
reference = Table(
    "hq_reference",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("published_at", Moment, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("body", Json, nullable=False),
)

# The chain's key for ID numbers (lookup hashes and encryption), handed to each store at
# enrolment so that a customer verified in one store is found by ID in every other.
chain_key = Table(
    "hq_chain_key",
    metadata,
    Column("key_id", String(36), primary_key=True),
    Column("key_b64", Text, nullable=False),
    Column("created_at", Moment, nullable=False),
)
