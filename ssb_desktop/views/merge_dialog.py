"""The dialog that folds one of two duplicate organisations into the other: both named with
their KvK numbers, and compared field by field (which values differ, which one is kept)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.records import ORGANISATION_KIND_LABELS, OrganisationRecord
from ssb_desktop.services.organisations import merge_organisations, merged
from ssb_desktop.views import messages
from ssb_desktop.views.organisation_dialog import _LINE_FIELDS

FIELD, FIRST, SECOND, DIFFERS, KEPT = range(5)


def _caption(context: str, label: str) -> str:
    return QCoreApplication.translate(context, label).replace("&", "")


def _values(record: OrganisationRecord) -> list[tuple[str, str]]:
    """(caption, value) of every field the comparison shows, in the form's order."""
    rows = [
        (
            QCoreApplication.translate("OrganisationDialog", label).replace("&", ""),
            getattr(record, name),
        )
        for name, label in _LINE_FIELDS
    ]
    kind = QCoreApplication.translate("OrganisationKind", ORGANISATION_KIND_LABELS[record.kind])
    rows.insert(1, (QCoreApplication.translate("MergeDialog", "Kind"), kind))
    rows.append(
        (QCoreApplication.translate("MergeDialog", "Districts"), ", ".join(record.district_names))
    )
    rows.append(
        (
            QCoreApplication.translate("MergeDialog", "Contact persons"),
            ", ".join(contact.name for contact in record.contacts),
        )
    )
    rows.append((QCoreApplication.translate("MergeDialog", "Notes"), record.notes))
    return rows


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
        self.comparison = self._comparison()
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
        layout.addWidget(self.comparison, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self._update_outcome()
        self.resize(1040, 600)

    def _comparison(self) -> QTableWidget:
        """Both records field by field; the rows that differ are marked in words (and bold)."""
        first, second = self.records
        table = QTableWidget(0, 5)
        table.setAccessibleName(self.tr("Field by field"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self._short(first),
                self._short(second),
                self.tr("Differs"),
                self.tr("After merging"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setCornerButtonEnabled(False)  # nothing to select all of: the rows are read
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        bold = QFont(table.font())
        bold.setBold(True)
        self._bold = bold
        self._rows: list[tuple[str, str, str, bool]] = []
        for (caption, one), (_caption, other) in zip(_values(first), _values(second), strict=True):
            row = table.rowCount()
            table.insertRow(row)
            differs = one.strip() != other.strip()
            self._rows.append((caption, one, other, differs))
            for column, text in (
                (FIELD, caption),
                (FIRST, one),
                (SECOND, other),
                (DIFFERS, self.tr("differs") if differs else ""),
            ):
                item = QTableWidgetItem(text)
                if differs:
                    item.setFont(bold)
                table.setItem(row, column, item)
        # Fourteen rows: sized to what they hold, so that both names and their KvK numbers
        # (which tell two namesakes apart) show whole; a very long name is cut at 340 px.
        table.resizeColumnsToContents()
        for column in (FIELD, FIRST, SECOND):
            table.setColumnWidth(column, min(table.columnWidth(column), 340))
        return table

    def _short(self, record: OrganisationRecord) -> str:
        """The column header of ``record``: its name, and under it its KvK number."""
        kvk = self.tr("KvK {kvk}").format(kvk=record.kvk) if record.kvk else self.tr("no KvK")
        return f"{record.name}\n({kvk})"

    def differing_fields(self) -> list[str]:
        """The captions of the fields whose values differ."""
        return [caption for caption, _one, _other, differs in self._rows if differs]

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
        keeps_first = keep is self.records[0]
        after = _values(merged(keep, duplicate))
        for row, ((_caption, value), (_c, one, other, differs)) in enumerate(
            zip(after, self._rows, strict=True)
        ):
            item = QTableWidgetItem(value)
            if value.strip() and value.strip() != (one if keeps_first else other).strip():
                # Not the kept one's own value: filled in from the other, or joined.
                item.setToolTip(self.tr("Filled in from {name}").format(name=duplicate.name))
            if differs:
                item.setFont(self._bold)
            self.comparison.setItem(row, KEPT, item)
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
