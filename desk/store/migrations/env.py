"""Alembic environment: Desk hands in the connection (see desk.store.schema)."""

from __future__ import annotations

from alembic import context

import desk.store.case_models  # (its tables join Base.metadata)
import desk.store.day_models
import desk.store.payment_models
import desk.store.reference_models
import desk.store.restore_models
import desk.store.sync_models  # noqa: F401  (likewise)
from desk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - Desk always passes one
    raise RuntimeError("run migrations through `desk db upgrade`")


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # The FTS5 name index and its shadow tables are made by hand in the migrations.
    return not (type_ == "table" and name and name.startswith("customer_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
