"""Records a drawing of lots between bids tied in the ranking: who came first, when, witnessed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import local_today
from ssb_desktop.services import evaluation, scoring
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit

FIELDS = ("first_bid_id", "witness", "decided_on", "outcome")


class TieBreakDialog(RecordForm[bool]):
    """The outcome of drawing lots between ``tied`` bids ((bid id, label) pairs) of a lot."""

    def __init__(
        self,
        db: Database,
        lot_id: int,
        rank: int,
        tied: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.lot_id = lot_id
        self.setWindowTitle(self.tr("Record the drawing of lots"))
        intro = QLabel(
            self.tr(
                "These bids share rank {rank} after every tie-break rule: {bids}. Record the "
                "outcome of the drawing of lots and its witness."
            ).format(rank=rank, bids=", ".join(label for _id, label in tied))
        )
        intro.setWordWrap(True)
        self.first = QComboBox()
        for bid_id, label in tied:
            self.first.addItem(label, bid_id)
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("e.g. the name of the notary"))
        self.decided_on = date_edit(local_today())
        self.note = text_edit(self.tr("How the lots were drawn (optional)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget, text in (
            ("first_bid_id", self.first, self.tr("&First after the drawing")),
            ("witness", self.witness, self.tr("&Witness")),
            ("decided_on", self.decided_on, self.tr("&Drawn on")),
            ("outcome", self.note, self.tr("&Notes")),
        ):
            self.add_field(field, widget)
            self.form_row(form, text, field)
        buttons = self.save_buttons(self.tr("&Record"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Record the drawing; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(FIELDS):
            return
        first = self.first.currentData()
        first_label = self.first.currentText()
        witness = self.witness.text().strip()
        note = self.note.toPlainText().strip()
        outcome = self.tr("{bid} came first in the drawing of lots.").format(bid=first_label)
        if note:
            outcome = f"{outcome}\n{note}"
        on = edited_date(self.decided_on)

        def record(session: Session) -> bool:
            evaluation.record_tie_break(
                session,
                self.lot_id,
                method=scoring.LOTS,
                witness=witness,
                outcome=outcome,
                decided_on=on,
                first_bid_id=first,
            )
            return True

        self.store(record)
