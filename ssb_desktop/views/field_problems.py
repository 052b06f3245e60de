"""Problems shown next to form fields: the label under a field, its red border and accessible
description, and how a form reports what a save or a reload refused. A part of the one form
mechanism, ``views/record_form.py``, which decides when a problem shows."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError, ConflictError, ValidationError
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import FieldProblem
from ssb_desktop.views import messages

T = TypeVar("T")

# A red border and red text next to the sentence itself: never colour alone.
PROBLEM_STYLE = """
QLineEdit[problem="true"], QSpinBox[problem="true"], QComboBox[problem="true"],
QPlainTextEdit[problem="true"], QListWidget[problem="true"], QTableWidget[problem="true"],
QTimeEdit[problem="true"], QDateTimeEdit[problem="true"], QGroupBox[problem="true"] {
    border: 2px solid #b3261e;
    border-radius: 3px;
}
QLabel[role="problem"] { color: #b3261e; }
"""


def problem_text(problem: FieldProblem) -> str:
    """The problem's sentence in the current language, with its values filled in."""
    return QCoreApplication.translate(problem.context, problem.message).format(**problem.params)


def problem_label() -> QLabel:
    """A hidden label that shows a problem under its field."""
    label = QLabel()
    label.setProperty("role", "problem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def show_problem(widget: QWidget, label: QLabel, text: str) -> None:
    """Show ``text`` under ``widget`` and mark it; an empty text clears both."""
    label.setText(text)
    label.setVisible(bool(text))
    widget.setAccessibleDescription(text)
    marked = bool(text)
    if widget.property("problem") != marked:
        widget.setProperty("problem", marked)
        # A dynamic property only restyles after a re-polish.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def field_holder(widget: QWidget, label: QLabel, *extra: QWidget) -> QWidget:
    """``widget`` with its problem ``label`` (and any ``extra`` lines) underneath."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    for line in extra:
        column.addWidget(line)
    column.addWidget(label)
    return holder


def fetch(parent: QWidget, db: Database, service: Callable[[Session], T]) -> T | None:
    """Run the reading ``service`` in one read-only transaction (never waits for a writer);
    a failure is shown over ``parent``, None returned."""
    try:
        with db.reading() as session:
            return service(session)
    except AppError as error:
        messages.show_error(parent, error)
        return None


class FieldProblems:
    """The problem labels of one form by field, with the widget each one belongs to."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        # What is on screen by field; unlike label visibility, also known before the form shows.
        self.shown: dict[str, str] = {}

    def register(self, field: str, widget: QWidget) -> QLabel:
        """Give ``field`` (edited in ``widget``) a problem label; the caller places it."""
        widget.setProperty("problem", False)
        label = problem_label()
        self.labels[field] = label
        self.widgets[field] = widget
        return label

    def holder(self, field: str, *extra: QWidget) -> QWidget:
        """The field's widget with its problem label (and ``extra`` lines) underneath."""
        return field_holder(self.widgets[field], self.labels[field], *extra)

    def show(self, field: str, text: str | None) -> None:
        """Show ``text`` at ``field``; None or "" clears it."""
        if text:
            self.shown[field] = text
        else:
            self.shown.pop(field, None)
        show_problem(self.widgets[field], self.labels[field], text or "")

    def show_all(self, problems: Mapping[str, str]) -> None:
        """Show exactly ``problems``: every other field is cleared."""
        for field in self.labels:
            self.show(field, problems.get(field))

    def clear(self) -> None:
        self.show_all({})

    def show_when_left(
        self, problems: Mapping[str, str], left: Collection[str], kept: Collection[str]
    ) -> bool:
        """Show ``problems``, but a new problem of a field still being typed only once the
        user has left it (``left``) or the database refused it (``kept``); a problem already
        shown stays up to date. Returns whether any problem is shown."""
        for field in self.labels:
            text = problems.get(field, "")
            if field not in left and field not in kept and field not in self.shown:
                text = ""
            self.show(field, text)
        return bool(self.shown)

    def text(self, field: str, within: QWidget) -> str:
        """The problem shown at ``field`` ("" when none) as far as ``within`` is shown."""
        label = self.labels[field]
        return label.text() if label.isVisibleTo(within) else ""

    def any_visible(self) -> bool:
        return any(label.isVisible() for label in self.labels.values())

    def first_problem_widget(self, order: Iterable[str] | None = None) -> QWidget | None:
        """The widget of the first field (in ``order``, else as registered) with a problem."""
        for field in self.labels if order is None else order:
            if self.labels[field].isVisible():
                return self.widgets[field]
        return None

    def focus(self, field: str) -> None:
        self.widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self, order: Iterable[str] | None = None) -> None:
        widget = self.first_problem_widget(order)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def store(
        self,
        parent: QWidget,
        db: Database,
        service: Callable[[Session], T],
        *,
        refused: Callable[[str, str], None],
        reload: Callable[[], None] | None,
        field_of: Callable[[str], str] = str,
    ) -> T | None:
        """Run ``service`` in one transaction and return what it stored, or None.

        A refusal of one of this form's fields (``field_of`` maps the service's field name)
        goes to ``refused(field, text)`` to show inline; any other refusal is shown in a box.
        A conflict offers ``reload``, or is just shown when there is nothing to reload.
        """
        try:
            with db.transaction() as session:
                return service(session)
        except ConflictError as error:
            if reload is None:
                messages.show_error(parent, error)
            elif messages.ask_reload_conflict(parent):
                reload()
        except ValidationError as error:
            field = field_of(error.field or "")
            if field in self.labels:
                refused(field, translate_error(error))
            else:
                messages.show_error(parent, error)
        except AppError as error:
            messages.show_error(parent, error)
        return None
