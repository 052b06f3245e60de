"""What the benchmarks share: the verdict printed next to every ratio, and the strongest fair
peer of an import, the *limit* (calamine's parse of the sheet plus one ``executemany`` of its
rows into SQLite, no checks, no audit). Issue 18: every script prints the target next to its
figure and says plainly when the figure is over it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def verdict(figure: float, target: float, unit: str = "") -> str:
    """``target <= 2.0: within`` or ``target <= 2.0: OVER TARGET``."""
    shown = f"{target:g}{unit}"
    return f"target <= {shown}: " + ("within" if figure <= target else "OVER TARGET")


def calamine_limit(source: Path, target: Path) -> int:
    """The least any import must do: calamine's parse of the first sheet, then one
    executemany of its rows into a SQLite table, in one transaction (no checks, no audit).
    Returns the number of rows written."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    width = max(len(row) for row in rows)
    if any(len(row) != width for row in rows):  # calamine's ranges are rectangular
        rows = [list(row) + [None] * (width - len(row)) for row in rows]
    connection = sqlite3.connect(target)
    try:
        columns = ", ".join(f"c{number}" for number in range(width))
        connection.execute(f"CREATE TABLE imported ({columns})")
        marks = ", ".join("?" * width)
        with connection:
            connection.executemany(f"INSERT INTO imported VALUES ({marks})", rows)
    finally:
        connection.close()
    return len(rows)
