"""The Subsidies page as a subsidy officer uses it: schemes with their budget use, applications
filtered by status, a new application through the dialog, a trial allocation applied as
decisions, and a settlement lower than the grant refused without a reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.excel.applications import read_applications
from ssb_desktop.formatting import local_today
from ssb_desktop.records import (
    APPLICATION_STATUS_LABELS,
    ApplicationRecord,
    ApplicationStatus,
    DistributionRule,
    OrganisationKind,
    OrganisationRecord,
    SchemeRecord,
    SettlementReason,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.organisation_list import OrganisationQuery, organisations_listed
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.reference import list_districts, list_themes
from ssb_desktop.settings import Settings
from ssb_desktop.views import (
    application_dialog,
    application_exchange,
    organisation_exchange,
    organisation_picker,
    subsidies_page,
)
from ssb_desktop.views.application_dialog import (
    ApplicationDialog,
    ReportDialog,
    SettlementDialog,
)
from ssb_desktop.views.import_dialog import ImportDialog
from ssb_desktop.views.scheme_dialog import CeilingDialog, SchemeDialog
from ssb_desktop.views.subsidies_page import AllocationDialog, SubsidiesPage
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
STATUS = 4  # the Status column of the applications table


@dataclass
class Data:
    scheme_id: int
    organisations: dict[str, int]
    applications: dict[str, int]


def _pick_samen_eten(
    _parent: QWidget, db: Database, query: OrganisationQuery
) -> OrganisationRecord | None:
    """Stands in for the organisation picker: the user searches and chooses Samen Eten."""
    with db.reading() as session:
        listed = organisations_listed(session, replace(query, text="Samen Eten"))
    return next(o for o in listed if o.name == "Stichting Samen Eten")


def _organisation(db: Database, name: str, kvk: str) -> int:
    with db.transaction() as session:
        saved = save_organisation(
            session,
            OrganisationRecord(id=None, name=name, kind=OrganisationKind.VOLUNTEER, kvk=kvk),
        )
    assert saved.id is not None
    return saved.id


def build_subsidies(db: Database) -> Data:
    """A 2020 scheme of € 10.000 (first come, first served) and four applications: three
    complete ones asking € 4.000 each (the third fits only partly) and one just received."""
    organisations = {
        name: _organisation(db, name, kvk)
        for name, kvk in (
            ("Buurtvereniging De Kooi", "40000001"),
            ("Stichting Samen Eten", "40000002"),
            ("Vrienden van de Merenwijk", "40000003"),
            ("Taalmaatjes Leiden", "40000004"),
        )
    }
    with db.transaction() as session:
        themes = list_themes(session)
        districts = list_districts(session)
        scheme = subsidies.save_scheme(
            session,
            SchemeRecord(
                id=None,
                year=2020,
                name="Vrijwilligersinitiatieven",
                ceiling=Decimal("10000.00"),
                opens_on=date(2020, 1, 1),
                closes_on=date(2020, 12, 31),
                theme_id=themes[0][0],
                distribution_rule=DistributionRule.FIRST_COME,
                # Every grant needs a report here, so that the settlement form has work to do;
                # grants settled at the grant itself are tested in test_subsidy_reports.
                report_activity_from=Decimal("0.00"),
            ),
        )
        assert scheme.id is not None
        applications: dict[str, int] = {}
        for number, (name, organisation_id) in enumerate(organisations.items()):
            saved = subsidies.save_application(
                session,
                ApplicationRecord(
                    id=None,
                    scheme_id=scheme.id,
                    applicant_id=organisation_id,
                    activity=f"Activiteit {number + 1}",
                    requested=Decimal("4000.00"),
                    received_on=date(2020, 2, 1 + number),
                    district_ids=(districts[number].id,),
                ),
            )
            assert saved.id is not None
            applications[name] = saved.id
            if number < 3:
                subsidies.mark_complete(
                    session, saved.id, at=datetime(2020, 2, 3 + number, 10, tzinfo=UTC)
                )
    return Data(scheme.id, organisations, applications)


@pytest.fixture
def data(db: Database) -> Data:
    return build_subsidies(db)


@pytest.fixture
def page(qtbot: QtBot, db: Database, data: Data, tmp_path: Path) -> SubsidiesPage:
    widget = SubsidiesPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1400, 700)
    widget.reload()
    _every_year(widget)
    return widget


def _every_year(page: SubsidiesPage) -> None:
    """The page opens on this year's applications; the story here lies in earlier years."""
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))


def test_the_page_opens_on_this_years_applications_and_the_year_filter_shows_the_others(
    qtbot: QtBot, db: Database, data: Data, tmp_path: Path
) -> None:
    widget = SubsidiesPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.reload()
    this_year = local_today().year
    assert widget.year_filter.currentData() == this_year
    assert all(record.year == this_year for record in widget.model.rows())
    _every_year(widget)
    years = {record.year for record in widget.model.rows()}
    assert years - {this_year}, "the story lies in earlier years"
    earlier = min(years)
    widget.year_filter.setCurrentIndex(widget.year_filter.findData(earlier))
    shown = widget.model.rows()
    assert shown and {record.year for record in shown} == {earlier}


def _label(status: ApplicationStatus) -> str:
    return QCoreApplication.translate("ApplicationStatus", APPLICATION_STATUS_LABELS[status])


def _statuses(page: SubsidiesPage) -> list[str]:
    return [page.model.index(row, STATUS).data() for row in range(page.model.rowCount())]


def _select(page: SubsidiesPage, application_id: int) -> None:
    page.show_applications()
    assert page.select_id(application_id)


def _stored(db: Database, application_id: int) -> ApplicationRecord:
    with db.transaction() as session:
        return subsidies.get_application(session, application_id)


def test_every_table_passes_the_model_tester(
    page: SubsidiesPage, data: Data, qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(page.scheme_model)  # type: ignore[no-untyped-call]
    shown: list[AllocationDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, AllocationDialog)
        shown.append(dialog)
        return False

    monkeypatch.setattr(subsidies_page, "exec_dialog", look)
    page.allocation_action.trigger()
    qtmodeltester.check(shown[0].model)  # type: ignore[no-untyped-call]


def test_the_scheme_shows_its_budget_use_and_the_status_filter_narrows_the_list(
    page: SubsidiesPage,
) -> None:
    assert page.scheme_model.rowCount() == 1
    assert "ceiling € 10.000,00" in page.budget_label.text()
    assert "remaining € 10.000,00" in page.budget_label.text()
    assert page.model.rowCount() == 4

    page.status_filter.setCurrentIndex(page.status_filter.findData("complete"))

    assert _statuses(page) == [_label(ApplicationStatus.COMPLETE)] * 3
    assert page.count_label.text().startswith("3 of 4 applications")

    page.status_filter.setCurrentIndex(page.status_filter.findData("received"))
    assert page.model.rowCount() == 1
    assert page.model.row_at(page.model.index(0, 0)).applicant_name == "Taalmaatjes Leiden"


def test_a_new_application_is_created_through_the_dialog(
    page: SubsidiesPage, db: Database, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[ApplicationRecord] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ApplicationDialog)
        dialog.save()  # empty: refused inline, the dialog stays open
        assert dialog.problem_labels["applicant_id"].text() != ""
        assert dialog.problem_labels["activity"].text() != ""
        monkeypatch.setattr(organisation_picker, "pick_organisation", _pick_samen_eten)
        dialog.choose_applicant()
        dialog.activity.setText("Kookcursus voor buurtbewoners")
        dialog.requested.setText("1.250,50")
        dialog.received.setText("15-3-2020")
        dialog.districts.item(2).setCheckState(dialog.districts.item(2).checkState().Checked)
        dialog.save()
        assert dialog.saved is not None
        created.append(dialog.saved)
        return True

    monkeypatch.setattr(subsidies_page, "exec_dialog", fill)
    page.show_applications()
    page.new_action.trigger()

    assert created and created[0].requested == Decimal("1250.50")
    assert page.model.rowCount() == 5
    current = page.current_record()
    assert current is not None and current.activity == "Kookcursus voor buurtbewoners"
    assert current.applicant_name == "Stichting Samen Eten"
    assert len(current.district_ids) == 1
    assert current.decision_due is not None


def test_a_trial_allocation_is_shown_and_then_applied_as_decisions(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[AllocationDialog] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, AllocationDialog)
        shown.append(dialog)
        return True

    monkeypatch.setattr(subsidies_page, "exec_dialog", look)
    page.allocation_action.trigger()

    dialog = shown[0]
    gets = [dialog.model.index(row, 4).data() for row in range(dialog.model.rowCount())]
    assert gets == ["€ 4.000,00", "€ 4.000,00", "€ 2.000,00"]
    assert "€ 0,00 remains" in dialog.summary.text()
    assert "Granted partly: Vrienden van de Merenwijk." in dialog.summary.text()
    assert "Record the allocation" in boxes.texts[0]
    assert boxes.texts[-1] == "3 decisions recorded."
    partly = _stored(db, data.applications["Vrienden van de Merenwijk"])
    assert partly.status is ApplicationStatus.PARTLY_GRANTED
    assert partly.granted == Decimal("2000.00")
    assert "remaining € 0,00" in page.budget_label.text()
    page.show_applications()
    page.status_filter.setCurrentIndex(page.status_filter.findData("granted"))
    assert page.model.rowCount() == 2


def test_a_trial_allocation_closed_without_applying_changes_nothing(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(subsidies_page, "exec_dialog", lambda _dialog: False)
    page.allocation_action.trigger()
    assert boxes.texts == []
    stored = _stored(db, data.applications["Buurtvereniging De Kooi"])
    assert stored.status is ApplicationStatus.COMPLETE and stored.granted is None


def _granted(db: Database, data: Data) -> int:
    application_id = data.applications["Buurtvereniging De Kooi"]
    with db.transaction() as session:
        subsidies.decide(
            session,
            application_id,
            granted=Decimal("4000.00"),
            on=date(2020, 3, 1),
            deciding_organisation_id=None,
        )
    return application_id


def test_a_lower_settlement_without_a_reason_is_refused_in_the_form(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = _granted(db, data)
    page.reload()
    _select(page, application_id)
    assert page.settle_action.isEnabled()
    problems: list[str] = []

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettlementDialog)
        dialog.amount.setText("3.000,00")
        dialog.amount.textEdited.emit("3.000,00")
        dialog.check_and_accept()
        problems.append(dialog._problems.labels["reason"].text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason.setCurrentIndex(
            dialog.reason.findData(SettlementReason.NOT_CARRIED_OUT.value)
        )
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", settle)
    page.settle_action.trigger()

    assert "reasons the law allows" in problems[0]
    stored = _stored(db, application_id)
    assert stored.status is ApplicationStatus.SETTLED
    assert stored.settled == Decimal("3000.00")
    assert stored.settlement_reason is SettlementReason.NOT_CARRIED_OUT
    assert boxes.texts == []


def test_a_lower_settlement_refused_by_the_service_shows_its_message_in_the_form(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the form's own check be skipped, the service still refuses, and says why."""
    application_id = _granted(db, data)
    page.reload()
    _select(page, application_id)
    monkeypatch.setattr(SettlementDialog, "problems", lambda _self: {})
    seen: list[str] = []
    calls = {"n": 0}

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettlementDialog)
        calls["n"] += 1
        if calls["n"] == 1:
            dialog.amount.setText("3.000,00")
            return True
        seen.append(dialog._problems.labels["reason"].text())
        return False

    monkeypatch.setattr(subsidies_page, "exec_dialog", settle)
    page.settle_action.trigger()

    assert "lower than the grant of € 4.000,00" in seen[0]
    assert _stored(db, application_id).status is ApplicationStatus.GRANTED


def test_a_refusal_needs_a_reason(
    page: SubsidiesPage, db: Database, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = data.applications["Taalmaatjes Leiden"]
    _select(page, application_id)

    def refuse(dialog: QDialog) -> bool:
        assert isinstance(dialog, application_dialog.DecisionDialog)
        dialog.refuse.setChecked(True)
        dialog.check_and_accept()
        assert dialog._problems.labels["reason"].text() != ""
        dialog.reason.setPlainText("Geen vrijwilligersactiviteit.")
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", refuse)
    page.decide_action.trigger()

    stored = _stored(db, application_id)
    assert stored.status is ApplicationStatus.REFUSED
    assert stored.objection_due is not None
    assert page.close_action.isEnabled()


def test_a_new_scheme_is_checked_in_the_form_and_its_ceiling_changes_only_with_a_reason(
    page: SubsidiesPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, SchemeDialog)
        dialog.ceiling.setText("veel")
        dialog.closes.setText("1-1-2019")
        dialog.save()
        assert dialog.problem_labels["name"].text() == "Give the scheme a name."
        assert dialog.problem_labels["ceiling"].text() == "Write an amount such as € 1.234,56."
        assert "cannot close before it opens" in dialog.problem_labels["closes_on"].text()
        dialog.name.setText("Mantelzorg 2021")
        dialog.year.setValue(2021)
        dialog.ceiling.setText("€ 25.000")
        dialog.opens.setText("1-1-2021")
        dialog.closes.setText("")
        dialog.save()
        assert dialog.saved is not None
        return True

    monkeypatch.setattr(subsidies_page, "exec_dialog", fill)
    page.new_scheme_action.trigger()

    scheme = page.current_scheme()
    assert scheme is not None and scheme.name == "Mantelzorg 2021"
    assert scheme.ceiling == Decimal("25000.00")

    def lower(dialog: QDialog) -> bool:
        assert isinstance(dialog, CeilingDialog)
        dialog.ceiling.setText("20.000,00")
        dialog.save()
        assert dialog.problem_labels["reason"].text() != ""
        dialog.reason.setPlainText("Bezuiniging")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", lower)
    page.ceiling_action.trigger()

    scheme = page.current_scheme()
    assert scheme is not None and scheme.current_ceiling == Decimal("20000.00")
    assert page.scheme_model.index_for_key(scheme.id, 4).data() == "€ 20.000,00"
    assert page.scheme_model.index_for_key(scheme.id, 0).data() == str(scheme.id)


@pytest.mark.parametrize("settled_at_once", [False, True])
def test_decision_letters_are_written_as_pdf_for_every_decided_application(
    page: SubsidiesPage,
    db: Database,
    data: Data,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    settled_at_once: bool,
) -> None:
    with db.transaction() as session:
        if settled_at_once:
            # With the common tiers every grant here (at most € 5,000) is settled by the grant
            # itself: one letter grants and settles, not a settlement letter alone.
            scheme = subsidies.get_scheme(session, data.scheme_id)
            changed = replace(scheme, report_activity_from=Decimal("5000.00"))
            subsidies.save_scheme(session, changed)
        subsidies.apply_allocation(session, data.scheme_id, on=date(2020, 3, 1))
    page.reload()
    folder = tmp_path / "brieven"
    monkeypatch.setattr(subsidies_page, "choose_folder", lambda _parent, _start: folder)

    page.letters_action.trigger()

    assert len(page.letters_written) == 3
    assert all(path.read_bytes().startswith(b"%PDF") for path in page.letters_written)
    assert boxes.texts == [f"3 decision letters written to {folder}."]
    names = [path.name for path in page.letters_written]
    assert all(("-grant-settlement-" in name) is settled_at_once for name in names), names


LEGACY = Path("/work/shared/fixtures/legacy-subsidies-2020.xlsx")
# Registered without a KvK number, so the legacy list can only match them by name.
NAME_ONLY = ("Stichting Sport Bree 24", "Vereniging Taal Boerhaave 14")


def test_the_legacy_list_imports_after_the_name_matches_are_confirmed(
    qtbot: QtBot, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    names = {row.applicant: row.kvk for row in read_applications(LEGACY).rows}
    with db.transaction() as session:
        for theme_id, theme in list_themes(session):
            subsidies.save_scheme(
                session,
                SchemeRecord(
                    id=None,
                    year=2020,
                    name=f"Vrijwilligers {theme}",
                    ceiling=Decimal("50000.00"),
                    opens_on=date(2020, 1, 1),
                    closes_on=date(2020, 6, 30),
                    theme_id=theme_id,
                    report_activity_from=Decimal("0.00"),
                ),
            )
        for name, kvk in names.items():
            save_organisation(
                session,
                OrganisationRecord(
                    id=None,
                    name=name,
                    kind=OrganisationKind.VOLUNTEER,
                    kvk="" if name in NAME_ONLY else kvk,
                ),
            )
    page = SubsidiesPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    _every_year(page)
    previews: list[str] = []

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        previews.append(dialog.summary_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(application_exchange, "ask_scheme", lambda _parent, _schemes: None)
    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: LEGACY)
    monkeypatch.setattr(organisation_exchange, "exec_dialog", preview)

    page.import_action.trigger()

    assert "• Stichting Sport Bree 24" in boxes.texts[0]
    assert previews[0].startswith("40 new, 0 changed, 0 unchanged")
    assert boxes.texts[-1].startswith("Imported: 40 new and 0 changed applications")
    assert page.model.total_row_count() == 40


def test_the_list_as_shown_goes_to_excel_and_comes_back_unchanged(
    page: SubsidiesPage, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "aanvragen.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_args: target)
    page.show_applications()
    page.status_filter.setCurrentIndex(page.status_filter.findData("complete"))

    page.export_action.trigger()

    assert boxes.texts[-1] == f"3 applications written to {target}."
    previews: list[str] = []

    def preview(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        previews.append(dialog.summary_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: target)
    monkeypatch.setattr(organisation_exchange, "exec_dialog", preview)
    page.scheme_filter.setCurrentIndex(1)
    page.import_action.trigger()

    assert previews[0].startswith("0 new, 0 changed, 3 unchanged")


def test_from_2021_the_contract_holder_decides_and_the_filter_shows_whose_decisions(
    qtbot: QtBot, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with db.transaction() as session:
        build_demo(session)
    page = SubsidiesPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    _every_year(page)
    page.show_applications()
    total = page.model.rowCount()

    page.body_filter.setCurrentIndex(page.body_filter.findData("municipality"))
    municipality = page.model.rows()
    # Only Opgroeien (lot 1) has a contract in the demo: its holder decides from 2021, the
    # municipality on everything else.
    assert municipality and {(r.year, r.theme_name) for r in municipality} == {
        (2020, "Opgroeien"),
        (2020, "Samen Meedoen"),
        (2020, "Basiskracht"),
        (2021, "Samen Meedoen"),
        (2021, "Basiskracht"),
    }

    page.body_filter.setCurrentIndex(2)  # the first contract holder
    holder = page.body_filter.currentText()
    by_holder = page.model.rows()
    assert by_holder and {(r.year, r.theme_name) for r in by_holder} == {(2021, "Opgroeien")}
    assert {r.deciding_organisation_name for r in by_holder} == {holder}
    assert len(municipality) < total and len(by_holder) < total

    complete = next(r for r in by_holder if r.status is ApplicationStatus.COMPLETE)
    assert complete.id is not None
    assert page.select_id(complete.id)
    intros: list[str] = []

    def grant(dialog: QDialog) -> bool:
        assert isinstance(dialog, application_dialog.DecisionDialog)
        intros.append(dialog.findChildren(QLabel)[0].text())
        dialog.partly.setChecked(True)
        dialog.amount.setText("500,00")
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", grant)
    page.decide_action.trigger()

    assert f"{holder} decides, as holder of the theme's contract." in intros[0]
    stored = _stored(db, complete.id)
    # A grant of EUR 500 is in the lowest tier: settled by the grant itself (DOMAIN 5).
    assert stored.status is ApplicationStatus.SETTLED
    assert stored.granted == stored.settled == Decimal("500.00")
    assert stored.objection_due is not None
    assert boxes.texts == []


def test_a_score_is_entered_in_the_application_form_and_checked_there(
    page: SubsidiesPage, db: Database, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = data.applications["Stichting Samen Eten"]
    _select(page, application_id)
    shown: list[str] = []

    def score(dialog: QDialog) -> bool:
        assert isinstance(dialog, ApplicationDialog)
        dialog.score.setText("zeven")
        dialog.save()
        shown.append(dialog.problem_labels["ranking_score"].text())
        dialog.score.setText("7,25")
        dialog.save()
        return dialog.saved is not None

    monkeypatch.setattr(subsidies_page, "exec_dialog", score)
    page.edit_action.trigger()

    assert "7,5" in shown[0]
    assert _stored(db, application_id).ranking_score == Decimal("7.25")
    current = page.current_record()
    assert current is not None
    column = page.model.columnCount() - 1
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Score"
    assert page.select_id(application_id)
    assert page.model.index(page.table.currentIndex().row(), column).data() == "7,25"


def test_a_settlement_is_dated_in_the_form_and_not_before_the_grant(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = _granted(db, data)  # granted on 01-03-2020
    page.reload()
    _select(page, application_id)
    problems: list[str] = []

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettlementDialog)
        dialog.settled_on.setText("29-02-2020")
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    def settle_later(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettlementDialog)
        problems.append(dialog._problems.labels["settled_on"].text())
        dialog.settled_on.setText("15-01-2021")
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    answers = iter([settle, settle_later])
    monkeypatch.setattr(subsidies_page, "exec_dialog", lambda dialog: next(answers)(dialog))
    page.settle_action.trigger()

    assert "01-03-2020" in problems[0]
    stored = _stored(db, application_id)
    assert (stored.status, stored.settled_on) == (ApplicationStatus.SETTLED, date(2021, 1, 15))
    assert boxes.texts == []


def _owing_a_report(db: Database, data: Data) -> int:
    """The scheme asks a report above € 1.000; a grant of € 4.000 in 2020 owes one, due
    13 weeks after the year end: long overdue today."""
    with db.transaction() as session:
        scheme = subsidies.get_scheme(session, data.scheme_id)
        subsidies.save_scheme(session, replace(scheme, report_activity_from=Decimal("1000.00")))
    return _granted(db, data)


def test_overdue_reports_are_filtered_reminded_received_assessed_and_settled(
    page: SubsidiesPage, db: Database, data: Data, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id = _owing_a_report(db, data)
    page.reload()
    page.show_applications()

    page.overdue_filter.setChecked(True)
    shown = [page.model.row_at(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    assert [record.id for record in shown] == [application_id]
    _select(page, application_id)
    assert page.remind_action.isEnabled() and not page.assess_report_action.isEnabled()

    page.remind_action.trigger()
    assert _stored(db, application_id).report_reminded_on == local_today()
    page.report_received_action.trigger()
    assert _stored(db, application_id).report_received_on == local_today()
    page.overdue_filter.setChecked(False)
    _select(page, application_id)
    assert page.assess_report_action.isEnabled()

    def assess(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReportDialog)
        dialog.amount.setText("3.000,00")
        dialog.note.setPlainText("De helft van de bijeenkomsten ging niet door.")
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", assess)
    page.assess_report_action.trigger()
    assert _stored(db, application_id).report_assessed_amount == Decimal("3000.00")

    proposed: list[tuple[str, Any, str]] = []

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, SettlementDialog)
        proposed.append(
            (dialog.amount.text(), dialog.reason.currentData(), dialog.proposal_label.text())
        )
        dialog.check_and_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", settle)
    _select(page, application_id)
    page.settle_action.trigger()

    assert proposed[0][:2] == ("€ 3.000,00", SettlementReason.NOT_CARRIED_OUT.value)
    assert proposed[0][2]
    stored = _stored(db, application_id)
    assert (stored.status, stored.settled) == (ApplicationStatus.SETTLED, Decimal("3000.00"))
    assert boxes.texts == []


def test_a_report_for_a_grant_that_needs_none_cannot_be_recorded(
    page: SubsidiesPage, db: Database, data: Data
) -> None:
    with db.transaction() as session:  # the common tiers: up to € 5.000 no report
        scheme = subsidies.get_scheme(session, data.scheme_id)
        subsidies.save_scheme(session, replace(scheme, report_activity_from=Decimal("5000.00")))
    application_id = _granted(db, data)  # € 4.000: settled at the grant, no report
    assert _stored(db, application_id).status is ApplicationStatus.SETTLED
    page.reload()
    _select(page, application_id)
    assert not page.report_received_action.isEnabled()
    assert not page.remind_action.isEnabled()


def test_decision_letters_already_sent_are_written_again_only_when_asked(
    page: SubsidiesPage,
    db: Database,
    data: Data,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ssb_desktop.views.letters_sent_dialog import LettersSentDialog

    with db.transaction() as session:
        subsidies.apply_allocation(session, data.scheme_id, on=date(2020, 3, 1))
    page.reload()

    def record(dialog: QDialog) -> bool:
        assert isinstance(dialog, LettersSentDialog)
        dialog.on.setDate(QDate(2020, 3, 3))
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(subsidies_page, "exec_dialog", record)
    page.sent_action.trigger()
    assert boxes.texts[-1] == "3 letters recorded as sent."

    folder = tmp_path / "brieven"
    monkeypatch.setattr(subsidies_page, "choose_folder", lambda _parent, _start: folder)
    boxes.answer = QMessageBox.StandardButton.No
    page.letters_action.trigger()
    assert "All 3 decision letters" in boxes.texts[-1] and "were sent already" in boxes.texts[-1]
    assert not folder.exists()

    boxes.answer = QMessageBox.StandardButton.Yes
    page.letters_action.trigger()
    assert len(page.letters_written) == 3


def test_decision_letters_are_printed_each_from_a_new_page_with_the_applicants_reference(
    page: SubsidiesPage,
    db: Database,
    data: Data,
    boxes: Boxes,
    printed_pages: Callable[[], list[str]],
) -> None:
    kooi = data.applications["Buurtvereniging De Kooi"]
    with db.transaction() as session:
        record = subsidies.get_application(session, kooi)
        subsidies.save_application(session, replace(record, their_reference="KOOI-2020-3"))
        subsidies.apply_allocation(session, data.scheme_id, on=date(2020, 3, 1))
    page.reload()

    assert page.print_letters_action.isEnabled()
    page.print_letters_action.trigger()

    pages = printed_pages()
    firsts = [p for p in pages if "page 1 of" in p or "pagina 1 van" in p]
    assert len(firsts) == 3  # one letter per decided application
    kooi_page = next(p for p in firsts if "Buurtvereniging De Kooi" in p)
    assert "KOOI-2020-3" in kooi_page
    other = next(p for p in firsts if "Stichting Samen Eten" in p)
    assert "Your reference" not in other and "Uw kenmerk" not in other
    assert boxes.texts == []


def test_email_drafts_of_the_decision_letters_not_yet_sent_open_in_the_mail_program(
    page: SubsidiesPage,
    db: Database,
    data: Data,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from ssb_desktop.views import email_drafts

    with db.transaction() as session:
        subsidies.apply_allocation(session, data.scheme_id, on=date(2020, 3, 1))
    page.reload()
    folder = tmp_path / "mail"
    opened: list[Path] = []
    monkeypatch.setattr(subsidies_page, "choose_folder", lambda _parent, _start: folder)

    def open_url(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(email_drafts, "open_url", open_url)

    page.email_action.trigger()

    drafts = sorted(folder.glob("*.eml"))
    assert len(drafts) == 3 and sorted(opened) == drafts
    assert "Nothing is recorded as sent" in boxes.texts[-1]
    with db.transaction() as session:
        from ssb_desktop.services.subsidy_letters import letters_to_write

        assert len(letters_to_write(session, data.scheme_id)) == 3  # still waiting to be sent


def test_the_reminder_of_an_overdue_report_is_printed_from_its_template(
    page: SubsidiesPage,
    db: Database,
    data: Data,
    boxes: Boxes,
    printed_pages: Callable[[], list[str]],
) -> None:
    from ssb_desktop.records import LetterKind
    from ssb_desktop.services.house_style import save_template

    application_id = _owing_a_report(db, data)
    with db.transaction() as session:
        save_template(
            session,
            LetterKind.SUBSIDY_REMINDER,
            "Wij missen uw verslag ({verantwoording_stukken}), dat uiterlijk "
            "{verantwoording_uiterlijk} binnen moest zijn. Bel ons gerust.",
            None,
        )
    page.reload()
    page.show_applications()
    _select(page, application_id)

    assert page.reminder_letter_action.isEnabled()
    page.reminder_letter_action.trigger()

    text = " ".join(printed_pages())
    assert "Buurtvereniging De Kooi" in text
    assert "Wij missen uw verslag (an activity report" in text or "activiteitenverslag" in text
    assert "Bel ons gerust." in text
    from ssb_desktop.documents.letter import long_date

    due = _stored(db, application_id).report_due
    assert due is not None and long_date(due) in text
