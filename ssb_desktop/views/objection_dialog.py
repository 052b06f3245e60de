"""The form of one objection ("bezwaar") of a lot: who, when, what kind, what it says, the
documents, the hearing and the outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    OBJECTION_KIND_LABELS,
    OBJECTION_OUTCOME_LABELS,
    OBJECTION_SUBJECT_LABELS,
    ObjectionKind,
    ObjectionOutcome,
    ObjectionRecord,
    ObjectionSubject,
)
from ssb_desktop.services.awards import save_objection
from ssb_desktop.services.organisation_list import OrganisationQuery
from ssb_desktop.views.award_dialog import qdate
from ssb_desktop.views.organisation_picker import OrganisationPicker
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit

FIELDS = ("organisation_id", "received_on", "summary", "hearing_on", "outcome_on")

# What an objection concerns: the lot shown, or (a protest against the tender) every lot.
LOT, WHOLE = "lot", "procurement"


class ObjectionDialog(RecordForm[ObjectionRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved`. ``bidders`` are the organisations
    of the lot's bids as (id, name); a protest against the tender itself may come from any
    active organisation of the register, and so may an objection to the award when
    ``anyone`` may object (voluntary transparency): the register is then searched in the
    picker, never read whole. The objection concerns the lot ``lot`` (id, label) or, for a
    protest against the tender, possibly the whole procurement ``procurement`` (id,
    reference)."""

    def __init__(
        self,
        db: Database,
        record: ObjectionRecord,
        bidders: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        anyone: bool = False,
        lot: tuple[int, str] | None = None,
        procurement: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._record = record
        self._lot = lot or (record.lot_id or 0, record.lot_label)
        self._procurement = procurement or (
            record.procurement_id or 0,
            record.procurement_reference,
        )
        self.setWindowTitle(
            self.tr("Edit objection") if record.id is not None else self.tr("New objection")
        )

        self._anyone = anyone
        # The bidders, and whoever the objection already names, are offered even when
        # archived since.
        named = (record.organisation_id,) if record.organisation_id else ()
        self._bidder_ids = tuple(dict.fromkeys((*(b for b, _name in bidders), *named)))
        self.against = QComboBox()
        for subject in ObjectionSubject:
            label = QCoreApplication.translate(
                "ObjectionSubject", OBJECTION_SUBJECT_LABELS[subject]
            )
            self.against.addItem(label, subject.value)
        self.against.setCurrentIndex(max(0, self.against.findData(record.against.value)))
        # A protest against the tender may concern the whole procurement: one record that
        # holds up the award of every lot; an objection to an award concerns its lot.
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Lot {lot}").format(lot=self._lot[1]), LOT)
        self.scope.addItem(
            self.tr("The whole procurement {reference} (all lots)").format(
                reference=self._procurement[1]
            ),
            WHOLE,
        )
        self.scope.setCurrentIndex(1 if record.whole_procurement else 0)
        self.against.currentIndexChanged.connect(lambda _i: self._update())
        self.organisation = OrganisationPicker(db, self._organisation_query())
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.against.currentIndexChanged.connect(
            lambda _i: self.organisation.set_query(self._organisation_query())
        )
        self.add_field("organisation_id", self.organisation)
        self.kind = QComboBox()
        for kind in ObjectionKind:
            label = QCoreApplication.translate("ObjectionKind", OBJECTION_KIND_LABELS[kind])
            self.kind.addItem(label, kind.value)
        # Enter on the chosen organisation goes on to the next field.
        self.organisation.chosen.connect(lambda: self.kind.setFocus())
        self.received_on = date_edit(record.received_on)
        self.add_field("received_on", self.received_on)
        self.summary = text_edit(self.tr("What the objection says, in a few sentences"))
        self.add_field("summary", self.summary)
        self.documents = text_edit(self.tr("Paths or web addresses, one per line"))
        self.documents.setMinimumHeight(50)
        self.documents.setAccessibleName(self.tr("Documents"))

        self.hearing = QCheckBox(self.tr("&Hearing on"))
        self.hearing_on = date_edit(record.hearing_on)
        self.hearing_on.setAccessibleName(self.tr("Hearing date"))
        self.add_field("hearing_on", self.hearing_on)
        hearing_row = QHBoxLayout()
        hearing_row.addWidget(self.hearing)
        hearing_row.addWidget(self._problems.holder("hearing_on"), 1)
        self.hearing.toggled.connect(self.hearing_on.setEnabled)

        self.outcome = QComboBox()
        for outcome in ObjectionOutcome:
            label = QCoreApplication.translate(
                "ObjectionOutcome", OBJECTION_OUTCOME_LABELS[outcome]
            )
            self.outcome.addItem(label, outcome.value)
        self.outcome.currentIndexChanged.connect(lambda _i: self._update())
        self.outcome_on = date_edit(record.outcome_on)
        self.add_field("outcome_on", self.outcome_on)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        against_label = QLabel(self.tr("&Against"))
        against_label.setBuddy(self.against)
        form.addRow(against_label, self.against)
        scope_label = QLabel(self.tr("&Concerns"))
        scope_label.setBuddy(self.scope)
        form.addRow(scope_label, self.scope)
        self.form_row(form, self.tr("&Organisation"), "organisation_id")
        kind_label = QLabel(self.tr("&Kind"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        self.form_row(form, self.tr("&Received on"), "received_on")
        self.form_row(form, self.tr("Su&mmary"), "summary")
        documents_label = QLabel(self.tr("Doc&uments"))
        documents_label.setBuddy(self.documents)
        form.addRow(documents_label, self.documents)
        form.addRow("", hearing_row)
        outcome_label = QLabel(self.tr("Ou&tcome"))
        outcome_label.setBuddy(self.outcome)
        form.addRow(outcome_label, self.outcome)
        self.outcome_on_label = self.form_row(form, self.tr("Outcome &date"), "outcome_on")
        buttons = self.save_buttons(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(700, 640)
        self._load(record)
        self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)

    def _organisation_query(self) -> OrganisationQuery:
        """The bidders for an objection to the award; the active register (and the
        bidders) for a tender protest, or for anyone's objection under transparency."""
        if self._anyone or self.against.currentData() == ObjectionSubject.TENDER.value:
            return OrganisationQuery(also=self._bidder_ids)
        return OrganisationQuery(only=self._bidder_ids, include_archived=True)

    def _load(self, record: ObjectionRecord) -> None:
        self.organisation.select_id(record.organisation_id or None)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.received_on.setDate(qdate(record.received_on or local_today()))
        self.summary.setPlainText(record.summary)
        self.documents.setPlainText(record.documents)
        self.hearing.setChecked(record.hearing_on is not None)
        self.hearing_on.setEnabled(record.hearing_on is not None)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(record.outcome.value)))
        self.outcome_on.setDate(qdate(record.outcome_on or local_today()))
        self._update()

    def _update(self) -> None:
        tender = self.against.currentData() == ObjectionSubject.TENDER.value
        # Only a protest against the tender can concern every lot; the lot is the only
        # choice for an objection to the award, and a lot is needed to choose it.
        self.scope.setEnabled(tender and bool(self._procurement[0]) and bool(self._lot[0]))
        if not tender:
            self.scope.setCurrentIndex(0)
        decided = self.outcome.currentData() != ObjectionOutcome.OPEN.value
        self.outcome_on.setVisible(decided)
        self.outcome_on_label.setVisible(decided)
        if not decided:
            self._problems.show("outcome_on", None)

    def current_record(self) -> ObjectionRecord:
        outcome = ObjectionOutcome(self.outcome.currentData())
        organisation = self.organisation.current_record()
        whole = self.scope.currentData() == WHOLE or not self._lot[0]
        return replace(
            self._record,
            lot_id=None if whole else self._lot[0],
            procurement_id=self._procurement[0] or None,
            organisation_id=(organisation.id or 0) if organisation is not None else 0,
            organisation_name=organisation.name if organisation is not None else "",
            against=ObjectionSubject(self.against.currentData()),
            kind=ObjectionKind(self.kind.currentData()),
            received_on=edited_date(self.received_on),
            summary=self.summary.toPlainText().strip(),
            documents=self.documents.toPlainText().strip(),
            hearing_on=edited_date(self.hearing_on) if self.hearing.isChecked() else None,
            outcome=outcome,
            outcome_on=None if outcome is ObjectionOutcome.OPEN else edited_date(self.outcome_on),
        )

    def save(self) -> None:
        if not self.ready(FIELDS):
            return
        record = self.current_record()
        self.store(
            lambda session: save_objection(session, record),
        )
