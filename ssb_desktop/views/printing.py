"""Printing, with a preview, of what a page shows: a document (a letter) or a list as it is
filtered and sorted on screen. One helper for every page; the print preview dialog also saves
as PDF. The pages are laid out as the PDF letters are (documents/pdf.py): header rows repeat,
no row is cut, "pagina 1 van 2" on every page."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMarginsF, QModelIndex, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QTableView, QWidget

from ssb_desktop.documents.pdf import Document, escape, paint_document, paint_documents
from ssb_desktop.formatting import format_date, local_today

# A list printed whole can be long; a printout of more rows than this is cut with a note.
MAX_PRINTED_ROWS = 5000


def run_preview(dialog: QPrintPreviewDialog) -> int:
    """Seam for tests: show the preview (from which the user prints or saves as PDF)."""
    return dialog.exec()


def printer_for(title: str, *, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def preview_document(
    parent: QWidget,
    title: str,
    body_html: str,
    *,
    images: Mapping[str, QImage] | None = None,
    landscape: bool = False,
) -> QPrinter:
    """Show ``body_html`` in the print preview; returns the printer it was laid out for."""
    printer = printer_for(title, landscape=landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(
        lambda device: paint_document(device, title, body_html, images=images)
    )
    try:
        run_preview(dialog)
    finally:
        dialog.deleteLater()
    return printer


def preview_documents(parent: QWidget, title: str, documents: list[Document]) -> QPrinter:
    """Several documents (letters) in one preview, each from a new page with its own page
    numbers."""
    printer = printer_for(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda device: paint_documents(device, documents))
    try:
        run_preview(dialog)
    finally:
        dialog.deleteLater()
    return printer


def table_html(model: QAbstractItemModel, hidden: frozenset[int] = frozenset()) -> str:
    """The rows of ``model`` in their current order (the filter and sort on screen) as an HTML
    table with its header repeated on every page; right-aligned columns stay right-aligned."""
    root = QModelIndex()
    while model.canFetchMore(root) and model.rowCount(root) < MAX_PRINTED_ROWS:
        model.fetchMore(root)
    columns = [c for c in range(model.columnCount(root)) if c not in hidden]
    head = "".join(
        f"<th>{escape(model.headerData(c, Qt.Orientation.Horizontal) or '')}</th>" for c in columns
    )
    rows = []
    count = min(model.rowCount(root), MAX_PRINTED_ROWS)
    for row in range(count):
        cells = []
        for column in columns:
            index = model.index(row, column, root)
            value = index.data(Qt.ItemDataRole.DisplayRole)
            alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
            right = alignment is not None and bool(
                int(alignment) & int(Qt.AlignmentFlag.AlignRight.value)
            )
            css = ' class="number"' if right else ""
            cells.append(f"<td{css}>{escape('' if value is None else value)}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>{"".join(rows)}</table>'
    )


def print_table(parent: QWidget, title: str, view: QTableView) -> QPrinter:
    """Print the list of ``view`` as shown (its filter, sort and visible columns)."""
    model = view.model()
    hidden = frozenset(
        c for c in range(model.columnCount()) if view.horizontalHeader().isSectionHidden(c)
    )
    count = model.rowCount()
    body = (
        f"<h1>{escape(title)}</h1>"
        f'<p class="small">{escape(format_date(local_today()))}</p>' + table_html(model, hidden)
    )
    if count >= MAX_PRINTED_ROWS:
        body += (
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "Printing",
                    "Only the first {n} rows are printed; narrow the list with a filter.",
                ).format(n=MAX_PRINTED_ROWS)
            )
            + "</p>"
        )
    return preview_document(parent, title, body, landscape=model.columnCount() - len(hidden) > 5)
