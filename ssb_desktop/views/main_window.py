"""The main window: navigation on the left, the chosen page on the right, who and where below."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ssb_desktop import __version__
from ssb_desktop.errors import N_, AppError
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages, unsaved
from ssb_desktop.views.icons import app_icon, page_icon
from ssb_desktop.views.wait_indicator import WaitIndicator

if TYPE_CHECKING:
    from ssb_desktop.db.database import Database
    from ssb_desktop.services.search import SearchHit
    from ssb_desktop.views.file_menu import Address, DatabaseHandling
    from ssb_desktop.views.help_window import HelpWindow
    from ssb_desktop.views.page import Page
    from ssb_desktop.views.search_popup import SearchPopup

# Pages in navigation order, listed once they work (DESIGN.md section 4). The modules are
# imported only after the window is shown: they pull in SQLAlchemy, which would otherwise
# delay the first paint by most of a second.
PAGES: tuple[tuple[str, str], ...] = (
    (N_("Navigation", "Dashboard"), "ssb_desktop.views.dashboard_page:DashboardPage"),
    (N_("Navigation", "Organisations"), "ssb_desktop.views.organisations_page:OrganisationsPage"),
    (N_("Navigation", "Procurements"), "ssb_desktop.views.procurements_page:ProcurementsPage"),
    (N_("Navigation", "Bids"), "ssb_desktop.views.bids_page:BidsPage"),
    (N_("Navigation", "Evaluation"), "ssb_desktop.views.evaluation_page:EvaluationPage"),
    (N_("Navigation", "Awards & contracts"), "ssb_desktop.views.awards_page:AwardsPage"),
    (N_("Navigation", "Subsidies"), "ssb_desktop.views.subsidies_page:SubsidiesPage"),
    (N_("Navigation", "Audit log"), "ssb_desktop.views.audit_log_page:AuditLogPage"),
    (
        N_("Navigation", "Administration"),
        "ssb_desktop.views.administration_page:AdministrationPage",
    ),
)
P = TypeVar("P", bound="Page")


def _page_type(target: str) -> type[Page]:
    module_name, _, class_name = target.partition(":")
    page_type = getattr(importlib.import_module(module_name), class_name)
    assert isinstance(page_type, type)
    return page_type


class MainWindow(QMainWindow):
    """Shown at once with its navigation; the database and pages attach a moment later."""

    ready = Signal()  # the database is open and the first page is built and loaded
    failed = Signal(int)  # opening the database failed; the exit code

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self._opener: Callable[[], Database] | None = None
        self.settings = settings
        self.help_window: HelpWindow | None = None
        self.search_popup: SearchPopup | None = None
        # Opening another database (startup's functions, handed in by app); without it the
        # File menu's database items are unavailable (some tests).
        self.database_handling: DatabaseHandling | None = None
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Sterke Sociale Basis"))
        self.setWindowIcon(app_icon())
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
        self.navigation.setIconSize(QSize(16, 16))
        self.stack = QStackedWidget()
        # Each page is built when it is first shown (start-up builds only the first); until
        # then its place in the stack holds an empty widget.
        self._pages: list[Page | None] = []
        self._fresh: set[int] = set()
        self.waiting = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.waiting)
        for number, (title, target) in enumerate(PAGES, start=1):
            text = QCoreApplication.translate("Navigation", title)
            item = QListWidgetItem(page_icon(target), text)
            item.setToolTip(f"{text} (Ctrl+{number})")
            self.navigation.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            self.addAction(action)
        # Wide enough for the longest page name in either language, at any scale.
        self.navigation.setFixedWidth(
            min(260, self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8)
        )
        self.navigation.setEnabled(False)
        self.navigation.currentRowChanged.connect(self._on_navigation)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """The first window: 1280 x 800 where that fits, else the screen's free area less a
        margin for the frame (a 1366 x 768 laptop), centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        free = screen.availableGeometry()
        width = min(1280, free.width() - 16)
        height = min(800, free.height() - 48)  # the title bar and frame come on top
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def open_database_soon(self, opener: Callable[[], Database]) -> None:
        """Open the database once the window has been painted; errors are shown, not raised."""
        self._opener = opener
        if self.isVisible():
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        opener, self._opener = self._opener, None
        if opener is not None:
            # After this paint reaches the screen, not before: the user sees the window first.
            QTimer.singleShot(0, lambda: self._open_now(opener))

    def _open_now(self, opener: Callable[[], Database]) -> None:
        try:
            db = opener()
        except AppError as error:
            messages.show_error(self, error)
            self.failed.emit(error.exit_code)
            return
        self.attach_database(db)
        self._remember(db)

    def attach_database(self, db: Database) -> None:
        """Show the first page on ``db``; every other page is built when first opened."""
        self.db = db
        db.on_wait = WaitIndicator(self)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Sterke Sociale Basis") + f" — {db.describe()}"
        )
        # The waiting label at start-up, or the pages of the database used before.
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._fresh = set()
        self._pages = [None] * len(PAGES)
        for _target in PAGES:
            self.stack.addWidget(QWidget())
        self._show_user()
        self.navigation.setEnabled(True)
        self.show_page(0)
        if self.stack.currentIndex() != 0 or self._pages[0] is None:
            self._on_navigation(0)
        self.ready.emit()

    def switch_database(
        self, address: Address, on_refusal: Callable[[AppError], None] | None = None
    ) -> bool:
        """Continue on another database (File menu): ask about unsaved work first, open it
        (its schema upgraded after a backup), then show it; True when it is shown. A refusal
        is shown, or handed to ``on_refusal``; the database in use then stays."""
        handling = self.database_handling
        if handling is None or not self.may_close():
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = handling.open(address)
        except AppError as error:
            QApplication.restoreOverrideCursor()
            if on_refusal is not None:
                on_refusal(error)
            else:
                messages.show_error(self, error)
            return False
        QApplication.restoreOverrideCursor()
        previous = self.db
        self.attach_database(db)
        if previous is not None:
            previous.dispose()
        self._remember(db)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opened: {where}").format(where=db.describe()),
            8000,
        )
        return True

    def _remember(self, db: Database) -> None:
        if self.database_handling is not None:
            self.settings.remember_database(self.database_handling.address(db))
            self.settings.sync()

    def _show_user(self) -> None:
        from ssb_desktop.records import ROLE_LABELS

        assert self.db is not None
        actor = self.db.actor
        roles = ", ".join(
            QCoreApplication.translate("Role", ROLE_LABELS[role]) for role in sorted(actor.roles)
        )
        self.user_label.setText(
            QCoreApplication.translate("MainWindow", "User: {account} ({roles})").format(
                account=actor.account,
                roles=roles or QCoreApplication.translate("MainWindow", "no access"),
            )
        )

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        from ssb_desktop.views.file_menu import FileMenu

        self.file_menu = FileMenu(self, file_menu, self.settings)
        file_menu.addSeparator()
        self.search_action = file_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Search everything…")
        )
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_search)
        file_menu.addSeparator()
        reload_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Reload"))
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload_current)
        print_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Print…"))
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_current)
        quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        # Ctrl+Q on every platform (Windows and Qt's offscreen platform bind no Quit key).
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        # Every toolbar action of the page shown, for the keyboard (Alt+A) and screen readers.
        self.actions_menu = self.menuBar().addMenu(
            QCoreApplication.translate("MainWindow", "&Actions")
        )
        self.actions_menu.aboutToShow.connect(self._fill_actions_menu)
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        manual = help_menu.addAction(QCoreApplication.translate("MainWindow", "&Manual"))
        manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        manual.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        manual.triggered.connect(self.show_manual)
        shortcuts = help_menu.addAction(
            QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")
        )
        shortcuts.triggered.connect(lambda: self._help().show_shortcuts())
        about = help_menu.addAction(QCoreApplication.translate("MainWindow", "&About"))
        about.triggered.connect(self._about)

    def page_actions(self) -> list[QAction | None]:
        """The toolbar actions of the page shown (of its current tab), None between toolbars."""
        if not self.pages:
            return []
        from ssb_desktop.views.page import toolbar_actions

        page = self.current_page()
        return toolbar_actions(
            [bar for bar in page.findChildren(QToolBar) if bar.isVisibleTo(page)]
        )

    def _fill_actions_menu(self) -> None:
        self.actions_menu.clear()
        actions = self.page_actions()
        for action in actions:
            if action is None:
                self.actions_menu.addSeparator()
            else:
                self.actions_menu.addAction(action)
        if not actions:
            empty = self.actions_menu.addAction(
                QCoreApplication.translate("MainWindow", "No actions on this page")
            )
            empty.setEnabled(False)

    def _help(self) -> HelpWindow:
        from ssb_desktop.views.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow()
            self.help_window.actions_source = self.shortcut_actions
        return self.help_window

    def show_manual(self) -> None:
        """F1: the manual at the section of the page shown."""
        from ssb_desktop.views.help_window import PAGE_TOPICS

        row = self.stack.currentIndex() if self._pages else -1
        self._help().show_topic(PAGE_TOPICS[row] if 0 <= row < len(PAGE_TOPICS) else "index")

    def shortcut_actions(self) -> list[tuple[str, QAction]]:
        """(where, action) of every action with a shortcut: the window's, then each page's."""
        per_page = [
            (self.navigation.item(row).text(), page.findChildren(QAction))
            for row, page in enumerate(self.pages)
        ]
        on_pages = {id(action) for _where, actions in per_page for action in actions}
        everywhere = QCoreApplication.translate("MainWindow", "Everywhere")
        found = [
            (everywhere, action)
            for action in self.findChildren(QAction)
            if id(action) not in on_pages and action.shortcuts()
        ]
        for where, actions in per_page:
            found += [(where, action) for action in actions if action.shortcuts()]
        return found

    def _about(self) -> None:
        messages.show_info(
            self,
            QCoreApplication.translate("MainWindow", "About"),
            QCoreApplication.translate(
                "MainWindow", "ssb-desktop {version}\nDatabase: {where}"
            ).format(version=__version__, where=self.db.describe() if self.db else "—"),
        )

    @property
    def pages(self) -> list[Page]:
        """Every page, each built now if it was not yet."""
        return [self._page_at(row) for row in range(len(self._pages))]

    def _page_at(self, row: int) -> Page:
        """The page of navigation row ``row``, built on first use."""
        page = self._pages[row]
        if page is not None:
            return page
        assert self.db is not None
        page = _page_type(PAGES[row][1])(self.db, self.settings)
        page.data_changed.connect(self._on_data_changed)
        from ssb_desktop.views.dashboard_page import DashboardPage

        if isinstance(page, DashboardPage):
            page.open_organisation_requested.connect(self.show_organisation)
            page.open_user_requested.connect(self.show_user)
            page.clocks.open_lot_requested.connect(self.show_award_lot)
        placeholder = self.stack.widget(row)
        current = self.stack.currentIndex()
        # A page taller than the screen (150 % scaling, 1366x768) scrolls instead of pushing
        # the window, and its status bar, off the screen.
        holder = QScrollArea()
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setWidget(page)
        self.stack.insertWidget(row, holder)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self._pages[row] = page
        return page

    def show_page(self, row: int) -> None:
        if self._pages:
            self.navigation.setCurrentRow(row)

    def current_page(self) -> Page:
        return self._page_at(self.stack.currentIndex())

    def page_of(self, page_type: type[P]) -> P:
        """Show the page of ``page_type`` with its records loaded (to select one of them)."""
        row = next(
            row for row, (_title, target) in enumerate(PAGES) if _page_type(target) is page_type
        )
        page = self._page_at(row)
        assert isinstance(page, page_type)
        # Loaded now, not in the background: the caller selects a record right after. A
        # background load still under way keeps that selection when it arrives.
        page.reload()
        self._fresh.add(row)
        self.show_page(row)
        return page

    def show_organisation(self, organisation_id: int) -> None:
        """The Organisations page with this organisation selected (from the Dashboard)."""
        from ssb_desktop.views.organisations_page import OrganisationsPage

        page = self.page_of(OrganisationsPage)
        page.search.setText("")
        page.search.flush()
        page.select_id(organisation_id)

    def show_user(self, user_id: int) -> None:
        from ssb_desktop.views.administration_page import AdministrationPage

        self.page_of(AdministrationPage).show_user(user_id)

    def show_award_lot(self, lot_id: int) -> None:
        """The Awards & contracts page on this lot (from a clock on the Dashboard)."""
        from ssb_desktop.views.awards_page import AwardsPage

        self.page_of(AwardsPage).choose_lot(lot_id)

    def open_search(self) -> None:
        """Ctrl+K: search every kind of record; the one chosen opens on its page."""
        if self.db is None:
            return
        from ssb_desktop.views.search_popup import SearchPopup

        if self.search_popup is None or self.search_popup.db is not self.db:
            self.search_popup = SearchPopup(self.db, self)
            self.search_popup.chosen.connect(self.show_hit)
        self.search_popup.field.selectAll()
        self.search_popup.open()
        self.search_popup.field.setFocus()

    def show_hit(self, hit: SearchHit) -> None:
        """The page of ``hit`` with its record selected."""
        from ssb_desktop.services.search import SearchKind
        from ssb_desktop.views.awards_page import AwardsPage
        from ssb_desktop.views.bids_page import BidsPage
        from ssb_desktop.views.procurements_page import ProcurementsPage
        from ssb_desktop.views.subsidies_page import SubsidiesPage

        if hit.kind is SearchKind.ORGANISATION:
            self.show_organisation(hit.record_id)
        elif hit.kind is SearchKind.PROCUREMENT:
            self.page_of(ProcurementsPage).select_procurement(hit.record_id)
        elif hit.kind is SearchKind.BID:
            self.page_of(BidsPage).show_bid(hit.record_id, hit.lot_id)
        elif hit.kind is SearchKind.CONTRACT and hit.lot_id is not None:
            self.page_of(AwardsPage).show_contract(hit.lot_id, hit.record_id)
        elif hit.kind is SearchKind.OBJECTION and hit.lot_id is not None:
            self.page_of(AwardsPage).show_objection(hit.lot_id, hit.record_id)
        elif hit.kind is SearchKind.APPLICATION:
            self.page_of(SubsidiesPage).show_application(hit.record_id)

    def print_current(self) -> None:
        """Print what the current page shows, with a preview (also to save as PDF)."""
        if not self.pages:
            return
        row = self.navigation.currentRow()
        title = self.navigation.item(row).text() if row >= 0 else self.windowTitle()
        self.current_page().print_page(title)

    def reload_current(self) -> None:
        if self._pages:
            self.current_page().start_reload()

    def _on_navigation(self, row: int) -> None:
        if row < 0 or row >= len(self._pages):
            return
        previous = self.stack.currentIndex()
        leaving = 0 <= previous < len(self._pages) and previous != row
        left = self._pages[previous] if leaving else None
        if left is not None and not self._settle(left):
            # Stay on the page with the unsaved work.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(previous)
            self.navigation.blockSignals(False)
            return
        page = self._page_at(row)
        self.stack.setCurrentIndex(row)
        # A page reloads when first shown and after another page changed data; F5 reloads
        # on demand (colleagues sharing a PostgreSQL database change data too).
        if row not in self._fresh:
            page.start_reload()
            self._fresh.add(row)
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_data_changed(self) -> None:
        sender = self.sender()
        self._fresh = {row for row, page in enumerate(self._pages) if page is sender}
        self._show_user()
        # Other pages reload when they are shown next (see _on_navigation).
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved."), 4000)

    def _settle(self, page: Page) -> bool:
        """Opslaan / Niet opslaan / Annuleren when ``page`` holds unsaved work."""
        return unsaved.settle(
            self,
            page,
            QCoreApplication.translate(
                "MainWindow", "The page {page} has changes that are not saved. Save them?"
            ).format(page=self.navigation.item(self._pages.index(page)).text()),
        )

    def may_close(self) -> bool:
        """True when no page holds unsaved work any more (saved, or thrown away on purpose)."""
        # Only pages that were opened can hold work; the others are never built for this.
        built = [page for page in self._pages if page is not None]
        if not built:
            return True
        current = self.current_page()
        for page in [current, *(page for page in built if page is not current)]:
            if not page.has_unsaved_changes():
                continue
            if page is not self.current_page():
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(self._pages.index(page))
                self.navigation.blockSignals(False)
                self.stack.setCurrentWidget(page)
            if not self._settle(page):
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
