"""The fast chain check agrees with the reference check on every database, finds the first
changed entry, and a repeated check starts after the entry last verified."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from ssb_desktop.db.audit import verify_chain
from ssb_desktop.db.audit_check import ChainHead, check_chain_fast
from ssb_desktop.db.database import Database
from ssb_desktop.records import ContactRecord, ImportRow, OrganisationRecord
from ssb_desktop.services.organisations import (
    delete_organisation,
    get_organisation,
    import_organisations,
    save_organisation,
)

# Escapes that JSON writes differently from plain text (the program refuses other control
# characters in names, so a tab and a newline stand for them).
TRICKY = 'Stichting "De Kolk" \\ Zoë ☃ 😀\n\t=SUM(A1)'


def _write_history(db: Database) -> None:
    with db.transaction() as session:
        saved = save_organisation(
            session,
            OrganisationRecord(id=None, name=TRICKY, contacts=(ContactRecord(name="Zoë"),)),
        )
        assert saved.id is not None
        save_organisation(session, replace(get_organisation(session, saved.id), city="Leiden"))
        other = save_organisation(session, OrganisationRecord(id=None, name="Weg"))
        assert other.id is not None
        delete_organisation(session, other.id, other.version)
    rows = [ImportRow("Organisaties", n + 2, {"name": f"Stichting {n}"}) for n in range(50)]
    with db.transaction() as session:
        import_organisations(session, rows)


def test_the_fast_check_counts_what_the_reference_check_counts(db: Database) -> None:
    _write_history(db)
    with db.transaction() as session:
        reference = verify_chain(session)
        fast = check_chain_fast(session.connection())
    assert reference[1] is None and fast.broken is None
    assert fast.checked == reference[0] > 50
    assert fast.head is not None


def test_a_repeated_check_starts_after_the_last_verified_entry(db: Database) -> None:
    _write_history(db)
    with db.transaction() as session:
        first = check_chain_fast(session.connection())
    assert first.head is not None
    with db.transaction() as session:
        save_organisation(session, OrganisationRecord(id=None, name="Nieuw"))
    progress: list[tuple[int, int]] = []
    with db.transaction() as session:
        again = check_chain_fast(
            session.connection(), after=first.head, on_progress=lambda *p: progress.append(p)
        )
        nothing_new = check_chain_fast(session.connection(), after=again.head)
    assert again.broken is None and again.checked == 1
    assert progress == [(1, 1)]
    assert nothing_new.checked == 0 and nothing_new.head == again.head
    with db.transaction() as session:
        forged = check_chain_fast(
            session.connection(), after=ChainHead(first.head.entry_id, "f" * 64)
        )
    assert forged.broken is not None and forged.broken.entry_id == first.head.entry_id


def test_a_changed_entry_is_the_first_broken_link(sqlite_db: Database) -> None:
    _write_history(sqlite_db)
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        victim = connection.execute(text("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 3"))
        entry_id = victim.scalar_one()
        connection.execute(
            text(
                "UPDATE audit_log SET changes = replace(changes, 'Leiden', 'Delft') WHERE id = :i"
            ),
            {"i": entry_id},
        )
    with sqlite_db.transaction() as session:
        reference = verify_chain(session)
        fast = check_chain_fast(session.connection())
    assert reference[1] is not None
    assert fast.broken == reference[1]
    assert fast.checked == reference[0]
    assert fast.head is not None and fast.head.entry_id < reference[1].entry_id


def test_progress_can_cancel_the_check(db: Database) -> None:
    _write_history(db)

    class Stop(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop), db.transaction() as session:
        check_chain_fast(session.connection(), on_progress=stop)
