"""subsidy schemes tell their own decision term from the Awb's, and may declare the ATW;
accountability tiers per scheme and the accountability report per grant

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-07

A scheme's decision term is either the Awb's default (8 weeks, formal law: the Algemene
termijnenwet applies) or the scheme's own (the ATW applies only when the scheme declares it
applicable). A scheme has tiers by granted amount (no report up to 5,000, an activity report
up to 50,000, above that also a financial statement) and a report-due term (13 weeks after the
activity period); an application records the end of its activity period and its report:
received, assessed (amount and note) and the reminder. Columns are only added, so that SQLite
rebuilds no table. Existing schemes whose term differs from 8 weeks set their own term.
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
        batch_op.add_column(
            sa.Column(
                "report_activity_from",
                sa.Numeric(precision=14, scale=2),
                nullable=False,
                server_default=sa.text("5000.00"),
            )
        )
        batch_op.add_column(
            sa.Column(
                "report_financial_from",
                sa.Numeric(precision=14, scale=2),
                nullable=False,
                server_default=sa.text("50000.00"),
            )
        )
        batch_op.add_column(
            sa.Column(
                "report_due_weeks", sa.Integer(), nullable=False, server_default=sa.text("13")
            )
        )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("activity_ends_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("report_received_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("report_reminded_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("report_assessed_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("report_assessed_amount", sa.Numeric(precision=14, scale=2), nullable=True)
        )
        batch_op.add_column(
            sa.Column("report_assessment", sa.Text(), nullable=False, server_default="")
        )
    op.execute(
        sa.text(
            "UPDATE subsidy_schemes SET own_decision_term = :yes WHERE decision_term_weeks <> 8"
        ).bindparams(yes=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        for name in (
            "report_assessment",
            "report_assessed_amount",
            "report_assessed_on",
            "report_reminded_on",
            "report_received_on",
            "activity_ends_on",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("subsidy_schemes", schema=None) as batch_op:
        batch_op.drop_column("report_due_weeks")
        batch_op.drop_column("report_financial_from")
        batch_op.drop_column("report_activity_from")
        batch_op.drop_column("atw_applies")
        batch_op.drop_column("own_decision_term")
