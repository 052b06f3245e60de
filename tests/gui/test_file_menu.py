"""The File menu opens another database file (upgrading an old one after a backup, refusing a
file of another program), connects to PostgreSQL without storing the password, keeps a list
of recent databases, makes a backup and remembers the language; every switch asks about
unsaved work first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from ssb_desktop.db.database import Database
from ssb_desktop.db.migrate import SCHEMA_HEAD, current_revision, migrate_to
from ssb_desktop.i18n import install_translators
from ssb_desktop.settings import Settings
from ssb_desktop.startup import backup_database, open_database, remembered_address
from ssb_desktop.views import file_menu
from ssb_desktop.views.connect_server import ConnectServerDialog
from ssb_desktop.views.file_menu import DatabaseHandling
from ssb_desktop.views.main_window import MainWindow
from tests.conftest import POSTGRES_URL
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    install_translators(qapp, "nl")
    backups = tmp_path / "backups"
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    shown.database_handling = DatabaseHandling(
        open=lambda address: open_database(address, account="tester", backup_dir=backups),
        backup=backup_database,
        address=remembered_address,
    )
    qtbot.addWidget(shown)
    shown.show()
    shown.open_database_soon(lambda: open_database(tmp_path / "first.sqlite3", account="tester"))
    shown.update()
    qtbot.waitSignal(shown.ready, timeout=10_000).wait()  # type: ignore[no-untyped-call]
    yield shown
    if shown.db is not None:
        shown.db.dispose()
    install_translators(qapp, "en")


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_menu, "choose_file_to_open", lambda _parent, _folder: str(path))


def test_opening_another_file_upgrades_it_after_a_backup_and_remembers_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    older = tmp_path / "older.sqlite3"
    db = Database(older)
    migrate_to(db, "0011")
    db.dispose()
    _choose_file(monkeypatch, older)

    window.file_menu.open_action.trigger()

    assert window.db is not None and window.db.path == older
    assert current_revision(window.db) == SCHEMA_HEAD
    backups = [path.name for path in (tmp_path / "backups").iterdir()]
    assert len(backups) == 1 and backups[0].startswith("older-before-")
    assert str(older) in window.windowTitle()
    assert window.settings.recent_databases()[:2] == [str(older), str(tmp_path / "first.sqlite3")]
    assert boxes.texts == []
    assert window.navigation.isEnabled() and window.current_page() is not None


def test_a_file_of_another_program_is_refused_and_left_alone(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    foreign = tmp_path / "places.sqlite"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = window.db
    _choose_file(monkeypatch, foreign)

    window.file_menu.open_action.trigger()

    assert window.db is before
    assert len(boxes.texts) == 1
    assert "is geen ssb-desktop-database" in boxes.texts[0]
    assert _tables(foreign) == {"moz_places"}


def test_switching_asks_about_unsaved_work_first(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    other = tmp_path / "other.sqlite3"
    open_database(other, account="tester").dispose()
    page = window.current_page()
    monkeypatch.setattr(page, "has_unsaved_changes", lambda: True)
    before = window.db
    _choose_file(monkeypatch, other)
    boxes.answer = Button.Cancel

    window.file_menu.open_action.trigger()

    assert window.db is before
    assert boxes.texts and "niet zijn opgeslagen" in boxes.texts[0]
    boxes.answer = Button.Discard
    window.file_menu.open_action.trigger()
    assert window.db is not None and window.db.path == other


def test_a_recent_file_that_is_gone_is_named_and_taken_off_the_list(
    window: MainWindow, tmp_path: Path, boxes: Boxes
) -> None:
    gone = tmp_path / "gone.sqlite3"
    window.settings.remember_database(str(gone))
    menu = window.file_menu

    menu.recent_menu.aboutToShow.emit()
    texts = [action.text() for action in menu.recent_menu.actions()]
    assert any(str(gone) in text and "(niet gevonden)" in text for text in texts)
    entry = next(action for action in menu.recent_menu.actions() if str(gone) in action.text())
    entry.trigger()

    assert "bestaat niet meer" in boxes.texts[-1]
    assert str(gone) not in window.settings.recent_databases()
    assert window.db is not None and window.db.path == tmp_path / "first.sqlite3"


def test_a_backup_is_written_where_the_user_chose_and_said_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    target = tmp_path / "copies" / "kopie"
    monkeypatch.setattr(file_menu, "choose_backup_file", lambda _parent, _name: str(target))

    window.file_menu.backup_action.trigger()

    written = target.with_suffix(".sqlite3")
    assert boxes.texts == [f"De reservekopie is geschreven naar {written}."]
    assert "organisations" in _tables(written)


def test_the_language_is_remembered_for_the_next_start(window: MainWindow, boxes: Boxes) -> None:
    english = window.file_menu.language_actions["en"]
    assert window.file_menu.language_actions["nl"].isChecked()

    english.trigger()

    assert window.settings.language == "en"
    assert "volgende keer dat u het start" in boxes.texts[0]
    assert window.menuBar().actions()[0].text() == "&Bestand"  # unchanged until then


@pytest.mark.skipif(not POSTGRES_URL, reason="PostgreSQL: set SSB_TEST_DATABASE_URL")
def test_connecting_to_postgresql_asks_again_when_refused_and_never_stores_the_password(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    server = make_url(POSTGRES_URL)
    logins = iter(["niemand_bekend", server.username or "postgres"])
    problems: list[str] = []

    def answer(dialog: ConnectServerDialog) -> bool:
        if dialog.problem.isVisible() or dialog.problem.text():
            problems.append(dialog.problem.text())
        dialog.host.setText(server.host or "localhost")
        dialog.port.setValue(server.port or 5432)
        dialog.database.setText(server.database or "")
        dialog.user.setText(next(logins))
        dialog.password.setText("geheim-wachtwoord")
        return True

    monkeypatch.setattr(file_menu, "exec_dialog", answer)

    window.file_menu.connect_action.trigger()

    assert problems and "weigert de aanmelding" in problems[0]
    assert window.db is not None and not window.db.is_sqlite
    remembered = window.settings.recent_databases()[0]
    assert remembered.startswith("postgresql+psycopg://")
    assert remembered.endswith(f"/{server.database}")
    window.settings.sync()
    assert "geheim" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert boxes.texts == []


def test_every_item_of_the_file_menu_has_an_alt_letter_of_its_own(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]

    assert len(letters) == len(texts) == 9
    assert sorted(set(letters)) == sorted(letters)
    assert "Alles door&zoeken…" in texts and "Database&bestand openen…" in texts
