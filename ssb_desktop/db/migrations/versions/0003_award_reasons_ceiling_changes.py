"""award reasons, ceiling changes, settlement above grant

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

An award decision keeps the characteristics and relative advantages of the winning bid that
every letter quotes; a subsidy scheme keeps the history of its ceiling (a ceiling lowered later
does not affect applications already received); an application keeps the reason for an
explicit decision to settle above the grant.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ssb_desktop.db.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("award_decisions", "reasons"),
    ("applications", "settlement_above_grant_reason"),
)


def upgrade() -> None:
    for table, column in _TEXT_COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.Text(), nullable=False, server_default=""))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, server_default=None)
    op.create_table(
        "ceiling_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("ceiling", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("ceiling >= 0", name=op.f("ck_ceiling_changes_ceiling_not_negative")),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["subsidy_schemes.id"],
            name=op.f("fk_ceiling_changes_scheme_id_subsidy_schemes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ceiling_changes")),
        sa.UniqueConstraint(
            "scheme_id", "changed_on", name=op.f("uq_ceiling_changes_scheme_id_changed_on")
        ),
    )
    with op.batch_alter_table("ceiling_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ceiling_changes_scheme_id"), ["scheme_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ceiling_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ceiling_changes_scheme_id"))
    op.drop_table("ceiling_changes")
    for table, column in reversed(_TEXT_COLUMNS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
