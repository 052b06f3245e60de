"""The import dialog: column mapping, a preview of what would change, every problem listed;
nothing is written until the user presses Import and there are no problems."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.excel.reading import column_labels
from ssb_desktop.models.problem_columns import PROBLEM_COLUMNS, ProblemLine, problem_lines
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import ImportReport

IGNORE = ""


class ParsedTable(Protocol):
    """What the dialog needs to know of a parsed workbook."""

    @property
    def sheet(self) -> str: ...
    @property
    def header_row(self) -> int: ...
    @property
    def headers(self) -> list[str]: ...
    @property
    def mapping(self) -> dict[str, int]: ...
    @property
    def layout_key(self) -> str: ...


class ImportDialog(QDialog):
    """Shows a parsed workbook; ``reparse`` applies a changed mapping, ``preview`` dry-runs."""

    def __init__(
        self,
        file_name: str,
        parsed: ParsedTable,
        field_labels: Mapping[str, str],
        reparse: Callable[[dict[str, str]], ParsedTable | None],
        preview: Callable[[ParsedTable], ImportReport | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(1000, 700)
        self.parsed = parsed
        self.report: ImportReport | None = None
        self._field_labels = field_labels
        self._reparse = reparse
        self._preview = preview

        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self._file_name = file_name
        mapping_box = QGroupBox(self.tr("Columns of the workbook and what they hold"))
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the workbook"), self.tr("Field")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.apply_button = QPushButton(self.tr("&Apply mapping"))
        self.apply_button.clicked.connect(self._apply_mapping)
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        mapping_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.problem_model: RecordTableModel[ProblemLine] = RecordTableModel(
            PROBLEM_COLUMNS, parent=self
        )
        self.problem_view = QTableView()
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setSortingEnabled(True)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.verticalHeader().setDefaultSectionSize(22)
        self.problem_view.verticalHeader().setVisible(False)
        self.problem_view.setAccessibleName(self.tr("Problems and warnings"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(mapping_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(top, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_view, 3)
        layout.addWidget(self.buttons)
        self._show(parsed)

    # --- state ------------------------------------------------------------------------------

    def mapping_by_header(self) -> dict[str, str]:
        """Header text -> field name, as chosen in the table (empty fields ignored)."""
        chosen: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            header_item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if header_item is None or not isinstance(combo, QComboBox):
                continue
            field = combo.currentData()
            if field:
                chosen[header_item.text()] = str(field)
        return chosen

    def _show(self, parsed: ParsedTable) -> None:
        self.parsed = parsed
        self.source_label.setText(
            self.tr("{file}: sheet {sheet}, header found on row {row}.").format(
                file=self._file_name, sheet=parsed.sheet, row=parsed.header_row
            )
        )
        field_by_index = {index: name for name, index in parsed.mapping.items()}
        self.mapping_table.setRowCount(len(parsed.headers))
        # Unique labels: the second of two columns headed "Naam" shows (and maps) as "Naam (D)".
        labels = column_labels(parsed.headers)
        for row, header in enumerate(labels):
            item = QTableWidgetItem(header)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if row not in field_by_index and parsed.headers[row]:
                # Not read: said in words (tooltip, warning list) and in bold, not by colour.
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("No field reads this column; choose one to import it."))
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            combo.addItem(self.tr("— do not import —"), IGNORE)
            for name, label in self._field_labels.items():
                combo.addItem(QCoreApplication.translate("Fields", label), name)
            current = field_by_index.get(row)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            self.mapping_table.setCellWidget(row, 1, combo)
        self.report = self._preview(parsed)
        self._show_report()

    def _show_report(self) -> None:
        report = self.report
        if report is None:
            self.summary_label.setText(self.tr("The preview could not be made."))
            self.problem_model.set_rows([])
            self.import_button.setEnabled(False)
            return
        self.problem_model.set_rows(problem_lines(report.problems, report.warnings))
        if report.deleted:
            summary = self.tr(
                "{created} new, {updated} changed, {deleted} removed, {unchanged} unchanged; "
                "{warnings}, {problems}."
            )
        else:
            summary = self.tr(
                "{created} new, {updated} changed, {unchanged} unchanged; {warnings}, {problems}."
            )
        text = summary.format(
            created=report.created,
            updated=report.updated,
            deleted=report.deleted,
            unchanged=report.unchanged,
            warnings=self.tr("%n warnings", "", len(report.warnings)),
            problems=self.tr("%n problems", "", len(report.problems)),
        )
        changes = bool(report.created or report.updated or report.deleted)
        if report.problems:
            text += " " + self.tr(
                "Nothing can be imported until every problem is solved in the "
                "workbook or in the column mapping."
            )
        elif not changes:
            text += " " + self.tr("There is nothing to change.")
        self.summary_label.setText(text)
        self.import_button.setEnabled(not report.problems and changes)

    def _apply_mapping(self) -> None:
        parsed = self._reparse(self.mapping_by_header())
        if parsed is not None:
            self._show(parsed)
