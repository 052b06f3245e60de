"""Opening a database for use: schema up to date, reference data present, user identified."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ssb_desktop.db.database import Database, translate_operational_error
from ssb_desktop.db.migrate import upgrade_database
from ssb_desktop.services.reference import seed_reference_data
from ssb_desktop.services.users import acting_account, identify


def open_database(
    url: str | URL | Path, *, account: str, backup_dir: Path | None = None
) -> Database:
    """Migrate (backing up first), seed a new database, and set the acting user."""
    db = Database(url)
    try:
        upgrade_database(db, backup_dir)
        with db.transaction() as session:
            seed_reference_data(session)
        with db.transaction() as session:
            real_account = acting_account(session, account)
            db.actor = identify(session, real_account)
    except DBAPIError as error:
        # The schema version is read outside db.transaction(), so a failure to open (a
        # missing folder, a file that is no database, an unreachable server) is put in a
        # sentence here.
        db.dispose()
        raise translate_operational_error(error) from error
    except BaseException:
        db.dispose()
        raise
    return db
