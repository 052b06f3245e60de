"""The organisation picker as a user works it: typing narrows a window of rows read from the
database, the arrows move, Enter chooses, Esc empties the search or closes; and a long
register is never read whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Organisation
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services import organisation_list
from ssb_desktop.services.organisation_list import OrganisationQuery
from ssb_desktop.views import organisation_picker
from ssb_desktop.views.organisation_picker import (
    MAX_PAGES,
    PAGE_SIZE,
    OrganisationPicker,
    OrganisationPickerDialog,
)

REGISTER = 1_500


class Fetched:
    """Counts the organisation records the picker reads from the database."""

    def __init__(self) -> None:
        self.rows = 0
        self.largest = 0

    def __call__(
        self, session: Session, query: OrganisationQuery, offset: int, limit: int, **kw: Any
    ) -> Sequence[OrganisationRecord]:
        page = organisation_list.organisation_page(session, query, offset, limit, **kw)
        self.rows += len(page)
        self.largest = max(self.largest, len(page))
        return page


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> Fetched:
    counter = Fetched()
    monkeypatch.setattr(organisation_picker, "organisation_page", counter)
    return counter


@pytest.fixture
def register(db: Database) -> Database:
    with db.transaction() as session:
        session.add_all(
            Organisation(name=f"Stichting {number:04d}", city="Leiden")
            for number in range(1, REGISTER + 1)
        )
        session.add(Organisation(name="Stichting 0000 Opgeheven", archived=True))
    return db


def _dialog(qtbot: QtBot, db: Database, query: OrganisationQuery) -> OrganisationPickerDialog:
    dialog = OrganisationPickerDialog(db, query)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_register_longer_than_the_window_is_counted_but_never_read_whole(
    qtbot: QtBot, register: Database, fetched: Fetched
) -> None:
    dialog = _dialog(qtbot, register, OrganisationQuery())
    picker = dialog.picker

    # All 1,500 active organisations are listed (counted in SQL, the archived one left out) ...
    assert picker.model.rowCount() == REGISTER
    assert picker.found.text() == f"{REGISTER} organisations found"
    assert picker.model.index(0, 0).data() == "Stichting 0001"
    # ... but only the rows on screen were read, a page at a time.
    assert fetched.largest <= PAGE_SIZE
    assert picker.model.cached_row_count() <= PAGE_SIZE
    assert fetched.rows <= PAGE_SIZE

    picker.table.setFocus()
    QTest.keyClick(picker.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert picker.current_record().name == "Stichting 1500"  # type: ignore[union-attr]
    assert picker.model.cached_row_count() <= MAX_PAGES * PAGE_SIZE
    assert fetched.rows <= 3 * PAGE_SIZE


def test_typing_narrows_the_list_the_arrows_move_and_enter_chooses(
    qtbot: QtBot, register: Database, fetched: Fetched
) -> None:
    dialog = _dialog(qtbot, register, OrganisationQuery())
    picker = dialog.picker
    assert picker.search.hasFocus()

    QTest.keyClicks(picker.search, "stichting 099")
    picker.search.flush()
    assert picker.names() == [f"Stichting {n:04d}" for n in sorted({99, *range(990, 1000), 1099})]
    assert picker.current_record().name == "Stichting 0099"  # type: ignore[union-attr]
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    QTest.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.search.hasFocus()  # the typing stays where it is
    QTest.keyClick(picker.search, Qt.Key.Key_Return)

    assert dialog.result() == OrganisationPickerDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.name == "Stichting 0990"


def test_a_search_without_matches_says_so_and_escape_empties_it_then_closes(
    qtbot: QtBot, register: Database
) -> None:
    dialog = _dialog(qtbot, register, OrganisationQuery())
    picker = dialog.picker
    QTest.keyClicks(picker.search, "50%_")
    picker.search.flush()
    assert picker.model.rowCount() == 0
    assert "No organisation matches" in picker.found.text()
    QTest.keyClick(picker.search, Qt.Key.Key_Return)  # nothing to choose: stays open
    assert dialog.isVisible() and dialog.chosen is None

    QTest.keyClick(picker.search, Qt.Key.Key_Escape)
    assert picker.search.text() == "" and picker.model.rowCount() == REGISTER
    assert dialog.isVisible()
    QTest.keyClick(picker.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.chosen is None


def test_the_picker_and_its_parts_have_names_for_a_screen_reader(
    qtbot: QtBot, register: Database, qtmodeltester: ModelTester
) -> None:
    picker = OrganisationPicker(register, OrganisationQuery())
    qtbot.addWidget(picker)
    assert picker.accessibleName() == "Organisation"
    assert picker.search.accessibleName() == "Search organisations"
    assert picker.table.accessibleName() == "Organisations"
    assert picker.focusProxy() is picker.search
    qtmodeltester.check(picker.model)  # type: ignore[no-untyped-call]


def test_archived_ones_are_left_out_unless_named_and_a_list_can_be_limited(
    qtbot: QtBot, register: Database
) -> None:
    with register.reading() as session:
        listed = organisation_list.organisation_page(
            session, OrganisationQuery(include_archived=True), 0, 2
        )
    archived, first = listed
    assert archived.archived and archived.id is not None and first.id is not None
    picker = OrganisationPicker(register, OrganisationQuery())
    qtbot.addWidget(picker)
    assert not picker.select_id(archived.id)

    picker.set_query(OrganisationQuery(also=(archived.id,)))
    assert picker.model.rowCount() == REGISTER + 1
    assert picker.select_id(archived.id)
    assert picker.current_id() == archived.id

    picker.set_query(OrganisationQuery(only=(archived.id, first.id), include_archived=True))
    assert picker.names() == ["Stichting 0000 Opgeheven", "Stichting 0001"]
    picker.set_query(OrganisationQuery(leave_out=(first.id,)))
    assert picker.model.index(0, 0).data() == "Stichting 0002"
