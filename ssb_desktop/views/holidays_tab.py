"""The royal-decree days on the Administration page: days equated with public holidays by
royal decree (Algemene termijnenwet), which move the last day of a standstill period."""

from __future__ import annotations

import operator
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_date
from ssb_desktop.models.record_table_model import Column
from ssb_desktop.records import ExtraHolidayRecord, Notice
from ssb_desktop.services.awards import (
    list_extra_holidays,
    remove_extra_holiday,
    save_extra_holiday,
)
from ssb_desktop.views import messages
from ssb_desktop.views.date_field import DateField, all_dates_valid
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems
from ssb_desktop.views.reference_tabs import ReferenceTableTab
from ssb_desktop.views.unsaved import guard_unsaved_changes

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


class HolidayDialog(QDialog):
    """Add one royal-decree day: the date and what the decree is about."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard_unsaved_changes(self)  # Esc and close ask before changes go
        self.db = db
        self.saved: ExtraHolidayRecord | None = None
        self.notices: list[Notice] = []
        self.setWindowTitle(self.tr("Add royal-decree day"))
        self.setStyleSheet(PROBLEM_STYLE)
        today = date.today()
        self.day = DateField(today)
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(self.tr("e.g. Friday after Ascension Day"))
        self._problems = FieldProblems()
        self._problems.register("day", self.day)
        self._problems.register("description", self.description)
        self.day.dateChanged.connect(lambda _d: self._problems.show("day", None))
        form = QFormLayout()
        for field, text in (("day", self.tr("&Date")), ("description", self.tr("De&scription"))):
            caption = QLabel(text)
            caption.setBuddy(self._problems.widgets[field])
            form.addRow(caption, self._problems.holder(field))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_day(self) -> date:
        return self.day.value() or self.day.last_valid() or date.today()

    def problem(self, field: str) -> str:
        return self._problems.text(field, self)

    def save(self) -> None:
        if not all_dates_valid(self):
            return
        record = ExtraHolidayRecord(None, self.chosen_day(), self.description.text())
        stored = self._problems.store(
            self,
            self.db,
            lambda session: save_extra_holiday(session, record),
            refused=self._refused,
            reload=None,
        )
        if stored is None:
            return
        self.saved, self.notices = stored
        self.accept()

    def _refused(self, field: str, text: str) -> None:
        self._problems.show(field, text)
        self._problems.focus(field)


class HolidaysTab(ReferenceTableTab[ExtraHolidayRecord]):
    """The table of royal-decree days with Add and Remove (administrators only)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            HOLIDAY_COLUMNS,
            QCoreApplication.translate("HolidaysTab", "Royal-decree days"),
            [
                QCoreApplication.translate("HolidaysTab", "Add &day…"),
                QCoreApplication.translate("HolidaysTab", "Re&move day…"),
            ],
            QCoreApplication.translate(
                "HolidaysTab",
                "Days equated with public holidays by royal decree (Algemene termijnenwet). A "
                "standstill period that would end on such a day ends on the next working day. "
                "The holidays of the Algemene termijnenwet itself are known to the program.",
            ),
            parent,
        )
        self.view.horizontalHeader().resizeSection(0, 110)
        self.view.horizontalHeader().resizeSection(1, 110)
        self.add_button, self.remove_button = self.buttons
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_day)
        self.update_buttons()

    def load(self, session: Session) -> list[ExtraHolidayRecord]:
        return list_extra_holidays(session)

    def edit(self) -> ExtraHolidayRecord | None:
        return None  # a day is added or removed, never edited

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
        if record is None or record.id is None:
            return False
        return self.remove_selected(
            self.tr("Remove royal-decree day"),
            self.tr(
                "Remove {day} ({description}) from the royal-decree days? Standstill periods "
                "decided already keep their last day."
            ).format(day=format_date(record.day), description=record.description or "-"),
            self.tr("Remove"),
            lambda session, chosen: remove_extra_holiday(session, chosen.id or 0, chosen.version),
        )
