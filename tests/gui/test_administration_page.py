"""The Administration page as a user sees it: users with roles, districts, and who may edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import Role
from ssb_desktop.settings import Settings
from ssb_desktop.views import administration_page, messages
from ssb_desktop.views.administration_page import AdministrationPage, DistrictDialog
from ssb_desktop.views.user_dialog import UserDialog

Fill = Callable[[QDialog], None]


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> AdministrationPage:
    widget = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.reload()
    return widget


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes shown, answered with OK."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        texts.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(messages, "_exec", answer)
    return texts


@dataclass
class Opened:
    """A form the page opened, and whether it was still open after Save was pressed."""

    dialog: QDialog
    still_open: bool = True


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Callable[[Fill], list[Opened]]:
    """``dialogs(fill)``: the next forms are shown, filled by ``fill`` and saved with the
    Save button, as a user would; returns the forms that were opened."""

    def install(fill: Fill) -> list[Opened]:
        opened: list[Opened] = []

        def run(dialog: QDialog) -> int:
            dialog.show()
            fill(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            opened.append(Opened(dialog, dialog.isVisible()))
            dialog.close()
            return dialog.result()

        monkeypatch.setattr(administration_page, "run_dialog", run)
        return opened

    return install


def _user_rows(page: AdministrationPage) -> dict[str, list[str]]:
    model = page.users
    return {
        model.index(row, 0).data(): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_an_added_user_appears_in_the_list_with_translated_roles(
    page: AdministrationPage, dialogs: Callable[[Fill], list[Opened]], qtmodeltester: object
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.account.setText("GEMEENTE\\jjansen")
        dialog.display_name.setText("Jan Jansen")
        dialog.email.setText("j.jansen@leiden.nl")
        dialog.role_boxes[Role.READ_ONLY].setChecked(False)
        dialog.role_boxes[Role.EVALUATOR].setChecked(True)
        dialog.role_boxes[Role.PROCUREMENT_OFFICER].setChecked(True)

    opened = dialogs(fill)
    page.add_user_button.click()
    assert not opened[0].still_open
    row = _user_rows(page)["GEMEENTE\\jjansen"]
    assert row == [
        "GEMEENTE\\jjansen",
        "Jan Jansen",
        "j.jansen@leiden.nl",
        "Procurement officer, Evaluator",
        "Yes",
    ]
    selected = page.selected_user()
    assert selected is not None and selected.account == "GEMEENTE\\jjansen"
    qtmodeltester.check(page.users)  # type: ignore[attr-defined]


def test_a_duplicate_account_is_refused_next_to_the_account_field(
    page: AdministrationPage, db: Database, dialogs: Callable[[Fill], list[Opened]]
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.account.setText(db.actor.account)

    opened = dialogs(fill)
    page.add_user_button.click()
    dialog = opened[0].dialog
    assert isinstance(dialog, UserDialog)
    assert opened[0].still_open
    assert "already exists" in dialog.problem("account")


def test_demoting_the_last_administrator_is_refused_inside_the_dialog(
    page: AdministrationPage,
    db: Database,
    dialogs: Callable[[Fill], list[Opened]],
    shown: list[str],
    qtbot: QtBot,
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.role_boxes[Role.ADMINISTRATOR].setChecked(False)
        dialog.role_boxes[Role.READ_ONLY].setChecked(True)

    assert db.actor.user_id is not None
    assert page.select_user(db.actor.user_id)
    opened = dialogs(fill)
    page.edit_user_button.click()
    dialog = opened[0].dialog
    assert isinstance(dialog, UserDialog)
    assert opened[0].still_open
    assert dialog.problem("roles") == (
        "This is the last administrator; make someone else administrator first."
    )
    assert shown == []
    assert _user_rows(page)[db.actor.account][3] == "Administrator"


def test_a_district_is_renamed_and_deactivated_but_never_deleted(
    page: AdministrationPage, dialogs: Callable[[Fill], list[Opened]], qtmodeltester: object
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DistrictDialog)
        dialog.name.setText("Binnenstad-Zuid (oud)")
        dialog.active.setChecked(False)

    page.tabs.setCurrentIndex(1)
    assert page.districts.rowCount() == 10
    page.select_district(page.districts.row_at(page.districts.index(0, 0)).id)
    dialogs(fill)
    page.edit_district_button.click()
    model = page.districts
    assert [model.index(0, column).data() for column in range(3)] == [
        "0",
        "Binnenstad-Zuid (oud)",
        "No",
    ]
    assert model.rowCount() == 10
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_district_name_in_use_is_refused_next_to_the_name(
    page: AdministrationPage, dialogs: Callable[[Fill], list[Opened]]
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DistrictDialog)
        assert dialog.number.value() == 10  # the next free number is suggested
        dialog.name.setText("morsdistrict")

    opened = dialogs(fill)
    page.add_district_button.click()
    dialog = opened[0].dialog
    assert isinstance(dialog, DistrictDialog)
    assert opened[0].still_open
    assert "already exists" in dialog.problem("name")
    assert page.districts.rowCount() == 10


def test_an_evaluator_sees_the_page_read_only(
    qtbot: QtBot, db: Database, tmp_path: Path, act_as: Callable[..., None]
) -> None:
    act_as(db, "beoordelaar", Role.EVALUATOR)
    page = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.select_user(page.users.row_at(page.users.index(0, 0)).id)
    assert page.users.rowCount() == 2
    assert page.read_only_notice.isVisible()
    buttons = (
        page.add_user_button,
        page.edit_user_button,
        page.add_district_button,
        page.edit_district_button,
    )
    assert not any(button.isEnabled() for button in buttons)


def test_the_service_refuses_an_evaluator_even_when_the_button_is_forced(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    act_as: Callable[..., None],
    dialogs: Callable[[Fill], list[Opened]],
    shown: list[str],
) -> None:
    act_as(db, "beoordelaar", Role.EVALUATOR)
    page = AdministrationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.account.setText("indringer")
        dialog.role_boxes[Role.ADMINISTRATOR].setChecked(True)

    dialogs(fill)
    page.add_user_button.setEnabled(True)
    page.add_user_button.click()
    assert shown == ["Only an administrator may manage users and roles. Ask an administrator."]
    assert "indringer" not in _user_rows(page)
