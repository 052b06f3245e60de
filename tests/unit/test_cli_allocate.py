"""`ssb-desktop allocate` and `subsidy-letters`: a scheme's trial allocation, its decisions
and letters, from the command line, on the demo database."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCHEME_2020 = "Vrijwilligersinitiatieven Opgroeien 2020"


def _scheme_id(path: Path, name: str = SCHEME_2020) -> int:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT id FROM subsidy_schemes WHERE name = ?", (name,)
        ).fetchone()
    return int(row[0])


def _statuses(path: Path, scheme_id: int) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        return dict(
            connection.execute(
                "SELECT reference, status FROM applications WHERE scheme_id = ?", (scheme_id,)
            ).fetchall()
        )


def test_a_trial_allocation_shows_who_gets_what_and_writes_nothing(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    scheme = _scheme_id(demo_file)
    before = _statuses(demo_file, scheme)

    result = run_cli("--db", demo_file, "allocate", "--scheme", scheme, "--json")

    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["ceiling"], report["committed"], report["remaining"]) == (
        "16000.00",
        "13700.00",
        "0.00",
    )
    assert [(a["requested"], a["granted"], a["outcome"]) for a in report["applications"]] == [
        ("3500.00", "2300.00", "partly"),
        ("2750.50", "0.00", "refused"),
    ]
    assert report["decisions"] == 0
    assert _statuses(demo_file, scheme) == before


def test_allocate_apply_records_the_decisions(run_cli: Callable[..., Any], demo_file: Path) -> None:
    scheme = _scheme_id(demo_file)

    result = run_cli(
        "--db",
        demo_file,
        "--lang",
        "en",
        "allocate",
        "--scheme",
        scheme,
        "--apply",
        "--on",
        "20-03-2020",
    )

    assert result.code == 0, result.err
    assert "2 decisions recorded." in result.out
    assert "Granted partly: only € 2.300,00 was left of the ceiling of € 16.000,00." in result.out
    statuses = _statuses(demo_file, scheme)
    assert sorted(statuses.values()).count("complete") == 0
    assert "partly_granted" in statuses.values()
    again = run_cli("--db", demo_file, "allocate", "--scheme", scheme, "--json")
    assert json.loads(again.out)["applications"] == []


def test_a_refusal_for_lack_of_budget_is_recorded_in_the_users_language(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    scheme = _scheme_id(demo_file)

    result = run_cli("--db", demo_file, "allocate", "--scheme", scheme, "--apply")

    assert result.code == 0, result.err
    with sqlite3.connect(demo_file) as connection:
        reasons = [
            reason
            for (reason,) in connection.execute(
                "SELECT refusal_reason FROM applications WHERE scheme_id = ? AND status = ?",
                (scheme, "refused"),
            )
        ]
    # The letter quotes this reason, so it is stored in Dutch, as the letter is written.
    assert "Geweigerd: het plafond van € 16.000,00 is op." in reasons


def test_an_unknown_scheme_or_a_bad_date_is_refused_with_exit_code_2(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    unknown = run_cli("--db", demo_file, "--lang", "en", "allocate", "--scheme", "9999")
    assert unknown.code == 2
    assert "This subsidy scheme no longer exists" in unknown.err
    bad_date = run_cli(
        "--db", demo_file, "--lang", "en", "allocate", "--scheme", "1", "--apply", "--on", "31-02"
    )
    assert bad_date.code == 2
    assert "is not a date" in bad_date.err


def test_subsidy_letters_writes_one_pdf_per_decided_application(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    scheme = _scheme_id(demo_file)
    out = tmp_path / "brieven"

    result = run_cli("--db", demo_file, "subsidy-letters", "--scheme", scheme, out, "--json")

    assert result.code == 0, result.err
    letters = [Path(path) for path in json.loads(result.out)["letters"]]
    # Settled, advance paid, granted, partly granted and refused; not the undecided ones.
    assert len(letters) == 5
    assert all(path.read_bytes().startswith(b"%PDF") for path in letters)
    assert any("refusal" in path.name or "afwijzing" in path.name for path in letters)
