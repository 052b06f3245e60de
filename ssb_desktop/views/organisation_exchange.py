"""Import and export of workbooks from a page, in the background: the one flow every kind of
workbook uses (organisations here; bids and criteria in :mod:`bid_exchange`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.errors import AppError
from ssb_desktop.excel.organisations import FIELD_LABELS, ParsedWorkbook
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.records import ImportReport, OrganisationRecord
from ssb_desktop.services import exchange
from ssb_desktop.views import messages
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.import_dialog import ImportDialog, ParsedTable
from ssb_desktop.views.page import Page

EXCEL_FILTER = "Excel (*.xlsx)"


def choose_open_path(parent: QWidget, folder: str, title: str = "") -> Path | None:
    """Seam for tests: the workbook to import."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        title or QCoreApplication.translate("OrganisationExchange", "Import organisations"),
        folder,
        EXCEL_FILTER,
    )
    return Path(name) if name else None


def choose_save_path(parent: QWidget, suggested: str, title: str = "") -> Path | None:
    """Seam for tests: where to write the export."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("OrganisationExchange", "Export organisations"),
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


@dataclass(frozen=True)
class ImportKind:
    """How one kind of workbook is imported from a page; texts are already translated.

    ``parse`` reads a workbook with an optional column mapping (no database); ``preview``
    dry-runs it in a session; ``write`` imports it for real, reporting progress; ``done``
    words the result. ``prepare`` may ask the user something after parsing (False cancels).
    """

    open_title: str
    busy: str
    field_labels: Mapping[str, str]
    parse: Callable[[Path, Mapping[str, str] | None], ParsedTable]
    preview: Callable[[Session, ParsedTable], ImportReport]
    write: Callable[[Session, ParsedTable, Callable[[int, int], None]], ImportReport]
    done: Callable[[ImportReport], str]
    prepare: Callable[[ParsedTable], bool] | None = None


def _parse(
    page: Page, kind: ImportKind, path: Path, mapping: Mapping[str, str] | None
) -> ParsedTable | None:
    try:
        return run_in_background(
            page,
            QCoreApplication.translate("OrganisationExchange", "Reading {name}…").format(
                name=path.name
            ),
            lambda _progress: kind.parse(path, mapping),
        )
    except AppError as error:
        messages.show_error(page, error)
        return None


def import_workbook(page: Page, kind: ImportKind) -> ImportReport | None:
    """Choose a workbook, map and preview it in the import dialog, then import it."""
    path = choose_open_path(page, page.settings.last_folder("import"), kind.open_title)
    if path is None:
        return None
    page.settings.set_last_folder("import", path.parent)
    parsed = _parse(page, kind, path, None)
    if parsed is None:
        return None
    remembered = page.settings.column_mapping(parsed.layout_key)
    if remembered:
        parsed = _parse(page, kind, path, remembered) or parsed
    if kind.prepare is not None and not kind.prepare(parsed):
        return None
    dialog = ImportDialog(
        path.name,
        parsed,
        kind.field_labels,
        reparse=lambda mapping: _parse(page, kind, path, mapping),
        preview=lambda table: page.call(lambda s: kind.preview(s, table)),
        parent=page,
    )
    accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
    chosen = dialog.parsed
    mapping = dialog.mapping_by_header()
    dialog.deleteLater()
    if not accepted:
        return None
    page.settings.set_column_mapping(chosen.layout_key, mapping)

    def work(progress: Progress) -> ImportReport:
        with page.db.transaction() as session:
            return kind.write(session, chosen, progress.report)

    try:
        report = run_in_background(page, kind.busy, work)
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
        page, QCoreApplication.translate("OrganisationExchange", "Import"), kind.done(report)
    )
    page.reload()
    page.data_changed.emit()
    return report


def export_workbook(
    page: Page,
    *,
    save_title: str,
    suggested_name: str,
    busy: str,
    write: Callable[[Session, Path], int],
    done: Callable[[int, Path], str],
) -> Path | None:
    """Choose where to save, write the workbook in the background and say what was written."""
    folder = Path(page.settings.last_folder("export"))
    path = choose_save_path(page, str(folder / suggested_name), save_title)
    if path is None:
        return None
    page.settings.set_last_folder("export", path.parent)

    def work(_progress: Progress) -> int:
        with page.db.transaction() as session:
            return write(session, path)

    try:
        count = run_in_background(page, busy, work)
    except AppError as error:
        messages.show_error(page, error)
        return None
    messages.show_info(
        page, QCoreApplication.translate("OrganisationExchange", "Export"), done(count, path)
    )
    return path


# --- organisations ----------------------------------------------------------------------------


def _organisations(table: ParsedTable) -> ParsedWorkbook:
    assert isinstance(table, ParsedWorkbook)
    return table


def run_import(page: Page) -> ImportReport | None:
    kind = ImportKind(
        open_title=QCoreApplication.translate("OrganisationExchange", "Import organisations"),
        busy=QCoreApplication.translate("OrganisationExchange", "Importing organisations…"),
        field_labels=FIELD_LABELS,
        parse=exchange.read_organisations_file,
        preview=lambda session, table: exchange.import_parsed_organisations(
            session, _organisations(table), dry_run=True
        ),
        write=lambda session, table, progress: exchange.import_parsed_organisations(
            session, _organisations(table), on_progress=progress
        ),
        done=lambda report: QCoreApplication.translate(
            "OrganisationExchange",
            "Imported: {created} new and {updated} changed organisations; {unchanged} were "
            "unchanged.",
        ).format(created=report.created, updated=report.updated, unchanged=report.unchanged),
    )
    return import_workbook(page, kind)


def run_export(page: Page, records: Sequence[OrganisationRecord]) -> Path | None:
    rows = list(records)
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("OrganisationExchange", "Export organisations"),
        suggested_name=f"organisaties-{format_date(local_today())}.xlsx",
        busy=QCoreApplication.translate("OrganisationExchange", "Exporting organisations…"),
        write=lambda session, path: exchange.export_organisations(session, path, rows),
        done=lambda count, path: Counts().organisations_written(count).format(path=str(path)),
    )
