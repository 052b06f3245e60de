"""The program's one icon set: Tabler outline icons as SVG files in resources/icons (MIT,
see LICENSE.txt there), crisp at every scale, for toolbar actions, menus and the navigation.

SVG files instead of an icon font (qtawesome): about 25 files of under 1 KB each against
qtawesome's fonts and its QtPy dependency in the Windows bundle, and nothing to keep up to
date. An action gets its icon from what it does, and for the frequent actions that is already
said by its shortcut (Ctrl+N is new, Ctrl+S save ...), so pages need no icon code of their own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon, QKeySequence

# Shortcut (portable text) -> icon: one meaning per shortcut in the whole program.
SHORTCUT_ICONS: dict[str, str] = {
    "Ctrl+N": "new",
    "Ctrl+Shift+N": "new",
    "Return": "edit",
    "Del": "delete",
    "Ctrl+S": "save",
    "Ctrl+Return": "submit",
    "Ctrl+Shift+R": "record",
    "Ctrl+I": "import",
    "Ctrl+E": "export",
    "Ctrl+D": "signature",
    "Ctrl+P": "print",
    "F5": "reload",
}

# Navigation: the page's module -> icon.
PAGE_ICONS: dict[str, str] = {
    "dashboard_page": "dashboard",
    "organisations_page": "organisations",
    "procurements_page": "procurements",
    "bids_page": "bids",
    "evaluation_page": "evaluation",
    "awards_page": "awards",
    "subsidies_page": "subsidies",
    "audit_log_page": "audit",
    "administration_page": "administration",
}


def icon_path(name: str) -> Path:
    return Path(str(resources.files("ssb_desktop") / "resources" / "icons" / f"{name}.svg"))


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons); an empty icon when there is none."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def icon_for_shortcuts(shortcuts: Iterable[QKeySequence]) -> QIcon | None:
    """The icon that goes with the first shortcut that has one, else None."""
    for shortcut in shortcuts:
        name = SHORTCUT_ICONS.get(shortcut.toString(QKeySequence.SequenceFormat.PortableText))
        if name is not None:
            return icon(name)
    return None


def page_icon(target: str) -> QIcon:
    """The navigation icon of a page given as "package.module:Class"."""
    module = target.partition(":")[0].rpartition(".")[2]
    name = PAGE_ICONS.get(module)
    return icon(name) if name else QIcon()
