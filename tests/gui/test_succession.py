"""Recording a legal succession on the Organisations page: Libertas is succeeded by BuZz, a
succession onto an archived organisation is refused under the field, and the archived one
shows who took over, when and why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.settings import Settings
from ssb_desktop.views.organisations_page import OrganisationsPage
from ssb_desktop.views.succession_dialog import SuccessionDialog
from tests.gui.test_organisations_page import _answer_dialogs, _column, _save, _select


def test_a_succession_is_recorded_and_the_old_registration_shows_its_successor(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(db, "Stichting Libertas Leiden", kvk="41165432")
    _save(db, "BuZz", kvk="81234567")
    _save(db, "Stichting Oud", kvk="12345678", archived=True)
    page = OrganisationsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    _select(page, "Stichting Libertas Leiden")
    assert page.succession_action.isEnabled()

    def succession(dialog: QDialog) -> None:
        assert isinstance(dialog, SuccessionDialog)
        assert dialog.successor.names() == ["BuZz"]  # neither itself nor an archived one
        assert dialog.successor.current_record().kvk == "81234567"  # type: ignore[union-attr]
        dialog.on.setDate(QDate(2020, 3, 1))
        dialog.save()  # no reason: refused under the field
        assert "Give the reason" in dialog._problems.text("reason", dialog)
        dialog.reason.setPlainText("Libertas en Radius zijn samen BuZz geworden.")
        dialog.save()

    _answer_dialogs(monkeypatch, succession)
    page.record_succession()
    assert "Stichting Libertas Leiden" not in _column(page)
    page.show_archived.setChecked(True)
    _select(page, "Stichting Libertas Leiden")
    assert not page.succession_action.isEnabled()
    assert page.detail.status.text() == (
        "Archived. Succeeded by BuZz on 01-03-2020: Libertas en Radius zijn samen BuZz geworden."
    )
