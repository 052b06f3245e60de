"""main(): logging, crash handler, QApplication, translators, database, main window."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from ssb_desktop import __version__, paths

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from ssb_desktop.db.database import Database
    from ssb_desktop.settings import Settings
    from ssb_desktop.views.file_menu import DatabaseHandling
    from ssb_desktop.views.main_window import MainWindow

log = logging.getLogger("ssb_desktop")


def log_file_path() -> Path:
    return paths.log_dir() / "ssb-desktop.log"


def setup_logging() -> Path:
    import logging.handlers

    log_file = log_file_path()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def install_excepthook(log_file: Path) -> None:
    """Anything unexpected reaches the log and a crash dialog, never a silent exit."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        log.critical("unhandled exception\n%s", text)
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            from ssb_desktop.views import messages

            messages.show_crash(None, text, str(log_file))
        else:
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook


def database_handling() -> DatabaseHandling:
    """How the File menu opens another database and backs one up (startup's functions).

    Handed to the window before it is first shown, so ``startup`` (SQLAlchemy, every table)
    is imported only when one of them is called: after the first paint."""
    from ssb_desktop.views.file_menu import DatabaseHandling

    def open_other(address: str | URL | Path) -> Database:
        from ssb_desktop.services.users import os_account
        from ssb_desktop.startup import open_database

        return open_database(address, account=os_account(), backup_dir=paths.backup_dir())

    def backup(
        db: Database, target: Path, progress: Callable[[int, int], None] | None = None
    ) -> Path:
        from ssb_desktop.startup import backup_database

        return backup_database(db, target, progress)

    def address(db: Database) -> str:
        from ssb_desktop.startup import remembered_address

        return remembered_address(db)

    return DatabaseHandling(open=open_other, backup=backup, address=address)


def start_gui(url: str | Path, *, demo: bool, settings: Settings) -> MainWindow:
    """Show the main window at once and open the database just after its first paint."""
    from ssb_desktop.views.main_window import MainWindow

    window = MainWindow(settings)
    window.database_handling = database_handling()
    window.show()
    window.open_database_soon(lambda: open_for_gui(url, demo=demo))
    return window


def run_gui(url: str | Path, *, demo: bool = False, language: str | None = None) -> int:
    """The window; in ``language`` when given (--lang), else in the one chosen in the File
    menu (settings), else Dutch."""
    from PySide6.QtWidgets import QApplication

    from ssb_desktop.i18n import install_translators
    from ssb_desktop.settings import Settings

    paths.set_application_names()
    install_excepthook(log_file_path())
    if QApplication.instance() is None:
        # Qt aborts with a misleading message when its X11 plugin lacks system libraries:
        # name the missing ones and the packages instead.
        from ssb_desktop import platform_check

        missing = platform_check.check()
        if missing:
            from ssb_desktop.cli_i18n import translator_for

            text = platform_check.advice(missing, translator_for(language or "nl"))
            print(text, file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationVersion(__version__)
    from ssb_desktop.views.icons import app_icon

    app.setWindowIcon(app_icon())  # every window and dialog, and the taskbar
    settings = Settings()
    install_translators(app, language or settings.language)
    window = start_gui(url, demo=demo, settings=settings)
    window.failed.connect(app.exit)
    try:
        return app.exec()
    finally:
        if window.db is not None:
            window.db.dispose()


def open_for_gui(url: str | Path, *, demo: bool) -> Database:
    from ssb_desktop.cli import ensure_demo
    from ssb_desktop.services.users import os_account
    from ssb_desktop.startup import open_database

    # The log file is set up here, after the first paint, to keep start-up quick.
    if not logging.getLogger().handlers:
        setup_logging()
    if demo:
        ensure_demo(paths.demo_database())
    return open_database(url, account=os_account(), backup_dir=paths.backup_dir())


def self_check() -> int:
    """Start Qt offscreen on a temporary database with demo data, show the window, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ssb_desktop.cli import write_demo
    from ssb_desktop.i18n import install_translators
    from ssb_desktop.settings import Settings
    from ssb_desktop.startup import open_database
    from ssb_desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_translators(app, "nl")
    with tempfile.TemporaryDirectory(prefix="ssb-self-check-") as folder:
        path = Path(folder) / "self-check.sqlite3"
        write_demo(path)
        db = open_database(path, account="self-check")
        try:
            window = MainWindow(Settings(Path(folder) / "settings.ini"))
            window.show()
            window.attach_database(db)
            for row in range(window.navigation.count()):
                window.show_page(row)
                app.processEvents()
            window.close()
        finally:
            db.dispose()
        # Letters and minutes need Qt's PDF writer and fonts in the frozen bundle too.
        from ssb_desktop.documents.pdf import write_pdf

        document = write_pdf(Path(folder) / "self-check.pdf", "Self-check", "<p>Zelftest</p>")
        if not document.read_bytes().startswith(b"%PDF"):
            print("ssb-desktop self-check: the PDF writer produced no document", file=sys.stderr)
            return 1
    print(f"ssb-desktop {__version__}: self-check passed")
    return 0


def main() -> int:
    from ssb_desktop.cli import main as cli_main

    return cli_main()
