"""The dialog that records a legal succession: another organisation, with its own KvK number,
takes over from the chosen one on a date and for a reason (e.g. Libertas and Radius became
BuZz). Unlike a merge nothing moves: the old registration is archived and keeps its history."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ssb_desktop.db.database import Database
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisation_list import OrganisationQuery
from ssb_desktop.services.organisations import record_succession
from ssb_desktop.views.organisation_picker import OrganisationPicker
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit


class SuccessionDialog(RecordForm[OrganisationRecord]):
    """Record who succeeded ``record``; :attr:`saved` holds the archived predecessor."""

    def __init__(
        self,
        db: Database,
        record: OrganisationRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.record = record
        self.setWindowTitle(self.tr("Succession of {name}").format(name=record.name))
        intro = QLabel(
            self.tr(
                "Another legal entity, with its own KvK number, takes over the work of {name}. "
                "{name} is archived; its bids, contracts and subsidies stay as they are, and "
                "both names remain visible."
            ).format(name=record.name)
        )
        intro.setWordWrap(True)
        # The successor is an active organisation of the register, never the predecessor.
        leave_out = () if record.id is None else (record.id,)
        self.successor = OrganisationPicker(db, OrganisationQuery(leave_out=leave_out))
        self.successor.setAccessibleName(self.tr("Successor"))
        self.on = date_edit(today)
        self.successor.chosen.connect(lambda: self.on.setFocus())
        self.reason = text_edit(self.tr("e.g. Libertas and Radius merged into BuZz"))
        self.add_fields(
            (("successor_id", self.successor), ("on", self.on), ("reason", self.reason))
        )
        form = QFormLayout()
        form.addRow(intro)
        self.form_row(form, self.tr("&Successor"), "successor_id")
        self.form_row(form, self.tr("&From"), "on")
        self.form_row(form, self.tr("R&eason"), "reason")
        self.lay_out(form, self.save_buttons(self.tr("&Record succession")), 620, 520)

    def save(self) -> None:
        if not self.ready():
            return
        record = self.record
        assert record.id is not None
        predecessor_id, version = record.id, record.version
        successor_id = self.successor.current_id() or 0
        on = edited_date(self.on)
        reason = self.reason.toPlainText()
        self.store(
            lambda session: record_succession(
                session, predecessor_id, successor_id, on=on, reason=reason, version=version
            )
        )
