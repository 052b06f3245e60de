"""The house style of the letters is shared in the database, checked, and audited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ConflictError, ValidationError
from ssb_desktop.records import HouseStyleRecord, LetterKind, LetterSignatory
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.demo import demo_logo
from ssb_desktop.services.house_style import (
    LOGO_MAX_BYTES,
    get_house_style,
    read_logo_file,
    save_house_style,
)

COLLEGE = "namens het college van burgemeester en wethouders"
LEIDEN = HouseStyleRecord(
    municipality="Gemeente Leiden",
    logo=demo_logo(),
    visiting_address="Stadhuisplein 1\n2311 EJ Leiden",
    postal_address="Postbus 9100\n2300 PC Leiden",
    website="www.leiden.nl",
    phone="14 071",
    signatories=(LetterSignatory(LetterKind.AWARD_OTHER, "A. de Vries", "Hoofd Inkoop", COLLEGE),),
)


def test_a_new_database_has_an_empty_house_style_with_every_kind_of_letter(db: Database) -> None:
    with db.transaction() as session:
        style = get_house_style(session)
    assert style.version is None and style.municipality == ""
    assert [s.kind for s in style.signatories] == list(LetterKind)


def test_the_house_style_is_saved_and_read_back_by_the_next_session(db: Database) -> None:
    with db.transaction() as session:
        save_house_style(session, LEIDEN)
    with db.transaction() as session:
        style = get_house_style(session)
    assert style.municipality == "Gemeente Leiden"
    assert style.logo == LEIDEN.logo
    assert style.postal_address == "Postbus 9100\n2300 PC Leiden"
    signatory = style.signatory(LetterKind.AWARD_OTHER)
    assert (signatory.name, signatory.function, signatory.mandate) == (
        "A. de Vries",
        "Hoofd Inkoop",
        COLLEGE,
    )
    assert style.signatory(LetterKind.SUBSIDY_GRANT).name == ""


def test_a_colleagues_change_is_never_overwritten(db: Database) -> None:
    with db.transaction() as session:
        first = save_house_style(session, LEIDEN)
    with db.transaction() as session:
        save_house_style(session, replace(first, phone="071 516 5165"))
    with db.transaction() as session, pytest.raises(ConflictError):
        save_house_style(session, replace(first, website="leiden.nl"))
    with db.transaction() as session:
        assert get_house_style(session).phone == "071 516 5165"


def test_a_logo_that_is_not_an_image_is_refused_and_the_old_logo_stays(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        saved = save_house_style(session, LEIDEN)
    text_file = tmp_path / "logo.png"
    text_file.write_text("dit is geen plaatje", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        read_logo_file(text_file)
    assert refused.value.field == "logo"
    assert "logo.png is not an image" in refused.value.english()
    with db.transaction() as session, pytest.raises(ValidationError):
        save_house_style(session, replace(saved, logo=b"%PDF-1.4 no image"))
    with db.transaction() as session:
        assert get_house_style(session).logo == LEIDEN.logo


def test_a_50_mb_logo_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "logo.png"
    with huge.open("wb") as file:
        file.write(demo_logo())
        file.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ValidationError) as refused:
        read_logo_file(huge)
    assert "is 50,0 MB; a logo may be at most 2 MB" in refused.value.english()
    assert read_logo_file(_small_copy(tmp_path)) == demo_logo()
    assert len(demo_logo()) < LOGO_MAX_BYTES


def _small_copy(tmp_path: Path) -> Path:
    path = tmp_path / "small.png"
    path.write_bytes(demo_logo())
    return path


def test_the_municipality_is_required(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError) as refused:
        save_house_style(session, replace(LEIDEN, municipality="  "))
    assert refused.value.field == "municipality"


def test_the_audit_log_records_the_logos_fingerprint_not_the_file(db: Database) -> None:
    with db.transaction() as session:
        save_house_style(session, LEIDEN)
    with db.transaction() as session:
        (entry,) = list_entries(session, AuditFilter(table="house_style"))
    old, new = entry.changes["logo"]
    assert old is None
    assert new.startswith("sha256:") and new.endswith(f"({len(LEIDEN.logo)} bytes)")
    assert entry.changes["municipality"] == [None, "Gemeente Leiden"]
