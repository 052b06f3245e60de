"""The File menu's database items: open another SQLite file, connect to a PostgreSQL database,
recently used databases, make a backup, and the language of the program.

Opening a database (upgrading its schema after a backup, identifying the user) belongs to
``startup``, a layer above the windows, so ``app`` hands those functions in as
:class:`DatabaseHandling`. Every switch first asks about unsaved work (the main window's
``switch_database``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeAlias

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from ssb_desktop.errors import N_, AppError
from ssb_desktop.i18n import translate_error
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.background import Progress, run_in_background

# The menu is built before the window is first shown: SQLAlchemy (and with it every table)
# is imported only once a database is opened, after the first paint (start-up speed).
if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ssb_desktop.db.database import Database

    Address: TypeAlias = str | URL | Path
# Each language by its own name (translated only to add nothing: "Nederlands" in both).
LANGUAGES = (("nl", N_("Language", "Nederlands")), ("en", N_("Language", "English")))


@dataclass(frozen=True, slots=True)
class DatabaseHandling:
    """What the File menu needs from ``startup`` (handed in by ``app``)."""

    open: Callable[[Address], Database]  # migrated (backup first), user identified
    backup: Callable[[Database, Path, Callable[[int, int], None] | None], Path]
    address: Callable[[Database], str]  # how to remember it: a path, or a URL without password


class Window(Protocol):
    """The main window as the File menu uses it."""

    db: Database | None
    database_handling: DatabaseHandling | None

    def switch_database(
        self, address: Address, on_refusal: Callable[[AppError], None] | None = None
    ) -> bool: ...


# --- seams for tests: the dialogs a person answers ----------------------------------------


def choose_file_to_open(parent: QWidget, folder: str) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FileMenu", "Open a database file"),
        folder,
        QCoreApplication.translate(
            "FileMenu", "ssb-desktop databases (*.sqlite3 *.sqlite *.db);;All files (*)"
        ),
    )
    return path


def choose_backup_file(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileMenu", "Make a backup"),
        suggested,
        QCoreApplication.translate("FileMenu", "SQLite databases (*.sqlite3)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused anyway
    )
    return path


def exec_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def _is_server(address: str) -> bool:
    return "://" in address


class FileMenu(QObject):
    """Adds the database and language items to ``menu`` and carries them out."""

    def __init__(self, window: QWidget, menu: QMenu, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.open_action = menu.addAction(self.tr("&Open database file…"), self.open_file)
        self.connect_action = menu.addAction(
            self.tr("&Connect to PostgreSQL…"), lambda: self.connect_server()
        )
        self.recent_menu = menu.addMenu(self.tr("Recent &databases"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.backup_action = menu.addAction(self.tr("Make a &backup…"), self.make_backup)
        self.language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = self.language_menu.addAction(QCoreApplication.translate("Language", name))
            action.triggered.connect(partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == settings.language)
            group.addAction(action)
            self.language_actions[code] = action

    def _window(self) -> Window:
        window = self.window
        assert isinstance(window, QWidget)
        return window  # type: ignore[return-value]

    # --- opening --------------------------------------------------------------------------

    def open_file(self) -> None:
        chosen = choose_file_to_open(self.window, self.settings.last_folder("database"))
        if not chosen:
            return
        path = Path(chosen)
        self.settings.set_last_folder("database", path.parent)
        self.open_path(path)

    def open_path(self, path: Path) -> bool:
        if not path.is_file():
            messages.show_info(
                self.window,
                self.tr("File not found"),
                self.tr("The file {path} does not exist (any more).").format(path=path),
            )
            return False
        return self._window().switch_database(path)

    def connect_server(self, remembered: str = "") -> bool:
        """Ask the address and password until the server lets the user in, or Cancel."""
        if not remembered:
            remembered = next(
                (item for item in self.settings.recent_databases() if _is_server(item)), ""
            )
        from ssb_desktop.views.connect_server import ConnectServerDialog

        dialog = ConnectServerDialog(remembered, self.window)
        refusals: list[AppError] = []
        while exec_dialog(dialog):
            refusals.clear()
            if self._window().switch_database(dialog.address(), refusals.append):
                return True
            if not refusals:
                return False  # the user kept unsaved work: nothing to retry
            dialog.show_problem(translate_error(refusals[-1]))
        return False

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self._current_address()
        for number, address in enumerate(self.settings.recent_databases(), start=1):
            missing = not _is_server(address) and not Path(address).is_file()
            text = address.replace("&", "&&")
            if missing:
                text = self.tr("{address} (not found)").format(address=text)
            action = self.recent_menu.addAction(f"&{number} {text}" if number < 10 else text)
            action.triggered.connect(partial(self.open_recent, address))
            action.setEnabled(address != current)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No databases opened yet")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear the list"), self.clear_recent)

    def open_recent(self, address: str) -> bool:
        if _is_server(address):
            return self.connect_server(address)
        path = Path(address)
        if not path.is_file():
            self.settings.forget_database(address)
            messages.show_info(
                self.window,
                self.tr("File not found"),
                self.tr(
                    "The file {path} does not exist any more (moved, renamed or deleted); it "
                    "was taken off the list of recent databases."
                ).format(path=path),
            )
            return False
        return self._window().switch_database(path)

    def clear_recent(self) -> None:
        current = self._current_address()
        for address in self.settings.recent_databases():
            if address != current:
                self.settings.forget_database(address)

    def _current_address(self) -> str:
        window = self._window()
        handling = window.database_handling
        return handling.address(window.db) if window.db and handling else ""

    # --- backup ---------------------------------------------------------------------------

    def make_backup(self) -> None:
        window = self._window()
        db, handling = window.db, window.database_handling
        if db is None or handling is None:
            return
        if db.path is None:
            try:  # a server database: the service says who backs it up
                handling.backup(db, Path(), None)
            except AppError as error:
                messages.show_error(self.window, error)
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        folder = Path(self.settings.last_folder("backup"))
        word = self.tr("backup")
        suggested = folder / f"{db.path.stem}-{word}-{stamp}.sqlite3"
        chosen = choose_backup_file(self.window, str(suggested))
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".sqlite3")
        self.settings.set_last_folder("backup", target.parent)

        def work(progress: Progress) -> Path:
            return handling.backup(db, target, progress.report)

        try:
            written = run_in_background(self.window, self.tr("Making a backup…"), work)
        except AppError as error:
            messages.show_error(self.window, error)
            return
        messages.show_info(
            self.window,
            self.tr("Backup made"),
            self.tr("The backup was written to {path}.").format(path=written),
        )

    # --- language -------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        name = dict(LANGUAGES)[code]
        messages.show_info(
            self.window,
            self.tr("Language"),
            self.tr(
                "The program will be in {language} from the next time you start it. Close "
                "and start it again to switch now."
            ).format(language=QCoreApplication.translate("Language", name)),
        )
