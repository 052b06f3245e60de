"""The smaller points of issue 17: dates at the end of the calendar get a message, every text
written to a workbook stays inert whatever its source, the acting user on SQLite is the
operating system's account of the process (not an environment variable), and a demo cut off
half-way leaves nothing that looks like a demo."""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ssb_desktop.errors import ValidationError
from ssb_desktop.services.deadlines import standstill_end, transparency_end
from ssb_desktop.services.users import os_account

RunCli = Callable[..., Any]
MARKERS = ("1+1", "2+2", "3+3")


def _formulas(package: bytes) -> Iterator[str]:
    with zipfile.ZipFile(io.BytesIO(package)) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                yield from re.findall(r"<f>([^<]*)</f>", book.read(name).decode("utf-8"))


def _workbooks(folder: Path) -> Iterator[tuple[str, bytes]]:
    for path in folder.rglob("*"):
        if path.suffix == ".xlsx":
            yield path.name, path.read_bytes()
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if name.endswith(".xlsx"):
                        yield name, archive.read(name)


def test_texts_starting_with_an_equals_sign_stay_text_in_every_workbook(
    run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    with closing(sqlite3.connect(demo_file)) as connection, connection:
        connection.execute(
            "UPDATE procurements SET reference = '=1+1' WHERE reference = 'SSB-2019'"
        )
        connection.execute("UPDATE lots SET title = '=2+2' WHERE number = 1")
        connection.execute("UPDATE organisations SET notes = '=3+3'")
        connection.execute("UPDATE evaluators SET submitted_at = NULL")  # grids to export
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ("dossier", "--lot", "=1+1/1", out),
        ("grid", "export", "--lot", "=1+1/2", out),
        ("export", "bids", out / "bids.xlsx"),
        ("export", "criteria", out / "criteria.xlsx", "--lot", "=1+1/1"),
        ("export", "organisations", out / "organisations.xlsx"),
        ("export", "audit", out / "audit.xlsx"),
    ]
    for command in commands:
        result = run_cli("--db", demo_file, "--lang", "en", *command)
        assert result.code == 0, (command, result.err)
    books = dict(_workbooks(out))
    assert {"06-resultaat.xlsx", "bids.xlsx", "criteria.xlsx"} <= set(books)
    live = {
        name: formula
        for name, package in books.items()
        for formula in _formulas(package)
        if any(marker in formula for marker in MARKERS)
    }
    assert live == {}


def test_a_deadline_beyond_the_calendar_is_a_message_not_an_overflow(run_cli: RunCli) -> None:
    result = run_cli("--lang", "en", "deadline", "standstill", "31-12-9999")

    assert result.code != 0
    assert "after 31-12-9999" in result.err
    assert "Traceback" not in result.err + result.out


@pytest.mark.parametrize("compute", [standstill_end, transparency_end])
def test_the_period_functions_refuse_dates_at_the_end_of_the_calendar(
    compute: Callable[[date], date],
) -> None:
    assert compute(date(9999, 11, 1)) == date(9999, 11, 22)
    with pytest.raises(ValidationError, match="after 31-12-9999"):
        compute(date(9999, 12, 20))


def test_the_acting_account_comes_from_the_os_not_from_environment_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = os_account()
    for name in ("USERNAME", "USER", "LOGNAME", "LNAME", "USERDOMAIN"):
        monkeypatch.setenv(name, "root-impostor")

    assert os_account() == real != "root-impostor"


# --- no half-made files -----------------------------------------------------------------------


def test_a_demo_cut_off_half_way_leaves_no_file_that_looks_like_a_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssb_desktop import cli
    from ssb_desktop.services import demo

    def killed(_session: object, **_options: object) -> None:
        raise KeyboardInterrupt  # as good as a kill for what is left on disk

    monkeypatch.setattr(demo, "build_demo", killed)
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(KeyboardInterrupt):
        cli.write_demo(path)

    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    cli.write_demo(path)  # the next try is not refused by a leftover
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite3"]
    assert cli.is_complete_demo(path)


@pytest.mark.parametrize("leftover", ["empty file", "schema without data"])
def test_an_incomplete_demo_is_set_aside_and_written_again_not_reopened(
    leftover: str, tmp_path: Path
) -> None:
    from ssb_desktop import cli
    from ssb_desktop.startup import open_database

    path = tmp_path / "demo.sqlite3"
    if leftover == "empty file":
        path.write_bytes(b"")
    else:
        open_database(path, account="tester").dispose()
    assert not cli.is_complete_demo(path)

    cli.ensure_demo(path)

    assert cli.is_complete_demo(path)
    [aside] = [p for p in tmp_path.glob("*.sqlite3") if "incomplete" in p.name]
    assert not cli.is_complete_demo(aside)  # kept for whoever wants to look, never opened
