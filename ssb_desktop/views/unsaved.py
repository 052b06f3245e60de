"""Never lose work: one question before unsaved work goes, for pages and for form dialogs.

Pages (and parts of pages such as the criteria editor) implement the small
:class:`UnsavedWork` protocol; the main window, the page itself (switching lot or tab) and
the procurement list (switching lot) call :func:`settle`, which asks Opslaan / Niet opslaan /
Annuleren. Form dialogs get :class:`DiscardGuard` through ``views/record_form.py`` (the one form
mechanism, of which this module is a part): Esc and the window's close button ask Opslaan / Niet
opslaan / Annuleren when a field differs from what the dialog showed when it opened (a dialog
without a ``save()`` asks "Wijzigingen weggooien?").
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ssb_desktop.views import messages

# Item views in a form (contacts, members, options) are compared cell by cell up to this size.
MAX_COMPARED_CELLS = 5_000


@runtime_checkable
class UnsavedWork(Protocol):
    """Something holding work the user has not saved yet."""

    def has_unsaved_changes(self) -> bool: ...

    def save_changes(self) -> bool:
        """Save the work; True when nothing is left unsaved (False: refused, shown already)."""
        ...

    def discard_changes(self) -> None:
        """Forget the unsaved work (the user chose "Niet opslaan")."""
        ...


def save_first_text() -> str:
    """The question before unsaved work goes, in the current language."""
    return QCoreApplication.translate(
        "Unsaved", "You have changes that are not saved. Save them first?"
    )


def settle(parent: QWidget, work: UnsavedWork, text: str = "") -> bool:
    """True when the way is clear: nothing unsaved, saved now, or thrown away on purpose.

    False when the user cancelled or saving was refused: the caller stays where it is.
    """
    if not work.has_unsaved_changes():
        return True
    choice = messages.ask_save_changes(
        parent,
        text or save_first_text(),
    )
    if choice is messages.SaveChoice.SAVE:
        return work.save_changes() and not work.has_unsaved_changes()
    if choice is messages.SaveChoice.DISCARD:
        work.discard_changes()
        return True
    return False


# --- form dialogs -----------------------------------------------------------------------------


def _state(dialog: QDialog) -> list[object]:
    """What the user can change in ``dialog``, in a comparable form."""
    state: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            state.append(_model_state(widget))
    return state


def _model_state(view: QAbstractItemView) -> object:
    model = view.model()
    root = QModelIndex()
    rows = model.rowCount(root)
    # A list model hides columnCount() (one column).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    if rows * columns > MAX_COMPARED_CELLS:
        return rows
    check = Qt.ItemDataRole.CheckStateRole
    return tuple(
        (model.index(row, column).data(), model.index(row, column).data(check))
        for row in range(rows)
        for column in range(columns)
    )


class DiscardGuard(QObject):
    """Asks before Esc or the window's close button throws a form's changes away."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._baseline: list[object] | None = None
        self._released = False

    @property
    def dialog(self) -> QDialog:
        # Through Qt's parent rather than a reference of our own, which would keep the
        # dialog's Python object alive after Qt deleted it.
        parent = self.parent()
        assert isinstance(parent, QDialog)
        return parent

    def rebase(self) -> None:
        """The form now shows what is stored (after a reload): compare with this."""
        self._baseline = _state(self.dialog)

    def has_changes(self) -> bool:
        own = getattr(self.dialog, "has_unsaved_changes", None)
        if callable(own):
            return bool(own())
        return self._baseline is not None and _state(self.dialog) != self._baseline

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.parent() or not isinstance(watched, QDialog):
            return False  # also while Qt takes the dialog down
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._released = False
            if self._baseline is None:
                self.rebase()
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (
                event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and not self._may_close()
            ):
                return True
        elif (
            kind == QEvent.Type.Close
            # The window's close button or Alt+F4, not a close() by the program (at shutdown).
            and event.spontaneous()
            and self.dialog.isVisible()
            and not self._may_close()
        ):
            event.ignore()
            return True
        return False

    def _may_close(self) -> bool:
        if self._released or not self.has_changes():
            return True
        save = getattr(self.dialog, "save", None)
        if not callable(save):
            if messages.confirm_discard_changes(self.dialog):
                # Asked once: the close that follows the answer must not ask again.
                self._released = True
                return True
            return False
        choice = messages.ask_save_changes(self.dialog, save_first_text())
        if choice is messages.SaveChoice.DISCARD:
            self._released = True
            return True
        if choice is messages.SaveChoice.SAVE:
            # A stored form closes itself; a refused one stays open with the problem shown.
            save()
        return False


def guard_unsaved_changes(dialog: QDialog) -> DiscardGuard:
    """Opt ``dialog`` in: Esc and closing ask before a change goes (see :class:`DiscardGuard`).

    The fields are compared with what they held when the dialog was first shown; a dialog
    with its own ``has_unsaved_changes()`` method is asked that instead.
    """
    guard = DiscardGuard(dialog)
    dialog.installEventFilter(guard)
    return guard
