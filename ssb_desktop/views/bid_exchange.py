"""Import and export of bids and of criteria trees, through the workbook flow every page uses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.excel.bids import FIELD_LABELS as BID_FIELDS
from ssb_desktop.excel.bids import ParsedBids
from ssb_desktop.excel.criteria import FIELD_LABELS as CRITERION_FIELDS
from ssb_desktop.excel.criteria import ParsedCriteria
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.records import BidRecord, ImportReport, LotRecord
from ssb_desktop.services import exchange
from ssb_desktop.views import messages
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.import_dialog import ParsedTable
from ssb_desktop.views.organisation_exchange import ImportKind, export_workbook, import_workbook
from ssb_desktop.views.page import Page

# How many unknown organisations the question lists by name before "and N more".
_NAMES_SHOWN = 8


def _bids(table: ParsedTable) -> ParsedBids:
    assert isinstance(table, ParsedBids)
    return table


def _criteria(table: ParsedTable) -> ParsedCriteria:
    assert isinstance(table, ParsedCriteria)
    return table


def _file_part(text: str) -> str:
    return "".join(char if char.isalnum() or char in "-_" else "-" for char in text)


def ask_create_organisations(page: Page, parsed: ParsedBids) -> bool | None:
    """When the workbook names organisations that are not in the register, ask whether to add
    them: True adds them, False leaves them as problems, None cancels the import."""
    unknown = page.call(lambda s: exchange.unknown_organisations(s, parsed))
    if not unknown:
        return False if unknown is not None else None
    names = [ref.name or f"KvK {ref.kvk}" for ref in unknown[:_NAMES_SHOWN]]
    listed = "\n".join(f"• {name}" for name in names)
    if len(unknown) > _NAMES_SHOWN:
        listed += "\n" + QCoreApplication.translate("BidExchange", "… and {n} more").format(
            n=len(unknown) - _NAMES_SHOWN
        )
    return messages.confirm(
        page,
        QCoreApplication.translate("BidExchange", "Unknown organisations"),
        QCoreApplication.translate(
            "BidExchange",
            "The workbook names {n} organisations that are not in the register:\n{names}\n\n"
            "Add them as new organisations when importing? If not, the preview lists them as "
            "problems.",
        ).format(n=len(unknown), names=listed),
        confirm_text=QCoreApplication.translate("BidExchange", "Add them"),
    )


def run_bids_import(page: Page) -> ImportReport | None:
    """Import bids; unknown organisations are added only when the user says so."""
    create = {"organisations": False}

    def prepare(table: ParsedTable) -> bool:
        answer = ask_create_organisations(page, _bids(table))
        if answer is None:
            return False
        create["organisations"] = answer
        return True

    kind = ImportKind(
        open_title=QCoreApplication.translate("BidExchange", "Import bids"),
        busy=QCoreApplication.translate("BidExchange", "Importing bids…"),
        field_labels=BID_FIELDS,
        parse=exchange.read_bids_file,
        preview=lambda session, table: exchange.import_parsed_bids(
            session, _bids(table), create_organisations=create["organisations"], dry_run=True
        ),
        write=lambda session, table, progress: exchange.import_parsed_bids(
            session,
            _bids(table),
            create_organisations=create["organisations"],
            on_progress=progress,
        ),
        done=lambda report: QCoreApplication.translate(
            "BidExchange",
            "Imported: {created} new and {updated} changed bids; {unchanged} were unchanged.",
        ).format(created=report.created, updated=report.updated, unchanged=report.unchanged),
        prepare=prepare,
    )
    return import_workbook(page, kind)


def run_bids_export(
    page: Page, records: Sequence[BidRecord], lot: LotRecord | None = None
) -> Path | None:
    """Write ``records`` (the list as shown on the page) to a workbook."""
    rows = list(records)
    part = f"-{_file_part(lot.label)}" if lot is not None else ""
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("BidExchange", "Export bids"),
        suggested_name=f"inschrijvingen{part}-{format_date(local_today())}.xlsx",
        busy=QCoreApplication.translate("BidExchange", "Exporting bids…"),
        write=lambda session, path: exchange.export_bids(session, path, rows),
        done=lambda count, path: Counts().bids_written(count).format(path=str(path)),
    )


def run_criteria_import(page: Page, lot: LotRecord) -> ImportReport | None:
    """Replace ``lot``'s criteria by a tree from a workbook (refused once scoring started)."""
    label = lot.label
    kind = ImportKind(
        open_title=QCoreApplication.translate("BidExchange", "Import criteria of lot {lot}").format(
            lot=label
        ),
        busy=QCoreApplication.translate("BidExchange", "Importing criteria…"),
        field_labels=CRITERION_FIELDS,
        parse=lambda path, mapping: exchange.read_criteria_file(path, label, mapping),
        preview=lambda session, table: exchange.import_parsed_criteria(
            session, _criteria(table), label, dry_run=True
        ),
        write=lambda session, table, _progress: exchange.import_parsed_criteria(
            session, _criteria(table), label
        ),
        done=lambda report: _criteria_imported(report, label),
    )
    return import_workbook(page, kind)


def _criteria_imported(report: ImportReport, label: str) -> str:
    if report.deleted:
        text = QCoreApplication.translate(
            "BidExchange",
            "Criteria of lot {lot} imported: {created} new, {updated} changed, {deleted} "
            "removed, {unchanged} unchanged.",
        )
    else:
        text = QCoreApplication.translate(
            "BidExchange",
            "Criteria of lot {lot} imported: {created} new, {updated} changed, {unchanged} "
            "unchanged.",
        )
    return text.format(
        lot=label,
        created=report.created,
        updated=report.updated,
        deleted=report.deleted,
        unchanged=report.unchanged,
    )


def run_criteria_export(page: Page, lots: Sequence[LotRecord]) -> Path | None:
    """Write the criteria of ``lots``, a sheet per lot."""
    lot_ids = [lot.id for lot in lots if lot.id is not None]
    if not lot_ids:
        return None
    name = _file_part(lots[0].label if len(lots) == 1 else lots[0].procurement_reference)
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("BidExchange", "Export criteria"),
        suggested_name=f"criteria-{name}-{format_date(local_today())}.xlsx",
        busy=QCoreApplication.translate("BidExchange", "Exporting criteria…"),
        write=lambda session, path: exchange.export_criteria(session, path, lot_ids),
        done=lambda count, path: Counts().criteria_written(count).format(path=str(path)),
    )
