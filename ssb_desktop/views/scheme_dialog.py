"""The forms of a subsidy scheme: the scheme itself (year, theme, ceiling, rule, who decides,
terms and dates) and a later change of its ceiling with the reason, each problem shown next to
its field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money, local_today, parse_money
from ssb_desktop.records import (
    DECIDING_BODY_LABELS,
    DISTRIBUTION_RULE_LABELS,
    DecidingBody,
    DistributionRule,
    SchemeRecord,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.subsidies import rules
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.field_problems import problem_text
from ssb_desktop.views.record_form import RecordForm, text_edit

NOT_AN_AMOUNT = N_("SchemeDialog", "Write an amount such as € 1.234,56.")

FIELDS = (
    "year",
    "theme_id",
    "name",
    "ceiling",
    "distribution_rule",
    "max_per_applicant",
    "amount_per_member",
    "report_activity_from",
    "report_financial_from",
    "report_due_weeks",
    "deciding_body",
    "contract_holder_from_year",
    "decision_term_weeks",
    "atw_applies",
    "completion_days",
    "opens_on",
    "closes_on",
    "announced_on",
)


def _money_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("€ 0,00")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def read_money(edit: QLineEdit) -> Decimal | None:
    text = edit.text().strip()
    return parse_money(text) if text else None


class SchemeDialog(RecordForm[SchemeRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored scheme."""

    def __init__(
        self,
        db: Database,
        themes: Sequence[tuple[int, str]],
        record: SchemeRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        today = local_today()
        self._record = record or SchemeRecord(
            id=None, year=today.year + 1, name="", ceiling=Decimal("0.00"), opens_on=today
        )
        self.problem_labels = self._problems.labels
        self._build(themes)
        self._load(self._record)
        self.setWindowTitle(
            self.tr("Edit scheme") if record is not None else self.tr("New subsidy scheme")
        )
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        self.add_field(field, widget)
        self.form_row(form, text, field)

    def _build(self, themes: Sequence[tuple[int, str]]) -> None:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self._row(left, self.tr("&Year"), self.year, "year")
        self.theme = QComboBox()
        self.theme.addItem(self.tr("(no theme)"), None)
        for theme_id, name in themes:
            self.theme.addItem(name, theme_id)
        self._row(left, self.tr("&Theme"), self.theme, "theme_id")
        self.name = QLineEdit()
        self.name.setMaxLength(rules.MAX_LENGTHS["scheme_name"])
        self.name.setPlaceholderText(self.tr("Required"))
        self._row(left, self.tr("&Name"), self.name, "name")
        self.ceiling = _money_edit()
        self._row(left, self.tr("&Ceiling"), self.ceiling, "ceiling")
        self.rule = QComboBox()
        for rule in DistributionRule:
            label = QCoreApplication.translate("DistributionRule", DISTRIBUTION_RULE_LABELS[rule])
            self.rule.addItem(label, rule.value)
        self._row(left, self.tr("Distribution &rule"), self.rule, "distribution_rule")
        self.max_per_applicant = _money_edit()
        self.max_per_applicant.setPlaceholderText(self.tr("No maximum"))
        self._row(
            left, self.tr("Ma&ximum per applicant"), self.max_per_applicant, "max_per_applicant"
        )
        self.amount_per_member = _money_edit()
        self.amount_per_member.setPlaceholderText(self.tr("Not per member"))
        self._row(left, self.tr("Amount per me&mber"), self.amount_per_member, "amount_per_member")
        self.report_activity_from = _money_edit()
        self.report_activity_from.setToolTip(
            self.tr("Grants up to this amount are settled at the grant, without a report.")
        )
        self._row(
            left, self.tr("Report needed &above"), self.report_activity_from, "report_activity_from"
        )
        self.report_financial_from = _money_edit()
        self.report_financial_from.setToolTip(
            self.tr("Grants above this amount also need a financial statement.")
        )
        self._row(
            left,
            self.tr("Financial statement a&bove"),
            self.report_financial_from,
            "report_financial_from",
        )
        self.report_weeks = QSpinBox()
        self.report_weeks.setRange(1, 104)
        self.report_weeks.setSuffix(self.tr(" weeks after the activities"))
        self._row(left, self.tr("Report d&ue"), self.report_weeks, "report_due_weeks")

        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body = QComboBox()
        for body in DecidingBody:
            self.body.addItem(
                QCoreApplication.translate("DecidingBody", DECIDING_BODY_LABELS[body]), body.value
            )
        self.body.currentIndexChanged.connect(lambda _i: self._update_body())
        self._row(right, self.tr("&Deciding body"), self.body, "deciding_body")
        self.holder_from = QSpinBox()
        self.holder_from.setRange(1999, 2100)
        self.holder_from.setSpecialValueText(self.tr("From the scheme's year"))
        self._row(
            right,
            self.tr("Contract holder decides &from"),
            self.holder_from,
            "contract_holder_from_year",
        )
        self.term = QSpinBox()
        self.term.setRange(0, 52)
        self.term.setSuffix(self.tr(" weeks"))
        # 0: no term of the scheme's own, the Awb's default of 8 weeks applies.
        self.term.setSpecialValueText(self.tr("Awb: 8 weeks"))
        self.term.setToolTip(
            self.tr(
                "Empty (Awb) when the scheme sets no decision term of its own: then the Awb's "
                "8 weeks apply and the Algemene termijnenwet extends a last day in a weekend "
                "or on a holiday."
            )
        )
        self._row(right, self.tr("Decision t&erm"), self.term, "decision_term_weeks")
        self.atw = QCheckBox(self.tr("The Algemene termijnenwet applies to the scheme's own terms"))
        self._row(right, "", self.atw, "atw_applies")
        self.completion = QSpinBox()
        self.completion.setRange(1, 90)
        self.completion.setSuffix(self.tr(" days"))
        self._row(right, self.tr("Completion per&iod"), self.completion, "completion_days")
        self.opens = DateField()
        self._row(right, self.tr("O&pens on"), self.opens, "opens_on")
        self.closes = DateField(optional=True)
        self.closes.edit.setPlaceholderText(self.tr("dd-mm-yyyy, or empty: open all year"))
        self._row(right, self.tr("C&loses on"), self.closes, "closes_on")
        self.announced = DateField(optional=True)
        self._row(right, self.tr("Ann&ounced on"), self.announced, "announced_on")

        for edit in (
            self.ceiling,
            self.max_per_applicant,
            self.amount_per_member,
            self.report_activity_from,
            self.report_financial_from,
        ):
            edit.editingFinished.connect(lambda e=edit: self._reformat(e))

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom, self.summary = self.bottom_row(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(920, 340)

    def _load(self, record: SchemeRecord) -> None:
        self._record = record
        self.year.setValue(record.year)
        self.theme.setCurrentIndex(max(0, self.theme.findData(record.theme_id)))
        self.name.setText(record.name)
        self.ceiling.setText(format_money(record.ceiling))
        self.rule.setCurrentIndex(max(0, self.rule.findData(record.distribution_rule.value)))
        self.max_per_applicant.setText(format_money(record.max_per_applicant))
        self.amount_per_member.setText(format_money(record.amount_per_member))
        self.report_activity_from.setText(format_money(record.report_activity_from))
        self.report_financial_from.setText(format_money(record.report_financial_from))
        self.report_weeks.setValue(record.report_due_weeks)
        self.body.setCurrentIndex(max(0, self.body.findData(record.deciding_body.value)))
        self.holder_from.setValue(record.contract_holder_from_year or self.holder_from.minimum())
        self.term.setValue(record.decision_term_weeks or 0)
        self.atw.setChecked(record.atw_applies)
        self.completion.setValue(record.completion_days)
        self.opens.set_value(record.opens_on)
        self.closes.set_value(record.closes_on)
        self.announced.set_value(record.announced_on)
        # A ceiling changes after the announcement only with a recorded reason.
        self.ceiling.setReadOnly(record.id is not None and bool(record.ceiling_changes))
        self._update_body()

    def _update_body(self) -> None:
        self.holder_from.setEnabled(self.body.currentData() == DecidingBody.CONTRACT_HOLDER.value)

    def _reformat(self, edit: QLineEdit) -> None:
        amount = read_money(edit)
        if amount is not None:
            edit.setText(format_money(amount))

    def current_record(self) -> SchemeRecord:
        holder = self.holder_from.value()
        return replace(
            self._record,
            year=self.year.value(),
            theme_id=self.theme.currentData(),
            theme_name=self.theme.currentText() if self.theme.currentData() is not None else "",
            name=self.name.text().strip(),
            ceiling=read_money(self.ceiling) or Decimal("0.00"),
            distribution_rule=DistributionRule(self.rule.currentData()),
            max_per_applicant=read_money(self.max_per_applicant),
            amount_per_member=read_money(self.amount_per_member),
            report_activity_from=read_money(self.report_activity_from)
            or self._record.report_activity_from,
            report_financial_from=read_money(self.report_financial_from)
            or self._record.report_financial_from,
            report_due_weeks=self.report_weeks.value(),
            deciding_body=DecidingBody(self.body.currentData()),
            contract_holder_from_year=(
                None
                if holder == self.holder_from.minimum() or not self.holder_from.isEnabled()
                else holder
            ),
            decision_term_weeks=self.term.value() or None,
            atw_applies=self.atw.isChecked(),
            completion_days=self.completion.value(),
            opens_on=self.opens.value() or self._record.opens_on,
            closes_on=self.closes.value(),
            announced_on=self.announced.value(),
        )

    def check(self) -> dict[str, str]:
        """What the form can tell is wrong before asking the database, by field, translated."""
        found: dict[str, str] = {}

        def say(field: str, text: str) -> None:
            found.setdefault(field, QCoreApplication.translate("SchemeDialog", text))

        if not self.name.text().strip():
            say("name", N_("SchemeDialog", "Give the scheme a name."))
        if not self.ceiling.text().strip():
            say("ceiling", N_("SchemeDialog", "Enter the ceiling: the budget of the scheme."))
        for field, edit in (
            ("ceiling", self.ceiling),
            ("max_per_applicant", self.max_per_applicant),
            ("amount_per_member", self.amount_per_member),
            ("report_activity_from", self.report_activity_from),
            ("report_financial_from", self.report_financial_from),
        ):
            if edit.text().strip():
                amount = read_money(edit)
                if amount is None:
                    say(field, NOT_AN_AMOUNT)
                elif amount < 0 or (amount == 0 and field != "ceiling"):
                    say(field, N_("SchemeDialog", "The amount must be more than zero."))
        if not self.opens.text().strip():
            say("opens_on", N_("SchemeDialog", "Enter the date the scheme opens."))
        opens, closes = self.opens.value(), self.closes.value()
        if opens is not None and closes is not None and closes < opens:
            say("closes_on", N_("SchemeDialog", "The scheme cannot close before it opens."))
        for problem in subsidies.check_scheme(self.current_record()):
            if problem.field in self.problem_labels:
                found.setdefault(problem.field, problem_text(problem))
        return found

    def save(self) -> None:
        """Store the scheme; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(FIELDS):
            return
        record = self.current_record()
        self.store(
            lambda session: subsidies.save_scheme(session, record),
            field_of=lambda field: field if field in self.problem_labels else "",
        )


class CeilingDialog(RecordForm[SchemeRecord]):
    """Change a scheme's ceiling from a date, with the reason; ``exec()`` then read
    :attr:`saved`."""

    def __init__(self, db: Database, scheme: SchemeRecord, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.scheme = scheme
        self.setWindowTitle(self.tr("Change the ceiling of {name}").format(name=scheme.name))
        self.problem_labels = self._problems.labels
        current = scheme.current_ceiling if scheme.current_ceiling is not None else scheme.ceiling
        explanation = QLabel(
            self.tr(
                "The ceiling is now {ceiling}. Applications received before the date of the "
                "change keep the ceiling that was in force when they were received."
            ).format(ceiling=format_money(current))
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ceiling = _money_edit()
        self.ceiling.setText(format_money(current))
        self.changed_on = DateField(local_today())
        self.reason = text_edit(self.tr("Why the ceiling changes (required)"))
        for field, text, widget in (
            ("ceiling", self.tr("New &ceiling"), self.ceiling),
            ("changed_on", self.tr("&From"), self.changed_on),
            ("reason", self.tr("&Reason"), self.reason),
        ):
            self.add_field(field, widget)
            self.form_row(form, text, field)
        buttons = self.save_buttons(self.tr("C&hange ceiling"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.ceiling.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ceiling.selectAll()

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        amount = read_money(self.ceiling)
        if amount is None or amount < 0:
            found["ceiling"] = QCoreApplication.translate("SchemeDialog", NOT_AN_AMOUNT)
        if not self.reason.toPlainText().strip():
            found["reason"] = self.tr("Give the reason for the change; it is recorded.")
        return found

    def save(self) -> None:
        if not self.ready():
            return
        scheme_id = self.scheme.id
        assert scheme_id is not None
        ceiling = read_money(self.ceiling)
        changed_on = self.changed_on.value()
        assert ceiling is not None and changed_on is not None
        reason = self.reason.toPlainText().strip()
        self.store(
            lambda session: subsidies.change_ceiling(
                session, scheme_id, ceiling, changed_on, reason
            ),
            field_of=lambda field: field if field in self.problem_labels else "",
        )
