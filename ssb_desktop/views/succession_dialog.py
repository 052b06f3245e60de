"""The dialog that records a legal succession: another organisation, with its own KvK number,
takes over from the chosen one on a date and for a reason (e.g. Libertas and Radius became
BuZz). Unlike a merge nothing moves: the old registration is archived and keeps its history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ssb_desktop.db.database import Database
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisations import record_succession
from ssb_desktop.views.award_dialog import (
    date_edit,
    dialog_buttons,
    edited_date,
    form_row,
    text_edit,
)
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems


class SuccessionDialog(QDialog):
    """Record who succeeded ``record``; :attr:`saved` holds the archived predecessor."""

    def __init__(
        self,
        db: Database,
        record: OrganisationRecord,
        organisations: Sequence[OrganisationRecord],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.record = record
        self.saved: OrganisationRecord | None = None
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWindowTitle(self.tr("Succession of {name}").format(name=record.name))
        self._problems = FieldProblems()
        intro = QLabel(
            self.tr(
                "Another legal entity, with its own KvK number, takes over the work of {name}. "
                "{name} is archived; its bids, contracts and subsidies stay as they are, and "
                "both names remain visible."
            ).format(name=record.name)
        )
        intro.setWordWrap(True)
        self.successor = QComboBox()
        for organisation in organisations:
            if organisation.id is not None and organisation.id != record.id:
                label = organisation.name
                if organisation.kvk:
                    label += f" (KvK {organisation.kvk})"
                self.successor.addItem(label, organisation.id)
        self.on = date_edit(today)
        self.reason = text_edit(self.tr("e.g. Libertas and Radius merged into BuZz"))
        for field, widget in (
            ("successor_id", self.successor),
            ("on", self.on),
            ("reason", self.reason),
        ):
            self._problems.register(field, widget)
        form = QFormLayout()
        form.addRow(intro)
        form_row(form, self._problems, self.tr("&Successor"), "successor_id")
        form_row(form, self._problems, self.tr("&From"), "on")
        form_row(form, self._problems, self.tr("&Reason"), "reason")
        buttons = dialog_buttons(self, self.tr("&Record succession"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def save(self) -> None:
        self._problems.clear()
        record = self.record
        assert record.id is not None
        predecessor_id, version = record.id, record.version
        successor_id = int(self.successor.currentData() or 0)
        on = edited_date(self.on)
        reason = self.reason.toPlainText()
        saved = self._problems.store(
            self,
            self.db,
            lambda session: record_succession(
                session, predecessor_id, successor_id, on=on, reason=reason, version=version
            ),
            refused=self._refused,
            reload=None,
        )
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, field: str, text: str) -> None:
        self._problems.show(field, text)
        self._problems.focus(field)
