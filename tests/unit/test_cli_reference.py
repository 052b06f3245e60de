"""The Administration page's reference data from the command line: themes, the European
threshold table and the rule settings, changed through the page's services (audited, for
administrators only), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.db.tables.audit import AuditEntry
from ssb_desktop.startup import open_database

RunCli = Callable[..., Any]


def _audited(url: str, table: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            count = connection.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.table_name == table)
            )
    finally:
        engine.dispose()
    return int(count or 0)


def test_themes_are_added_renamed_archived_and_deleted_through_the_service(
    run_cli: RunCli, db_url: str
) -> None:
    listed = run_cli("--db-url", db_url, "themes", "--json")
    assert listed.code == 0, listed.err
    assert [t["name"] for t in listed.document["themes"]] == [
        "Opgroeien",
        "Samen Meedoen",
        "Basiskracht",
    ]
    before = _audited(db_url, "themes")
    added = run_cli("--db-url", db_url, "--lang", "en", "themes", "add", "Wonen")
    assert added.code == 0, added.err
    assert "Theme Wonen added." in added.out
    renamed = run_cli("--db-url", db_url, "themes", "rename", "wonen", "Huisvesting", "--json")
    assert renamed.code == 0, renamed.err
    names = [t["name"] for t in renamed.document["themes"]]
    assert "Huisvesting" in names and "Wonen" not in names
    archived = run_cli("--db-url", db_url, "--json", "themes", "archive", "Huisvesting")
    theme = next(t for t in archived.document["themes"] if t["name"] == "Huisvesting")
    assert archived.code == 0 and theme["active"] is False
    shown = run_cli("--db-url", db_url, "--lang", "en", "themes")
    assert "Huisvesting\tlots: 0, subsidy schemes: 0\tarchived" in shown.out
    deleted = run_cli("--db-url", db_url, "--json", "themes", "delete", "Huisvesting")
    assert deleted.code == 0, deleted.err
    assert "Huisvesting" not in [t["name"] for t in deleted.document["themes"]]
    # add, rename, archive and delete each left a line in the audit log
    assert _audited(db_url, "themes") >= before + 4


def test_theme_refusals_are_sentences(run_cli: RunCli, db_url: str) -> None:
    unknown = run_cli("--db-url", db_url, "--lang", "en", "themes", "rename", "Nope", "X")
    assert unknown.code == 2 and "There is no theme named Nope." in unknown.err
    dutch = run_cli("--db-url", db_url, "themes", "archive", "Nope")
    assert dutch.code == 2 and "Er is geen thema met de naam Nope." in dutch.err
    clash = run_cli("--db-url", db_url, "--lang", "en", "themes", "add", "opgroeien")
    assert clash.code == 1 and "already exists" in clash.err
    empty = run_cli("--db-url", db_url, "--lang", "en", "--json", "themes", "add", " ")
    assert empty.code == 1 and "Enter the name of the theme." in empty.document["error"]


def test_a_theme_in_use_cannot_be_deleted_only_archived(run_cli: RunCli, demo_file: Path) -> None:
    refused = run_cli("--db", demo_file, "--lang", "en", "themes", "delete", "Opgroeien")
    assert refused.code == 1 and "is in use" in refused.err and "archive it" in refused.err
    archived = run_cli("--db", demo_file, "--json", "themes", "archive", "Opgroeien")
    theme = next(t for t in archived.document["themes"] if t["name"] == "Opgroeien")
    assert archived.code == 0 and theme["active"] is False and theme["lots"] > 0


def test_thresholds_are_listed_and_added_and_an_overlap_is_refused(
    run_cli: RunCli, db_url: str
) -> None:
    listed = run_cli("--db-url", db_url, "thresholds", "--json")
    assert listed.code == 0, listed.err
    latest = listed.document["thresholds"][-1]
    assert latest == {
        "kind": "services_local",
        "from": "2026-01-01",
        "until": "2027-12-31",
        "amount": latest["amount"],
    }
    overlap = run_cli(
        "--db-url", db_url, "--lang", "en", "thresholds", "add",
        "--kind", "services_local", "--from", "01-01-2027", "--amount", "200000",
    )  # fmt: skip
    assert overlap.code == 1
    assert (
        "The period 01-01-2027 – … overlaps the threshold of € 216.000,00 valid "
        "01-01-2026 – 31-12-2027. End that one on 31-12-2026 first" in overlap.err
    )
    added = run_cli(
        "--db-url", db_url, "--lang", "en", "thresholds", "add", "--kind", "services_local",
        "--from", "01-01-2028", "--until", "31-12-2029", "--amount", "225.000,00",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "01-01-2028\t31-12-2029\t€ 225.000,00" in added.out
    assert "Threshold from 01-01-2028 added." in added.out
    shown = run_cli("--db-url", db_url, "--json", "thresholds")
    new = shown.document["thresholds"][-1]
    assert (new["kind"], new["from"], new["until"]) == (
        "services_local",
        "2028-01-01",
        "2029-12-31",
    )
    assert Decimal(new["amount"]) == Decimal("225000")


def test_threshold_input_that_is_not_usable_is_refused(run_cli: RunCli, db_url: str) -> None:
    def add(*words: str) -> Any:
        return run_cli("--db-url", db_url, "--lang", "en", "thresholds", "add", *words)

    amount = add("--kind", "light_regime", "--from", "01-01-2030", "--amount", "veel")
    assert amount.code == 1 and "--amount veel is not an amount" in amount.err
    day = add("--kind", "services_local", "--from", "2030-13-01", "--amount", "1")
    assert day.code == 2 and "--from 2030-13-01 is not a date" in day.err
    backwards = add(
        "--kind", "services_local", "--from", "01-01-2031", "--until", "01-01-2030",
        "--amount", "1",
    )  # fmt: skip
    assert backwards.code == 1
    assert "cannot end on 01-01-2030: it starts on 01-01-2031" in backwards.err
    zero = add("--kind", "services_local", "--from", "01-01-2031", "--amount", "0")
    assert zero.code == 1 and "more than zero" in zero.err
    kind = add("--kind", "works", "--from", "01-01-2031", "--amount", "1")
    assert kind.code == 2


def test_a_threshold_period_is_ended_and_changed_and_an_overlap_is_explained(
    run_cli: RunCli, db_url: str
) -> None:
    def thresholds(*words: str) -> Any:
        return run_cli("--db-url", db_url, "--lang", "en", "thresholds", *words)

    assert thresholds("--json").code == 0  # the database made and seeded
    before = _audited(db_url, "thresholds")
    # The Commission's amounts for 2028-2029 are known: end the current period a year early
    # (a made-up case), add the next one, and correct its amount.
    ended = thresholds(
        "end", "--kind", "services_local", "--from", "01-01-2026", "--on", "31-12-2026"
    )
    assert ended.code == 0, ended.err
    assert "Threshold from 01-01-2026 ends on 31-12-2026." in ended.out
    assert "01-01-2026\t31-12-2026\t€ 216.000,00" in ended.out
    added = thresholds(
        "add", "--kind", "services_local", "--from", "01-01-2027", "--amount", "220000"
    )
    assert added.code == 0, added.err
    changed = thresholds(
        "change", "--kind", "services_local", "--from", "01-01-2027",
        "--amount", "221.500,00", "--until", "31-12-2028",
    )  # fmt: skip
    assert changed.code == 0, changed.err
    assert "Threshold from 01-01-2027 changed." in changed.out
    assert "01-01-2027\t31-12-2028\t€ 221.500,00" in changed.out
    # Moving the earlier period's end past the start of the next is an overlap, explained.
    overlap = thresholds(
        "change", "--kind", "services_local", "--from", "01-01-2026", "--open-ended"
    )
    assert overlap.code == 1
    assert (
        "The period 01-01-2026 – … overlaps the threshold of € 221.500,00 valid "
        "01-01-2027 – 31-12-2028. Let this one end on 31-12-2026, the day before that one "
        "starts" in overlap.err
    )
    # An end before the start, a period that does not exist, nothing to change: refused.
    early = thresholds(
        "end", "--kind", "services_local", "--from", "01-01-2027", "--on", "31-12-2026"
    )
    assert early.code == 1 and "cannot end on 31-12-2026: it starts on 01-01-2027" in early.err
    missing = thresholds(
        "end", "--kind", "light_regime", "--from", "02-01-2026", "--on", "1-1-2027"
    )
    assert missing.code != 0 and "No threshold of this kind of contract starts on 02-01-2026" in (
        missing.err
    )
    nothing = thresholds("change", "--kind", "services_local", "--from", "01-01-2027")
    assert nothing.code == 1 and "Say what changes" in nothing.err
    dutch = run_cli(
        "--db-url", db_url, "thresholds", "change", "--kind", "services_local",
        "--from", "01-01-2027", "--new-from", "01-07-2026",
    )  # fmt: skip
    assert dutch.code == 1 and "overlapt" in dutch.err
    shown = run_cli("--db-url", db_url, "--json", "thresholds")
    local = [t for t in shown.document["thresholds"] if t["kind"] == "services_local"]
    assert [(t["from"], t["until"], Decimal(t["amount"])) for t in local][-2:] == [
        ("2026-01-01", "2026-12-31", Decimal("216000")),
        ("2027-01-01", "2028-12-31", Decimal("221500")),
    ]
    # End, add, change: three audited changes; the refusals changed nothing.
    assert _audited(db_url, "thresholds") == before + 3


def test_settings_show_and_change_the_standstill_and_notice_period(
    run_cli: RunCli, db_url: str
) -> None:
    shown = run_cli("--db-url", db_url, "settings", "--json")
    assert shown.code == 0, shown.err
    assert shown.document == {"standstill_days": 20, "notice_months": 6}
    changed = run_cli(
        "--db-url", db_url, "--lang", "en", "settings", "set", "standstill-days", "15"
    )
    assert changed.code == 0, changed.err
    assert "Standstill period: 15 days" in changed.out and "The setting was saved." in changed.out
    months = run_cli("--db-url", db_url, "--json", "settings", "set", "notice-months", "3")
    assert months.document == {"standstill_days": 15, "notice_months": 3}
    negative = run_cli(
        "--db-url", db_url, "--lang", "en", "settings", "set", "standstill-days", "-3"
    )
    assert negative.code == 1 and "from 1 to" in negative.err
    word = run_cli("--db-url", db_url, "--lang", "en", "settings", "set", "notice-months", "six")
    assert word.code == 1 and "six is not a whole number" in word.err
    unknown = run_cli("--db-url", db_url, "settings", "set", "holidays", "3")
    assert unknown.code == 2
    kept = run_cli("--db-url", db_url, "settings", "--json")
    assert kept.document == {"standstill_days": 15, "notice_months": 3}


def test_only_an_administrator_changes_reference_data(run_cli: RunCli, tmp_path: Path) -> None:
    """Someone else made the database: this account may read it (read-only) but not change it."""
    path = tmp_path / "team.sqlite3"
    open_database(sqlite_url(path), account="chief").dispose()
    for words in (
        ("themes", "add", "Wonen"),
        ("themes", "archive", "Opgroeien"),
        ("thresholds", "add", "--kind", "light_regime", "--from", "01-01-2030", "--amount", "1"),
        ("settings", "set", "standstill-days", "15"),
    ):
        refused = run_cli("--db", path, "--lang", "en", *words)
        assert refused.code == 2, words
        assert "Only an administrator may change reference data" in refused.err
    listed = run_cli("--db", path, "--json", "themes")
    assert listed.code == 0, listed.err
    assert [(t["name"], t["active"]) for t in listed.document["themes"]] == [
        ("Opgroeien", True),
        ("Samen Meedoen", True),
        ("Basiskracht", True),
    ]
    assert run_cli("--db", path, "--json", "settings").document["standstill_days"] == 20
