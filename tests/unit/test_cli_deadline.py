"""`ssb-desktop deadline`: the last day of a legal period, from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_deadline_standstill_prints_the_last_day_as_dd_mm_yyyy(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "deadline", "standstill", "24-04-2026")
    assert result.code == 0
    assert result.out.strip() == "18-05-2026"


def test_deadline_takes_iso_dates_and_reports_json(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "deadline", "standstill", "2026-12-05", "--json")
    assert result.code == 0
    assert json.loads(result.out)["last_day"] == "2026-12-28"


def test_an_impossible_date_is_refused_with_exit_code_2(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "deadline", "standstill", "31-02-2026")
    assert result.code == 2
    assert "is not a date" in result.err and "dd-mm-yyyy" in result.err
