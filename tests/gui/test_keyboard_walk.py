"""Walks every page (and every tab of a page) of the main window in Dutch: each toolbar action
is in the Acties menu (Alt+A) and in the context menu of the lists next to it (Menu key,
Shift+F10), no Alt letter or shortcut means two things, every control has an accessible name,
and the advertised shortcuts work."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAction, QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.i18n import install_translators
from ssb_desktop.services.demo import build_demo
from ssb_desktop.settings import Settings
from ssb_desktop.views import page as page_module
from ssb_desktop.views import subsidies_page
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.organisations_page import OrganisationsPage
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


CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _controls(window: MainWindow) -> Iterator[QWidget]:
    """The controls of the page shown that a user can reach (Qt's own parts left out)."""
    page = window.current_page()
    for widget in page.findChildren(QWidget):
        if (
            isinstance(widget, CONTROLS)
            and not isinstance(widget, QHeaderView)
            and not widget.objectName().startswith("qt_")
            and widget.isVisibleTo(page)
            and not (isinstance(widget, QToolButton) and isinstance(widget.parent(), QToolBar))
        ):
            yield widget


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    nameless = []
    for state in _states(window):
        for control in _controls(window):
            interface = QAccessible.queryAccessibleInterface(control)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                nameless.append(f"{state}: {type(control).__name__} {control.objectName()}")
    assert nameless == []


@pytest.fixture
def menus(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The texts of the context menus shown, instead of showing them."""
    shown: list[list[str]] = []

    def exec_menu(menu: QMenu, _position: QPoint) -> None:
        shown.append([action.text() for action in menu.actions() if not action.isSeparator()])

    monkeypatch.setattr(page_module, "exec_menu", exec_menu)
    return shown


def _lists(window: MainWindow) -> list[QAbstractItemView]:
    return [control for control in _controls(window) if isinstance(control, QAbstractItemView)]


def test_every_list_opens_a_context_menu_with_the_actions_of_its_page_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, menus: list[list[str]]
) -> None:
    missing = []
    for state in _states(window):
        window.actions_menu.aboutToShow.emit()
        in_menu = {action.text() for action in window.actions_menu.actions() if action.text()}
        offered: set[str] = set()
        for view in _lists(window):
            model = view.model()
            if model is not None and model.rowCount() and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
            view.setFocus()
            before = len(menus)
            qtbot.keyClick(view, Qt.Key.Key_Menu)  # type: ignore[no-untyped-call]
            if len(menus) > before:
                offered.update(menus[-1])
        window.actions_menu.aboutToShow.emit()
        enabled = [action.text() for action in window.actions_menu.actions() if action.isEnabled()]
        if not offered <= in_menu:
            missing.append(f"{state}: {sorted(offered - in_menu)} are not the page's actions")
        if enabled and _lists(window) and not offered:
            missing.append(f"{state}: no list offers {enabled}")
    assert missing == []


def test_shift_f10_and_a_right_click_open_the_same_menu_on_a_selected_organisation(
    qtbot: QtBot, window: MainWindow, menus: list[list[str]]
) -> None:
    page = window.page_of(OrganisationsPage)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier
    )
    # What the window system sends on a right click on the first row.
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        QPoint(20, 10),
        page.table.viewport().mapToGlobal(QPoint(20, 10)),
    )
    QApplication.sendEvent(page.table.viewport(), event)

    assert len(menus) == 2
    assert menus[0] == menus[1]
    assert "&Bewerken" in menus[0]
    assert "E&xporteren naar Excel…" in menus[0]


def _regions(holder: QWidget, context: Qt.ShortcutContext, window: MainWindow) -> QWidget:
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return window
    return holder


def _overlap(one: QWidget, other: QWidget) -> bool:
    return one is other or one.isAncestorOf(other) or other.isAncestorOf(one)


def _live_shortcuts(window: MainWindow) -> list[tuple[str, str, QWidget, QWidget]]:
    """(key, what, where it answers, whether widget-only) for every shortcut in reach now."""
    found: list[tuple[str, str, QWidget, QWidget]] = []
    for action in window.findChildren(QAction):
        for holder in action.associatedObjects():
            if not isinstance(holder, QWidget) or isinstance(holder, QMenu | QToolBar):
                continue
            if holder is not window and not holder.isVisibleTo(window):
                continue
            for key in action.shortcuts():
                region = _regions(holder, action.shortcutContext(), window)
                found.append((key.toString(), action.text(), region, holder))
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if not isinstance(owner, QWidget) or (
            owner is not window and not owner.isVisibleTo(window)
        ):
            continue
        holder = owner
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            region = _regions(holder, shortcut.context(), window)
            found.append((key.toString(), f"shortcut of {type(holder).__name__}", region, holder))
    return found


def test_no_shortcut_means_two_things_on_any_page(window: MainWindow) -> None:
    clashes = set()
    for state in _states(window):
        live = _live_shortcuts(window)
        for number, (key, what, region, _holder) in enumerate(live):
            for other_key, other, other_region, _other_holder in live[number + 1 :]:
                if key == other_key and what != other and _overlap(region, other_region):
                    clashes.add(f"{state}: {key} is {what} and {other}")
    assert sorted(clashes) == []


FREQUENT = ("opslaan", "indienen", "resultaat", "importeren", "exporteren", "nieuw", "bewerken")


def test_the_frequent_actions_have_a_shortcut(window: MainWindow) -> None:
    without = []
    for state in _states(window):
        window.actions_menu.aboutToShow.emit()
        for action in window.actions_menu.actions():
            words = action.text().replace("&", "").lower()
            if words.startswith(FREQUENT) and not action.shortcut().toString(
                QKeySequence.SequenceFormat.PortableText
            ):
                without.append(f"{state}: {action.text()}")
    assert without == []


def test_every_page_fits_beside_the_navigation_at_1366_by_768(window: MainWindow) -> None:
    """At 1366x768 no page scrolls sideways, no toolbar hides an action behind "»", and no
    action with an icon loses its text (the toolbars fall back to icons alone only when
    nothing else fits, which should not be needed on this screen)."""
    too_wide: list[str] = []
    crowded: list[str] = []
    for state in _states(window):
        QApplication.processEvents()
        page = window.current_page()
        holder = page.parentWidget()
        while holder is not None and not hasattr(holder, "horizontalScrollBar"):
            holder = holder.parentWidget()
        assert holder is not None, state
        room = holder.width()
        if page.minimumSizeHint().width() > room:
            too_wide.append(f"{state}: {page.minimumSizeHint().width()} > {room} px")
        for toolbar in page.findChildren(QToolBar):
            if not toolbar.isVisibleTo(page):
                continue
            if page_module.toolbar_overflows(toolbar):
                crowded.append(f"{state}: {toolbar.windowTitle()} hides actions behind »")
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if (
                    isinstance(button, QToolButton)
                    and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
                ):
                    crowded.append(f"{state}: {action.text()} shows its icon alone")
    assert too_wide == []
    assert crowded == []
