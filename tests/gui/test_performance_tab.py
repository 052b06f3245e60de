"""The Prestaties tab as a contract manager uses it: the reporting rhythm, an indicator with
targets per district, a report with its values, its assessment and a district platform's
opinion, the chart against the targets, the report form out to Excel and back, and an option
decided with the performance at hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.excel import performance_report as form
from ssb_desktop.records import Assessment
from ssb_desktop.services import awards, performance
from ssb_desktop.settings import Settings
from ssb_desktop.views import award_clocks_box, awards_page, performance_tab
from ssb_desktop.views.award_clocks_box import AwardClocksBox
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.performance_dialogs import (
    AssessDialog,
    IndicatorDialog,
    OpinionDialog,
    ReportDialog,
    ReportImportDialog,
    ScheduleDialog,
)
from tests.gui.test_awards_page import Boxes, Dialogs, _scored_lot

TODAY = date(2027, 11, 15)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AwardsPage:
    scored = _scored_lot(db)
    with db.transaction() as session:
        award = awards.provisional_award(
            session, scored.lot, scored.bids["A"], sent_on=date(2026, 4, 24), reasons="Best plan."
        )
        award = awards.make_definitive(
            session, award.id, on=date(2026, 5, 19), version=award.version
        )
        awards.create_contract(
            session,
            award.id,
            reference="SSB-2026-01",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal(480000),
            notice_months=6,
            options=(24,),
        )
    monkeypatch.setattr(awards_page, "today", lambda: TODAY)
    widget = AwardsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.reload()
    return widget


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    stand_in = Dialogs()
    monkeypatch.setattr(awards_page, "exec_dialog", stand_in)
    monkeypatch.setattr(performance_tab, "exec_dialog", stand_in)
    return stand_in


def test_a_contract_manager_keeps_the_performance_record_and_decides_the_option_on_it(
    page: AwardsPage,
    steps: Dialogs,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    tab = page.performance
    assert tab.contract is not None and tab.contract.reference == "SSB-2026-01"
    assert "No periodic reports agreed." in tab.summary.text()

    def schedule(dialog: QDialog) -> None:
        assert isinstance(dialog, ScheduleDialog)
        dialog.months.setCurrentIndex(dialog.months.findData(6))
        dialog.save()

    steps.steps.append(schedule)
    tab.edit_schedule()
    assert "Reports every 6 months, due 42 days after each period." in tab.summary.text()
    # 01-07-2026 to 31-12-2026 was due on 11-02-2027; 01-01 to 30-06-2027 on 11-08-2027.
    assert "Reports overdue: 2." in tab.summary.text()

    def indicator(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatorDialog)
        dialog.name.setText("Vrijwilligers ondersteund")
        dialog.unit.setText("personen")
        for year, district, target in (
            (2026, "Merenwijkdistrict", "20"),
            (2027, "Merenwijkdistrict", "40"),
            (2027, "Leiden-Noord", "x"),
        ):
            dialog.add_target(None)
            row = dialog.targets.rowCount() - 1
            year_box = dialog.targets.cellWidget(row, 0)
            district_box = dialog.targets.cellWidget(row, 1)
            assert isinstance(year_box, QSpinBox) and isinstance(district_box, QComboBox)
            year_box.setValue(year)
            district_box.setCurrentIndex(district_box.findText(district))
            item = dialog.targets.item(row, 2)
            assert item is not None
            item.setText(target)
        dialog.save()  # "x" is no number: refused under the field, the dialog stays open
        assert "Row 3" in dialog._problems.text("targets", dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        last = dialog.targets.item(2, 2)
        assert last is not None
        last.setText("20")
        dialog.save()

    steps.steps.append(indicator)
    tab.edit_indicator(new=True)
    assert tab.indicators.rowCount() == 1
    assert "Merenwijkdistrict 40" in tab.indicators.index(0, 2).data()

    # The first half-year report, typed in: the period proposed is the first one missing.
    def report(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportDialog)
        assert dialog.period_start.value() == date(2026, 7, 1)
        assert dialog.period_end.value() == date(2026, 12, 31)
        dialog.received_on.setDate(_qdate(date(2027, 2, 1)))
        item = dialog.values.item(0, 3)
        assert item is not None
        item.setText("18")
        dialog.save()

    steps.steps.append(report)
    tab.edit_report(new=True)
    assert tab.reports.rowCount() == 1
    assert "Reports overdue: 1." in tab.summary.text()
    assert "2026: target 20, realised 18" in tab.chart.describe()

    def assess(dialog: QDialog) -> None:
        assert isinstance(dialog, AssessDialog)
        dialog.assessment.setCurrentIndex(dialog.assessment.findData(Assessment.GOOD))
        dialog.text.setPlainText("Op koers in de Merenwijk.")
        dialog.save()

    steps.steps.append(assess)
    tab.assess()
    assert tab.reports.index(0, 3).data() == "Good"

    def opinion(dialog: QDialog) -> None:
        assert isinstance(dialog, OpinionDialog)
        assert [dialog.district.itemText(i) for i in range(dialog.district.count())] == [
            "Leiden-Noord",
            "Merenwijkdistrict",
        ]
        dialog.district.setCurrentIndex(1)
        dialog.received_on.setDate(_qdate(date(2027, 3, 1)))
        dialog.opinion.setPlainText("Het wijkplatform is tevreden.")
        dialog.save()

    steps.steps.append(opinion)
    tab.add_opinion()
    assert "Platform Merenwijkdistrict (01-03-2027): Het wijkplatform is tevreden." in (
        tab.report_detail.text()
    )

    # The second half year goes out as a workbook and comes back filled in.
    tab.reports_view.clearSelection()
    tab.reports_view.setCurrentIndex(tab.reports.index(-1, -1))
    target = tmp_path / "form.xlsx"
    monkeypatch.setattr(performance_tab, "choose_save_file", lambda _p, _s: target)
    assert tab.export_form() == target
    book = load_workbook(target)
    sheet = book[form.REPORT_SHEET]
    assert "01-01-2027 t/m 30-06-2027" in sheet["A1"].value
    rows = {sheet[f"C{r}"].value: r for r in range(form.FIRST_ROW, sheet.max_row + 1)}
    sheet[f"E{rows['Merenwijkdistrict']}"] = 22
    sheet[f"E{rows['Leiden-Noord']}"] = 9
    book.save(target)
    monkeypatch.setattr(performance_tab, "choose_open_file", lambda _p: target)

    def preview(dialog: QDialog) -> None:
        assert isinstance(dialog, ReportImportDialog)
        assert dialog.plan.valid
        assert dialog.table.rowCount() == 2
        dialog.received_on.setDate(_qdate(date(2027, 7, 20)))
        dialog.accept()

    steps.steps.append(preview)
    tab.import_form()
    assert tab.reports.rowCount() == 2
    assert "none" not in tab.summary.text()
    assert "overdue" not in tab.summary.text()
    assert "2027: target 60, realised 31" in tab.chart.describe()

    # The option, decided with the performance at hand; the decision records it.
    page.exercise_button.click()
    assert "Performance so far: 2 reports: 1 good" in boxes.texts[-1]
    column = page.options.columnCount() - 1
    assert "Latest assessment (period to 31-12-2026): good." in page.options.index(0, column).data()
    for model in (tab.indicators, tab.reports):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_dashboard_lists_the_reports_overdue(
    page: AwardsPage, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    contract = page.performance.contract
    assert contract is not None and contract.id is not None
    with db.transaction() as session:
        performance.set_report_schedule(
            session, contract.id, months=6, due_days=42, version=contract.version
        )
    monkeypatch.setattr(award_clocks_box, "today", lambda: TODAY)
    box = AwardClocksBox()
    qtbot.addWidget(box)
    box.load(db)
    model = box.reports.model
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert rows == [
        [
            "SSB-2026-01",
            "Stichting Alfa",
            "01-07-2026 – 31-12-2026",
            "11-02-2027",
            "277 days overdue",
        ],
        [
            "SSB-2026-01",
            "Stichting Alfa",
            "01-01-2027 – 30-06-2027",
            "11-08-2027",
            "96 days overdue",
        ],
    ]
    assert box.reports.title.text() == "Performance reports overdue (2)"
    assert box.options.title.text().startswith("Option decisions overdue or due within three")
    # The option to decide, with the performance record it will be decided on.
    assert box.options.model.index(0, 3).data() == "31-12-2027"
    assert box.options.model.index(0, 5).data() == "No reports received. Reports overdue: 2."
