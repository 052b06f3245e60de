"""The one way to choose an organisation of the register: type to search, a window of the
matching rows read from the database a page at a time, the keyboard throughout.

Used in forms (the successor of a succession, who objects to a tender) and as a dialog (a
bid's members, a subsidy's applicant). It never reads the whole register: the rows come from
the Organisations page's paged services (``services/organisation_list.py``), which search on
the register's index, so a hundred thousand organisations cost what a hundred do.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.models.paged_table_model import PagedTableModel
from ssb_desktop.models.record_table_model import Column
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisation_list import (
    OrganisationQuery,
    count_organisations,
    organisation_page,
    organisation_position,
    total_organisations,
)
from ssb_desktop.views.page import SearchBox
from ssb_desktop.views.paged_source import ServiceSource

COLUMNS: tuple[Column[OrganisationRecord], ...] = (
    Column(N_("Columns", "Name"), lambda r: r.name),
    Column(N_("Columns", "KvK"), lambda r: r.kvk),
    Column(N_("Columns", "City"), lambda r: r.city),
)
# Rows per query, and queries kept: a picker shows about ten rows, so four pages are screens
# of scrolling either way, and the most it ever holds.
PAGE_SIZE = 50
MAX_PAGES = 4
_MOVES = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _unsorted(
    _query: OrganisationQuery, _column: int, _order: Qt.SortOrder
) -> OrganisationQuery | None:
    return None


class OrganisationPicker(QWidget):
    """A search box over a list of the organisations ``query`` lists (by name).

    Typing narrows the list (in SQL, on the register's search index); Up, Down, Page Up and
    Page Down move through it from the search box; Enter chooses the current row
    (:attr:`chosen`); Esc empties the search, or when it is empty is left to the dialog."""

    chosen = Signal()
    current_changed = Signal()

    def __init__(
        self, db: Database, query: OrganisationQuery, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._query = replace(query, text="")
        self.model: PagedTableModel[OrganisationQuery, OrganisationRecord] = PagedTableModel(
            COLUMNS,
            ServiceSource(
                self,
                db,
                count=count_organisations,
                total=total_organisations,
                page=organisation_page,
                position=organisation_position,
            ),
            self._query,
            sorted_query=_unsorted,
            page_size=PAGE_SIZE,
            max_pages=MAX_PAGES,
            parent=self,
        )
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search name, KvK number or city"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.search_changed.connect(self._search)
        self.search.installEventFilter(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Room for six organisations, also inside a form whose other fields want the space.
        self.table.setMinimumHeight(7 * rows.defaultSectionSize() + 8)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 340)
        header.resizeSection(1, 100)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.chosen.emit())
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda _new, _old: self.current_changed.emit())
        self.found = QLabel()
        self.found.setAccessibleName(self.tr("Organisations found"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.found)
        self.setFocusProxy(self.search)
        self.setAccessibleName(self.tr("Organisation"))
        self.model.refresh()
        self._after_query()

    # --- what the list shows ----------------------------------------------------------------

    def set_query(self, query: OrganisationQuery) -> None:
        """List what ``query`` lists (the typed search still applies); the current
        organisation stays current when it is still listed."""
        self._query = replace(query, text="")
        self.model.set_query(replace(self._query, text=self.search.text()))
        self._after_query()

    def _search(self, text: str) -> None:
        self.model.set_query(replace(self._query, text=text))
        self._after_query()

    def _after_query(self) -> None:
        count = self.model.rowCount()
        self.found.setText(
            self.tr("%n organisation(s) found", "", count)
            if count
            else self.tr("No organisation matches; check the spelling or search for less.")
        )
        if count and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.current_changed.emit()

    # --- the chosen organisation ------------------------------------------------------------

    def current_record(self) -> OrganisationRecord | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        record = self.current_record()
        return None if record is None else record.id

    def select_id(self, organisation_id: int | None) -> bool:
        """Make ``organisation_id`` current; False when the list does not show it."""
        index = (
            QModelIndex() if organisation_id is None else self.model.index_for_key(organisation_id)
        )
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def names(self) -> list[str]:
        """The names the list shows now (reads every row: for short lists and tests)."""
        names = []
        for row in range(self.model.rowCount()):
            record = self.model.record(row)
            if record is not None:
                names.append(record.name)
        return names

    # --- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search:
            if key in _MOVES:
                # The list moves while the typing stays where it is.
                moved = QKeyEvent(event.type(), key, event.modifiers())
                QCoreApplication.sendEvent(self.table, moved)
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.search.flush()
                return True
            if key in _ENTER:
                self.search.flush()
                if self.current_record() is not None:
                    self.chosen.emit()
                return True
        elif watched is self.table and key in _ENTER:
            if self.current_record() is not None:
                self.chosen.emit()
            return True
        return False


class OrganisationPickerDialog(QDialog):
    """Choose one organisation of those ``query`` lists: Enter, a double-click or *Kiezen*;
    then read :attr:`chosen`."""

    def __init__(
        self, db: Database, query: OrganisationQuery, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an organisation"))
        self.chosen: OrganisationRecord | None = None
        self.picker = OrganisationPicker(db, query)
        self.picker.chosen.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hoose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        self.picker.search.flush()
        record = self.picker.current_record()
        if record is None:
            return
        self.chosen = record
        super().accept()


def pick_organisation(
    parent: QWidget, db: Database, query: OrganisationQuery
) -> OrganisationRecord | None:
    """Seam for tests: let the user choose one of the organisations ``query`` lists."""
    dialog = OrganisationPickerDialog(db, query, parent)
    try:
        dialog.exec()
        return dialog.chosen
    finally:
        dialog.deleteLater()
