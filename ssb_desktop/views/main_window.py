"""The main window: navigation on the left, the chosen page on the right, who and where below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ssb_desktop import __version__
from ssb_desktop.db.database import Database
from ssb_desktop.records import ROLE_LABELS
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.administration_page import AdministrationPage
from ssb_desktop.views.audit_log_page import AuditLogPage
from ssb_desktop.views.dashboard_page import DashboardPage
from ssb_desktop.views.organisations_page import OrganisationsPage
from ssb_desktop.views.page import Page

# Pages in navigation order; a page is listed here once it works (DESIGN.md section 4).
PAGE_TYPES: tuple[type[Page], ...] = (
    DashboardPage,
    OrganisationsPage,
    AuditLogPage,
    AdministrationPage,
)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Sterke Sociale Basis") + f" — {db.describe()}"
        )
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation"))
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for number, page_type in enumerate(PAGE_TYPES, start=1):
            page = page_type(db, settings)
            page.data_changed.connect(self._on_data_changed)
            self.pages.append(page)
            self.stack.addWidget(page)
            title = QCoreApplication.translate("Navigation", page_type.title)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title} (Ctrl+{number})")
            self.navigation.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            self.addAction(action)
        self.navigation.currentRowChanged.connect(self._on_navigation)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        roles = ", ".join(
            QCoreApplication.translate("Role", ROLE_LABELS[role]) for role in sorted(db.actor.roles)
        )
        self.statusBar().addPermanentWidget(
            QLabel(
                QCoreApplication.translate("MainWindow", "User: {account} ({roles})").format(
                    account=db.actor.account,
                    roles=roles or QCoreApplication.translate("MainWindow", "no access"),
                )
            )
        )
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.show_page(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        about = help_menu.addAction(QCoreApplication.translate("MainWindow", "&About"))
        about.triggered.connect(self._about)

    def _about(self) -> None:
        messages.show_info(
            self,
            QCoreApplication.translate("MainWindow", "About"),
            QCoreApplication.translate(
                "MainWindow", "ssb-desktop {version}\nDatabase: {where}"
            ).format(version=__version__, where=self.db.describe()),
        )

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def page_of(self, page_type: type[Page]) -> Page:
        return next(page for page in self.pages if isinstance(page, page_type))

    def _on_navigation(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[row].reload()
        self.pages[row].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_data_changed(self) -> None:
        # Other pages reload when they are shown next (see _on_navigation).
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved."), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
