"""Letters are written only for decisions not yet sent; the recorded send date drives the
standstill period of an award and the objection period of a subsidy decision."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import AwardStatus, SubsidyLetterKind
from ssb_desktop.services import awards
from ssb_desktop.services.subsidies import get_application, settle
from ssb_desktop.services.subsidies.rules import objection_deadline
from ssb_desktop.services.subsidy_letters import letters_to_write, mark_letters_sent
from tests.unit.services.test_awards import SENT, Lot, _award, _scored_lot
from tests.unit.services.test_subsidies import _granted, _world

TODAY = date(2026, 12, 7)


@pytest.fixture
def scored(db: Database) -> Lot:
    return _scored_lot(db)


def test_recording_the_send_date_moves_the_standstill_period(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        decided = _award(session, scored)
    assert decided.letters_sent_on is None and decided.standstill_end == date(2026, 5, 18)

    with db.transaction() as session:
        sent = awards.mark_letters_sent(session, scored.lot, date(2026, 5, 4), today=TODAY)

    assert sent.letters_sent_on == sent.sent_on == date(2026, 5, 4)
    # Twenty days from the day after sending end on Sunday 24 May, Whit Sunday, followed by
    # Whit Monday: the last day is Tuesday 26 May.
    assert sent.standstill_end == date(2026, 5, 26)
    with db.transaction() as session:
        (letter, *_others) = awards.letters(session, scored.lot)
    assert letter.sent_on == date(2026, 5, 4)
    assert letter.standstill_end == sent.standstill_end


def test_a_send_date_in_the_future_is_refused(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        _award(session, scored)
    with db.transaction() as session, pytest.raises(ValidationError) as refused:
        awards.mark_letters_sent(session, scored.lot, date(2026, 12, 8), today=TODAY)
    assert "lies in the future" in refused.value.english()
    with db.transaction() as session:
        award = awards.current_award(session, scored.lot)
    assert award is not None and award.letters_sent_on is None and award.sent_on == SENT


def test_the_send_date_of_a_definitive_award_no_longer_changes(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        awards.make_definitive(session, award.id, on=date(2026, 5, 19), version=award.version)
    with db.transaction() as session, pytest.raises(ValidationError) as refused:
        awards.mark_letters_sent(session, scored.lot, SENT, today=TODAY)
    assert "already definitive" in refused.value.english()
    with db.transaction() as session:
        current = awards.current_award(session, scored.lot)
    assert current is not None and current.status is AwardStatus.DEFINITIVE


def test_subsidy_letters_already_sent_are_left_out_unless_all_are_asked_for(
    db: Database,
) -> None:
    world = _world(db)
    first = _granted(db, world, "400", "400")
    assert world.municipal.id is not None and first.id is not None
    scheme = world.municipal.id
    with db.transaction() as session:
        assert [c.application.id for c in letters_to_write(session, scheme)] == [first.id]
        marked = mark_letters_sent(session, scheme, date(2020, 3, 4), today=TODAY)
    assert [c.application.id for c in marked] == [first.id]
    with db.transaction() as session:
        assert letters_to_write(session, scheme) == []
        (again,) = letters_to_write(session, scheme, all_again=True)
    # The objection period runs from the day the letter went out, not the decision date.
    assert again.sent_on == date(2020, 3, 4)
    assert again.objection_due == objection_deadline(date(2020, 3, 4)).due
    assert again.objection_due != objection_deadline(date(2020, 3, 1)).due
    # The application itself (its dialog, the dashboard) shows the same deadline.
    assert again.application.objection_due is not None
    with db.transaction() as session:
        shown = get_application(session, first.id)
    assert shown.objection_due == objection_deadline(date(2020, 3, 4)).due

    # The settlement is a new decision with a letter of its own, not yet sent.
    with db.transaction() as session:
        settle(session, first.id, D("400"), on=date(2021, 2, 1))
        (settlement,) = letters_to_write(session, scheme)
    assert settlement.kind is SubsidyLetterKind.SETTLEMENT and settlement.sent_on is None


def test_a_subsidy_letter_cannot_be_sent_before_its_date_or_twice(db: Database) -> None:
    world = _world(db)
    _granted(db, world, "400", "400")  # decided 01-03-2020
    assert world.municipal.id is not None
    scheme = world.municipal.id
    with db.transaction() as session, pytest.raises(ValidationError) as early:
        mark_letters_sent(session, scheme, date(2020, 2, 28), today=TODAY)
    assert "is dated 01-03-2020" in early.value.english()
    with db.transaction() as session:
        mark_letters_sent(session, scheme, date(2020, 3, 2), today=TODAY)
    with db.transaction() as session, pytest.raises(ValidationError) as twice:
        mark_letters_sent(session, scheme, date(2020, 3, 3), today=TODAY)
    assert "No decision letter of this scheme is waiting" in twice.value.english()
