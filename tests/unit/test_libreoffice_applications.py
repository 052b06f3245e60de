"""The application form survives a volunteer organisation that fills it in and saves it with
LibreOffice Calc: it is still recognised as our form and imports."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Organisation, Theme
from ssb_desktop.db.tables.subsidies import Application, SubsidyScheme
from ssb_desktop.excel.applications import FORM_SHEET
from ssb_desktop.records import DistributionRule, OrganisationKind
from ssb_desktop.services.subsidies import exchange as subsidy_exchange

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None and os.environ.get("SSB_REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("SSB_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")


def resave_in_libreoffice(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice Calc and save it again as .xlsx, as a volunteer would."""
    assert SOFFICE is not None
    folder.mkdir()
    profile = (folder.parent / "lo-profile").as_uri()
    finished = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )  # fmt: skip
    resaved = folder / source.name
    assert finished.returncode == 0 and resaved.exists(), finished.stderr
    return resaved


def saved_by(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/app.xml").decode("utf-8")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_filled_in_and_saved_with_libreoffice_imports(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        theme = session.scalars(select(Theme).where(Theme.name == "Opgroeien")).one()
        scheme = SubsidyScheme(
            year=2026,
            theme_id=theme.id,
            name="Vrijwilligers Opgroeien",
            ceiling=Decimal(40_000),
            distribution_rule=DistributionRule.FIRST_COME,
            opens_on=date(2026, 1, 1),
        )
        session.add(scheme)
        session.add(
            Organisation(name="Stichting Buurt", kvk="01234567", kind=OrganisationKind.VOLUNTEER)
        )
        session.flush()
        scheme_id = scheme.id
        form = tmp_path / "formulier.xlsx"
        subsidy_exchange.write_application_form(session, form, scheme_id)
    book = openpyxl.load_workbook(form)
    sheet = book[FORM_SHEET]
    values = ["Stichting Buurt", "01234567", "NL91ABNA0417164300", "Vrijwilligers Opgroeien",
              "Huiswerkklas", "Kinderen helpen", "Morsdistrict", 1250.5, 2000, "", 30,
              date(2026, 3, 2), "=geen formule"]  # fmt: skip
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=2, column=column, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
    book.save(form)

    resaved = resave_in_libreoffice(form, tmp_path / "resaved")
    assert "LibreOffice" in saved_by(resaved)
    with db.transaction() as session:
        report = subsidy_exchange.import_applications_file(session, resaved)

    assert report.problems == (), [p.english() for p in report.problems]
    assert report.created == 1
    with db.transaction() as session:
        stored = session.scalars(select(Application)).one()
        assert (stored.scheme_id, stored.requested, stored.received_on) == (
            scheme_id,
            Decimal("1250.50"),
            date(2026, 3, 2),
        )
        assert stored.notes == "=geen formule"
