"""The forms of a subsidy application: the application itself (applicant, scheme, activity,
districts, amounts, received) with its deadlines and money in view, and the forms of the steps
that need an amount: a decision, an advance and the settlement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import (
    format_date,
    format_money,
    format_number,
    local_today,
    parse_money,
)
from ssb_desktop.models.application_columns import deadline_basis
from ssb_desktop.records import (
    APPLICATION_STATUS_LABELS,
    REPORT_TIER_LABELS,
    SETTLEMENT_REASON_LABELS,
    ApplicationRecord,
    DistrictRecord,
    OrganisationKind,
    SchemeRecord,
    SettlementReason,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.organisation_list import OrganisationQuery, count_organisations
from ssb_desktop.services.subsidies import rules
from ssb_desktop.views import organisation_picker
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.field_problems import fetch, field_holder, problem_text
from ssb_desktop.views.record_form import RecordForm, text_edit

NOT_AN_AMOUNT = N_("ApplicationDialog", "Write an amount such as € 1.234,56.")
NOT_A_SCORE = N_("ApplicationDialog", "Write a score such as 7,5, or leave it empty.")

FIELDS = (
    "applicant_id",
    "scheme_id",
    "activity",
    "goals",
    "district_ids",
    "requested",
    "budget_total",
    "other_funders",
    "their_reference",
    "members",
    "ranking_score",
    "received_on",
    "activity_ends_on",
)


def scheme_text(scheme: SchemeRecord) -> str:
    """How a scheme is named in choosers: year, theme and name."""
    theme = f" — {scheme.theme_name}" if scheme.theme_name else ""
    return f"{scheme.year}{theme}: {scheme.name}"


def _money_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("€ 0,00")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _read_money(edit: QLineEdit) -> Decimal | None:
    text = edit.text().strip()
    return parse_money(text) if text else None


def parse_score(text: str) -> Decimal | None:
    """A score as typed (7,5 or 7.5); None when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned or cleaned.count(".") > 1:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _translate(text: str) -> str:
    return QCoreApplication.translate("ApplicationDialog", text)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class ApplicationDialog(RecordForm[ApplicationRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored application."""

    def __init__(
        self,
        db: Database,
        schemes: Sequence[SchemeRecord],
        districts: Sequence[DistrictRecord],
        record: ApplicationRecord | None = None,
        *,
        scheme_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._schemes = {s.id: s for s in schemes if s.id is not None}
        start = record.scheme_id if record is not None else scheme_id
        if start is None and self._schemes:
            start = next(iter(self._schemes))
        self._record = record or ApplicationRecord(
            id=None,
            scheme_id=start or 0,
            applicant_id=0,
            activity="",
            requested=Decimal("0.00"),
            received_on=local_today(),
        )
        self._applicant: tuple[int, str] | None = None
        self.problem_labels = self._problems.labels
        self._build(districts)
        self._load(self._record)
        if record is not None:
            self.setWindowTitle(
                self.tr("Application {reference}").format(reference=record.reference)
            )
        else:
            self.setWindowTitle(self.tr("New application"))
        first: QWidget = self.choose_button if record is None else self.activity
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        self.add_rows(form, ((field, text, widget),))

    def _build(self, districts: Sequence[DistrictRecord]) -> None:
        form = _form()
        self.applicant = QLineEdit()
        self.applicant.setReadOnly(True)
        self.applicant.setPlaceholderText(self.tr("Choose the volunteer organisation"))
        self.applicant.setAccessibleName(self.tr("Applicant"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the applicant"))
        self.choose_button.clicked.connect(self.choose_applicant)
        applicant_row = QWidget()
        row_layout = QHBoxLayout(applicant_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.applicant, 1)
        row_layout.addWidget(self.choose_button)
        label = QLabel(self.tr("A&pplicant"))
        label.setBuddy(self.choose_button)
        self.add_field("applicant_id", self.applicant)
        problem = self._problems.labels["applicant_id"]
        form.addRow(label, field_holder(applicant_row, problem))

        self.scheme = QComboBox()
        for scheme_id, scheme in self._schemes.items():
            self.scheme.addItem(scheme_text(scheme), scheme_id)
        self._row(form, self.tr("S&cheme"), self.scheme, "scheme_id")
        self.activity = QLineEdit()
        self.activity.setMaxLength(rules.MAX_LENGTHS["activity"])
        self.activity.setPlaceholderText(self.tr("Required"))
        self._row(form, self.tr("&Activity"), self.activity, "activity")
        self.goals = QPlainTextEdit()
        self.goals.setTabChangesFocus(True)
        self.goals.setMaximumHeight(80)
        self._row(form, self.tr("&Goals"), self.goals, "goals")
        self.requested = _money_edit()
        self._row(form, self.tr("&Requested"), self.requested, "requested")
        self.budget = _money_edit()
        self.budget.setPlaceholderText(self.tr("Total budget of the activity"))
        self._row(form, self.tr("&Budget"), self.budget, "budget_total")
        self.other_funders = QLineEdit()
        self._row(form, self.tr("Other &funders"), self.other_funders, "other_funders")
        self.their_reference = QLineEdit()
        self.their_reference.setMaxLength(100)
        self.their_reference.setPlaceholderText(
            self.tr('The applicant\'s own reference, quoted in the letters as "your reference"')
        )
        self._row(form, self.tr("Applicant's refere&nce"), self.their_reference, "their_reference")
        self.members = QSpinBox()
        self.members.setRange(0, 1_000_000)
        self.members.setSpecialValueText(self.tr("Not given"))
        self._row(form, self.tr("&Members"), self.members, "members")
        self.score = QLineEdit()
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.score.setPlaceholderText(self.tr("Orders the applications of a ranking scheme"))
        self._row(form, self.tr("Ran&king score"), self.score, "ranking_score")
        self.received = DateField()
        self._row(form, self.tr("Recei&ved on"), self.received, "received_on")
        self.activity_end = DateField(optional=True)
        self.activity_end.edit.setPlaceholderText(
            self.tr("dd-mm-yyyy, or empty: the scheme's year end")
        )
        self.activity_end.setToolTip(
            self.tr("The accountability report is due a number of weeks after this day.")
        )
        self._row(form, self.tr("Activities &end on"), self.activity_end, "activity_ends_on")
        for edit in (self.requested, self.budget):
            edit.editingFinished.connect(lambda e=edit: self._reformat(e))

        self.districts = QListWidget()
        self.districts.setAccessibleName(self.tr("Districts"))
        for district in districts:
            item = QListWidgetItem(district.name)
            item.setData(Qt.ItemDataRole.UserRole, district.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.districts.addItem(item)
        districts_box = QGroupBox(self.tr("Dis&tricts"))
        box_layout = QVBoxLayout(districts_box)
        box_layout.addWidget(self.districts)
        self.add_field("district_ids", self.districts)
        box_layout.addWidget(self._problems.labels["district_ids"])

        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        state_box = QGroupBox(self.tr("Status, deadlines and money"))
        QVBoxLayout(state_box).addWidget(self.state)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_box = QGroupBox(self.tr("N&otes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        right = QVBoxLayout()
        right.addWidget(districts_box, 3)
        right.addWidget(state_box, 2)
        right.addWidget(notes_box, 1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        bottom, self.summary = self.bottom_row(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(980, 620)

    def _load(self, record: ApplicationRecord) -> None:
        self._record = record
        if record.applicant_id:
            self._applicant = (record.applicant_id, record.applicant_name)
            self.applicant.setText(record.applicant_name)
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(record.scheme_id)))
        self.scheme.setEnabled(record.id is None)
        self.activity.setText(record.activity)
        self.goals.setPlainText(record.goals)
        self.requested.setText(format_money(record.requested) if record.requested else "")
        self.budget.setText(format_money(record.budget_total))
        self.other_funders.setText(record.other_funders)
        self.members.setValue(record.members or 0)
        self.score.setText(format_number(record.ranking_score))
        # Once decided the score has done its work: the service refuses a change.
        self.score.setReadOnly(record.id is not None and record.status not in subsidies.UNDECIDED)
        self.received.set_value(record.received_on)
        self.activity_end.set_value(record.activity_ends_on)
        chosen = set(record.district_ids)
        for row in range(self.districts.count()):
            item = self.districts.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.notes.setPlainText(record.notes)
        self.their_reference.setText(record.their_reference)
        self.state.setText(state_text(record))

    def _reformat(self, edit: QLineEdit) -> None:
        amount = _read_money(edit)
        if amount is not None:
            edit.setText(format_money(amount))

    def choose_applicant(self) -> None:
        # Volunteer organisations apply; a register without any offers everyone.
        query = OrganisationQuery(kind=OrganisationKind.VOLUNTEER, include_archived=True)
        volunteers = fetch(self, self.db, lambda session: count_organisations(session, query))
        if volunteers is None:
            return
        if not volunteers:
            query = replace(query, kind=None)
        chosen = organisation_picker.pick_organisation(self, self.db, query)
        if chosen is None or chosen.id is None:
            return
        self.set_applicant(chosen.id, chosen.name)

    def set_applicant(self, organisation_id: int, name: str) -> None:
        self._applicant = (organisation_id, name)
        self.applicant.setText(name)
        self.field_changed("applicant_id")

    def current_record(self) -> ApplicationRecord:
        """What the form holds now, on top of the application it was opened with."""
        district_ids = []
        for row in range(self.districts.count()):
            item = self.districts.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                district_ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return replace(
            self._record,
            applicant_id=self._applicant[0] if self._applicant else 0,
            applicant_name=self._applicant[1] if self._applicant else "",
            scheme_id=self.scheme.currentData() or self._record.scheme_id,
            activity=self.activity.text().strip(),
            goals=self.goals.toPlainText().strip(),
            requested=_read_money(self.requested) or Decimal("0.00"),
            budget_total=_read_money(self.budget),
            other_funders=self.other_funders.text().strip(),
            members=self.members.value() or None,
            ranking_score=parse_score(self.score.text()),
            received_on=self.received.value() or self._record.received_on,
            activity_ends_on=self.activity_end.value(),
            district_ids=tuple(district_ids),
            notes=self.notes.toPlainText(),
            their_reference=self.their_reference.text().strip(),
        )

    def problems(self) -> dict[str, str]:
        """What the form can tell is wrong before asking the database, by field, translated."""
        found: dict[str, str] = {}
        if self._applicant is None:
            found["applicant_id"] = _translate(
                N_("ApplicationDialog", "Choose the organisation that applies.")
            )
        if self.scheme.currentData() is None:
            found["scheme_id"] = _translate(
                N_("ApplicationDialog", "Choose the scheme; add one under Schemes first.")
            )
        if not self.activity.text().strip():
            found["activity"] = _translate(
                N_("ApplicationDialog", "Describe the activity the subsidy is for.")
            )
        requested = _read_money(self.requested)
        if not self.requested.text().strip():
            found["requested"] = _translate(
                N_("ApplicationDialog", "Enter the amount applied for.")
            )
        elif requested is None:
            found["requested"] = _translate(NOT_AN_AMOUNT)
        elif requested <= 0:
            found["requested"] = _translate(
                N_("ApplicationDialog", "The amount applied for must be more than zero.")
            )
        if self.budget.text().strip() and _read_money(self.budget) is None:
            found["budget_total"] = _translate(NOT_AN_AMOUNT)
        if self.score.text().strip() and parse_score(self.score.text()) is None:
            found["ranking_score"] = _translate(NOT_A_SCORE)
        for problem in subsidies.check_application(self.current_record()):
            if problem.field in self.problem_labels:
                found.setdefault(problem.field, problem_text(problem))
        return found

    def check(self) -> dict[str, str]:
        return self.problems()

    def save(self) -> None:
        """Store the application; a refused field is shown next to it, the dialog stays open."""
        if not self.ready(FIELDS):
            return
        record = self.current_record()
        self.store(
            lambda session: subsidies.save_application(session, record),
            reload=self.reload_from_database,
            field_of=lambda field: field if field in self.problem_labels else "",
        )

    def stored(self, session: Session) -> ApplicationRecord | None:
        record_id = self._record.id
        return None if record_id is None else subsidies.get_application(session, record_id)

    def show_stored(self, record: ApplicationRecord) -> None:
        self._load(record)


def state_text(record: ApplicationRecord) -> str:
    """The status, deadlines and money of an application, one fact per line."""
    if record.id is None:
        return _translate(N_("ApplicationDialog", "Not saved yet."))
    status = QCoreApplication.translate(
        "ApplicationStatus", APPLICATION_STATUS_LABELS[record.status]
    )
    lines = [_translate(N_("ApplicationDialog", "Status: {status}")).format(status=status)]
    facts: tuple[tuple[str, str], ...] = (
        (
            N_("ApplicationDialog", "Decision due: {value}"),
            f"{format_date(record.decision_due)} ({deadline_basis(record)})"
            if record.decision_due is not None and record.decision_due_basis
            else format_date(record.decision_due),
        ),
        (N_("ApplicationDialog", "Decided on: {value}"), format_date(record.decision_on)),
        (N_("ApplicationDialog", "Objection until: {value}"), format_date(record.objection_due)),
        (N_("ApplicationDialog", "Granted: {value}"), format_money(record.granted)),
        (
            N_("ApplicationDialog", "Advances paid: {value}"),
            format_money(record.advances_paid) if record.advances_paid else "",
        ),
        (N_("ApplicationDialog", "Refused because: {value}"), record.refusal_reason),
        (
            N_("ApplicationDialog", "Accountability: {value}"),
            QCoreApplication.translate("ReportTier", REPORT_TIER_LABELS[record.report_tier])
            if record.granted
            else "",
        ),
        (N_("ApplicationDialog", "Report due: {value}"), format_date(record.report_due)),
        (
            N_("ApplicationDialog", "Report received: {value}"),
            format_date(record.report_received_on),
        ),
        (
            N_("ApplicationDialog", "Report overdue: {value}"),
            _translate(N_("ApplicationDialog", "yes")) if record.report_overdue else "",
        ),
        (
            N_("ApplicationDialog", "Reminded of the report: {value}"),
            format_date(record.report_reminded_on),
        ),
        (
            N_("ApplicationDialog", "Report assessed: {value}"),
            format_money(record.report_assessed_amount),
        ),
        (N_("ApplicationDialog", "Settled: {value}"), format_money(record.settled)),
        (N_("ApplicationDialog", "Settled on: {value}"), format_date(record.settled_on)),
        (
            N_("ApplicationDialog", "To reclaim: {value}"),
            format_money(record.reclaimed) if record.reclaimed else "",
        ),
        (
            N_("ApplicationDialog", "Decided by: {value}"),
            record.deciding_organisation_name,
        ),
    )
    for template, value in facts:
        if value:
            lines.append(_translate(template).format(value=value))
    return "\n".join(lines)


# --- the steps that need an amount ------------------------------------------------------------


class DecisionDialog(RecordForm[None]):
    """Grant in full, grant partly or refuse one application, on a date."""

    GRANT, PARTLY, REFUSE = range(3)

    def __init__(self, record: ApplicationRecord, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.record = record
        self.setWindowTitle(self.tr("Decide on {reference}").format(reference=record.reference))
        self.problem_labels = self._problems.labels
        intro = QLabel(
            self.tr("{applicant} applied for {requested} for “{activity}”.").format(
                applicant=record.applicant_name,
                requested=format_money(record.requested),
                activity=record.activity,
            )
        )
        if record.deciding_organisation_name:
            intro.setText(
                intro.text()
                + "\n"
                + self.tr("{organisation} decides, as holder of the theme's contract.").format(
                    organisation=record.deciding_organisation_name
                )
            )
        intro.setWordWrap(True)
        self.grant = QRadioButton(self.tr("&Grant in full"))
        self.partly = QRadioButton(self.tr("Grant &partly"))
        self.refuse = QRadioButton(self.tr("&Refuse"))
        self.choice = QButtonGroup(self)
        for number, button in enumerate((self.grant, self.partly, self.refuse)):
            self.choice.addButton(button, number)
        self.grant.setChecked(True)
        self.amount = _money_edit()
        self.amount.setText(format_money(record.requested))
        self.decided_on = DateField(local_today())
        self.reason = text_edit(self.tr("Why the application is refused (for the letter)"))
        self.reason.setMaximumHeight(70)
        form = _form()
        form.addRow(self.grant)
        form.addRow(self.partly)
        form.addRow(self.refuse)
        self.labels = self.add_rows(
            form,
            (
                ("granted", self.tr("&Amount"), self.amount),
                ("reason", self.tr("Reason for re&fusal"), self.reason),
                ("on", self.tr("Decision da&te"), self.decided_on),
            ),
        )
        self.choice.idToggled.connect(lambda _id, _on: self._update())
        bottom, self.summary = self.bottom_row(self.tr("&Decide"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(560, 320)
        self._update()

    def _update(self) -> None:
        choice = self.choice.checkedId()
        self.amount.setEnabled(choice == self.PARTLY)
        self.labels["reason"].setVisible(choice == self.REFUSE)
        self.reason.setVisible(choice == self.REFUSE)
        if choice == self.GRANT:
            self.amount.setText(format_money(self.record.requested))
        elif choice == self.REFUSE:
            self.amount.setText(format_money(Decimal("0.00")))

    def granted(self) -> Decimal:
        """The amount to grant (0 when refused)."""
        if self.choice.checkedId() == self.REFUSE:
            return Decimal("0.00")
        return _read_money(self.amount) or Decimal("0.00")

    def is_refusal(self) -> bool:
        return self.choice.checkedId() == self.REFUSE

    def on(self) -> date:
        return self.decided_on.value() or local_today()

    def refusal_reason(self) -> str:
        return self.reason.toPlainText().strip()

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.is_refusal() and not self.refusal_reason():
            found["reason"] = self.tr("Give the reason for the refusal; it goes into the letter.")
        if self.choice.checkedId() == self.PARTLY:
            amount = _read_money(self.amount)
            if amount is None:
                found["granted"] = _translate(NOT_AN_AMOUNT)
            elif not 0 < amount < self.record.requested:
                found["granted"] = self.tr(
                    "A partial grant is more than zero and less than the {requested} applied for."
                ).format(requested=format_money(self.record.requested))
        return found

    def check(self) -> dict[str, str]:
        return self.problems()

    show_problem = RecordForm.refused
    check_and_accept = RecordForm.save


class AdvanceDialog(RecordForm[None]):
    """An advance paid on a grant: amount and date."""

    def __init__(self, record: ApplicationRecord, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Pay an advance on {reference}").format(reference=record.reference)
        )
        self.amount = _money_edit()
        self.paid_on = DateField(local_today())
        form = _form()
        self.add_rows(
            form,
            (
                ("amount", self.tr("&Amount"), self.amount),
                ("paid_on", self.tr("&Paid on"), self.paid_on),
            ),
        )
        bottom, _summary = self.bottom_row(self.tr("&Record advance"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(bottom)

    def value(self) -> Decimal:
        return _read_money(self.amount) or Decimal("0.00")

    def on(self) -> date:
        return self.paid_on.value() or local_today()

    def check(self) -> dict[str, str]:
        amount = _read_money(self.amount)
        return {"amount": _translate(NOT_AN_AMOUNT)} if amount is None or amount <= 0 else {}

    check_and_accept = RecordForm.save


class ReportDialog(RecordForm[None]):
    """The assessment of an accountability report: what the activities carried out justify
    (at most the grant), a note and the date; the settlement is proposed from it."""

    def __init__(self, record: ApplicationRecord, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.record = record
        self.setWindowTitle(
            self.tr("Assess the report of {reference}").format(reference=record.reference)
        )
        self.problem_labels = self._problems.labels
        granted = record.granted or Decimal("0.00")
        intro = QLabel(
            self.tr("Granted {granted}; report received on {date}.").format(
                granted=format_money(granted), date=format_date(record.report_received_on)
            )
        )
        intro.setWordWrap(True)
        self.amount = _money_edit()
        self.amount.setText(format_money(record.report_assessed_amount or granted))
        self.note = text_edit(self.tr("What was and was not carried out"))
        self.note.setPlainText(record.report_assessment)
        self.note.setMaximumHeight(70)
        self.assessed_on = DateField(local_today())
        form = _form()
        self.add_rows(
            form,
            (
                ("amount", self.tr("&Justified amount"), self.amount),
                ("note", self.tr("&Assessment"), self.note),
                ("on", self.tr("Assessed &on"), self.assessed_on),
            ),
        )
        bottom, _summary = self.bottom_row(self.tr("&Record assessment"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(bottom)

    def value(self) -> Decimal:
        return _read_money(self.amount) or Decimal("0.00")

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def on(self) -> date:
        return self.assessed_on.value() or local_today()

    def check(self) -> dict[str, str]:
        amount = _read_money(self.amount)
        return {"amount": _translate(NOT_AN_AMOUNT)} if amount is None or amount < 0 else {}

    show_problem = RecordForm.refused
    check_and_accept = RecordForm.save


class SettlementDialog(RecordForm[None]):
    """The settlement (vaststelling): the amount, a reason code when it is lower than the grant
    and an explicit decision with its reason when it is higher. ``proposal`` (from the
    accountability) fills in the amount and the reason, and says why."""

    def __init__(
        self,
        record: ApplicationRecord,
        parent: QWidget | None = None,
        proposal: rules.SettlementProposal | None = None,
    ) -> None:
        super().__init__(None, parent)
        self.record = record
        self.setWindowTitle(self.tr("Settle {reference}").format(reference=record.reference))
        self.problem_labels = self._problems.labels
        granted = record.granted or Decimal("0.00")
        intro = QLabel(
            self.tr("Granted {granted}; advances paid {advances}.").format(
                granted=format_money(granted), advances=format_money(record.advances_paid)
            )
        )
        intro.setWordWrap(True)
        self.amount = _money_edit()
        self.amount.setText(format_money(granted))
        if proposal is not None and proposal.amount is not None:
            self.amount.setText(format_money(proposal.amount))
        self.amount.textEdited.connect(lambda _t: self._update())
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(choose the reason)"), None)
        for reason in SettlementReason:
            self.reason.addItem(
                QCoreApplication.translate("SettlementReason", SETTLEMENT_REASON_LABELS[reason]),
                reason.value,
            )
        if proposal is not None and proposal.lower_reason is not None:
            self.reason.setCurrentIndex(max(0, self.reason.findData(proposal.lower_reason)))
        self.proposal_label = QLabel(
            QCoreApplication.translate("Settlement", proposal.basis).format(**proposal.params)
            if proposal is not None
            else ""
        )
        self.proposal_label.setWordWrap(True)
        self.above_reason = text_edit(
            self.tr("Why more than the grant is settled: an explicit decision")
        )
        self.above_reason.setMaximumHeight(70)
        self.balance = QLabel()
        self.settled_on = DateField(local_today())
        form = _form()
        self.labels = self.add_rows(
            form,
            (
                ("amount", self.tr("Settled a&mount"), self.amount),
                ("settled_on", self.tr("Settlement &date"), self.settled_on),
                ("reason", self.tr("&Reason for a lower amount"), self.reason),
                ("above_grant_reason", self.tr("Reason for a &higher amount"), self.above_reason),
            ),
        )
        form.addRow("", self.balance)
        bottom, self.summary = self.bottom_row(self.tr("&Settle"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.proposal_label)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(560, 300)
        self._update()

    def value(self) -> Decimal | None:
        return _read_money(self.amount)

    def on(self) -> date:
        return self.settled_on.value() or local_today()

    def reason_code(self) -> SettlementReason | None:
        data = self.reason.currentData()
        return SettlementReason(data) if data else None

    def above_grant_reason(self) -> str:
        return self.above_reason.toPlainText().strip()

    def _update(self) -> None:
        amount = self.value()
        granted = self.record.granted or Decimal("0.00")
        lower = amount is not None and amount < granted
        higher = amount is not None and amount > granted
        for field, shown in (("reason", lower), ("above_grant_reason", higher)):
            self.labels[field].setVisible(shown)
            self._problems.widgets[field].setVisible(shown)
            if not shown:
                self._problems.show(field, None)
        if amount is None:
            self.balance.setText("")
            return
        balance = amount - self.record.advances_paid
        if balance < 0:
            text = self.tr("To reclaim: {amount}").format(amount=format_money(-balance))
        else:
            text = self.tr("Still to pay: {amount}").format(amount=format_money(balance))
        self.balance.setText(text)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        amount = self.value()
        granted = self.record.granted or Decimal("0.00")
        if amount is None or amount < 0:
            found["amount"] = _translate(NOT_AN_AMOUNT)
        elif amount < granted and self.reason_code() is None:
            found["reason"] = self.tr(
                "A settlement lower than the grant needs one of the reasons the law allows."
            )
        elif amount > granted and not self.above_grant_reason():
            found["above_grant_reason"] = self.tr(
                "Settling above the grant is an explicit decision: give its reason."
            )
        return found

    def check(self) -> dict[str, str]:
        return self.problems()

    show_problem = RecordForm.refused
    check_and_accept = RecordForm.save
