"""Typed wrapper over QSettings (INI format) for what belongs to the user, not to the work."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Injected where needed, never global; tests pass one backed by a temporary file."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Gemeente", "ssb-desktop"
            )
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        return self._text("language", "nl")

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"geometry/{key}", value)

    def last_folder(self, purpose: str) -> str:
        return self._text(f"folders/{purpose}", str(Path.home()))

    def set_last_folder(self, purpose: str, folder: Path) -> None:
        self._store.setValue(f"folders/{purpose}", str(folder))

    def column_mapping(self, layout_key: str) -> dict[str, str]:
        """The column mapping the user confirmed for a workbook layout (header -> field)."""
        try:
            data = json.loads(self._text(f"mappings/{layout_key}", "{}"))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def set_column_mapping(self, layout_key: str, mapping: dict[str, str]) -> None:
        self._store.setValue(f"mappings/{layout_key}", json.dumps(mapping, ensure_ascii=False))

    def known_heads(self, database: str) -> list[str]:
        """Audit-chain heads (``NUMBER:HASH``) seen on ``database`` (its address, no password)."""
        try:
            data = json.loads(self._text(f"anchors/{_key(database)}", "[]"))
        except ValueError:
            return []
        return [str(item) for item in data] if isinstance(data, list) else []

    def remember_head(self, database: str, head: str, keep: int = 20) -> None:
        heads = [item for item in self.known_heads(database) if item != head]
        heads = [*heads, head][-keep:]
        self._store.setValue(f"anchors/{_key(database)}", json.dumps(heads))

    def recent_databases(self) -> list[str]:
        """The databases opened through the File menu, the latest first: a file's path or a
        server's address without password (a password is never stored)."""
        try:
            data = json.loads(self._text("databases/recent", "[]"))
        except ValueError:
            return []
        return [str(item) for item in data if item] if isinstance(data, list) else []

    def remember_database(self, address: str, keep: int = 8) -> None:
        recent = [address, *(item for item in self.recent_databases() if item != address)]
        self._store.setValue("databases/recent", json.dumps(recent[:keep], ensure_ascii=False))

    def forget_database(self, address: str) -> None:
        recent = [item for item in self.recent_databases() if item != address]
        self._store.setValue("databases/recent", json.dumps(recent, ensure_ascii=False))

    def view_state(self, key: str) -> QByteArray | None:
        """How the user left a list, splitter or search box (views/table_state.py)."""
        value = self._store.value(f"views/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_view_state(self, key: str, value: QByteArray) -> None:
        self._store.setValue(f"views/{key}", value)

    def sync(self) -> None:
        self._store.sync()


def _key(text: str) -> str:
    # QSettings keys treat "/" as a group separator; an address holds several.
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
