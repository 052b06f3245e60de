"""A save that waits for a colleague's write says so on screen instead of looking frozen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from ssb_desktop.views.wait_indicator import WaitIndicator


def test_the_status_bar_and_the_cursor_show_a_wait_until_it_is_over(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    indicator = WaitIndicator(window)
    indicator(True)
    assert "colleague" in window.statusBar().currentMessage()
    assert QApplication.overrideCursor() is not None
    indicator(False)
    assert window.statusBar().currentMessage() == ""
    assert QApplication.overrideCursor() is None
