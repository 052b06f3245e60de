"""The Audit log page as a user sees it: entries, filters, details, export and chain check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import LOCAL_ZONE
from ssb_desktop.records import OrganisationRecord, Role
from ssb_desktop.services.audit import AuditFilter
from ssb_desktop.services.audit_export import export_audit_log
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.settings import Settings
from ssb_desktop.views import audit_log_page, messages
from ssb_desktop.views.audit_log_page import AuditLogPage


def _organisation(db: Database, name: str) -> int:
    with db.transaction() as session:
        saved = save_organisation(session, OrganisationRecord(id=None, name=name))
    assert saved.id is not None
    return saved.id


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> AuditLogPage:
    widget = AuditLogPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the page shows, answered with OK."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        texts.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(messages, "_exec", answer)
    return texts


def _column(page: AuditLogPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _choose(combo_text: str, page: AuditLogPage, combo: str) -> None:
    widget = getattr(page, combo)
    index = widget.findText(combo_text)
    assert index >= 0, f"{combo_text!r} is not a choice"
    widget.setCurrentIndex(index)


def test_a_saved_organisation_shows_as_the_newest_entry_with_its_values(
    page: AuditLogPage, db: Database, qtmodeltester: object
) -> None:
    _organisation(db, "Stichting Wijkwerk")
    page.reload()
    assert _column(page, 2)[0] == "Organisation Stichting Wijkwerk"
    assert _column(page, 3)[0] == "Added"
    assert _column(page, 1)[0] == db.actor.account
    assert "Organisation name:  → Stichting Wijkwerk" in _column(page, 4)[0]
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    assert page.select_entry(page.model.row_at(page.model.index(0, 0)).id)
    detail = page.detail_model
    values = {
        detail.index(row, 0).data(): detail.index(row, 2).data() for row in range(detail.rowCount())
    }
    assert values["Organisation name"] == "Stichting Wijkwerk"
    assert page.detail_title.text().startswith("Organisation Stichting Wijkwerk: added on ")
    qtmodeltester.check(detail)  # type: ignore[attr-defined]


def test_choosing_a_user_shows_only_what_that_user_did(
    page: AuditLogPage, db: Database, act_as: Callable[..., None]
) -> None:
    _organisation(db, "Door de beheerder")
    admin = db.actor.account
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    _organisation(db, "Door de inkoper")
    page.reload()
    _choose("inkoper", page, "user_filter")
    assert set(_column(page, 1)) == {"inkoper"}
    assert "Door de beheerder" not in " ".join(_column(page, 4))
    assert any("Door de inkoper" in changes for changes in _column(page, 4))
    _choose(admin, page, "user_filter")
    assert set(_column(page, 1)) == {admin}
    assert page.status.text().startswith(f"{page.model.rowCount()} of ")


def test_a_period_shows_only_entries_made_within_it(page: AuditLogPage, db: Database) -> None:
    _organisation(db, "Vandaag Opgericht")
    page.reload()
    assert page.model.rowCount() > 0
    today = datetime.now(LOCAL_ZONE).date()
    tomorrow, yesterday = today + timedelta(days=1), today - timedelta(days=1)
    page.since_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    page.since_enabled.setChecked(True)
    assert page.model.rowCount() == 0
    page.since_edit.setDate(QDate(today.year, today.month, today.day))
    assert page.model.rowCount() > 0
    page.until_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    page.until_enabled.setChecked(True)
    assert page.model.rowCount() == 0
    assert page.since_edit.displayFormat() == "dd-MM-yyyy"
    page.clear_filters()
    assert page.model.rowCount() > 0


def test_the_record_type_and_number_find_the_history_of_one_record(
    page: AuditLogPage, db: Database
) -> None:
    first = _organisation(db, "Eerste")
    _organisation(db, "Tweede")
    page.reload()
    _choose("Organisation", page, "table_filter")
    assert set(_column(page, 2)) == {"Organisation Eerste", "Organisation Tweede"}
    page.record_filter.setText(str(first))
    page.record_filter.flush()
    assert _column(page, 2) == ["Organisation Eerste"]


def test_the_search_box_filters_the_loaded_entries(page: AuditLogPage, db: Database) -> None:
    _organisation(db, "Buurthuis De Kooi")
    _organisation(db, "Speeltuin Vereniging")
    page.reload()
    page.search.setText("kooi")
    page.search.flush()
    assert len(_column(page, 4)) == 1
    assert "Buurthuis De Kooi" in _column(page, 4)[0]


def test_export_writes_the_entries_shown_to_a_workbook(
    page: AuditLogPage,
    db: Database,
    shown: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    _organisation(db, "Stichting Export")
    page.reload()
    page.search.setText("Stichting Export")
    page.search.flush()
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_log_page, "choose_save_path", lambda _parent, _name: target)
    assert page.export() == target
    assert shown == [f"1 entry written to {target}."]
    workbook = openpyxl.load_workbook(target, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert rows[0] == (
        "Moment",
        "Gebruiker",
        "Tabel",
        "Record",
        "Naam",
        "Actie",
        "Wijzigingen",
        "Hash",
    )
    assert len(rows) == 2
    moment, user, table, _record, name, action, changes, _hash = rows[1]
    assert (user, table, name, action) == (
        db.actor.account,
        "organisations",
        "Stichting Export",
        "Toegevoegd",
    )
    assert isinstance(moment, datetime)
    assert "Organisation name:  → Stichting Export" in str(changes)


def test_the_command_line_export_applies_the_filter(db: Database, tmp_path: Path) -> None:
    _organisation(db, "Alleen Deze")
    target = tmp_path / "cli.xlsx"
    with db.transaction() as session:
        count = export_audit_log(session, target, AuditFilter(table="organisations"))
    assert count == 1
    workbook = openpyxl.load_workbook(target, read_only=True)
    values = [row[2] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    workbook.close()
    assert values == ["organisations"]


def test_checking_an_untouched_chain_reports_it_intact(
    page: AuditLogPage, db: Database, shown: list[str], qtbot: QtBot
) -> None:
    _organisation(db, "Betrouwbaar")
    page.reload()
    page.check_button.click()
    assert len(shown) == 1
    assert shown[0].endswith("entries checked, the chain is intact.")
    # The next check starts after the last entry found intact.
    _organisation(db, "Nieuw")
    page.check_button.click()
    assert shown[1].startswith("1 entry written since the last check checked")


def test_checking_a_tampered_chain_names_and_selects_the_changed_entry(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, shown: list[str]
) -> None:
    page = AuditLogPage(sqlite_db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    _organisation(sqlite_db, "Ooit Betrouwbaar")
    with sqlite_db.engine.begin() as connection:
        tampered = connection.execute(text("SELECT max(id) FROM audit_log")).scalar_one()
        # What someone with access to the file can do: remove the guard, then edit history.
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(
            text("UPDATE audit_log SET user_account = 'iemand' WHERE id = :id"), {"id": tampered}
        )
    page.reload()
    page.check_button.click()
    assert len(shown) == 1
    assert f"entry {tampered} was changed after it was written" in shown[0]
    selected = page.selected_entry()
    assert selected is not None and selected.id == tampered


def test_the_page_remembers_the_chain_head_it_has_seen(db: Database, page: AuditLogPage) -> None:
    _organisation(db, "Stichting Anker")
    page.reload()
    with db.transaction() as session:
        last = session.execute(text("SELECT id, hash FROM audit_log ORDER BY id DESC")).first()
    assert last is not None
    assert page.settings.known_heads(db.describe()) == [f"{last[0]}:{last[1]}"]
