"""Every session is audited, however many session factories came and went before it."""

from __future__ import annotations

import gc
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from ssb_desktop.db.audit import AuditedSession, install_audit
from ssb_desktop.db.database import sqlite_url
from ssb_desktop.db.tables import AuditEntry, District
from ssb_desktop.startup import open_database


def test_sessions_of_a_new_factory_are_audited_after_earlier_factories_were_collected(
    tmp_path: Path,
) -> None:
    # SQLAlchemy keys its listener registry by id(): listening on each sessionmaker made a new
    # one that reused a collected one's address look "already listened to", and its changes
    # went unaudited (nearly every time after the first). The listener now sits on one class.
    db = open_database(sqlite_url(tmp_path / "audit.sqlite3"), account="tester")
    unaudited = []
    for number in range(40):
        install_audit()
        factory = sessionmaker(db.engine, class_=AuditedSession)
        with factory() as session, session.begin():
            before = session.scalar(select(func.count()).select_from(AuditEntry))
            session.add(District(number=100 + number, name=f"Wijk {number}"))
            session.flush()
            if session.scalar(select(func.count()).select_from(AuditEntry)) == before:
                unaudited.append(number)
        del factory, session
        gc.collect()
    db.dispose()

    assert unaudited == []
