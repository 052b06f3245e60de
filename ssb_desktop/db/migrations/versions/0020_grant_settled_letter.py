"""the letter that grants and settles at once

Revision ID: 0020
Revises: 0014
Create Date: 2026-12-08

A grant of the lowest tier is settled by the grant decision itself (DOMAIN section 5); such an
application gets one letter that grants and settles ("verleend en direct vastgesteld"), a kind
of letter with its own signatory and a text staff can edit, so the two CHECK constraints on the
kind of letter take its value.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0014"
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
    "subsidy_reminder",
)
_NEW_KINDS = (*_KINDS, "subsidy_grant_settled")
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
    _kind_checks(_NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM letter_templates WHERE kind = 'subsidy_grant_settled'")
    op.execute("DELETE FROM letter_signatures WHERE kind = 'subsidy_grant_settled'")
    _kind_checks(_KINDS)
