"""Decision letters on subsidy applications: what each kind tells the applicant."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ssb_desktop.documents.subsidy_letter import file_name, letter_html, write_subsidy_letters
from ssb_desktop.records import (
    ApplicationRecord,
    ApplicationStatus,
    HouseStyleRecord,
    SettlementReason,
    SubsidyLetterContent,
    SubsidyLetterKind,
)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read PDFs back; .ci/run installs it")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


APPLICATION = ApplicationRecord(
    id=7,
    scheme_id=1,
    applicant_id=3,
    activity="Taalcafé <op dinsdag>",
    requested=Decimal("2750.50"),
    received_on=date(2021, 2, 21),
    reference="2021-0007",
    status=ApplicationStatus.PARTLY_GRANTED,
    decision_on=date(2021, 3, 20),
    granted=Decimal("800.00"),
)


STYLE = HouseStyleRecord(municipality="Gemeente Leiden", iban="NL91ABNA0417164300")


def _letter(kind: SubsidyLetterKind, **fields: object) -> SubsidyLetterContent:
    application = APPLICATION
    if fields:
        application = replace(APPLICATION, **fields)  # type: ignore[arg-type]
    return SubsidyLetterContent(
        kind=kind,
        application=application,
        scheme_name="Vrijwilligersinitiatieven Opgroeien 2021",
        letter_date=date(2021, 3, 20),
        objection_due=date(2021, 5, 3),
        addressee_name="Stichting Moestuin",
        addressee_city="Leiden",
        decided_by="Stichting Opgroeikracht",
        refusal_reason="Buiten de doelen van de regeling",
    )


def test_a_partial_grant_names_both_amounts_the_objection_deadline_and_who_decided() -> None:
    html = letter_html(_letter(SubsidyLetterKind.GRANT), STYLE)
    assert "€ 800,00" in html and "€ 2.750,50" in html
    assert "lager dan aangevraagd" in html  # the default template is in Dutch
    assert "3 May 2021" in html
    assert "Stichting Opgroeikracht" in html
    assert "Taalcafé &lt;op dinsdag&gt;" in html  # user text is escaped


def test_a_refusal_gives_the_reason() -> None:
    html = letter_html(_letter(SubsidyLetterKind.REFUSAL, status=ApplicationStatus.REFUSED), STYLE)
    assert "Wij weigeren uw aanvraag" in html
    assert "Buiten de doelen van de regeling" in html


def test_a_lower_settlement_gives_the_reason_and_the_amount_to_pay_back() -> None:
    html = letter_html(
        _letter(
            SubsidyLetterKind.SETTLEMENT,
            status=ApplicationStatus.SETTLED,
            settled=Decimal("500.00"),
            settlement_reason=SettlementReason.NOT_CARRIED_OUT,
            advances_paid=Decimal("640.00"),
        ),
        STYLE,
    )
    assert "activities not or only partly carried out" in html
    assert "To be paid back by you" in html
    assert "Please pay back € 140,00" in html
    assert "Our account is NL91ABNA0417164300 in the name of Gemeente Leiden" in html


def test_a_grant_says_into_which_account_it_is_paid_or_asks_for_one() -> None:
    with_account = replace(_letter(SubsidyLetterKind.GRANT), addressee_iban="NL02RABO0123456789")
    html = letter_html(with_account, STYLE)
    assert "We pay € 800,00 within four weeks into account NL02RABO0123456789" in html

    html = letter_html(_letter(SubsidyLetterKind.GRANT), STYLE)
    assert "We do not know your bank account yet" in html


def test_letters_are_written_as_pdf_files(qapp: QApplication, tmp_path: Path) -> None:
    letter = _letter(SubsidyLetterKind.GRANT)
    assert file_name(letter) == "2021-0007-grant-Stichting Moestuin.pdf"
    (written,) = write_subsidy_letters([letter], tmp_path, STYLE)
    text = pdf_text(written)
    assert "Grant of subsidy, application 2021-0007" in text
    assert "3 May 2021" in text


def _settled_at_once(granted: str = "800.00", requested: str = "800.00") -> SubsidyLetterContent:
    return replace(
        _letter(
            SubsidyLetterKind.GRANT_SETTLED,
            status=ApplicationStatus.SETTLED,
            requested=Decimal(requested),
            granted=Decimal(granted),
            settled=Decimal(granted),
            settled_on=date(2021, 3, 20),
        ),
        addressee_iban="NL02RABO0123456789",
    )


def test_a_grant_settled_at_once_is_one_letter_with_amount_payment_and_objection() -> None:
    html = letter_html(_settled_at_once(), STYLE)
    # Grant and settlement in one decision, with the settled amount and no report asked.
    assert "Wij verlenen u een subsidie van € 800,00" in html
    assert "Verleend en direct vastgesteld" in html
    assert "direct vast op € 800,00" in html
    assert "geen activiteitenverslag of financieel verslag" in html
    assert "We pay € 800,00 within four weeks into account NL02RABO0123456789" in html
    assert "bezwaar maken bij Stichting Opgroeikracht" in html
    assert "3 May 2021" in html
    assert "Grant and settlement of subsidy, application 2021-0007" in html
    assert "lower than requested" not in html
    # A grant below the request says why, in the same letter.
    partly = letter_html(_settled_at_once("800.00", "2750.50"), STYLE)
    assert "The grant is lower than requested" in partly


def test_a_grant_settled_at_once_is_written_as_pdf_and_word(
    qapp: QApplication, tmp_path: Path
) -> None:
    letter = _settled_at_once()
    assert file_name(letter) == "2021-0007-grant-settlement-Stichting Moestuin.pdf"
    (written,) = write_subsidy_letters([letter], tmp_path, STYLE, word=True)
    text = " ".join(pdf_text(written).split())
    assert "Grant and settlement of subsidy, application 2021-0007" in text
    assert "Verleend en direct vastgesteld" in text
    word = written.with_suffix(".docx")
    with zipfile.ZipFile(word) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert "Verleend en direct vastgesteld" in document and "€ 800,00" in document
