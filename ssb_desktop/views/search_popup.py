"""Ctrl+K: one search box over every kind of record, results grouped by kind as you type;
Enter (or a double click) opens the record on its page (services/search.py finds them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.services.search import (
    SEARCH_LIMIT,
    SearchHit,
    SearchKind,
    SearchResult,
    search_everything,
)
from ssb_desktop.views.field_problems import fetch

TYPING_DELAY_MS = 200
MIN_CHARACTERS = 2
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchPopup(QDialog):
    """Type, look, press Enter: ``chosen`` carries the record to open, and the popup closes."""

    chosen = Signal(object)  # the SearchHit to open

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Search everything"))
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Name, KvK number, reference or text…"))
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setColumnCount(2)
        self.results.setHeaderLabels([self.tr("Reference"), self.tr("Name")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setColumnWidth(0, 190)
        self.results.itemActivated.connect(lambda _item, _column: self.open_current())
        self.status = QLabel(self.tr("Type at least two characters."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.installEventFilter(self)
        self.resize(640, 460)

    def kind_title(self, kind: SearchKind) -> str:
        return {
            SearchKind.ORGANISATION: self.tr("Organisations"),
            SearchKind.PROCUREMENT: self.tr("Procurements"),
            SearchKind.BID: self.tr("Bids"),
            SearchKind.CONTRACT: self.tr("Contracts"),
            SearchKind.APPLICATION: self.tr("Subsidy applications"),
            SearchKind.OBJECTION: self.tr("Objections"),
        }[kind]

    # --- searching ------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now for what the field holds (the typing delay calls this)."""
        self._timer.stop()
        text = self.field.text()
        if len(text.strip()) < MIN_CHARACTERS:
            self.results.clear()
            self.status.setText(self.tr("Type at least two characters."))
            return
        result = fetch(self, self.db, lambda session: search_everything(session, text))
        if result is not None:  # a failed search is shown by fetch
            self.show_result(result)

    def show_result(self, result: SearchResult) -> None:
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for kind in SearchKind:
            hits = result.of_kind(kind)
            if not hits:
                continue
            title = self.kind_title(kind)
            if kind in result.more:
                title = self.tr("{kind} (the first {n}; type more to narrow)").format(
                    kind=title, n=SEARCH_LIMIT
                )
            group = QTreeWidgetItem(self.results, [title])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a result to choose
            for hit in hits:
                item = QTreeWidgetItem(group, [hit.reference or "—", self._name(hit)])
                item.setData(0, HIT_ROLE, hit)
                first = first or item
            group.setExpanded(True)
        count = len(result.hits)
        self.status.setText(
            self.tr("%n found; Enter opens the chosen one.", "", count)
            if count
            else self.tr("Nothing found.")
        )
        if first is not None:
            self.results.setCurrentItem(first)

    def _name(self, hit: SearchHit) -> str:
        if hit.name:
            return hit.name
        if hit.kind in (SearchKind.BID, SearchKind.CONTRACT, SearchKind.OBJECTION):
            return self.tr("(names hidden from you on this lot)")
        return ""

    # --- choosing -------------------------------------------------------------------------

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(0, HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()  # Enter right after typing: the results of what was typed
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.chosen.emit(hit)

    def _step(self, forward: bool) -> None:
        """The next (previous) result, skipping the kind headings."""
        items: list[QTreeWidgetItem] = []
        for index in range(self.results.topLevelItemCount()):
            group = self.results.topLevelItem(index)
            if group is not None:
                items += [
                    child
                    for row in range(group.childCount())
                    if (child := group.child(row)) is not None
                ]
        if not items:
            return
        current = self.results.currentItem()
        position = items.index(current) if current in items else -1
        position = min(len(items) - 1, position + 1) if forward else max(0, position - 1)
        self.results.setCurrentItem(items[position])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(key == Qt.Key.Key_Down)
                return True
        return super().eventFilter(watched, event)
