"""The forms of a contract's performance agreements: an indicator with its targets per year and
district, a report with its realised values, the municipality's assessment, a district
platform's opinion, the reporting rhythm, and the preview of a returned report form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import format_date, format_number, parse_number
from ssb_desktop.i18n import translate_label, translate_problem
from ssb_desktop.records import (
    ASSESSMENT_LABELS,
    Assessment,
    ContractRecord,
    DistrictOpinionRecord,
    DistrictRecord,
    IndicatorRecord,
    PerformanceReportRecord,
    ReportValue,
    TargetRecord,
)
from ssb_desktop.services import performance
from ssb_desktop.services.performance_exchange import ReportImportPlan
from ssb_desktop.views.record_form import (
    RecordForm,
    date_edit,
    dialog_buttons,
    edited_date,
    text_edit,
)


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _item(text: str, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class IndicatorDialog(RecordForm[IndicatorRecord]):
    """A new indicator of ``contract`` (``record`` None) or one to change; :attr:`saved`."""

    def __init__(
        self,
        db: Database,
        contract: ContractRecord,
        districts: Sequence[DistrictRecord],
        record: IndicatorRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.contract = contract
        self.districts = list(districts)
        self._record = record
        self._target_problem = ""
        self.setWindowTitle(
            self.tr("Indicator of contract {reference}").format(reference=contract.reference)
        )
        self.name = QLineEdit(record.name if record else "")
        self.name.setMaxLength(200)
        self.unit = QLineEdit(record.unit if record else "")
        self.unit.setMaxLength(50)
        self.unit.setPlaceholderText(self.tr("e.g. people, meetings, hours"))
        self.targets = _table(
            [self.tr("Year"), self.tr("District"), self.tr("Target")], self.tr("Targets")
        )
        self.add_fields((("name", self.name), ("unit", self.unit), ("targets", self.targets)))
        for target in record.targets if record else ():
            self.add_target(target)
        add = QPushButton(self.tr("&Add target"))
        add.clicked.connect(lambda: self.add_target(None))
        remove = QPushButton(self.tr("&Remove target"))
        remove.clicked.connect(self.remove_target)
        form = QFormLayout()
        self.form_row(form, self.tr("&Name"), "name")
        self.form_row(form, self.tr("&Unit"), "unit")
        targets_label = self.form_row(form, self.tr("&Targets per year"), "targets")
        targets_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form.addRow("", row)
        note = QLabel(
            self.tr(
                "A target without a district holds for the whole municipality; targets per "
                "district make the contractor report per district."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 620, 480)

    def add_target(self, target: TargetRecord | None) -> None:
        row = self.targets.rowCount()
        self.targets.insertRow(row)
        year = QSpinBox()
        year.setRange(1900, 2999)
        year.setValue(target.year if target else self.contract.start.year)
        year.setAccessibleName(self.tr("Year"))
        self.targets.setCellWidget(row, 0, year)
        district = QComboBox()
        district.setAccessibleName(self.tr("District"))
        district.addItem(self.tr("Whole municipality"), None)
        for item in self.districts:
            district.addItem(item.name, item.id)
        district.setCurrentIndex(max(0, district.findData(target.district_id if target else None)))
        self.targets.setCellWidget(row, 1, district)
        self.targets.setItem(
            row, 2, _item(format_number(target.target) if target else "", editable=True)
        )

    def remove_target(self) -> None:
        row = self.targets.currentRow()
        if row >= 0:
            self.targets.removeRow(row)

    def check(self) -> dict[str, str]:
        return {"targets": self._target_problem} if self.target_records() is None else {}

    def target_records(self) -> tuple[TargetRecord, ...] | None:
        """The targets typed; None when one is not a number (the problem then in
        :attr:`_target_problem`)."""
        found: list[TargetRecord] = []
        for row in range(self.targets.rowCount()):
            year = self.targets.cellWidget(row, 0)
            district = self.targets.cellWidget(row, 1)
            assert isinstance(year, QSpinBox) and isinstance(district, QComboBox)
            item = self.targets.item(row, 2)
            amount = parse_number(item.text() if item else "")
            if amount is None:
                self._target_problem = self.tr(
                    "Row {row}: write the target as a number, e.g. 40 or 12,5."
                ).format(row=row + 1)
                return None
            found.append(TargetRecord(year.value(), amount, district.currentData()))
        return tuple(found)

    def save(self) -> None:
        targets = self.target_records()
        if not self.ready() or targets is None:
            return
        assert self.contract.id is not None
        base = self._record or IndicatorRecord(None, self.contract.id, "")
        record = replace(base, name=self.name.text(), unit=self.unit.text(), targets=targets)
        self.store(lambda session: performance.save_indicator(session, record))


class ReportDialog(RecordForm[PerformanceReportRecord]):
    """The contractor's report over a period with the realised values per indicator and
    district; a blank value is not reported."""

    def __init__(
        self,
        db: Database,
        contract: ContractRecord,
        indicators: Sequence[IndicatorRecord],
        record: PerformanceReportRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.contract = contract
        self.indicators = list(indicators)
        self._record = record
        self._value_problem = ""
        self.setWindowTitle(
            self.tr("Report on contract {reference}").format(reference=contract.reference)
        )
        self.period_start = date_edit(record.period_start)
        self.period_end = date_edit(record.period_end)
        self.received_on = date_edit(record.received_on)
        self.documents = text_edit(self.tr("Names of the documents received, a note"))
        self.documents.setPlainText(record.documents)
        self.documents.setAccessibleName(self.tr("Documents"))
        self.values = _table(
            [
                self.tr("Indicator"),
                self.tr("District"),
                self.tr("Target (year)"),
                self.tr("Realised"),
            ],
            self.tr("Realised values"),
        )
        self.add_fields(
            (
                ("period_start", self.period_start),
                ("period_end", self.period_end),
                ("received_on", self.received_on),
                ("values", self.values),
            )
        )
        self._keys: list[tuple[int, int | None]] = []
        current = {(v.indicator_id, v.district_id): v.value for v in record.values}
        for indicator in self.indicators:
            assert indicator.id is not None
            names = {t.district_id: t.district_name for t in indicator.targets}
            for district_id in indicator.district_keys:
                row = self.values.rowCount()
                self.values.insertRow(row)
                target = next(
                    (
                        t.target
                        for t in indicator.targets
                        if t.district_id == district_id and t.year == record.period_end.year
                    ),
                    None,
                )
                self.values.setItem(row, 0, _item(indicator.name))
                self.values.setItem(
                    row,
                    1,
                    _item(
                        names.get(district_id, "")
                        if district_id is not None
                        else self.tr("Whole municipality")
                    ),
                )
                self.values.setItem(row, 2, _item(format_number(target)))
                self.values.setItem(
                    row,
                    3,
                    _item(format_number(current.get((indicator.id, district_id))), editable=True),
                )
                self._keys.append((indicator.id, district_id))
        self.values.setColumnWidth(0, 200)
        self.values.setColumnWidth(1, 160)
        form = QFormLayout()
        self.form_row(form, self.tr("Period &from"), "period_start")
        self.form_row(form, self.tr("Period &to"), "period_end")
        self.form_row(form, self.tr("&Received on"), "received_on")
        documents_label = QLabel(self.tr("&Documents"))
        documents_label.setBuddy(self.documents)
        form.addRow(documents_label, self.documents)
        self.form_row(form, self.tr("Realised &values"), "values")
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 720, 560)

    def check(self) -> dict[str, str]:
        return {"values": self._value_problem} if self.value_records() is None else {}

    def value_records(self) -> tuple[ReportValue, ...] | None:
        """The values typed; None when one is not a number (the problem then in
        :attr:`_value_problem`)."""
        found: list[ReportValue] = []
        for row, (indicator_id, district_id) in enumerate(self._keys):
            item = self.values.item(row, 3)
            text = item.text().strip() if item else ""
            if not text:
                continue
            amount = parse_number(text)
            if amount is None:
                self._value_problem = self.tr(
                    "Row {row}: write the realised value as a number."
                ).format(row=row + 1)
                return None
            found.append(ReportValue(indicator_id, district_id, amount))
        return tuple(found)

    def save(self) -> None:
        values = self.value_records()
        if not self.ready() or values is None:
            return
        record = replace(
            self._record,
            period_start=edited_date(self.period_start),
            period_end=edited_date(self.period_end),
            received_on=edited_date(self.received_on),
            documents=self.documents.toPlainText(),
            values=values,
        )
        self.store(lambda session: performance.save_report(session, record))


class AssessDialog(RecordForm[PerformanceReportRecord]):
    """The municipality's assessment of a report."""

    def __init__(
        self,
        db: Database,
        report: PerformanceReportRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.report = report
        self.setWindowTitle(
            self.tr("Assess the report of {start} to {end}").format(
                start=format_date(report.period_start), end=format_date(report.period_end)
            )
        )
        self.assessment = QComboBox()
        for value, label in ASSESSMENT_LABELS.items():
            self.assessment.addItem(translate_label("Assessment", label), value)
        self.assessment.setCurrentIndex(max(0, self.assessment.findData(report.assessment)))
        self.assessed_on = date_edit(report.assessed_on or today)
        self.text = text_edit(self.tr("What went well, what did not, what is agreed"))
        self.text.setPlainText(report.assessment_text)
        self.add_fields(
            (
                ("assessment", self.assessment),
                ("assessed_on", self.assessed_on),
                ("assessment_text", self.text),
            )
        )
        form = QFormLayout()
        self.form_row(form, self.tr("&Assessment"), "assessment")
        self.form_row(form, self.tr("Assessed &on"), "assessed_on")
        self.form_row(form, self.tr("&Motivation"), "assessment_text")
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 520, 340)

    def save(self) -> None:
        if not self.ready():
            return
        report = self.report
        assert report.id is not None
        report_id, version = report.id, report.version
        assessment = Assessment(self.assessment.currentData())
        text = self.text.toPlainText()
        on = edited_date(self.assessed_on)
        self.store(
            lambda session: performance.assess_report(
                session, report_id, assessment=assessment, text=text, on=on, version=version
            )
        )


class OpinionDialog(RecordForm[DistrictOpinionRecord]):
    """A district platform's opinion on its district's part of a report."""

    def __init__(
        self,
        db: Database,
        report: PerformanceReportRecord,
        districts: Sequence[tuple[int, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.report = report
        self.setWindowTitle(self.tr("Opinion of a district platform"))
        self.district = QComboBox()
        for district_id, name in districts:
            self.district.addItem(name, district_id)
        self.received_on = date_edit(today)
        self.opinion = text_edit()
        self.add_fields(
            (
                ("district_id", self.district),
                ("received_on", self.received_on),
                ("opinion", self.opinion),
            )
        )
        self.district.currentIndexChanged.connect(lambda _i: self._show_existing())
        form = QFormLayout()
        self.form_row(form, self.tr("&District"), "district_id")
        self.form_row(form, self.tr("&Received on"), "received_on")
        self.form_row(form, self.tr("&Opinion"), "opinion")
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 520, 340)
        self._show_existing()

    def _existing(self) -> DistrictOpinionRecord | None:
        district_id = self.district.currentData()
        return next((o for o in self.report.opinions if o.district_id == district_id), None)

    def _show_existing(self) -> None:
        existing = self._existing()
        if existing is not None:
            self.opinion.setPlainText(existing.opinion)
            self.received_on.set_value(existing.received_on)

    def save(self) -> None:
        if not self.ready():
            return
        report = self.report
        assert report.id is not None
        existing = self._existing()
        record = DistrictOpinionRecord(
            existing.id if existing else None,
            report.id,
            int(self.district.currentData() or 0),
            edited_date(self.received_on),
            self.opinion.toPlainText(),
            version=existing.version if existing else 0,
        )
        self.store(lambda session: performance.save_opinion(session, record))


class ScheduleDialog(RecordForm[ContractRecord]):
    """The contractor's reporting rhythm and how long after a period its report is due."""

    def __init__(self, db: Database, contract: ContractRecord, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.contract = contract
        self.setWindowTitle(
            self.tr("Reporting of contract {reference}").format(reference=contract.reference)
        )
        self.months = QComboBox()
        self.months.addItem(self.tr("No periodic reports"), None)
        for months, label in (
            (1, self.tr("Every month")),
            (3, self.tr("Every quarter")),
            (4, self.tr("Every four months")),
            (6, self.tr("Every half year")),
            (12, self.tr("Every year")),
        ):
            self.months.addItem(label, months)
        self.months.setCurrentIndex(max(0, self.months.findData(contract.report_months)))
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 366)
        self.due_days.setValue(contract.report_due_days)
        self.due_days.setSuffix(self.tr(" days after the period"))
        self.add_fields((("report_months", self.months), ("report_due_days", self.due_days)))
        form = QFormLayout()
        self.form_row(form, self.tr("&Report"), "report_months")
        self.form_row(form, self.tr("&Due"), "report_due_days")
        self.lay_out(form, self.save_buttons(self.tr("&Save")))

    def save(self) -> None:
        if not self.ready():
            return
        contract = self.contract
        assert contract.id is not None
        contract_id, version = contract.id, contract.version
        months = self.months.currentData()
        due = self.due_days.value()
        self.store(
            lambda session: performance.set_report_schedule(
                session, contract_id, months=months, due_days=due, version=version
            )
        )


class ReportImportDialog(QDialog):
    """The preview of a returned report form: every value with what it replaces, or every
    problem; accepting imports it all, or nothing when there are problems."""

    def __init__(self, plan: ReportImportPlan, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import report {file}").format(file=plan.file))
        layout = QVBoxLayout(self)
        if plan.valid and plan.contract is not None:
            heading = self.tr(
                "Report on contract {reference} over {start} to {end}: {count} values."
            ).format(
                reference=plan.contract.reference,
                start=format_date(plan.period_start),
                end=format_date(plan.period_end),
                count=len(plan.changes),
            )
            if plan.existing is not None:
                heading += " " + self.tr(
                    "A report over this period exists; its values are replaced."
                )
        else:
            heading = self.tr(
                "The form has %n problems, so nothing can be imported; solve them and "
                "import again.",
                "",
                len(plan.problems),
            )
        label = QLabel(heading)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = _table(
            [
                self.tr("Cell"),
                self.tr("Indicator"),
                self.tr("District"),
                self.tr("Value"),
                self.tr("Now"),
            ]
            if plan.valid
            else [self.tr("Problem")],
            self.tr("Preview"),
        )
        if plan.valid:
            for change in plan.changes:
                row = self.table.rowCount()
                self.table.insertRow(row)
                for column, text in enumerate(
                    (
                        change.cell,
                        change.indicator,
                        change.district or self.tr("Whole municipality"),
                        format_number(change.value),
                        format_number(change.current) if change.current is not None else "",
                    )
                ):
                    self.table.setItem(row, column, _item(text))
        else:
            for problem in plan.problems:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, _item(translate_problem(problem)))
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.received_on = date_edit(today)
        received_label = QLabel(self.tr("&Received on"))
        received_label.setBuddy(self.received_on)
        form.addRow(received_label, self.received_on)
        if plan.valid and plan.existing is None:
            layout.addLayout(form)
        buttons = dialog_buttons(self, self.tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(plan.valid)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def received(self) -> date:
        return edited_date(self.received_on)
