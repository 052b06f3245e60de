"""The dialog that folds one of two duplicate organisations into the other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisations import merge_organisations
from ssb_desktop.views import messages


def _default_keep(first: OrganisationRecord, second: OrganisationRecord) -> int:
    """Which of the two (0 or 1) to propose keeping: the active one, else the one with a KvK."""
    if first.archived != second.archived:
        return 1 if first.archived else 0
    if bool(first.kvk) != bool(second.kvk):
        return 0 if first.kvk else 1
    return 0


class MergeDialog(QDialog):
    """Choose which organisation to keep; after ``exec()`` :attr:`merged` holds the kept one."""

    def __init__(
        self,
        db: Database,
        first: OrganisationRecord,
        second: OrganisationRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.records = (first, second)
        self.merged: OrganisationRecord | None = None
        self.setWindowTitle(self.tr("Merge duplicates"))

        intro = QLabel(
            self.tr(
                "These two organisations are the same one. Choose the one to keep. Bids, "
                "contracts, subsidy applications and other references of the other one move "
                "to it; its empty fields are filled in, and contact persons and districts are "
                "joined. The other one is archived, with the one you keep as its successor."
            )
        )
        intro.setWordWrap(True)
        box = QGroupBox(self.tr("Keep"))
        box_layout = QVBoxLayout(box)
        self.choices = QButtonGroup(self)
        self.radio_buttons: list[QRadioButton] = []
        for number, record in enumerate(self.records):
            button = QRadioButton(self._describe(record))
            button.setAccessibleName(self._describe(record))
            self.choices.addButton(button, number)
            self.radio_buttons.append(button)
            box_layout.addWidget(button)
        self.radio_buttons[_default_keep(first, second)].setChecked(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.choices.idToggled.connect(lambda _id, _checked: self._update_outcome())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_outcome()
        self.resize(560, 320)

    def _describe(self, record: OrganisationRecord) -> str:
        kvk = self.tr("KvK {kvk}").format(kvk=record.kvk) if record.kvk else self.tr("no KvK")
        city = record.city or self.tr("no city")
        text = self.tr("{name} ({kvk}, {city})").format(name=record.name, kvk=kvk, city=city)
        if record.archived:
            text += " " + self.tr("[archived]")
        return text

    def keep_and_duplicate(self) -> tuple[OrganisationRecord, OrganisationRecord]:
        """The record chosen to keep and the one that will be folded into it."""
        keep = max(0, self.choices.checkedId())
        return self.records[keep], self.records[1 - keep]

    def _update_outcome(self) -> None:
        keep, duplicate = self.keep_and_duplicate()
        self.outcome.setText(
            self.tr("{duplicate} will be archived; {keep} stays and becomes its successor.").format(
                duplicate=duplicate.name, keep=keep.name
            )
        )

    def merge(self) -> None:
        keep, duplicate = self.keep_and_duplicate()
        question = self.tr(
            "Merge {duplicate} into {keep}? References move to {keep} and {duplicate} is "
            "archived. This cannot be undone."
        ).format(duplicate=duplicate.name, keep=keep.name)
        if not messages.confirm(
            self,
            self.tr("Merge duplicates"),
            question,
            destructive=True,
            confirm_text=self.tr("Merge"),
        ):
            return
        if keep.id is None or duplicate.id is None:
            return
        try:
            with self.db.transaction() as session:
                self.merged = merge_organisations(session, keep.id, duplicate.id)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.accept()
