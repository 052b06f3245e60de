"""objections against the tender itself

Revision ID: 0016
Revises: 0012
Create Date: 2026-12-07

Any organisation may protest against a tender itself (the decision to tender, its terms or
procedure), not only a bidder against the award (issue 16). An objection records what it is
against; every existing objection was against an award and keeps that. Themes, thresholds
and the rule settings were tables already: their rows stay as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "against",
                sa.Enum(
                    "award",
                    "tender",
                    name="objection_subject",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="award",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("objections", schema=None) as batch_op:
        batch_op.drop_column("against")
