"""Which decision letters of a subsidy scheme are still to be sent, and recording the day they
went out; the objection period of each decision runs from that day."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Application
from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.records import SubsidyLetterContent, SubsidyLetterKind
from ssb_desktop.services import subsidies
from ssb_desktop.services.permissions import Permission, require


def letters_to_write(
    session: Session, scheme_id: int, *, all_again: bool = False
) -> list[SubsidyLetterContent]:
    """The decision letters of the scheme not yet sent; every letter with ``all_again`` (the
    ones already sent then carry their send date and objection deadline)."""
    subsidies.get_scheme(session, scheme_id)
    contents = subsidies.letter_contents(session, scheme_id=scheme_id)
    return contents if all_again else [letter for letter in contents if letter.sent_on is None]


def mark_letters_sent(
    session: Session, scheme_id: int, on: date, *, today: date | None = None
) -> list[SubsidyLetterContent]:
    """Record that the scheme's letters not yet sent went out on ``on``; returns those letters.
    Refused for a day in the future or before a letter's own date, and when no letter waits."""
    require(session, Permission.EDIT_SUBSIDIES)
    if on > (today or local_today()):
        raise ValidationError(
            N_(
                "Errors",
                "{day} lies in the future; record the day the letters actually went out.",
            ),
            {"day": format_date(on)},
            field="on",
        )
    waiting = letters_to_write(session, scheme_id)
    if not waiting:
        raise ValidationError(
            N_(
                "Errors",
                "No decision letter of this scheme is waiting to be sent; every letter made "
                "has its send date already.",
            )
        )
    early = [letter for letter in waiting if letter.letter_date > on]
    if early:
        raise ValidationError(
            N_(
                "Errors",
                "The letter on application {reference} is dated {date}; it cannot have been "
                "sent on {day}. Record the day the letters actually went out.",
            ),
            {
                "reference": early[0].application.reference,
                "date": format_date(early[0].letter_date),
                "day": format_date(on),
            },
            field="on",
        )
    for letter in waiting:
        row = session.get(Application, letter.application.id)
        assert row is not None
        if letter.kind is SubsidyLetterKind.SETTLEMENT:
            row.settlement_letter_sent_on = on
        elif letter.kind is SubsidyLetterKind.GRANT_SETTLED:
            # One letter carries both decisions.
            row.decision_letter_sent_on = on
            row.settlement_letter_sent_on = on
        else:
            row.decision_letter_sent_on = on
    session.flush()
    return waiting
