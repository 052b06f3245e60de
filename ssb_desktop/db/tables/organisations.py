"""The organisation register: bidders, contractors, volunteer organisations and their contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.db.tables.reference import District
from ssb_desktop.records import OrganisationKind

organisation_districts = Table(
    "organisation_districts",
    Base.metadata,
    Column(
        "organisation_id",
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("district_id", ForeignKey("districts.id", ondelete="RESTRICT"), primary_key=True),
)


class Organisation(Versioned, Timestamped, Base):
    __tablename__ = "organisations"
    __table_args__ = (
        CheckConstraint("kvk IS NULL OR length(kvk) = 8", name="kvk_length"),
        CheckConstraint("rsin IS NULL OR length(rsin) = 9", name="rsin_length"),
        CheckConstraint("iban IS NULL OR length(iban) BETWEEN 15 AND 34", name="iban_length"),
        CheckConstraint("successor_id IS NULL OR successor_id <> id", name="not_own_successor"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind"), default=OrganisationKind.OTHER
    )
    # Text, not a number: leading zeros are part of the KvK number.
    kvk: Mapped[str | None] = mapped_column(String(8), unique=True)
    rsin: Mapped[str | None] = mapped_column(String(9))
    iban: Mapped[str | None] = mapped_column(String(34))
    street: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False, index=True)
    successor_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    successor_reason: Mapped[str] = mapped_column(Text, default="")
    # The day a legal successor (another KvK registration) took over; None after a merge.
    succeeded_on: Mapped[date | None]

    successor: Mapped[Organisation | None] = relationship(remote_side=[id])
    districts: Mapped[list[District]] = relationship(
        secondary=organisation_districts, order_by=District.number
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Contact.id"
    )


class Contact(Versioned, Timestamped, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    role: Mapped[str] = mapped_column(String(200), default="")

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")
