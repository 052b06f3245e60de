"""The columns of the Awards & contracts page: ranking, award decisions, objections,
contracts and extension options."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money, format_points
from ssb_desktop.models.performance_columns import summary_text
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, translated_labels
from ssb_desktop.records import (
    AWARD_STATUS_LABELS,
    OBJECTION_KIND_LABELS,
    OBJECTION_OUTCOME_LABELS,
    OBJECTION_SUBJECT_LABELS,
    OPTION_STATUS_LABELS,
    AwardRecord,
    ContractRecord,
    ObjectionRecord,
    OptionRecord,
    PerformanceSummary,
)


@dataclass(frozen=True, slots=True)
class RankedBid:
    """One row of a lot's ranking as the Awards page shows it."""

    id: int
    rank: int | None
    label: str
    total: Decimal | None
    price: Decimal | None
    knockout: str = ""  # why the bid has no place, empty when ranked


def _points(value: Decimal | None) -> str:
    return format_points(value)


def _knocked_out(value: str) -> str:
    if not value:
        return ""
    return QCoreApplication.translate("Columns", "No place: {reason}").format(reason=value)


RANKING_COLUMNS: tuple[Column[RankedBid], ...] = (
    Column(N_("Columns", "Rank"), lambda r: r.rank, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Bid"), lambda r: r.label, tooltip=lambda r: r.label),
    Column(N_("Columns", "Points"), lambda r: r.total, format=_points, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Price"), lambda r: r.price, format=format_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Remark"), lambda r: r.knockout, format=_knocked_out),
)
RANKING_WIDTHS = (50, 250, 70, 115)


def _winner(record: AwardRecord) -> str:
    if record.successor_name:
        return QCoreApplication.translate("Columns", "{successor} (successor of {winner})").format(
            successor=record.successor_name, winner=record.winner_name
        )
    return record.winner_name


def _award_remark(record: AwardRecord) -> str:
    parts = []
    if record.withdrawn_reason:
        parts.append(
            QCoreApplication.translate("Columns", "Withdrawn: {reason}").format(
                reason=record.withdrawn_reason
            )
        )
    if record.objection_override_reason:
        parts.append(
            QCoreApplication.translate("Columns", "Objection overridden: {reason}").format(
                reason=record.objection_override_reason
            )
        )
    if record.successor_reason:
        parts.append(
            QCoreApplication.translate("Columns", "Successor: {reason}").format(
                reason=record.successor_reason
            )
        )
    return "; ".join(parts)


AWARD_COLUMNS: tuple[Column[AwardRecord], ...] = (
    Column(N_("Columns", "Bid"), lambda r: r.bid_code),
    Column(N_("Columns", "Winner"), _winner),
    Column(
        N_("Columns", "Status"),
        lambda r: r.status,
        format=translated_labels("AwardStatus", AWARD_STATUS_LABELS),
    ),
    Column(N_("Columns", "Sent"), lambda r: r.sent_on),
    Column(N_("Columns", "Standstill until"), lambda r: r.standstill_end),
    Column(N_("Columns", "Definitive"), lambda r: r.definitive_on),
    Column(N_("Columns", "Remark"), _award_remark, tooltip=_award_remark),
)
AWARD_WIDTHS = (85, 220, 80, 85, 115, 85)


def objection_scope(record: ObjectionRecord) -> str:
    """What an objection concerns: its lot, or the whole procurement (every lot)."""
    if record.whole_procurement:
        return QCoreApplication.translate("Columns", "{reference}, all lots").format(
            reference=record.procurement_reference
        )
    return record.lot_label


OBJECTION_COLUMNS: tuple[Column[ObjectionRecord], ...] = (
    Column(N_("Columns", "Received"), lambda r: r.received_on),
    Column(N_("Columns", "Organisation"), lambda r: r.organisation_name),
    Column(
        N_("Columns", "Kind"),
        lambda r: r.kind,
        format=translated_labels("ObjectionKind", OBJECTION_KIND_LABELS),
    ),
    Column(
        N_("Columns", "Outcome"),
        lambda r: r.outcome,
        format=translated_labels("ObjectionOutcome", OBJECTION_OUTCOME_LABELS),
    ),
    Column(N_("Columns", "Outcome date"), lambda r: r.outcome_on),
    Column(N_("Columns", "Hearing"), lambda r: r.hearing_on),
    Column(N_("Columns", "Summary"), lambda r: r.summary, tooltip=lambda r: r.summary),
    Column(
        N_("Columns", "Against"),
        lambda r: r.against,
        format=translated_labels("ObjectionSubject", OBJECTION_SUBJECT_LABELS),
    ),
    Column(N_("Columns", "Concerns"), objection_scope, tooltip=objection_scope),
)
OBJECTION_WIDTHS = (90, 200, 150, 90, 100, 90)


def _months(value: int) -> str:
    return QCoreApplication.translate("Columns", "{months} months").format(months=value)


def _parties(record: ContractRecord) -> str:
    """The parties as they signed, each with its legal successor where one took over."""
    names = []
    for party in record.parties:
        if party.successor_name:
            names.append(
                QCoreApplication.translate("Columns", "{name} (succeeded by {successor})").format(
                    name=party.organisation_name, successor=party.successor_name
                )
            )
        else:
            names.append(party.organisation_name)
    return ", ".join(names)


def _basis(record: OptionRecord) -> str:
    """The assessed performance an option decision recorded; nothing while it is open."""
    if record.decided_on is None:
        return ""
    return summary_text(PerformanceSummary.from_json(record.performance_basis))


CONTRACT_COLUMNS: tuple[Column[ContractRecord], ...] = (
    Column(N_("Columns", "Reference"), lambda r: r.reference),
    Column(N_("Columns", "Parties"), _parties, tooltip=_parties),
    Column(N_("Columns", "Start"), lambda r: r.start),
    Column(N_("Columns", "End"), lambda r: r.end),
    Column(N_("Columns", "Current end"), lambda r: r.current_end),
    Column(N_("Columns", "Value"), lambda r: r.value, format=format_money, alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Notice period"),
        lambda r: r.notice_months,
        format=_months,
        alignment=ALIGN_RIGHT,
    ),
)
CONTRACT_WIDTHS = (105, 140, 85, 85, 95, 115)

OPTION_COLUMNS: tuple[Column[OptionRecord], ...] = (
    Column(N_("Columns", "Option"), lambda r: r.sequence, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Months"), lambda r: r.months, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Decide by"), lambda r: r.decide_by),
    Column(
        N_("Columns", "Status"),
        lambda r: r.status,
        format=translated_labels("OptionStatus", OPTION_STATUS_LABELS),
    ),
    Column(N_("Columns", "Decided on"), lambda r: r.decided_on),
    Column(N_("Columns", "Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
    Column(
        N_("Columns", "Performance at the decision"),
        _basis,
        tooltip=_basis,
    ),
)
OPTION_WIDTHS = (55, 75, 135, 95, 95, 160)
