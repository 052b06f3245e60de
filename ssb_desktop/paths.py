"""Where the program keeps its data, logs and backups (the user's local app-data folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANISATION = "Gemeente"
APPLICATION = "ssb-desktop"


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


def data_dir() -> Path:
    set_application_names()
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_dir() / "ssb-desktop.sqlite3"


def demo_database() -> Path:
    return data_dir() / "ssb-desktop-demo.sqlite3"


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
