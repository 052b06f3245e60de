"""The letters as Word files (.docx): the same letter as the PDF, in editable text, with the
score table's header repeated and no row cut across pages, the logo, and "pagina 1 van 2";
read back from the file (and, where LibreOffice Writer is installed, opened and converted by
it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from tests.unit.documents.test_letter_house_style import LOT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_texts(document: ElementTree.Element) -> list[str]:
    return [
        "".join(node.text or "" for node in paragraph.iter(f"{W}t"))
        for paragraph in document.iter(f"{W}p")
    ]


def _writer_available() -> bool:
    """soffice with its Writer part (a machine may have only Calc)."""
    soffice = shutil.which("soffice")
    return soffice is not None and any(
        Path(soffice).resolve().parent.glob("../program/libswdlo.so")
    )


def test_the_award_letters_come_out_as_word_files_beside_the_pdfs(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "--db", demo_file, "letters", "--lot", LOT, tmp_path, "--all", "--docx", "--json"
    )
    assert result.code == 0, result.err
    words = [Path(name) for name in result.document["docx"]]
    assert len(words) == len(result.document["letters"])
    other = next(path for path in words if path.name.endswith("B-Stichting Jeugdhaven.docx"))
    assert other.exists() and other.with_suffix(".pdf").exists()

    with zipfile.ZipFile(other) as package:
        assert package.testzip() is None
        names = package.namelist()
        document = ElementTree.fromstring(package.read("word/document.xml"))
        footer = package.read("word/footer1.xml").decode()
        core = package.read("docProps/core.xml").decode()
    assert any(name.startswith("word/media/") for name in names)  # the logo
    texts = _paragraph_texts(document)
    joined = " ".join(texts)
    # The letter speaks Dutch and carries the house style, as the PDF does.
    assert "Gemeente Leiden" in joined and "Stichting Jeugdhaven" in joined
    assert "t.a.v. F. Visser" in joined
    assert "Ons kenmerk" in texts and "SSB-2019/1 B" in texts
    assert "2 maart 2020" in texts
    assert "Geachte heer, mevrouw," in texts
    assert any("De opschortende termijn eindigt op 23 maart 2020" in t for t in texts)
    assert "drs. A.M. de Vries" in joined and "Met vriendelijke groet," in texts
    # The score table: its header row repeats on every page; no row breaks across pages.
    scores = next(
        table
        for table in document.iter(f"{W}tbl")
        if "Criterium" in "".join(t.text or "" for t in table.iter(f"{W}t"))
    )
    rows = scores.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert rows[1].find(f"{W}trPr/{W}tblHeader") is None
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
    # The standstill heading stays on the page of its paragraph.
    heading = next(
        p
        for p in document.iter(f"{W}p")
        if "".join(t.text or "" for t in p.iter(f"{W}t")) == "Opschortende termijn"
    )
    assert heading.find(f"{W}pPr/{W}keepNext") is not None
    assert "pagina " in footer and " PAGE " in footer and " NUMPAGES " in footer
    assert "Gunningsbesluit perceel SSB-2019/1" in core

    if not _writer_available():
        if os.environ.get("SSB_REQUIRE_LIBREOFFICE") == "1":  # CI: never skipped there
            pytest.fail("SSB_REQUIRE_LIBREOFFICE=1 but LibreOffice Writer is not installed")
        pytest.skip("LibreOffice Writer is not installed: the file was read back only")
    converted = tmp_path / "converted"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            str(other),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = converted / other.with_suffix(".pdf").name
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [" ".join(page.split()) for page in text.split("\f") if page.strip()]
    assert "Stichting Jeugdhaven" in pages[0] and "Ons kenmerk" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page


def test_a_decision_letter_without_the_applicants_reference_leaves_the_line_out(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "--db", demo_file, "subsidy-letters", "--scheme", "2", tmp_path, "--docx", "--json"
    )
    assert result.code == 0, result.err
    word = Path(result.document["docx"][0])
    with zipfile.ZipFile(word) as package:
        texts = _paragraph_texts(ElementTree.fromstring(package.read("word/document.xml")))
    assert "Ons kenmerk" in texts and "Uw kenmerk" not in texts
    assert any(t.startswith("Bezwaar") for t in texts)
