"""The Dashboard page as a user sees it: figures, attention lists, and jumping to a record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import OrganisationKind, OrganisationRecord
from ssb_desktop.services import dashboard
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.reference import list_districts
from ssb_desktop.services.users import identify
from ssb_desktop.settings import Settings
from ssb_desktop.views.dashboard_page import DashboardPage


def _organisation(
    db: Database, name: str, kind: OrganisationKind, kvk: str = "", *, archived: bool = False
) -> int:
    with db.transaction() as session:
        first_district = list_districts(session)[0].id
        saved = save_organisation(
            session,
            OrganisationRecord(
                id=None,
                name=name,
                kind=kind,
                kvk=kvk,
                archived=archived,
                district_ids=(first_district,),
            ),
        )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> DashboardPage:
    widget = DashboardPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


def _names(page: DashboardPage) -> list[str]:
    model = page.without_kvk.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_figures_count_organisations_by_kind_and_archived(
    page: DashboardPage, db: Database
) -> None:
    _organisation(db, "Welzijn Leiden", OrganisationKind.PROFESSIONAL, "12345678")
    _organisation(db, "Buurthuis De Kooi", OrganisationKind.VOLUNTEER, "23456789")
    _organisation(db, "Oude Stichting", OrganisationKind.PROFESSIONAL, "34567890", archived=True)
    page.reload()
    assert page.figure("organisations/professional/active") == "1"
    assert page.figure("organisations/professional/archived") == "1"
    assert page.figure("organisations/professional/total") == "2"
    assert page.figure("organisations/all/active") == "2"
    assert page.figure("procurements") == "0"
    assert page.figure("active_users") == "1"


def test_organisations_without_a_kvk_number_are_listed_for_attention(
    page: DashboardPage, db: Database, qtmodeltester: object
) -> None:
    _organisation(db, "Stichting Zonder Nummer", OrganisationKind.PROFESSIONAL)
    _organisation(db, "Vrijwilligers Zonder Nummer", OrganisationKind.VOLUNTEER)
    _organisation(db, "Overig Zonder Nummer", OrganisationKind.OTHER)
    _organisation(db, "Met Nummer", OrganisationKind.PROFESSIONAL, "12345678")
    page.reload()
    assert _names(page) == ["Stichting Zonder Nummer", "Vrijwilligers Zonder Nummer"]
    assert "(2)" in page.without_kvk.title()
    assert page.without_kvk.model.index(1, 1).data() == "Volunteer"
    qtmodeltester.check(page.without_kvk.model)  # type: ignore[attr-defined]


def test_a_list_longer_than_the_count_goes_says_more_than(
    page: DashboardPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "ATTENTION_LIMIT", 1)
    monkeypatch.setattr(dashboard, "ATTENTION_COUNT_CAP", 1)
    _organisation(db, "Stichting Zonder Nummer", OrganisationKind.PROFESSIONAL)
    _organisation(db, "Vrijwilligers Zonder Nummer", OrganisationKind.VOLUNTEER)
    page.reload()
    assert _names(page) == ["Stichting Zonder Nummer"]
    assert page.without_kvk.title() == "Organisations without a KvK number (more than 1)"
    assert page.without_kvk.note_label.text() == "Showing the first 1 of more than 1."


def test_an_empty_list_says_that_nothing_needs_attention(page: DashboardPage, qtbot: QtBot) -> None:
    page.show()
    page.reload()
    assert page.without_kvk.none_label.isVisible()
    assert not page.without_kvk.view.isVisible()


def test_enter_on_an_attention_row_asks_to_open_that_organisation(
    page: DashboardPage, db: Database, qtbot: QtBot
) -> None:
    wanted = _organisation(db, "Stichting Zonder Nummer", OrganisationKind.PROFESSIONAL)
    page.show()
    page.reload()
    view = page.without_kvk.view
    view.setFocus()
    view.setCurrentIndex(page.without_kvk.model.index(0, 0))
    with qtbot.waitSignal(page.open_organisation_requested) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [wanted]


def test_an_account_added_automatically_is_listed_and_opens_in_administration(
    page: DashboardPage, db: Database, qtbot: QtBot, qtmodeltester: object
) -> None:
    with db.transaction() as session:
        newcomer = identify(session, "GEMEENTE\\nieuw")
    page.show()
    page.reload()
    model = page.read_only_users.model
    assert model.index(0, 0).data() == "GEMEENTE\\nieuw"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    view = page.read_only_users.view
    rect = view.visualRect(model.index(0, 0))
    # Qt opens on a double-click only where the first press of that click landed.
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_user_requested) as opened:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [newcomer.user_id]
