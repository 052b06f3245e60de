"""Letters come out as a municipality sends them: letterhead, reference block, written-out
date, "t.a.v.", page numbers, signatory with mandate line, as PDF/A-1b with embedded fonts."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
from PySide6.QtWidgets import QApplication

from ssb_desktop.documents.pdf import keep_together, table, write_pdf

LOT = "SSB-2019/1"


def page_texts(path: Path) -> list[str]:
    """The words of each page, in order."""
    count = len(pikepdf.open(path).pages)
    texts = []
    for page in range(1, count + 1):
        done = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        texts.append(" ".join(done.stdout.split()))
    return texts


def assert_pdfa_with_embedded_fonts(path: Path, title: str) -> None:
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "1B"
        assert str(pdf.docinfo["/Title"]) == title
        fonts = 0
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0] if descendants else font).FontDescriptor
                assert "/FontFile2" in descriptor or "/FontFile" in descriptor
                fonts += 1
        assert fonts > 0


def test_the_demo_award_letters_are_municipal_letters_in_pdfa(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_file, "letters", "--lot", LOT, tmp_path, "--all", "--json")
    assert result.code == 0, result.err
    letters = {Path(name).name: Path(name) for name in result.document["letters"]}
    other = letters["SSB-2019-1-B-Stichting Jeugdhaven.pdf"]
    # The command speaks Dutch, as the letters do.
    assert_pdfa_with_embedded_fonts(other, "Gunningsbesluit perceel SSB-2019/1")
    pages = page_texts(other)
    first = pages[0]
    assert "Gemeente Leiden" in first and "Postbus 9100" in first and "Stadhuisplein 1" in first
    assert "Stichting Jeugdhaven t.a.v. F. Visser Kooilaan 133" in first
    assert "Ons kenmerk SSB-2019/1 B" in first
    assert "Datum 2 maart 2020" in first
    assert "Onderwerp Gunningsbesluit" in first
    assert "Geachte heer, mevrouw," in first
    for number, text in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in text
    # The standstill paragraph is read as one: heading and both dates on one page.
    (standstill,) = [text for text in pages if "De opschortende termijn eindigt op" in text]
    assert "23 maart 2020" in standstill and "kort geding" in standstill
    last = pages[-1]
    assert "Met vriendelijke groet," in last
    assert "namens het college van burgemeester en wethouders van Leiden" in last
    assert "drs. A.M. de Vries Hoofd Inkoop" in last


def test_the_2021_subsidy_decisions_carry_payment_details_and_the_signatory(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_file, "subsidy-letters", "--scheme", "2", tmp_path, "--json")
    assert result.code == 0, result.err
    grants = [Path(p) for p in result.document["letters"] if "-verlening-" in p]
    assert grants
    text = " ".join(page_texts(grants[0]))
    assert "Betaling Wij maken" in text and "onder vermelding van kenmerk 2021-" in text
    assert "Gemeente Leiden" in text and "Bezwaar" in text
    assert_pdfa_with_embedded_fonts(grants[0], f"Subsidiebesluit {grants[0].name[:9]}")


def test_a_long_score_table_repeats_its_header_and_never_cuts_a_row(
    qapp: QApplication, tmp_path: Path
) -> None:
    rows = [
        [f"start{index} " + "lange omschrijving " * 12 + f"end{index}", str(index)]
        for index in range(60)
    ]
    body = "<p>Inleiding</p>" + table(["Criterion", "Score"], rows, numeric=[1])
    body += keep_together("<p>Opschortende termijn</p><p>" + "belangrijk " * 250 + "slot</p>")
    target = write_pdf(tmp_path / "lang.pdf", "Lang", body)

    pages = page_texts(target)
    assert len(pages) > 2
    for index in range(60):
        (page,) = [text for text in pages if f"start{index} " in text]
        assert f"end{index}" in page, f"row {index} is cut across pages"
    for text in pages:
        if any(f"start{index} " in text for index in range(60)):
            assert "Criterion Score" in text
    (kept,) = [text for text in pages if "Opschortende termijn" in text]
    assert "slot" in kept
    assert_pdfa_with_embedded_fonts(target, "Lang")


def test_a_template_edited_by_staff_changes_the_letter(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    from ssb_desktop.letter_templates import DEFAULT_TEMPLATES
    from ssb_desktop.records import LetterKind
    from ssb_desktop.services.house_style import save_template
    from ssb_desktop.services.users import os_account
    from ssb_desktop.startup import open_database

    kind = LetterKind.AWARD_OTHER
    edited = DEFAULT_TEMPLATES[kind].replace(
        "# Scores per criterium",
        "Wij danken u voor uw inschrijving op {opdracht}.\n\n# Uw scores en die van de winnaar",
    )
    db = open_database(demo_file, account=os_account())
    try:
        with db.transaction() as session:
            save_template(session, kind, edited, None)
    finally:
        db.dispose()

    result = run_cli("--db", demo_file, "letters", "--lot", LOT, tmp_path, "--all", "--json")
    assert result.code == 0, result.err
    letters = {Path(name).name: Path(name) for name in result.document["letters"]}
    other = " ".join(page_texts(letters["SSB-2019-1-B-Stichting Jeugdhaven.pdf"]))
    winner = " ".join(page_texts(letters["SSB-2019-1-A-Stichting Opgroeikracht Sleutelstad.pdf"]))
    assert "Wij danken u voor uw inschrijving op Sterke Sociale Basis" in other
    assert "Uw scores en die van de winnaar" in other
    assert "Wij danken u" not in winner  # the winner's letter has its own template
