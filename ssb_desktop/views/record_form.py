"""One form mechanism: every form dialog saves, refuses under the field, offers a reload when
someone else saved first, and asks before unsaved work goes, in one way.

:class:`RecordForm` is the base of every form dialog; a dialog describes its fields (with
:meth:`RecordForm.add_field` and :meth:`RecordForm.form_row`), its own checks
(:meth:`RecordForm.check`) and the service that stores it (:meth:`RecordForm.store`), and
nothing else. Its parts live next to it: ``field_problems.py`` (the label under a field, its
red border and accessible description) and ``unsaved.py`` (comparing what a form shows with
what it showed when it opened, and the question for pages).

The one policy of when a problem shows:

- a field's problem appears when the user leaves the field or saves, never while the field
  is first typed in;
- from then on it follows what is typed, so it goes as soon as the value is right;
- a refusal by the database stays under its field until that field changes or the user
  saves again;
- saving shows every problem, focuses the first and stores nothing while one is shown.

Esc and the window's close button, while anything differs from what the form showed when
it opened (or was reloaded), ask Opslaan / Niet opslaan / Annuleren: Opslaan saves (and the
form stays open with the problem under the field when the save is refused), Niet opslaan
closes, Annuleren keeps the form and everything typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import local_today
from ssb_desktop.views.date_field import DateField, TimeField, all_dates_valid
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems, fetch
from ssb_desktop.views.unsaved import DiscardGuard, guard_unsaved_changes

__all__ = [
    "RecordForm",
    "date_edit",
    "dialog_buttons",
    "edited_date",
    "form_row",
    "text_edit",
]

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


# --- the pieces every form is built from -------------------------------------------------------


def date_edit(day: date | None = None) -> DateField:
    """The one date field (views/date_field.py): typed dd-mm-yyyy, with a calendar button."""
    return DateField(day or local_today())


def edited_date(edit: DateField) -> date:
    """The date typed; a form checks ``all_dates_valid`` before saving, so a wrong date
    typed is never read (the last valid one keeps live texts such as the standstill)."""
    value = edit.value() or edit.last_valid()
    return value if value is not None else local_today()


def text_edit(placeholder: str = "") -> QPlainTextEdit:
    """A multi-line text field that Tab leaves (a form is walked with Tab, not indented)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(70)
    return edit


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """The form's main button (``ok_text``) and Annuleren, which rejects ``dialog``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_row(form: QFormLayout, problems: FieldProblems, text: str, field: str) -> QLabel:
    """A row of ``form``: the caption ``text`` (its Alt letter reaches the field) and the
    field with its problem label underneath."""
    label = QLabel(text)
    label.setBuddy(problems.widgets[field])
    form.addRow(label, problems.holder(field))
    return label


def _changed_signal(widget: QWidget) -> Callable[[Callable[[], None]], object] | None:
    """How to hear that the user changed ``widget``'s value (None: not a value widget)."""
    if isinstance(widget, DateField | TimeField):
        return lambda slot: widget.edit.textChanged.connect(lambda _t: slot())
    if isinstance(widget, QLineEdit):
        return lambda slot: widget.textChanged.connect(lambda _t: slot())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return lambda slot: widget.textChanged.connect(slot)
    if isinstance(widget, QComboBox):
        return lambda slot: widget.currentIndexChanged.connect(lambda _i: slot())
    if isinstance(widget, QAbstractSpinBox):
        return lambda slot: widget.editingFinished.connect(slot)
    if isinstance(widget, QTableWidget):
        return lambda slot: widget.itemChanged.connect(lambda _i: slot())
    if isinstance(widget, QAbstractButton):
        return lambda slot: widget.toggled.connect(lambda _c: slot())
    return None


class _LeaveWatcher(QObject):
    """Tells the form when the focus leaves one of its fields."""

    def __init__(self, form: RecordForm[Any], field: str) -> None:
        super().__init__(form)
        self._field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        form = self.parent()
        if event.type() == QEvent.Type.FocusOut and isinstance(form, RecordForm):
            form.field_left(self._field)
        return False


# --- the form ------------------------------------------------------------------------------


class RecordForm(QDialog, Generic[T]):
    """The base of a form dialog: ``exec()`` it and read :attr:`saved` (what the service
    stored), None when the user cancelled."""

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        """``db`` None: a form whose caller stores what it describes (after ``exec()``) and
        hands a refusal back with :meth:`refused`."""
        super().__init__(parent)
        self._db = db
        self.saved: T | None = None
        self.setStyleSheet(PROBLEM_STYLE)
        self._problems = FieldProblems()
        self.unsaved: DiscardGuard = guard_unsaved_changes(self)
        self._left: set[str] = set()
        # What the database refused, by field: shown until the field changes.
        self._kept: dict[str, str] = {}
        self._summary: QLabel | None = None

    # --- describing the fields --------------------------------------------------------------

    def add_field(self, field: str, widget: W) -> W:
        """Give ``field`` (edited in ``widget``) a place for its problem, under the policy of
        this module: checked when left and when saved. Returns ``widget``."""
        self._problems.register(field, widget)
        target = widget.focusProxy() or widget
        target.installEventFilter(_LeaveWatcher(self, field))
        connect = _changed_signal(widget)
        if connect is not None:
            connect(lambda: self.field_changed(field))
        return widget

    def add_fields(self, fields: Iterable[tuple[str, QWidget]]) -> None:
        for field, widget in fields:
            self.add_field(field, widget)

    def add_rows(
        self, form: QFormLayout, rows: Iterable[tuple[str, str, QWidget]]
    ) -> dict[str, QLabel]:
        """Fields with their captions: ``rows`` of (field, caption, widget), added to ``form``;
        returns the captions by field (to hide a row with its field)."""
        labels: dict[str, QLabel] = {}
        for field, text, widget in rows:
            self.add_field(field, widget)
            labels[field] = self.form_row(form, text, field)
        return labels

    def form_row(self, form: QFormLayout, text: str, field: str) -> QLabel:
        """A row of ``form`` with the caption ``text`` for ``field`` and its problem label."""
        return form_row(form, self._problems, text, field)

    def holder(self, field: str) -> QWidget:
        """``field``'s widget with its problem label underneath, for a layout of its own."""
        return self._problems.holder(field)

    def save_buttons(self, text: str) -> QDialogButtonBox:
        """The main button ``text`` (it saves) and Annuleren."""
        buttons = dialog_buttons(self, text)
        buttons.accepted.connect(self.save)
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        return buttons

    def summary_label(self) -> QLabel:
        """A line near the buttons that says, while problems show, to correct them first."""
        self._summary = QLabel()
        self._summary.setProperty("role", "problem")
        self._summary.setWordWrap(True)
        return self._summary

    def bottom_row(self, text: str) -> tuple[QHBoxLayout, QLabel]:
        """The bottom of a large form: the summary line (returned too) beside the main button
        ``text`` and Annuleren (kept in ``self.buttons``)."""
        self.buttons = self.save_buttons(text)
        summary = self.summary_label()
        row = QHBoxLayout()
        row.addWidget(summary, 1)
        row.addWidget(self.buttons)
        return row, summary

    def lay_out(
        self, form: QLayout, buttons: QDialogButtonBox, width: int = 0, height: int = 0
    ) -> None:
        """The usual shape: the fields above, the buttons below, at ``width`` x ``height``
        (when given)."""
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        if width and height:
            self.resize(width, height)

    # --- when problems show -----------------------------------------------------------------

    def check(self) -> Mapping[str, str]:
        """The problems of the values as typed now, by field, translated (none by default;
        the service checks again and refuses what this misses)."""
        return {}

    def refresh(self) -> bool:
        """Show the problems that the policy allows now; True when there are none at all."""
        problems = {**self.check(), **self._kept}
        self._problems.show_when_left(problems, self._left, self._kept)
        # What is on screen, also known before the form is shown.
        shown = bool(self._problems.shown)
        if self._summary is not None:
            self._summary.setText(
                QCoreApplication.translate(
                    "RecordForm", "Correct the problems shown under the fields."
                )
                if shown
                else ""
            )
        return not problems

    def field_left(self, field: str) -> None:
        if self.isVisible():  # closing the dialog takes the focus too: nothing to check
            self._left.add(field)
            self.refresh()

    def field_changed(self, field: str) -> None:
        refused = self._kept.pop(field, None) is not None
        if refused or field in self._left or field in self._problems.shown:
            self.refresh()

    def problem(self, field: str) -> str:
        """The problem shown under ``field`` ("" when there is none)."""
        return self._problems.text(field, self)

    def ready(self, order: Iterable[str] | None = None) -> bool:
        """Before storing: every date valid and every problem shown; False (the first
        problem focused) while there is one."""
        if not all_dates_valid(self):
            return False
        # The database is asked again: what it refused last time may be fine now.
        self._kept.clear()
        self._left.update(self._problems.labels)
        if self.refresh():
            return True
        self._problems.focus_first(order)
        return False

    # --- storing ----------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        assert self._db is not None, "a form without a database cannot store"
        return self._db

    def save(self) -> None:
        """Store the form; a form that stores itself says how with :meth:`store`. Here: a
        form whose caller stores closes once its own checks pass."""
        if self.ready():
            self.accept()

    def store(
        self,
        service: Callable[[Session], T],
        *,
        reload: Callable[[], None] | None = None,
        field_of: Callable[[str], str] = str,
    ) -> bool:
        """Run ``service`` in one transaction; on success keep what it stored in
        :attr:`saved` and close the form. A refused field shows under it (the form stays open
        with everything typed); "changed by someone else" offers ``reload`` (or is shown
        when there is nothing to reload); any other refusal is shown in a box."""
        self._kept.clear()
        stored = self._problems.store(
            self, self.db, service, refused=self.refused, reload=reload, field_of=field_of
        )
        if stored is None:
            return False
        self.saved = stored
        self.accept()
        return True

    def refused(self, field: str, text: str) -> None:
        """The database refused ``field``: show ``text`` under it and go there."""
        self._kept[field] = text
        self._left.add(field)
        self.refresh()
        self._problems.focus(field)

    def stored(self, session: Session) -> T | None:
        """The record this form edits as it is stored now, read in ``session`` (None: nothing
        to reload, e.g. a new record). A form that offers Reload says how here."""
        return None

    def show_stored(self, record: T) -> None:
        """Put ``record``, fresh from the database, in the fields."""

    def reload_from_database(self) -> None:
        """Replace the form's values with the record as stored now (see :meth:`stored`);
        a failed read is shown and the form keeps what it shows."""
        fresh = fetch(self, self.db, self.stored)
        if fresh is not None:
            self.show_stored(fresh)
            self.reloaded()

    def reloaded(self) -> None:
        """The form shows the stored record again: no refusal stands, nothing is unsaved."""
        self._kept.clear()
        self.refresh()
        self.unsaved.rebase()
