"""The scoring grid of one evaluator: bids (rows) by criteria (columns), with the scores typed
but not yet saved kept apart from the stored ones, and a last column with the progress per bid.

The model holds a :class:`~ssb_desktop.records.ScoringGrid` record and never a session; the
page saves :meth:`ScoringGridModel.changed_entries` and loads the fresh grid afterwards.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ssb_desktop.formatting import format_money, format_number
from ssb_desktop.records import (
    GridBid,
    GridCriterion,
    IndividualScoreRecord,
    ScaleValueRecord,
    ScoreEntry,
    ScoringGrid,
)

AnyIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # (bid id, criterion id)

# The scale of a cell's criterion, as a tuple of ScaleValueRecord (for the delegate).
SCALE_ROLE = Qt.ItemDataRole.UserRole + 1
# The score of a cell as a Decimal or None.
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2


def scale_text(value: ScaleValueRecord) -> str:
    """ "8 – Good": a scale value with its descriptor, as the editor lists it."""
    number = format_number(value.value)
    return f"{number} – {value.descriptor}" if value.descriptor else number


class ScoringGridModel(QAbstractTableModel):
    """Editable scores of one evaluator; ``dirty_changed`` tells whether anything is unsaved."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: ScoringGrid | None = None
        self._bids: tuple[GridBid, ...] = ()
        self._criteria: tuple[GridCriterion, ...] = ()
        self._stored: dict[Cell, IndividualScoreRecord] = {}
        # Typed but not saved: (score, motivation) per cell.
        self._edits: dict[Cell, tuple[Decimal | None, str]] = {}

    # --- loading and reading ----------------------------------------------------------------

    def set_grid(self, grid: ScoringGrid | None) -> None:
        """Show ``grid`` (None: nothing); unsaved edits are dropped."""
        was_dirty = self.is_dirty()
        self.beginResetModel()
        self._grid = grid
        self._bids = grid.bids if grid is not None else ()
        self._criteria = grid.criteria if grid is not None else ()
        self._stored = (
            {(s.bid_id, s.criterion_id): s for s in grid.scores} if grid is not None else {}
        )
        self._edits = {}
        self.endResetModel()
        if was_dirty:
            self.dirty_changed.emit(False)

    def grid(self) -> ScoringGrid | None:
        return self._grid

    def read_only(self) -> bool:
        """Submitted (locked) or nothing loaded: no cell can be changed."""
        return self._grid is None or self._grid.submitted

    def progress_column(self) -> int:
        return len(self._criteria)

    def bid_at(self, row: int) -> GridBid:
        return self._bids[row]

    def criterion_at(self, column: int) -> GridCriterion | None:
        """The criterion of ``column``; None for the progress column."""
        return self._criteria[column] if 0 <= column < len(self._criteria) else None

    def cell_of(self, index: AnyIndex) -> Cell | None:
        """(bid id, criterion id) of a score cell; None for the progress column."""
        if not index.isValid():
            return None
        criterion = self.criterion_at(index.column())
        if criterion is None or not 0 <= index.row() < len(self._bids):
            return None
        return (self._bids[index.row()].bid_id, criterion.criterion_id)

    def score(self, cell: Cell) -> Decimal | None:
        """The score shown in ``cell``: the typed one, else the stored one."""
        if cell in self._edits:
            return self._edits[cell][0]
        stored = self._stored.get(cell)
        return stored.score if stored is not None else None

    def motivation(self, cell: Cell) -> str:
        if cell in self._edits:
            return self._edits[cell][1]
        stored = self._stored.get(cell)
        return stored.motivation if stored is not None else ""

    def is_changed(self, cell: Cell) -> bool:
        return cell in self._edits

    def is_dirty(self) -> bool:
        return bool(self._edits)

    def changed_entries(self) -> list[ScoreEntry]:
        """The cells typed since loading, to pass to ``save_scores``."""
        entries = []
        for (bid_id, criterion_id), (score, motivation) in self._edits.items():
            stored = self._stored.get((bid_id, criterion_id))
            entries.append(
                ScoreEntry(
                    bid_id=bid_id,
                    criterion_id=criterion_id,
                    score=score,
                    motivation=motivation,
                    version=stored.version if stored is not None else 0,
                )
            )
        return entries

    def scored_count(self, row: int) -> tuple[int, int]:
        """(scored, to score) of the bid in ``row``."""
        bid_id = self._bids[row].bid_id
        scored = sum(1 for c in self._criteria if self.score((bid_id, c.criterion_id)) is not None)
        return scored, len(self._criteria)

    def needs_motivation(self, cell: Cell) -> bool:
        """A scored cell without a motivation on a lot that requires one."""
        grid = self._grid
        return (
            grid is not None
            and grid.motivation_required
            and self.score(cell) is not None
            and not self.motivation(cell).strip()
        )

    def first_needing_motivation(self) -> QModelIndex | None:
        """The first cell (row by row) that still needs a motivation, to go to."""
        for row, bid in enumerate(self._bids):
            if bid.withdrawn:
                continue
            for column, criterion in enumerate(self._criteria):
                if self.needs_motivation((bid.bid_id, criterion.criterion_id)):
                    return self.index(row, column)
        return None

    def missing_motivations(self) -> int:
        """Scored cells without a motivation (matters when the lot requires motivations)."""
        return sum(
            1
            for bid in self._bids
            if not bid.withdrawn
            for c in self._criteria
            if self.score((bid.bid_id, c.criterion_id)) is not None
            and not self.motivation((bid.bid_id, c.criterion_id)).strip()
        )

    # --- changing ---------------------------------------------------------------------------

    def set_score(self, index: AnyIndex, score: Decimal | None) -> bool:
        """Type ``score`` (None clears) into a score cell; False when the cell is locked."""
        cell = self.cell_of(index)
        if cell is None or not self._editable(index.row()):
            return False
        criterion = self._criteria[index.column()]
        if score is not None and score not in {v.value for v in criterion.scale}:
            return False
        self._change(cell, score, self.motivation(cell))
        self._emit_row(index.row(), index.column())
        return True

    def set_motivation(self, index: AnyIndex, text: str) -> bool:
        cell = self.cell_of(index)
        if cell is None or not self._editable(index.row()):
            return False
        if text == self.motivation(cell):
            return True
        self._change(cell, self.score(cell), text)
        self._emit_row(index.row(), index.column())
        return True

    def _editable(self, row: int) -> bool:
        return not self.read_only() and not self._bids[row].withdrawn

    def _change(self, cell: Cell, score: Decimal | None, motivation: str) -> None:
        was_dirty = self.is_dirty()
        stored = self._stored.get(cell)
        unchanged = (
            (stored.score, stored.motivation) == (score, motivation)
            if stored is not None
            else score is None and not motivation
        )
        if unchanged:
            self._edits.pop(cell, None)
        else:
            self._edits[cell] = (score, motivation)
        if was_dirty != self.is_dirty():
            self.dirty_changed.emit(self.is_dirty())

    def _emit_row(self, row: int, column: int) -> None:
        changed = self.index(row, column)
        self.dataChanged.emit(changed, changed)
        progress = self.index(row, self.progress_column())
        self.dataChanged.emit(progress, progress)

    # --- QAbstractItemModel -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._bids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._criteria) + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell_of(index) is not None and self._editable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bids):
            return None
        if index.column() == self.progress_column():
            return self._progress_data(index.row(), role)
        cell = self.cell_of(index)
        if cell is None:
            return None
        bid = self._bids[index.row()]
        criterion = self._criteria[index.column()]
        score = self.score(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            if bid.withdrawn:
                return "—"
            text = format_number(score)
            # Marks in the text, not only a font or a colour, so that anyone finds them:
            # * not saved, ! no motivation yet (where the lot requires one).
            if self.needs_motivation(cell):
                text += " !"
            return f"{text} *" if self.is_changed(cell) else text
        if role == Qt.ItemDataRole.EditRole or role == SCORE_ROLE:
            return score
        if role == SCALE_ROLE:
            return criterion.scale
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and self.is_changed(cell):
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_description(bid, criterion, score, cell)
        return None

    def _cell_description(
        self, bid: GridBid, criterion: GridCriterion, score: Decimal | None, cell: Cell
    ) -> str:
        if bid.withdrawn:
            return QCoreApplication.translate(
                "ScoringGridModel", "{bid}: withdrawn, not scored"
            ).format(bid=bid.label)
        value = next((v for v in criterion.scale if v.value == score), None)
        shown = (
            scale_text(value)
            if value is not None
            else QCoreApplication.translate("ScoringGridModel", "not scored")
        )
        text = f"{bid.label} · {criterion.code} {criterion.title}: {shown}"
        if self.is_changed(cell):
            text += " " + QCoreApplication.translate("ScoringGridModel", "(not saved)")
        motivation = self.motivation(cell).strip()
        if motivation:
            text += "\n" + motivation
        elif self.needs_motivation(cell):
            text += "\n" + QCoreApplication.translate(
                "ScoringGridModel", "(!) No motivation yet: this lot requires one for every score."
            )
        return text

    def _progress_data(self, row: int, role: int) -> Any:
        bid = self._bids[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if bid.withdrawn:
                return QCoreApplication.translate("ScoringGridModel", "withdrawn")
            scored, total = self.scored_count(row)
            return f"{scored}/{total}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and not bid.withdrawn:
            scored, total = self.scored_count(row)
            return self.tr("{n} of %n criteria scored", "", total).format(n=scored)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.cell_of(index) is None:
            return False
        if value is None or value == "":
            return self.set_score(index, None)
        if isinstance(value, Decimal):
            return self.set_score(index, value)
        if isinstance(value, (int, str)):
            try:
                return self.set_score(index, Decimal(str(value).replace(",", ".")))
            except ArithmeticError:
                return False
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            criterion = self.criterion_at(section)
            if criterion is None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return QCoreApplication.translate("ScoringGridModel", "Scored")
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return criterion.code or criterion.title
            if role == Qt.ItemDataRole.ToolTipRole:
                weight = format_number(criterion.weight)
                return f"{criterion.path}\n" + QCoreApplication.translate(
                    "ScoringGridModel", "Weight: {weight} points"
                ).format(weight=weight)
            return None
        if not 0 <= section < len(self._bids):
            return None
        bid = self._bids[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if bid.withdrawn:
                return QCoreApplication.translate("ScoringGridModel", "{bid} (withdrawn)").format(
                    bid=bid.label
                )
            return bid.label
        if role == Qt.ItemDataRole.ToolTipRole and bid.price is not None:
            return QCoreApplication.translate("ScoringGridModel", "Price: {price}").format(
                price=format_money(bid.price)
            )
        return None
