"""Import and export of subsidy applications, the allocation of a scheme and the application
form, through the workbook flow every page uses (:mod:`organisation_exchange`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.excel.applications import FIELD_LABELS, ParsedApplications
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.records import ApplicationRecord, ImportReport, SchemeRecord
from ssb_desktop.services import subsidies
from ssb_desktop.services.subsidies import exchange as subsidy_exchange
from ssb_desktop.services.subsidies.exchange import ApplicationImportOptions
from ssb_desktop.views import messages
from ssb_desktop.views.application_dialog import scheme_text
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.import_dialog import ParsedTable
from ssb_desktop.views.organisation_exchange import ImportKind, export_workbook, import_workbook
from ssb_desktop.views.page import Page

# How many organisations a question lists by name before "and N more".
_NAMES_SHOWN = 8


def _parsed(table: ParsedTable) -> ParsedApplications:
    assert isinstance(table, ParsedApplications)
    return table


def _file_part(text: str) -> str:
    return "".join(char if char.isalnum() or char in "-_" else "-" for char in text)


def ask_scheme(parent: QWidget, schemes: Sequence[SchemeRecord]) -> int | bool | None:
    """Seam for tests: the scheme every row belongs to; None: the workbook names it in a
    column; False: cancelled."""
    column = QCoreApplication.translate("ApplicationExchange", "(the workbook has a scheme column)")
    items = [column, *(scheme_text(s) for s in schemes)]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ApplicationExchange", "Import applications"),
        QCoreApplication.translate("ApplicationExchange", "Which scheme are the applications for?"),
        items,
        0,
        False,
    )
    if not ok:
        return False
    if chosen == column:
        return None
    return schemes[items.index(chosen) - 1].id


def _listed(names: Sequence[str]) -> str:
    text = "\n".join(f"• {name}" for name in names[:_NAMES_SHOWN])
    if len(names) > _NAMES_SHOWN:
        text += "\n" + QCoreApplication.translate("ApplicationExchange", "… and {n} more").format(
            n=len(names) - _NAMES_SHOWN
        )
    return text


def ask_options(
    page: Page, parsed: ParsedApplications, scheme_id: int | None
) -> ApplicationImportOptions | None:
    """Dry-run the workbook; when applicants are matched by name only, or are not in the
    register, ask whether to accept the matches and add the unknown ones. None cancels."""
    options = ApplicationImportOptions(scheme_id=scheme_id)
    report = page.call(
        lambda s: subsidy_exchange.import_parsed_applications(s, parsed, options, dry_run=True)
    )
    if report is None:
        return None
    by_name, unknown = subsidy_exchange.organisations_to_confirm(report)
    confirm_names = False
    create = False
    if by_name:
        confirm_names = messages.confirm(
            page,
            QCoreApplication.translate("ApplicationExchange", "Applicants matched by name"),
            QCoreApplication.translate(
                "ApplicationExchange",
                "{n} applicants have no KvK number in the register, but their names match an "
                "organisation in it:\n{names}\n\nAre these the same organisations? If not, the "
                "preview lists them as problems.",
            ).format(n=len(by_name), names=_listed(by_name)),
            confirm_text=QCoreApplication.translate("ApplicationExchange", "Same organisations"),
        )
    if unknown:
        create = messages.confirm(
            page,
            QCoreApplication.translate("ApplicationExchange", "Unknown organisations"),
            QCoreApplication.translate(
                "ApplicationExchange",
                "The workbook names {n} organisations that are not in the register:\n{names}\n\n"
                "Add them as volunteer organisations when importing? If not, the preview lists "
                "them as problems.",
            ).format(n=len(unknown), names=_listed(unknown)),
            confirm_text=QCoreApplication.translate("ApplicationExchange", "Add them"),
        )
    return ApplicationImportOptions(
        scheme_id=scheme_id, confirm_name_matches=confirm_names, create_organisations=create
    )


def run_applications_import(page: Page, scheme: SchemeRecord | None = None) -> ImportReport | None:
    """Import applications from a workbook (a colleague's list or returned application forms)."""
    schemes = page.call(subsidies.list_schemes)
    if schemes is None:
        return None
    if scheme is not None and scheme.id is not None:
        chosen: int | bool | None = scheme.id
    else:
        chosen = ask_scheme(page, schemes)
        if chosen is False:
            return None
    scheme_id = chosen if isinstance(chosen, int) and not isinstance(chosen, bool) else None
    options = {"value": ApplicationImportOptions(scheme_id=scheme_id)}

    def prepare(table: ParsedTable) -> bool:
        parsed = _parsed(table)
        answer = ask_options(page, parsed, scheme_id or parsed.form_scheme_id)
        if answer is None:
            return False
        options["value"] = answer
        return True

    kind = ImportKind(
        open_title=QCoreApplication.translate("ApplicationExchange", "Import applications"),
        busy=QCoreApplication.translate("ApplicationExchange", "Importing applications…"),
        field_labels=FIELD_LABELS,
        parse=subsidy_exchange.read_applications_file,
        preview=lambda session, table: subsidy_exchange.import_parsed_applications(
            session, _parsed(table), options["value"], dry_run=True
        ),
        write=lambda session, table, progress: subsidy_exchange.import_parsed_applications(
            session, _parsed(table), options["value"], on_progress=progress
        ),
        done=lambda report: QCoreApplication.translate(
            "ApplicationExchange",
            "Imported: {created} new and {updated} changed applications; {unchanged} were "
            "unchanged.",
        ).format(created=report.created, updated=report.updated, unchanged=report.unchanged),
        prepare=prepare,
    )
    return import_workbook(page, kind)


def run_applications_export(page: Page, records: Sequence[ApplicationRecord]) -> Path | None:
    """Write ``records`` (the list as shown on the page) to a workbook."""
    rows = list(records)
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("ApplicationExchange", "Export applications"),
        suggested_name=f"aanvragen-{format_date(local_today())}.xlsx",
        busy=QCoreApplication.translate("ApplicationExchange", "Exporting applications…"),
        write=lambda session, path: subsidy_exchange.export_applications(session, path, rows),
        done=lambda count, path: Counts().applications_written(count).format(path=str(path)),
    )


def run_allocation_export(page: Page, scheme: SchemeRecord) -> Path | None:
    """Write the allocation of ``scheme`` for the alderman's memo."""
    scheme_id = scheme.id
    if scheme_id is None:
        return None
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("ApplicationExchange", "Export allocation"),
        suggested_name=f"verdeling-{scheme.year}-{_file_part(scheme.name)}.xlsx",
        busy=QCoreApplication.translate("ApplicationExchange", "Exporting the allocation…"),
        write=lambda session, path: subsidy_exchange.export_allocation(session, scheme_id, path),
        done=lambda count, path: Counts().allocation_written(count).format(path=str(path)),
    )


def run_application_form(page: Page, scheme: SchemeRecord) -> Path | None:
    """Write an application-form workbook of ``scheme`` for volunteer organisations."""
    scheme_id = scheme.id
    if scheme_id is None:
        return None

    def write(session: Session, path: Path) -> int:
        subsidy_exchange.write_application_form(session, path, scheme_id)
        return 1

    return export_workbook(
        page,
        save_title=QCoreApplication.translate("ApplicationExchange", "Application form"),
        suggested_name=f"aanvraagformulier-{scheme.year}-{_file_part(scheme.name)}.xlsx",
        busy=QCoreApplication.translate("ApplicationExchange", "Writing the application form…"),
        write=write,
        done=lambda _count, path: QCoreApplication.translate(
            "ApplicationExchange", "The application form is written to {path}."
        ).format(path=str(path)),
    )
