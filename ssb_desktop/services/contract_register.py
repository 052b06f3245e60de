"""The contract register as one overview and one workbook: parties, term, options with their
decide-by dates, value and the performance summary of every contract, the options one per row,
and the realised values per district that a district platform (wijkplatform) receives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.excel import writing
from ssb_desktop.records import ContractRecord, PerformanceSummary
from ssb_desktop.services import performance
from ssb_desktop.services.awards import list_contracts
from ssb_desktop.services.permissions import Permission, require

# The sheets speak the municipality's language, as every other export does.
_ASSESSMENT_NL = {
    "not_assessed": "Niet beoordeeld",
    "good": "Goed",
    "sufficient": "Voldoende",
    "insufficient": "Onvoldoende",
}
_OPTION_NL = {"open": "Open", "exercised": "Gebruikt", "declined": "Niet gebruikt"}


@dataclass(frozen=True, slots=True)
class ContractOverview:
    """A contract with what the register shows of it."""

    contract: ContractRecord
    contractor: str
    final_end: date
    next_decide_by: date | None
    summary: PerformanceSummary


def contract_overview(session: Session, today: date) -> list[ContractOverview]:
    """Every contract with its contractor, final end, next decision and performance."""
    require(session, Permission.VIEW)
    rows: list[ContractOverview] = []
    for contract in list_contracts(session):
        assert contract.id is not None
        open_options = [o for o in contract.options if o.status.value == "open"]
        rows.append(
            ContractOverview(
                contract,
                performance.contractor_name(contract),
                contract.final_end,
                open_options[0].decide_by if open_options else None,
                performance.performance_summary(session, contract.id, today),
            )
        )
    return rows


def _options_text(contract: ContractRecord) -> str:
    return "; ".join(
        f"{o.sequence}: {o.months} mnd, beslissen uiterlijk {o.decide_by:%d-%m-%Y} "
        f"({_OPTION_NL[o.status.value].lower()})"
        for o in contract.options
    )


def export_contracts(session: Session, path: Path, today: date) -> int:
    """Write the contract register to ``path``; returns the number of contracts."""
    overview = contract_overview(session, today)
    col = writing.Column
    kind = writing.ColumnKind
    contracts = writing.SheetSpec(
        "Overeenkomsten",
        [
            col("Kenmerk", kind.CODE, 16),
            col("Perceel", kind.CODE, 12),
            col("Opdrachtnemer", kind.TEXT, 30),
            col("Partijen", kind.TEXT, 40),
            col("Start", kind.DATE),
            col("Einde basistermijn", kind.DATE, 14),
            col("Huidig einde", kind.DATE, 14),
            col("Einde na alle opties", kind.DATE, 16),
            col("Waarde", kind.MONEY),
            col("Opzegtermijn (mnd)", kind.INTEGER, 12),
            col("Opties", kind.TEXT, 60),
            col("Eerstvolgende beslisdatum", kind.DATE, 16),
            col("Rapportages", kind.INTEGER),
            col("Goed", kind.INTEGER, 8),
            col("Voldoende", kind.INTEGER, 8),
            col("Onvoldoende", kind.INTEGER, 8),
            col("Niet beoordeeld", kind.INTEGER, 8),
            col("Te laat", kind.INTEGER, 8),
            col("Laatste oordeel", kind.TEXT, 16),
        ],
        [
            (
                item.contract.reference,
                item.contract.lot_label,
                item.contractor,
                ", ".join(p.organisation_name for p in item.contract.parties),
                item.contract.start,
                item.contract.end,
                item.contract.current_end,
                item.final_end,
                item.contract.value,
                item.contract.notice_months,
                _options_text(item.contract),
                item.next_decide_by,
                item.summary.reports,
                item.summary.good,
                item.summary.sufficient,
                item.summary.insufficient,
                item.summary.not_assessed,
                item.summary.overdue,
                _ASSESSMENT_NL[item.summary.latest.value] if item.summary.latest else "",
            )
            for item in overview
        ],
    )
    options = writing.SheetSpec(
        "Opties",
        [
            col("Kenmerk", kind.CODE, 16),
            col("Optie", kind.INTEGER, 8),
            col("Maanden", kind.INTEGER, 8),
            col("Beslissen uiterlijk", kind.DATE, 16),
            col("Status", kind.TEXT, 14),
            col("Besloten op", kind.DATE, 14),
            col("Reden", kind.TEXT, 50),
        ],
        [
            (
                item.contract.reference,
                option.sequence,
                option.months,
                option.decide_by,
                _OPTION_NL[option.status.value],
                option.decided_on,
                option.reason,
            )
            for item in overview
            for option in item.contract.options
        ],
    )
    realised: list[tuple[object, ...]] = []
    for item in overview:
        assert item.contract.id is not None
        for report in performance.list_reports(session, item.contract.id):
            for value in report.values:
                realised.append(
                    (
                        item.contract.reference,
                        report.period_start,
                        report.period_end,
                        value.indicator_name,
                        value.district_name or "Hele gemeente",
                        value.value,
                        _ASSESSMENT_NL[report.assessment.value],
                    )
                )
    districts = writing.SheetSpec(
        "Gerealiseerd per wijk",
        [
            col("Kenmerk", kind.CODE, 16),
            col("Periode van", kind.DATE),
            col("Periode tot en met", kind.DATE, 14),
            col("Indicator", kind.TEXT, 34),
            col("Wijk", kind.TEXT, 24),
            col("Gerealiseerd", kind.DECIMAL),
            col("Oordeel gemeente", kind.TEXT, 16),
        ],
        realised,
    )
    writing.write_workbook(path, [contracts, options, districts])
    return len(overview)


__all__ = ["ContractOverview", "contract_overview", "export_contracts"]
