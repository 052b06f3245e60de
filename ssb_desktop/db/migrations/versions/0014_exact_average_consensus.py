"""a consensus adopted from the average keeps the exact average

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07

A consensus score taken as the mean of the individual scores was stored rounded to 0.01, and
the ranking was computed on that rounded mean (issue 13, DOMAIN section 4: rankings are
exact). The consensus score now also keeps the sum of the individual scores and their
number, from which the engine takes the exact mean (22/3, not 7.33); ``score`` stays the
rounded figure that is shown. Existing averages get their sum and number back from the
individual scores they were made of, where those still give the stored rounded mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AVERAGE_MOTIVATION = "Average of the individual scores"


def upgrade() -> None:
    with op.batch_alter_table("consensus_scores") as batch:
        batch.add_column(sa.Column("average_sum", sa.Numeric(9, 2), nullable=True))
        batch.add_column(sa.Column("average_count", sa.Integer(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT c.id, c.bid_id, c.criterion_id, c.score FROM consensus_scores c "
            "JOIN bids b ON b.id = c.bid_id JOIN lots l ON l.id = b.lot_id "
            "WHERE l.use_average = :yes AND c.motivation LIKE :average"
        ),
        {"yes": True, "average": _AVERAGE_MOTIVATION + "%"},
    ).all()
    for row_id, bid_id, criterion_id, score in rows:
        scores = [
            Decimal(str(value))
            for (value,) in bind.execute(
                sa.text(
                    "SELECT score FROM individual_scores WHERE bid_id = :bid "
                    "AND criterion_id = :criterion AND invalidated = :no"
                ),
                {"bid": bid_id, "criterion": criterion_id, "no": False},
            )
        ]
        if not scores:
            continue
        total = sum(scores, Decimal(0))
        mean = (total / len(scores)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if mean == Decimal(str(score)).quantize(Decimal("0.01")):
            bind.execute(
                sa.text(
                    "UPDATE consensus_scores SET average_sum = :total, average_count = :count "
                    "WHERE id = :id"
                ),
                {"total": total, "count": len(scores), "id": row_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("consensus_scores") as batch:
        batch.drop_column("average_count")
        batch.drop_column("average_sum")
