"""The royal-decree days on the Administration page: listed, added, refused twice, warned on a
weekend, removed after confirmation, and read-only for others than an administrator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import Role
from ssb_desktop.services.awards import list_extra_holidays
from ssb_desktop.settings import Settings
from ssb_desktop.views import holidays_tab, messages
from ssb_desktop.views.administration_page import AdministrationPage
from ssb_desktop.views.holidays_tab import HolidayDialog

Button = QMessageBox.StandardButton


class Boxes:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answer = Button.Yes

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.texts.append(box.text())
        if box.standardButtons() & self.answer:
            return self.answer
        return Button.Ok


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(messages, "_exec", recorder)
    return recorder


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> AdministrationPage:
    widget = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.reload()
    widget.tabs.setCurrentWidget(widget.holidays)
    return widget


def _fill(day: date, description: str, problems: list[str]) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, HolidayDialog)
        dialog.day.setDate(QDate(day.year, day.month, day.day))
        dialog.description.setText(description)
        dialog.save()
        problems.append(dialog.problem("day"))
        return dialog.result()

    return run


def _days(page: AdministrationPage) -> list[str]:
    model = page.holidays.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_known_royal_decree_days_are_listed_with_their_weekday(
    page: AdministrationPage, qtmodeltester: object
) -> None:
    days = _days(page)
    assert "15-05-2026" in days and "02-01-2026" in days
    row = days.index("15-05-2026")
    assert page.holidays.model.index(row, 1).data() == "Friday"
    assert page.tabs.tabText(2) == "Royal-decree &holidays"
    qtmodeltester.check(page.holidays.model)  # type: ignore[attr-defined]


def test_a_day_is_added_and_a_day_twice_is_refused_in_the_form(
    page: AdministrationPage, boxes: Boxes, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        holidays_tab, "run_dialog", _fill(date(2029, 5, 11), "Friday after Ascension", problems)
    )
    added = page.holidays.add_button.isEnabled() and page.holidays.add_day()
    assert added and added.day == date(2029, 5, 11)
    assert "11-05-2029" in _days(page)
    assert page.holidays.selected() == added
    assert boxes.texts == []  # a Friday: no warning

    monkeypatch.setattr(holidays_tab, "run_dialog", _fill(date(2029, 5, 11), "Again", problems))
    assert page.holidays.add_day() is None
    assert "already in the list" in problems[-1]
    with db.transaction() as session:
        assert sum(h.day == date(2029, 5, 11) for h in list_extra_holidays(session)) == 1


def test_a_day_on_a_weekend_is_added_with_a_warning(
    page: AdministrationPage, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(holidays_tab, "run_dialog", _fill(date(2029, 5, 12), "Saturday", problems))
    assert page.holidays.add_day() is not None
    assert "12-05-2029" in _days(page)
    assert "Saturday or a Sunday" in boxes.texts[-1]


def test_a_day_is_removed_after_confirmation(
    page: AdministrationPage, boxes: Boxes, db: Database
) -> None:
    row = _days(page).index("15-05-2026")
    page.holidays.view.selectRow(row)
    assert page.holidays.remove_button.isEnabled()
    boxes.answer = Button.No
    assert not page.holidays.remove_day()
    assert "15-05-2026" in _days(page)
    boxes.answer = Button.Yes
    assert page.holidays.remove_day()
    assert "Remove 15-05-2026" in boxes.texts[-1]
    assert "15-05-2026" not in _days(page)
    with db.transaction() as session:
        assert date(2026, 5, 15) not in {h.day for h in list_extra_holidays(session)}


def test_others_than_an_administrator_only_look(
    qtbot: QtBot, db: Database, tmp_path: Path, act_as: Callable[..., None]
) -> None:
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    widget = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.holidays.model.rowCount() > 0
    widget.holidays.view.selectRow(0)
    assert not widget.holidays.add_button.isEnabled()
    assert not widget.holidays.remove_button.isEnabled()
