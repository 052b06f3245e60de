"""Writes a document's HTML (the letters of documents/letter.py) as a Word file (.docx) for a
letter that needs a hand-made paragraph: the same letterhead, reference block, score tables
and signature as the PDF, in editable text.

Written with the standard library (zipfile and a small HTML reader) rather than python-docx,
which needs lxml: measured on the frozen bundle, the two add 10.7 MB (lxml 9.7 MB, python-docx
1.0 MB) for what is here a few hundred lines of WordprocessingML. Only the HTML this program
writes is understood: paragraphs, bold and italic, line breaks, spans with a font size, the
logo, headings, and tables. A table with a header row repeats it on every page and no row
breaks across pages, as in the PDF; a passage kept together (``pdf.keep_together``) becomes
paragraphs that Word keeps on one page. The footer numbers the pages "pagina 1 van 2".
"""

from __future__ import annotations

import re
import string
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from ssb_desktop.documents.files import write_whole
from ssb_desktop.errors import N_

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SPACES = re.compile(r"[ \t\r\n]+")
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")
# CSS pixels (1/96 inch) to English Metric Units, as Word measures pictures.
_EMU_PER_PX = 9525
_FONT = "Segoe UI"
_BODY_HALF_POINTS = 20  # 10 pt, as the PDF
_SMALL_HALF_POINTS = 16  # the class "small": 8 pt
_HEADING_HALF_POINTS = {"h1": 30, "h2": 24}
# A4 in twentieths of a point, with the PDF's margins (20, 15, 20, 12 mm).
_PAGE = (11906, 16838)
_MARGINS = {"top": 850, "right": 1134, "bottom": 680, "left": 1134}
_TEXT_WIDTH = _PAGE[0] - _MARGINS["left"] - _MARGINS["right"]


@dataclass
class _Run:
    text: str = ""
    bold: bool = False
    italic: bool = False
    size: int = 0  # half points; 0: the body size
    colour: str = ""
    line_break: bool = False
    image: str = ""  # a relationship id
    width: int = 0  # pixels, for an image
    height: int = 0


@dataclass
class _Paragraph:
    runs: list[_Run] = field(default_factory=list)
    keep_next: bool = False
    align: str = ""
    space_before: int = 0  # twips
    space_after: int = 160


@dataclass
class _Cell:
    blocks: list[_Paragraph | _Table] = field(default_factory=list)
    header: bool = False
    width: int = 0  # percent of the table
    right: bool = False


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    header_rows: int = 0
    borders: bool = True
    in_head: bool = False


Block = _Paragraph | _Table


class _Reader(HTMLParser):
    """The HTML of one document as Word paragraphs and tables."""

    def __init__(self, images: Mapping[str, str]) -> None:
        super().__init__(convert_charrefs=True)
        self.images = images  # src -> relationship id
        self.body: list[Block] = []
        self.tables: list[_Table] = []
        self.cells: list[_Cell] = []
        self.paragraph: _Paragraph | None = None
        self.bold = 0
        self.italic = 0
        self.sizes: list[int] = []
        self.kept = 0  # inside a kept-together passage
        self.span_stack: list[tuple[bool, int]] = []
        self.heading = ""
        self.image_sizes: dict[str, tuple[int, int]] = {}

    # --- where text goes ----------------------------------------------------------------

    def _container(self) -> list[Block]:
        return self.cells[-1].blocks if self.cells else self.body

    def _open(
        self, *, keep_next: bool = False, space_before: int = 0, space_after: int = 160
    ) -> _Paragraph:
        if self.paragraph is None:
            self.paragraph = _Paragraph([], keep_next, "", space_before, space_after)
            if self.cells:
                self.paragraph.space_after = 0
                if self.cells[-1].right:
                    self.paragraph.align = "right"
        return self.paragraph

    def _close(self) -> None:
        paragraph, self.paragraph = self.paragraph, None
        if paragraph is None or not paragraph.runs:
            return
        if self.kept:
            paragraph.keep_next = True
        self._container().append(paragraph)

    def _run(
        self,
        *,
        text: str = "",
        line_break: bool = False,
        image: str = "",
        width: int = 0,
        height: int = 0,
    ) -> _Run:
        size = self.sizes[-1] if self.sizes else 0
        return _Run(
            text, self.bold > 0, self.italic > 0, size, "", line_break, image, width, height
        )

    # --- the parser's events ------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        style = attributes.get("style", "")
        if tag == "p":
            self._close()
            top = re.search(r"margin-top:\s*(\d+)px", style)
            self._open(space_before=int(top.group(1)) * 15 if top else 0)
        elif tag in ("h1", "h2"):
            self._close()
            self.heading = tag
            self.bold += 1
            self.sizes.append(_HEADING_HALF_POINTS[tag])
            self._open(keep_next=True, space_before=240 if tag == "h2" else 0, space_after=120)
        elif tag in ("b", "strong", "th"):
            if tag == "th":
                self._start_cell(attributes, header=True)
            self.bold += 1
        elif tag == "i":
            self.italic += 1
        elif tag == "span":
            size = _FONT_SIZE.search(style)
            bold = "bold" in style
            small = "small" in attributes.get("class", "").split()
            half_points = (
                round(float(size.group(1)) * 2) if size else (_SMALL_HALF_POINTS if small else None)
            )
            if half_points is not None:
                self.sizes.append(half_points)
            if bold:
                self.bold += 1
            self.span_stack.append((bold, half_points is not None))
        elif tag == "br":
            self._open().runs.append(self._run(line_break=True))
        elif tag == "img":
            relation = self.images.get(attributes.get("src", ""))
            if relation:
                self._open().runs.append(
                    self._run(
                        image=relation,
                        width=int(attributes.get("width") or 0),
                        height=int(attributes.get("height") or 0),
                    )
                )
        elif tag == "table":
            self._close()
            if attributes.get("border") == "0":
                self.kept += 1  # keep_together: paragraphs that stay on one page
                self.tables.append(_Table(borders=False, header_rows=-1))
            else:
                self.tables.append(_Table())
        elif tag == "thead":
            if self.tables:
                self.tables[-1].in_head = True
        elif tag == "tr":
            if self.tables and self.tables[-1].header_rows >= 0:
                self.tables[-1].rows.append([])
        elif tag == "td":
            self._start_cell(attributes, header=False)

    def _start_cell(self, attributes: Mapping[str, str], *, header: bool) -> None:
        if not self.tables or self.tables[-1].header_rows < 0:
            return  # a kept-together passage: its cell is no cell in Word
        table = self.tables[-1]
        self._close()
        classes = attributes.get("class", "").split()
        if "plain" in classes:
            table.borders = False
        width = attributes.get("width", "").rstrip("%")
        cell = _Cell(header=header, width=int(width) if width.isdigit() else 0)
        cell.right = "number" in classes
        if not table.rows:
            table.rows.append([])
        table.rows[-1].append(cell)
        self.cells.append(cell)

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._close()
        elif tag in ("h1", "h2"):
            self._close()
            self.bold -= 1
            self.sizes.pop()
        elif tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)
        elif tag == "th":
            self.bold = max(0, self.bold - 1)
            self._end_cell()
        elif tag == "td":
            self._end_cell()
        elif tag == "i":
            self.italic = max(0, self.italic - 1)
        elif tag == "span" and self.span_stack:
            bold, sized = self.span_stack.pop()
            if bold:
                self.bold -= 1
            if sized:
                self.sizes.pop()
        elif tag == "thead":
            if self.tables:
                table = self.tables[-1]
                table.in_head = False
                table.header_rows = len(table.rows)
        elif tag == "table" and self.tables:
            self._close()
            table = self.tables.pop()
            if table.header_rows < 0:
                self.kept -= 1
                # The last paragraph of the passage need not stay with what follows.
                container = self._container()
                if container and isinstance(container[-1], _Paragraph):
                    container[-1].keep_next = False
            else:
                self._container().append(table)

    def _end_cell(self) -> None:
        if self.cells and self.tables and self.tables[-1].header_rows >= 0:
            self._close()
            cell = self.cells.pop()
            if not cell.blocks:
                cell.blocks.append(_Paragraph(space_after=0))

    def handle_data(self, data: str) -> None:
        text = _SPACES.sub(" ", data)
        if not text.strip() and (self.paragraph is None or not self.paragraph.runs):
            return
        self._open().runs.append(self._run(text=text))

    def close(self) -> None:
        super().close()
        self._close()


# --- WordprocessingML -----------------------------------------------------------------------


def _run_xml(run: _Run) -> str:
    properties = ""
    if run.bold:
        properties += "<w:b/>"
    if run.italic:
        properties += "<w:i/>"
    if run.colour:
        properties += f'<w:color w:val="{run.colour}"/>'
    if run.size:
        properties += f'<w:sz w:val="{run.size}"/><w:szCs w:val="{run.size}"/>'
    head = f"<w:r><w:rPr>{properties}</w:rPr>" if properties else "<w:r>"
    if run.line_break:
        return head + "<w:br/></w:r>"
    if run.image:
        return head + _drawing(run) + "</w:r>"
    return head + f'<w:t xml:space="preserve">{xml_escape(run.text)}</w:t></w:r>'


_DRAWING = (
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    '<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{number}" name="logo"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:nvPicPr><pic:cNvPr id="{number}" name="logo"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="{relation}"/><a:stretch><a:fillRect/></a:stretch>'
    "</pic:blipFill>"
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
    "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
)


def _drawing(run: _Run) -> str:
    return _DRAWING.format(
        cx=run.width * _EMU_PER_PX,
        cy=run.height * _EMU_PER_PX,
        number=int(run.image.removeprefix("rIdImage")) + 1,
        relation=run.image,
    )


def _paragraph_xml(paragraph: _Paragraph) -> str:
    properties = ""
    if paragraph.keep_next:
        properties += "<w:keepNext/><w:keepLines/>"
    properties += (
        f'<w:spacing w:before="{paragraph.space_before}" w:after="{paragraph.space_after}"/>'
    )
    if paragraph.align:
        properties += f'<w:jc w:val="{paragraph.align}"/>'
    runs = "".join(_run_xml(run) for run in paragraph.runs)
    return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"


def _table_xml(table: _Table) -> str:
    columns = max((len(row) for row in table.rows), default=1)
    first = table.rows[0] if table.rows else []
    percents = [cell.width for cell in first] + [0] * (columns - len(first))
    rest = max(0, 100 - sum(percents))
    unsized = percents.count(0)
    widths = [
        round(_TEXT_WIDTH * (p or (rest / unsized if unsized else 0)) / 100) for p in percents
    ]
    border = (
        "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        if table.borders
        else ""
    )
    parts = [
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{_TEXT_WIDTH}" w:type="dxa"/>',
        f"<w:tblBorders>{border}</w:tblBorders>" if border else "",
        '<w:tblLayout w:type="fixed"/>',
        '<w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/>'
        "</w:tblCellMar>",
        "</w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{width}"/>' for width in widths),
        "</w:tblGrid>",
    ]
    for index, row in enumerate(table.rows):
        # No row breaks across pages; the header rows repeat on every page.
        header = "<w:tblHeader/>" if index < table.header_rows else ""
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        for column, cell in enumerate(row):
            shading = '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>' if cell.header else ""
            width = widths[column] if column < len(widths) else 0
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>'
                + "".join(_block_xml(block) for block in cell.blocks)
                + "</w:tc>"
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    # Word needs a paragraph between two tables, or it joins them.
    return "".join(parts) + '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>'


def _block_xml(block: Block) -> str:
    return _paragraph_xml(block) if isinstance(block, _Paragraph) else _table_xml(block)


def _footer_xml() -> str:
    """ "pagina {PAGE} van {NUMPAGES}" in the current language, right-aligned, 8 pt grey."""
    text = QCoreApplication.translate("Documents", "page {number} of {count}")
    runs = []
    properties = f'<w:rPr><w:color w:val="444444"/><w:sz w:val="{_SMALL_HALF_POINTS}"/></w:rPr>'
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        if literal:
            runs.append(
                f'<w:r>{properties}<w:t xml:space="preserve">{xml_escape(literal)}</w:t></w:r>'
            )
        if name:
            code = "PAGE" if name == "number" else "NUMPAGES"
            runs.append(f'<w:fldSimple w:instr=" {code} "><w:r>{properties}<w:t>1</w:t></w:r>')
            runs.append("</w:fldSimple>")
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{_W}">'
        f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr>{"".join(runs)}</w:p></w:ftr>'
    )


def _document_xml(blocks: list[Block]) -> str:
    body = "".join(_block_xml(block) for block in blocks)
    margins = " ".join(f'w:{side}="{value}"' for side, value in _MARGINS.items())
    section = (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
        f'<w:pgSz w:w="{_PAGE[0]}" w:h="{_PAGE[1]}"/>'
        f'<w:pgMar {margins} w:header="567" w:footer="340" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}" xmlns:r="{_R}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f"<w:body>{body}{section}</w:body></w:document>"
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
    f'<w:rFonts w:ascii="{_FONT}" w:hAnsi="{_FONT}" w:cs="{_FONT}" w:eastAsia="{_FONT}"/>'
    f'<w:sz w:val="{_BODY_HALF_POINTS}"/><w:szCs w:val="{_BODY_HALF_POINTS}"/>'
    '<w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style></w:styles>"
)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)

_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _document_rels(images: Mapping[str, str]) -> str:
    relations = [
        f'<Relationship Id="rIdStyles" Type="{_RELATION}styles" Target="styles.xml"/>',
        f'<Relationship Id="rIdFooter" Type="{_RELATION}footer" Target="footer1.xml"/>',
        *(
            f'<Relationship Id="{relation}" Type="{_RELATION}image" Target="media/{name}"/>'
            for relation, name in images.items()
        ),
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(relations)
        + "</Relationships>"
    )


def _core(title: str, author: str) -> str:
    moment = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_escape(title)}</dc:title><dc:creator>{xml_escape(author)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{moment}</dcterms:created>'
        "</cp:coreProperties>"
    )


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes; PySide6 takes only a str at run time.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def docx_bytes(
    title: str, body_html: str, *, author: str = "", images: Mapping[str, QImage] | None = None
) -> bytes:
    """The .docx file of ``body_html`` (made with ``pdf.escape``, ``pdf.table`` and
    ``pdf.keep_together``) as bytes."""
    relations = {name: f"rIdImage{index}" for index, name in enumerate(images or {})}
    reader = _Reader(relations)
    reader.feed(body_html)
    reader.close()
    from io import BytesIO

    output = BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _PACKAGE_RELS)
        package.writestr("docProps/core.xml", _core(title, author))
        package.writestr("word/document.xml", _document_xml(reader.body))
        package.writestr("word/styles.xml", _STYLES)
        package.writestr("word/footer1.xml", _footer_xml())
        media = {relation: f"image{index}.png" for index, relation in enumerate(relations.values())}
        package.writestr("word/_rels/document.xml.rels", _document_rels(media))
        for name, relation in relations.items():
            package.writestr(f"word/media/{media[relation]}", _png((images or {})[name]))
    return output.getvalue()


_OPEN_IN_WORD = N_(
    "Errors", "{file} cannot be replaced; it may be open in Word. Close it and try again."
)


def write_docx(
    path: Path,
    title: str,
    body_html: str,
    *,
    author: str = "",
    images: Mapping[str, QImage] | None = None,
) -> Path:
    """Write the .docx at ``path`` through a temporary file beside it; a folder that cannot
    be written and a file open in Word get a clear message."""
    data = docx_bytes(title, body_html, author=author, images=images)
    return write_whole(Path(path), data, _OPEN_IN_WORD)


__all__ = ["docx_bytes", "write_docx"]
