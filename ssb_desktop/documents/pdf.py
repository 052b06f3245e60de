"""Writes an HTML document to a PDF file with Qt's own text engine (no extra dependency).

QtGui only, never widgets: the headless commands render letters on an offscreen
QGuiApplication (``cli.main`` creates one). The file is written to a temporary name and
renamed, so that a reader never sees half a document and a file open in a PDF viewer gives
a clear message instead of a broken file.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ssb_desktop.errors import N_, AppError

# A house style that prints well on A4 and reads well on screen.
STYLE = """
body { font-family: 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 6pt; }
h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 6pt; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 8pt; }
th { background-color: #e8e8e8; text-align: left; padding: 3pt; border: 1px solid #999; }
td { padding: 3pt; border: 1px solid #999; vertical-align: top; }
.number { text-align: right; }
.small { font-size: 8pt; color: #444; }
"""


def escape(text: object) -> str:
    """User text made safe to place inside the HTML of a document."""
    return html.escape(str(text)).replace("\n", "<br/>")


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()
) -> str:
    """An HTML table; the columns whose index is in ``numeric`` are right-aligned."""
    head = "".join(f"<th>{escape(text)}</th>" for text in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="number">{escape(value)}</td>'
            if index in numeric
            else f"<td>{escape(value)}</td>"
            for index, value in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f'<table width="100%" cellspacing="0"><tr>{head}</tr>{"".join(body)}</table>'


def ensure_gui_application() -> None:
    """Text layout needs fonts, so a QGuiApplication; refuse clearly when there is none."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise AppError(N_("Errors", "Documents can only be made while the program is running."))


def write_pdf(path: Path, title: str, body_html: str) -> Path:
    """Render ``body_html`` (made with ``escape`` and ``table``) as an A4 PDF at ``path``."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(
        f"<html><head><title>{escape(title)}</title></head><body>{body_html}</body></html>"
    )
    path = Path(path)
    # Beside the target, so that the rename stays on one file system.
    temporary = path.with_name(f".~{path.stem}-{os.getpid()}.pdf")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.touch()
    except OSError as error:
        raise AppError(
            N_("Errors", "The folder {folder} cannot be written to. Choose another folder."),
            {"folder": str(path.parent)},
            details=str(error),
        ) from error
    writer = QPdfWriter(str(temporary))
    writer.setTitle(title)
    writer.setCreator("ssb-desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 18, 20, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Without a page size of its own, print_() lays the text out on the writer's page and
    # scales from screen to printer resolution, so that 10pt prints as 10pt.
    document.print_(writer)
    del writer  # finishes the file
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AppError(
            N_(
                "Errors",
                "{file} cannot be replaced; it may be open in a PDF viewer. "
                "Close it and try again.",
            ),
            {"file": path.name},
            details=str(error),
        ) from error
    return path
