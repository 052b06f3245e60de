"""The one generic table model: shows, filters and sorts a list of frozen records by columns.

Display texts and search text are computed once per row in :meth:`RecordTableModel.set_rows`,
and sorting runs on the model's own Python list with precomputed keys, because a
``QSortFilterProxyModel`` calls back into Python for every comparison and takes tens of
seconds on the list sizes this program must handle (DESIGN.md section 3).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ssb_desktop.formatting import format_date, format_moment

R = TypeVar("R")

COLUMNS_CONTEXT = "Columns"

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

_DIGITS = re.compile(r"(\d+)")
# The combining-mark blocks of Unicode: after NFKD decomposition, removing them turns "ö" into
# "o". A regular expression does this in C, which matters when every row holds a "€".
_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Keys of these types compare meaningfully as they are; everything else sorts by its text.
_NATIVE_KEY_TYPES = (bool, int, float, Decimal, date)

AnyIndex = QModelIndex | QPersistentModelIndex

# Filtering removes rows, so it must not promise the views a pure reordering.
_FILTER_HINT = QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
_SORT_HINT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
# PySide6 picks the overload without arguments by default; the hint needs the full one
# (the stubs do not know that signals can be indexed by signature).
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"


# No slots: with slots, Python 3.11 breaks ``Column[Record](...)`` (typing's write of
# __orig_class__ reaches the frozen __setattr__ through a stale super() cell).
@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a record.

    ``header`` is the English source text, marked where the column is defined with
    ``N_("Columns", "...")`` so that ``pyside6-lupdate`` puts it in the catalogue; it is
    translated each time the header is shown. ``value`` extracts the raw value; ``format``
    turns it into text (for example :func:`ssb_desktop.formatting.format_money`). Without a
    ``sort_key`` numbers, amounts and dates sort by value and all else by its shown text.
    """

    header: str
    value: Callable[[R], Any]
    format: Callable[[Any], str] | None = None
    sort_key: Callable[[R], Any] | None = None
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    tooltip: Callable[[R], str] | None = None


def translated_labels(context: str, labels: Mapping[Any, str]) -> Callable[[Any], str]:
    """A ``format`` for enumeration columns: the label from ``labels``, translated in ``context``.

    The label tables in :mod:`ssb_desktop.records` hold source texts marked with ``N_``;
    this translates them when the rows are loaded.
    """

    def format_label(value: Any) -> str:
        if value is None:
            return ""
        label = labels.get(value)
        return str(value) if label is None else QCoreApplication.translate(context, label)

    return format_label


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``: "F. Öztürk" becomes "f. ozturk"."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))


def _natural_key(text: str) -> tuple[str | int, ...]:
    """Split digits from letters so that "Lot 9" sorts before "Lot 10".

    ``re.split`` with a capturing group always yields text at even and digits at odd
    positions, so two keys never compare a number with a string.
    """
    parts: list[str | int] = _DIGITS.split(fold(text))
    for position in range(1, len(parts), 2):
        parts[position] = int(parts[position])
    return tuple(parts)


def _default_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        # Literal context and texts, so that pyside6-lupdate finds them.
        if value:
            return QCoreApplication.translate("Columns", "Yes")
        return QCoreApplication.translate("Columns", "No")
    if isinstance(value, datetime):
        return format_moment(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def column_texts(column: Column[R], records: Sequence[R]) -> list[str]:
    values = map(column.value, records)
    format_value = column.format
    if format_value is None:
        # Most cells hold plain text; the type check skips a function call for each of them.
        return [value if value.__class__ is str else _default_text(value) for value in values]
    return ["" if value is None else format_value(value) for value in values]


NaturalKeys = dict[str, tuple[str | int, ...]]


def _column_sort_keys(
    column: Column[R],
    records: Sequence[R],
    texts: Sequence[str],
    natural: NaturalKeys,
    previous: NaturalKeys,
) -> list[Any]:
    """Sort keys of ``records`` by ``column``; None marks an empty value, which sorts last.

    Text keys are collected in ``natural``, taking them from ``previous`` (the keys of the
    last load) where the text is the same: lists repeat the same city or kind many times, and
    a reload after an edit changes a single row.
    """
    if column.sort_key is not None:
        return list(map(column.sort_key, records))
    keys: list[Any] = []
    for value, text in zip(map(column.value, records), texts, strict=True):
        if value is None or isinstance(value, _NATIVE_KEY_TYPES):
            keys.append(value)
        elif not text:
            keys.append(None)
        else:
            key = natural.get(text)
            if key is None:
                key = previous.get(text) or _natural_key(text)
                natural[text] = key
            keys.append(key)
    return keys


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of records of one type, with filtering and sorting in Python.

    ``key`` identifies a record across reloads (its database id by default), so that
    :meth:`replace_row` and :meth:`index_for_key` find it again. Rows given to
    :meth:`set_rows` keep their order as the unsorted order and as the tie-breaker of every
    sort: a service that returns organisations by name gives "sorted by city, then name".

    ``flags()`` is deliberately not overridden: Qt's own gives enabled, selectable, no
    children, and a header repainting a select-all asks it once per cell, which through a
    Python override costs a second on 50,000 rows.
    """

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        key: Callable[[R], Hashable] = operator.attrgetter("id"),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[R], ...] = tuple(columns)
        self._key = key
        self._records: list[R] = []
        # Display texts by column, then by position in self._records.
        self._texts: list[list[str]] = []
        self._haystacks: list[str] = []
        self._position_by_key: dict[Hashable, int] = {}
        # Sort keys per column, computed on the first sort by that column after set_rows.
        self._sort_keys: dict[int, list[Any]] = {}
        # Text sort keys per column by text, kept across set_rows for the next load.
        self._natural_keys: dict[int, NaturalKeys] = {}
        self._order: list[int] = []
        # Positions in self._records of the rows shown, in the order shown.
        self._visible: list[int] = []
        self._filter_words: tuple[str, ...] = ()
        self._predicate: Callable[[R], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- loading and reading ----------------------------------------------------------------

    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``, keeping the current filter, predicate and sort."""
        self.beginResetModel()
        self._records = list(rows)
        self._texts = [column_texts(column, self._records) for column in self._columns]
        if self._texts:
            self._haystacks = [
                fold(text) for text in map("\n".join, zip(*self._texts, strict=True))
            ]
        else:
            self._haystacks = [""] * len(self._records)
        self._position_by_key = {
            self._key(record): position for position, record in enumerate(self._records)
        }
        self._sort_keys = {}
        self._order = self._sorted_order(self._sort_column, self._sort_order)
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def row_at(self, index: AnyIndex) -> R:
        """The record shown at ``index`` (any column of its row)."""
        if not index.isValid() or index.model() is not self:
            raise IndexError("index does not belong to this model")
        return self._records[self._visible[index.row()]]

    def rows(self) -> list[R]:
        """The records shown, in the order shown (what an export of "this list" contains)."""
        records = self._records
        return [records[position] for position in self._visible]

    def total_row_count(self) -> int:
        """The number of records loaded, whether or not the filter shows them."""
        return len(self._records)

    def index_for_key(self, key: Hashable, column: int = 0) -> QModelIndex:
        """The index of the record with ``key``, or an invalid index when it is not shown."""
        position = self._position_by_key.get(key)
        if position is None:
            return QModelIndex()
        try:
            row = self._visible.index(position)
        except ValueError:
            return QModelIndex()
        return self.index(row, column)

    def replace_row(self, record: R) -> bool:
        """Show the new state of a loaded record; False when no loaded record has its key.

        The row keeps its place until the next sort or filter change, so that the row the
        user just edited does not jump away under the cursor.
        """
        position = self._position_by_key.get(self._key(record))
        if position is None:
            return False
        self._records[position] = record
        for spec, texts in zip(self._columns, self._texts, strict=True):
            texts[position] = column_texts(spec, [record])[0]
        self._haystacks[position] = fold("\n".join(texts[position] for texts in self._texts))
        for number, keys in self._sort_keys.items():
            natural = self._natural_keys.setdefault(number, {})
            keys[position] = _column_sort_keys(
                self._columns[number], [record], [self._texts[number][position]], natural, {}
            )[0]
        try:
            row = self._visible.index(position)
        except ValueError:
            return True
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        return True

    # --- filtering and sorting --------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose texts contain every word of ``text``, ignoring case and accents."""
        words = tuple(fold(text).split())
        if words == self._filter_words:
            return
        self._filter_words = words
        self._relayout(self._filtered(self._order), _FILTER_HINT)

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        """Show only rows for which ``predicate`` is true (kind, archived, ...); None shows all.

        Call it again, with the same function, when something it depends on has changed.
        """
        self._predicate = predicate
        self._relayout(self._filtered(self._order), _FILTER_HINT)

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; empty values come last in both directions, ties keep load order.

        A column outside the table (Qt passes -1) restores the order in which rows were loaded.
        """
        if not 0 <= column < len(self._columns):
            column = -1
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_order(column, order)
        self._relayout(self._filtered(self._order), _SORT_HINT)

    # --- QAbstractItemModel -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._visible) and 0 <= column < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[column][self._visible[row]]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[column].alignment
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = self._columns[column].tooltip
            if tooltip is not None:
                return tooltip(self._records[self._visible[row]]) or None
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

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        positions = range(len(self._records))
        # Before the first set_rows there are no texts to sort by (a view may sort at once).
        if column < 0 or not self._records:
            return list(positions)
        keys = self._sort_keys.get(column)
        if keys is None:
            previous = self._natural_keys.get(column, {})
            natural: NaturalKeys = {}
            self._natural_keys[column] = natural
            keys = _column_sort_keys(
                self._columns[column], self._records, self._texts[column], natural, previous
            )
            self._sort_keys[column] = keys
        present = [position for position in positions if keys[position] is not None]
        missing = [position for position in positions if keys[position] is None]
        # Python's sort is stable also with reverse=True, so ties keep the load order.
        present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return present + missing

    def _filtered(self, order: list[int]) -> list[int]:
        words, predicate = self._filter_words, self._predicate
        if not words and predicate is None:
            return list(order)
        haystacks, records = self._haystacks, self._records
        if len(words) == 1:
            word = words[0]
            candidates = [position for position in order if word in haystacks[position]]
        elif words:
            candidates = [
                position for position in order if all(word in haystacks[position] for word in words)
            ]
        else:
            candidates = order
        if predicate is None:
            return list(candidates)
        return [position for position in candidates if predicate(records[position])]

    def _relayout(self, visible: list[int], hint: QAbstractItemModel.LayoutChangeHint) -> None:
        """Show ``visible`` and move the views' persistent indexes (selection, current row).

        A layout change rather than a reset keeps the selected record selected while the user
        types in the search box or sorts, as long as it is still shown.
        """
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], hint)  # type: ignore[index]
        old_indexes = self.persistentIndexList()
        if old_indexes:
            old_visible = self._visible
            row_by_position = {position: row for row, position in enumerate(visible)}
            new_indexes = []
            for old in old_indexes:
                row = row_by_position.get(old_visible[old.row()])
                new_indexes.append(
                    QModelIndex() if row is None else self.createIndex(row, old.column())
                )
            self._visible = visible
            self.changePersistentIndexList(old_indexes, new_indexes)
        else:
            self._visible = visible
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], hint)  # type: ignore[index]
