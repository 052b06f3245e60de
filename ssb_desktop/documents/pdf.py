"""Writes an HTML document to an archivable PDF/A-1b file with Qt's own text engine.

QtGui only, never widgets: the headless commands render letters on an offscreen
QGuiApplication (``cli.main`` creates one). The pages are laid out here rather than by
``QTextDocument.print_`` so that every page gets a footer ("pagina 1 van 2"), a table row is
never cut across two pages (the table is split before it and its header repeated), and a
passage marked to be kept together (``keep_together``) starts on a new page rather than
breaking. The file is written to a temporary name and renamed, so that a reader never sees
half a document and a file open in a PDF viewer gives a clear message instead of a broken file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

from ssb_desktop.documents.files import written_whole
from ssb_desktop.errors import N_, AppError

# A house style that prints well on A4 and reads well on screen.
STYLE = """
body { font-family: 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 8px; }
h2 { font-size: 12pt; margin-top: 16px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 11px; }
table { border-collapse: collapse; margin-top: 5px; margin-bottom: 11px; }
th { background-color: #e8e8e8; text-align: left; padding: 4px; border: 1px solid #999; }
td { padding: 4px; border: 1px solid #999; vertical-align: top; }
td.plain { border: none; padding: 0px; }
.number { text-align: right; }
.small { font-size: 8pt; color: #444; }
"""

FONT_FAMILIES = ("Segoe UI", "DejaVu Sans", "Liberation Sans", "Arial")
# Text is laid out in CSS pixels (margins and paddings in the style sheet are pixels) and
# scaled to the printer's resolution when painted, as QTextDocument.print_ does.
LAYOUT_DPI = 96
# Room below the text of every page for the footer, in millimetres.
_FOOTER_MM = 9.0
_MM_PER_INCH = 25.4
_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)
_ROW = re.compile(r"<tr\b.*?</tr>", re.DOTALL)
_HEAD = re.compile(r"<thead>.*?</thead>", re.DOTALL)
_BREAK = ' style="page-break-before: always"'

# A footer text for page ``number`` of ``count``; none: no footer.
Footer = Callable[[int, int], str]


def escape(text: object) -> str:
    """User text made safe to place inside the HTML of a document."""
    return html.escape(str(text)).replace("\n", "<br/>")


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()
) -> str:
    """An HTML table whose header row repeats on every page; the columns whose index is in
    ``numeric`` are right-aligned."""
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
    return (
        f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>{"".join(body)}</table>'
    )


def keep_together(body_html: str) -> str:
    """A passage that must not break across pages (the standstill paragraph): when it would,
    it starts on the next page instead."""
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" '
        'style="margin-top: 12px; margin-bottom: 0px;">'
        f'<tr><td class="plain">{body_html}</td></tr></table>'
    )


def page_footer(number: int, count: int) -> str:
    """The default footer: "pagina 1 van 2"."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Documents", "page {number} of {count}").format(
        number=number, count=count
    )


def ensure_gui_application() -> None:
    """Text layout needs fonts, so a QGuiApplication; refuse clearly when there is none."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise AppError(N_("Errors", "Documents can only be made while the program is running."))


def _top_tables(document: QTextDocument) -> list[QTextTable]:
    """The tables of the document in reading order, as they occur in its HTML (no nesting)."""
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _row_span(document: QTextDocument, frame: QTextTable, row: int) -> tuple[float, float]:
    layout = document.documentLayout()
    tops: list[float] = []
    bottoms: list[float] = []
    for column in range(frame.columns()):
        cell = frame.cellAt(row, column)
        if not cell.isValid():
            continue
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        tops.append(layout.blockBoundingRect(block).top())
        bottoms.append(layout.blockBoundingRect(last).bottom())
    return (min(tops), max(bottoms)) if tops else (0.0, 0.0)


def _broken_rows(document: QTextDocument, page_height: float) -> list[tuple[int, int, bool]]:
    """(table index, row, at_top) of each table row that runs over a page end; at_top says
    whether the row is the table's first body row (then the whole table moves)."""
    broken = []
    for index, frame in enumerate(_top_tables(document)):
        header_rows = frame.format().headerRowCount()
        for row in range(header_rows, frame.rows()):
            top, bottom = _row_span(document, frame, row)
            if int(top // page_height) != int(bottom // page_height):
                broken.append((index, row, row == header_rows))
    return broken


def _split_html(body_html: str, table_index: int, row: int, at_top: bool) -> str | None:
    """The HTML with the ``table_index``-th table split before body ``row`` (its header
    repeated), or moved whole to the next page; None when that was done already."""
    matches = list(_TABLE.finditer(body_html))
    if table_index >= len(matches):
        return None
    match = matches[table_index]
    text = match.group(0)
    opening = text[: text.index(">") + 1]
    if at_top:
        if "page-break-before" in opening:
            return None
        moved = opening[:-1] + _BREAK + ">" + text[len(opening) :]
        return body_html[: match.start()] + moved + body_html[match.end() :]
    head_match = _HEAD.search(text)
    head = head_match.group(0) if head_match else ""
    rest = text[head_match.end() :] if head_match else text[len(opening) :]
    rows = _ROW.findall(rest)
    body_row = row - (1 if head_match else 0)
    if body_row <= 0 or body_row >= len(rows):
        return None
    plain_opening = opening.replace(_BREAK, "")
    first = opening + head + "".join(rows[:body_row]) + "</table>"
    second = plain_opening[:-1] + _BREAK + ">" + head + "".join(rows[body_row:]) + "</table>"
    return body_html[: match.start()] + first + second + body_html[match.end() :]


def _reference_device() -> QImage:
    """A paint device of exactly LAYOUT_DPI, so that the layout is the same on every machine
    whatever the screen's scaling."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _laid_out(
    title: str,
    body_html: str,
    images: Mapping[str, QImage],
    page: QSizeF,
) -> QTextDocument:
    """The document laid out on pages of ``page`` (LAYOUT_DPI pixels), with no table row and
    no kept-together passage running over a page end."""
    reference = _reference_device()
    for _attempt in range(200):
        document = QTextDocument()
        document.setUseDesignMetrics(True)
        document.documentLayout().setPaintDevice(reference)
        font = QFont()
        font.setFamilies(list(FONT_FAMILIES))
        font.setPointSizeF(10)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(STYLE)
        for name, image in images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        document.setHtml(
            f"<html><head><title>{escape(title)}</title></head><body>{body_html}</body></html>"
        )
        root = document.rootFrame().frameFormat()
        root.setMargin(0)
        root.setBottomMargin(_FOOTER_MM / _MM_PER_INCH * LAYOUT_DPI)
        document.rootFrame().setFrameFormat(root)
        document.setPageSize(page)
        split = next(
            (
                html_text
                for broken in _broken_rows(document, page.height())
                if (html_text := _split_html(body_html, *broken)) is not None
            ),
            None,
        )
        if split is None:
            return document
        body_html = split
    return document


_OPEN_IN_VIEWER = N_(
    "Errors",
    "{file} cannot be replaced; it may be open in a PDF viewer. Close it and try again.",
)


def write_pdf(
    path: Path,
    title: str,
    body_html: str,
    *,
    author: str = "",
    images: Mapping[str, QImage] | None = None,
    footer: Footer | None = page_footer,
) -> Path:
    """Render ``body_html`` (made with ``escape``, ``table`` and ``keep_together``) as an A4
    PDF/A-1b file at ``path``, fonts embedded, with the title, author and creator in its
    metadata; ``images`` are the pictures the HTML names in ``<img src=...>``."""
    ensure_gui_application()
    path = Path(path)
    with written_whole(path, _OPEN_IN_VIEWER) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setTitle(title)
        writer.setCreator("ssb-desktop")
        if author:
            writer.setAuthor(author)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 15, 20, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        paint_document(writer, title, body_html, images=images, footer=footer)
        del writer  # finishes the file
    return path


@dataclass(frozen=True, slots=True)
class Document:
    """One document to paint: its title, HTML body and the pictures the HTML names."""

    title: str
    body_html: str
    images: Mapping[str, QImage] = field(default_factory=dict)


def paint_document(
    device: QPagedPaintDevice,
    title: str,
    body_html: str,
    *,
    images: Mapping[str, QImage] | None = None,
    footer: Footer | None = page_footer,
) -> None:
    """Lay ``body_html`` out on the pages of ``device`` (a PDF writer or a printer) and paint
    them: no table row cut, kept-together passages whole, a footer on every page."""
    paint_documents(device, [Document(title, body_html, images or {})], footer=footer)


def paint_documents(
    device: QPagedPaintDevice,
    documents: Sequence[Document],
    *,
    footer: Footer | None = page_footer,
) -> None:
    """Several documents (the letters of a lot) one after another on ``device``, each from a
    new page and with its own page numbers."""
    ensure_gui_application()
    area = device.pageLayout().paintRect(QPageLayout.Unit.Inch)
    page = QSizeF(area.width() * LAYOUT_DPI, area.height() * LAYOUT_DPI)
    painter = QPainter(device)
    try:
        painter.scale(device.logicalDpiY() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        for index, item in enumerate(documents):
            if index:
                device.newPage()
            laid_out = _laid_out(item.title, item.body_html, item.images, page)
            _paint(device, painter, laid_out, page, footer)
    finally:
        painter.end()


def _paint(
    device: QPagedPaintDevice,
    painter: QPainter,
    document: QTextDocument,
    page: QSizeF,
    footer: Footer | None,
) -> None:
    count = document.pageCount()
    height = page.height()
    small = QFont(document.defaultFont())
    small.setPixelSize(round(8 * LAYOUT_DPI / 72))  # 8 pt, in the scaled painter
    band = _FOOTER_MM / _MM_PER_INCH * LAYOUT_DPI
    for number in range(count):
        if number:
            device.newPage()
        painter.save()
        painter.translate(0, -number * height)
        clip = QRectF(0, number * height, page.width(), height - band)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
        if footer is not None:
            painter.setFont(small)
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(0, height - band * 0.6, page.width(), band * 0.6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                footer(number + 1, count),
            )
