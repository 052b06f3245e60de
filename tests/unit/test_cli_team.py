"""The team commands where they need no PostgreSQL server: the demo into a database named by
address, refusals of unusable arguments, and users grant/revoke on SQLite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

RunCli = Callable[..., Any]


def test_demo_fills_an_empty_database_named_by_address_and_never_a_used_one(
    run_cli: RunCli, tmp_path: Path
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'team.sqlite3'}"

    filled = run_cli("--db-url", url, "--lang", "en", "demo")
    again = run_cli("--db-url", url, "--lang", "en", "demo")

    assert filled.code == 0, filled.err
    assert again.code == 2 and "only an empty database" in again.err
    assert run_cli("--db-url", url, "check").code == 0


def test_demo_without_a_file_or_address_says_what_to_give(run_cli: RunCli) -> None:
    result = run_cli("--lang", "en", "demo")

    assert result.code == 2
    assert "ssb-desktop --db-url URL demo" in result.err


def test_server_setup_needs_a_postgresql_address(run_cli: RunCli, tmp_path: Path) -> None:
    without = run_cli("--lang", "en", "server", "setup")
    on_sqlite = run_cli(
        "--db-url", f"sqlite+pysqlite:///{tmp_path / 'x.sqlite3'}", "--lang", "en", "server",
        "setup",
    )  # fmt: skip
    bad_prefix = run_cli(
        "--db-url", "postgresql+psycopg://nobody@127.0.0.1:1/none", "--lang", "en", "server",
        "setup", "--role-prefix", "Bad-Prefix",
    )  # fmt: skip

    assert without.code == 2 and "--db-url" in without.err
    assert on_sqlite.code == 2 and "SQLite file needs no set-up" in on_sqlite.err
    assert bad_prefix.code == 1 and "cannot be used" in bad_prefix.err


def test_users_grant_and_revoke_change_the_roles_of_a_sqlite_user(
    run_cli: RunCli, demo_file: Path
) -> None:
    listed = run_cli("--db", demo_file, "--json", "users", "list")
    account = listed.document["users"][0]["login"]
    granted = run_cli("--db", demo_file, "--json", "users", "grant", account, "evaluator")
    assert granted.code == 0, granted.err
    roles = next(u["roles"] for u in granted.document["users"] if u["login"] == account)
    assert "evaluator" in roles
    revoked = run_cli("--db", demo_file, "--json", "users", "revoke", account, "evaluator")
    roles = next(u["roles"] for u in revoked.document["users"] if u["login"] == account)
    assert revoked.code == 0 and "evaluator" not in roles
    unknown = run_cli("--db", demo_file, "--lang", "en", "users", "grant", "ghost", "evaluator")
    assert unknown.code == 1 and "no user ghost" in unknown.err
    bad_role = run_cli("--db", demo_file, "--lang", "en", "users", "grant", account, "boss")
    assert bad_role.code == 1 and "There is no role boss" in bad_role.err
