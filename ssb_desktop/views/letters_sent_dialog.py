"""Record the day letters went out (award letters of a lot, decision letters of a scheme):
the send date drives the standstill period and the objection deadlines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date


class LettersSentDialog(RecordForm[Any]):
    """``exec()`` and then read :attr:`saved` (what ``record`` returned), None when cancelled."""

    def __init__(
        self,
        db: Database,
        title: str,
        explanation: str,
        record: Callable[[Session, date], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._record = record
        self.setWindowTitle(title)
        self.on = self.add_field("on", date_edit())
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        self.form_row(form, self.tr("&Sent on"), "on")
        buttons = self.save_buttons(self.tr("&Record"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def problem(self, field: str = "on") -> str:
        return super().problem(field)

    def save(self) -> None:
        """Record the date; a refusal is shown under it and the dialog stays open."""
        if not self.ready():
            return
        day = edited_date(self.on)
        self.store(lambda session: self._record(session, day))
