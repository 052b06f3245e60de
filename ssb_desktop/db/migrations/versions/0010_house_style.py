"""house style of the letters, and the day letters were sent

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-07

Letters carry the municipality's letterhead (name, logo, visiting and postal address, website,
phone) and, per kind of letter, the signatory with the mandate line and the text as staff
edited it; a team shares them. The
day the letters of an award decision, or the decision and settlement letters of a subsidy
application, were sent is recorded, so that letters are written only for decisions not yet
sent and the send date drives the standstill period and the objection deadline.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ssb_desktop.db.base

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _bookkeeping() -> list[sa.Column[object]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "house_style",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=False),
        sa.Column("visiting_address", sa.Text(), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        *_bookkeeping(),
        sa.CheckConstraint("id = 1", name=op.f("ck_house_style_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_house_style")),
    )
    op.create_table(
        "letter_signatures",
        sa.Column(
            "kind",
            sa.Enum(
                "award_winner",
                "award_other",
                "subsidy_grant",
                "subsidy_partial",
                "subsidy_refusal",
                "subsidy_settlement",
                "minutes",
                name="letter_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("mandate", sa.String(length=300), nullable=False),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_letter_signatures")),
    )

    op.create_table(
        "letter_templates",
        sa.Column(
            "kind",
            sa.Enum(
                "award_winner",
                "award_other",
                "subsidy_grant",
                "subsidy_partial",
                "subsidy_refusal",
                "subsidy_settlement",
                "minutes",
                name="letter_template_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_letter_templates")),
    )
    with op.batch_alter_table("award_decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letters_sent_on", sa.Date(), nullable=True))
    # A decision made definitive or withdrawn before this schema had its letters sent on the
    # day recorded as "sent on"; a provisional one waits for the user to confirm sending.
    op.execute("UPDATE award_decisions SET letters_sent_on = sent_on WHERE status <> 'provisional'")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decision_letter_sent_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("settlement_letter_sent_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("settlement_letter_sent_on")
        batch_op.drop_column("decision_letter_sent_on")
    with op.batch_alter_table("award_decisions", schema=None) as batch_op:
        batch_op.drop_column("letters_sent_on")
    op.drop_table("letter_templates")
    op.drop_table("letter_signatures")
    op.drop_table("house_style")
