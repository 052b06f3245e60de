"""The next cycle and open data on the Procurements page, and a protest against the tender on
the Awards page's objection form, as an officer uses them on the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import ObjectionKind, ObjectionRecord, ObjectionSubject
from ssb_desktop.services.awards import list_objections
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.organisation_list import OrganisationQuery, count_organisations
from ssb_desktop.services.procurement import find_procurement, list_lots, list_procurements
from ssb_desktop.settings import Settings
from ssb_desktop.views import procurements_page
from ssb_desktop.views.copy_procurement_dialog import CopyProcurementDialog
from ssb_desktop.views.objection_dialog import ObjectionDialog
from ssb_desktop.views.procurements_page import ProcurementsPage
from tests.gui.conftest import Boxes


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> ProcurementsPage:
    with db.transaction() as session:
        build_demo(session)
    widget = ProcurementsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.reload()
    with db.transaction() as session:
        source = find_procurement(session, "SSB-2019")
    widget.select_procurement(source.id)
    return widget


def test_the_next_cycle_copies_the_ticked_lots_with_their_criteria(
    page: ProcurementsPage, db: Database, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, CopyProcurementDialog)
        dialog.show()
        dialog.reference.setText("SSB-2031")
        dialog.lots.item(2).setCheckState(Qt.CheckState.Unchecked)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(procurements_page, "exec_dialog", run)
    assert page.copy_action.isEnabled()
    page.copy_action.trigger()
    chosen = page.current_procurement()
    assert chosen is not None and chosen.reference == "SSB-2031"
    with db.transaction() as session:
        earlier = {
            lot.number: lot for lot in list_lots(session, find_procurement(session, "SSB-2019").id)
        }
        copied = list_lots(session, chosen.id)
        counts = {lot.number: len(list_criteria(session, lot.id or 0)) for lot in copied}
        references = [p.reference for p in list_procurements(session)]
    assert [lot.number for lot in copied] == [1, 2]
    assert [lot.theme_name for lot in copied] == [earlier[1].theme_name, earlier[2].theme_name]
    assert all(count > 0 for count in counts.values()), counts
    assert references.count("SSB-2031") == 1


def test_open_data_is_written_for_the_chosen_procurement(
    page: ProcurementsPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes: Boxes
) -> None:
    target = tmp_path / "ssb-2019.json"
    monkeypatch.setattr(procurements_page, "choose_ocds_file", lambda _p, _s: target)
    assert page.export_ocds() == target
    (release,) = json.loads(target.read_text(encoding="utf-8"))["releases"]
    assert len(release["tender"]["lots"]) == 3
    assert boxes.texts and "SSB-2019" in boxes.texts[-1]


def test_a_protest_against_the_tender_may_come_from_an_organisation_that_did_not_bid(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
        lot = list_lots(session, find_procurement(session, "SSB-2019").id)[0]
    assert lot.id is not None
    record = ObjectionRecord(
        id=None, lot_id=lot.id, organisation_id=0, kind=ObjectionKind.COMPLAINT, received_on=None
    )
    dialog = ObjectionDialog(db, record, [], parent=None)
    qtbot.addWidget(dialog)
    assert dialog.organisation.model.rowCount() == 0
    dialog.against.setCurrentIndex(dialog.against.findData(ObjectionSubject.TENDER.value))
    assert dialog.organisation.model.rowCount() > 5
    table = dialog.organisation.table
    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    dialog.save()
    assert dialog.saved is not None, (boxes.texts, dialog._problems.shown)
    with db.transaction() as session:
        (saved,) = [o for o in list_objections(session, lot.id) if o.id == dialog.saved.id]
    assert saved.against is ObjectionSubject.TENDER


def test_under_voluntary_transparency_anyone_may_object_to_the_award_found_by_search(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
        lot = list_lots(session, find_procurement(session, "SSB-2019").id)[0]
        active = count_organisations(session, OrganisationQuery())
    assert lot.id is not None
    record = ObjectionRecord(
        id=None,
        lot_id=lot.id,
        organisation_id=0,
        kind=ObjectionKind.COMPLAINT,
        received_on=None,
        against=ObjectionSubject.AWARD,
    )
    dialog = ObjectionDialog(db, record, [], parent=None, anyone=True)
    qtbot.addWidget(dialog)
    # Not only bidders: the whole active register is offered, a window of it at a time.
    assert dialog.organisation.model.rowCount() == active > 5
    QTest.keyClicks(dialog.organisation.search, "jeugdhaven")
    dialog.organisation.search.flush()
    assert dialog.organisation.names() == ["Stichting Jeugdhaven"]
    dialog.save()
    assert dialog.saved is not None, (boxes.texts, dialog._problems.shown)
    assert dialog.saved.organisation_name == "Stichting Jeugdhaven"
    assert dialog.saved.against is ObjectionSubject.AWARD


def test_one_protest_against_the_tender_of_the_whole_procurement_is_chosen_on_the_form(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
        procurement = find_procurement(session, "SSB-2019")
        lots = list_lots(session, procurement.id)
    first = lots[0]
    assert first.id is not None and procurement.id is not None and len(lots) == 3
    record = ObjectionRecord(
        id=None,
        lot_id=first.id,
        procurement_id=procurement.id,
        organisation_id=0,
        kind=ObjectionKind.COMPLAINT,
        received_on=None,
    )
    dialog = ObjectionDialog(
        db,
        record,
        [],
        parent=None,
        lot=(first.id, first.label),
        procurement=(procurement.id, procurement.reference),
    )
    qtbot.addWidget(dialog)
    # Against the award: the lot only.
    dialog.against.setCurrentIndex(dialog.against.findData(ObjectionSubject.AWARD.value))
    assert not dialog.scope.isEnabled() and dialog.scope.currentText() == "Lot SSB-2019/1"
    dialog.against.setCurrentIndex(dialog.against.findData(ObjectionSubject.TENDER.value))
    assert dialog.scope.isEnabled()
    dialog.scope.setCurrentIndex(dialog.scope.findData("procurement"))
    assert dialog.scope.currentText() == "The whole procurement SSB-2019 (all lots)"
    QTest.keyClicks(dialog.organisation.search, "jeugdhaven")
    dialog.organisation.search.flush()
    assert dialog.organisation.names() == ["Stichting Jeugdhaven"]
    dialog.save()
    assert dialog.saved is not None, (boxes.texts, dialog._problems.shown)
    assert dialog.saved.whole_procurement
    with db.transaction() as session:
        seen = [
            [o.id for o in list_objections(session, lot.id) if o.id == dialog.saved.id]
            for lot in lots
        ]
    assert seen == [[dialog.saved.id]] * 3
