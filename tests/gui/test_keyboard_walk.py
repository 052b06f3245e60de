"""Walks every page (and every tab of a page) of the main window in Dutch: each toolbar action
is in the Acties menu (Alt+A), no Alt letter is used twice, and the advertised Ctrl+Shift+A
works."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.i18n import install_translators
from ssb_desktop.services.demo import build_demo
from ssb_desktop.settings import Settings
from ssb_desktop.views import subsidies_page
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.subsidies_page import SubsidiesPage

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    with db.transaction() as session:
        build_demo(session)
    install_translators(qapp, "nl")
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.resize(1366, 728)
    shown.attach_database(db)
    yield shown
    install_translators(qapp, "en")


def _mnemonics(window: MainWindow) -> Counter[str]:
    """The Alt letters in reach now: menu titles and the visible buttons and labels."""
    found: Counter[str] = Counter()
    for action in window.menuBar().actions():
        found.update(m.lower() for m in MNEMONIC.findall(action.text()))
    central = window.centralWidget()
    assert central is not None
    for widget in central.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = ""
        if (
            isinstance(widget, QAbstractButton)
            and not (isinstance(widget, QToolButton) and isinstance(widget.parent(), QToolBar))
        ) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        found.update(m.lower() for m in MNEMONIC.findall(text))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                found.update(m.lower() for m in MNEMONIC.findall(widget.tabText(index)))
    return found


def _states(window: MainWindow) -> Iterator[str]:
    """Every page, and on a page with tabs every tab: yields a name for the report."""
    for row in range(window.navigation.count()):
        window.show_page(row)
        page = window.current_page()
        name = window.navigation.item(row).text()
        tabs = [tab for tab in page.findChildren(QTabWidget) if tab.isVisibleTo(page)]
        if not tabs:
            yield name
            continue
        for index in range(tabs[0].count()):
            tabs[0].setCurrentIndex(index)
            yield f"{name} / {tabs[0].tabText(index).replace('&', '')}"


def test_every_toolbar_action_is_in_the_actions_menu_of_its_page(window: MainWindow) -> None:
    missing: list[str] = []
    for state in _states(window):
        window.actions_menu.aboutToShow.emit()
        in_menu = set(window.actions_menu.actions())
        page = window.current_page()
        for toolbar in page.findChildren(QToolBar):
            if not toolbar.isVisibleTo(page):
                continue
            for action in toolbar.actions():
                shown = action.isVisible() and action.text() and not action.isSeparator()
                if shown and action.metaObject().className() == "QAction" and action not in in_menu:
                    missing.append(f"{state}: {action.text()}")
    assert missing == []


def test_no_alt_letter_is_used_twice_on_any_page(window: MainWindow) -> None:
    clashes = []
    for state in _states(window):
        twice = sorted(letter for letter, count in _mnemonics(window).items() if count > 1)
        if twice:
            clashes.append(f"{state}: Alt+{', Alt+'.join(twice)}")
    assert clashes == []


def test_ctrl_shift_a_opens_the_trial_allocation(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def exec_dialog(dialog: QDialog) -> bool:
        opened.append(type(dialog).__name__)
        return False

    monkeypatch.setattr(subsidies_page, "exec_dialog", exec_dialog)
    page = window.page_of(SubsidiesPage)
    page.scheme_table.setCurrentIndex(page.scheme_table.model().index(0, 0))
    page.scheme_table.setFocus()

    qtbot.keyClick(  # type: ignore[no-untyped-call]
        page.scheme_table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert opened == ["AllocationDialog"]
