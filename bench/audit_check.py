"""``check`` of the audit chain against a raw chain pass over the same rows.

The peer reads the same rows through a bare ``sqlite3`` cursor and computes the same SHA-256
chain the plain way (``json.dumps`` of the seven fields, ``hashlib.sha256``), comparing each
hash: what any program must do to verify the log. Ours is ``check_chain_fast`` as ``check``
and the Audit log page run it; ``--reference`` also times the ORM-row check it replaced.

Target (issue 18): ours <= 1.5 x the raw pass (at 5,000,000 entries); an incremental check
(after the last verified entry, 1,000 new entries) well under 1 s. Run::

    python bench/audit_check.py --entries 1000000 [--repeat 3] [--reference]
    python bench/audit_check.py --entries 5000000

The database (realistic entries: a few runs of bulk inserts and single edits, Dutch text) is
built once into ``/tmp/ssb-bench-audit-N.sqlite3`` and reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ssb_desktop.db.audit import GENESIS_HASH, entry_hash, verify_chain
from ssb_desktop.db.audit_check import ChainHead, check_chain_fast
from ssb_desktop.db.database import sqlite_url
from ssb_desktop.startup import open_database


def build(path: Path, entries: int) -> None:
    db = open_database(sqlite_url(path), account="bench")
    db.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    prev = connection.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_hash = prev[0] if prev else GENESIS_HASH
    start = connection.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    moment = datetime(2016, 1, 4, 9, 0, tzinfo=UTC)
    batch: list[tuple[object, ...]] = []
    for number in range(start + 1, start + entries + 1):
        # Runs of 1,000 entries share a moment, user and table (a bulk import); every 7th
        # run is single edits, each at its own moment.
        if number % 1000 == 0 or (number // 1000) % 7 == 3:
            moment += timedelta(seconds=number % 97 + 1)
        user = ("j.devries", "m.bakker", "system")[(number // 1000) % 3]
        table = ("organisations", "applications", "contacts", "bids")[(number // 3000) % 4]
        action = "insert" if number % 5 else "update"
        changes = json.dumps(
            {
                "name": [None, f"Stichting Zoë {number}"],
                "city": [None, "Leiden"],
                "id": [None, number],
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        digest = entry_hash(prev_hash, moment, user, table, str(number), action, changes)
        at = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
        batch.append((number, at, user, table, str(number), action, changes, prev_hash, digest))
        prev_hash = digest
        if len(batch) == 50_000:
            _insert(connection, batch)
    _insert(connection, batch)
    connection.commit()
    connection.close()


def _insert(connection: sqlite3.Connection, batch: list[tuple[object, ...]]) -> None:
    connection.executemany(
        "INSERT INTO audit_log (id, at, user_account, table_name, record_id, action, changes, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )
    batch.clear()


def raw_chain_pass(path: Path) -> int:
    """The peer: a bare cursor and the plain JSON + SHA-256 of every entry."""
    connection = sqlite3.connect(path)
    cursor = connection.execute(
        "SELECT id, at, user_account, table_name, record_id, action, changes, prev_hash, hash "
        "FROM audit_log ORDER BY id"
    )
    prev = GENESIS_HASH
    checked = 0
    dumps, sha256 = json.dumps, hashlib.sha256
    for _id, at, user, table, record_id, action, changes, prev_hash, stored in cursor:
        if prev_hash != prev:
            break
        moment = datetime.fromisoformat(at).replace(tzinfo=UTC).isoformat()
        payload = dumps(
            [prev, moment, user, table, record_id, action, changes],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        if sha256(payload.encode("utf-8")).hexdigest() != stored:
            break
        prev = stored
        checked += 1
    connection.close()
    return checked


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference", action="store_true", help="also time verify_chain")
    args = parser.parse_args()
    path = Path(f"/tmp/ssb-bench-audit-{args.entries}.sqlite3")
    if not path.exists():
        started = time.perf_counter()
        build(path, args.entries)
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    db = open_database(sqlite_url(path), account="bench")

    def ours() -> int:
        with db.transaction() as session:
            result = check_chain_fast(session.connection())
        assert result.broken is None
        return result.checked

    def reference() -> int:
        with db.transaction() as session:
            checked, broken = verify_chain(session)
        assert broken is None
        return checked

    pairs: list[tuple[float, float]] = []
    for _run in range(args.repeat):
        started = time.perf_counter()
        peer_checked = raw_chain_pass(path)
        peer_time = time.perf_counter() - started
        started = time.perf_counter()
        our_checked = ours()
        our_time = time.perf_counter() - started
        assert peer_checked == our_checked, (peer_checked, our_checked)
        pairs.append((our_time, peer_time))
        print(f"  run: ours {our_time:.2f} s, raw chain pass {peer_time:.2f} s")
    our_median = statistics.median(p[0] for p in pairs)
    peer_median = statistics.median(p[1] for p in pairs)
    ratio = our_median / peer_median
    verdict = "ok" if ratio <= 1.5 else "OVER TARGET"
    print(f"\naudit chain check, {args.entries:,} entries, median of {args.repeat} runs")
    print(f"ours (check_chain_fast)   {our_median:8.2f} s")
    print(f"raw chain pass (peer)     {peer_median:8.2f} s")
    print(f"ratio {ratio:.2f} (target <= 1.5) {verdict}")
    if args.reference:
        started = time.perf_counter()
        reference()
        reference_time = time.perf_counter() - started
        print(
            f"the ORM-row check it replaced: {reference_time:.2f} s "
            f"({reference_time / peer_median:.2f} x the raw pass)"
        )

    # Incremental: the page's second press checks what was written since the first.
    with db.transaction() as session:
        head = check_chain_fast(session.connection()).head
    assert head is not None
    build(path, 1_000)
    started = time.perf_counter()
    with db.transaction() as session:
        result = check_chain_fast(session.connection(), after=ChainHead(head.entry_id, head.hash))
    incremental = time.perf_counter() - started
    assert result.broken is None and result.checked == 1_000
    verdict = "ok" if incremental <= 1.0 else "OVER TARGET"
    print(
        f"incremental check of 1,000 new entries {incremental * 1000:.0f} ms "
        f"(target <= 1 s) {verdict}"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
