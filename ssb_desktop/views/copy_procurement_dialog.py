"""The next cycle on screen: a new procurement made from an earlier one, with the lots the
user ticks and each lot's criteria (services/next_cycle.py does the copying)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.records import LotRecord, ProcurementRecord
from ssb_desktop.services.next_cycle import CopiedProcurement, copy_procurement
from ssb_desktop.views.record_form import RecordForm


class CopyProcurementDialog(RecordForm[CopiedProcurement]):
    """Reference and title of the next procurement, and which lots of the earlier one to copy."""

    def __init__(
        self,
        db: Database,
        source: ProcurementRecord,
        lots: Sequence[LotRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.source = source
        self.setWindowTitle(
            self.tr("Next procurement from {reference}").format(reference=source.reference)
        )
        self.reference = QLineEdit()
        self.reference.setMaxLength(50)
        self.title = QLineEdit(source.title)
        self.lots = QListWidget()
        self.lots.setAccessibleName(self.tr("Lots to copy"))
        for lot in sorted(lots, key=lambda lot: lot.number):
            item = QListWidgetItem(f"{lot.number}. {lot.title}  ({lot.theme_name or '-'})")
            item.setData(Qt.ItemDataRole.UserRole, lot.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lots.addItem(item)
        form = QFormLayout()
        self.add_rows(
            form,
            (
                ("reference", self.tr("&Reference"), self.reference),
                ("title", self.tr("&Title"), self.title),
                ("lots", self.tr("&Lots"), self.lots),
            ),
        )
        note = QLabel(
            self.tr(
                "The new procurement gets the procedure, the estimated value and the chosen "
                "lots with their settings, themes and criteria. Dates, bids, evaluators, scores "
                "and decisions belong to the new cycle and start empty."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.save_buttons(self.tr("&Copy")))
        self.setMinimumWidth(480)
        self.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_numbers(self) -> list[int]:
        return [
            int(self.lots.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.lots.count())
            if self.lots.item(row).checkState() is Qt.CheckState.Checked
        ]

    def save(self) -> None:
        if not self.ready():
            return
        source_id = self.source.id
        assert source_id is not None
        numbers = self.chosen_numbers()
        reference, title = self.reference.text(), self.title.text()
        self.store(
            lambda session: copy_procurement(
                session, source_id, reference=reference, title=title, lot_numbers=numbers
            )
        )
