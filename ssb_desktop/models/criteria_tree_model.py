"""The tree of one lot's award criteria as the criteria editor shows and edits it, unsaved.

A tree is a genuinely different shape from the generic record table, so this small model
holds the lot's :class:`CriterionRecord` objects itself. Each criterion is known by its
``key``: its database id, or a negative number for a criterion not saved yet; ``parent_id``
always holds the parent's key, which is how :func:`services.criteria.save_criteria` expects
new criteria to refer to new parents. Positions are the order among siblings on screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money, format_number, parse_number
from ssb_desktop.records import CriterionRecord

AnyIndex = QModelIndex | QPersistentModelIndex

CODE, TITLE, WEIGHT, SCALE, KNOCKOUT, MONEY = range(6)
HEADERS = (
    N_("CriteriaTreeModel", "Code"),
    N_("CriteriaTreeModel", "Title"),
    N_("CriteriaTreeModel", "Weight %"),
    N_("CriteriaTreeModel", "Scale"),
    N_("CriteriaTreeModel", "Knock-out minimum"),
    N_("CriteriaTreeModel", "Money per point"),
)
# The field names that services.criteria uses in FieldProblem.field ("weight:12"), by column.
FIELD_COLUMNS: dict[str, int] = {
    "code": CODE,
    "title": TITLE,
    "weight": WEIGHT,
    "scale": SCALE,
    "scale_id": SCALE,
    "knockout_minimum": KNOCKOUT,
    "money_per_point": MONEY,
}

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC_COLUMNS = frozenset({WEIGHT, KNOCKOUT, MONEY})


class CriteriaTreeModel(QAbstractItemModel):
    """Criteria and sub-criteria with the columns code, title, weight, scale, minimum, money.

    Every change the user makes (a cell, a new, removed or moved criterion) emits
    :attr:`edited`, so that the editor recomputes its sums and problems; showing problems
    (:meth:`set_problems`) does not.
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: dict[int, CriterionRecord] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        # Qt's internal ids must be non-negative; keys of new criteria are negative.
        self._node_by_key: dict[int, int] = {}
        self._key_by_node: dict[int, int] = {}
        self._nodes = itertools.count(1)
        self._new_keys = itertools.count(-1, -1)
        self._scale_names: dict[int, str] = {}
        self._problems: dict[tuple[int, int], list[str]] = {}
        self._problem_icon = QIcon()
        self._read_only = False

    # --- loading and reading ----------------------------------------------------------------

    def set_criteria(self, criteria: Sequence[CriterionRecord]) -> None:
        """Show ``criteria`` (tree order, as services.criteria.list_criteria returns them)."""
        self.beginResetModel()
        self._records.clear()
        self._children = {None: []}
        self._node_by_key.clear()
        self._key_by_node.clear()
        self._problems.clear()
        keyed = [self._with_key(record) for record in criteria]
        known = {record.key for record in keyed}
        for record in sorted(keyed, key=lambda r: r.position):
            parent = record.parent_id if record.parent_id in known else None
            record = replace(record, parent_id=parent)
            self._records[record.key] = record
            self._children.setdefault(parent, []).append(record.key)
            self._children.setdefault(record.key, [])
            self._remember_node(record.key)
        self.endResetModel()

    def criteria(self) -> list[CriterionRecord]:
        """Every criterion in tree order, parents before children, positions renumbered."""
        return [record for record, _depth in self._walk()]

    def criteria_with_depth(self) -> list[tuple[CriterionRecord, int]]:
        """:meth:`criteria` with each criterion's depth (0 for a main criterion)."""
        return list(self._walk())

    def children_of(self, key: int | None) -> list[CriterionRecord]:
        """The criteria directly under ``key`` (None: the main criteria), in screen order."""
        return [self._records[child] for child in self._children.get(key, [])]

    def record(self, key: int) -> CriterionRecord:
        return self._records[key]

    def record_at(self, index: AnyIndex) -> CriterionRecord | None:
        key = self.key_at(index)
        return None if key is None else self._records[key]

    def key_at(self, index: AnyIndex) -> int | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._key_by_node.get(index.internalId())

    def index_for_key(self, key: int, column: int = 0) -> QModelIndex:
        record = self._records.get(key)
        if record is None:
            return QModelIndex()
        row = self._children[record.parent_id].index(key)
        return self.createIndex(row, column, self._node_by_key[key])

    def set_scale_names(self, names: Mapping[int, str]) -> None:
        """The names of the scales by id, shown in the scale column and offered when editing."""
        self._scale_names = dict(names)
        self._emit_column_changed(SCALE)

    def scale_names(self) -> dict[int, str]:
        return dict(self._scale_names)

    def set_read_only(self, read_only: bool) -> None:
        """Locked criteria (scoring has started) cannot be edited in place."""
        self._read_only = read_only

    def is_read_only(self) -> bool:
        return self._read_only

    # --- problems ---------------------------------------------------------------------------

    def set_problem_icon(self, icon: QIcon) -> None:
        self._problem_icon = icon

    def set_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Mark cells with a problem: (field, translated text); field as "weight:12".

        A field that names no column marks the criterion's code cell, and a field that names
        no criterion of this tree is ignored here (the editor lists every problem below).
        """
        found: dict[tuple[int, int], list[str]] = {}
        for field, text in problems:
            name, _, key_text = field.partition(":")
            try:
                key = int(key_text)
            except ValueError:
                continue
            if key not in self._records:
                continue
            found.setdefault((key, FIELD_COLUMNS.get(name, CODE)), []).append(text)
        if found == self._problems:
            return
        touched = {key for key, _column in (*found, *self._problems)}
        self._problems = found
        for key in touched:
            if key in self._records:
                self.dataChanged.emit(
                    self.index_for_key(key, 0),
                    self.index_for_key(key, len(HEADERS) - 1),
                    [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
                )

    def problems_of(self, key: int) -> list[str]:
        """The problem texts shown on the criterion with ``key``, in column order."""
        return [
            text
            for (problem_key, _column), texts in sorted(self._problems.items())
            if problem_key == key
            for text in texts
        ]

    # --- changing ---------------------------------------------------------------------------

    def add_criterion(self, parent_key: int | None, record: CriterionRecord) -> QModelIndex:
        """Append a new criterion under ``parent_key`` (None: a main criterion)."""
        key = next(self._new_keys)
        siblings = self._children.setdefault(parent_key, [])
        record = replace(record, id=None, key=key, parent_id=parent_key, position=len(siblings))
        parent_index = QModelIndex() if parent_key is None else self.index_for_key(parent_key)
        self.beginInsertRows(parent_index, len(siblings), len(siblings))
        self._records[key] = record
        siblings.append(key)
        self._children[key] = []
        self._remember_node(key)
        self.endInsertRows()
        self.edited.emit()
        return self.index_for_key(key)

    def remove_criterion(self, key: int) -> None:
        """Remove the criterion with ``key`` and everything under it."""
        record = self._records[key]
        siblings = self._children[record.parent_id]
        row = siblings.index(key)
        parent_index = (
            QModelIndex() if record.parent_id is None else self.index_for_key(record.parent_id)
        )
        self.beginRemoveRows(parent_index, row, row)
        del siblings[row]
        for gone in self._subtree(key):
            self._records.pop(gone, None)
            self._children.pop(gone, None)
            node = self._node_by_key.pop(gone, None)
            if node is not None:
                self._key_by_node.pop(node, None)
            for problem in [problem for problem in self._problems if problem[0] == gone]:
                del self._problems[problem]
        self.endRemoveRows()
        self.edited.emit()

    def move_criterion(self, key: int, delta: int) -> bool:
        """Move a criterion ``delta`` places among its siblings; False when it cannot move."""
        record = self._records[key]
        siblings = self._children[record.parent_id]
        row = siblings.index(key)
        target = row + delta
        if delta == 0 or not 0 <= target < len(siblings):
            return False
        parent_index = (
            QModelIndex() if record.parent_id is None else self.index_for_key(record.parent_id)
        )
        # Qt counts the destination before the move: moving down lands before row target + 1.
        destination = target + 1 if delta > 0 else target
        if not self.beginMoveRows(parent_index, row, row, parent_index, destination):
            return False
        siblings.insert(target, siblings.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return True

    def update_criterion(self, record: CriterionRecord) -> None:
        """Replace the criterion with the same key (from the side form); keeps its place."""
        old = self._records[record.key]
        record = replace(record, parent_id=old.parent_id, position=old.position)
        if record.scale_id is not None and record.scale_id in self._scale_names:
            record = replace(record, scale_name=self._scale_names[record.scale_id])
        elif record.scale_id is None:
            record = replace(record, scale_name="")
        if record == old:
            return
        self._records[record.key] = record
        self.dataChanged.emit(
            self.index_for_key(record.key, 0), self.index_for_key(record.key, len(HEADERS) - 1)
        )
        self.edited.emit()

    # --- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's signature)
        if not 0 <= column < len(HEADERS):
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            parent_key = self.key_at(parent)
            if parent_key is None:
                return QModelIndex()
        else:
            parent_key = None
        children = self._children.get(parent_key, [])
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, self._node_by_key[children[row]])

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...

    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        key = self.key_at(child)
        if key is None:
            return QModelIndex()
        parent_key = self._records[key].parent_id
        if parent_key is None:
            return QModelIndex()
        return self.index_for_key(parent_key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if not parent.isValid():
            return len(self._children[None])
        if parent.column() != 0:
            return 0
        key = self.key_at(parent)
        return 0 if key is None else len(self._children.get(key, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return len(HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        record = self.record_at(index)
        if self._read_only or record is None:
            return flags
        if index.column() == SCALE and record.is_price:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record_at(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == SCALE:
                return record.scale_id
            return self._display(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column in _NUMERIC_COLUMNS else _ALIGN_LEFT
        if role == Qt.ItemDataRole.DecorationRole:
            if (record.key, column) in self._problems:
                return self._problem_icon
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = self._problems.get((record.key, column))
            if texts:
                return "\n".join(texts)
            if column == TITLE and record.description:
                return record.description
            return None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            texts = self._problems.get((record.key, column))
            return "\n".join(texts) if texts else None
        if role == RECORD_ROLE:
            return record
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index)
        if record is None or role != Qt.ItemDataRole.EditRole or self._read_only:
            return False
        column = index.column()
        changed: CriterionRecord | None
        if column == CODE:
            changed = replace(record, code=str(value).strip())
        elif column == TITLE:
            changed = replace(record, title=str(value).strip())
        elif column == SCALE:
            scale_id = value if isinstance(value, int) and value in self._scale_names else None
            changed = replace(
                record, scale_id=scale_id, scale_name=self._scale_names.get(scale_id or 0, "")
            )
        else:
            changed = self._with_number(record, column, str(value))
        if changed is None:
            return False
        if changed != record:
            self._records[record.key] = changed
            self.dataChanged.emit(
                self.index_for_key(record.key, 0),
                self.index_for_key(record.key, len(HEADERS) - 1),
            )
            self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CriteriaTreeModel", HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_RIGHT if section in _NUMERIC_COLUMNS else _ALIGN_LEFT
        return None

    # --- internals --------------------------------------------------------------------------

    def _with_key(self, record: CriterionRecord) -> CriterionRecord:
        if record.key:
            return record
        if record.id is not None:
            return replace(record, key=record.id)
        return replace(record, key=next(self._new_keys))

    def _remember_node(self, key: int) -> None:
        node = next(self._nodes)
        self._node_by_key[key] = node
        self._key_by_node[node] = key

    def _walk(self) -> Iterator[tuple[CriterionRecord, int]]:
        def visit(parent: int | None, depth: int) -> Iterator[tuple[CriterionRecord, int]]:
            for position, key in enumerate(self._children.get(parent, [])):
                yield replace(self._records[key], position=position), depth
                yield from visit(key, depth + 1)

        return visit(None, 0)

    def _subtree(self, key: int) -> list[int]:
        found = [key]
        for child in self._children.get(key, []):
            found.extend(self._subtree(child))
        return found

    def _display(self, record: CriterionRecord, column: int) -> str:
        if column == CODE:
            return record.code
        if column == TITLE:
            return record.title
        if column == WEIGHT:
            return format_number(record.weight)
        if column == SCALE:
            if record.is_price:
                return QCoreApplication.translate("CriteriaTreeModel", "Price (formula)")
            return self._scale_names.get(record.scale_id or 0, record.scale_name)
        if column == KNOCKOUT:
            return format_number(record.knockout_minimum)
        if column == MONEY:
            return format_money(record.money_per_point)
        return ""

    def _with_number(
        self, record: CriterionRecord, column: int, text: str
    ) -> CriterionRecord | None:
        number = parse_number(text) if text.strip() else None
        if text.strip() and number is None:
            return None
        if column == WEIGHT:
            return replace(record, weight=number if number is not None else Decimal(0))
        if column == KNOCKOUT:
            return replace(record, knockout_minimum=number)
        if column == MONEY:
            return replace(record, money_per_point=number)
        return None

    def _emit_column_changed(self, column: int) -> None:
        for record, _depth in self._walk():
            index = self.index_for_key(record.key, column)
            self.dataChanged.emit(index, index)
