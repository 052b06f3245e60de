"""Message boxes: what they say, which button is the default, and what the answer means."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ssb_desktop.errors import AppError, ConflictError, ValidationError
from ssb_desktop.views import messages

Button = QMessageBox.StandardButton


class Shown:
    """Stands in for the modal loop: records each box and answers with a chosen button."""

    def __init__(self, answer: QMessageBox.StandardButton = Button.Ok) -> None:
        self.answer = answer
        self.boxes: list[QMessageBox] = []

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.boxes.append(box)
        return self.answer

    @property
    def box(self) -> QMessageBox:
        assert len(self.boxes) == 1
        return self.boxes[0]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    recorder = Shown()
    monkeypatch.setattr(messages, "_exec", recorder)
    return recorder


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_an_error_shows_its_sentence_with_the_details_behind_a_button(
    shown: Shown, window: QWidget
) -> None:
    error = ValidationError(
        "KvK number {kvk} already belongs to {name}.",
        {"kvk": "12345678", "name": "Stichting <b>Welzijn</b>"},
        details="UNIQUE constraint failed: organisations.kvk",
    )

    messages.show_error(window, error)

    box = shown.box
    assert box.text() == "KvK number 12345678 already belongs to Stichting <b>Welzijn</b>."
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.detailedText() == "UNIQUE constraint failed: organisations.kvk"
    assert box.windowTitle() == "Check your input"
    assert box.icon() == QMessageBox.Icon.Warning


def test_an_error_without_details_has_no_details_button(shown: Shown) -> None:
    messages.show_error(None, AppError("The disk is full, so nothing was saved."))

    assert shown.box.detailedText() == ""
    assert shown.box.windowTitle() == "Cannot continue"


@pytest.mark.parametrize(
    ("destructive", "default", "icon"),
    [
        (False, Button.Yes, QMessageBox.Icon.Question),
        (True, Button.No, QMessageBox.Icon.Warning),
    ],
)
def test_a_destructive_question_defaults_to_no(
    shown: Shown,
    window: QWidget,
    destructive: bool,
    default: QMessageBox.StandardButton,
    icon: QMessageBox.Icon,
) -> None:
    messages.confirm(window, "Archive", "Archive Stichting Jansen?", destructive=destructive)

    box = shown.box
    assert box.text() == "Archive Stichting Jansen?"
    assert box.defaultButton() is box.button(default)
    assert box.escapeButton() is box.button(Button.No)
    assert box.icon() == icon


@pytest.mark.parametrize(("answer", "expected"), [(Button.Yes, True), (Button.No, False)])
def test_confirm_is_true_only_for_yes(
    shown: Shown, answer: QMessageBox.StandardButton, expected: bool
) -> None:
    shown.answer = answer

    assert messages.confirm(None, "Delete", "Delete this row?", destructive=True) is expected


def test_confirm_can_name_its_button_after_the_action(shown: Shown) -> None:
    messages.confirm(None, "Archive", "Archive it?", confirm_text="Archive")

    assert shown.box.button(Button.Yes).text() == "Archive"


def test_information_shows_the_callers_title_and_text(shown: Shown) -> None:
    messages.show_info(None, "Export", "1,234 rows were written.")

    assert (shown.box.windowTitle(), shown.box.text()) == ("Export", "1,234 rows were written.")
    assert shown.box.icon() == QMessageBox.Icon.Information


@pytest.mark.parametrize(("answer", "expected"), [(Button.Yes, True), (Button.Cancel, False)])
def test_a_conflict_reloads_only_when_the_user_chooses_reload(
    shown: Shown, answer: QMessageBox.StandardButton, expected: bool
) -> None:
    shown.answer = answer

    assert messages.ask_reload_conflict(None) is expected
    box = shown.box
    assert box.button(Button.Yes).text() == "Reload"
    assert box.defaultButton() is box.button(Button.Cancel)


def test_a_conflict_error_gets_its_own_title(shown: Shown) -> None:
    messages.show_error(None, ConflictError("Someone else changed this record."))

    assert shown.box.windowTitle() == "Changed by someone else"


def test_a_crash_names_the_log_file_and_keeps_the_traceback_in_the_details(
    shown: Shown,
) -> None:
    traceback_text = 'Traceback (most recent call last):\n  File "x.py"\nZeroDivisionError'

    messages.show_crash(None, traceback_text, r"C:\Users\jan\AppData\Local\ssb-desktop\log.txt")

    box = shown.box
    assert r"C:\Users\jan\AppData\Local\ssb-desktop\log.txt" in box.text()
    assert "administrator" in box.text()
    assert box.detailedText() == traceback_text
    assert box.icon() == QMessageBox.Icon.Critical


def test_a_crash_without_a_log_file_still_says_what_to_do(shown: Shown) -> None:
    messages.show_crash(None, "Traceback", None)

    assert "Please tell your application administrator" in shown.box.text()


def _press_later(action: Callable[[], None]) -> None:
    # Runs inside the modal loop that _exec starts; zero delay, so no sleeping.
    QTimer.singleShot(0, action)


def test_the_real_seam_returns_the_button_the_user_clicked(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Delete", "Delete?", Button.Yes | Button.No)
    qtbot.addWidget(box)
    _press_later(box.button(Button.No).click)

    assert messages._exec(box) == Button.No


def test_the_real_seam_treats_escape_as_the_escape_button(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Reload", "Reload?", Button.Yes | Button.Cancel)
    box.setEscapeButton(Button.Cancel)
    qtbot.addWidget(box)
    _press_later(lambda: qtbot.keyClick(box, Qt.Key.Key_Escape))  # type: ignore[no-untyped-call]

    assert messages._exec(box) == Button.Cancel
