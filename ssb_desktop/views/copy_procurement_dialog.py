"""The next cycle on screen: a new procurement made from an earlier one, with the lots the
user ticks and each lot's criteria (services/next_cycle.py does the copying)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems
from ssb_desktop.views.unsaved import guard_unsaved_changes


class CopyProcurementDialog(QDialog):
    """Reference and title of the next procurement, and which lots of the earlier one to copy."""

    def __init__(
        self,
        db: Database,
        source: ProcurementRecord,
        lots: Sequence[LotRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        guard_unsaved_changes(self)  # Esc and close ask before changes go
        self.db = db
        self.source = source
        self.saved: CopiedProcurement | None = None
        self.setWindowTitle(
            self.tr("Next procurement from {reference}").format(reference=source.reference)
        )
        self.setStyleSheet(PROBLEM_STYLE)
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
        self.problems = FieldProblems()
        form = QFormLayout()
        for field, text, widget in (
            ("reference", self.tr("&Reference"), self.reference),
            ("title", self.tr("&Title"), self.title),
            ("lots", self.tr("&Lots"), self.lots),
        ):
            self.problems.register(field, widget)
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, self.problems.holder(field))
        note = QLabel(
            self.tr(
                "The new procurement gets the procedure, the estimated value and the chosen "
                "lots with their settings, themes and criteria. Dates, bids, evaluators, scores "
                "and decisions belong to the new cycle and start empty."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Copy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_numbers(self) -> list[int]:
        return [
            int(self.lots.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.lots.count())
            if self.lots.item(row).checkState() is Qt.CheckState.Checked
        ]

    def problem(self, field: str) -> str:
        return self.problems.text(field, self)

    def save(self) -> None:
        self.problems.clear()
        source_id = self.source.id
        assert source_id is not None
        numbers = self.chosen_numbers()
        reference, title = self.reference.text(), self.title.text()
        saved = self.problems.store(
            self,
            self.db,
            lambda session: copy_procurement(
                session, source_id, reference=reference, title=title, lot_numbers=numbers
            ),
            refused=self._refused,
            reload=None,
        )
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, field: str, text: str) -> None:
        self.problems.show(field, text)
        self.problems.focus(field)
