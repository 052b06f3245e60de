"""Two colleagues editing the same organisation at once: no busy failures, no lost updates.

Each editor is a separate process (its own connection, as two people with the program open
on one file or server). It does what a user does in the organisation dialog, ``saves`` times:
open the organisation, change one part (odd saves add a contact, even saves add a line to the
notes) and save. A "changed by someone else" refusal is answered as the form does: reload and
make the change again. A "busy" refusal is counted (it is what the user would see) and also
retried. At the end every editor's every change must be there.

Prints, per database, the wall-clock time of the two editors together, the same number of
saves by one editor alone (the peer: the same work without a colleague), their ratio, the
busy failures, the conflicts answered by reloading, and the changes that were lost.
Target (issue 17): 2 x 1,000 saves with 0 busy failures and 0 lost changes.
Run: ``python bench/concurrent_saves.py [--saves 1000] [--db-url URL]`` (default: a
temporary SQLite file; give a PostgreSQL URL of an empty database to measure the server).
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.errors import ConflictError, DatabaseError
from ssb_desktop.records import ContactRecord, OrganisationRecord
from ssb_desktop.services.organisations import get_organisation, save_organisation


@dataclass(frozen=True, slots=True)
class EditorCounts:
    editor: str
    saves: int
    busy: int
    conflicts: int


def _change(record: OrganisationRecord, editor: str, number: int) -> OrganisationRecord:
    token = f"{editor}-{number}"
    if number % 2:
        return replace(record, contacts=(*record.contacts, ContactRecord(token)))
    return replace(record, notes=f"{record.notes}{token}\n")


def edit(url: str, organisation_id: int, editor: str, saves: int, start: Any) -> EditorCounts:
    """One colleague: ``saves`` changes to the organisation, reloading after a conflict."""
    from ssb_desktop.startup import open_database

    db = open_database(url, account="tester")
    busy = conflicts = 0
    if start is not None:
        start.wait()
    try:
        for number in range(saves):
            while True:
                try:
                    with db.reading() as session:
                        record = get_organisation(session, organisation_id)
                    with db.transaction() as session:
                        save_organisation(session, _change(record, editor, number))
                    break
                except ConflictError:
                    conflicts += 1
                except DatabaseError:
                    busy += 1
    finally:
        db.dispose()
    return EditorCounts(editor, saves, busy, conflicts)


def _edit_in_child(args: tuple[str, int, str, int, Any]) -> EditorCounts:
    return edit(*args)


def new_organisation(url: str) -> int:
    from ssb_desktop.startup import open_database

    db = open_database(url, account="tester")
    try:
        with db.transaction() as session:
            saved = save_organisation(session, OrganisationRecord(id=None, name="Gedeeld"))
    finally:
        db.dispose()
    assert saved.id is not None
    return saved.id


def lost_changes(url: str, organisation_id: int, counts: list[EditorCounts]) -> list[str]:
    """Every change an editor saved that is not in the organisation now."""
    from ssb_desktop.startup import open_database

    db = open_database(url, account="tester")
    try:
        with db.reading() as session:
            record = get_organisation(session, organisation_id)
    finally:
        db.dispose()
    contacts = {c.name for c in record.contacts}
    notes = set(record.notes.splitlines())
    return [
        f"{c.editor}-{number}"
        for c in counts
        for number in range(c.saves)
        if f"{c.editor}-{number}" not in (contacts if number % 2 else notes)
    ]


def run_editors(url: str, organisation_id: int, saves: int, editors: int = 2) -> list[EditorCounts]:
    """``editors`` processes, started together, each saving ``saves`` times."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(editors)
        jobs = [(url, organisation_id, f"e{n}", saves, start) for n in range(editors)]
        with context.Pool(editors) as pool:
            return pool.map(_edit_in_child, jobs)


def _measure(url: str, saves: int) -> None:
    organisation_id = new_organisation(url)
    began = time.perf_counter()
    counts = run_editors(url, organisation_id, saves)
    together = time.perf_counter() - began
    lost = lost_changes(url, organisation_id, counts)
    alone_id = new_organisation(url)
    began = time.perf_counter()
    edit(url, alone_id, "alone", 2 * saves, None)
    alone = time.perf_counter() - began
    print(f"  two editors x {saves} saves   {together:8.2f} s")
    print(f"  one editor  x {2 * saves} saves   {alone:8.2f} s")
    print(f"  ratio together / alone      {together / alone:8.2f}")
    print(f"  busy failures               {sum(c.busy for c in counts):8d}")
    print(f"  conflicts (reloaded)        {sum(c.conflicts for c in counts):8d}")
    print(f"  lost changes                {len(lost):8d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000, help="saves per editor")
    parser.add_argument("--db-url", help="an empty PostgreSQL database (default: SQLite)")
    args = parser.parse_args()
    if args.db_url:
        print(f"PostgreSQL, {args.saves} saves per editor")
        _measure(args.db_url, args.saves)
        return
    with tempfile.TemporaryDirectory(prefix="ssb-bench-saves-") as folder:
        print(f"SQLite, {args.saves} saves per editor")
        url = sqlite_url(Path(folder) / "shared.sqlite3").render_as_string(hide_password=False)
        _measure(url, args.saves)


if __name__ == "__main__":
    main()
