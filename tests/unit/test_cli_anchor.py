"""Anchors: the chain head that check prints and remembers reveals a deleted or recomputed tail."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from ssb_desktop.db.audit import GENESIS_HASH, entry_hash
from ssb_desktop.records import AuditAction

RunCli = Callable[..., Any]


def _delete_tail(database: Path, count: int) -> None:
    """What someone with sqlite3 could do: drop the guard and delete the last entries."""
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("DROP TRIGGER audit_log_no_delete")
        connection.execute(
            "DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - ?", (count,)
        )


def _recompute_chain(database: Path) -> None:
    """Rewrite one entry and hash the whole chain again, so that it verifies."""
    from datetime import datetime

    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET user_account = 'mallory' WHERE id = 3")
        prev = GENESIS_HASH
        rows = connection.execute(
            "SELECT id, at, user_account, table_name, record_id, action, changes "
            "FROM audit_log ORDER BY id"
        ).fetchall()
        for entry, at, user, table, record, action, changes in rows:
            moment = datetime.fromisoformat(at)
            if moment.tzinfo is None:
                from datetime import UTC

                moment = moment.replace(tzinfo=UTC)
            digest = entry_hash(
                prev, moment, user, table, record, AuditAction(action).value, changes
            )
            connection.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, entry)
            )
            prev = digest


def test_check_prints_the_head_and_a_given_anchor_reveals_a_deleted_tail(
    run_cli: RunCli, demo_file: Path
) -> None:
    first = run_cli("--db", demo_file, "--lang", "en", "--json", "check")
    head = first.document["head"]
    number, digest = head.split(":")
    assert first.code == 0 and int(number) == first.document["audit_entries"]
    assert len(digest) == 64
    _delete_tail(demo_file, 3)

    # The shortened chain is itself consistent; only the anchor shows what is missing.
    result = run_cli("--db", demo_file, "--lang", "en", "check", "--anchor", head)

    assert result.code == 1
    assert f"no longer contains entry {number}" in result.out


def test_a_remembered_head_reveals_a_recomputed_chain(run_cli: RunCli, demo_file: Path) -> None:
    assert run_cli("--db", demo_file, "check").code == 0
    _recompute_chain(demo_file)

    result = run_cli("--db", demo_file, "--lang", "en", "--json", "check")

    assert result.document["first_broken_entry"] is None
    assert result.code == 1
    [problem] = result.document["problems"]
    assert "recomputed" in problem


def test_an_anchor_that_is_no_number_and_hash_is_refused(run_cli: RunCli, demo_file: Path) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "check", "--anchor", "12:abc")

    assert result.code == 1
    assert "NUMBER:HASH" in result.err


def test_the_audit_export_carries_the_head_that_check_prints(
    run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    head = run_cli("--db", demo_file, "--json", "check").document["head"]
    target = tmp_path / "audit.xlsx"
    assert run_cli("--db", demo_file, "export", "audit", target).code == 0

    workbook = load_workbook(target, read_only=True)
    rows = list(workbook["Anker"].iter_rows(values_only=True))
    workbook.close()
    assert rows[1][0] == head


def test_the_dossier_manifest_carries_the_head(
    run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    import zipfile

    result = run_cli("--db", demo_file, "--json", "dossier", "--lot", "SSB-2019/1", tmp_path)
    assert result.code == 0, result.err
    head = run_cli("--db", demo_file, "--json", "check").document["head"]
    with zipfile.ZipFile(result.document["dossier"]) as package:
        manifest = package.read("00-inhoud.txt").decode("utf-8")
    # Making the dossier writes nothing, so the head is still the one the manifest names.
    assert f"Kop van het auditlog (anker): {head}" in manifest
