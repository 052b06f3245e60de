"""score source keeps the whole workbook name

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

An individual score imported from an evaluator's scoring grid records the workbook's name in
``source``; twenty characters cut most names off.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("individual_scores", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=sa.String(length=20),
            type_=sa.String(length=300),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("individual_scores", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=sa.String(length=300),
            type_=sa.String(length=20),
            existing_nullable=False,
        )
