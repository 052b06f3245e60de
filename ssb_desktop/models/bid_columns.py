"""The columns of the bids table: bidder, consortium, moment received, lateness, prices, status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money
from ssb_desktop.models.record_table_model import (
    ALIGN_RIGHT,
    Column,
    translated_labels,
)
from ssb_desktop.records import BID_STATUS_LABELS, CONSORTIUM_ROLE_LABELS, BidRecord, ConsortiumRole


def partner_names(record: BidRecord) -> str:
    """The organisations bidding with the lead; a subcontractor is marked as such."""
    names = []
    for member in record.members:
        if member.role is ConsortiumRole.LEAD:
            continue
        if member.role is ConsortiumRole.SUBCONTRACTOR:
            text = QCoreApplication.translate("Columns", "{name} (subcontractor)")
            names.append(text.format(name=member.organisation_name))
        else:
            names.append(member.organisation_name)
    return ", ".join(names)


def composition(record: BidRecord) -> str:
    """Every organisation of the bid with its role, one per line (the tooltip)."""
    return "\n".join(
        f"{QCoreApplication.translate('ConsortiumRole', CONSORTIUM_ROLE_LABELS[m.role])}: "
        f"{m.organisation_name}"
        for m in record.members
    )


def late_text(late: bool) -> str:
    # Words, not a colour: "Late" is read out and printed as well as seen.
    return QCoreApplication.translate("Columns", "Late") if late else ""


def _late_tooltip(record: BidRecord) -> str:
    if not record.late:
        return ""
    if not record.late_reason:
        return QCoreApplication.translate("Columns", "Received after the deadline.")
    template = QCoreApplication.translate("Columns", "Received after the deadline; accepted: {r}")
    return template.format(r=record.late_reason)


LOT_COLUMN = 0
CODE_COLUMN = 1

BID_COLUMNS: tuple[Column[BidRecord], ...] = (
    Column(N_("Columns", "Lot"), lambda r: r.lot_label),
    Column(N_("Columns", "Code"), lambda r: r.code),
    Column(N_("Columns", "Bidder"), lambda r: r.lead_name, tooltip=composition),
    Column(
        N_("Columns", "Organisations"),
        lambda r: r.member_count,
        alignment=ALIGN_RIGHT,
        tooltip=composition,
    ),
    Column(N_("Columns", "Consortium partners"), partner_names, tooltip=composition),
    Column(N_("Columns", "Received"), lambda r: r.received_at),
    Column(
        N_("Columns", "Late"),
        lambda r: r.late,
        format=late_text,
        sort_key=lambda r: r.late or None,
        tooltip=_late_tooltip,
    ),
    Column(
        N_("Columns", "Price per year"),
        lambda r: r.price_per_year,
        format=format_money,
        alignment=ALIGN_RIGHT,
    ),
    Column(
        N_("Columns", "Total price"),
        lambda r: r.price_total,
        format=format_money,
        alignment=ALIGN_RIGHT,
    ),
    Column(
        N_("Columns", "Status"),
        lambda r: r.status,
        format=translated_labels("BidStatus", BID_STATUS_LABELS),
    ),
    Column(N_("Columns", "Reason"), lambda r: r.status_reason, tooltip=lambda r: r.status_reason),
)
BID_COLUMN_WIDTHS = (95, 50, 240, 95, 200, 125, 60, 120, 120, 90, 150)
