"""score invalidation reason

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Individual and consensus scores keep the reason they were invalidated for, so that the audit
log shows why criteria could change after scoring had started.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("individual_scores", "consensus_scores")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("invalidated_reason", sa.Text(), nullable=False, server_default="")
            )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("invalidated_reason", server_default=None)


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("invalidated_reason")
