"""Search everything (Ctrl+K) over a large register against raw queries on the same indexes.

The program's ``search_everything`` (every kind, blindness, records) is set against the
strongest fair peer in the same run: a raw ``sqlite3`` connection that runs only the
organisations' FTS5 trigram match with the same limit, plus the same ``LIKE`` reads of the
other kinds' (small) tables. Run::

    python bench/search.py --rows 100000 [--repeat 5]

The database is the one ``bench/lists.py`` builds (``/tmp/ssb-bench-lists-N.sqlite3``),
built here when missing.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.services.search import SEARCH_LIMIT, search_everything
from ssb_desktop.startup import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lists import build_sqlite  # the sibling benchmark builds the register

QUERIES = ("mantelzorg katwijk", "voedselbank", "12345")


def peer(connection: sqlite3.Connection, text: str) -> int:
    """The organisations' index match and the other kinds' reads, nothing else."""
    words = text.casefold().split()
    phrase = " AND ".join(f'"{word}"' for word in words)
    found = connection.execute(
        "SELECT o.id, o.name, o.kvk FROM organisations o WHERE o.id IN "
        "(SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ?) "
        "ORDER BY o.sort_name, o.id LIMIT ?",
        (phrase, SEARCH_LIMIT + 1),
    ).fetchall()
    like = f"%{words[0]}%"
    for sql in (
        "SELECT id FROM procurements WHERE lower(reference) LIKE ? OR lower(title) LIKE ?",
        "SELECT id FROM bids WHERE lower(code) = ? OR lower(notes) LIKE ?",
        "SELECT id FROM contracts WHERE lower(reference) LIKE ? OR lower(notes) LIKE ?",
        "SELECT id FROM applications WHERE lower(reference) LIKE ? OR lower(activity) LIKE ?",
        "SELECT id FROM objections WHERE lower(summary) LIKE ? OR lower(summary) LIKE ?",
    ):
        found += connection.execute(sql + " LIMIT 11", (like, like)).fetchall()
    return len(found)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(f"/tmp/ssb-bench-lists-{args.rows}.sqlite3")
    if not path.exists():
        started = time.perf_counter()
        build_sqlite(path, args.rows)
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    db = open_database(sqlite_url(path), account="bench")
    raw = sqlite3.connect(path)
    print(f"search everything over {args.rows} organisations (SQLite), median of {args.repeat}")
    for text in QUERIES:
        ours: list[float] = []
        theirs: list[float] = []
        for run in range(args.repeat + 1):
            order = (0, 1) if run % 2 else (1, 0)
            times = [0.0, 0.0]
            for who in order:
                start = time.perf_counter()
                if who == 0:
                    with db.reading() as session:
                        search_everything(session, text)
                else:
                    peer(raw, text)
                times[who] = time.perf_counter() - start
            if run:  # the first run warms the caches of both
                ours.append(times[0])
                theirs.append(times[1])
        mine, peer_time = statistics.median(ours), statistics.median(theirs)
        print(
            f"  {text!r:24} program {mine * 1000:7.1f} ms   raw peer {peer_time * 1000:7.1f} ms"
            f"   ratio {mine / peer_time:5.1f}x"
        )
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
