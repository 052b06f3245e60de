"""The money on the Dashboard: budget use per subsidy scheme, and what was granted per theme and
district (a grant for two districts split evenly between them)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import (
    ApplicationRecord,
    OrganisationKind,
    OrganisationRecord,
    SchemeRecord,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.reference import list_districts, list_themes
from ssb_desktop.settings import Settings
from ssb_desktop.views.dashboard_page import DashboardPage

SCHEME, CEILING, GRANTED, REMAINING, PENDING = 2, 3, 4, 5, 6


def _grants(db: Database) -> tuple[str, str, str]:
    """A € 10.000 scheme with grants of € 3.000 (two districts) and € 1.000 (one of them), and
    one application still waiting; the theme's name and the two districts' names."""
    with db.transaction() as session:
        theme_id, theme_name = list_themes(session)[0]
        first, second = list_districts(session)[:2]
        applicant = save_organisation(
            session,
            OrganisationRecord(id=None, name="Buurtvereniging", kind=OrganisationKind.VOLUNTEER),
        )
        scheme = subsidies.save_scheme(
            session,
            SchemeRecord(
                id=None,
                year=2021,
                name="Buurtinitiatieven",
                ceiling=Decimal("10000.00"),
                opens_on=date(2021, 1, 1),
                theme_id=theme_id,
            ),
        )
        assert scheme.id is not None and applicant.id is not None
        for requested, districts, grant in (
            ("3000.00", (first.id, second.id), True),
            ("1000.00", (second.id,), True),
            ("500.00", (first.id,), False),
        ):
            saved = subsidies.save_application(
                session,
                ApplicationRecord(
                    id=None,
                    scheme_id=scheme.id,
                    applicant_id=applicant.id,
                    activity="Activiteit",
                    requested=Decimal(requested),
                    received_on=date(2021, 2, 1),
                    district_ids=districts,
                ),
            )
            assert saved.id is not None
            if grant:
                subsidies.mark_complete(session, saved.id, at=datetime(2021, 2, 2, tzinfo=UTC))
                subsidies.decide(
                    session,
                    saved.id,
                    granted=Decimal(requested),
                    on=date(2021, 3, 1),
                    deciding_organisation_id=saved.deciding_organisation_id,
                )
    return theme_name, first.name, second.name


def test_the_dashboard_shows_budget_use_and_money_per_theme_and_district(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    theme, first, second = _grants(db)
    page = DashboardPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)

    page.reload()

    money = page.money
    assert money.budget_cells(SCHEME) == ["Buurtinitiatieven"]
    assert money.budget_cells(CEILING) == ["€ 10.000,00"]
    assert money.budget_cells(GRANTED) == ["€ 4.000,00"]
    assert money.budget_cells(REMAINING) == ["€ 6.000,00"]
    assert money.budget_cells(PENDING) == ["1"]
    rows = money.money_rows()
    assert (theme, first, "", "€ 1.500,00") in rows
    assert (theme, second, "", "€ 2.500,00") in rows
    assert not money.money_empty.isVisibleTo(page)


def test_without_subsidies_the_dashboard_says_so(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page = DashboardPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    assert page.money.budget_empty.isVisibleTo(page)
    assert not page.money.budget_view.isVisibleTo(page)


def test_the_money_tables_pass_the_model_tester(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    _grants(db)
    page = DashboardPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    qtmodeltester.check(page.money.budget_model)  # type: ignore[no-untyped-call]
    qtmodeltester.check(page.money.money_model)  # type: ignore[no-untyped-call]
