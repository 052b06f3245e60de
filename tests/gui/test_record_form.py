"""The one form mechanism (views/record_form.py) as a user meets it in any form dialog: Esc with
unsaved edits asks Opslaan / Niet opslaan / Annuleren, a problem shows under its field when the
field is left (not while typing), a refusal by the database shows under the field, and a save
over someone else's change offers to reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import EvaluatorRecord, Role, SchemeRecord, UserRecord
from ssb_desktop.services import subsidies
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot, save_lot
from ssb_desktop.services.users import list_users, save_user
from ssb_desktop.views.evaluation_page import DeclarationDialog
from ssb_desktop.views.evaluator_dialog import EvaluatorDialog
from ssb_desktop.views.lot_dialog import LotDialog
from ssb_desktop.views.record_form import RecordForm
from ssb_desktop.views.scheme_dialog import CeilingDialog
from ssb_desktop.views.user_dialog import UserDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
QUESTION = "You have changes that are not saved. Save them first?"
RELOAD = (
    "Someone else changed this record after you opened it. Reload it to see their changes? "
    "Your own changes will be lost."
)


def _user(db: Database, account: str = "GEMEENTE\\jjansen") -> UserRecord:
    with db.transaction() as session:
        return save_user(
            session,
            user_id=None,
            account=account,
            display_name="Jan Jansen",
            email="",
            roles=frozenset({Role.READ_ONLY}),
        )


def _stored_name(db: Database) -> str:
    with db.reading() as session:
        stored = {user.account: user for user in list_users(session)}
    return stored["GEMEENTE\\jjansen"].display_name


def _show(qtbot: QtBot, form: RecordForm[Any]) -> None:
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()


def _typed_in(qtbot: QtBot, dialog: UserDialog) -> UserDialog:
    """``dialog`` on screen with " jr." typed after the user's name."""
    _show(qtbot, dialog)
    dialog.display_name.setFocus()
    QTest.keyClicks(dialog.display_name, " jr.")
    return dialog


def test_esc_with_unsaved_edits_asks_and_cancel_keeps_the_form_and_the_typed_text(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = _typed_in(qtbot, UserDialog(db, _user(db)))
    boxes.answer = Button.Cancel

    QTest.keyClick(dialog.display_name, Qt.Key.Key_Escape)

    assert boxes.texts == [QUESTION]
    assert dialog.isVisible()
    assert dialog.display_name.text() == "Jan Jansen jr."
    assert dialog.saved is None


def test_esc_and_save_stores_the_form_and_closes_it(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = _typed_in(qtbot, UserDialog(db, _user(db)))
    boxes.answer = Button.Save

    QTest.keyClick(dialog.display_name, Qt.Key.Key_Escape)

    assert boxes.texts == [QUESTION]
    assert not dialog.isVisible()
    assert dialog.saved is not None and dialog.saved.display_name == "Jan Jansen jr."
    assert _stored_name(db) == "Jan Jansen jr."


def test_esc_and_save_with_a_refusal_keeps_the_form_open_with_the_problem_under_the_field(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = UserDialog(db, _user(db))
    _show(qtbot, dialog)
    dialog.account.setFocus()
    dialog.account.selectAll()
    QTest.keyClick(dialog.account, Qt.Key.Key_Delete)
    boxes.answer = Button.Save

    QTest.keyClick(dialog.account, Qt.Key.Key_Escape)

    assert dialog.isVisible()
    assert dialog.problem("account") == "Enter the Windows account name of the user."
    assert dialog.account.hasFocus()

    # Typing in the refused field takes the refusal away; saving asks the database again.
    QTest.keyClicks(dialog.account, "GEMEENTE\\pdevries")
    assert dialog.problem("account") == ""


def test_esc_and_dont_save_closes_without_storing(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    dialog = _typed_in(qtbot, UserDialog(db, _user(db)))
    boxes.answer = Button.Discard

    QTest.keyClick(dialog.display_name, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert _stored_name(db) == "Jan Jansen"


def test_a_save_over_someone_elses_change_offers_to_reload_and_shows_their_values(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    user = _user(db)
    dialog = UserDialog(db, user)
    _show(qtbot, dialog)
    with db.transaction() as session:  # a colleague, meanwhile
        save_user(
            session,
            user_id=user.id,
            account=user.account,
            display_name="J. Jansen (collega)",
            email="",
            roles=user.roles,
            version=user.version,
        )
    dialog.display_name.setFocus()
    QTest.keyClicks(dialog.display_name, " jr.")
    boxes.answer = Button.Yes  # "Reload"

    QTest.keyClick(dialog.display_name, Qt.Key.Key_Return)

    assert boxes.texts == [RELOAD]
    assert dialog.isVisible()
    assert dialog.display_name.text() == "J. Jansen (collega)"
    # What shows is what is stored: Esc closes without a question.
    QTest.keyClick(dialog.display_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert boxes.texts == [RELOAD]


def test_a_reload_after_someone_elses_change_shows_their_lot_and_keeps_the_form_open(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
        lot = find_lot(session, "SSB-2019/3")
    dialog = LotDialog(db, lot)
    _show(qtbot, dialog)
    with db.transaction() as session:  # a colleague, meanwhile
        save_lot(session, replace(lot, title="Titel van een collega"))
    dialog.title.setFocus()
    QTest.keyClicks(dialog.title, " (mijn wijziging)")
    boxes.answer = Button.Yes  # "Reload"

    dialog.save()

    assert boxes.texts == [RELOAD]
    assert dialog.isVisible()
    assert dialog.title.text() == "Titel van een collega"
    # What shows is what is stored: Esc closes without a question.
    QTest.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert boxes.texts == [RELOAD]


def _new_evaluator(qtbot: QtBot, db: Database) -> EvaluatorDialog:
    """A new evaluator's form on screen, the e-mail field focused."""
    with db.transaction() as session:
        build_demo(session)
        lot_id = find_lot(session, "SSB-2019/3").id
    assert lot_id is not None
    dialog = EvaluatorDialog(db, EvaluatorRecord(id=None, lot_id=lot_id, name=""), [], [])
    _show(qtbot, dialog)
    dialog.email.setFocus()
    return dialog


def test_a_problem_shows_when_the_field_is_left_not_while_typing(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = _new_evaluator(qtbot, db)

    QTest.keyClicks(dialog.email, "jan@")
    assert dialog.problem("email") == ""

    QTest.keyClick(dialog.email, Qt.Key.Key_Tab)
    assert dialog.problem("email") != ""
    assert dialog.email.property("problem") is True

    # Once shown, the problem follows what is typed: it goes as soon as the value is right.
    dialog.email.setFocus()
    QTest.keyClicks(dialog.email, "leiden.nl")
    assert dialog.problem("email") == ""
    assert boxes.texts == []


def test_saving_shows_every_problem_and_focuses_the_first(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = _new_evaluator(qtbot, db)
    QTest.keyClicks(dialog.email, "jan@")

    QTest.keyClick(dialog.email, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved is None
    assert dialog.problem("name") != ""
    assert dialog.problem("email") != ""
    assert dialog.name.hasFocus()


def test_a_typed_date_is_never_changed_and_a_wrong_one_blocks_saving(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
        scheme = next(s for s in subsidies.list_schemes(session) if s.id is not None)
    assert isinstance(scheme, SchemeRecord)
    dialog = CeilingDialog(db, scheme)
    _show(qtbot, dialog)
    dialog.changed_on.edit.setFocus()
    dialog.changed_on.edit.selectAll()
    QTest.keyClicks(dialog.changed_on.edit, "31-02-2029")
    dialog.reason.setPlainText("Bezuiniging")

    QTest.keyClick(dialog.changed_on.edit, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved is None
    assert dialog.changed_on.text() == "31-02-2029"
    assert "31-02-2029 is not a date" in dialog.changed_on.problem.text()

    # Typed as ddmmyy the date is read whole and written out in full when the field is left.
    dialog.changed_on.edit.selectAll()
    QTest.keyClicks(dialog.changed_on.edit, "010329")
    QTest.keyClick(dialog.changed_on.edit, Qt.Key.Key_Tab)
    assert dialog.changed_on.value() == date(2029, 3, 1)
    assert dialog.changed_on.text() == "01-03-2029"
    assert dialog.changed_on.problem.text() == ""


def test_a_declaration_with_a_conflict_is_not_signed_without_a_statement(qtbot: QtBot) -> None:
    dialog = DeclarationDialog("Bert", "Ik verklaar dat ...")
    _show(qtbot, dialog)
    dialog.has_conflict.setChecked(True)

    dialog.ok_button.click()

    assert dialog.isVisible()
    assert dialog.problem("statement") == "Explain the conflict of interest before signing."
    assert dialog.focusWidget() is dialog.statement
    QTest.keyClicks(dialog.statement, "Ik werk bij Stichting Beta.")
    assert dialog.problem("statement") == ""
    dialog.ok_button.click()
    assert dialog.result() == DeclarationDialog.DialogCode.Accepted
