"""The Dashboard (the first page at start-up) over a register of many organisations.

The program's ``dashboard_summary`` is set against the strongest fair peer in the same run: a
raw ``sqlite3`` connection that runs the organisation statements the summary needs (the count
by kind and state; for each attention list its ids up to the cap and one more, then its
first page) on the same indexes, and nothing else (not the users, procurement, money and
overdue-report queries, which the program's figure includes). With ``--before`` it also times the
statements of the Dashboard before migration 0022, raw, with the new index dropped inside a
transaction that is rolled back (nothing changes on disk).

Target (issue 18): the summary <= 0.5 s and <= 3 x the peer at 1,000,000 organisations. Run::

    python bench/dashboard.py --rows 1000000 [--repeat 3] [--before]

The register is the one of ``bench/lists.py`` (``/tmp/ssb-bench-lists-N.sqlite3``, built
there if missing; every organisation works in a district, one in five lacks a KvK number).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lists import build_sqlite, report, run_steps, timed

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.services.dashboard import ATTENTION_COUNT_CAP, ATTENTION_LIMIT, dashboard_summary
from ssb_desktop.startup import open_database

_KVK = "archived = 0 AND kind IN ('professional', 'volunteer') AND (kvk IS NULL OR kvk = '')"
_KVK_WALK = (
    "archived = 0 AND +kind IN ('professional', 'volunteer') AND (+kvk IS NULL OR +kvk = '')"
)
_DISTRICT = (
    "archived = 0 AND NOT EXISTS (SELECT 1 FROM organisation_districts "
    "WHERE organisation_id = organisations.id)"
)
_BY_KIND = "SELECT kind, archived, count(*) FROM organisations GROUP BY kind, archived"


def _attention(connection: sqlite3.Connection, where: str, walk: str) -> int:
    """The new Dashboard's attention list: up to the cap and one more ids in the fastest
    order; the page is those sorted when that is all, else a walk of the name index."""
    ids = [
        row[0]
        for row in connection.execute(
            f"SELECT id FROM organisations WHERE {where} LIMIT {ATTENTION_COUNT_CAP + 1}"
        )
    ]
    if not ids:
        return 0
    if len(ids) <= ATTENTION_COUNT_CAP:
        where, params = f"id IN ({', '.join('?' * len(ids))})", ids
    else:
        where, params = walk, []
    connection.execute(
        f"SELECT id, name, kind FROM organisations WHERE {where} "
        f"ORDER BY sort_name, id LIMIT {ATTENTION_LIMIT}",
        params,
    ).fetchall()
    return len(ids)


def _before(connection: sqlite3.Connection, where: str) -> int:
    """The Dashboard's attention list before: a page by name with count(*) OVER ()."""
    rows = connection.execute(
        f"SELECT id, name, kind, count(*) OVER () FROM organisations WHERE {where} "
        f"ORDER BY name, id LIMIT {ATTENTION_LIMIT}"
    ).fetchall()
    return int(rows[0][3]) if rows else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", action="store_true", help="also time the old statements")
    args = parser.parse_args()
    path = Path(f"/tmp/ssb-bench-lists-{args.rows}.sqlite3")
    if not path.exists():
        build_sqlite(path, args.rows)
    started = time.perf_counter()
    db = open_database(sqlite_url(path), account="bench")  # upgrades to the head once
    print(f"opened (and upgraded) {path} in {time.perf_counter() - started:.1f} s")
    peer = sqlite3.connect(path)

    if args.before:
        print("\nbefore migration 0022 (raw sqlite3, index dropped in a rolled-back transaction)")
        peer.execute("BEGIN")
        peer.execute("DROP INDEX IF EXISTS ix_organisations_kind_archived")
        for label, action in (
            ("count by kind and archived", lambda: peer.execute(_BY_KIND).fetchall()),
            ("without KvK, count OVER ()", lambda: _before(peer, _KVK)),
            ("without district, count OVER ()", lambda: _before(peer, _DISTRICT)),
        ):
            print(f"{label:<40}{timed(action):8.3f}s")
        peer.rollback()
        print("\nafter (raw sqlite3, the same register)")
        for label, action in (
            ("count by kind and archived", lambda: peer.execute(_BY_KIND).fetchall()),
            ("without KvK, capped ids + page", lambda: _attention(peer, _KVK, _KVK_WALK)),
            ("without district, capped ids + page", lambda: _attention(peer, _DISTRICT, _DISTRICT)),
        ):
            print(f"{label:<40}{timed(action):8.3f}s")

    def ours() -> None:
        with db.transaction() as session:
            dashboard_summary(session)

    def theirs() -> None:
        peer.execute(_BY_KIND).fetchall()
        _attention(peer, _KVK, _KVK_WALK)
        _attention(peer, _DISTRICT, _DISTRICT)

    results: dict[str, list[tuple[float, float]]] = {}
    for run in range(args.repeat + 1):
        run_steps(run, [("dashboard summary", ours, theirs)], results)
    over, _worst = report(
        f"Dashboard at {args.rows:,} organisations", args.repeat, results, limit=0.5
    )
    for line in over:
        print(f"over target: {line}")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
