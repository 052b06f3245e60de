"""The form that records or edits one bid: the lot, the bidder or consortium, when it came in,
prices, status, documents and notes, with each problem shown next to its field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import LOCAL_ZONE, format_moment, format_money, parse_money
from ssb_desktop.models.record_table_model import Column, RecordTableModel
from ssb_desktop.records import (
    BID_STATUS_LABELS,
    CONSORTIUM_ROLE_LABELS,
    BidMemberRecord,
    BidRecord,
    BidStatus,
    ConsortiumRole,
    LotRecord,
    OrganisationRecord,
)
from ssb_desktop.services.bids import check_bid, get_bid, received_late, save_bid
from ssb_desktop.services.organisations import list_organisations
from ssb_desktop.services.procurement import list_procurements
from ssb_desktop.views.date_field import DateField, TimeField
from ssb_desktop.views.field_problems import PROBLEM_STYLE, fetch, problem_text
from ssb_desktop.views.page import SearchBox
from ssb_desktop.views.record_form import RecordForm

# Fields that show a problem of their own; "price" problems go to the price that is wrong.
FIELDS = (
    "lot_id",
    "code",
    "members",
    "received_at",
    "received_time",
    "late_reason",
    "price_per_year",
    "price_total",
    "status_reason",
    "their_reference",
)

_LATE_STYLE = """
QLabel[role="late"] { font-weight: bold; }
"""

_NOT_AN_AMOUNT = N_("BidDialog", "Write an amount such as € 1.234,56.")
_PICKER_COLUMNS: tuple[Column[OrganisationRecord], ...] = (
    Column(N_("Columns", "Name"), lambda r: r.name),
    Column(N_("Columns", "KvK"), lambda r: r.kvk),
    Column(N_("Columns", "City"), lambda r: r.city),
)


def lot_text(lot: LotRecord) -> str:
    """How a lot is named in choosers: its label and theme (or title)."""
    name = lot.theme_name or lot.title
    return f"{lot.label} — {name}" if name else lot.label


# --- seams for tests --------------------------------------------------------------------------


class OrganisationPicker(QDialog):
    """Find an organisation by name, KvK number or city and choose it (Enter or double-click)."""

    def __init__(
        self, organisations: Sequence[OrganisationRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an organisation"))
        self.chosen: OrganisationRecord | None = None
        self.model: RecordTableModel[OrganisationRecord] = RecordTableModel(
            _PICKER_COLUMNS, parent=self
        )
        self.model.set_rows([o for o in organisations if not o.archived])
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search name, KvK number or city"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.search_changed.connect(self._filter)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 340)
        header.resizeSection(1, 100)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&hoose"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self._select_first()

    def _filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def accept(self) -> None:
        self.search.flush()
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.chosen = self.model.row_at(index)
        super().accept()


def pick_organisation(
    parent: QWidget, organisations: Sequence[OrganisationRecord]
) -> OrganisationRecord | None:
    """Seam for tests: let the user choose one organisation."""
    picker = OrganisationPicker(organisations, parent)
    try:
        picker.exec()
        return picker.chosen
    finally:
        picker.deleteLater()


def choose_documents(parent: QWidget) -> list[str]:
    """Seam for tests: files to refer to from the bid."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("BidDialog", "Add documents")
    )
    return names


# --- the dialog -------------------------------------------------------------------------------


class BidDialog(RecordForm[BidRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored bid."""

    def __init__(
        self,
        db: Database,
        lots: Sequence[LotRecord],
        record: BidRecord | None = None,
        *,
        lot_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._lots = {lot.id: lot for lot in lots if lot.id is not None}
        start_lot = record.lot_id if record is not None else lot_id
        if start_lot is None and self._lots:
            start_lot = next(iter(self._lots))
        self._record = record or BidRecord(id=None, lot_id=start_lot or 0)
        self._organisations: list[OrganisationRecord] | None = None
        with db.transaction() as session:
            self._deadlines = {p.id: p.submission_deadline for p in list_procurements(session)}
        self.setStyleSheet(PROBLEM_STYLE + _LATE_STYLE)
        self.problem_labels = self._problems.labels
        self._build()
        self._load(self._record)
        self.setWindowTitle(self.tr("Edit bid") if record is not None else self.tr("New bid"))
        first: QWidget = self.lot if record is None else self.received
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str | None) -> QLabel:
        if field:
            self.add_field(field, widget)
            return self.form_row(form, text, field)
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lot = QComboBox()
        for lot_id, lot in self._lots.items():
            self.lot.addItem(lot_text(lot), lot_id)
        self.lot.currentIndexChanged.connect(lambda _index: self._on_changed("lot_id"))
        self._row(form, self.tr("&Lot"), self.lot, "lot_id")
        self.code = QLineEdit()
        self.code.setMaxLength(10)
        self.code.textEdited.connect(lambda _text: self._on_changed("code"))
        self._row(form, self.tr("&Code"), self.code, "code")
        self.their_reference = QLineEdit()
        self.their_reference.setMaxLength(100)
        self.their_reference.setPlaceholderText(
            self.tr('The bidder\'s own reference, quoted in the letters as "your reference"')
        )
        self.their_reference.textEdited.connect(lambda _text: self._on_changed("their_reference"))
        self._row(form, self.tr("Bidder's re&ference"), self.their_reference, "their_reference")

        # The moment of receipt counts legally (late bids): a date and a time, each typed
        # and checked on its own, never changed behind the user's back.
        self.received = DateField()
        self.received.setAccessibleName(self.tr("Received on"))
        self.received.dateChanged.connect(lambda _day: self._on_changed("received_at"))
        self.received_time = TimeField()
        self.received_time.setAccessibleName(self.tr("Received at (time)"))
        self.received_time.timeChanged.connect(lambda: self._on_changed("received_time"))
        self.add_field("received_at", self.received)
        self.add_field("received_time", self.received_time)
        moment = QHBoxLayout()
        moment.setContentsMargins(0, 0, 0, 0)
        moment.addWidget(self.holder("received_at"), 3)
        moment.addWidget(self.holder("received_time"), 1, Qt.AlignmentFlag.AlignTop)
        moment_row = QWidget()
        moment_row.setLayout(moment)
        received_label = QLabel(self.tr("&Received"))
        received_label.setBuddy(self.received)
        form.addRow(received_label, moment_row)
        self.late_flag = QLabel()
        self.late_flag.setProperty("role", "late")
        self.late_flag.setWordWrap(True)
        self.late_flag.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.late_flag)
        self.late_reason = QLineEdit()
        self.late_reason.setPlaceholderText(self.tr("Why the late bid is accepted (required)"))
        self.late_reason.textEdited.connect(lambda _text: self._on_changed("late_reason"))
        self.late_reason_label = self._row(
            form, self.tr("Reason for &accepting"), self.late_reason, "late_reason"
        )

        self.price_per_year = QLineEdit()
        self.price_total = QLineEdit()
        for field, edit, text in (
            ("price_per_year", self.price_per_year, self.tr("Price per &year")),
            ("price_total", self.price_total, self.tr("Total &price")),
        ):
            edit.setPlaceholderText("€ 0,00")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(lambda _text, f=field: self._on_changed(f))
            edit.editingFinished.connect(lambda e=edit: self._reformat(e))
            self._row(form, text, edit, field)

        self.status = QComboBox()
        for status in BidStatus:
            label = QCoreApplication.translate("BidStatus", BID_STATUS_LABELS[status])
            self.status.addItem(label, status.value)
        self.status.currentIndexChanged.connect(lambda _index: self._on_changed("status_reason"))
        self._row(form, self.tr("S&tatus"), self.status, None)
        self.status_reason = QLineEdit()
        self.status_reason.setPlaceholderText(self.tr("Required when the bid is excluded"))
        self.status_reason.textEdited.connect(lambda _text: self._on_changed("status_reason"))
        self._row(form, self.tr("Reaso&n for the status"), self.status_reason, "status_reason")

        right = QVBoxLayout()
        right.addWidget(self._build_members(), 3)
        right.addWidget(self._build_documents(), 2)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_box = QGroupBox(self.tr("N&otes"))
        QVBoxLayout(notes_box).addWidget(self.notes)
        right.addWidget(notes_box, 1)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)
        bottom, self.summary = self.bottom_row(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)

    def _build_members(self) -> QGroupBox:
        self.members = QTableWidget(0, 2)
        self.members.setAccessibleName(self.tr("Organisations of the bid"))
        self.members.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Role")])
        self.members.verticalHeader().setVisible(False)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setTabKeyNavigation(False)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 140)
        self.members.currentCellChanged.connect(lambda *_args: self._sync_role())
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role of the selected organisation"))
        for role in ConsortiumRole:
            label = QCoreApplication.translate("ConsortiumRole", CONSORTIUM_ROLE_LABELS[role])
            self.role.addItem(label, role.value)
        self.role.activated.connect(lambda _index: self._set_role())
        role_label = QLabel(self.tr("Rol&e"))
        role_label.setBuddy(self.role)
        self.add_member_button = QPushButton(self.tr("&Add organisation…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Re&move"))
        self.remove_member_button.setAccessibleName(self.tr("Remove the selected organisation"))
        self.remove_member_button.clicked.connect(self.remove_member)
        controls = QHBoxLayout()
        controls.addWidget(role_label)
        controls.addWidget(self.role, 1)
        controls.addWidget(self.add_member_button)
        controls.addWidget(self.remove_member_button)
        box = QGroupBox(self.tr("&Bidder: the organisation, or the consortium and its lead"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.members)
        self.add_field("members", self.members)
        layout.addWidget(self._problems.labels["members"])
        layout.addLayout(controls)
        return box

    def _build_documents(self) -> QGroupBox:
        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Documents"))
        self.document_entry = QLineEdit()
        self.document_entry.setPlaceholderText(self.tr("Path or web address of a document"))
        self.document_entry.setAccessibleName(self.tr("New document"))
        self.document_entry.returnPressed.connect(self.add_typed_document)
        add = QPushButton(self.tr("A&dd"))
        add.setAccessibleName(self.tr("Add the typed document"))
        add.clicked.connect(self.add_typed_document)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Add documents from files"))
        browse.clicked.connect(self.browse_documents)
        self.remove_document_button = QPushButton(self.tr("Remo&ve"))
        self.remove_document_button.setAccessibleName(self.tr("Remove the selected document"))
        self.remove_document_button.clicked.connect(self.remove_document)
        entry = QHBoxLayout()
        entry.addWidget(self.document_entry, 1)
        entry.addWidget(add)
        entry.addWidget(browse)
        entry.addWidget(self.remove_document_button)
        box = QGroupBox(self.tr("Doc&uments"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.documents)
        layout.addLayout(entry)
        return box

    # --- loading and reading ----------------------------------------------------------------

    def _load(self, record: BidRecord) -> None:
        self._record = record
        self.lot.setCurrentIndex(max(0, self.lot.findData(record.lot_id)))
        self.lot.setEnabled(record.id is None)
        self.code.setText(record.code)
        if record.id is None:
            self.code.setPlaceholderText(self.tr("Next free letter"))
        moment = record.received_at or self._default_received()
        local = moment.astimezone(LOCAL_ZONE)
        self.received.set_value(local.date())
        self.received_time.set_value(time(local.hour, local.minute))
        self.late_reason.setText(record.late_reason)
        self.their_reference.setText(record.their_reference)
        self.price_per_year.setText(format_money(record.price_per_year))
        self.price_total.setText(format_money(record.price_total))
        self.status.setCurrentIndex(max(0, self.status.findData(record.status.value)))
        self.status_reason.setText(record.status_reason)
        self.members.setRowCount(0)
        for member in record.members:
            self._append_member(member)
        self.documents.clear()
        self.documents.addItems(list(record.documents))
        self.notes.setPlainText(record.notes)
        self._update_late()
        self._sync_role()

    def _default_received(self) -> datetime:
        """Now, or the deadline once it has passed: bids are mostly entered after the opening,
        and a default after the deadline would flag every new bid late."""
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        deadline = self.deadline()
        return deadline if deadline is not None and now > deadline else now

    def current_lot(self) -> LotRecord | None:
        return self._lots.get(self.lot.currentData())

    def received_at(self) -> datetime:
        """The moment typed, in UTC. While the date or time typed is wrong (saving is blocked
        then), the last valid one keeps the late flag steady."""
        day = self.received.value() or self.received.last_valid()
        hour = self.received_time.value() or self.received_time.last_valid()
        if day is None or hour is None:  # never: the form always opens with a moment
            return self._record.received_at or self._default_received()
        local = datetime.combine(day, hour, tzinfo=LOCAL_ZONE)
        return local.astimezone(UTC)

    def deadline(self) -> datetime | None:
        lot = self.current_lot()
        return self._deadlines.get(lot.procurement_id) if lot is not None else None

    def is_late(self) -> bool:
        return received_late(self.deadline(), self.received_at())

    def _price(self, edit: QLineEdit) -> Decimal | None:
        text = edit.text().strip()
        return parse_money(text) if text else None

    def current_record(self) -> BidRecord:
        """What the form holds now, on top of the bid it was opened with."""
        members = [self._member_at(row) for row in range(self.members.rowCount())]
        return replace(
            self._record,
            lot_id=self.lot.currentData() or self._record.lot_id,
            code=self.code.text().strip(),
            received_at=self.received_at(),
            late_reason=self.late_reason.text().strip() if self.is_late() else "",
            price_per_year=self._price(self.price_per_year),
            price_total=self._price(self.price_total),
            status=BidStatus(self.status.currentData()),
            status_reason=self.status_reason.text().strip(),
            notes=self.notes.toPlainText(),
            their_reference=self.their_reference.text().strip(),
            members=tuple(members),
            documents=tuple(self.documents.item(i).text() for i in range(self.documents.count())),
        )

    # --- the consortium ---------------------------------------------------------------------

    def _append_member(self, member: BidMemberRecord) -> int:
        row = self.members.rowCount()
        self.members.insertRow(row)
        name = QTableWidgetItem(member.organisation_name)
        name.setData(Qt.ItemDataRole.UserRole, member.organisation_id)
        self.members.setItem(row, 0, name)
        role = QTableWidgetItem(
            QCoreApplication.translate("ConsortiumRole", CONSORTIUM_ROLE_LABELS[member.role])
        )
        role.setData(Qt.ItemDataRole.UserRole, member.role.value)
        self.members.setItem(row, 1, role)
        return row

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.members.item(row, column)
        assert item is not None
        return item

    def _member_at(self, row: int) -> BidMemberRecord:
        name = self._item(row, 0)
        return BidMemberRecord(
            int(name.data(Qt.ItemDataRole.UserRole)),
            name.text(),
            ConsortiumRole(self._item(row, 1).data(Qt.ItemDataRole.UserRole)),
        )

    def _member_ids(self) -> list[int]:
        return [self._member_at(row).organisation_id for row in range(self.members.rowCount())]

    def add_member(self) -> None:
        if self._organisations is None:
            self._organisations = fetch(self, self.db, list_organisations)
            if self._organisations is None:
                return
        chosen = pick_organisation(self, self._organisations)
        if chosen is None or chosen.id is None:
            return
        if chosen.id in self._member_ids():
            self.members.setCurrentCell(self._member_ids().index(chosen.id), 0)
            return
        roles = [self._member_at(r).role for r in range(self.members.rowCount())]
        role = ConsortiumRole.MEMBER if ConsortiumRole.LEAD in roles else ConsortiumRole.LEAD
        row = self._append_member(BidMemberRecord(chosen.id, chosen.name, role))
        self.members.setCurrentCell(row, 0)
        self.members.setFocus(Qt.FocusReason.OtherFocusReason)
        self._on_changed("members")

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if row < 0:
            return
        self.members.removeRow(row)
        self._sync_role()
        self._on_changed("members")

    def _sync_role(self) -> None:
        row = self.members.currentRow()
        has_row = row >= 0
        self.role.setEnabled(has_row)
        self.remove_member_button.setEnabled(has_row)
        if has_row:
            value = self._member_at(row).role.value
            self.role.setCurrentIndex(max(0, self.role.findData(value)))

    def _set_role(self) -> None:
        row = self.members.currentRow()
        if row < 0:
            return
        role = ConsortiumRole(self.role.currentData())
        item = self._item(row, 1)
        item.setText(QCoreApplication.translate("ConsortiumRole", CONSORTIUM_ROLE_LABELS[role]))
        item.setData(Qt.ItemDataRole.UserRole, role.value)
        self._on_changed("members")

    # --- documents --------------------------------------------------------------------------

    def _add_document(self, reference: str) -> None:
        reference = reference.strip()
        existing = [self.documents.item(i).text() for i in range(self.documents.count())]
        if reference and reference not in existing:
            self.documents.addItem(reference)

    def add_typed_document(self) -> None:
        self._add_document(self.document_entry.text())
        self.document_entry.clear()

    def browse_documents(self) -> None:
        for name in choose_documents(self):
            self._add_document(name)

    def remove_document(self) -> None:
        row = self.documents.currentRow()
        if row >= 0:
            self.documents.takeItem(row)

    # --- problems ---------------------------------------------------------------------------

    def _reformat(self, edit: QLineEdit) -> None:
        amount = self._price(edit)
        if amount is not None:
            edit.setText(format_money(amount))

    def _update_late(self) -> None:
        late = self.is_late()
        deadline = self.deadline()
        self.late_flag.setVisible(late)
        if late and deadline is not None:
            self.late_flag.setText(
                self.tr("Late: received after the deadline of {deadline}.").format(
                    deadline=format_moment(deadline)
                )
            )
        self.late_reason.setVisible(late)
        self.late_reason_label.setVisible(late)
        if not late:
            self._problems.show("late_reason", None)

    def _on_changed(self, field: str) -> None:
        if field in ("received_at", "received_time", "lot_id"):
            self._update_late()
        if field == "status_reason" and self.status.currentData() != BidStatus.EXCLUDED.value:
            self._problems.show("status_reason", None)
        self.field_changed(field)

    def _field_for(self, field: str, record: BidRecord) -> str:
        """The form field a service's field name points at."""
        if field == "price":
            per_year = record.price_per_year
            return "price_per_year" if per_year is not None and per_year <= 0 else "price_total"
        return field if field in self.problem_labels else ""

    def problems(self) -> dict[str, str]:
        """Every problem the form can find before asking the database, by field, translated."""
        found: dict[str, str] = {}
        for edit, field in (
            (self.price_per_year, "price_per_year"),
            (self.price_total, "price_total"),
        ):
            if edit.text().strip() and self._price(edit) is None:
                found[field] = QCoreApplication.translate("BidDialog", _NOT_AN_AMOUNT)
        record = self.current_record()
        for problem in check_bid(record):
            found.setdefault(self._field_for(problem.field, record), problem_text(problem))
        if self.is_late() and not self.late_reason.text().strip():
            found.setdefault(
                "late_reason",
                self.tr("This bid came in after the deadline; give the reason it is accepted."),
            )
        found.pop("", None)
        return found

    def check(self) -> dict[str, str]:
        return self.problems()

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the bid; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(FIELDS):
            return
        record = self.current_record()
        self.store(
            lambda session: save_bid(session, record, accept_late=self.is_late()),
            reload=self.reload_from_database,
            field_of=lambda field: self._field_for(field, record),
        )

    def stored(self, session: Session) -> BidRecord | None:
        record_id = self._record.id
        return None if record_id is None else get_bid(session, record_id)

    def show_stored(self, record: BidRecord) -> None:
        self._load(record)
