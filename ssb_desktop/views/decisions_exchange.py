"""The contract holder's decisions by file, on screen: export the decisions workbook of a
scheme, and import the filled-in workbook after a preview that lists every problem (nothing is
written until they are solved) and what would be recorded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.excel.decisions import ParsedDecisions, read_decisions
from ssb_desktop.i18n import translate_problem
from ssb_desktop.records import ImportReport, SchemeRecord
from ssb_desktop.services.subsidies import decisions
from ssb_desktop.views import messages
from ssb_desktop.views import organisation_exchange as files
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.organisation_exchange import export_workbook
from ssb_desktop.views.page import Page


def _file_part(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text).strip("-").lower()


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class DecisionsPreviewDialog(QDialog):
    """What importing the decisions would record, and every problem; Import works only when
    there is none."""

    def __init__(self, name: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import decisions from {name}").format(name=name))
        summary = QLabel(
            self.tr("{n} decisions to record; {unchanged} rows without a decision.").format(
                n=report.updated, unchanged=report.unchanged
            )
        )
        summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems and warnings"))
        self.problems.setWordWrap(True)
        where = self.tr("{sheet}, row {row}, {column}: {message}")
        for item in (*report.problems, *report.warnings):
            self.problems.addItem(
                where.format(
                    sheet=item.sheet,
                    row=item.row,
                    column=item.column,
                    message=translate_problem(item),
                )
            )
        heading = QLabel(
            self.tr("Problems: nothing is imported until they are solved")
            if report.problems
            else self.tr("No problems.")
        )
        heading.setBuddy(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setEnabled(not report.problems and report.updated > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(heading)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)


def run_decisions_export(page: Page, scheme: SchemeRecord) -> Path | None:
    """Write the decisions workbook of ``scheme`` for the organisation that decides on it."""
    scheme_id = scheme.id
    if scheme_id is None:
        return None
    return export_workbook(
        page,
        save_title=QCoreApplication.translate("DecisionsExchange", "Export decisions workbook"),
        suggested_name=f"besluiten-{scheme.year}-{_file_part(scheme.name)}.xlsx",
        busy=QCoreApplication.translate("DecisionsExchange", "Writing the decisions workbook…"),
        write=lambda session, path: decisions.export_decisions(session, scheme_id, path),
        done=lambda count, path: QCoreApplication.translate(
            "DecisionsExchange", "{n} applications to decide written to {path}."
        ).format(n=count, path=str(path)),
    )


def run_decisions_import(page: Page, scheme: SchemeRecord) -> ImportReport | None:
    """Read a filled-in decisions workbook of ``scheme``, preview it, and record it."""
    path = files.choose_open_path(
        page,
        page.settings.last_folder("import"),
        QCoreApplication.translate("DecisionsExchange", "Import decisions"),
    )
    if path is None or scheme.id is None:
        return None
    page.settings.set_last_folder("import", path.parent)
    scheme_id = scheme.id
    parsed: ParsedDecisions | None = page.call(lambda _s: read_decisions(path))
    if parsed is None:
        return None
    chosen = parsed
    preview = page.call(
        lambda s: decisions.import_parsed_decisions(s, chosen, scheme_id=scheme_id, dry_run=True)
    )
    if preview is None:
        return None
    dialog = DecisionsPreviewDialog(path.name, preview, page)
    try:
        if not exec_dialog(dialog):
            return None
    finally:
        dialog.deleteLater()
    report = page.call(lambda s: decisions.import_parsed_decisions(s, chosen, scheme_id=scheme_id))
    if report is None:
        return None
    messages.show_info(
        page,
        QCoreApplication.translate("DecisionsExchange", "Decisions imported"),
        Counts().decisions_recorded(report.updated),
    )
    return report
