"""Reference data on the Administration page besides users and districts: the themes that lots,
subsidy routing and the Dashboard follow, the dated table of European thresholds, and the
rule settings (standstill length, default notice period of options) the team shares."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError
from ssb_desktop.formatting import format_date, format_money, local_today, parse_money
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel
from ssb_desktop.records import (
    THRESHOLD_CATEGORY_LABELS,
    RuleSettings,
    ThemeRecord,
    ThresholdRecord,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import end_threshold, list_thresholds, save_threshold
from ssb_desktop.services.reference import (
    MAX_NOTICE_MONTHS,
    MAX_STANDSTILL_DAYS,
    list_theme_records,
    remove_theme,
    rule_settings,
    save_rule_settings,
    save_theme,
)
from ssb_desktop.views import messages
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems, fetch
from ssb_desktop.views.record_form import RecordForm

R = TypeVar("R")


def _category(category: str) -> str:
    label = THRESHOLD_CATEGORY_LABELS.get(category)
    return QCoreApplication.translate("ThresholdCategory", label) if label else category


THEME_COLUMNS: tuple[Column[ThemeRecord], ...] = (
    Column(N_("Columns", "Name"), operator.attrgetter("name")),
    Column(N_("Columns", "Active"), operator.attrgetter("active")),
    Column(N_("Columns", "Lots"), operator.attrgetter("lot_count"), alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Subsidy schemes"), operator.attrgetter("scheme_count"), alignment=ALIGN_RIGHT
    ),
    Column(N_("Columns", "Description"), operator.attrgetter("description")),
)
THRESHOLD_COLUMNS: tuple[Column[ThresholdRecord], ...] = (
    Column(N_("Columns", "Kind of contract"), operator.attrgetter("category"), format=_category),
    Column(N_("Columns", "Valid from"), operator.attrgetter("valid_from")),
    Column(N_("Columns", "Valid until"), operator.attrgetter("valid_until")),
    Column(
        N_("Columns", "Amount excl. VAT"),
        operator.attrgetter("amount"),
        format=format_money,
        alignment=ALIGN_RIGHT,
    ),
)


def run_dialog(dialog: QDialog) -> int:
    """Seam for tests: show a form modally; the form saves itself before it closes."""
    return dialog.exec()


def _reference_form(
    dialog: RecordForm[Any], rows: Sequence[tuple[str, str, QWidget]]
) -> QFormLayout:
    """The shape of a small reference-data form: ``rows`` of (field, caption, widget) above
    Save and Cancel; returns the form layout (for rows without a problem, e.g. a check box)."""
    form = QFormLayout()
    dialog.add_rows(form, rows)
    # A literal context: self.tr() would look under the subclass's name at run time.
    dialog.lay_out(form, dialog.save_buttons(QCoreApplication.translate("ReferenceForm", "&Save")))
    dialog.setMinimumWidth(440)
    return form


class ThemeDialog(RecordForm[ThemeRecord]):
    """Add or rename a theme, or archive it (clear Active); the name must be unique."""

    def __init__(
        self, db: Database, theme: ThemeRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Edit theme") if theme else self.tr("New theme"))
        self._theme = theme
        self.name = QLineEdit(theme.name if theme else "")
        self.name.setMaxLength(100)
        self.description = QLineEdit(theme.description if theme else "")
        self.active = QCheckBox(self.tr("Ac&tive: can be chosen for new lots and schemes"))
        self.active.setChecked(theme.active if theme else True)
        form = _reference_form(
            self,
            (
                ("name", self.tr("&Name"), self.name),
                ("description", self.tr("&Description"), self.description),
            ),
        )
        form.addRow(self.active)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if not self.ready():
            return
        theme = self._theme
        record = ThemeRecord(
            id=theme.id if theme else None,
            name=self.name.text(),
            description=self.description.text(),
            active=self.active.isChecked(),
            version=theme.version if theme else 0,
        )
        self.store(lambda session: save_theme(session, record))


class ThresholdDialog(RecordForm[ThresholdRecord]):
    """Add or change one dated threshold; an overlapping period is refused under the date."""

    def __init__(
        self, db: Database, threshold: ThresholdRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Edit threshold") if threshold else self.tr("New threshold"))
        self._threshold = threshold
        self.category = QComboBox()
        for key in THRESHOLD_CATEGORY_LABELS:
            self.category.addItem(_category(key), key)
        if threshold is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(threshold.category)))
        self.valid_from = DateField(threshold.valid_from if threshold else local_today())
        # The end may stay empty (until further notice); a date typed there must be valid.
        self.valid_until = DateField(threshold.valid_until if threshold else None, optional=True)
        self.valid_until.edit.setPlaceholderText(self.tr("empty: until further notice"))
        self.amount = QLineEdit(format_money(threshold.amount) if threshold else "")
        _reference_form(
            self,
            (
                ("category", self.tr("&Kind of contract"), self.category),
                ("valid_from", self.tr("Valid &from"), self.valid_from),
                ("valid_until", self.tr("Valid &until"), self.valid_until),
                ("amount", self.tr("&Amount excluding VAT"), self.amount),
            ),
        )
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> dict[str, str]:
        if parse_money(self.amount.text()) is None:
            return {"amount": self.tr("Enter the amount in euros, e.g. 221.000,00.")}
        return {}

    def save(self) -> None:
        if not self.ready():
            return
        amount, start = parse_money(self.amount.text()), self.valid_from.value()
        assert amount is not None and start is not None  # ready(): checked and valid
        old = self._threshold
        record = ThresholdRecord(
            id=old.id if old else None,
            category=str(self.category.currentData()),
            valid_from=start,
            valid_until=self.valid_until.value(),
            amount=Decimal(amount),
            version=old.version if old else 0,
        )
        self.store(lambda session: save_threshold(session, record))


class EndThresholdDialog(RecordForm[ThresholdRecord]):
    """End one threshold period: the last day it is valid (e.g. the day before the
    Commission's new amounts start). An end before its start is refused under the date."""

    def __init__(
        self, db: Database, threshold: ThresholdRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("End threshold period"))
        self._threshold = threshold
        # Today, or the end it has now: the usual moment to end a period is when the next
        # one is known.
        self.valid_until = DateField(threshold.valid_until or local_today())
        form = _reference_form(
            self, (("valid_until", self.tr("&Last day valid"), self.valid_until),)
        )
        form.insertRow(
            0,
            QLabel(
                self.tr("{kind}, {amount}, valid from {start}.").format(
                    kind=_category(threshold.category),
                    amount=format_money(threshold.amount),
                    start=format_date(threshold.valid_from),
                )
            ),
        )
        self.valid_until.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if not self.ready():
            return
        last_day, old = self.valid_until.value(), self._threshold
        assert last_day is not None and old.id is not None  # ready(): a valid date
        self.store(lambda session: end_threshold(session, old.id or 0, last_day, old.version))


class ReferenceTableTab(QWidget, Generic[R]):
    """A table of reference records with Add and Edit (administrators only)."""

    def __init__(
        self,
        db: Database,
        columns: Sequence[Column[R]],
        name: str,
        buttons: Sequence[str],
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.model: RecordTableModel[R] = RecordTableModel(columns, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().resizeSection(0, 260)
        self.buttons = [QPushButton(text) for text in buttons]
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.view.activated.connect(lambda _i: self.edit() if self.may_edit() else None)
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(note)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def may_edit(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def update_buttons(self) -> None:
        may, chosen = self.may_edit(), self.selected() is not None
        for index, button in enumerate(self.buttons):
            button.setEnabled(may and (index == 0 or chosen))

    def selected(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select(self, key: Any) -> None:
        index = self.model.index_for_key(key)
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def load(self, session: Session) -> list[R]:
        raise NotImplementedError

    def dialog(self, record: R | None) -> RecordForm[R]:
        raise NotImplementedError

    def reload(self) -> None:
        chosen = self.selected()
        rows = fetch(self, self.db, self.load)
        if rows is None:
            return
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(getattr(chosen, "id", None))
        self.update_buttons()

    def add(self) -> R | None:
        return self._open(None)

    def edit(self) -> R | None:
        record = self.selected()
        return None if record is None else self._open(record)

    def remove_selected(
        self, title: str, question: str, confirm_text: str, remove: Callable[[Session, R], None]
    ) -> bool:
        """Ask ``question`` and remove the chosen record with ``remove``; a refusal (in use,
        changed by someone else) is shown and the list reloaded."""
        record = self.selected()
        if record is None or not self.may_edit():
            return False
        if not messages.confirm(self, title, question, destructive=True, confirm_text=confirm_text):
            return False
        try:
            with self.db.transaction() as session:
                remove(session, record)
        except AppError as error:
            messages.show_error(self, error)
            self.reload()
            return False
        self.reload()
        return True

    def _open(self, record: R | None) -> R | None:
        if not self.may_edit():
            return None
        return self.run_form(self.dialog(record))

    def run_form(self, dialog: RecordForm[R]) -> R | None:
        """Show ``dialog`` (it saves itself); the list then shows the saved record."""
        try:
            run_dialog(dialog)
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved is not None:
            self.reload()
            self.select(getattr(saved, "id", None))
        return saved


class ThemesTab(ReferenceTableTab[ThemeRecord]):
    """The municipality's themes: add, rename, archive; delete only one nothing uses."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            THEME_COLUMNS,
            QCoreApplication.translate("ThemesTab", "Themes"),
            [
                QCoreApplication.translate("ThemesTab", "Add t&heme…"),
                QCoreApplication.translate("ThemesTab", "Edit th&eme…"),
                QCoreApplication.translate("ThemesTab", "De&lete theme…"),
            ],
            QCoreApplication.translate(
                "ThemesTab",
                "Lots, subsidy schemes, the contract holder who decides on a scheme and the "
                "Dashboard follow these themes. A theme that lots or schemes use is never "
                "deleted: clear Active to archive it, and it stays on the records that have it.",
            ),
            parent,
        )
        self.add_button, self.edit_button, self.delete_button = self.buttons
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        chosen = self.selected()
        self.delete_button.setEnabled(self.may_edit() and chosen is not None and not chosen.in_use)

    def load(self, session: Session) -> list[ThemeRecord]:
        return list_theme_records(session)

    def dialog(self, record: ThemeRecord | None) -> RecordForm[ThemeRecord]:
        return ThemeDialog(self.db, record, self)

    def delete(self) -> bool:
        theme = self.selected()
        if theme is None or theme.id is None:
            return False
        return self.remove_selected(
            self.tr("Delete theme"),
            self.tr("Delete theme {name}? No lot or subsidy scheme uses it.").format(
                name=theme.name
            ),
            self.tr("Delete"),
            lambda session, chosen: remove_theme(session, chosen.id or 0, chosen.version),
        )


class ThresholdsTab(ReferenceTableTab[ThresholdRecord]):
    """The dated European thresholds that the threshold advice on a procurement reads."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            THRESHOLD_COLUMNS,
            QCoreApplication.translate("ThresholdsTab", "European thresholds"),
            [
                QCoreApplication.translate("ThresholdsTab", "Add thres&hold…"),
                QCoreApplication.translate("ThresholdsTab", "Edit thr&eshold…"),
                QCoreApplication.translate("ThresholdsTab", "E&nd period…"),
            ],
            QCoreApplication.translate(
                "ThresholdsTab",
                "The European Commission sets new amounts every two years. Add the new period "
                "here, after ending the current one; periods of one kind of contract may not "
                "overlap. The advice on a procurement uses the amount valid on its "
                "publication date.",
            ),
            parent,
        )
        self.add_button, self.edit_button, self.end_button = self.buttons
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.end_button.clicked.connect(self.end)
        self.update_buttons()

    def load(self, session: Session) -> list[ThresholdRecord]:
        return list_thresholds(session)

    def end(self) -> ThresholdRecord | None:
        """Ask the last day of the chosen period and end it there."""
        record = self.selected()
        if record is None or not self.may_edit():
            return None
        return self.run_form(EndThresholdDialog(self.db, record, self))

    def dialog(self, record: ThresholdRecord | None) -> RecordForm[ThresholdRecord]:
        return ThresholdDialog(self.db, record, self)


class RuleSettingsTab(QWidget):
    """The standstill length and the default notice period, stored in the database so that
    everyone on it works with the same rules."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setStyleSheet(PROBLEM_STYLE)
        self.standstill_days = QSpinBox()
        self.standstill_days.setRange(1, MAX_STANDSTILL_DAYS)
        self.standstill_days.setSuffix(self.tr(" days"))
        self.notice_months = QSpinBox()
        self.notice_months.setRange(0, MAX_NOTICE_MONTHS)
        self.notice_months.setSuffix(self.tr(" months"))
        self.problems = FieldProblems()
        self.problems.register("standstill_days", self.standstill_days)
        self.problems.register("notice_months", self.notice_months)
        form = QFormLayout()
        for field, text in (
            ("standstill_days", self.tr("&Standstill period")),
            ("notice_months", self.tr("Default &notice period of options")),
        ):
            caption = QLabel(text)
            caption.setBuddy(self.problems.widgets[field])
            form.addRow(caption, self.problems.holder(field))
        self.save_button = QPushButton(self.tr("Save se&ttings"))
        self.save_button.clicked.connect(self.save)
        hint = QLabel(
            self.tr(
                "The standstill period starts the day after the award decision is sent (by law "
                "20 calendar days). The notice period is how long before the end of a term an "
                "extension option must be decided; a new contract starts with it. Award "
                "decisions and contracts made already keep the values they were made with."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)

    def may_edit(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def reload(self) -> None:
        current = fetch(self, self.db, rule_settings)
        if current is None:
            return
        self.standstill_days.setValue(current.standstill_days)
        self.notice_months.setValue(current.notice_months)
        for widget in (self.standstill_days, self.notice_months, self.save_button):
            widget.setEnabled(self.may_edit())

    def save(self) -> RuleSettings | None:
        if not self.may_edit():
            return None
        self.problems.clear()
        wanted = RuleSettings(self.standstill_days.value(), self.notice_months.value())
        saved = self.problems.store(
            self,
            self.db,
            lambda session: save_rule_settings(session, wanted),
            refused=lambda field, text: self.problems.show(field, text),
            reload=None,
        )
        if saved is not None:
            messages.show_info(self, self.tr("Settings saved"), self.tr("The rules use them now."))
        return saved
