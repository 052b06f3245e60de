"""Managing the reusable scoring scales: a name, a description and values with a descriptor each."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import format_number, parse_number
from ssb_desktop.records import ScaleRecord, ScaleValueRecord
from ssb_desktop.services.criteria import check_scale, list_scales, save_scale
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems, fetch, problem_text
from ssb_desktop.views.record_form import form_row
from ssb_desktop.views.unsaved import settle

VALUE, DESCRIPTOR = range(2)
# Steps offered to fill a scale: whole, even (0-2-4-6-8-10) and half steps.
STEPS = (Decimal(1), Decimal(2), Decimal("0.5"))


class ScalesDialog(QDialog):
    """The list of scales on the left, the chosen one's name, description and values on the right.

    Saving stores one scale and keeps the dialog open; Close leaves.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._can_edit = Permission.EDIT_PROCUREMENTS in permissions_of(db.actor.roles)
        self._scales: list[ScaleRecord] = []
        self._current = ScaleRecord(id=None, name="")
        self._loading = False
        self._dirty = False
        self._server_problems: dict[str, str] = {}
        self.setWindowTitle(self.tr("Scoring scales"))
        self.setStyleSheet(PROBLEM_STYLE)
        self._problems = FieldProblems()
        self._build()
        self.reload()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.scale_list = QListWidget()
        self.scale_list.setAccessibleName(self.tr("Scales"))
        self.scale_list.currentRowChanged.connect(self._on_scale_chosen)
        self.new_button = QPushButton(self.tr("&New scale"))
        self.new_button.clicked.connect(self.new_scale)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Scales")))
        left.addWidget(self.scale_list, 1)
        left.addWidget(self.new_button)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.textEdited.connect(lambda _text: self._on_edited("name"))
        self.name_problem = self._problems.register("name", self.name)
        form_row(form, self._problems, self.tr("N&ame"), "name")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.textChanged.connect(lambda: self._on_edited("description"))
        description_label = QLabel(self.tr("&Description"))
        description_label.setBuddy(self.description)
        form.addRow(description_label, self.description)

        self.values = QTableWidget(0, 2)
        self.values.setAccessibleName(self.tr("Values"))
        self.values.setHorizontalHeaderLabels([self.tr("Value"), self.tr("Descriptor")])
        self.values.verticalHeader().setVisible(False)
        self.values.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setTabKeyNavigation(False)
        header = self.values.horizontalHeader()
        header.resizeSection(VALUE, 80)
        header.setSectionResizeMode(DESCRIPTOR, QHeaderView.ResizeMode.Stretch)
        self.values.itemChanged.connect(lambda _item: self._on_edited("values"))
        self.values_problem = self._problems.register("values", self.values)

        self.add_value_button = QPushButton(self.tr("Add va&lue"))
        self.add_value_button.clicked.connect(self.add_value)
        self.remove_value_button = QPushButton(self.tr("&Remove value"))
        self.remove_value_button.clicked.connect(self.remove_value)
        self.fill_from = QDoubleSpinBox()
        self.fill_to = QDoubleSpinBox()
        for spin, caption in ((self.fill_from, self.tr("From")), (self.fill_to, self.tr("To"))):
            spin.setDecimals(1)
            spin.setRange(0, 100)
            spin.setSingleStep(0.5)
            spin.setAccessibleName(caption)
        self.fill_to.setValue(10)
        self.fill_step = QComboBox()
        self.fill_step.setAccessibleName(self.tr("Step"))
        for step in STEPS:
            self.fill_step.addItem(format_number(step), str(step))
        self.fill_step.setCurrentIndex(1)
        self.fill_button = QPushButton(self.tr("&Fill"))
        self.fill_button.setToolTip(
            self.tr("Replace the values by the steps from … to …; descriptors of values kept")
        )
        self.fill_button.clicked.connect(self.fill_values)
        value_buttons = QHBoxLayout()
        value_buttons.addWidget(self.add_value_button)
        value_buttons.addWidget(self.remove_value_button)
        value_buttons.addStretch(1)
        value_buttons.addWidget(QLabel(self.tr("From")))
        value_buttons.addWidget(self.fill_from)
        value_buttons.addWidget(QLabel(self.tr("to")))
        value_buttons.addWidget(self.fill_to)
        value_buttons.addWidget(QLabel(self.tr("step")))
        value_buttons.addWidget(self.fill_step)
        value_buttons.addWidget(self.fill_button)

        values_box = QGroupBox(self.tr("&Values, each with what it means"))
        values_layout = QVBoxLayout(values_box)
        values_layout.addWidget(self.values, 1)
        values_layout.addWidget(self.values_problem)
        values_layout.addLayout(value_buttons)

        self.save_button = QPushButton(self.tr("&Save scale"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.buttons)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(values_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(820, 520)

    # --- loading ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        scales = fetch(self, self.db, list_scales)
        if scales is None:
            return
        self._scales = scales
        self.scale_list.blockSignals(True)
        self.scale_list.clear()
        for scale in self._scales:
            item = QListWidgetItem(scale.name)
            item.setData(Qt.ItemDataRole.UserRole, scale.id)
            self.scale_list.addItem(item)
        self.scale_list.blockSignals(False)
        row = next(
            (number for number, scale in enumerate(self._scales) if scale.id == select_id), 0
        )
        if self._scales:
            self.scale_list.setCurrentRow(row)
            self._show(self._scales[row])
        else:
            self._show(ScaleRecord(id=None, name=""))

    def _show(self, record: ScaleRecord) -> None:
        self._loading = True
        try:
            self._current = record
            self.name.setText(record.name)
            self.description.setPlainText(record.description)
            self.values.setRowCount(0)
            for value in record.values:
                self._append_value(value.value, value.descriptor)
        finally:
            self._loading = False
        self._dirty = False
        self._server_problems.clear()
        self._refresh()

    def _append_value(self, value: Decimal | None, descriptor: str) -> int:
        row = self.values.rowCount()
        self.values.insertRow(row)
        number = QTableWidgetItem(format_number(value))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.values.setItem(row, VALUE, number)
        self.values.setItem(row, DESCRIPTOR, QTableWidgetItem(descriptor))
        return row

    def _on_scale_chosen(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._scales):
            return
        if self._scales[row].id == self._current.id:
            return
        chosen = self._scales[row].id
        if not self._confirm_discard():
            self.scale_list.blockSignals(True)
            self.scale_list.setCurrentRow(self._row_of(self._current.id))
            self.scale_list.blockSignals(False)
            return
        # Saving first reloads the list: find the chosen scale again.
        row = self._row_of(chosen)
        if row >= 0 and self._scales[row].id != self._current.id:
            self.scale_list.blockSignals(True)
            self.scale_list.setCurrentRow(row)
            self.scale_list.blockSignals(False)
            self._show(self._scales[row])

    def _row_of(self, scale_id: int | None) -> int:
        return next(
            (number for number, scale in enumerate(self._scales) if scale.id == scale_id), -1
        )

    def _confirm_discard(self) -> bool:
        """The forms' one question (Opslaan / Niet opslaan / Annuleren) before the scale being
        edited makes way for another: True when the way is clear."""
        return settle(
            self,
            self,
            self.tr("The changes to the scale {name} are not saved. Save them first?").format(
                name=self._current.name or self.tr("(new)")
            ),
        )

    def reject(self) -> None:
        """Esc, Sluiten and the window's close button ask first while a scale is unsaved (Qt's
        close event goes through here and keeps the dialog open when it stays shown)."""
        if self._confirm_discard():
            super().reject()

    # --- unsaved work (views/unsaved.py) -------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        """Niet opslaan: the caller shows another scale in place of the edited one."""
        self._dirty = False

    # --- editing ----------------------------------------------------------------------------

    def new_scale(self) -> None:
        if not self._confirm_discard():
            return
        self.scale_list.blockSignals(True)
        self.scale_list.clearSelection()
        self.scale_list.setCurrentRow(-1)
        self.scale_list.blockSignals(False)
        self._show(ScaleRecord(id=None, name=""))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_value(self) -> None:
        row = self._append_value(None, "")
        self.values.setCurrentCell(row, VALUE)
        self.values.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.values.item(row, VALUE)
        if item is not None:
            self.values.editItem(item)
        self._on_edited("values")

    def remove_value(self) -> None:
        row = self.values.currentRow()
        if row >= 0:
            self.values.removeRow(row)
            self._on_edited("values")

    def fill_values(self) -> None:
        """Replace the values by steps, keeping the descriptors of values that stay."""
        start = Decimal(str(self.fill_from.value()))
        end = Decimal(str(self.fill_to.value()))
        step = Decimal(str(self.fill_step.currentData()))
        if end < start:
            start, end = end, start
        known = {value: descriptor for value, descriptor, _row in self._rows() if value is not None}
        self._loading = True
        try:
            self.values.setRowCount(0)
            value = start
            while value <= end:
                self._append_value(value, known.get(value, ""))
                value += step
        finally:
            self._loading = False
        self._on_edited("values")

    def _rows(self) -> list[tuple[Decimal | None, str, int]]:
        """(value or None when unreadable, descriptor, row) of every row that is not empty."""
        found = []
        for row in range(self.values.rowCount()):
            value_item = self.values.item(row, VALUE)
            descriptor_item = self.values.item(row, DESCRIPTOR)
            value_text = value_item.text().strip() if value_item else ""
            descriptor = descriptor_item.text().strip() if descriptor_item else ""
            if not value_text and not descriptor:
                continue
            found.append((parse_number(value_text) if value_text else None, descriptor, row))
        return found

    def current_record(self) -> ScaleRecord:
        return ScaleRecord(
            id=self._current.id,
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            values=tuple(
                ScaleValueRecord(value, descriptor)
                for value, descriptor, _row in self._rows()
                if value is not None
            ),
            version=self._current.version,
        )

    def _on_edited(self, field: str) -> None:
        if self._loading:
            return
        self._dirty = True
        self._server_problems.pop(field, None)
        self.status.setText("")
        self._refresh()

    # --- validation -------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """The problems by field ("name", "values"), translated, one sentence per line."""
        found: dict[str, list[str]] = {}
        for value, _descriptor, row in self._rows():
            if value is None:
                found.setdefault("values", []).append(
                    self.tr("Row {row}: the value is not a number.").format(row=row + 1)
                )
        for problem in check_scale(self.current_record()):
            text = problem_text(problem)
            if text not in found.get(problem.field, []):
                found.setdefault(problem.field, []).append(text)
        for field, text in self._server_problems.items():
            found.setdefault(field, []).append(text)
        return {field: "\n".join(texts) for field, texts in found.items()}

    def _refresh(self) -> None:
        problems = self.problems()
        # A new, untouched scale is not yet wrong: it is empty.
        quiet = self._current.id is None and not self._dirty
        self._problems.show_all({} if quiet else problems)
        editable = self._can_edit
        for widget in (
            self.name,
            self.description,
            self.values,
            self.add_value_button,
            self.remove_value_button,
            self.fill_button,
            self.new_button,
        ):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable and self._dirty and not problems)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        self._refresh()
        if not self.save_button.isEnabled():
            return False
        saved = self._problems.store(
            self,
            self.db,
            lambda session: save_scale(session, self.current_record()),
            refused=self._refused,
            reload=lambda: self.reload(self._current.id),
            # A refusal this form has no field for is about the values as a whole.
            field_of=lambda field: field if field in ("name", "values") else "values",
        )
        if saved is None:
            return False
        self._dirty = False
        self.reload(saved.id)
        self.status.setText(self.tr("Saved {name}.").format(name=saved.name))
        return True

    def _refused(self, field: str, text: str) -> None:
        self._server_problems[field] = text
        self._refresh()
