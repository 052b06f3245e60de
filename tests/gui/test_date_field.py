"""One date field: typed dd-mm-jjjj (also d-m-jj and ddmmjjjj), a calendar, problems inline,
never silently changed; the award dialog's "Verzonden op" takes what is typed."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QTableView, QVBoxLayout
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.services import awards
from ssb_desktop.views.award_dialog import AwardDialog
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.date_field import (
    DateField,
    all_dates_valid,
    parse_typed_date,
    parse_typed_time,
)
from tests.gui.conftest import Boxes
from tests.gui.test_awards_page import (  # noqa: F401 - fixtures
    Dialogs,
    dialogs,
    page,
    scored,
)


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QDialog, DateField]:
    dialog = QDialog()
    field = DateField(date(2026, 1, 15))
    other = QLineEdit()  # somewhere to move the focus to
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog, field


def _type(field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    QTest.keyClicks(field.edit, text)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("26-05-2029", "26-05-2029"),
        ("26-5-29", "26-05-2029"),
        ("26052029", "26-05-2029"),
        ("1/2/2027", "01-02-2027"),
    ],
)
def test_a_typed_date_is_read_as_typed_and_written_out_in_full(
    form: tuple[QDialog, DateField], typed: str, shown: str
) -> None:
    _dialog, field = form

    _type(field, typed)
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)

    assert field.text() == shown
    day, month, year = (int(part) for part in shown.split("-"))
    assert field.value() == date(year, month, day)
    assert not field.problem.isVisible()


def test_a_date_that_does_not_exist_is_named_and_left_as_typed(
    form: tuple[QDialog, DateField],
) -> None:
    dialog, field = form
    changed: list[object] = []
    field.dateChanged.connect(changed.append)

    _type(field, "31-02-2029")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)

    assert field.text() == "31-02-2029"  # never silently changed
    assert field.value() is None
    assert field.problem.isVisible()
    assert "31-02-2029 is not a date" in field.problem.text()
    assert field.edit.accessibleDescription() == field.problem.text()
    assert changed == []
    assert not all_dates_valid(dialog)
    assert field.edit.hasFocus()

    _type(field, "28-02-2029")
    assert not field.problem.isVisible()
    assert all_dates_valid(dialog)
    # While typing, "28-02-20" is a date too (d-m-yy); what counts is the last one.
    assert changed[-1] == QDate(2029, 2, 28)


def test_f4_opens_the_calendar_and_enter_takes_the_day(form: tuple[QDialog, DateField]) -> None:
    _dialog, field = form
    field.edit.setFocus()

    QTest.keyClick(field.edit, Qt.Key.Key_F4)

    calendar = field._calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().toString("dd-MM-yyyy") == "15-01-2026"
    days = calendar.findChild(QTableView)  # the calendar's grid of days takes the keys
    assert days is not None
    QTest.keyClick(days, Qt.Key.Key_Right)  # the next day
    QTest.keyClick(days, Qt.Key.Key_Return)
    assert field.text() == "16-01-2026"
    assert field.value() == date(2026, 1, 16)
    assert field._calendar is None


def test_parsing_refuses_what_is_not_a_date() -> None:
    assert parse_typed_date("260529") == date(2029, 5, 26)
    assert parse_typed_date("2029-05-26") == date(2029, 5, 26)
    for text in ("", "26-05", "32-01-2029", "26-13-2029", "abc", "2605202"):
        assert parse_typed_date(text) is None


def test_the_award_dialog_takes_the_sent_date_typed_and_the_standstill_follows(
    page: AwardsPage,  # noqa: F811
    dialogs: Dialogs,  # noqa: F811
    boxes: Boxes,
    db: Database,
) -> None:
    def award(dialog: QDialog) -> None:
        assert isinstance(dialog, AwardDialog)
        field = dialog.sent_on
        _type(field, "24-04-2026")
        assert field.text() == "24-04-2026"
        # DOMAIN.md: sent on 24-04-2026, the last day of the standstill period is 18-05-2026.
        assert "18-05-2026" in dialog.standstill.text()
        _type(field, "30-02-2026")
        dialog.reasons.setPlainText("Best plan for Leiden-Noord.")
        dialog.save()  # refused: the date under the field is wrong
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "30-02-2026 is not a date" in field.problem.text()
        assert field.problem.isVisibleTo(dialog)
        _type(field, "240426")
        dialog.save()

    dialogs.steps.append(award)
    page.provisional_award()

    lot = page.current_lot()
    assert lot is not None and lot.id is not None
    with db.transaction() as session:
        stored = awards.current_award(session, lot.id)
    assert stored is not None
    assert stored.sent_on == date(2026, 4, 24)
    assert stored.standstill_end == date(2026, 5, 18)


@pytest.mark.parametrize(
    ("typed", "read"),
    [("14:05", time(14, 5)), ("9:30", time(9, 30)), ("14.05", time(14, 5)), ("930", time(9, 30))],
)
def test_a_typed_time_is_read_whole(typed: str, read: time) -> None:
    assert parse_typed_time(typed) == read


@pytest.mark.parametrize("typed", ["25:00", "14:60", "14", "14:5", "ab:cd", ""])
def test_what_is_no_time_of_day_is_not_read(typed: str) -> None:
    assert parse_typed_time(typed) is None
