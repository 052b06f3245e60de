"""What every page of the main window shares: the database, a service-call seam, toolbar actions
and a search box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages

T = TypeVar("T")
SEARCH_DELAY_MS = 250


class Page(QWidget):
    """A page in the navigation (main_window.PAGES); ``reload`` fetches fresh records."""

    data_changed = Signal()  # emitted after this page changed data other pages may show

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings

    def reload(self) -> None:
        """Fetch the page's records again, now."""

    def start_reload(self) -> None:
        """Fetch the page's records again without blocking the window where that matters
        (big lists override this); by default the same as :meth:`reload`."""
        self.reload()

    # --- unsaved work (views.unsaved.UnsavedWork; the main window asks before it goes) ------

    def has_unsaved_changes(self) -> bool:
        """Whether the page holds work the user has not saved (scores, criteria, ...)."""
        return False

    def save_changes(self) -> bool:
        """Save that work; True when nothing is left unsaved."""
        return True

    def discard_changes(self) -> None:
        """Forget that work (the user chose not to save it)."""

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcuts: Sequence[QKeySequence] = (),
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        """A toolbar action that runs ``slot``; its tooltip names the first shortcut."""
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(list(shortcuts))
            action.setShortcutContext(context)
            shown = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def print_page(self, title: str) -> bool:
        """Print what the page shows (File > Print, Ctrl+P): by default the list that has the
        focus, else the first list shown, as filtered and sorted on screen. Pages showing a
        document override this. False when there is nothing to print."""
        from ssb_desktop.views.printing import print_table

        views = [view for view in self.findChildren(QTableView) if view.isVisibleTo(self)]
        focused = next((view for view in views if view.hasFocus()), None)
        view = focused or (views[0] if views else None)
        if view is None or view.model() is None:
            return False
        name = view.accessibleName()
        print_table(self, f"{title} – {name}" if name and name != title else title, view)
        return True

    def call(self, service: Callable[[Session], T]) -> T | None:
        """Run one service in one transaction; an expected failure is shown, None returned."""
        try:
            with self.db.transaction() as session:
                return service(session)
        except AppError as error:
            messages.show_error(self, error)
            return None

    def read(self, service: Callable[[Session], T]) -> T | None:
        """Run one service that only reads (a reload, a lookup) in a read-only transaction:
        on SQLite it never waits for a colleague's write; a failure is shown, None returned."""
        try:
            with self.db.reading() as session:
                return service(session)
        except AppError as error:
            messages.show_error(self, error)
            return None


class SearchBox(QLineEdit):
    """A filter field that reports its text only after typing pauses (debounced)."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Report the current text now (Enter, and tests)."""
        self._timer.stop()
        self.search_changed.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.flush()
