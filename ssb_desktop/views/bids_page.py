"""The bids page: the bids per lot (or of every lot), recorded, corrected and given a status.

The list is read from the database a page at a time (PagedTableModel over
``services/bid_list.py``): the search, the lot filter, the sort and the count are queries,
and what the user may not see (prices, anonymised bidders) is hidden by the services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, ConflictError
from ssb_desktop.models.bid_columns import BID_COLUMN_WIDTHS, BID_COLUMNS, LOT_COLUMN
from ssb_desktop.models.paged_table_model import PagedTableModel
from ssb_desktop.records import BID_STATUS_LABELS, BidRecord, BidStatus, LotRecord
from ssb_desktop.services.bid_list import (
    BidQuery,
    BidSort,
    bid_page,
    bid_position,
    bids_listed,
    count_bids,
    total_bids,
)
from ssb_desktop.services.bids import get_bid, set_bid_status
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import list_lots
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.bid_dialog import BidDialog, lot_text
from ssb_desktop.views.page import EXPORT_KEYS, IMPORT_KEYS, Page, SearchBox
from ssb_desktop.views.paged_source import ServiceSource

# The column clicked → the order of the list (the partners column cannot be sorted by).
_SORTS: dict[int, BidSort] = {
    LOT_COLUMN: BidSort.LOT,
    1: BidSort.CODE,
    2: BidSort.BIDDER,
    3: BidSort.MEMBERS,
    5: BidSort.RECEIVED,
    6: BidSort.LATE,
    7: BidSort.PER_YEAR,
    8: BidSort.TOTAL,
    9: BidSort.STATUS,
    10: BidSort.REASON,
}


def _rows_of(query: BidQuery) -> BidQuery:
    """The query without its order: which bids are listed."""
    return replace(query, sort=BidSort.LOT, descending=False)


def _sorted_query(query: BidQuery, column: int, order: Qt.SortOrder) -> BidQuery | None:
    sort = _SORTS.get(column)
    if sort is None:
        return None
    return replace(query, sort=sort, descending=order == Qt.SortOrder.DescendingOrder)


def _status_labels() -> tuple[tuple[BidStatus, str], ...]:
    """Each status as the list names it, for the search."""
    return tuple(
        (status, QCoreApplication.translate("BidStatus", BID_STATUS_LABELS[status]))
        for status in BidStatus
    )


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """Seam for tests: a reason typed by the user, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok else None


def import_from_excel(page: BidsPage) -> None:
    """Seam: import bids from a workbook (the exchange module reloads the page)."""
    from ssb_desktop.views import bid_exchange

    bid_exchange.run_bids_import(page)


def export_to_excel(page: BidsPage, records: Sequence[BidRecord], lot: LotRecord | None) -> None:
    """Seam: write ``records`` (the list as filtered and sorted on screen) to a workbook."""
    from ssb_desktop.views import bid_exchange

    bid_exchange.run_bids_export(page, records, lot)


class BidsPage(Page):
    """Bids per lot: who bid (alone or as a consortium), when, at what price, and their status."""

    title = N_("Navigation", "Bids")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self._can_edit = Permission.EDIT_PROCUREMENTS in permissions_of(db.actor.roles)
        self.model: PagedTableModel[BidQuery, BidRecord] = PagedTableModel(
            BID_COLUMNS,
            ServiceSource(
                self,
                db,
                count=count_bids,
                total=total_bids,
                page=bid_page,
                position=bid_position,
            ),
            BidQuery(status_labels=_status_labels()),
            sorted_query=_sorted_query,
            rows_of=_rows_of,
            parent=self,
        )
        self._lots: dict[int, LotRecord] = {}
        self._build_actions()
        self._build()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New bid…"), self.new_bid, [QKeySequence(QKeySequence.StandardKey.New)]
        )
        # Enter edits only while the list has focus: in the search box it keeps its meaning.
        self.edit_action = self._action(
            self.tr("&Edit…"),
            self.edit_current,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.valid_action = self._action(
            self.tr("Mark &valid"),
            lambda: self.set_status(BidStatus.VALID),
            [QKeySequence("Ctrl+Shift+V")],
        )
        self.incomplete_action = self._action(
            self.tr("Mark &incomplete"),
            lambda: self.set_status(BidStatus.INCOMPLETE),
            [QKeySequence("Ctrl+Shift+I")],
        )
        self.exclude_action = self._action(
            self.tr("E&xclude…"),
            lambda: self.set_status(BidStatus.EXCLUDED),
            [QKeySequence("Ctrl+Shift+X")],
        )
        self.withdraw_action = self._action(
            self.tr("Mark &withdrawn…"),
            lambda: self.set_status(BidStatus.WITHDRAWN),
            [QKeySequence("Ctrl+Shift+W")],
        )
        self.import_action = self._action(
            self.tr("&Import from Excel…"), lambda: import_from_excel(self), IMPORT_KEYS
        )
        self.export_action = self._action(
            self.tr("E&xport to Excel…"),
            lambda: export_to_excel(self, self.listed_records(), self.current_lot()),
            EXPORT_KEYS,
        )
        self.export_action.setToolTip(self.tr("Export the bids as listed now."))
        self.find_action = self._action(
            self.tr("Find"), self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.lot_action = self._action(
            self.tr("Choose lot"), self.focus_lot, [QKeySequence("Ctrl+L")]
        )
        self.addActions(
            [
                self.new_action,
                self.find_action,
                self.lot_action,
                self.valid_action,
                self.incomplete_action,
                self.exclude_action,
                self.withdraw_action,
                self.import_action,
                self.export_action,
            ]
        )

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Bids"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addSeparator()
        toolbar.addActions(
            [self.valid_action, self.incomplete_action, self.exclude_action, self.withdraw_action]
        )
        toolbar.addSeparator()
        toolbar.addActions([self.import_action, self.export_action])

        self.lot_filter = QComboBox()
        self.lot_filter.setAccessibleName(self.tr("Lot"))
        self.lot_filter.addItem(self.tr("All lots"), None)
        self.lot_filter.currentIndexChanged.connect(lambda _index: self._on_lot_chosen())
        lot_label = QLabel(self.tr("&Lot"))
        lot_label.setBuddy(self.lot_filter)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search bidder, code, status… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search bids"))
        self.search.search_changed.connect(lambda _text: self._apply_filters())
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(lot_label)
        filters.addWidget(self.lot_filter, 2)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Bids"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in enumerate(BID_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(LOT_COLUMN, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.table.setSortingEnabled(True)
        self.table.addAction(self.edit_action)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.layoutChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    # --- loading ----------------------------------------------------------------------------

    def current_lot(self) -> LotRecord | None:
        """The lot chosen in the selector, or None for all lots."""
        lot_id = self.lot_filter.currentData()
        return self._lots.get(lot_id) if lot_id is not None else None

    def choose_lot(self, lot_id: int | None) -> None:
        """Show the bids of ``lot_id`` (None: of every lot)."""
        self.lot_filter.setCurrentIndex(max(0, self.lot_filter.findData(lot_id)))

    def reload(self) -> None:
        """Load the lots, count the bids and show the first page again; the lot chosen and
        the current bid stay chosen."""
        try:
            with self.db.reading() as session:
                lots = list_lots(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._set_lots(lots)
        current = self.current_record()
        self._apply_filters()
        self.model.refresh()
        if current is not None and current.id is not None:
            self.select_id(current.id)
        self._update_actions()

    def listed_records(self) -> list[BidRecord]:
        """Every bid of the list as filtered and sorted now (what an export holds)."""
        query = self.model.query()
        found = self.read(lambda session: bids_listed(session, query))
        return [] if found is None else found

    def _set_lots(self, lots: Sequence[LotRecord]) -> None:
        chosen = self.lot_filter.currentData()
        self._lots = {lot.id: lot for lot in lots if lot.id is not None}
        self.lot_filter.blockSignals(True)
        try:
            self.lot_filter.clear()
            self.lot_filter.addItem(self.tr("All lots"), None)
            for lot_id, lot in self._lots.items():
                self.lot_filter.addItem(lot_text(lot), lot_id)
            self.lot_filter.setCurrentIndex(max(0, self.lot_filter.findData(chosen)))
        finally:
            self.lot_filter.blockSignals(False)

    def _on_lot_chosen(self) -> None:
        self._apply_filters()
        self._update_actions()

    def _apply_filters(self) -> None:
        query = replace(
            self.model.query(), lot_id=self.lot_filter.currentData(), text=self.search.text()
        )
        self.model.set_query(query)

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on the partners column leaves order and indicator as they were."""
        if column in _SORTS:
            return
        query = self.model.query()
        shown = next(number for number, each in _SORTS.items() if each is query.sort)
        descending = Qt.SortOrder.DescendingOrder
        order = descending if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(shown, order)
        header.blockSignals(False)

    def _update_count(self) -> None:
        lot = self.current_lot()
        if lot is None:
            text = self.tr("%n bids", "", self.model.rowCount())
        else:
            text = self.tr("%n bids on lot {lot}", "", self.model.rowCount()).format(lot=lot.label)
        self.count_label.setText(text)

    # --- the selection ----------------------------------------------------------------------

    def current_record(self) -> BidRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_id(self, bid_id: int) -> bool:
        index = self.model.index_for_key(bid_id)
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def show_bid(self, bid_id: int, lot_id: int | None) -> bool:
        """Select the bid on its lot, whatever the search box held (Search everything)."""
        self.search.setText("")
        self.search.flush()
        self.choose_lot(lot_id)
        found = self.select_id(bid_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_lot(self) -> None:
        self.lot_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_actions(self) -> None:
        record = self.current_record()
        can_change = record is not None and self._can_edit
        self.new_action.setEnabled(self._can_edit and bool(self._lots))
        self.edit_action.setEnabled(can_change)
        status = record.status if record is not None else None
        for action, target in (
            (self.valid_action, BidStatus.VALID),
            (self.incomplete_action, BidStatus.INCOMPLETE),
            (self.exclude_action, BidStatus.EXCLUDED),
            (self.withdraw_action, BidStatus.WITHDRAWN),
        ):
            action.setEnabled(can_change and status is not target)
        self.import_action.setEnabled(self._can_edit)

    # --- changing ---------------------------------------------------------------------------

    def _changed(self, select: int | None) -> None:
        self.reload()
        if select is not None:
            self.select_id(select)
        self.data_changed.emit()

    def new_bid(self) -> None:
        if not self._can_edit or not self._lots:
            return
        lot = self.current_lot()
        dialog = BidDialog(
            self.db,
            list(self._lots.values()),
            None,
            lot_id=lot.id if lot is not None else None,
            parent=self,
        )
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(dialog.saved.id)
        dialog.deleteLater()

    def edit_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None or not self._can_edit:
            return
        bid_id = record.id
        fresh = self.call(lambda s: get_bid(s, bid_id))
        if fresh is None:
            self.reload()
            return
        dialog = BidDialog(self.db, list(self._lots.values()), fresh, parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(bid_id)
        dialog.deleteLater()

    def set_status(self, status: BidStatus) -> None:
        """Mark the current bid valid, incomplete, excluded (with a reason) or withdrawn."""
        record = self.current_record()
        if record is None or record.id is None or not self._can_edit:
            return
        name = f"{record.code} {record.lead_name}".strip()
        reason = ""
        if status is BidStatus.EXCLUDED:
            typed = ask_reason(
                self,
                self.tr("Exclude bid"),
                self.tr("Why is bid {name} excluded? The reason is recorded.").format(name=name),
            )
            if typed is None:
                return
            reason = typed
        elif status is BidStatus.WITHDRAWN and not messages.confirm(
            self,
            self.tr("Bid withdrawn"),
            self.tr("Record that bid {name} has been withdrawn by the bidder?").format(name=name),
            destructive=True,
            confirm_text=self.tr("Withdrawn"),
        ):
            return
        bid_id, version = record.id, record.version
        try:
            with self.db.transaction() as session:
                set_bid_status(session, bid_id, status, reason, version)
        except ConflictError as error:
            messages.show_error(self, error)
            self.reload()
            return
        except AppError as error:
            messages.show_error(self, error)
            return
        self._changed(bid_id)
