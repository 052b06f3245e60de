"""Alembic environment: runs on the connection handed over by ssb_desktop.db.migrate."""

from __future__ import annotations

from alembic import context

import ssb_desktop.db.tables  # noqa: F401  (registers every table on the metadata)
from ssb_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run from ssb_desktop.db.migrate with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
