"""Trial allocation of 50,000 subsidy applications, per distribution rule, against the 1 s target.

The applications (issue 7): 50,000 requests of € 50 to € 25,000 from 8,000 applicants in the
first 60 days of the year, each with a completion moment, a score, a number of members; the
scheme has a ceiling that covers about a third of the requests, lowered once on day 30, a
maximum per applicant and an amount per member. Each rule (first come first served, ranking,
pro rata) runs ``allocate`` on the same input; the time excludes building the input (the
database read is timed by the service, not here). Prints the median per rule over the runs,
every run, and the ratio of the slowest rule to 1 s, in wall-clock time and in CPU time of this
process (on a shared, loaded machine the wall-clock time includes waiting for a core).
With ``--database`` it also times the whole service ``trial_allocation`` on a temporary SQLite
database holding the same applications (reading them, what earlier decisions committed, and
the engine), which is what the Subsidies page and ``ssb-desktop allocate`` wait for.
Targets: the engine on 50,000 applications in at most 1 s (issue 7); the whole service,
database included, in at most 0.5 s (issue 12). On a shared machine absolute times swing with
the load, so the service is also compared with a peer timed in the same run, just before it:
the plain DB-API read (``sqlite3`` ``fetchall``, no SQLAlchemy, no conversions) of the same
applications' columns, the least any implementation must spend; the ratio stays stable when
the load does not.
Run: ``python bench/allocation.py [--count N] [--repeat N] [--database]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ssb_desktop.records import DistributionRule
from ssb_desktop.services.subsidies.allocation import ApplicationInput, SchemeInput, allocate

TARGET_S = 1.0
SERVICE_TARGET_S = 0.5
START = date(2021, 1, 1)


def applications(count: int, seed: int = 7) -> list[ApplicationInput]:
    rng = random.Random(seed)
    applicants = max(1, count * 4 // 25)
    start = datetime(2021, 1, 1, 8, tzinfo=UTC)
    apps = []
    for index in range(count):
        day = rng.randrange(60)
        apps.append(
            ApplicationInput(
                id=index + 1,
                applicant_id=rng.randrange(applicants),
                requested=Decimal(rng.randrange(5_000, 2_500_000)).scaleb(-2),
                received_on=START + timedelta(days=day),
                completed_at=start + timedelta(days=day + rng.randrange(20), minutes=index),
                score=Decimal(rng.randrange(0, 101)),
                members=rng.randrange(5, 400),
                reference=f"2021-{index + 1:05d}",
            )
        )
    return apps


def scheme(apps: list[ApplicationInput], rule: DistributionRule) -> SchemeInput:
    total = sum((a.requested for a in apps), Decimal(0))
    ceiling = (total / 3).quantize(Decimal("0.01"))
    return SchemeInput(
        ceiling=ceiling,
        rule=rule,
        ceiling_changes=((START + timedelta(days=30), ceiling * Decimal("0.9")),),
        max_per_applicant=Decimal("40000.00"),
        amount_per_member=Decimal("100.00"),
    )


PEER_SQL = (
    "SELECT a.id, a.applicant_id, a.requested, a.received_on, a.completed_at, a.members, "
    "a.reference, a.status, a.granted, o.name FROM applications a JOIN organisations o "
    "ON o.id = a.applicant_id WHERE a.scheme_id = 1"
)


def database_run(apps: list[ApplicationInput], repeat: int) -> list[tuple[float, float, float]]:
    """Seconds (wall, CPU of this process, CPU of the peer read just before) per
    ``trial_allocation`` over ``apps`` stored in a new SQLite database."""
    import tempfile

    from sqlalchemy import insert

    from ssb_desktop.db.database import sqlite_url
    from ssb_desktop.db.tables import Application, Organisation, SubsidyScheme
    from ssb_desktop.records import ApplicationStatus
    from ssb_desktop.services.subsidies import trial_allocation
    from ssb_desktop.startup import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"), account="bench")
        try:
            shape = scheme(apps, DistributionRule.FIRST_COME)
            with db.transaction() as session:
                applicants = sorted({a.applicant_id for a in apps})
                # Bulk rows straight into the tables: the bench times reading, not writing.
                session.execute(
                    insert(Organisation),
                    [{"id": i + 1, "name": f"Vereniging {i}"} for i in applicants],
                )
                session.execute(
                    insert(SubsidyScheme),
                    [
                        {
                            "id": 1,
                            "year": 2021,
                            "name": "Bench",
                            "ceiling": shape.ceiling,
                            "distribution_rule": shape.rule,
                            "max_per_applicant": shape.max_per_applicant,
                            "amount_per_member": shape.amount_per_member,
                            "opens_on": START,
                        }
                    ],
                )
                session.execute(
                    insert(Application),
                    [
                        {
                            "reference": a.reference,
                            "scheme_id": 1,
                            "applicant_id": a.applicant_id + 1,
                            "activity": "Activiteit",
                            "requested": a.requested,
                            "members": a.members,
                            "received_on": a.received_on,
                            "completed_at": a.completed_at,
                            "status": ApplicationStatus.COMPLETE,
                        }
                        for a in apps
                    ],
                )
            runs = []
            for _ in range(repeat):
                with db.transaction() as session:
                    cursor = session.connection().connection.cursor()
                    peer_started = time.process_time()
                    cursor.execute(PEER_SQL)
                    cursor.fetchall()
                    peer = time.process_time() - peer_started
                    started, cpu_started = time.perf_counter(), time.process_time()
                    result = trial_allocation(session, 1, on=START + timedelta(days=90))
                    runs.append(
                        (time.perf_counter() - started, time.process_time() - cpu_started, peer)
                    )
                assert len(result.lines) == len(apps)
            return runs
        finally:
            db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--database", action="store_true", help="also time the service on a SQLite database"
    )
    args = parser.parse_args()
    apps = applications(args.count)
    slowest = slowest_cpu = 0.0
    for rule in DistributionRule:
        scheme_input = scheme(apps, rule)
        runs = []
        cpu_runs = []
        for _ in range(args.repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = allocate(scheme_input, apps)
            runs.append(time.perf_counter() - started)
            cpu_runs.append(time.process_time() - cpu_started)
        median, cpu = statistics.median(runs), statistics.median(cpu_runs)
        slowest, slowest_cpu = max(slowest, median), max(slowest_cpu, cpu)
        partly = len(result.partly_granted)
        print(
            f"{rule.value:>10}: median {median * 1000:7.1f} ms wall, {cpu * 1000:7.1f} ms CPU "
            f"over {args.repeat} runs ({', '.join(f'{r * 1000:.0f}' for r in runs)} ms); "
            f"granted {result.granted} of {result.requested}, {partly} partly, "
            f"remaining {result.remaining}"
        )
    print(
        f"allocation of {args.count} applications, slowest rule: {slowest:.3f} s wall "
        f"(ratio to the {TARGET_S:.0f} s target {slowest / TARGET_S:.2f}), "
        f"{slowest_cpu:.3f} s CPU (ratio {slowest_cpu / TARGET_S:.2f}); target "
        f"{'met' if slowest <= TARGET_S else 'NOT met in wall-clock time'}"
    )
    if args.database:
        timed = database_run(apps, args.repeat)
        median = statistics.median(wall for wall, _cpu, _peer in timed)
        cpu = statistics.median(cpu for _wall, cpu, _peer in timed)
        peer = statistics.median(peer for _wall, _cpu, peer in timed)
        print(
            f"trial_allocation service (SQLite read + engine, first come): median "
            f"{median:.3f} s wall ({', '.join(f'{w:.2f}' for w, _c, _p in timed)} s), "
            f"{cpu:.3f} s CPU; ratio to the {SERVICE_TARGET_S} s target: "
            f"{median / SERVICE_TARGET_S:.2f} wall, {cpu / SERVICE_TARGET_S:.2f} CPU; "
            f"peer (plain sqlite3 read of the same rows) {peer:.3f} s CPU, "
            f"service / peer {cpu / peer:.2f}"
        )


if __name__ == "__main__":
    main()
