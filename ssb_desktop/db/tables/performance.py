"""Performance agreements of a contract: indicators with targets, the contractor's periodic
reports with realised values, the municipality's assessment and district platforms' opinions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.records import Assessment

Quantity = Numeric(14, 2, asdecimal=True)


class PerformanceIndicator(Versioned, Timestamped, Base):
    """What the contractor promised to achieve, e.g. "volunteers supported" (people)."""

    __tablename__ = "performance_indicators"
    __table_args__ = (UniqueConstraint("contract_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(50), default="")
    sequence: Mapped[int] = mapped_column(default=0)

    targets: Mapped[list[PerformanceTarget]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        order_by="[PerformanceTarget.year, PerformanceTarget.id]",
    )


class PerformanceTarget(Versioned, Base):
    """The target of an indicator for one year, for the whole municipality (no district)
    or for one district."""

    __tablename__ = "performance_targets"
    __table_args__ = (
        UniqueConstraint("indicator_id", "year", "district_id"),
        CheckConstraint("target >= 0", name="target_not_negative"),
        CheckConstraint("year >= 1900 AND year <= 2999", name="year_plausible"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("performance_indicators.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id", ondelete="RESTRICT"))
    target: Mapped[Decimal] = mapped_column(Quantity)

    indicator: Mapped[PerformanceIndicator] = relationship(back_populates="targets")


class PerformanceReport(Versioned, Timestamped, Base):
    """The contractor's report over one period, and the municipality's assessment of it."""

    __tablename__ = "performance_reports"
    __table_args__ = (
        UniqueConstraint("contract_id", "period_start"),
        CheckConstraint("period_end >= period_start", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(
        ForeignKey("contracts.id", ondelete="RESTRICT"), index=True
    )
    period_start: Mapped[date]
    period_end: Mapped[date]
    received_on: Mapped[date]
    documents: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[Assessment] = mapped_column(
        enum_column(Assessment, "performance_assessment"), default=Assessment.NOT_ASSESSED
    )
    assessment_text: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None]

    values: Mapped[list[PerformanceValue]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="PerformanceValue.id"
    )
    opinions: Mapped[list[DistrictOpinion]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="DistrictOpinion.id"
    )


class PerformanceValue(Versioned, Base):
    """A realised value of one indicator in a report, for the municipality or one district."""

    __tablename__ = "performance_values"
    __table_args__ = (
        UniqueConstraint("report_id", "indicator_id", "district_id"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("performance_reports.id", ondelete="CASCADE"), index=True
    )
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("performance_indicators.id", ondelete="RESTRICT"), index=True
    )
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id", ondelete="RESTRICT"))
    value: Mapped[Decimal] = mapped_column(Quantity)

    report: Mapped[PerformanceReport] = relationship(back_populates="values")


class DistrictOpinion(Versioned, Timestamped, Base):
    """A district platform's (wijkplatform) opinion on its district's part of a report."""

    __tablename__ = "district_opinions"
    __table_args__ = (UniqueConstraint("report_id", "district_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("performance_reports.id", ondelete="CASCADE"), index=True
    )
    district_id: Mapped[int] = mapped_column(ForeignKey("districts.id", ondelete="RESTRICT"))
    received_on: Mapped[date]
    opinion: Mapped[str] = mapped_column(Text, default="")

    report: Mapped[PerformanceReport] = relationship(back_populates="opinions")
