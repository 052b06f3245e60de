"""Voluntary transparency on screen: the notice of intended award, the contract refused before
the waiting period ends (with both dates), then signed; the Dashboard shows the running period
and the contracts whose final end is near."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.settings import Settings
from ssb_desktop.views import award_clocks_box, awards_page
from ssb_desktop.views.award_clocks_box import AwardClocksBox
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.transparency_dialogs import NoticeContractDialog, NoticeDialog
from tests.gui.test_awards_page import Boxes, Dialogs
from tests.unit.services.test_transparency import _lot, _organisation

TODAY = date(2026, 12, 7)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_lot_goes_from_notice_to_contract_without_a_committee(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    with db.transaction() as session:
        _lot(session)
        _organisation(session, "Stichting Incumbent")
    steps = Dialogs()
    monkeypatch.setattr(awards_page, "exec_dialog", steps)
    monkeypatch.setattr(awards_page, "today", lambda: TODAY)
    page = AwardsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    assert "Voluntary transparency" in page.status.text()
    assert page.notice_action.isEnabled()
    assert not page.provisional_action.isEnabled()

    def notice(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeDialog)
        dialog.organisation.setCurrentIndex(dialog.organisation.findText("Stichting Incumbent"))
        dialog.published_on.setDate(_qdate(date(2026, 12, 4)))
        assert "last day 24-12-2026" in dialog.period.text()
        dialog.save()  # no reasons: refused under the field
        assert "Give the reasons" in dialog._problems.text("reasons", dialog)
        dialog.reasons.setPlainText("Alleen de zittende partij kan dit werk doen.")
        dialog.save()

    steps.steps.append(notice)
    page.publish_notice()
    assert "no contract before 25-12-2026" in page.status.text()
    assert not page.notice_action.isEnabled()
    assert page.new_contract_button.isEnabled()

    # The Dashboard on the same day: the waiting period is running.
    monkeypatch.setattr(award_clocks_box, "today", lambda: TODAY)
    box = AwardClocksBox()
    qtbot.addWidget(box)
    box.load(db)
    assert box.transparency.model.rowCount() == 1
    assert box.transparency.model.index(0, 3).data() == "24-12-2026"

    def contract(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeContractDialog)
        dialog.reference.setText("SM-2027-1")
        dialog.signed_on.setDate(_qdate(date(2026, 12, 24)))
        dialog.start.setDate(_qdate(date(2027, 1, 1)))
        dialog.end.setDate(_qdate(date(2027, 12, 31)))
        dialog.value.setText("€ 300.000,00")
        dialog.options.setText("")
        dialog.save()
        refused = dialog._problems.text("signed_on", dialog)
        assert "published on 04-12-2026" in refused and "until 24-12-2026" in refused
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.signed_on.setDate(_qdate(date(2026, 12, 28)))
        dialog.save()

    steps.steps.append(contract)
    page.new_contract()
    assert page.contracts.rowCount() == 1
    assert "Contract SM-2027-1 signed on 28-12-2026." in page.status.text()

    box.load(db)
    assert box.transparency.model.rowCount() == 0
    assert box.ending.model.rowCount() == 1
    assert box.ending.model.index(0, 3).data() == "31-12-2027"
