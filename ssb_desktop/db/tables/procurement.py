"""Procurements, lots with their procedure settings, scales, criteria and bids."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.records import (
    AwardMethod,
    BidStatus,
    ConsortiumRole,
    DropoutRule,
    PriceFormula,
    ProcedureType,
)

Points = Numeric(9, 4, asdecimal=True)


class Procurement(Versioned, Timestamped, Base):
    __tablename__ = "procurements"
    __table_args__ = (CheckConstraint("estimated_value >= 0", name="value_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    procedure_type: Mapped[ProcedureType] = mapped_column(
        enum_column(ProcedureType, "procedure_type")
    )
    # Excluding VAT, over the whole term including all options and extensions.
    estimated_value: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    publication_date: Mapped[date | None]
    questions_deadline: Mapped[date | None]
    submission_deadline: Mapped[datetime | None]
    planned_award_date: Mapped[date | None]
    planned_contract_start: Mapped[date | None]
    allow_multiple_bids: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    lots: Mapped[list[Lot]] = relationship(
        back_populates="procurement", cascade="all, delete-orphan", order_by="Lot.number"
    )


class Lot(Versioned, Timestamped, Base):
    """A lot with the procedure settings that the tender documents promised."""

    __tablename__ = "lots"
    __table_args__ = (
        UniqueConstraint("procurement_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget_not_negative"),
        CheckConstraint("term_months > 0", name="term_positive"),
        CheckConstraint("evaluator_count >= 1", name="evaluator_count_positive"),
        CheckConstraint("price_max_points >= 0", name="price_points_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    procurement_id: Mapped[int] = mapped_column(
        ForeignKey("procurements.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[Decimal | None]
    term_months: Mapped[int] = mapped_column(default=24)
    award_method: Mapped[AwardMethod] = mapped_column(
        enum_column(AwardMethod, "award_method"), default=AwardMethod.WEIGHTED_POINTS
    )
    price_formula: Mapped[PriceFormula] = mapped_column(
        enum_column(PriceFormula, "price_formula"), default=PriceFormula.RELATIVE
    )
    price_max_points: Mapped[Decimal] = mapped_column(Points, default=Decimal("0"))
    price_floor: Mapped[Decimal | None]
    price_ceiling: Mapped[Decimal | None]
    use_average: Mapped[bool] = mapped_column(default=False)
    evaluator_count: Mapped[int] = mapped_column(default=3)
    prices_hidden: Mapped[bool] = mapped_column(default=True)
    anonymised: Mapped[bool] = mapped_column(default=False)
    motivation_required: Mapped[bool] = mapped_column(default=True)
    dropout_rule: Mapped[DropoutRule] = mapped_column(
        enum_column(DropoutRule, "dropout_rule"), default=DropoutRule.RECOMPUTE
    )
    # Ordered tie-break rules, one per line (e.g. "heaviest_criterion", "lots").
    tie_break_rules: Mapped[str] = mapped_column(Text, default="heaviest_criterion\nlots")
    spread_flag_steps: Mapped[int] = mapped_column(default=2)
    criteria_locked: Mapped[bool] = mapped_column(default=False)

    procurement: Mapped[Procurement] = relationship(back_populates="lots")
    extension_options: Mapped[list[LotExtensionOption]] = relationship(
        back_populates="lot", cascade="all, delete-orphan", order_by="LotExtensionOption.sequence"
    )
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="lot", cascade="all, delete-orphan", order_by="Criterion.position"
    )
    bids: Mapped[list[Bid]] = relationship(back_populates="lot", order_by="Bid.code")


class LotExtensionOption(Versioned, Base):
    __tablename__ = "lot_extension_options"
    __table_args__ = (
        UniqueConstraint("lot_id", "sequence"),
        CheckConstraint("months > 0", name="months_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int]
    months: Mapped[int]

    lot: Mapped[Lot] = relationship(back_populates="extension_options")


class Scale(Versioned, Timestamped, Base):
    """A reusable scoring scale with explicit values."""

    __tablename__ = "scales"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")

    values: Mapped[list[ScaleValue]] = relationship(
        back_populates="scale", cascade="all, delete-orphan", order_by="ScaleValue.value"
    )


class ScaleValue(Versioned, Base):
    __tablename__ = "scale_values"
    __table_args__ = (UniqueConstraint("scale_id", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("scales.id", ondelete="CASCADE"), index=True)
    value: Mapped[Decimal] = mapped_column(Numeric(6, 2, asdecimal=True))
    descriptor: Mapped[str] = mapped_column(Text, default="")

    scale: Mapped[Scale] = relationship(back_populates="values")


class Criterion(Versioned, Timestamped, Base):
    """An award criterion in a tree; sibling weights sum to 100 %."""

    __tablename__ = "criteria"
    __table_args__ = (
        CheckConstraint("weight >= 0 AND weight <= 100", name="weight_percentage"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("criteria.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[Decimal] = mapped_column(Points)
    is_price: Mapped[bool] = mapped_column(default=False)
    scale_id: Mapped[int | None] = mapped_column(ForeignKey("scales.id", ondelete="RESTRICT"))
    knockout_minimum: Mapped[Decimal | None] = mapped_column(Numeric(6, 2, asdecimal=True))
    # Award on value: the amount of money one point of this criterion is worth.
    money_per_point: Mapped[Decimal | None]

    lot: Mapped[Lot] = relationship(back_populates="criteria")
    scale: Mapped[Scale | None] = relationship()


class Bid(Versioned, Timestamped, Base):
    __tablename__ = "bids"
    __table_args__ = (
        UniqueConstraint("lot_id", "code"),
        CheckConstraint("price_total IS NULL OR price_total > 0", name="price_total_positive"),
        CheckConstraint(
            "price_per_year IS NULL OR price_per_year > 0", name="price_per_year_positive"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    # The anonymous code evaluators see in anonymised mode ("A", "B", ...).
    code: Mapped[str] = mapped_column(String(10))
    received_at: Mapped[datetime]
    # The texts that may name the bidder (late_reason, status_reason, notes, their_reference)
    # and the prices: read through services.blindness.text_columns / price_columns, never by
    # loading a bid, because no team login has the privilege to read these columns (issue
    # 11). Deferred, with the old value loaded (blindness.load_hidden) before a change so that
    # the audit records it.
    late_reason: Mapped[str] = mapped_column(Text, default="", deferred=True, active_history=True)
    price_per_year: Mapped[Decimal | None] = mapped_column(deferred=True, active_history=True)
    price_total: Mapped[Decimal | None] = mapped_column(deferred=True, active_history=True)
    status: Mapped[BidStatus] = mapped_column(
        enum_column(BidStatus, "bid_status"), default=BidStatus.RECEIVED
    )
    status_reason: Mapped[str] = mapped_column(Text, default="", deferred=True, active_history=True)
    notes: Mapped[str] = mapped_column(Text, default="", deferred=True, active_history=True)
    # The bidder's own reference for its bid, quoted as "Uw kenmerk" in the letters.
    their_reference: Mapped[str] = mapped_column(
        String(100), default="", server_default="", deferred=True, active_history=True
    )

    lot: Mapped[Lot] = relationship(back_populates="bids")
    members: Mapped[list[BidMember]] = relationship(
        back_populates="bid", cascade="all, delete-orphan", order_by="BidMember.id"
    )
    documents: Mapped[list[BidDocument]] = relationship(
        back_populates="bid", cascade="all, delete-orphan", order_by="BidDocument.id"
    )


class BidMember(Versioned, Base):
    """The bidder, or one member of a consortium (exactly one lead per bid)."""

    __tablename__ = "bid_members"
    __table_args__ = (UniqueConstraint("bid_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[ConsortiumRole] = mapped_column(
        enum_column(ConsortiumRole, "consortium_role"), default=ConsortiumRole.LEAD
    )

    bid: Mapped[Bid] = relationship(back_populates="members")


class BidDocument(Versioned, Base):
    __tablename__ = "bid_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str] = mapped_column(String(300), default="")

    bid: Mapped[Bid] = relationship(back_populates="documents")
