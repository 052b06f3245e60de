"""Record the day letters went out (award letters of a lot, decision letters of a scheme):
the send date drives the standstill period and the objection deadlines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.views.award_dialog import date_edit, dialog_buttons, edited_date, form_row
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems


class LettersSentDialog(QDialog):
    """``exec()`` and then read :attr:`saved` (what ``record`` returned), None when cancelled."""

    def __init__(
        self,
        db: Database,
        title: str,
        explanation: str,
        record: Callable[[Session, date], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.saved: Any = None
        self._record = record
        self.setWindowTitle(title)
        self.setStyleSheet(PROBLEM_STYLE)
        self.on = date_edit()
        self._problems = FieldProblems()
        self._problems.register("on", self.on)
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        form_row(form, self._problems, self.tr("&Sent on"), "on")
        buttons = dialog_buttons(self, self.tr("&Record"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def problem(self) -> str:
        return self._problems.text("on", self)

    def save(self) -> None:
        """Record the date; a refusal is shown under it and the dialog stays open."""
        self._problems.clear()
        day = edited_date(self.on)
        saved = self._problems.store(
            self,
            self.db,
            lambda session: self._record(session, day),
            refused=lambda field, text: self._problems.show(field, text),
            reload=None,
        )
        if saved is None:
            return
        self.saved = saved
        self.accept()
