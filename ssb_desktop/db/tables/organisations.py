"""The organisation register: bidders, contractors, volunteer organisations and their contacts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, String, Table, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from ssb_desktop.db.base import Base, Timestamped, Versioned, enum_column
from ssb_desktop.db.tables.reference import District
from ssb_desktop.formatting import SORT_KEY_LENGTH, fold_for_search, sort_text
from ssb_desktop.records import OrganisationKind

# Indexes that exist only on PostgreSQL with pg_trgm (migration 0012): trigram indexes that
# let "contains" searches avoid a full scan. Not in the metadata, as SQLite has no such thing.
POSTGRESQL_ONLY_INDEXES = frozenset({"ix_organisations_search_trgm"})

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
        # One index per sortable column of the register, each ending in the id that breaks
        # ties, so that a page of the list is an index range (services.organisation_list).
        Index("ix_organisations_sort_name_id", "sort_name", "id"),
        Index("ix_organisations_archived_sort_name_id", "archived", "sort_name", "id"),
        Index("ix_organisations_kind_sort_name_id", "kind", "sort_name", "id"),
        Index("ix_organisations_kvk_id", "kvk", "id"),
        Index("ix_organisations_city_id", "city", "id"),
        Index("ix_organisations_email_id", "email", "id"),
        Index("ix_organisations_iban_id", "iban", "id"),
        # The Dashboard's count by kind and state, from the index alone (migration 0022).
        Index("ix_organisations_kind_archived", "kind", "archived"),
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
    # Derived, kept by the listener below: the folded name the list sorts by, and the folded
    # texts its search looks in, the contacts' included. Not audited (db.audit ignores them).
    sort_name: Mapped[str] = mapped_column(
        String(SORT_KEY_LENGTH), default="", info={"derived": True}
    )
    search_text: Mapped[str] = mapped_column(Text, default="", info={"derived": True})

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


def organisation_search_text(
    name: str,
    kvk: str | None,
    city: str,
    postcode: str,
    email: str,
    iban: str | None,
    contacts: Iterable[tuple[str, str]] = (),
) -> str:
    """What the register's search looks in: the organisation's name, KvK number, city,
    postcode, e-mail address and IBAN, and the name and e-mail address of each contact."""
    parts = [name, kvk, city, postcode, email, iban]
    for contact_name, contact_email in contacts:
        parts += [contact_name, contact_email]
    return fold_for_search(" ".join(part for part in parts if part))


def _derive(session: Session, organisation: Organisation) -> None:
    contacts = [c for c in organisation.contacts if c not in session.deleted]
    organisation.sort_name = sort_text(organisation.name or "")
    organisation.search_text = organisation_search_text(
        organisation.name or "",
        organisation.kvk,
        organisation.city or "",
        organisation.postcode or "",
        organisation.email or "",
        organisation.iban,
        [(c.name or "", c.email or "") for c in contacts],
    )


@event.listens_for(Session, "before_flush")
def _derive_search_texts(session: Session, _context: Any, _instances: Any) -> None:
    """Keep the derived sort and search texts of every organisation written, or whose
    contacts are (before the flush, where loading its contacts is safe)."""
    touched: dict[int, Organisation] = {}
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Organisation):
            organisation: Organisation | None = obj
        elif isinstance(obj, Contact):
            organisation = obj.organisation
        else:
            continue
        if organisation is not None and organisation not in session.deleted:
            touched[id(organisation)] = organisation
    for organisation in touched.values():
        _derive(session, organisation)
