"""What the GUI tests share: message boxes answered by the test instead of a person."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ssb_desktop.i18n import install_english_plurals
from ssb_desktop.views import messages

Button = QMessageBox.StandardButton


class Boxes:
    """Stands in for the message boxes: records each text and answers with ``answer``."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.answer = Button.Yes

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.texts.append(box.text())
        if box.standardButtons() & self.answer:
            return self.answer
        return Button.Ok


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Every message box of the test is recorded and answered with ``boxes.answer``."""
    recorder = Boxes()
    monkeypatch.setattr(messages, "_exec", recorder)
    return recorder


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> None:
    """The windows in English as ``--lang en`` shows them: "1 score", not "1 scores"."""
    install_english_plurals(qapp)


@pytest.fixture
def printed_pages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], list[str]]:
    """The print preview prints to a PDF file instead of showing; the returned function gives
    the text of each printed page (whitespace collapsed), read with pdftotext."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ssb_desktop.views import printing

    target = tmp_path / "printed.pdf"

    def to_pdf(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 1

    def pages() -> list[str]:
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        return [" ".join(page.split()) for page in text.split("\f") if page.strip()]

    monkeypatch.setattr(printing, "run_preview", to_pdf)
    return pages
