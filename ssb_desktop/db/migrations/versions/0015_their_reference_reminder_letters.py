"""the addressee's own reference on bids and applications; the reminder letter's text

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-07

A letter shows "Uw kenmerk" when the addressee gave a reference of its own: the bidder's on
its bid, the applicant's on its application (empty for every existing row: unknown, so the
letters leave the line out). The reminder of an overdue accountability report becomes a kind
of letter with its own signatory and a text staff can edit, so the two CHECK constraints on the
kind of letter take its value.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KINDS = (
    "award_winner",
    "award_other",
    "subsidy_grant",
    "subsidy_partial",
    "subsidy_refusal",
    "subsidy_settlement",
    "minutes",
)
_NEW_KINDS = (*_KINDS, "subsidy_reminder")
# (table, constraint name as the naming convention gives it)
_CHECKS = (
    ("letter_signatures", "ck_letter_signatures_letter_kind"),
    ("letter_templates", "ck_letter_templates_letter_template_kind"),
)


def _kind_checks(kinds: Sequence[str]) -> None:
    listed = ", ".join(f"'{kind}'" for kind in kinds)
    for table, name in _CHECKS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(name), type_="check")
            # The full name is given already: bypass the naming convention.
            batch_op.create_check_constraint(op.f(name), sa.text(f"kind IN ({listed})"))


def upgrade() -> None:
    for table in ("bids", "applications"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "their_reference", sa.String(length=100), nullable=False, server_default=""
                )
            )
    _kind_checks(_NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM letter_templates WHERE kind = 'subsidy_reminder'")
    op.execute("DELETE FROM letter_signatures WHERE kind = 'subsidy_reminder'")
    _kind_checks(_KINDS)
    for table in ("applications", "bids"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("their_reference")
