"""Import and export of organisations from the Organisations page, in the background."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ssb_desktop.errors import AppError
from ssb_desktop.excel.organisations import FIELD_LABELS, ParsedWorkbook
from ssb_desktop.formatting import format_date
from ssb_desktop.records import ImportReport, OrganisationRecord
from ssb_desktop.services import exchange
from ssb_desktop.views import messages
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.import_dialog import ImportDialog, ParsedTable
from ssb_desktop.views.page import Page

EXCEL_FILTER = "Excel (*.xlsx)"


def choose_open_path(parent: QWidget, folder: str) -> Path | None:
    """Seam for tests: the workbook to import."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("OrganisationExchange", "Import organisations"),
        folder,
        EXCEL_FILTER,
    )
    return Path(name) if name else None


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Seam for tests: where to write the export."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OrganisationExchange", "Export organisations"),
        suggested,
        EXCEL_FILTER,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def exec_dialog(dialog: QDialog) -> int:
    """Seam for tests: show the import dialog modally."""
    return dialog.exec()


def _parse(page: Page, path: Path, mapping: dict[str, str] | None) -> ParsedWorkbook | None:
    try:
        return run_in_background(
            page,
            QCoreApplication.translate("OrganisationExchange", "Reading {name}…").format(
                name=path.name
            ),
            lambda _progress: exchange.read_organisations_file(path, mapping),
        )
    except AppError as error:
        messages.show_error(page, error)
        return None


def _preview(page: Page, parsed: ParsedTable) -> ImportReport | None:
    assert isinstance(parsed, ParsedWorkbook)
    return page.call(lambda s: exchange.import_parsed_organisations(s, parsed, dry_run=True))


def run_import(page: Page) -> ImportReport | None:
    path = choose_open_path(page, page.settings.last_folder("import"))
    if path is None:
        return None
    page.settings.set_last_folder("import", path.parent)
    parsed = _parse(page, path, None)
    if parsed is None:
        return None
    remembered = page.settings.column_mapping(parsed.layout_key)
    if remembered:
        parsed = _parse(page, path, remembered) or parsed
    dialog = ImportDialog(
        path.name,
        parsed,
        FIELD_LABELS,
        reparse=lambda mapping: _parse(page, path, mapping),
        preview=lambda table: _preview(page, table),
        parent=page,
    )
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.parsed
    assert isinstance(chosen, ParsedWorkbook)
    page.settings.set_column_mapping(chosen.layout_key, dialog.mapping_by_header())

    def work(progress: Progress) -> ImportReport:
        with page.db.transaction() as session:
            return exchange.import_parsed_organisations(
                session, chosen, on_progress=progress.report
            )

    try:
        report = run_in_background(
            page,
            QCoreApplication.translate("OrganisationExchange", "Importing organisations…"),
            work,
        )
    except AppError as error:
        messages.show_error(page, error)
        return None
    if report.problems:
        messages.show_info(
            page,
            QCoreApplication.translate("OrganisationExchange", "Import"),
            QCoreApplication.translate(
                "OrganisationExchange",
                "The workbook changed since the preview and now has problems; nothing was "
                "imported. Open the import again to see them.",
            ),
        )
        return report
    messages.show_info(
        page,
        QCoreApplication.translate("OrganisationExchange", "Import"),
        QCoreApplication.translate(
            "OrganisationExchange",
            "Imported: {created} new and {updated} changed organisations; {unchanged} were "
            "unchanged.",
        ).format(created=report.created, updated=report.updated, unchanged=report.unchanged),
    )
    page.reload()
    page.data_changed.emit()
    return report


def run_export(page: Page, records: Sequence[OrganisationRecord]) -> Path | None:
    from datetime import date

    folder = Path(page.settings.last_folder("export"))
    suggested = folder / f"organisaties-{format_date(date.today())}.xlsx"
    path = choose_save_path(page, str(suggested))
    if path is None:
        return None
    page.settings.set_last_folder("export", path.parent)
    rows = list(records)

    def work(_progress: Progress) -> int:
        with page.db.transaction() as session:
            return exchange.export_organisations(session, path, rows)

    try:
        count = run_in_background(
            page,
            QCoreApplication.translate("OrganisationExchange", "Exporting organisations…"),
            work,
        )
    except AppError as error:
        messages.show_error(page, error)
        return None
    messages.show_info(
        page,
        QCoreApplication.translate("OrganisationExchange", "Export"),
        QCoreApplication.translate(
            "OrganisationExchange", "{n} organisations written to {path}."
        ).format(n=count, path=str(path)),
    )
    return path
