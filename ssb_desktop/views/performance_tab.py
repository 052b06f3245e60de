"""The Prestaties tab of the Awards & contracts page: for the chosen contract its reporting
rhythm, its indicators with targets, a chart of each indicator against its targets over the
years, the contractor's reports with their assessment and the district platforms' opinions,
and the report form that goes to the contractor in Excel and comes back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.excel.performance_report import report_file_name
from ssb_desktop.formatting import format_date, format_number
from ssb_desktop.models.performance_columns import (
    INDICATOR_COLUMNS,
    INDICATOR_WIDTHS,
    REPORT_COLUMNS,
    REPORT_WIDTHS,
    summary_text,
)
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import (
    ContractRecord,
    IndicatorRecord,
    IndicatorSeries,
    PerformanceReportRecord,
)
from ssb_desktop.services import performance, performance_exchange
from ssb_desktop.services.reference import list_districts
from ssb_desktop.views import messages
from ssb_desktop.views.performance_chart import PerformanceChartWidget
from ssb_desktop.views.performance_dialogs import (
    AssessDialog,
    IndicatorDialog,
    OpinionDialog,
    ReportDialog,
    ReportImportDialog,
    ScheduleDialog,
)

# --- seams for tests --------------------------------------------------------------------------


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_save_file(parent: QWidget, suggested: str) -> Path | None:
    """Seam for tests: where the report form is written."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PerformanceTab", "Save the report form"),
        suggested,
        QCoreApplication.translate("PerformanceTab", "Excel workbooks (*.xlsx)"),
    )
    return Path(name) if name else None


def choose_open_file(parent: QWidget) -> Path | None:
    """Seam for tests: the returned report form to import."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PerformanceTab", "Import a report form"),
        "",
        QCoreApplication.translate("PerformanceTab", "Excel workbooks (*.xlsx)"),
    )
    return Path(name) if name else None


def _view(model: RecordTableModel[Any], name: str, widths: tuple[int, ...]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    return view


def _current(view: QTableView, model: RecordTableModel[Any]) -> Any:
    index = view.currentIndex()
    return model.row_at(index) if index.isValid() else None


class PerformanceTab(QWidget):
    """Performance agreements and reports of one contract (:meth:`set_contract`)."""

    changed = Signal()  # data was saved; the page reloads the contract

    def __init__(
        self,
        db: Database,
        *,
        can_edit: bool,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._can_edit = can_edit
        self._today = today
        self.contract: ContractRecord | None = None
        self.series: list[IndicatorSeries] = []
        self.indicators: RecordTableModel[IndicatorRecord] = RecordTableModel(
            INDICATOR_COLUMNS, parent=self
        )
        self.reports: RecordTableModel[PerformanceReportRecord] = RecordTableModel(
            REPORT_COLUMNS, parent=self
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.schedule_button = QPushButton(self.tr("Reporting…"))
        self.schedule_button.clicked.connect(self.edit_schedule)
        self.add_indicator_button = QPushButton(self.tr("Add indicator…"))
        self.add_indicator_button.clicked.connect(lambda: self.edit_indicator(new=True))
        self.edit_indicator_button = QPushButton(self.tr("Edit indicator…"))
        self.edit_indicator_button.clicked.connect(lambda: self.edit_indicator(new=False))
        self.indicators_view = _view(self.indicators, self.tr("Indicators"), INDICATOR_WIDTHS)
        self.indicators_view.activated.connect(lambda _i: self.edit_indicator(new=False))
        self.indicators_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_chart()
        )
        self.chart = PerformanceChartWidget()

        self.add_report_button = QPushButton(self.tr("Add report…"))
        self.add_report_button.clicked.connect(lambda: self.edit_report(new=True))
        self.edit_report_button = QPushButton(self.tr("Edit report…"))
        self.edit_report_button.clicked.connect(lambda: self.edit_report(new=False))
        self.assess_button = QPushButton(self.tr("Assess…"))
        self.assess_button.clicked.connect(self.assess)
        self.opinion_button = QPushButton(self.tr("District opinion…"))
        self.opinion_button.clicked.connect(self.add_opinion)
        self.form_button = QPushButton(self.tr("Report form to Excel…"))
        self.form_button.clicked.connect(self.export_form)
        self.import_button = QPushButton(self.tr("Import report…"))
        self.import_button.clicked.connect(self.import_form)
        self.reports_view = _view(self.reports, self.tr("Reports"), REPORT_WIDTHS)
        self.reports_view.activated.connect(lambda _i: self.edit_report(new=False))
        self.reports_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_report()
        )
        self.report_detail = QLabel()
        self.report_detail.setWordWrap(True)
        self.report_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.report_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.schedule_button)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_indicator_button)
        indicator_buttons.addWidget(self.edit_indicator_button)
        indicator_buttons.addStretch(1)
        indicators_box = QGroupBox(self.tr("Performance indicators and targets"))
        indicators_layout = QVBoxLayout(indicators_box)
        indicators_layout.addLayout(indicator_buttons)
        indicators_split = QSplitter(Qt.Orientation.Horizontal)
        indicators_split.addWidget(self.indicators_view)
        indicators_split.addWidget(self.chart)
        indicators_split.setSizes([300, 300])
        indicators_layout.addWidget(indicators_split, 1)
        reports_box = QGroupBox(self.tr("Reports of the contractor"))
        reports_layout = QVBoxLayout(reports_box)
        # Two buttons a row: the tab shares the page with the ranking, and four in a row made
        # it so wide that the ranking scrolled sideways at 150 %.
        for pair in (
            (self.add_report_button, self.edit_report_button),
            (self.assess_button, self.opinion_button),
            (self.form_button, self.import_button),
        ):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            row.addStretch(1)
            reports_layout.addLayout(row)
        reports_layout.addWidget(self.reports_view, 1)
        reports_layout.addWidget(self.report_detail)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(indicators_box)
        split.addWidget(reports_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._update_actions()

    # --- loading ----------------------------------------------------------------------------

    def set_contract(self, contract: ContractRecord | None) -> None:
        """Show the agreements and reports of ``contract`` (None: no contract chosen)."""
        self.contract = contract
        if contract is None or contract.id is None:
            self.indicators.set_rows([])
            self.reports.set_rows([])
            self.series = []
            self.chart.set_series(None)
            self.summary.setText(self.tr("Choose a contract on the Contracts tab."))
            self.report_detail.setText("")
            self._update_actions()
            return
        contract_id = contract.id
        try:
            with self.db.transaction() as session:
                indicators = performance.list_indicators(session, contract_id)
                reports = performance.list_reports(session, contract_id)
                self.series = performance.indicator_series(session, contract_id)
                summary = performance.performance_summary(session, contract_id, self._today())
        except AppError as error:
            messages.show_error(self, error)
            return
        chosen_indicator = _current(self.indicators_view, self.indicators)
        chosen_report = _current(self.reports_view, self.reports)
        self.indicators.set_rows(indicators)
        self.reports.set_rows(reports)
        if contract.report_months is None:
            rhythm = self.tr("No periodic reports agreed.")
        else:
            rhythm = self.tr(
                "Reports every {months} months, due {days} days after each period."
            ).format(months=contract.report_months, days=contract.report_due_days)
        self.summary.setText(
            self.tr("Contract {reference} with {contractor}.").format(
                reference=contract.reference, contractor=performance.contractor_name(contract)
            )
            + " "
            + rhythm
            + "\n"
            + summary_text(summary)
        )
        self._select(
            self.indicators_view,
            self.indicators,
            chosen_indicator.id if chosen_indicator else (indicators[0].id if indicators else None),
        )
        self._select(
            self.reports_view,
            self.reports,
            chosen_report.id if chosen_report else (reports[-1].id if reports else None),
        )
        self._show_chart()
        self._show_report()

    @staticmethod
    def _select(view: QTableView, model: RecordTableModel[Any], key: object) -> None:
        if key is None:
            return
        index = model.index_for_key(key)
        if index.isValid():
            view.setCurrentIndex(index)

    def _show_chart(self) -> None:
        indicator = _current(self.indicators_view, self.indicators)
        chosen = (
            next((s for s in self.series if s.indicator_id == indicator.id), None)
            if indicator is not None
            else None
        )
        self.chart.set_series(chosen)
        self._update_actions()

    def _show_report(self) -> None:
        report = _current(self.reports_view, self.reports)
        if report is None:
            self.report_detail.setText(
                self.tr("No reports yet.") if self.contract is not None else ""
            )
            self._update_actions()
            return
        municipality = self.tr("whole municipality")
        lines = [
            f"{v.indicator_name}, {v.district_name or municipality}: {format_number(v.value)}"
            for v in report.values
        ]
        if report.assessment_text:
            lines.append(self.tr("Assessment: {text}").format(text=report.assessment_text))
        for opinion in report.opinions:
            lines.append(
                self.tr("Platform {district} ({day}): {text}").format(
                    district=opinion.district_name,
                    day=format_date(opinion.received_on),
                    text=opinion.opinion,
                )
            )
        if report.documents:
            lines.append(self.tr("Documents: {text}").format(text=report.documents))
        self.report_detail.setText("\n".join(lines))
        self._update_actions()

    def _update_actions(self) -> None:
        edit = self._can_edit and self.contract is not None
        has_indicators = self.indicators.rowCount() > 0
        has_report = self.reports_view.currentIndex().isValid()
        self.schedule_button.setEnabled(edit)
        self.add_indicator_button.setEnabled(edit)
        self.edit_indicator_button.setEnabled(
            edit and self.indicators_view.currentIndex().isValid()
        )
        self.add_report_button.setEnabled(edit)
        self.edit_report_button.setEnabled(edit and has_report)
        self.assess_button.setEnabled(edit and has_report)
        self.opinion_button.setEnabled(edit and has_report and has_indicators)
        self.form_button.setEnabled(self.contract is not None and has_indicators)
        self.import_button.setEnabled(edit)

    # --- changing ---------------------------------------------------------------------------

    def _done(self, dialog: QDialog) -> None:
        if exec_dialog(dialog) and getattr(dialog, "saved", None) is not None:
            self.changed.emit()
        dialog.deleteLater()

    def edit_schedule(self) -> None:
        if self.contract is not None and self.schedule_button.isEnabled():
            self._done(ScheduleDialog(self.db, self.contract, parent=self))

    def edit_indicator(self, *, new: bool) -> None:
        contract = self.contract
        if contract is None or not self._can_edit:
            return
        record = None if new else _current(self.indicators_view, self.indicators)
        if not new and record is None:
            return
        try:
            with self.db.transaction() as session:
                districts = list_districts(session, active_only=True)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._done(IndicatorDialog(self.db, contract, districts, record, parent=self))

    def _next_period(self) -> tuple[date, date]:
        """The first expected period without a report, else the last period of the term."""
        contract = self.contract
        assert contract is not None
        covered = self.reports.rows()
        for period in performance.expected_periods(contract):
            if not any(r.period_start <= period.end <= r.period_end for r in covered):
                return period.start, period.end
        end = contract.current_end or contract.end
        return contract.start, end

    def edit_report(self, *, new: bool) -> None:
        contract = self.contract
        if contract is None or contract.id is None or not self._can_edit:
            return
        if new:
            start, end = self._next_period()
            record = PerformanceReportRecord(None, contract.id, start, end, self._today())
        else:
            record = _current(self.reports_view, self.reports)
            if record is None:
                return
        self._done(ReportDialog(self.db, contract, self.indicators.rows(), record, parent=self))

    def assess(self) -> None:
        report = _current(self.reports_view, self.reports)
        if report is None or not self.assess_button.isEnabled():
            return
        self._done(AssessDialog(self.db, report, self._today(), parent=self))

    def add_opinion(self) -> None:
        report = _current(self.reports_view, self.reports)
        contract = self.contract
        if report is None or contract is None or contract.id is None:
            return
        contract_id = contract.id
        try:
            with self.db.transaction() as session:
                districts = performance.report_districts(session, contract_id)
        except AppError as error:
            messages.show_error(self, error)
            return
        if not districts:
            messages.show_info(
                self,
                self.tr("District opinion"),
                self.tr(
                    "The indicators of this contract have no targets per district, so no "
                    "district platform has a part of the report to give an opinion on."
                ),
            )
            return
        self._done(OpinionDialog(self.db, report, districts, self._today(), parent=self))

    def export_form(self) -> Path | None:
        """Write the report form of the chosen report's period (or the next one due)."""
        contract = self.contract
        if contract is None or contract.id is None or not self.form_button.isEnabled():
            return None
        chosen = _current(self.reports_view, self.reports)
        start, end = (
            (chosen.period_start, chosen.period_end) if chosen is not None else self._next_period()
        )
        target = choose_save_file(self, report_file_name(contract.reference, start, end))
        if target is None:
            return None
        contract_id = contract.id
        try:
            with self.db.transaction() as session:
                written = performance_exchange.export_report_form(
                    session, contract_id, start, end, target
                )
        except AppError as error:
            messages.show_error(self, error)
            return None
        messages.show_info(
            self,
            self.tr("Report form"),
            self.tr("The report form over {start} to {end} was written to {path}.").format(
                start=format_date(start), end=format_date(end), path=written
            ),
        )
        return written

    def import_form(self) -> None:
        if not self.import_button.isEnabled():
            return
        path = choose_open_file(self)
        if path is None:
            return
        try:
            with self.db.transaction() as session:
                plan = performance_exchange.read_report_import(session, path)
        except AppError as error:
            messages.show_error(self, error)
            return
        dialog = ReportImportDialog(plan, self._today(), parent=self)
        accepted = exec_dialog(dialog)
        received = dialog.received()
        dialog.deleteLater()
        if not accepted or not plan.valid:
            return
        try:
            with self.db.transaction() as session:
                performance_exchange.apply_report_import(session, plan, received_on=received)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.changed.emit()
