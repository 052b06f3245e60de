"""the dashboard counts organisations by kind and state from an index

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08

The Dashboard, the first page at start-up, counts the register by kind and archived state.
With no index holding both columns, SQLite walked ``ix_organisations_kind_sort_name_id`` and
read every row for ``archived``: 27.6 s at 1,000,000 organisations (issue 18). An index on
``(kind, archived)`` answers the count from the index alone, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEX = "ix_organisations_kind_archived"


def upgrade() -> None:
    op.create_index(_INDEX, "organisations", ["kind", "archived"])


def downgrade() -> None:
    op.drop_index(_INDEX, table_name="organisations")
