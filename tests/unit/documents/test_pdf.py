"""Documents come out as readable A4 PDFs, with the user's text shown as text, never as markup."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ssb_desktop.documents.pdf import escape, table, write_pdf


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read PDFs back; .ci/run installs it")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_document_is_written_with_its_text_and_table(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    body = "<h1>Gunningsbeslissing</h1>" + table(
        ["Criterium", "Score"], [["Bereik in de wijk", "8"], ["Prijs", "€ 1.234,56"]], numeric=[1]
    )

    write_pdf(target, "Gunningsbeslissing", body)

    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Gunningsbeslissing" in text
    assert "Bereik in de wijk" in text
    assert "€ 1.234,56" in text


def test_text_typed_by_a_user_is_printed_literally(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "motivering.pdf"

    write_pdf(target, "Motivering", f"<p>{escape('<b>Sterk</b> & helder')}</p>")

    assert "<b>Sterk</b> & helder" in pdf_text(target)


def test_an_existing_document_is_replaced_whole(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    write_pdf(target, "Eerste", "<p>Eerste versie</p>")

    write_pdf(target, "Tweede", "<p>Tweede versie</p>")

    text = pdf_text(target)
    assert "Tweede versie" in text and "Eerste versie" not in text
    assert [path.name for path in tmp_path.iterdir()] == ["brief.pdf"]
