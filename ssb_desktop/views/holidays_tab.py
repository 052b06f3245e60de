"""The royal-decree days on the Administration page: days equated with public holidays by
royal decree (Algemene termijnenwet), which move the last day of a standstill period."""

from __future__ import annotations

import operator
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, ConflictError
from ssb_desktop.formatting import format_date
from ssb_desktop.models.record_table_model import Column, RecordTableModel
from ssb_desktop.records import ExtraHolidayRecord, Notice
from ssb_desktop.services.awards import (
    list_extra_holidays,
    remove_extra_holiday,
    save_extra_holiday,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.views import messages
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.record_form import RecordForm

_WEEKDAYS = (
    N_("Weekday", "Monday"),
    N_("Weekday", "Tuesday"),
    N_("Weekday", "Wednesday"),
    N_("Weekday", "Thursday"),
    N_("Weekday", "Friday"),
    N_("Weekday", "Saturday"),
    N_("Weekday", "Sunday"),
)


def weekday_name(day: date) -> str:
    return QCoreApplication.translate("Weekday", _WEEKDAYS[day.weekday()])


HOLIDAY_COLUMNS: tuple[Column[ExtraHolidayRecord], ...] = (
    Column(N_("Columns", "Date"), operator.attrgetter("day")),
    Column(N_("Columns", "Weekday"), operator.attrgetter("day"), format=weekday_name),
    Column(N_("Columns", "Description"), operator.attrgetter("description")),
)


def run_dialog(dialog: QDialog) -> int:
    """Seam for tests: show the form modally; it saves itself before it closes."""
    return dialog.exec()


def notice_text(notice: Notice) -> str:
    return QCoreApplication.translate(notice.context, notice.message).format(**notice.params)


class HolidayDialog(RecordForm[ExtraHolidayRecord]):
    """Add one royal-decree day: the date and what the decree is about."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.notices: list[Notice] = []
        self.setWindowTitle(self.tr("Add royal-decree day"))
        today = date.today()
        self.day = DateField(today)
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("e.g. Friday after Ascension Day"))
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("day", self.tr("&Date"), self.day),
                ("description", self.tr("De&scription"), self.description),
            ),
        )
        buttons = self.save_buttons(self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_day(self) -> date:
        return self.day.value() or self.day.last_valid() or date.today()

    def save(self) -> None:
        if not self.ready():
            return
        record = ExtraHolidayRecord(None, self.chosen_day(), self.description.text())

        def store(session: Session) -> ExtraHolidayRecord:
            saved, self.notices = save_extra_holiday(session, record)
            return saved

        self.store(store)


class HolidaysTab(QWidget):
    """The table of royal-decree days with Add and Remove (administrators only)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model: RecordTableModel[ExtraHolidayRecord] = RecordTableModel(
            HOLIDAY_COLUMNS, parent=self
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Royal-decree days"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().resizeSection(0, 110)
        self.view.horizontalHeader().resizeSection(1, 110)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.add_button = QPushButton(self.tr("Add &day…"))
        self.remove_button = QPushButton(self.tr("Re&move day…"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        hint = QLabel(
            self.tr(
                "Days equated with public holidays by royal decree (Algemene termijnenwet). A "
                "standstill period that would end on such a day ends on the next working day. "
                "The holidays of the Algemene termijnenwet itself are known to the program."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.update_buttons()

    def may_edit(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def update_buttons(self) -> None:
        self.add_button.setEnabled(self.may_edit())
        self.remove_button.setEnabled(self.may_edit() and self.selected() is not None)

    def selected(self) -> ExtraHolidayRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select(self, holiday_id: int | None) -> None:
        index = self.model.index_for_key(holiday_id)
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    def reload(self) -> None:
        try:
            with self.db.transaction() as session:
                days = list_extra_holidays(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.model.set_rows(days)
        self.update_buttons()

    def add_day(self) -> ExtraHolidayRecord | None:
        if not self.may_edit():
            return None
        dialog = HolidayDialog(self.db, self)
        try:
            run_dialog(dialog)
            saved, notices = dialog.saved, dialog.notices
        finally:
            dialog.deleteLater()
        if saved is None:
            return None
        self.reload()
        self.select(saved.id)
        if notices:
            messages.show_info(
                self,
                self.tr("Royal-decree day added"),
                "\n\n".join(notice_text(notice) for notice in notices),
            )
        return saved

    def remove_day(self) -> bool:
        record = self.selected()
        if record is None or record.id is None or not self.may_edit():
            return False
        if not messages.confirm(
            self,
            self.tr("Remove royal-decree day"),
            self.tr(
                "Remove {day} ({description}) from the royal-decree days? Standstill periods "
                "decided already keep their last day."
            ).format(day=format_date(record.day), description=record.description or "-"),
            destructive=True,
            confirm_text=self.tr("Remove"),
        ):
            return False
        holiday_id, version = record.id, record.version
        try:
            with self.db.transaction() as session:
                remove_extra_holiday(session, holiday_id, version)
        except ConflictError as error:
            messages.show_error(self, error)
            self.reload()
            return False
        except AppError as error:
            messages.show_error(self, error)
            return False
        self.reload()
        return True
