"""application ranking score, refusal reason, settlement date

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

A scheme that ranks applications after its closing date needs each application's assessment
score; a refusal letter quotes the reason for the refusal; a settlement has its own date.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("settled_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("refusal_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("ranking_score", sa.Numeric(precision=9, scale=4), nullable=True)
        )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.alter_column("refusal_reason", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("ranking_score")
        batch_op.drop_column("refusal_reason")
        batch_op.drop_column("settled_on")
