"""a protest against the tender can concern the whole procurement

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-08

A protest against the tender itself (the decision to tender, its terms or procedure) was
recorded per lot, so one protest against a procurement of four lots was four records with
four outcomes (issue 16). An objection now names either one lot or, for a protest against
the tender, the whole procurement: ``lot_id`` empty and ``procurement_id`` set. While such a
protest is open it holds up the definitive award (and a voluntary-transparency contract) of
every lot of the procurement. Every existing objection concerns one lot and keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ONE_OR_WHOLE = (
    "(lot_id IS NOT NULL AND procurement_id IS NULL) OR (lot_id IS NULL AND "
    "procurement_id IS NOT NULL AND against = 'tender')"
)


def upgrade() -> None:
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("procurement_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_objections_procurement_id_procurements"),
            "procurements",
            ["procurement_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_index(
            batch_op.f("ix_objections_procurement_id"), ["procurement_id"], unique=False
        )
        batch_op.alter_column("lot_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_check_constraint(
            batch_op.f("ck_objections_one_lot_or_whole_procurement"), sa.text(_ONE_OR_WHOLE)
        )


def downgrade() -> None:
    # A protest against a whole procurement has no lot to go back to: refuse rather than
    # lose it.
    bind = op.get_bind()
    whole = bind.execute(
        sa.text("SELECT COUNT(*) FROM objections WHERE lot_id IS NULL")
    ).scalar_one()
    if whole:
        raise RuntimeError(
            f"{whole} objection(s) concern a whole procurement; an older schema cannot hold them."
        )
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("ck_objections_one_lot_or_whole_procurement"), type_="check"
        )
        batch_op.alter_column("lot_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_index(batch_op.f("ix_objections_procurement_id"))
        batch_op.drop_constraint(
            batch_op.f("fk_objections_procurement_id_procurements"), type_="foreignkey"
        )
        batch_op.drop_column("procurement_id")
