"""The headless commands end to end: each bad input gets one plain sentence and the documented
exit code (0 done, 1 input has problems, 2 unusable), and the database is left as it was."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import openpyxl
import pytest

# Fixtures from conftest.py: run_cli, database_state, demo_file, bad_workbook,
# make_bad_workbook, organisations_workbook.
RunCli = Callable[..., Any]
State = Callable[[Path], Any]

PARTNERS = Path("/work/shared/fixtures/legacy-partners-2019.xlsx")

# What the English sentence for each broken workbook must say.
REFUSALS = {
    "empty": "is empty",
    "truncated": "is damaged or incomplete",
    "word": "is not an Excel workbook",
    "encrypted": "is protected with a password",
    "xml-bomb": "was refused for safety",
    "zip-bomb": "unpacks to more than 1000 MB",
    "huge-cell": "holds more than",
}
# A refusal must come long before a parser could chew through a gigabyte.
PROMPT_SECONDS = 5.0


def sentence(text: str) -> str:
    """The one plain line a refusal prints: no traceback, no usage dump."""
    stripped = text.strip()
    assert stripped, "nothing was said"
    assert "Traceback" not in stripped
    assert "\n" not in stripped, f"more than one line: {stripped!r}"
    return stripped


@pytest.fixture
def database(run_cli: RunCli, tmp_path: Path) -> Path:
    """A new, migrated database whose acting user (this OS account) is administrator."""
    path = tmp_path / "ssb.sqlite3"
    assert run_cli("--db", path, "check").code == 0
    return path


def query(database: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows read with plain sqlite3, independent of the program under test."""
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql, params).fetchall()


def set_schema_version(database: Path, version: str) -> None:
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (version,))


def import_(
    run_cli: RunCli, database: Path, workbook: Path, *options: object, as_json: bool = False
) -> Any:
    """``ssb-desktop --db DATABASE --lang en [--json] import organisations WORKBOOK OPTIONS``."""
    report = ("--json",) if as_json else ()
    return run_cli(
        "--db", database, "--lang", "en", *report, "import", "organisations", workbook, *options
    )


def subprocess_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
    }


def run_process(tmp_path: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ssb_desktop", *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path),
        timeout=120,
        check=False,
    )


# --- broken workbooks -------------------------------------------------------------------------


def test_a_broken_workbook_is_refused_promptly_in_one_sentence_and_nothing_is_written(
    run_cli: RunCli, database: Path, database_state: State, bad_workbook: Path
) -> None:
    workbook, kind = bad_workbook, bad_workbook.stem
    before = database_state(database)

    started = time.perf_counter()
    result = import_(run_cli, database, workbook)
    elapsed = time.perf_counter() - started

    assert result.code == 2
    message = sentence(result.err)
    assert REFUSALS[kind] in message
    assert "try again" in message or "choose" in message, "the sentence says what to do"
    assert result.out == ""
    assert elapsed < PROMPT_SECONDS
    assert database_state(database) == before


def test_a_broken_workbook_is_refused_in_dutch_by_default_and_as_json_on_request(
    run_cli: RunCli, database: Path, bad_workbook: Path
) -> None:
    workbook = bad_workbook
    english = sentence(import_(run_cli, database, workbook).err)

    dutch = run_cli("--db", database, "import", "organisations", workbook)
    as_json = run_cli(
        "--db", database, "--json", "--lang", "en", "import", "organisations", workbook
    )

    assert dutch.code == as_json.code == 2
    assert sentence(dutch.err) != english, "the Dutch catalogue has this sentence"
    assert as_json.document["error"] == english
    assert as_json.err == ""


@pytest.mark.parametrize("kind", ["empty", "zip-bomb"])
def test_a_broken_workbook_ends_the_real_process_with_exit_code_2(
    database: Path, make_bad_workbook: Callable[[str], Path], tmp_path: Path, kind: str
) -> None:
    workbook = make_bad_workbook(kind)

    finished = run_process(
        tmp_path, "--db", database, "--lang", "en", "import", "organisations", workbook
    )

    assert finished.returncode == 2
    assert REFUSALS[kind] in sentence(finished.stderr)
    assert finished.stdout == ""


# --- the legacy list a colleague saved in LibreOffice -----------------------------------------


def test_a_dry_run_of_the_legacy_list_reports_thirty_new_and_the_lost_zero_but_writes_nothing(
    run_cli: RunCli, database_state: State, database: Path
) -> None:
    before = database_state(database)

    result = import_(run_cli, database, PARTNERS, "--dry-run", as_json=True)

    assert result.code == 0
    report = result.document
    assert (report["created"], report["updated"], report["unchanged"]) == (30, 0, 0)
    assert report["problems"] == []
    assert [(w["sheet"], w["row"], w["column"]) for w in report["warnings"]] == [
        ("Partners", 9, "KvK-nummer"),
        ("Partners", 36, ""),  # the source note below the data, not imported
    ]
    assert "09808638" in report["warnings"][0]["message"]
    assert report["dry_run"] is True
    assert report["written"] is False
    assert database_state(database) == before


def _legacy_rows() -> list[dict[str, Any]]:
    """The fixture's data rows as openpyxl sees them (header on row 4)."""
    book = openpyxl.load_workbook(PARTNERS, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        rows = list(sheet.iter_rows(min_row=4, values_only=True))
    finally:
        book.close()
    header = [str(text) for text in rows[0]]
    data: list[dict[str, Any]] = []
    for row in rows[1:]:
        if not any(row):
            break  # a source note follows the blank row below the data
        data.append(dict(zip(header, row, strict=True)))
    return data


def test_the_legacy_list_imports_with_its_districts_kinds_and_restored_kvk_numbers(
    run_cli: RunCli, database: Path
) -> None:
    result = import_(run_cli, database, PARTNERS)

    assert result.code == 0, result.err
    assert "Created: 30" in result.out
    stored = {
        name: (kind, kvk)
        for name, kind, kvk in query(database, "SELECT name, kind, kvk FROM organisations")
    }
    districts: dict[str, set[str]] = {}
    for name, district in query(
        database,
        "SELECT o.name, d.name FROM organisations o "
        "JOIN organisation_districts od ON od.organisation_id = o.id "
        "JOIN districts d ON d.id = od.district_id",
    ):
        districts.setdefault(name, set()).add(district)
    legacy = _legacy_rows()
    assert len(stored) == len(legacy) == 30
    kinds = {"Professioneel": "professional", "Vrijwilligers": "volunteer"}
    for row in legacy:
        name = row["Naam organisatie"]
        assert stored[name][0] == kinds[row["Soort organisatie"]], name
        expected = {part.strip() for part in row["Wijk(en)"].split(",")}
        assert districts[name] == expected, name
    assert districts["Stichting Jeugdwerk Leiden"] == {
        "Roodenburgerdistrict",
        "Morsdistrict",
        "Leiden-Noord",
    }
    assert stored["Stichting Seniorenpunt Leiden"] == ("professional", "09808638")
    assert query(database, "SELECT typeof(kvk) FROM organisations WHERE kvk = '09808638'") == [
        ("text",)
    ]


# --- rows with problems: all or nothing -------------------------------------------------------


def test_a_bad_iban_and_a_bad_kvk_are_named_by_row_and_column_and_nothing_is_written(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
) -> None:
    workbook = organisations_workbook(
        ["Naam", "KvK-nummer", "IBAN"],
        [
            ["Stichting Goed Bezig", "12345678", "NL91ABNA0417164300"],
            ["Stichting Tikfout", "23456789", "NL00ABNA0417164300"],
            ["Stichting Letters", "ABCDEFG", ""],
        ],
    )
    before = database_state(database)

    as_json = import_(run_cli, database, workbook, as_json=True)
    as_text = import_(run_cli, database, workbook)

    assert as_json.code == as_text.code == 1
    problems = {
        (p["sheet"], p["row"], p["column"]): p["message"] for p in as_json.document["problems"]
    }
    assert set(problems) == {("Lijst", 3, "IBAN"), ("Lijst", 4, "KvK-nummer")}
    assert "IBAN" in problems[("Lijst", 3, "IBAN")]
    assert "KvK" in problems[("Lijst", 4, "KvK-nummer")]
    assert as_json.document["written"] is False
    assert "row 3, IBAN:" in as_text.out
    assert "row 4, KvK-nummer:" in as_text.out
    assert "Nothing was written" in as_text.out
    assert database_state(database) == before, "the good row must not be written either"


def test_digits_of_other_scripts_in_identifiers_are_problems_not_a_traceback(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
) -> None:
    workbook = organisations_workbook(
        ["Naam", "KvK-nummer", "RSIN", "IBAN", "Postcode"],
        [
            ["Stichting Een", "０９８０８６３８", "12345678²", "NL91ABNA0417164300", "2312 AB"],
            ["Stichting Twee", "²³⁴⁵⁶⁷⁸", "123456782", "DE8937040044053201300", "٢٣١٢ AB"],
        ],
    )
    before = database_state(database)
    result = import_(run_cli, database, workbook, as_json=True)
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    problems = {(p["row"], p["column"]) for p in result.document["problems"]}
    assert problems == {
        (2, "KvK-nummer"),
        (2, "RSIN"),
        (3, "KvK-nummer"),
        (3, "IBAN"),
        (3, "Postcode"),
    }
    assert database_state(database) == before


# --- column mapping ---------------------------------------------------------------------------


def test_a_mapping_naming_a_missing_column_is_a_problem_and_nothing_is_written(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    workbook = organisations_workbook(["Naam", "Plaats"], [["Stichting Buurtkracht", "Leiden"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"Bestaat niet": "city"}', encoding="utf-8")
    before = database_state(database)

    result = import_(run_cli, database, workbook, "--mapping", mapping, as_json=True)

    assert result.code == 1
    [problem] = result.document["problems"]
    assert problem["column"] == "Bestaat niet"
    assert problem["row"] == 1
    assert '"Bestaat niet"' in problem["message"]
    assert "not in the header row" in problem["message"]
    assert database_state(database) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "is not valid JSON"),
        ('["Instelling", "name"]', "must hold one JSON object"),
        (None, "does not exist"),
    ],
)
def test_an_unusable_mapping_file_exits_2_with_a_plain_sentence(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
    content: str | None,
    expected: str,
) -> None:
    workbook = organisations_workbook(["Naam"], [["Stichting Buurtkracht"]])
    mapping = tmp_path / "mapping.json"
    if content is not None:
        mapping.write_text(content, encoding="utf-8")
    before = database_state(database)

    result = import_(run_cli, database, workbook, "--mapping", mapping)

    assert result.code == 2
    message = sentence(result.err)
    assert expected in message
    assert "mapping.json" in message
    assert "Expecting" not in message and "Errno" not in message, "no parser jargon"
    assert database_state(database) == before


def test_an_unusual_name_header_imports_only_with_a_mapping(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    workbook = organisations_workbook(
        ["Instelling", "Plaats"], [["Stichting Buurtkracht", "Leiden"]]
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"Instelling": "name"}', encoding="utf-8")
    before = database_state(database)

    without = import_(run_cli, database, workbook, as_json=True)

    assert without.code == 1
    [problem] = without.document["problems"]
    assert problem["row"] == 1
    assert "name" in problem["message"].lower()
    assert "mapping" in problem["message"]
    assert database_state(database) == before

    mapped = import_(run_cli, database, workbook, "--mapping", mapping, as_json=True)

    assert mapped.code == 0
    assert mapped.document["created"] == 1
    assert query(database, "SELECT name, city FROM organisations") == [
        ("Stichting Buurtkracht", "Leiden")
    ]


def test_a_problem_without_a_column_is_printed_without_an_empty_column_name(
    run_cli: RunCli, database: Path, organisations_workbook: Callable[..., Path]
) -> None:
    workbook = organisations_workbook(["Instelling"], [["Stichting Buurtkracht"]])

    result = import_(run_cli, database, workbook)

    assert result.code == 1
    [line] = [line for line in result.out.splitlines() if line.startswith("Problem")]
    assert ", :" not in line
    assert "row 1" in line


# --- text that looks like a formula -----------------------------------------------------------

FORMULA_LIKE = {
    '=HYPERLINK("http://x")': "+31 71 123",
    "Stichting Thuis": "@home",
    "Stichting Min": "-5",
    "Stichting Som": "=1+1",
}


def test_text_that_looks_like_a_formula_is_stored_exported_and_reimported_as_typed(
    run_cli: RunCli,
    database_state: State,
    database: Path,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    workbook = organisations_workbook(
        ["Naam", "Opmerkingen"], [list(i) for i in FORMULA_LIKE.items()]
    )
    assert import_(run_cli, database, workbook).code == 0
    assert dict(query(database, "SELECT name, notes FROM organisations")) == FORMULA_LIKE

    export = tmp_path / "export.xlsx"
    assert run_cli("--db", database, "export", "organisations", export).code == 0
    sheet = openpyxl.load_workbook(export).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    name_column, notes_column = header.index("Naam"), header.index("Opmerkingen")
    exported = {}
    for row in sheet.iter_rows(min_row=2):
        for cell in (row[name_column], row[notes_column]):
            assert cell.data_type == "s", f"{cell.coordinate} {cell.value!r} is not a text cell"
        exported[row[name_column].value] = row[notes_column].value
    assert exported == FORMULA_LIKE
    before = database_state(database)

    again = import_(run_cli, database, export, as_json=True)

    assert again.code == 0
    assert (again.document["created"], again.document["updated"]) == (0, 0)
    assert again.document["unchanged"] == len(FORMULA_LIKE)
    assert database_state(database) == before


# --- export and re-import ---------------------------------------------------------------------


def test_an_unchanged_export_of_the_demo_reimports_without_changes(
    run_cli: RunCli, database_state: State, demo_file: Path, tmp_path: Path
) -> None:
    export = tmp_path / "organisaties.xlsx"
    exported = run_cli("--db", demo_file, "--json", "export", "organisations", export)
    assert exported.code == 0
    count = exported.document["exported"]
    assert count == database_state(demo_file).organisations
    before = database_state(demo_file)

    result = import_(run_cli, demo_file, export, as_json=True)

    assert result.code == 0
    report = result.document
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, count)
    assert report["problems"] == report["warnings"] == []
    assert database_state(demo_file) == before


# --- check ------------------------------------------------------------------------------------


def _tamper(database: Path) -> int:
    """Edit one audit entry the way someone with sqlite3 could: drop the guard, then update."""
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        entry = connection.execute(
            "SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 5"
        ).fetchone()[0]
        connection.execute("UPDATE audit_log SET user_account = 'mallory' WHERE id = ?", (entry,))
    return int(entry)


def test_check_passes_on_an_intact_database(
    run_cli: RunCli, database_state: State, demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "--json", "check")

    assert result.code == 0
    assert result.document["problems"] == []
    assert result.document["first_broken_entry"] is None
    assert result.document["audit_entries"] == database_state(demo_file).audit_entries


def test_check_names_the_first_edited_audit_entry(run_cli: RunCli, demo_file: Path) -> None:
    entry = _tamper(demo_file)

    as_text = run_cli("--db", demo_file, "--lang", "en", "check")
    as_json = run_cli("--db", demo_file, "--lang", "en", "--json", "check")

    assert as_text.code == as_json.code == 1
    assert f"entry {entry} does not match" in as_text.out
    assert as_json.document["first_broken_entry"] == entry
    assert as_json.document["audit_entries"] == entry - 1
    [problem] = as_json.document["problems"]
    assert f"entry {entry}" in problem


def test_json_may_also_follow_the_command(run_cli: RunCli, demo_file: Path) -> None:
    entry = _tamper(demo_file)

    result = run_cli("--db", demo_file, "check", "--json")

    assert result.code == 1
    assert result.document["first_broken_entry"] == entry


# --- unusable databases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "organisations", "out.xlsx"],
        ["import", "organisations", PARTNERS],
        ["backup", "out.sqlite3"],
    ],
    ids=["check", "export", "import", "backup"],
)
def test_a_database_from_a_newer_version_is_refused_and_left_untouched(
    run_cli: RunCli, demo_file: Path, tmp_path: Path, command: list[Any]
) -> None:
    set_schema_version(demo_file, "ffff")
    content, stamp = demo_file.read_bytes(), demo_file.stat().st_mtime_ns
    arguments = [tmp_path / arg if str(arg).startswith("out.") else arg for arg in command]

    result = run_cli("--db", demo_file, "--lang", "en", *arguments)

    assert result.code == 2
    assert "newer version" in sentence(result.err)
    assert "Install the newest version" in result.err
    assert demo_file.read_bytes() == content
    assert demo_file.stat().st_mtime_ns == stamp
    assert not list(tmp_path.glob("out.*")), "nothing is exported or backed up"


@pytest.fixture
def locked(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The demo database while another connection holds its write lock."""
    from ssb_desktop.db import database as database_module

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(demo_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield demo_file
    finally:
        holder.rollback()
        holder.close()


def test_a_locked_database_gives_the_busy_sentence_and_nothing_is_half_written(
    run_cli: RunCli, database_state: State, locked: Path
) -> None:
    # Readers still read a locked database in WAL mode; only the writing must wait.
    before = database_state(locked)

    result = import_(run_cli, locked, PARTNERS)

    assert result.code == 2
    message = sentence(result.err)
    assert "Someone else is writing to the database" in message
    assert "try again" in message
    assert result.out == ""
    assert database_state(locked) == before


def test_a_database_on_a_network_share_is_refused_pointing_to_postgresql(
    run_cli: RunCli, tmp_path: Path
) -> None:
    as_text = run_cli("--db", "//server/share/x.sqlite3", "--lang", "en", "check")
    as_json = run_cli("--db", "//server/share/x.sqlite3", "--lang", "en", "--json", "check")

    assert as_text.code == as_json.code == 2
    message = sentence(as_text.err)
    assert "network share" in message
    assert "PostgreSQL" in message
    assert "PostgreSQL" in as_json.document["error"]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("not-a-database", "is not a usable ssb-desktop database"),
        ("missing-folder", "cannot be opened"),
        ("folder", "cannot be opened"),
    ],
)
def test_a_database_file_that_cannot_be_used_gives_a_sentence_not_a_traceback(
    run_cli: RunCli, tmp_path: Path, where: str, expected: str
) -> None:
    if where == "not-a-database":
        target = tmp_path / "partners.xlsx"
        target.write_bytes(PARTNERS.read_bytes())
    elif where == "missing-folder":
        target = tmp_path / "nowhere" / "deeper" / "ssb.sqlite3"
    else:
        target = tmp_path
    content = target.read_bytes() if target.is_file() else None

    result = run_cli("--db", target, "--lang", "en", "check")

    assert result.code == 2
    assert expected in sentence(result.err)
    if content is not None:
        assert target.read_bytes() == content


def test_an_invalid_database_url_gives_a_sentence_not_a_traceback(run_cli: RunCli) -> None:
    result = run_cli("--db-url", "not a url", "--lang", "en", "check")

    assert result.code == 2
    assert "postgresql+psycopg://" in sentence(result.err)


# --- exports that cannot be saved -------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process may not create files in: a chmod-ed folder, or for root (whom
    permissions do not stop) sysfs, where no one can create files."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        try:
            yield folder
        finally:
            folder.chmod(0o700)
        return
    folder = Path("/sys")
    try:
        (folder / "probe.xlsx").open("xb").close()
    except OSError as refused:
        if isinstance(refused, PermissionError) or refused.errno == errno.EROFS:
            yield folder
            return
    pytest.skip("no folder here refuses new files to root")


def test_an_export_into_a_read_only_folder_exits_2_and_leaves_no_file(
    run_cli: RunCli, demo_file: Path, read_only_folder: Path
) -> None:
    before = sorted(path.name for path in read_only_folder.iterdir())

    result = run_cli(
        "--db", demo_file, "--lang", "en", "export", "organisations", read_only_folder / "out.xlsx"
    )

    assert result.code == 2
    message = sentence(result.err)
    assert "You cannot save files in the folder" in message
    assert "choose another folder" in message
    assert sorted(path.name for path in read_only_folder.iterdir()) == before


def test_an_export_onto_a_full_disk_keeps_the_previous_export(
    run_cli: RunCli, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssb_desktop.excel import writing

    target = tmp_path / "organisaties.xlsx"
    assert run_cli("--db", demo_file, "export", "organisations", target).code == 0
    previous = target.read_bytes()
    real_splice = writing._splice_rows

    def disk_fills_up(*args: Any) -> None:
        real_splice(*args)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing, "_splice_rows", disk_fills_up)

    result = run_cli("--db", demo_file, "--lang", "en", "export", "organisations", target)

    assert result.code == 2
    assert "The disk is full" in sentence(result.err)
    assert target.read_bytes() == previous
    assert sorted(path.name for path in tmp_path.glob("*.xlsx*")) == ["organisaties.xlsx"]


def test_an_export_onto_a_workbook_open_in_excel_says_to_close_it(
    run_cli: RunCli, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "organisaties.xlsx"
    assert run_cli("--db", demo_file, "export", "organisations", target).code == 0
    previous = target.read_bytes()

    def held_by_excel(source: Any, destination: Any) -> None:
        raise PermissionError(13, "The process cannot access the file", str(destination))

    monkeypatch.setattr(os, "replace", held_by_excel)

    result = run_cli("--db", demo_file, "--lang", "en", "export", "organisations", target)

    assert result.code == 2
    assert "close the file in Excel and try again" in sentence(result.err)
    assert target.read_bytes() == previous
    assert sorted(path.name for path in tmp_path.glob("*.xlsx*")) == ["organisaties.xlsx"]


# --- backup and demo --------------------------------------------------------------------------


def test_a_backup_never_overwrites_an_existing_file(
    run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "backup.sqlite3"
    existing.write_bytes(b"last week's backup")

    result = run_cli("--db", demo_file, "--lang", "en", "backup", existing)

    assert result.code == 2
    assert "already exists" in sentence(result.err)
    assert existing.read_bytes() == b"last week's backup"


def test_a_fresh_backup_opens_and_passes_the_check(
    run_cli: RunCli, database_state: State, demo_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "backups" / "copy.sqlite3"

    result = run_cli("--db", demo_file, "--json", "backup", copy)

    assert result.code == 0
    assert result.document["backup"] == str(copy)
    assert database_state(copy) == database_state(demo_file)
    checked = run_cli("--db", copy, "--json", "check")
    assert checked.code == 0
    assert checked.document["problems"] == []


def test_a_backup_into_a_read_only_folder_exits_2_and_leaves_no_file(
    run_cli: RunCli, demo_file: Path, read_only_folder: Path
) -> None:
    before = sorted(path.name for path in read_only_folder.iterdir())

    result = run_cli("--db", demo_file, "--lang", "en", "backup", read_only_folder / "copy.sqlite3")

    assert result.code == 2
    message = sentence(result.err)
    assert "copy.sqlite3" in message
    assert "choose" in message.lower()
    assert sorted(path.name for path in read_only_folder.iterdir()) == before


def test_demo_refuses_to_overwrite_an_existing_file(run_cli: RunCli, tmp_path: Path) -> None:
    existing = tmp_path / "work.sqlite3"
    existing.write_bytes(b"real work")

    result = run_cli("--lang", "en", "demo", existing)

    assert result.code == 2
    assert "never overwrites" in sentence(result.err)
    assert existing.read_bytes() == b"real work"


# --- arguments --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arguments",
    [
        ["frobnicate"],
        ["import", "kittens", "list.xlsx"],
        ["import", "organisations"],
        ["export", "organisations"],
        ["--db"],
        ["--lang", "fr", "check"],
        ["--db", "a.sqlite3", "--db-url", "sqlite://", "check"],
    ],
    ids=[
        "unknown-command",
        "unknown-kind",
        "no-file",
        "no-target",
        "db-without-file",
        "lang",
        "two-databases",
    ],
)
def test_unknown_commands_and_bad_arguments_exit_2_with_a_message(
    run_cli: RunCli, arguments: list[str]
) -> None:
    result = run_cli(*arguments)

    assert result.code == 2
    assert "ssb-desktop: " in result.err
    assert "Traceback" not in result.err
    assert result.out == ""


def test_an_unknown_command_exits_2_from_the_real_process(tmp_path: Path) -> None:
    finished = run_process(tmp_path, "frobnicate")

    assert finished.returncode == 2
    assert "ongeldige keuze: 'frobnicate'" in finished.stderr  # Dutch by default
    assert "Traceback" not in finished.stderr


def test_the_self_check_starts_the_program_offscreen_and_exits_0(tmp_path: Path) -> None:
    finished = run_process(tmp_path, "--self-check")

    assert finished.returncode == 0, finished.stderr
    assert "self-check passed" in finished.stdout


# --- unrecognised columns ---------------------------------------------------------------------


def _partner_list_with_other_headers(path: Path) -> Path:
    """The legacy partner list as the issue met it: the address columns headed "Straat +
    huisnr" and "PC", and a column nobody maps ("Vestigingsnummer")."""
    book = openpyxl.load_workbook(PARTNERS)
    sheet = book.active
    assert sheet is not None
    for cell in sheet[4]:
        if cell.value == "Adres":
            cell.value = "Straat + huisnr"
        elif cell.value == "Postcode":
            cell.value = "PC"
    sheet.cell(row=4, column=12, value="Vestigingsnummer")
    sheet.cell(row=5, column=12, value="000012345678")
    book.save(path)
    return path


def test_the_partner_list_with_street_and_pc_headers_imports_addresses_and_reports_the_rest(
    run_cli: RunCli, database: Path, tmp_path: Path
) -> None:
    workbook = _partner_list_with_other_headers(tmp_path / "partners.xlsx")
    result = import_(run_cli, database, workbook, as_json=True)
    assert result.code == 0, result.err
    report = result.document
    assert report["created"] == 30
    assert report["unmapped_columns"] == ["Vestigingsnummer"]
    unmapped = [w for w in report["warnings"] if w["column"] == "Vestigingsnummer"]
    assert len(unmapped) == 1 and unmapped[0]["row"] == 4
    assert "matches no field" in unmapped[0]["message"]
    streets = query(database, "SELECT count(*) FROM organisations WHERE street <> ''")
    postcodes = query(database, "SELECT count(*) FROM organisations WHERE postcode <> ''")
    assert streets[0][0] == postcodes[0][0] == 30
    text = import_(run_cli, database, workbook)
    assert "Columns not imported (no field): Vestigingsnummer" in text.out


def test_strict_turns_an_unrecognised_column_into_a_problem_and_writes_nothing(
    run_cli: RunCli, database: Path, database_state: State, tmp_path: Path
) -> None:
    workbook = _partner_list_with_other_headers(tmp_path / "partners.xlsx")
    before = database_state(database)
    result = import_(run_cli, database, workbook, "--strict", as_json=True)
    assert result.code == 1
    report = result.document
    assert [p["column"] for p in report["problems"]] == ["Vestigingsnummer"]
    assert report["written"] is False and report["created"] == 0
    assert database_state(database) == before
    # The same list without the extra column imports under --strict.
    plain = _partner_list_with_other_headers(tmp_path / "plain.xlsx")
    book = openpyxl.load_workbook(plain)
    sheet = book.active
    assert sheet is not None
    sheet.delete_cols(12)
    book.save(plain)
    assert import_(run_cli, database, plain, "--strict").code == 0


def test_a_duplicate_header_is_reported_with_the_column_that_is_read(
    run_cli: RunCli,
    database: Path,
    organisations_workbook: Callable[..., Path],
) -> None:
    workbook = organisations_workbook(
        ["Naam", "Plaats", "Plaats"],
        [["Stichting Dubbel", "Leiden", "Oegstgeest"]],
    )
    result = import_(run_cli, database, workbook, as_json=True)
    assert result.code == 0, result.err
    assert result.document["unmapped_columns"] == ["Plaats (C)"]
    (warning,) = [w for w in result.document["warnings"] if w["column"] == "Plaats (C)"]
    assert "Plaats (B)" in warning["message"]
    assert query(database, "SELECT city FROM organisations") == [("Leiden",)]


def test_the_second_of_two_equal_headers_can_be_mapped_by_its_label(
    run_cli: RunCli,
    database: Path,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    workbook = organisations_workbook(
        ["Naam", "Adres", "Adres"],
        [["Stichting Twee Adressen", "Breestraat 1", "2311 AB"]],
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Adres (C)": "postcode"}), encoding="utf-8")
    result = import_(run_cli, database, workbook, "--mapping", mapping, as_json=True)
    assert result.code == 0, result.err
    assert result.document["unmapped_columns"] == []
    assert query(database, "SELECT street, postcode FROM organisations") == [
        ("Breestraat 1", "2311 AB")
    ]


def test_a_column_mapped_twice_is_a_problem(
    run_cli: RunCli,
    database: Path,
    database_state: State,
    organisations_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    workbook = organisations_workbook(
        ["Naam", "Straat", "Woonadres"], [["Stichting X", "Breestraat 1", "Dorpsstraat 2"]]
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Straat": "street", "Woonadres": "street"}), encoding="utf-8")
    before = database_state(database)
    result = import_(run_cli, database, workbook, "--mapping", mapping, as_json=True)
    assert result.code == 1
    assert any("both" in p["message"] for p in result.document["problems"])
    assert database_state(database) == before
