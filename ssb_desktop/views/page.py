"""What every page of the main window shares: the database, a service-call seam, toolbar actions
and a search box."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
    QWidgetAction,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.accessible import name_from_buddies
from ssb_desktop.views.icons import icon_for_shortcuts
from ssb_desktop.views.table_state import remember_state

T = TypeVar("T")
SEARCH_DELAY_MS = 250
# The shortcuts of the frequent actions, the same on every page that has them (one page is
# shown at a time, and a page adds each to the widget where it applies, so none clashes).
IMPORT_KEYS = (QKeySequence("Ctrl+I"),)
EXPORT_KEYS = (QKeySequence("Ctrl+E"),)
SUBMIT_KEYS = (QKeySequence("Ctrl+Return"),)
RECORD_KEYS = (QKeySequence("Ctrl+Shift+R"),)
# The keyboard's way to a list's context menu (Windows: the Menu key and Shift+F10).
CONTEXT_MENU_KEYS = (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10"))


def exec_menu(menu: QMenu, position: QPoint) -> None:
    """Show a context menu and wait for the choice (a seam the tests replace)."""
    menu.exec(position)


def add_menu_button(
    toolbar: QToolBar, owner: QWidget, title: str, actions: Sequence[QAction]
) -> QAction:
    """Put ``actions`` behind one toolbar button that opens them as a menu, so that a toolbar
    keeps its main actions in sight at 1366x768 and 150 % (the Acties menu and the context
    menus show the same menu as a submenu)."""
    menu = QMenu(title, owner)
    menu.addActions(list(actions))
    action = menu.menuAction()
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    return action


def dress_toolbar(toolbar: QToolBar) -> None:
    """The one look of every toolbar: an icon beside the text of each action that has one
    (its icon follows from its shortcut, views/icons.py), text alone for the others; where
    the toolbar is too narrow for that (1366x768, 150 %), text alone, and only then the
    icon alone (its text in the tooltip and to screen readers), so that no main action goes
    behind "»"."""
    for action in toolbar.actions():
        if action.icon().isNull() and (found := icon_for_shortcuts(action.shortcuts())):
            action.setIcon(found)
    if toolbar.findChild(_ToolbarFit) is None:
        fit = _ToolbarFit(toolbar)
        toolbar.installEventFilter(fit)
        # A toolbar sized to its content grows only when the row around it does.
        if (parent := toolbar.parentWidget()) is not None:
            parent.installEventFilter(fit)
    fit_toolbar(toolbar)


def fit_toolbar(toolbar: QToolBar) -> None:
    """The widest look in which every action fits in the toolbar's width."""
    buttons = [
        (action, button)
        for action in toolbar.actions()
        if isinstance(button := toolbar.widgetForAction(action), QToolButton)
    ]
    # Widest first: icon and text, text alone, then icons alone where there is one.
    for wanted in (
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        Qt.ToolButtonStyle.ToolButtonTextOnly,
        Qt.ToolButtonStyle.ToolButtonIconOnly,
    ):
        for action, button in buttons:
            style = wanted
            if action.icon().isNull():
                style = Qt.ToolButtonStyle.ToolButtonTextOnly
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        if not toolbar_overflows(toolbar):
            return


def toolbar_overflows(toolbar: QToolBar) -> bool:
    """Whether some of the toolbar's actions are behind its "»" button now (after the row
    around it and the toolbar itself were laid out anew)."""
    for widget in (toolbar.parentWidget(), toolbar):
        layout = None if widget is None else widget.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and not extension.isHidden()


class _ToolbarFit(QObject):
    """Refits its toolbar whenever the toolbar or the row around it changes width."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        toolbar = self.parent()
        # Fitting lays the toolbar out, which resizes it: not a reason to fit again.
        resized = event.type() == QEvent.Type.Resize
        if resized and isinstance(toolbar, QToolBar) and not self._fitting:
            self._fitting = True
            try:
                fit_toolbar(toolbar)
            finally:
                self._fitting = False
        return False


def toolbar_actions(toolbars: list[QToolBar]) -> list[QAction | None]:
    """The actions a user sees on ``toolbars`` (visible, with text; not embedded widgets), with
    None between two toolbars: what the Acties menu and the context menus carry."""
    found: list[QAction | None] = []
    for toolbar in toolbars:
        actions = [
            action
            for action in toolbar.actions()
            if action.isVisible()
            and not action.isSeparator()
            and not isinstance(action, QWidgetAction)
            and action.text()
        ]
        if actions:
            if found:
                found.append(None)
            found.extend(actions)
    return found


class Page(QWidget):
    """A page in the navigation (main_window.PAGES); ``reload`` fetches fresh records."""

    data_changed = Signal()  # emitted after this page changed data other pages may show

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self._watched_tabs: list[QTabWidget] = []
        for keys in CONTEXT_MENU_KEYS:
            shortcut = QShortcut(keys, self, self._context_menu_by_keyboard)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tabs and panels may have been built since the last time: cheap, and idempotent.
        self._settle_new_widgets()
        for tabs in self.findChildren(QTabWidget):
            if tabs not in self._watched_tabs:
                self._watched_tabs.append(tabs)
                tabs.currentChanged.connect(lambda _index: self._settle_new_widgets())

    def _settle_new_widgets(self) -> None:
        """Name the controls after their labels and bring back how the user left the lists
        (widths, sort order, splitters, search text); both skip what they did before."""
        name_from_buddies(self)
        remember_state(self, self.settings)
        for toolbar in self.findChildren(QToolBar):
            dress_toolbar(toolbar)

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

    # --- context menus: every list carries the toolbar actions next to it -----------------

    def context_actions(self, view: QAbstractItemView) -> list[QAction | None]:
        """The enabled toolbar actions of the nearest part of the page around ``view`` that has
        toolbars (its tab, its panel, else the page): those that apply to its selection."""
        container: QWidget | None = view.parentWidget()
        while container is not None:
            toolbars = [bar for bar in container.findChildren(QToolBar) if bar.isVisibleTo(self)]
            if toolbars or container is self:
                break
            container = container.parentWidget()
        if container is None:
            return []
        actions = [
            action for action in toolbar_actions(toolbars) if action is None or action.isEnabled()
        ]
        # No separator at either end or twice in a row once disabled actions are left out.
        tidy: list[QAction | None] = []
        for action in actions:
            if action is not None or (tidy and tidy[-1] is not None):
                tidy.append(action)
        while tidy and tidy[-1] is None:
            tidy.pop()
        return tidy

    def show_context_menu(self, view: QAbstractItemView, position: QPoint) -> bool:
        """Show the context menu of ``view`` at ``position`` (global); False when empty."""
        actions = self.context_actions(view)
        if not actions:
            return False
        menu = QMenu(self)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        exec_menu(menu, position)
        menu.deleteLater()
        return True

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # Item views leave the event to their parents; it arrives here from any list.
        view = _item_view_of(QApplication.widgetAt(event.globalPos()))
        if view is None and event.reason() == QContextMenuEvent.Reason.Keyboard:
            view = _item_view_of(QApplication.focusWidget())
        if (
            view is None
            or not self.isAncestorOf(view)
            or not self.show_context_menu(view, event.globalPos())
        ):
            event.ignore()

    def _context_menu_by_keyboard(self) -> None:
        view = _item_view_of(QApplication.focusWidget())
        if view is None or not self.isAncestorOf(view):
            return
        index = view.currentIndex()
        rect = view.visualRect(index) if index.isValid() else view.viewport().rect()
        self.show_context_menu(view, view.viewport().mapToGlobal(rect.center()))

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


def _item_view_of(widget: QWidget | None) -> QAbstractItemView | None:
    """The list ``widget`` belongs to (itself, or its viewport, header or editor)."""
    while widget is not None:
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            return widget
        widget = widget.parentWidget()
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
