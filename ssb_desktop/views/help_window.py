"""The manual (F1) in a window of its own, and the list of shortcuts (Help -> Shortcuts).

The manual is a set of Dutch HTML pages shipped in the package
(``ssb_desktop/resources/manual``), one per page of the main window plus the contents, the
headless commands and the shortcuts; a QTextBrowser follows their links. The shortcuts page is
written from the actions the program really has, so it cannot go stale.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QToolBar, QWidget

# Main-window page (in navigation order) -> its manual page.
PAGE_TOPICS = (
    "dashboard",
    "organisations",
    "procurements",
    "bids",
    "evaluation",
    "awards",
    "subsidies",
    "audit",
    "administration",
)


SHORTCUTS_PAGE = "shortcuts.html"  # written from the program's actions, not a file


def manual_folder() -> Path:
    """The folder of the manual's HTML pages inside the installed package or bundle."""
    return Path(str(resources.files("ssb_desktop") / "resources" / "manual"))


def _shortcut_rows(actions: list[tuple[str, QAction]]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for where, action in actions:
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        what = action.text().replace("&", "").rstrip("…").strip() or action.toolTip()
        row = (where, what, keys)
        if keys and what and row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class HelpWindow(QMainWindow):
    """The manual beside the program: back, forward, contents; F1 opens it at a topic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual — ssb-desktop"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setOpenLinks(False)  # links are followed by _follow
        self.browser.anchorClicked.connect(self._follow)
        self.actions_source: Callable[[], list[tuple[str, QAction]]] | None = None
        self.browser.setSearchPaths([str(manual_folder())])
        self.setCentralWidget(self.browser)
        toolbar = QToolBar(self.tr("Manual"))
        toolbar.setObjectName("manual_toolbar")
        back = toolbar.addAction(self.tr("&Back"), self.browser.backward)
        back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        forward = toolbar.addAction(self.tr("&Forward"), self.browser.forward)
        forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        contents = toolbar.addAction(self.tr("&Contents"), lambda: self.show_topic("index"))
        contents.setShortcut(QKeySequence("Alt+Home"))
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        self.addToolBar(toolbar)
        self.resize(760, 640)

    def show_topic(self, topic: str) -> None:
        """Open the manual's page ``topic`` (a file name without .html)."""
        self.browser.setSource(QUrl(f"{topic}.html"))
        self.show()
        self.raise_()
        self.activateWindow()

    def show_shortcuts(self, actions: list[tuple[str, QAction]] | None = None) -> None:
        """A page listing every shortcut of ``actions`` ((where, action) pairs); without
        ``actions``, those of :attr:`actions_source`."""
        if actions is None:
            actions = self.actions_source() if self.actions_source is not None else []
        title = self.tr("Keyboard shortcuts")
        intro = self.tr(
            "Alt with the underlined letter opens a menu or presses a button. F1 opens the "
            "manual at the page you are on."
        )
        headers = (self.tr("Where"), self.tr("Action"), self.tr("Keys"))
        contents = self.tr("Contents of the manual")
        rows = "".join(
            f"<tr><td>{html.escape(where)}</td><td>{html.escape(what)}</td>"
            f"<td><b>{html.escape(keys)}</b></td></tr>"
            for where, what, keys in _shortcut_rows(actions)
        )
        heads = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in headers)
        self.browser.setHtml(
            f"<html><body><h1>{html.escape(title)}</h1><p>{html.escape(intro)}</p>"
            f"<table cellpadding='4'><tr>{heads}</tr>{rows}</table>"
            f"<p><a href='index.html'>{html.escape(contents)}</a></p></body></html>"
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.fileName() == SHORTCUTS_PAGE:
            self.show_shortcuts()
        else:
            self.browser.setSource(url)
