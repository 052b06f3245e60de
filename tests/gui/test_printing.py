"""Printing a list prints it as shown on screen (filter and sort), with its header on every
page and page numbers; the preview can also save as PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ssb_desktop.views import printing


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The preview prints to a PDF file instead of showing."""
    target = tmp_path / "print.pdf"

    def to_pdf(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(printing, "run_preview", to_pdf)
    return target


def test_a_list_is_printed_in_the_order_and_filter_shown_with_its_header_on_every_page(
    qtbot: QtBot, printed: Path
) -> None:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Organisatie", "Plaats"])
    for number in range(120):
        city = "Leiden" if number % 2 else "Oegstgeest"
        model.appendRow([QStandardItem(f"Stichting {number:03d}"), QStandardItem(city)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(1)
    proxy.setFilterFixedString("Leiden")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)

    printing.print_table(view, "Organisaties", view)

    pages = _pages(printed)
    assert len(pages) > 1
    text = " ".join(pages)
    assert "Oegstgeest" not in text
    assert text.index("Stichting 119") < text.index("Stichting 117") < text.index("Stichting 001")
    for number, page in enumerate(pages, start=1):
        assert "Organisatie Plaats" in page
        assert f"{number} of {len(pages)}" in page or f"{number} van {len(pages)}" in page


def test_a_page_prints_the_list_it_shows(qtbot: QtBot, printed: Path, tmp_path: Path) -> None:
    from ssb_desktop.settings import Settings
    from ssb_desktop.startup import open_database
    from ssb_desktop.views.administration_page import AdministrationPage

    db = open_database(tmp_path / "db.sqlite3", account="beheerder")
    try:
        page = AdministrationPage(db, Settings(tmp_path / "s.ini"))
        qtbot.addWidget(page)
        page.show()
        page.reload()

        assert page.print_page("Beheer")
    finally:
        db.dispose()

    (first, *_rest) = _pages(printed)
    assert "Beheer – Users" in first or "Beheer – Gebruikers" in first
    assert "beheerder" in first
