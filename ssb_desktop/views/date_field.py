"""One date field: typed as dd-mm-jjjj (also d-m-jj and ddmmjjjj) with a calendar button; and
its companion, one time field typed as hh:mm (also h:mm, hh.mm and hhmm), for a moment such as
the receipt of a bid.

What is typed is read as a whole, never section by section (a spin-box date edit turned a
typed ``26-05-2029`` into ``26-12-6052``), and never changed behind the user's back: an
invalid date stays as typed and is named under the field, and :func:`all_dates_valid` keeps
a form from saving while one is shown. A valid date is written out as dd-mm-jjjj when the
field is left. The field offers the part of ``QDateEdit``'s interface the forms use
(``setDate()``, ``dateChanged``), so a form swaps one for the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.formatting import format_date, local_today, parse_date

_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$|^\s*(\d{1,2})(\d{2})\s*$")


def parse_typed_date(text: str) -> date | None:
    """A date as people type it: 26-05-2029, 26-5-29, 26/05/2029, 26052029 or 260529."""
    found = parse_date(text.strip())
    if found is not None:
        return found
    match = _DIGITS.match(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


def parse_typed_time(text: str) -> time | None:
    """A time as people type it: 14:05, 9:30, 14.05, 1405 or 930; None when it is no time of day."""
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute = (int(part) for part in match.groups() if part is not None)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def format_time(value: time | None) -> str:
    return "" if value is None else f"{value.hour:02d}:{value.minute:02d}"


def _problem_line() -> QLabel:
    """The hidden line under a typed field that names what is wrong with it."""
    label = QLabel()
    label.setProperty("role", "problem")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _mark(edit: QLineEdit, label: QLabel, text: str) -> None:
    """Show ``text`` under ``edit`` and mark it; an empty text clears both."""
    label.setText(text)
    label.setVisible(bool(text))
    edit.setProperty("problem", bool(text))
    edit.setAccessibleDescription(text)
    edit.style().unpolish(edit)
    edit.style().polish(edit)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


V = TypeVar("V", date, time)


class _TypedField(QWidget, Generic[V]):
    """What the date and the time field share: a line typed as a whole, its problem under
    it, the value typed and the last valid one. A subclass reads what is typed
    (``_on_typed``) and says what changed (``_announce``)."""

    def __init__(
        self,
        value: V | None,
        write: Callable[[V | None], str],
        parent: QWidget | None,
        *,
        optional: bool,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._write: Callable[[V | None], str] = write
        self._value: V | None = value
        self._last_valid: V | None = value
        self.edit = QLineEdit(write(value))
        self.problem = _problem_line()
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_typed)
        self.edit.editingFinished.connect(self._tidy)

    def value(self) -> V | None:
        """What is typed; None while the field is empty or holds nothing valid."""
        return self._value if self.is_valid() else None

    def is_valid(self) -> bool:
        return not self.problem.text() and (self._value is not None or self.optional)

    def last_valid(self) -> V | None:
        """The last valid value typed or chosen (the field may show a wrong one now)."""
        return self._last_valid

    def set_value(self, value: V | None) -> None:
        self.edit.setText(self._write(value))
        self._accept(value)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        """Put ``text`` in the field as if typed (read, and named when it is wrong)."""
        self.edit.setText(text)
        self._on_typed(text)

    def _on_typed(self, text: str) -> None:
        raise NotImplementedError

    def _announce(self, value: V) -> None:
        """A valid value was typed or chosen that differs from the one before."""

    def _accept(self, value: V | None) -> None:
        self._show_problem("")
        changed = value != self._value
        self._value = value
        if value is not None:
            self._last_valid = value
        if changed and value is not None:
            self._announce(value)

    def _tidy(self) -> None:
        """Leaving the field writes a valid value out in full (26-5-29 -> 26-05-2029)."""
        if self.is_valid() and self._value is not None:
            self.edit.setText(self._write(self._value))

    def _show_problem(self, text: str) -> None:
        _mark(self.edit, self.problem, text)


class DateField(_TypedField[date]):
    """A typed date with a calendar button and its problem shown under it."""

    dateChanged = Signal(QDate)  # a valid date was typed or chosen (QDateEdit's name)

    def __init__(
        self, day: date | None = None, parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        # An optional date may be left empty (e.g. "closes on": empty is open all year).
        super().__init__(day, format_date, parent, optional=optional)
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setToolTip(
            self.tr("Type a date as dd-mm-yyyy (also d-m-yy or ddmmyyyy); F4 opens the calendar.")
        )
        self.button = QToolButton()
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.button.setText("▾")  # fonts everywhere have this; not every one has 📅
        else:
            self.button.setIcon(icon)
        self.button.setAccessibleName(self.tr("Choose from the calendar"))
        self.button.setToolTip(self.tr("Choose from the calendar (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F4 / Alt+Down from the field
        self.button.clicked.connect(self.open_calendar)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.edit.installEventFilter(self)
        self._calendar: QCalendarWidget | None = None

    # --- the value ------------------------------------------------------------------------

    def setDate(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()) if day.isValid() else None)

    # --- typing -----------------------------------------------------------------------------

    def _on_typed(self, text: str) -> None:
        if not text.strip():
            if self.optional:
                self._accept(None)
                return
            self._show_problem(self.tr("Type a date as dd-mm-yyyy."))
            self._value = None
            return
        found = parse_typed_date(text)
        if found is None:
            # Still typing, or a date that does not exist: say so, change nothing.
            self._show_problem(
                self.tr(
                    "{text} is not a date: type it as dd-mm-yyyy, for example {example}."
                ).format(text=text.strip(), example=format_date(local_today()))
            )
            self._value = None
            return
        self._accept(found)

    def _announce(self, value: date) -> None:
        self.dateChanged.emit(_qdate(value))

    def point_out(self) -> None:
        """Focus the field and make sure its problem is named (an empty field)."""
        if not self.problem.text() and not self.optional:
            self._show_problem(self.tr("Type a date as dd-mm-yyyy."))
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the calendar -----------------------------------------------------------------------

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            alt_down = (
                event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.open_calendar()
                return True
        return False

    def open_calendar(self) -> QCalendarWidget:
        """A calendar at the field on the date typed; Enter or a click takes a day."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAccessibleName(self.tr("Calendar"))
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setSelectedDate(_qdate(self.value() or local_today()))
        calendar.activated.connect(self._chosen)
        calendar.clicked.connect(self._chosen)
        calendar.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        self._calendar = calendar
        return calendar

    def _chosen(self, day: QDate) -> None:
        self.setDate(day)
        if self._calendar is not None:
            self._calendar.close()
            self._calendar.deleteLater()
            self._calendar = None
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


class TimeField(_TypedField[time]):
    """A typed time of day (hh:mm) with its problem shown under it, read as a whole and never
    changed behind the user's back, like :class:`DateField`."""

    timeChanged = Signal()  # a valid time was typed

    def __init__(self, moment: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(moment, format_time, parent, optional=False)
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setMaxLength(5)
        self.edit.setToolTip(self.tr("Type a time as hh:mm, for example 14:05."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)

    def _on_typed(self, text: str) -> None:
        found = parse_typed_time(text) if text.strip() else None
        if found is None:
            self._value = None
            self._show_problem(
                self.tr("{text} is not a time: type it as hh:mm, for example 14:05.").format(
                    text=text.strip()
                )
                if text.strip()
                else self.tr("Type a time as hh:mm.")
            )
            return
        self._accept(found)

    def _announce(self, value: time) -> None:
        self.timeChanged.emit()

    def point_out(self) -> None:
        if not self.problem.text():
            self._show_problem(self.tr("Type a time as hh:mm."))
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def all_dates_valid(form: QWidget) -> bool:
    """False (and the first wrong date or time field focused) while a date or time field of
    ``form`` holds no valid value; its problem is already shown under it. Disabled or hidden
    fields count as not filled in."""
    fields: list[DateField | TimeField] = [*form.findChildren(DateField)]
    fields += form.findChildren(TimeField)
    for field in fields:
        if field.isEnabled() and field.isVisibleTo(form) and not field.is_valid():
            field.point_out()
            return False
    return True
