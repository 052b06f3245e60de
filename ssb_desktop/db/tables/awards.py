"""Award decisions, objections, contracts and their extension options."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.records import (
    AwardStatus,
    ConsortiumRole,
    ObjectionKind,
    ObjectionOutcome,
    ObjectionSubject,
    OptionStatus,
)


class AwardDecision(Versioned, Timestamped, Base):
    """A provisional award of a lot to a bid; made definitive, or withdrawn, never deleted."""

    __tablename__ = "award_decisions"
    __table_args__ = (CheckConstraint("standstill_days > 0", name="standstill_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    bid_id: Mapped[int] = mapped_column(ForeignKey("bids.id", ondelete="RESTRICT"))
    status: Mapped[AwardStatus] = mapped_column(
        enum_column(AwardStatus, "award_status"), default=AwardStatus.PROVISIONAL
    )
    sent_on: Mapped[date | None]
    # The day the letters to the bidders went out, once the user recorded it.
    letters_sent_on: Mapped[date | None]
    standstill_days: Mapped[int] = mapped_column(default=20)
    standstill_end: Mapped[date | None]
    reason_not_first: Mapped[str] = mapped_column(Text, default="")
    # The characteristics and relative advantages of the winning bid, for every letter.
    reasons: Mapped[str] = mapped_column(Text, default="")
    definitive_on: Mapped[date | None]
    # The winner replaced by its legal successor between provisional and definitive award.
    successor_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT")
    )
    successor_reason: Mapped[str] = mapped_column(Text, default="")
    objection_override_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")


class Objection(Versioned, Timestamped, Base):
    """A challenge of an award decision, or a protest against the tender itself by any
    organisation (kort geding, complaint, other). It concerns one lot, or, for a protest
    against the tender, the whole procurement (every lot): then ``lot_id`` is empty and
    ``procurement_id`` names the procurement."""

    __tablename__ = "objections"
    __table_args__ = (
        CheckConstraint(
            "(lot_id IS NOT NULL AND procurement_id IS NULL) OR (lot_id IS NULL AND "
            "procurement_id IS NOT NULL AND against = 'tender')",
            name="one_lot_or_whole_procurement",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int | None] = mapped_column(
        ForeignKey("lots.id", ondelete="RESTRICT"), index=True
    )
    procurement_id: Mapped[int | None] = mapped_column(
        ForeignKey("procurements.id", ondelete="RESTRICT"), index=True
    )
    award_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("award_decisions.id", ondelete="RESTRICT")
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[ObjectionKind] = mapped_column(enum_column(ObjectionKind, "objection_kind"))
    against: Mapped[ObjectionSubject] = mapped_column(
        enum_column(ObjectionSubject, "objection_subject"),
        default=ObjectionSubject.AWARD,
        server_default=ObjectionSubject.AWARD.value,
    )
    received_on: Mapped[date]
    summary: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[ObjectionOutcome] = mapped_column(
        enum_column(ObjectionOutcome, "objection_outcome"), default=ObjectionOutcome.OPEN
    )
    outcome_on: Mapped[date | None]
    hearing_on: Mapped[date | None]


class Contract(Versioned, Timestamped, Base):
    __tablename__ = "contracts"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("notice_months >= 0", name="notice_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), index=True)
    award_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("award_decisions.id", ondelete="RESTRICT")
    )
    reference: Mapped[str] = mapped_column(String(50), unique=True)
    start_date: Mapped[date]
    end_date: Mapped[date]
    value: Mapped[Decimal]
    notice_months: Mapped[int] = mapped_column(default=6)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The contractor reports every this many months (None: no periodic reports agreed),
    # each report due this many days after its period. Checked by the service: a CHECK here
    # would make SQLite rebuild the table, whose children cascade.
    report_months: Mapped[int | None]
    report_due_days: Mapped[int] = mapped_column(default=42)

    parties: Mapped[list[ContractParty]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ContractParty.id"
    )
    options: Mapped[list[ExtensionOption]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ExtensionOption.sequence"
    )


class ContractParty(Versioned, Base):
    __tablename__ = "contract_parties"
    __table_args__ = (UniqueConstraint("contract_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[ConsortiumRole] = mapped_column(
        enum_column(ConsortiumRole, "party_role"), default=ConsortiumRole.LEAD
    )

    contract: Mapped[Contract] = relationship(back_populates="parties")


class ExtensionOption(Versioned, Timestamped, Base):
    __tablename__ = "extension_options"
    __table_args__ = (
        UniqueConstraint("contract_id", "sequence"),
        CheckConstraint("months > 0", name="months_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int]
    months: Mapped[int]
    decide_by: Mapped[date]
    status: Mapped[OptionStatus] = mapped_column(
        enum_column(OptionStatus, "option_status"), default=OptionStatus.OPEN
    )
    decided_on: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    # The assessed performance the decision was taken on, as recorded at the decision.
    performance_basis: Mapped[str] = mapped_column(Text, default="")

    contract: Mapped[Contract] = relationship(back_populates="options")


class TransparencyNotice(Versioned, Timestamped, Base):
    """A voluntary transparency notice: the intended award of a lot to a named organisation,
    published on TenderNed; no contract before the waiting period after publication ends."""

    __tablename__ = "transparency_notices"
    __table_args__ = (CheckConstraint("period_days > 0", name="period_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id", ondelete="RESTRICT"), unique=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    published_on: Mapped[date]
    period_days: Mapped[int] = mapped_column(default=20)
    last_day: Mapped[date]
    reasons: Mapped[str] = mapped_column(Text, default="")
    # The contract that followed the notice, and the day it was signed.
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contracts.id", ondelete="RESTRICT"), unique=True
    )
    signed_on: Mapped[date | None]
