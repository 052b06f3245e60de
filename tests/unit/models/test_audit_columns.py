"""The Audit log names the kind of every record in words: no table name ("letter_signatures")
reaches the screen."""

from __future__ import annotations

import ssb_desktop.db.tables  # noqa: F401  (registers every table on Base)
from ssb_desktop.db.base import Base
from ssb_desktop.models.audit_columns import TABLE_LABELS

# The log does not log itself; the link tables have no record of their own (a change of
# districts is logged as a field of the organisation or application).
NOT_AUDITED = {"audit_log", "application_districts", "organisation_districts"}


def test_every_audited_table_has_a_name_for_its_records() -> None:
    tables = {table.name for table in Base.metadata.sorted_tables} - NOT_AUDITED

    assert sorted(tables - set(TABLE_LABELS)) == []
