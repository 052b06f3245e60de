"""Subsidy schemes, applications of volunteer organisations, completeness requests, payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.db.tables.reference import District
from ssb_desktop.records import (
    ApplicationStatus,
    DecidingBody,
    DistributionRule,
    PaymentKind,
    SettlementReason,
)

application_districts = Table(
    "application_districts",
    Base.metadata,
    Column("application_id", ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True),
    Column("district_id", ForeignKey("districts.id", ondelete="RESTRICT"), primary_key=True),
)


class SubsidyScheme(Versioned, Timestamped, Base):
    __tablename__ = "subsidy_schemes"
    __table_args__ = (
        UniqueConstraint("year", "theme_id", "name"),
        CheckConstraint("ceiling >= 0", name="ceiling_not_negative"),
        CheckConstraint("closes_on IS NULL OR closes_on >= opens_on", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    ceiling: Mapped[Decimal]
    distribution_rule: Mapped[DistributionRule] = mapped_column(
        enum_column(DistributionRule, "distribution_rule")
    )
    max_per_applicant: Mapped[Decimal | None]
    amount_per_member: Mapped[Decimal | None]
    deciding_body: Mapped[DecidingBody] = mapped_column(
        enum_column(DecidingBody, "deciding_body"), default=DecidingBody.MUNICIPALITY
    )
    # The organisation holding the theme's contract decides from this year on.
    contract_holder_from_year: Mapped[int | None]
    # The scheme's own decision term when ``own_decision_term``; else the Awb's 8 weeks.
    decision_term_weeks: Mapped[int] = mapped_column(default=8)
    own_decision_term: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The scheme declares the Algemene termijnenwet applicable to its own terms.
    atw_applies: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Accountability tiers by granted amount, and when the report is due.
    report_activity_from: Mapped[Decimal] = mapped_column(
        default=Decimal("5000.00"), server_default=text("5000.00")
    )
    report_financial_from: Mapped[Decimal] = mapped_column(
        default=Decimal("50000.00"), server_default=text("50000.00")
    )
    report_due_weeks: Mapped[int] = mapped_column(default=13, server_default=text("13"))
    completion_days: Mapped[int] = mapped_column(default=14)
    opens_on: Mapped[date]
    closes_on: Mapped[date | None]
    announced_on: Mapped[date | None]


class Application(Versioned, Timestamped, Base):
    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint("requested > 0", name="requested_positive"),
        CheckConstraint("granted IS NULL OR granted >= 0", name="granted_not_negative"),
        CheckConstraint("settled IS NULL OR settled >= 0", name="settled_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    scheme_id: Mapped[int] = mapped_column(
        ForeignKey("subsidy_schemes.id", ondelete="RESTRICT"), index=True
    )
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    deciding_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    activity: Mapped[str] = mapped_column(String(300))
    goals: Mapped[str] = mapped_column(Text, default="")
    requested: Mapped[Decimal]
    budget_total: Mapped[Decimal | None]
    other_funders: Mapped[str] = mapped_column(Text, default="")
    members: Mapped[int | None]
    received_on: Mapped[date]
    completed_at: Mapped[datetime | None]
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus, "application_status"), default=ApplicationStatus.RECEIVED
    )
    decision_on: Mapped[date | None]
    granted: Mapped[Decimal | None]
    settled: Mapped[Decimal | None]
    settlement_reason: Mapped[SettlementReason | None] = mapped_column(
        enum_column(SettlementReason, "settlement_reason")
    )
    # An explicit decision to settle above the grant, with its reason.
    settlement_above_grant_reason: Mapped[str] = mapped_column(Text, default="")
    settled_on: Mapped[date | None]
    # The days the decision letter (grant or refusal) and the settlement letter went out, once
    # the user recorded them (documents/subsidy_letter.py, services/subsidy_letters.py).
    decision_letter_sent_on: Mapped[date | None]
    settlement_letter_sent_on: Mapped[date | None]
    # Why the application was refused; quoted in the refusal letter.
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    # The assessment score that orders applications under the "ranking" distribution rule.
    ranking_score: Mapped[Decimal | None] = mapped_column(Numeric(9, 4, asdecimal=True))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The applicant's own reference, quoted as "Uw kenmerk" in the letters.
    their_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # The end of the activity period (empty: the scheme's year end) and the accountability
    # report: received, reminded, assessed (the amount the settlement follows, and a note).
    activity_ends_on: Mapped[date | None]
    report_received_on: Mapped[date | None]
    report_reminded_on: Mapped[date | None]
    report_assessed_on: Mapped[date | None]
    report_assessed_amount: Mapped[Decimal | None]
    report_assessment: Mapped[str] = mapped_column(Text, default="", server_default="")
    districts: Mapped[list[District]] = relationship(
        secondary=application_districts, order_by=District.number
    )


class CeilingChange(Versioned, Timestamped, Base):
    """A ceiling changed after the scheme was announced; applications received before
    ``changed_on`` keep the ceiling that was in force when they were received."""

    __tablename__ = "ceiling_changes"
    __table_args__ = (
        UniqueConstraint("scheme_id", "changed_on"),
        CheckConstraint("ceiling >= 0", name="ceiling_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme_id: Mapped[int] = mapped_column(
        ForeignKey("subsidy_schemes.id", ondelete="RESTRICT"), index=True
    )
    changed_on: Mapped[date]
    ceiling: Mapped[Decimal]
    reason: Mapped[str] = mapped_column(Text, default="")


class CompletenessRequest(Versioned, Timestamped, Base):
    """A request to complete an application; suspends the decision deadline."""

    __tablename__ = "completeness_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT"), index=True
    )
    requested_on: Mapped[date]
    period_days: Mapped[int] = mapped_column(default=14)
    completed_on: Mapped[date | None]


class Payment(Versioned, Timestamped, Base):
    __tablename__ = "payments"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[PaymentKind] = mapped_column(enum_column(PaymentKind, "payment_kind"))
    amount: Mapped[Decimal]
    paid_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(100), default="")
