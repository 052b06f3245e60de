"""main(): logging, crash handler, QApplication, translators, database, main window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from ssb_desktop import __version__, paths

log = logging.getLogger("ssb_desktop")


def setup_logging() -> Path:
    log_file = paths.log_dir() / "ssb-desktop.log"
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


def run_gui(url: str, *, demo: bool = False, language: str = "nl") -> int:
    from PySide6.QtWidgets import QApplication

    from ssb_desktop.errors import AppError
    from ssb_desktop.i18n import install_translators
    from ssb_desktop.settings import Settings
    from ssb_desktop.views import messages

    paths.set_application_names()
    log_file = setup_logging()
    install_excepthook(log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationVersion(__version__)
    settings = Settings()
    install_translators(app, language or settings.language)
    try:
        db = open_for_gui(url, demo=demo)
    except AppError as error:
        messages.show_error(None, error)
        return error.exit_code
    from ssb_desktop.views.main_window import MainWindow

    window = MainWindow(db, settings)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()


def open_for_gui(url: str, *, demo: bool):  # type: ignore[no-untyped-def]
    from ssb_desktop.cli import ensure_demo
    from ssb_desktop.services.bootstrap import open_database
    from ssb_desktop.services.users import os_account

    if demo:
        ensure_demo(paths.demo_database())
    return open_database(url, account=os_account(), backup_dir=paths.backup_dir())


def self_check() -> int:
    """Start Qt offscreen on a temporary database with demo data, show the window, exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ssb_desktop.cli import write_demo
    from ssb_desktop.db.database import sqlite_url
    from ssb_desktop.i18n import install_translators
    from ssb_desktop.services.bootstrap import open_database
    from ssb_desktop.settings import Settings
    from ssb_desktop.views.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_translators(app, "nl")
    with tempfile.TemporaryDirectory(prefix="ssb-self-check-") as folder:
        path = Path(folder) / "self-check.sqlite3"
        write_demo(path)
        db = open_database(sqlite_url(path), account="self-check")
        try:
            window = MainWindow(db, Settings(Path(folder) / "settings.ini"))
            window.show()
            for row in range(window.navigation.count()):
                window.show_page(row)
                app.processEvents()
            window.close()
        finally:
            db.dispose()
    print(f"ssb-desktop {__version__}: self-check passed")
    return 0


def main() -> int:
    from ssb_desktop.cli import main as cli_main

    return cli_main()
