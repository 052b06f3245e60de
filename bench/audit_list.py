"""The Audit log page over a large log against a raw fetch of the visible page.

Opening the page (count the entries the filters list, read the newest page) and filtering by
record number, by the program's services (``services.audit.count_entries`` and
``entry_page``, as the page's model asks them) against the strongest fair peer in the same
run: a raw ``sqlite3`` connection running exactly the count and the page's query on the same
indexes. Target (issue 18, as for the lists): each <= 3 x the peer and <= 0.5 s at 1,000,000
entries. Run: ``python bench/audit_list.py [--entries 1000000] [--repeat 5]``.

The log is written once into ``/tmp/ssb-bench-audit-N.sqlite3`` (the program's schema, then
bulk rows with random hashes: the chain is not valid, which the page does not check) and reused.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.services.audit import AuditQuery, count_entries, entry_page
from ssb_desktop.startup import open_database

TARGET_RATIO = 3.0
TARGET_SECONDS = 0.5
PAGE = 100
_COLUMNS = "id, at, user_account, table_name, record_id, action, changes, hash"


def build(path: Path, entries: int) -> None:
    db = open_database(sqlite_url(path), account="bench")
    db.dispose()
    connection = sqlite3.connect(path)
    first = int(connection.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])
    rows = (
        (
            number,
            "2026-01-01 00:00:00.000000",
            f"user{number % 7}",
            "organisations",
            str(number // 3),
            "update",
            '{"notes": ["", "regel"]}',
            "0" * 64,
            hashlib.sha256(os.urandom(8)).hexdigest(),
        )
        for number in range(first + 1, first + entries + 1)
    )
    with connection:
        connection.executemany(
            "INSERT INTO audit_log (id, at, user_account, table_name, record_id, action, "
            "changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.execute("ANALYZE")
    connection.close()


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(f"/tmp/ssb-bench-audit-{args.entries}.sqlite3")
    if not path.exists():
        build(path, args.entries)
    db = open_database(sqlite_url(path), account="bench")
    raw = sqlite3.connect(path)
    record = str(args.entries // 6)

    def ours(query: AuditQuery) -> Callable[[], object]:
        def run() -> object:
            with db.reading() as session:
                count = count_entries(session, query)
                return entry_page(session, query, 0, PAGE, count=count)

        return run

    def peer(where: str, values: tuple[str, ...]) -> Callable[[], object]:
        def run() -> object:
            raw.execute(f"SELECT count(*) FROM audit_log {where}", values).fetchone()
            return raw.execute(
                f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY id DESC LIMIT {PAGE}", values
            ).fetchall()

        return run

    cases = {
        "open (no filter)": (ours(AuditQuery()), peer("", ())),
        "filter by record number": (
            ours(AuditQuery(record_id=record)),
            peer("WHERE record_id = ?", (record,)),
        ),
    }
    print(f"Audit log page, {args.entries:,} entries, median of {args.repeat}:")
    for name, (program, fetch) in cases.items():
        program(), fetch()  # warm the caches alike
        times: dict[str, list[float]] = {"ours": [], "peer": []}
        for _ in range(args.repeat):
            times["ours"].append(timed(program))
            times["peer"].append(timed(fetch))
        mine, theirs = statistics.median(times["ours"]), statistics.median(times["peer"])
        ratio = mine / theirs
        verdict = "within" if ratio <= TARGET_RATIO and mine <= TARGET_SECONDS else "OVER"
        print(
            f"  {name:<26} ours {mine:7.3f} s  raw sqlite3 {theirs:7.3f} s  ratio {ratio:5.2f} "
            f"(target <= {TARGET_RATIO} x and <= {TARGET_SECONDS} s: {verdict})"
        )
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
