"""A table over a list that lives in the database: records fetched a page at a time.

For the lists that grow with the years (DESIGN.md section 3). The model knows the number of
rows (counted in SQL) and holds only the pages the view has asked for, a bounded number of
them; sorting and filtering are a new *query*, which the source runs in SQL. The model never
sees a session: its :class:`PagedSource` (written by the page, over a service) turns queries
into counts and pages of records.
"""

from __future__ import annotations

import operator
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ssb_desktop.models.record_table_model import COLUMNS_CONTEXT, Column, column_texts

R = TypeVar("R")
Q = TypeVar("Q")
R_co = TypeVar("R_co", covariant=True)
Q_contra = TypeVar("Q_contra", contravariant=True)

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
# Pages kept; the least recently used goes first. 40 pages of 100 rows: a few screens of
# scrolling either way without a query, and a bounded memory whatever the list's length.
MAX_PAGES = 40
# After a new sort or filter, the rows of at most this many persistent indexes (the current
# row, a small selection) are looked up; a larger selection is dropped.
_REMAP_LIMIT = 20
# ... and only within this many rows from the top: finding a row deep in a million costs a
# walk of the whole index (a tenth of a second or more, on the GUI thread). Further down, the
# row stays out of the selection; the list opens at its top anyway.
_REMAP_WITHIN = 10_000
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_NO_HINT = QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint


class PagedSource(Protocol[Q_contra, R_co]):
    """What a :class:`PagedTableModel` asks the database, through the services."""

    def count(self, query: Q_contra) -> int:
        """The number of rows ``query`` lists."""
        ...

    def total(self) -> int:
        """The number of rows without any filter (for "12 of 5,000")."""
        ...

    def page(self, query: Q_contra, offset: int, limit: int, count: int) -> Sequence[R_co]:
        """Rows ``offset`` to ``offset + limit`` of ``query`` (``count`` rows in all)."""
        ...

    def position(self, query: Q_contra, key: Any, within: int | None = None) -> int | None:
        """The row of the record with ``key`` in ``query``'s list, None when not listed
        (or, with ``within``, when listed further down than that row)."""
        ...


class _Page(Generic[R]):
    __slots__ = ("records", "texts")

    def __init__(self, records: list[R], texts: list[list[str]]) -> None:
        self.records = records
        self.texts = texts


class PagedTableModel(QAbstractTableModel, Generic[Q, R]):
    """A read-only table over ``source``'s pages of records, in ``query``'s order.

    ``sorted_query(query, column, order)`` gives the query for a click on a column header,
    or None when that column cannot be sorted by (the view's sort is then ignored);
    ``rows_of(query)``, when given, is the part of a query that decides which rows are listed
    (not their order): a new query with the same part keeps the count instead of asking again.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        source: PagedSource[Q, R],
        query: Q,
        *,
        sorted_query: Callable[[Q, int, Qt.SortOrder], Q | None],
        rows_of: Callable[[Q], Hashable] | None = None,
        key: Callable[[R], Hashable] = operator.attrgetter("id"),
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._source = source
        self._query = query
        self._sorted_query = sorted_query
        self._rows_of = rows_of
        self._key = key
        self._page_size = page_size
        self._max_pages = max_pages
        self._pages: OrderedDict[int, _Page[R]] = OrderedDict()
        self._count = 0
        self._total = 0
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.queries = 0

    # --- the query --------------------------------------------------------------------------

    def query(self) -> Q:
        return self._query

    def set_query(self, query: Q) -> None:
        """List ``query``'s rows; the views keep their current row where it is still listed."""
        if query == self._query:
            return
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _NO_HINT)  # type: ignore[index]
        old_indexes = self.persistentIndexList()
        old_keys: list[Hashable | None] = []
        for index in old_indexes:
            key = self._cached_key(index.row())
            if key is None and len(old_keys) < _REMAP_LIMIT:
                record = self.record(index.row())
                key = None if record is None else self._key(record)
            old_keys.append(key)
        same_rows = self._rows_of is not None and self._rows_of(query) == self._rows_of(self._query)
        self._query = query
        self._pages.clear()
        if not same_rows:
            self._count = self._source.count(query)
        if old_indexes:
            rows: dict[Hashable, int | None] = {}
            for key in old_keys:
                if key is not None and key not in rows and len(rows) < _REMAP_LIMIT:
                    rows[key] = self._source.position(query, key, _REMAP_WITHIN)
            new_indexes = []
            for old, key in zip(old_indexes, old_keys, strict=True):
                row = rows.get(key) if key is not None else None
                new_indexes.append(
                    QModelIndex() if row is None else self.createIndex(row, old.column())
                )
            self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _NO_HINT)  # type: ignore[index]

    def refresh(self) -> None:
        """Count and fetch again (after a change): the views reset."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._source.count(self._query)
        self._total = self._source.total()
        self.endResetModel()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = self._sorted_query(self._query, column, order)
        if query is None:
            return
        self._sort_column, self._sort_order = column, order
        self.set_query(query)

    # --- reading ----------------------------------------------------------------------------

    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def total_row_count(self) -> int:
        """The number of rows without any filter, as of the last :meth:`refresh`."""
        return self._total

    def cached_row_count(self) -> int:
        """How many records the model holds now (a few pages, never the whole list)."""
        return sum(len(page.records) for page in self._pages.values())

    def record(self, row: int) -> R | None:
        """The record at ``row``, fetched with its page when needed; None past the rows."""
        located = self._locate(row)
        if located is None:
            return None
        page, position = located
        return page.records[position]

    def row_at(self, index: AnyIndex) -> R:
        """The record shown at ``index`` (any column of its row)."""
        if not index.isValid() or index.model() is not self:
            raise IndexError("index does not belong to this model")
        record = self.record(index.row())
        if record is None:
            raise IndexError("the row is no longer in the list")
        return record

    def index_for_key(self, key: Hashable, column: int = 0) -> QModelIndex:
        """The index of the record with ``key``, or an invalid index when it is not listed."""
        for number, page in self._pages.items():
            for position, record in enumerate(page.records):
                if self._key(record) == key:
                    return self.index(number * self._page_size + position, column)
        row = self._source.position(self._query, key)
        if row is None or not 0 <= row < self._count:
            return QModelIndex()
        return self.index(row, column)

    def replace_row(self, record: R) -> bool:
        """Show the new state of a listed record where it is (no new query); False when no
        fetched row has its key. The row keeps its place until the next query."""
        key = self._key(record)
        for number, page in self._pages.items():
            for position, held in enumerate(page.records):
                if self._key(held) == key:
                    page.records[position] = record
                    for texts, column in zip(page.texts, self._columns, strict=True):
                        texts[position] = column_texts(column, [record])[0]
                    row = number * self._page_size + position
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self._columns) - 1)
                    )
                    return True
        return False

    # --- QAbstractItemModel -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if not 0 <= column < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            located = self._locate(index.row())
            if located is None:
                return None
            page, position = located
            return page.texts[column][position]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[column].alignment
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._columns[column].tooltip
            if tooltip is not None:
                record = self.record(index.row())
                if record is not None:
                    return tooltip(record) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate(COLUMNS_CONTEXT, self._columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._columns[section].alignment
            return None
        return super().headerData(section, orientation, role)

    # --- internals --------------------------------------------------------------------------

    def _cached_key(self, row: int) -> Hashable | None:
        page = self._pages.get(row // self._page_size) if row >= 0 else None
        position = row % self._page_size
        if page is None or position >= len(page.records):
            return None
        return self._key(page.records[position])

    def _locate(self, row: int) -> tuple[_Page[R], int] | None:
        if not 0 <= row < self._count:
            return None
        number, position = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        # The list may have shrunk since it was counted (someone else deleted rows).
        return (page, position) if position < len(page.records) else None

    def _fetch(self, number: int) -> _Page[R]:
        offset = number * self._page_size
        records = list(self._source.page(self._query, offset, self._page_size, self._count))
        self.queries += 1
        page = _Page(records, [column_texts(column, records) for column in self._columns])
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page
