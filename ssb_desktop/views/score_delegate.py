"""Editing a score in the scoring grid by keyboard: a list of the scale's values with their
descriptors, digits that choose a value, Enter that saves the cell and moves on."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ssb_desktop.formatting import format_number
from ssb_desktop.models.scoring_grid_model import SCALE_ROLE, scale_text
from ssb_desktop.records import ScaleValueRecord

AnyIndex = QModelIndex | QPersistentModelIndex
_TYPED = frozenset("0123456789,.")


class ScoreCombo(QComboBox):
    """The scale's values ("8 – Good"), an empty first item to clear the score.

    Typed digits choose a value: "1" then "0" chooses 10 on a 0-10 scale; a digit that does
    not continue what was typed starts again.
    """

    def __init__(self, scale: tuple[ScaleValueRecord, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._numbers: list[str] = []
        self.set_scale(scale)
        self.setAccessibleName(self.tr("Score"))

    def set_scale(self, scale: tuple[ScaleValueRecord, ...]) -> None:
        """List the values of ``scale`` (the current score is cleared)."""
        self.clear()
        self._typed = ""
        self.addItem(self.tr("(no score)"), None)
        self._numbers = [""]
        for value in scale:
            self.addItem(scale_text(value), str(value.value))
            self._numbers.append(format_number(value.value))

    def score(self) -> Decimal | None:
        data = self.currentData()
        return Decimal(data) if data else None

    def set_score(self, score: Decimal | None) -> None:
        self._typed = ""
        self.setCurrentIndex(max(0, self.findData(None if score is None else str(score))))

    def type_text(self, text: str) -> bool:
        """Choose the value that ``text`` (digits, a comma) starts; False when none does."""
        text = text.replace(".", ",")
        for candidate in (self._typed + text, text):
            exact = [i for i, n in enumerate(self._numbers) if n and n == candidate]
            starting = [i for i, n in enumerate(self._numbers) if n and n.startswith(candidate)]
            chosen = exact or starting
            if chosen:
                self._typed = candidate
                self.setCurrentIndex(chosen[0])
                return True
        self._typed = ""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and all(ch in _TYPED for ch in text):
            self.type_text(text)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_score(None)
            event.accept()
            return
        self._typed = ""
        super().keyPressEvent(event)


class ScoreDelegate(QStyledItemDelegate):
    """Edits score cells with a :class:`ScoreCombo`; Enter commits and asks to move on."""

    # Enter was pressed in an editor: the view moves to the next cell (see ScoringGridView).
    advance_requested = Signal()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        scale = index.data(SCALE_ROLE) or ()
        return ScoreCombo(tuple(scale), parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        combo = cast(ScoreCombo, editor)
        combo.set_score(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        combo = cast(ScoreCombo, editor)
        model.setData(index, combo.score(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, ScoreCombo)
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.advance_requested.emit()
            return True
        return super().eventFilter(watched, event)


class ScoringGridView(QTableView):
    """The grid: typing a score opens the editor on it, Enter moves down (then to the next
    criterion), Tab moves right over score cells only, Delete clears a score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.score_delegate = ScoreDelegate(self)
        self.setItemDelegate(self.score_delegate)
        self.score_delegate.advance_requested.connect(self.advance)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)

    def _score_columns(self) -> int:
        """Score columns come first; the last column (progress) cannot be edited."""
        model = self.model()
        return max(0, model.columnCount() - 1) if model is not None else 0

    def advance(self) -> None:
        """To the next bid in the same criterion; after the last bid, the next criterion."""
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        row, column = current.row() + 1, current.column()
        if row >= model.rowCount():
            row, column = 0, column + 1
        if column >= self._score_columns():
            return
        self.setCurrentIndex(model.index(row, column))

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        current = self.currentIndex()
        columns = self._score_columns()
        if model is None or not current.isValid() or columns == 0:
            return super().moveCursor(cursorAction, modifiers)
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(cursorAction)
        if step is None:
            return super().moveCursor(cursorAction, modifiers)
        # Tab walks the score cells row by row and skips the progress column.
        position = current.row() * columns + min(current.column(), columns - 1) + step
        position %= model.rowCount() * columns
        return model.index(position // columns, position % columns)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and index.isValid()
            and self.state() != QAbstractItemView.State.EditingState
        ):
            model = self.model()
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                model.setData(index, None, Qt.ItemDataRole.EditRole)
            event.accept()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.advance()
            event.accept()
            return
        super().keyPressEvent(event)
