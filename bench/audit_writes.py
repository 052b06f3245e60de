"""Audit-log writes as the log grows: does the unique index on the random hash cost?

Issue 18 saw the same 20,000-organisation import take 2.3 s at 58,000 audit entries and
6.6 s at 5 million, most likely the unique index on random SHA-256 hashes (every insert lands
on a random page of a large index). This measures exactly that part, on SQLite with the
program's own ``audit_log`` table and indexes (from the model): the time to append ``--batch``
entries (one ``executemany``, one transaction, as a bulk import writes them) to a log that
already holds ``--small`` entries and one that holds ``--large`` entries, with the unique
hash constraint and without it. The peer is the same append to the small log; the figure is
large / small (target, issue 18: an import at 5 M entries <= 1.2 x the same at 50,000).
Run: ``python bench/audit_writes.py [--small 50000] [--large 1000000] [--batch 20000]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from ssb_desktop.db.tables import AuditEntry

TARGET = 1.2
_FILL_CHUNK = 50_000


def _ddl(unique_hash: bool) -> list[str]:
    table = AuditEntry.__table__
    dialect = sqlite.dialect()
    create = str(CreateTable(table).compile(dialect=dialect))
    if not unique_hash:
        lines = [line for line in create.splitlines() if "UNIQUE (hash)" not in line]
        create = "\n".join(lines).replace("(id),\n)", "(id)\n)").replace(", \n)", "\n)")
    statements = [create]
    statements += [str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes]
    return statements


def _entries(start: int, count: int) -> Iterator[tuple[object, ...]]:
    previous = "0" * 64
    for number in range(start, start + count):
        digest = hashlib.sha256(os.urandom(16)).hexdigest()
        yield (
            number,
            "2026-01-01 00:00:00.000000",
            f"user{number % 7}",
            "organisations",
            str(number // 3),
            "insert",
            '{"name": [null, "Stichting"]}',
            previous,
            digest,
        )
        previous = digest


_INSERT = (
    "INSERT INTO audit_log (id, at, user_account, table_name, record_id, action, changes, "
    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def make_log(path: Path, entries: int, unique_hash: bool) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    for statement in _ddl(unique_hash):
        connection.execute(statement)
    for start in range(1, entries + 1, _FILL_CHUNK):
        with connection:
            connection.executemany(_INSERT, _entries(start, min(_FILL_CHUNK, entries + 1 - start)))
    connection.close()


def append(path: Path, batch: int) -> float:
    """Append ``batch`` entries in one transaction, as the program's connection would."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    first = int(connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]) + 1
    rows = list(_entries(first, batch))
    started = time.perf_counter()
    with connection:
        connection.executemany(_INSERT, rows)
    elapsed = time.perf_counter() - started
    connection.execute("DELETE FROM audit_log WHERE id >= ?", (first,))
    connection.commit()
    connection.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=50_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ssb-bench-audit-writes-") as folder:
        logs = {}
        for unique_hash in (True, False):
            for size in (args.small, args.large):
                path = Path(folder) / f"log-{size}-{'unique' if unique_hash else 'plain'}.sqlite3"
                make_log(path, size, unique_hash)
                logs[(unique_hash, size)] = path
        times: dict[tuple[bool, int], list[float]] = {key: [] for key in logs}
        # Alternate so that the machine's load falls on every variant alike.
        for _ in range(args.repeat):
            for key, path in logs.items():
                times[key].append(append(path, args.batch))
    print(f"append {args.batch:,} audit entries (median of {args.repeat}):")
    for unique_hash in (True, False):
        small = statistics.median(times[(unique_hash, args.small)])
        large = statistics.median(times[(unique_hash, args.large)])
        ratio = large / small
        verdict = "within" if ratio <= TARGET else "OVER"
        label = "with the unique hash index" if unique_hash else "without it"
        print(
            f"  {label:<28} at {args.small:>9,}: {small:6.3f} s  at {args.large:>9,}: "
            f"{large:6.3f} s  large/small {ratio:.2f} (target <= {TARGET}: {verdict})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
