"""F1 opens the Dutch manual at the page in use; Help -> Shortcuts lists the real shortcuts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.i18n import install_translators
from ssb_desktop.settings import Settings
from ssb_desktop.views.help_window import PAGE_TOPICS, manual_folder
from ssb_desktop.views.main_window import PAGES, MainWindow


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    install_translators(qapp, "nl")
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.attach_database(db)
    yield shown
    if shown.help_window is not None:
        shown.help_window.close()
        shown.help_window.deleteLater()
    install_translators(qapp, "en")


def test_every_page_has_its_section_in_the_shipped_manual() -> None:
    assert len(PAGE_TOPICS) == len(PAGES)
    folder = manual_folder()
    for topic in (*PAGE_TOPICS, "index", "commands"):
        text = (folder / f"{topic}.html").read_text(encoding="utf-8")
        assert '<html lang="nl">' in text
        for link in ("index.html",) if topic != "index" else ():
            assert link in text
    index = (folder / "index.html").read_text(encoding="utf-8")
    for topic in PAGE_TOPICS:
        assert f'href="{topic}.html"' in index


def test_f1_opens_the_manual_at_the_page_in_use(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(4)  # Evaluation
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)  # type: ignore[no-untyped-call]

    manual = window.help_window
    assert manual is not None and manual.isVisible()
    assert manual.browser.source() == QUrl("evaluation.html")
    text = manual.browser.toPlainText()
    assert text.startswith("Inhoud\nBeoordeling")
    assert "Indienen en vergrendelen" in text

    window.show_page(1)  # Organisations
    window.activateWindow()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)  # type: ignore[no-untyped-call]
    assert manual.browser.source() == QUrl("organisations.html")
    manual.browser.backward()
    assert manual.browser.source() == QUrl("evaluation.html")


def test_the_shortcuts_page_lists_the_programs_real_shortcuts(window: MainWindow) -> None:
    help_action = next(
        action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text() == "&Sneltoetsen"
    )
    help_action.trigger()

    manual = window.help_window
    assert manual is not None
    text = manual.browser.toPlainText()
    assert text.startswith("Sneltoetsen")
    assert "Handleiding" in text and "F1" in text
    assert "Ctrl+Q" in text  # quitting, everywhere
    assert "Beoordeling" in text and "Ctrl+S" in text  # saving scores on its page
