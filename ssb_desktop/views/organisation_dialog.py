"""The form that creates or edits one organisation, with inline validation next to each field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.records import (
    ORGANISATION_KIND_LABELS,
    ContactRecord,
    DistrictRecord,
    OrganisationKind,
    OrganisationRecord,
)
from ssb_desktop.services.organisations import (
    check_organisation,
    get_organisation,
    normalised,
    save_organisation,
)
from ssb_desktop.services.reference import list_districts
from ssb_desktop.views.field_problems import problem_text
from ssb_desktop.views.organisation_register import RegisterBox
from ssb_desktop.views.record_form import RecordForm

# Still imported from here by the criteria editor.

# How long typing pauses before a new problem is shown: a half-typed KvK number is not an error
# yet, but a problem that is already shown disappears as soon as it is fixed.
VALIDATION_DELAY_MS = 600

# (field, label) in form order; every field gets a problem label of its own.
_LINE_FIELDS = (
    ("name", N_("OrganisationDialog", "&Name")),
    ("kvk", N_("OrganisationDialog", "&KvK number")),
    ("rsin", N_("OrganisationDialog", "&RSIN")),
    ("iban", N_("OrganisationDialog", "&IBAN")),
    ("street", N_("OrganisationDialog", "Street and n&umber")),
    ("postcode", N_("OrganisationDialog", "&Postcode")),
    ("city", N_("OrganisationDialog", "Cit&y")),
    ("email", N_("OrganisationDialog", "&E-mail")),
    ("phone", N_("OrganisationDialog", "P&hone")),
    ("website", N_("OrganisationDialog", "&Website")),
)
_CONTACT_COLUMNS = 4  # name, e-mail, phone, role
CONTACTS = "contacts"


def _form_field(field: str) -> str:
    """The form field a service's field name points at: any contact's problem goes to the table."""
    return CONTACTS if field.startswith(f"{CONTACTS}.") else field


class _FocusOutWatcher(QObject):
    """Calls back when focus leaves the watched widget and its children (the contacts table)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            # Qt sets the new focus widget before it sends FocusOut; a cell editor inside the
            # table is not leaving it.
            now = QApplication.focusWidget()
            if now is None or not watched.isAncestorOf(now):
                self._callback()
        return False


class OrganisationDialog(RecordForm[OrganisationRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored record."""

    def __init__(
        self,
        db: Database,
        record: OrganisationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._record = record or OrganisationRecord(id=None, name="")
        # Fields typed in whose problem waits for a pause (then they count as left).
        self._pending: set[str] = set()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self._on_pause)

        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels = self._problems.labels
        self._build()
        self._load(self._record)
        self.register.load(db, self._record.id)
        if record is not None and record.id is not None:
            self.setWindowTitle(self.tr("Edit organisation"))
            # Existing data may break rules added later; show that at once.
            self._left = {*self.problem_labels}
        else:
            self.setWindowTitle(self.tr("New organisation"))
        self.refresh()
        self.edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, _source in _LINE_FIELDS[:1]:
            self._add_line(form, field)
        self.kind = QComboBox()
        for kind in OrganisationKind:
            label = QCoreApplication.translate("OrganisationKind", ORGANISATION_KIND_LABELS[kind])
            self.kind.addItem(label, kind.value)
        kind_label = QLabel(self.tr("Kin&d"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        for field, _source in _LINE_FIELDS[1:]:
            self._add_line(form, field)
        self.edits["name"].setPlaceholderText(self.tr("Required"))
        self.edits["kvk"].setPlaceholderText(self.tr("8 digits"))
        self.edits["iban"].setPlaceholderText("NL00 BANK 0123 4567 89")
        self.edits["postcode"].setPlaceholderText("2312 AB")

        self.districts = QListWidget()
        self.districts.setAccessibleName(self.tr("Districts"))
        districts_box = QGroupBox(self.tr("Dis&tricts"))
        QVBoxLayout(districts_box).addWidget(self.districts)

        self.contacts = QTableWidget(0, _CONTACT_COLUMNS)
        self.contacts.setAccessibleName(self.tr("Contact persons"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("Role")]
        )
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setTabKeyNavigation(False)
        self.contacts.itemChanged.connect(self._on_contact_changed)
        self.contacts.itemDelegate().closeEditor.connect(lambda *_args: self._on_contacts_left())
        self.contacts.installEventFilter(_FocusOutWatcher(self._on_contacts_left, self))
        self.contacts.currentCellChanged.connect(lambda *_args: self._update_remove())
        self.add_contact_button = QPushButton(self.tr("&Add contact"))
        self.add_contact_button.setAccessibleName(self.tr("Add contact person"))
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Re&move contact"))
        self.remove_contact_button.setAccessibleName(self.tr("Remove selected contact person"))
        self.remove_contact_button.clicked.connect(self.remove_contact)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        contacts_box = QGroupBox(self.tr("&Contact persons"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts)
        contacts_layout.addWidget(self._problems.register(CONTACTS, self.contacts))
        contacts_layout.addLayout(contact_buttons)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_box = QGroupBox(self.tr("N&otes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        right = QVBoxLayout()
        right.addWidget(districts_box, 4)
        right.addWidget(contacts_box, 3)
        right.addWidget(notes_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)

        self.buttons = self.save_buttons(self.tr("&Save"))
        self.summary = QLabel()
        self.summary.setProperty("role", "problem")
        self.summary.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        # The register of bids, contracts and subsidies (issue 7), for a saved organisation.
        self.register = RegisterBox()
        layout.addWidget(self.register)
        layout.addLayout(bottom)
        self.resize(920, 620)

    def _add_line(self, form: QFormLayout, field: str) -> None:
        source = dict(_LINE_FIELDS)[field]
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.textEdited.connect(lambda _text, f=field: self._on_edited(f))
        edit.editingFinished.connect(lambda f=field: self._on_left(f))
        self.edits[field] = edit
        label = QLabel(QCoreApplication.translate("OrganisationDialog", source))
        label.setBuddy(edit)
        self._problems.register(field, edit)
        form.addRow(label, self._problems.holder(field))

    # --- loading and reading ----------------------------------------------------------------

    def _load(self, record: OrganisationRecord) -> None:
        self._loading = True
        try:
            self._record = record
            for field, edit in self.edits.items():
                edit.setText(getattr(record, field))
            self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
            self.notes.setPlainText(record.notes)
            self._load_districts(record)
            self.contacts.setRowCount(0)
            for contact in record.contacts:
                self._append_contact(contact)
        finally:
            self._loading = False
        self._update_remove()

    def _load_districts(self, record: OrganisationRecord) -> None:
        with self.db.transaction() as session:
            districts: list[DistrictRecord] = list_districts(session)
        self.districts.clear()
        chosen = set(record.district_ids)
        for district in districts:
            # An inactive district stays visible where it is already chosen, so that saving
            # does not silently drop it.
            if not district.active and district.id not in chosen:
                continue
            item = QListWidgetItem(district.name)
            item.setData(Qt.ItemDataRole.UserRole, district.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if district.id in chosen else Qt.CheckState.Unchecked
            )
            self.districts.addItem(item)
        if self.districts.count():
            # Show a municipality's usual ten or so districts without scrolling.
            rows = min(self.districts.count(), 12)
            frame = 2 * self.districts.frameWidth()
            self.districts.setMinimumHeight(rows * self.districts.sizeHintForRow(0) + frame)

    def _append_contact(self, contact: ContactRecord) -> int:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        values = (contact.name, contact.email, contact.phone, contact.role)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.contacts.setItem(row, column, item)
        return row

    def _contact_rows(self) -> list[tuple[int, ContactRecord]]:
        """Table rows that hold a contact, with the contact; fully empty rows are ignored."""
        found = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, column) for column in range(_CONTACT_COLUMNS)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if not any(texts):
                continue
            contact_id = cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] is not None else None
            found.append(
                (
                    row,
                    ContactRecord(
                        name=texts[0],
                        email=texts[1],
                        phone=texts[2],
                        role=texts[3],
                        id=contact_id if isinstance(contact_id, int) else None,
                    ),
                )
            )
        return found

    def current_record(self) -> OrganisationRecord:
        """What the form holds now, on top of the record it was opened with."""
        texts = {field: edit.text() for field, edit in self.edits.items()}
        district_ids = []
        for row in range(self.districts.count()):
            item = self.districts.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                district_ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return replace(
            self._record,
            name=texts["name"],
            kind=OrganisationKind(self.kind.currentData()),
            kvk=texts["kvk"],
            rsin=texts["rsin"],
            iban=texts["iban"],
            street=texts["street"],
            postcode=texts["postcode"],
            city=texts["city"],
            email=texts["email"],
            phone=texts["phone"],
            website=texts["website"],
            notes=self.notes.toPlainText(),
            district_ids=tuple(district_ids),
            contacts=tuple(contact for _row, contact in self._contact_rows()),
        )

    # --- contacts ---------------------------------------------------------------------------

    def add_contact(self) -> None:
        row = self._append_contact(ContactRecord(name=""))
        self.contacts.setCurrentCell(row, 0)
        self.contacts.setFocus(Qt.FocusReason.OtherFocusReason)
        cell = self.contacts.item(row, 0)
        if cell is not None:
            self.contacts.editItem(cell)
        self._update_remove()

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row < 0:
            return
        self.contacts.removeRow(row)
        self._update_remove()
        self.refresh()

    def _update_remove(self) -> None:
        self.remove_contact_button.setEnabled(self.contacts.currentRow() >= 0)

    def _on_contact_changed(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._kept.pop(CONTACTS, None)
        self._left.add(CONTACTS)
        self.refresh()

    def _on_contacts_left(self) -> None:
        if self.contacts.rowCount():
            self._left.add(CONTACTS)
            self.refresh()

    # --- validation -------------------------------------------------------------------------

    def _on_edited(self, field: str) -> None:
        self._kept.pop(field, None)
        self._pending.add(field)
        self._timer.start()
        self.refresh()

    def _on_left(self, field: str) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            # Closing or destroying the dialog takes focus from the field; nothing to check.
            return
        if field in self._pending or self.edits[field].text():
            self._left.add(field)
        self.refresh()

    def _on_pause(self) -> None:
        self._left |= self._pending
        self._pending.clear()
        self.refresh()

    def check(self) -> dict[str, str]:
        """Every problem of the current values by field (contacts grouped), translated."""
        found: dict[str, str] = {}
        contact_rows = [row for row, _contact in self._contact_rows()]
        for problem in check_organisation(normalised(self.current_record())):
            text = problem_text(problem)
            if problem.field.startswith(f"{CONTACTS}."):
                index = int(problem.field.split(".")[1])
                row = contact_rows[index] + 1 if index < len(contact_rows) else index + 1
                line = self.tr("Contact person {row}: {problem}").format(row=row, problem=text)
                found[CONTACTS] = f"{found[CONTACTS]}\n{line}" if CONTACTS in found else line
            else:
                found.setdefault(problem.field, text)
        return found

    def refresh(self) -> bool:
        clear = super().refresh()
        self.ok_button.setEnabled(clear)
        if self._problems.shown:
            self.summary.setText(
                self.tr("Correct the problems shown under the fields before saving.")
            )
        elif "name" in self.check() and not self.edits["name"].text().strip():
            self.summary.setText(self.tr("Enter at least the name to save."))
        else:
            self.summary.setText("")
        return clear

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        if not self.ready():
            return
        record = self.current_record()
        self.store(
            lambda session: save_organisation(session, record),
            reload=self.reload_from_database,
            field_of=_form_field,
        )

    def stored(self, session: Session) -> OrganisationRecord | None:
        record_id = self._record.id
        return None if record_id is None else get_organisation(session, record_id)

    def show_stored(self, record: OrganisationRecord) -> None:
        self._pending.clear()
        self._load(record)
        self._left = {*self.problem_labels}
