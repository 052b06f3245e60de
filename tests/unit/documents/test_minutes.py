"""The minutes of a consensus meeting come out as a PDF naming who was present and what was
agreed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ssb_desktop.documents.minutes import file_name, write_minutes_pdf
from ssb_desktop.records import MinutesContent, MinutesRow

CONTENT = MinutesContent(
    procurement_reference="SSB-2019",
    procurement_title="Sterke Sociale Basis",
    lot_label="SSB-2019/1",
    lot_title="Kernopdracht Opgroeien",
    held_at=datetime(2019, 11, 5, 13, 0, tzinfo=UTC),
    present=("Marieke van den Berg", "Youssef Amrani", "Sanne Hoekstra"),
    decisions="Consensus vastgesteld <na> bespreking.",
    rows=(
        MinutesRow("A – Stichting Jeugdhaven", "K1 Visie", Decimal("8.00"), "Goed & concreet."),
        MinutesRow("B – Stichting Taalbrug", "K1 Visie", Decimal("6.67"), "Gemiddelde."),
    ),
)


def test_the_minutes_pdf_names_the_attendees_and_the_scores(
    qapp: QApplication, tmp_path: Path
) -> None:
    target = tmp_path / file_name(CONTENT)

    written = write_minutes_pdf(target, CONTENT)

    assert written == target and target.name == "minutes-SSB-2019-1-2019-11-05.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:  # pragma: no cover - the CI machine has poppler
        return
    text = subprocess.run(
        ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    for name in CONTENT.present:
        assert name in text
    assert "Consensus vastgesteld <na> bespreking." in text
    assert "Goed & concreet." in text and "6,67" in text
    assert "05-11-2019" in text


def test_minutes_follow_the_template_staff_edited(qapp: QApplication) -> None:
    from ssb_desktop.documents.minutes import minutes_html
    from ssb_desktop.records import HouseStyleRecord, LetterKind, LetterTemplateRecord

    edited = (
        "Notulen van {gehouden_op}, gemeente {gemeente}.\n\n"
        "{aanwezigen}\n\n"
        "{consensusscores}"
    )
    style = HouseStyleRecord(
        municipality="Leiden", templates=(LetterTemplateRecord(LetterKind.MINUTES, edited, 1),)
    )

    html = minutes_html(CONTENT, style)

    assert "Notulen van 05-11-2019" in html and "gemeente Leiden" in html
    assert "Youssef Amrani" in html and "Goed &amp; concreet." in html
    # The decisions were left out of the edited text, so the minutes leave them out.
    assert "Consensus vastgesteld" not in html
