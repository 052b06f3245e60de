"""Editable reference data: districts, themes, thresholds, royal-decree days, settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ssb_desktop.db.base import Base, Timestamped, Versioned


class District(Versioned, Timestamped, Base):
    __tablename__ = "districts"
    __table_args__ = (CheckConstraint("number >= 0", name="number_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class Theme(Versioned, Timestamped, Base):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class Threshold(Versioned, Timestamped, Base):
    """A European threshold amount (excluding VAT) valid for a period and a kind of contract."""

    __tablename__ = "thresholds"
    __table_args__ = (
        UniqueConstraint("category", "valid_from"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("valid_until IS NULL OR valid_until >= valid_from", name="period_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    amount: Mapped[Decimal]


class ExtraHoliday(Versioned, Timestamped, Base):
    """A day equated with a public holiday by royal decree (Algemene termijnenwet)."""

    __tablename__ = "extra_holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")


class Setting(Versioned, Timestamped, Base):
    """A rule the municipality may set differently (standstill days, notice period, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
