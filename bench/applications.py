"""Import of 50,000 subsidy applications in the legacy 2020 layout against pandas
``read_excel(engine="openpyxl")`` on the same file in the same run.

The file has a title row above the header, amounts and dates typed as text in a third of the
rows, and a Totaal row at the bottom, like ``legacy-subsidies-2020.xlsx``. Ours includes
reading, validation (organisations by KvK, schemes by theme, districts, duplicates, ceiling)
and the audited database writes on SQLite. Target (issue 7): at most 0.5 of pandas' time.
The strongest fair peers in the same run (issue 18): pandas reading with calamine, and the
limit, calamine's parse plus one ``executemany`` into SQLite (``peers.calamine_limit``;
target, as for the organisations: at most 2.0 x).
Run: ``python bench/applications.py [--rows N] [--profile] [--breakdown]``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
from peers import calamine_limit, verdict
from sqlalchemy import select

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.db.tables import Organisation, Theme
from ssb_desktop.db.tables.subsidies import SubsidyScheme
from ssb_desktop.excel import writing
from ssb_desktop.records import DistributionRule, OrganisationKind
from ssb_desktop.services.reference import LEIDEN_DISTRICTS, THEMES
from ssb_desktop.services.subsidies import exchange as subsidy_exchange
from ssb_desktop.startup import open_database

ORGANISATIONS = 2_000
PANDAS_TARGET = 0.5  # issue 7
LIMIT_TARGET = 2.0  # issue 18, as for the organisations import
ACTIVITIES = ("Buurtmaaltijd", "Taalcafé", "Wandelgroep", "Zomerspelen", "Repair café")
HEADER = (
    "Nr.",
    "Organisatie",
    "KvK-nummer",
    "Thema",
    "Activiteit",
    "Wijk",
    "Aangevraagd bedrag",
    "Datum ontvangst",
    "Status",
    "Verleend",
    "Opmerking",
)


def _rows(count: int) -> Any:
    yield (None,) * len(HEADER)
    yield HEADER
    start = date(2020, 1, 1)
    for index in range(count):
        org = index % ORGANISATIONS
        amount = Decimal(250 + (index % 40) * 125) + Decimal("0.75")
        received = start + timedelta(days=index % 180)
        text = index % 3 == 0
        granted = index % 4 == 0
        yield (
            index + 1,
            f"Vereniging Voorbeeld {org:04d}",
            f"{20_000_000 + org:08d}",
            THEMES[index % 3],
            f"{ACTIVITIES[index % 5]} {index}",
            LEIDEN_DISTRICTS[index % 10][1],
            f"€ {amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
            if text
            else amount,
            f"{received.day}-{received.month}-{received.year}" if text else received,
            "Verleend" if granted else "In behandeling",
            amount if granted else None,
            "eerder gesubsidieerd" if index % 7 == 0 else "",
        )
    yield (None, "Totaal", None, None, None, None, None, None, None, None, None)


def write_legacy(path: Path, count: int) -> None:
    columns = [writing.Column("Subsidieaanvragen vrijwilligersorganisaties 2020")]
    columns += [writing.Column("") for _ in HEADER[1:]]
    writing.write_workbook(path, [writing.SheetSpec("Aanvragen 2020", columns, _rows(count))])


def set_up(db: Any) -> None:
    with db.transaction() as session:
        for theme in session.scalars(select(Theme)):
            session.add(
                SubsidyScheme(
                    year=2020,
                    theme_id=theme.id,
                    name=f"Vrijwilligers {theme.name}",
                    ceiling=Decimal(100_000_000),
                    distribution_rule=DistributionRule.FIRST_COME,
                    opens_on=date(2020, 1, 1),
                    closes_on=date(2020, 12, 31),
                )
            )
        session.add_all(
            Organisation(
                name=f"Vereniging Voorbeeld {org:04d}",
                kvk=f"{20_000_000 + org:08d}",
                kind=OrganisationKind.VOLUNTEER,
            )
            for org in range(ORGANISATIONS)
        )


def instrument(stages: dict[str, float]) -> None:
    """Time the stages of our import into ``stages``: reading the workbook, validating the
    rows against the database, writing with the audit, and the commit (the rest)."""
    work = subsidy_exchange._ApplicationImport

    def timer(owner: Any, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                stages[stage] = stages.get(stage, 0.0) + time.perf_counter() - start

        setattr(owner, name, timed_call)

    timer(subsidy_exchange, "read_applications", "read")
    timer(work, "__init__", "validate")
    timer(work, "plan", "validate")
    timer(work, "check_ceilings", "validate")
    timer(work, "write", "write + audit")


def timed(label: str, action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - start
    print(f"  {label:<52} {elapsed:8.3f} s")
    return elapsed, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--profile", action="store_true", help="print where our import spends")
    parser.add_argument("--sort", default="cumulative", help="profile order: cumulative, tottime")
    parser.add_argument("--breakdown", action="store_true", help="time the stages of ours")
    args = parser.parse_args()
    stages: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "legacy.xlsx"
        write_legacy(source, args.rows)
        print(f"{args.rows} applications in the legacy layout ({source.stat().st_size:,} bytes)")
        db = open_database(sqlite_url(work / "bench.sqlite3"), account="bench")
        set_up(db)

        def ours() -> Any:
            with db.transaction() as session:
                report = subsidy_exchange.import_applications_file(session, source)
            assert report.created == args.rows and not report.problems, report.problems[:3]
            return report

        pandas_time, _frame = timed(
            "pandas read_excel (openpyxl)",
            lambda: pd.read_excel(source, engine="openpyxl", header=2, dtype=str),
        )
        calamine_time, _frame = timed(
            "pandas read_excel (calamine) (peer)",
            lambda: pd.read_excel(source, engine="calamine", header=2, dtype=str),
        )
        limit_time, _ = timed(
            "limit: calamine + executemany (peer)",
            lambda: calamine_limit(source, work / "limit.sqlite3"),
        )
        if args.profile:
            profiler = cProfile.Profile()
            ours_time, _ = timed(
                "ssb import (read, validate, write, audit)", lambda: profiler.runcall(ours)
            )
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(25)
        else:
            if args.breakdown:
                instrument(stages)
            ours_time, _ = timed("ssb import (read, validate, write, audit)", ours)
            if args.breakdown:
                stages["commit and the rest"] = ours_time - sum(stages.values())
                print("    " + ", ".join(f"{name} {spent:.2f} s" for name, spent in stages.items()))
                stages.clear()

        def again() -> Any:
            with db.transaction() as session:
                report = subsidy_exchange.import_applications_file(session, source)
            assert report.unchanged == args.rows, report
            return report

        again_time, _ = timed("ssb re-import of the same file (all unchanged)", again)
        ratio, limit_ratio = ours_time / pandas_time, ours_time / limit_time
        print(f"import / limit {limit_ratio:.2f} ({verdict(limit_ratio, LIMIT_TARGET)})")
        print(f"import / pandas+openpyxl {ratio:.2f} ({verdict(ratio, PANDAS_TARGET)})")
        print(f"import / pandas+calamine {ours_time / calamine_time:.2f} (for reference)")
        print(f"re-import / pandas+openpyxl {again_time / pandas_time:.2f} (no target)")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
