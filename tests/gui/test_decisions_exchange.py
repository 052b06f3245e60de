"""On the Subsidies page: the decisions workbook of a scheme the theme's contract holder
decides on is exported, and the filled-in workbook imported after a preview; a workbook with
a problem can be previewed but not imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import ApplicationStatus
from ssb_desktop.services import subsidies
from ssb_desktop.settings import Settings
from ssb_desktop.views import decisions_exchange, organisation_exchange
from ssb_desktop.views.decisions_exchange import DecisionsPreviewDialog
from ssb_desktop.views.subsidies_page import SubsidiesPage
from tests.gui.conftest import Boxes
from tests.unit.services.test_subsidies import _apply, _complete, _world
from tests.unit.services.test_subsidy_decisions import _fill


@pytest.fixture
def holder_page(qtbot: QtBot, db: Database, tmp_path: Path) -> tuple[SubsidiesPage, list[int]]:
    world = _world(db)
    ids = []
    for index, requested in enumerate(("3000", "2500")):
        application = _complete(
            db,
            _apply(
                db,
                world.holder_scheme,
                world.volunteers[index],
                requested,
                received_on=date(2021, 2, 1 + index),
            ),
            day=2 + index,
        )
        assert application.id is not None
        ids.append(application.id)
    page = SubsidiesPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    assert world.holder_scheme.id is not None
    assert page.select_scheme(world.holder_scheme.id)
    return page, ids


def _run(
    page: SubsidiesPage,
    path: Path,
    monkeypatch: pytest.MonkeyPatch,
    accept: bool,
) -> list[DecisionsPreviewDialog]:
    shown: list[DecisionsPreviewDialog] = []

    def look(dialog: object) -> bool:
        assert isinstance(dialog, DecisionsPreviewDialog)
        shown.append(dialog)
        return accept and dialog.import_button.isEnabled()

    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_a: path)
    monkeypatch.setattr(decisions_exchange, "exec_dialog", look)
    page.import_decisions_action.trigger()
    return shown


def test_the_holders_workbook_goes_out_and_comes_back_with_its_decisions(
    holder_page: tuple[SubsidiesPage, list[int]],
    db: Database,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, ids = holder_page
    path = tmp_path / "besluiten.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_a: path)
    assert page.export_decisions_action.isEnabled()
    page.export_decisions_action.trigger()
    assert path.exists()
    _fill(
        path,
        {
            ids[0]: ("Verlenen", 3000, date(2021, 3, 1), None),
            ids[1]: ("Afwijzen", None, date(2021, 3, 1), "Te laat compleet"),
        },
    )

    shown = _run(page, path, monkeypatch, accept=True)

    assert shown[0].import_button.isEnabled()
    with db.transaction() as session:
        statuses = [subsidies.get_application(session, i).status for i in ids]
    assert statuses == [ApplicationStatus.GRANTED, ApplicationStatus.REFUSED]
    assert boxes.texts[-1]  # "2 besluiten vastgelegd."


def test_a_workbook_with_a_problem_is_previewed_and_not_imported(
    holder_page: tuple[SubsidiesPage, list[int]],
    db: Database,
    tmp_path: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, ids = holder_page
    path = tmp_path / "besluiten.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_a: path)
    page.export_decisions_action.trigger()
    # The ceiling of the 2021 scheme is € 5.000: 3.000 + 2.500 does not fit.
    _fill(
        path,
        {
            ids[0]: ("Verlenen", 3000, date(2021, 3, 1), None),
            ids[1]: ("Verlenen", 2500, date(2021, 3, 1), None),
        },
    )

    shown = _run(page, path, monkeypatch, accept=True)

    assert not shown[0].import_button.isEnabled()
    assert shown[0].problems.count() == 1
    with db.transaction() as session:
        statuses = [subsidies.get_application(session, i).status for i in ids]
    assert statuses == [ApplicationStatus.COMPLETE, ApplicationStatus.COMPLETE]
