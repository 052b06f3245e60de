"""subsidy schemes tell their own decision term from the Awb's, and may declare the ATW

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-07

A scheme's decision term is either the Awb's default (8 weeks, formal law: the Algemene
termijnenwet applies) or the scheme's own (the ATW applies only when the scheme declares it
applicable). Columns are only added, so that SQLite rebuilds no table. Existing schemes whose
term differs from 8 weeks set their own term.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subsidy_schemes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("own_decision_term", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("atw_applies", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute(
        sa.text(
            "UPDATE subsidy_schemes SET own_decision_term = :yes WHERE decision_term_weeks <> 8"
        ).bindparams(yes=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("subsidy_schemes", schema=None) as batch_op:
        batch_op.drop_column("atw_applies")
        batch_op.drop_column("own_decision_term")
