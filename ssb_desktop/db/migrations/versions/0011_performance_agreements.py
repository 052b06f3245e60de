"""performance agreements and reports per contract

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-07

Voluntary transparency notices (the intended award of a lot to a named organisation, its
publication and waiting period, the contract that followed). Indicators with yearly targets
(optionally per district), the contractor's periodic reports with realised values and the
municipality's assessment, district platforms' opinions; a contract's reporting rhythm; the
performance an option decision was based on; the day of an organisation's legal succession.
The new columns are added without a table rebuild (SQLite ALTER TABLE ADD COLUMN with a
default), so the children of contracts and organisations are never touched.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ssb_desktop.db.base

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "performance_indicators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_performance_indicators_contract_id_contracts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_indicators")),
        sa.UniqueConstraint(
            "contract_id", "name", name=op.f("uq_performance_indicators_contract_id_name")
        ),
    )
    with op.batch_alter_table("performance_indicators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_indicators_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "performance_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column(
            "assessment",
            sa.Enum(
                "not_assessed",
                "good",
                "sufficient",
                "insufficient",
                name="performance_assessment",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("assessment_text", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "period_end >= period_start", name=op.f("ck_performance_reports_period_order")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_performance_reports_contract_id_contracts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_reports")),
        sa.UniqueConstraint(
            "contract_id",
            "period_start",
            name=op.f("uq_performance_reports_contract_id_period_start"),
        ),
    )
    with op.batch_alter_table("performance_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_reports_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "district_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_district_opinions_district_id_districts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["performance_reports.id"],
            name=op.f("fk_district_opinions_report_id_performance_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_district_opinions")),
        sa.UniqueConstraint(
            "report_id", "district_id", name=op.f("uq_district_opinions_report_id_district_id")
        ),
    )
    with op.batch_alter_table("district_opinions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_district_opinions_report_id"), ["report_id"], unique=False
        )

    op.create_table(
        "performance_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("target >= 0", name=op.f("ck_performance_targets_target_not_negative")),
        sa.CheckConstraint(
            "year >= 1900 AND year <= 2999", name=op.f("ck_performance_targets_year_plausible")
        ),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_performance_targets_district_id_districts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["performance_indicators.id"],
            name=op.f("fk_performance_targets_indicator_id_performance_indicators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_targets")),
        sa.UniqueConstraint(
            "indicator_id",
            "year",
            "district_id",
            name=op.f("uq_performance_targets_indicator_id_year_district_id"),
        ),
    )
    with op.batch_alter_table("performance_targets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_targets_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "performance_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("district_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_performance_values_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["district_id"],
            ["districts.id"],
            name=op.f("fk_performance_values_district_id_districts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["performance_indicators.id"],
            name=op.f("fk_performance_values_indicator_id_performance_indicators"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["performance_reports.id"],
            name=op.f("fk_performance_values_report_id_performance_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_values")),
        sa.UniqueConstraint(
            "report_id",
            "indicator_id",
            "district_id",
            name=op.f("uq_performance_values_report_id_indicator_id_district_id"),
        ),
    )
    with op.batch_alter_table("performance_values", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_performance_values_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_performance_values_report_id"), ["report_id"], unique=False
        )

    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_months", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("report_due_days", sa.Integer(), nullable=False, server_default="42")
        )

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("succeeded_on", sa.Date(), nullable=True))

    with op.batch_alter_table("extension_options", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("performance_basis", sa.Text(), nullable=False, server_default="")
        )

    op.create_table(
        "transparency_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ssb_desktop.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("period_days > 0", name=op.f("ck_transparency_notices_period_positive")),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_transparency_notices_contract_id_contracts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"],
            ["lots.id"],
            name=op.f("fk_transparency_notices_lot_id_lots"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_transparency_notices_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transparency_notices")),
        sa.UniqueConstraint("contract_id", name=op.f("uq_transparency_notices_contract_id")),
        sa.UniqueConstraint("lot_id", name=op.f("uq_transparency_notices_lot_id")),
    )
    with op.batch_alter_table("transparency_notices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transparency_notices_organisation_id"), ["organisation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("succeeded_on")

    with op.batch_alter_table("transparency_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transparency_notices_organisation_id"))

    op.drop_table("transparency_notices")
    with op.batch_alter_table("extension_options", schema=None) as batch_op:
        batch_op.drop_column("performance_basis")

    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_column("report_due_days")
        batch_op.drop_column("report_months")

    with op.batch_alter_table("performance_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_values_report_id"))
        batch_op.drop_index(batch_op.f("ix_performance_values_indicator_id"))

    op.drop_table("performance_values")
    with op.batch_alter_table("performance_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_targets_indicator_id"))

    op.drop_table("performance_targets")
    with op.batch_alter_table("district_opinions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_district_opinions_report_id"))

    op.drop_table("district_opinions")
    with op.batch_alter_table("performance_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_reports_contract_id"))

    op.drop_table("performance_reports")
    with op.batch_alter_table("performance_indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_performance_indicators_contract_id"))

    op.drop_table("performance_indicators")
