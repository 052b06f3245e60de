"""tie break names the bid that came first

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

A drawing of lots between bids tied for first place records which bid came first, so that the
lot has a winner the award decision can follow.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tie_breaks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_bid_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tie_breaks_first_bid_id_bids"),
            "bids",
            ["first_bid_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("tie_breaks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tie_breaks_first_bid_id_bids"), type_="foreignkey")
        batch_op.drop_column("first_bid_id")
