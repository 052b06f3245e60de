"""The royal-decree days on the Administration page: days equated with public holidays by
royal decree (Algemene termijnenwet), which move the last day of a standstill period."""

from __future__ import annotations

import operator
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.models.record_table_model import Column
from ssb_desktop.records import ExtraHolidayRecord, Notice
from ssb_desktop.services.awards import (
    list_extra_holidays,
    remove_extra_holiday,
    save_extra_holiday,
)
from ssb_desktop.views import messages
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.record_form import RecordForm
from ssb_desktop.views.reference_tabs import ReferenceTableTab

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
        today = local_today()
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
        return self.day.value() or self.day.last_valid() or local_today()

    def save(self) -> None:
        if not self.ready():
            return
        record = ExtraHolidayRecord(None, self.chosen_day(), self.description.text())

        def store(session: Session) -> ExtraHolidayRecord:
            saved, self.notices = save_extra_holiday(session, record)
            return saved

        self.store(store)


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
