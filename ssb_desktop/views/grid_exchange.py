"""Scoring grids in Excel and the evaluation dossier from the Evaluation page: three toolbar
actions, and the preview of a grid import (new, changed, unchanged per cell; every problem)
that the user confirms before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.i18n import translate_message, translate_notice, translate_problem
from ssb_desktop.records import HouseStyleRecord, LotRecord, MinutesContent
from ssb_desktop.services import dossier, scoring_grids
from ssb_desktop.services.scoring_grids import CELL_CHANGE_LABELS, CellChange, GridImportPlan
from ssb_desktop.views import messages
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.page import EXPORT_KEYS, IMPORT_KEYS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ssb_desktop.views.page import Page

CONTEXT = "GridExchange"


def _score(value: object) -> str:
    if value is None:
        return ""
    text = format(value, "f") if not isinstance(value, str) else value
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


# --- seams for tests --------------------------------------------------------------------------


def choose_folder(parent: QWidget, title: str) -> str:
    """Seam for tests: a folder chosen by the user ("" when cancelled)."""
    return QFileDialog.getExistingDirectory(parent, title)


def choose_grid_files(parent: QWidget) -> list[str]:
    """Seam for tests: the returned grids chosen by the user (empty when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("GridExchange", "Import scoring grids"),
        "",
        QCoreApplication.translate("GridExchange", "Excel workbooks (*.xlsx)"),
    )
    return list(names)


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def render_minutes(
    path: Path, content: MinutesContent, style: HouseStyleRecord | None = None
) -> Path:
    """The minutes as PDF (documents/minutes.py) in the house style's template, for the
    dossier."""
    from ssb_desktop.documents.minutes import write_minutes_pdf

    return write_minutes_pdf(path, content, style)


# --- the preview ------------------------------------------------------------------------------


class GridImportDialog(QDialog):
    """What importing the chosen grids would do, per cell, and every problem; the Import
    button works only for a valid plan, and replacing scores entered in the program needs
    the check box."""

    COLUMN_COUNT = 8

    def __init__(self, plan: GridImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import scoring grids"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr(
                "{files} files: {new} new, {changed} changed and {unchanged} unchanged scores; "
                "{empty} cells left empty."
            ).format(
                files=len(plan.files),
                new=plan.count(CellChange.NEW),
                changed=plan.count(CellChange.CHANGED),
                unchanged=plan.count(CellChange.UNCHANGED),
                empty=plan.count(CellChange.EMPTY),
            )
        )
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        for file_plan in plan.files:
            for problem in file_plan.problems:
                text = translate_problem(problem)
                if file_plan.name not in text:
                    text = f"{file_plan.name}: {text}"
                self.problems.addItem(text)
        problems_label = QLabel(
            self.tr("Problems: nothing is imported until they are solved")
            if plan.problems
            else self.tr("No problems.")
        )
        problems_label.setBuddy(self.problems)
        self.table = QTableWidget(0, self.COLUMN_COUNT)
        self.table.setAccessibleName(self.tr("Scores per cell"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Cell"),
                self.tr("Evaluator"),
                self.tr("Bid"),
                self.tr("Criterion"),
                self.tr("Change"),
                self.tr("Score"),
                self.tr("Now"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setTabKeyNavigation(False)
        shown = [
            (file_plan, cell)
            for file_plan in plan.files
            for cell in file_plan.cells
            if cell.change is not CellChange.EMPTY
        ]
        self.table.setRowCount(len(shown))
        for row, (file_plan, cell) in enumerate(shown):
            change = QCoreApplication.translate("CellChange", CELL_CHANGE_LABELS[cell.change])
            if cell.overwrites_screen:
                change += " " + self.tr("(entered in the program)")
            values = (
                file_plan.name,
                cell.cell,
                file_plan.evaluator_name,
                cell.bid_label,
                cell.criterion_title,
                change,
                _score(cell.score),
                _score(cell.current_score),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setToolTip(cell.motivation)
                self.table.setItem(row, column, item)
        for column, width in enumerate((200, 110, 130, 200, 200, 170, 60, 60)):
            self.table.horizontalHeader().resizeSection(column, width)
        overwrites = plan.screen_overwrites
        self.overwrite = QCheckBox(
            self.tr("Replace the {n} scores that were entered in the program").format(
                n=len(overwrites)
            )
        )
        self.overwrite.setVisible(bool(overwrites))
        self.overwrite.toggled.connect(lambda _on: self._update())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.buttons)
        self.resize(1100, 650)
        self._update()

    def _update(self) -> None:
        allowed = self.plan.valid and (
            not self.plan.screen_overwrites or self.overwrite.isChecked()
        )
        self.import_button.setEnabled(allowed)
        self.import_button.setDefault(allowed)

    @property
    def overwrite_screen(self) -> bool:
        return self.overwrite.isChecked()


# --- the actions ------------------------------------------------------------------------------


def run_grid_export(page: Page, lot: LotRecord) -> list[Path]:
    """Write the committee's grids into a chosen folder; tell who got none and why."""
    folder = choose_folder(
        page, QCoreApplication.translate("GridExchange", "Folder for the scoring grids")
    )
    if not folder or lot.id is None:
        return []
    lot_id = lot.id
    export = page.call(lambda s: scoring_grids.export_grids_report(s, lot_id, Path(folder)))
    if export is None:
        return []
    lines = [Counts().grids_written(len(export.paths)).format(folder=folder)]
    for notice in export.skipped:
        lines.append(translate_message(notice.context, notice.message, notice.params))
    messages.show_info(
        page, QCoreApplication.translate("GridExchange", "Scoring grids exported"), "\n".join(lines)
    )
    return list(export.paths)


def run_grid_import(page: Page, lot: LotRecord) -> bool:
    """Read returned grids, show the preview and import them when the user confirms."""
    names = choose_grid_files(page)
    if not names or lot.id is None:
        return False
    lot_id = lot.id
    paths = [Path(name) for name in names]
    plan = page.call(lambda s: scoring_grids.read_grid_files(s, paths, lot_id=lot_id))
    if plan is None:
        return False
    dialog = GridImportDialog(plan, page)
    try:
        if not exec_dialog(dialog):
            return False
        overwrite = dialog.overwrite_screen
    finally:
        dialog.deleteLater()
    report = page.call(
        lambda s: scoring_grids.apply_grid_import(s, plan, overwrite_screen=overwrite)
    )
    if report is None:
        return False
    messages.show_info(
        page,
        QCoreApplication.translate("GridExchange", "Scoring grids imported"),
        QCoreApplication.translate(
            "GridExchange",
            "Imported: {created} new and {updated} changed scores; {unchanged} unchanged.",
        ).format(created=report.created, updated=report.updated, unchanged=report.unchanged),
    )
    return True


def run_dossier(page: Page, lot: LotRecord) -> Path | None:
    """Write the lot's evaluation dossier (a zip) into a chosen folder."""
    folder = choose_folder(
        page, QCoreApplication.translate("GridExchange", "Folder for the evaluation dossier")
    )
    if not folder or lot.id is None:
        return None
    lot_id = lot.id
    from ssb_desktop.documents.award_letter import dossier_letter_renderer, timeline_text
    from ssb_desktop.services.house_style import get_house_style

    def write(s: Session) -> Path:
        style = get_house_style(s)
        return dossier.write_dossier(
            s,
            lot_id,
            Path(folder),
            render_minutes=lambda path, content: render_minutes(path, content, style),
            translate=translate_message,
            render_letters=dossier_letter_renderer(style),
            event_text=timeline_text,
            describe=translate_notice,
        )

    archive = page.call(write)
    if archive is not None:
        messages.show_info(
            page,
            QCoreApplication.translate("GridExchange", "Dossier made"),
            QCoreApplication.translate(
                "GridExchange", "The evaluation dossier of lot {lot} was written to {path}."
            ).format(lot=lot.label, path=str(archive)),
        )
    return archive


def add_grid_actions(
    page: Page,
    toolbar: QToolBar,
    current_lot: Callable[[], LotRecord | None],
    changed: Callable[[], None],
) -> list[QAction]:
    """Add the three actions to ``toolbar``; they work on ``current_lot()`` and call
    ``changed()`` after an import wrote scores."""

    def export() -> None:
        lot = current_lot()
        if lot is not None:
            run_grid_export(page, lot)

    def import_() -> None:
        lot = current_lot()
        if lot is not None and run_grid_import(page, lot):
            changed()

    def make_dossier() -> None:
        lot = current_lot()
        if lot is not None:
            run_dossier(page, lot)

    actions = [
        page._action(
            QCoreApplication.translate("GridExchange", "Export scoring grids…"), export, EXPORT_KEYS
        ),
        page._action(
            QCoreApplication.translate("GridExchange", "Import scoring grids…"),
            import_,
            IMPORT_KEYS,
        ),
        page._action(QCoreApplication.translate("GridExchange", "Make the dossier…"), make_dossier),
    ]
    toolbar.addSeparator()
    toolbar.addActions(actions)
    return actions
