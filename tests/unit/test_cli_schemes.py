"""`ssb-desktop schemes` lists the schemes with the IDs other commands need, and
`ssb-desktop scheme ceiling` changes a ceiling from a date with its reason."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCHEME_2020 = "Vrijwilligersinitiatieven Opgroeien 2020"


def _ceiling_changes(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return [
            (str(on), f"{ceiling:.2f}")
            for on, ceiling in connection.execute(
                "SELECT changed_on, ceiling FROM ceiling_changes ORDER BY changed_on"
            )
        ]


def test_schemes_lists_each_scheme_with_its_id(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "schemes", "--year", "2020", "--json")

    assert result.code == 0, result.err
    schemes = json.loads(result.out)["schemes"]
    assert schemes and {scheme["year"] for scheme in schemes} == {2020}
    with sqlite3.connect(demo_file) as connection:
        ids = dict(connection.execute("SELECT name, id FROM subsidy_schemes WHERE year = 2020"))
    assert {scheme["name"]: scheme["id"] for scheme in schemes} == ids
    text = run_cli("--db", demo_file, "schemes", "--year", "2020")
    assert f"{ids[SCHEME_2020]}  2020  {SCHEME_2020}" in text.out


def test_scheme_ceiling_records_the_change_and_its_reason(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    listed = json.loads(run_cli("--db", demo_file, "schemes", "--year", "2020", "--json").out)
    scheme = next(s for s in listed["schemes"] if s["name"] == SCHEME_2020)
    before = _ceiling_changes(demo_file)

    result = run_cli(
        "--db",
        demo_file,
        "scheme",
        "ceiling",
        "--scheme",
        scheme["id"],
        "20.000,00",
        "--on",
        "01-06-2020",
        "--reason",
        "Extra budget na raadsbesluit",
        "--json",
    )

    assert result.code == 0, result.err
    assert json.loads(result.out)["ceiling"] == "20000.00"
    assert _ceiling_changes(demo_file) == [*before, ("2020-06-01", "20000.00")]


def test_scheme_ceiling_refuses_a_date_before_the_scheme_opens_and_changes_nothing(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    listed = json.loads(run_cli("--db", demo_file, "schemes", "--json").out)
    scheme = next(s for s in listed["schemes"] if s["name"] == SCHEME_2020)
    before = _ceiling_changes(demo_file)

    early = run_cli(
        "--db",
        demo_file,
        "scheme",
        "ceiling",
        "--scheme",
        scheme["id"],
        "20000",
        "--on",
        "01-01-2019",
        "--reason",
        "Te vroeg",
    )
    not_money = run_cli(
        "--db",
        demo_file,
        "scheme",
        "ceiling",
        "--scheme",
        scheme["id"],
        "veel",
        "--on",
        "01-06-2020",
        "--reason",
        "Geen bedrag",
    )

    assert early.code == 1 and "01-01-2019" not in early.err and "2019" in early.err
    assert not_money.code == 2 and "veel" in not_money.err
    assert _ceiling_changes(demo_file) == before


def test_reports_overdue_lists_the_late_reports(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    # The demo's schemes ask a report above € 2,000: the past years' grants that are not
    # settled owe one, long overdue, as a new user sees them in the demo.
    everyone = run_cli("--db", demo_file, "reports", "--json")
    overdue = run_cli("--db", demo_file, "reports", "--overdue", "--json")

    assert everyone.code == 0 and overdue.code == 0, everyone.err + overdue.err
    owed = json.loads(everyone.out)["reports"]
    late = json.loads(overdue.out)
    assert all(report["tier"] != "none" for report in owed)
    assert [r["reference"] for r in late["reports"]] == [
        r["reference"] for r in owed if r["overdue"]
    ]
    assert late["overdue"] == len(late["reports"]) > 0
    text = run_cli("--db", demo_file, "reports", "--overdue")
    assert text.code == 0
    assert text.out.strip().splitlines()[-1].endswith(f"{late['overdue']} daarvan te laat.")
