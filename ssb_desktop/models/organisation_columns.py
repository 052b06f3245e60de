"""The columns of the organisation register's tables: the register itself and its involvement."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, translated_labels
from ssb_desktop.records import (
    BID_STATUS_LABELS,
    CONSORTIUM_ROLE_LABELS,
    ORGANISATION_KIND_LABELS,
    InvolvementRecord,
    OrganisationRecord,
)

# The kinds that services.organisations.involvement() reports.
INVOLVEMENT_KIND_LABELS: dict[str, str] = {
    "bid": N_("InvolvementKind", "Bid"),
    "contract": N_("InvolvementKind", "Contract"),
    "application": N_("InvolvementKind", "Subsidy application"),
}


def _first_contact(record: OrganisationRecord) -> str:
    return record.contacts[0].name if record.contacts else ""


def _districts(record: OrganisationRecord) -> str:
    return ", ".join(record.district_names)


def _successor_tooltip(record: OrganisationRecord) -> str:
    if not record.successor_name:
        return ""
    template = QCoreApplication.translate("Columns", "Succeeded by {name}")
    return template.format(name=record.successor_name)


NAME_COLUMN = 0

ORGANISATION_COLUMNS: tuple[Column[OrganisationRecord], ...] = (
    Column(N_("Columns", "Name"), lambda r: r.name),
    Column(
        N_("Columns", "Kind"),
        lambda r: r.kind,
        format=translated_labels("OrganisationKind", ORGANISATION_KIND_LABELS),
    ),
    Column(N_("Columns", "KvK"), lambda r: r.kvk),
    Column(N_("Columns", "City"), lambda r: r.city),
    Column(N_("Columns", "Districts"), _districts),
    Column(N_("Columns", "Contact"), _first_contact),
    Column(N_("Columns", "E-mail"), lambda r: r.email),
    Column(N_("Columns", "IBAN"), lambda r: r.iban),
    # A bool shows as the translated Yes/No text (Ja/Nee), never as a colour alone.
    Column(N_("Columns", "Archived"), lambda r: r.archived, tooltip=_successor_tooltip),
)

INVOLVEMENT_COLUMNS: tuple[Column[InvolvementRecord], ...] = (
    Column(
        N_("Columns", "Kind"),
        lambda r: r.kind,
        format=translated_labels("InvolvementKind", INVOLVEMENT_KIND_LABELS),
    ),
    Column(N_("Columns", "Description"), lambda r: r.description, tooltip=lambda r: r.description),
    Column(
        N_("Columns", "Role"),
        lambda r: r.role,
        format=translated_labels("ConsortiumRole", CONSORTIUM_ROLE_LABELS),
    ),
    Column(
        N_("Columns", "Status"),
        lambda r: r.status,
        format=translated_labels("BidStatus", BID_STATUS_LABELS),
    ),
    Column(N_("Columns", "Date"), lambda r: r.when),
    Column(N_("Columns", "Amount"), lambda r: r.amount, format=format_money, alignment=ALIGN_RIGHT),
)
