"""The frame of every letter the municipality sends: letterhead with logo and sender, the
addressee with "t.a.v." the contact person, the reference block (ons kenmerk, uw kenmerk,
datum written out, onderwerp), the salutation, the signature block with the mandate line,
and "pagina 1 van 2" on every page, written as PDF/A with the house style's metadata."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage, QPainter

from ssb_desktop.documents.pdf import Document, escape, keep_together, write_pdf
from ssb_desktop.errors import N_
from ssb_desktop.letter_templates import paragraphs
from ssb_desktop.records import HouseStyleRecord, LetterKind

_MONTHS = (
    N_("Months", "January"),
    N_("Months", "February"),
    N_("Months", "March"),
    N_("Months", "April"),
    N_("Months", "May"),
    N_("Months", "June"),
    N_("Months", "July"),
    N_("Months", "August"),
    N_("Months", "September"),
    N_("Months", "October"),
    N_("Months", "November"),
    N_("Months", "December"),
)
_LOGO = "ssb-logo"
# The logo's height on paper, in CSS pixels (1/96 inch): about 18 mm.
_LOGO_HEIGHT = 68


def long_date(day: date) -> str:
    """The date written out as a letter gives it: "7 december 2026"."""
    month = QCoreApplication.translate("Months", _MONTHS[day.month - 1])
    return f"{day.day} {month} {day.year}"


@dataclass(frozen=True, slots=True)
class Addressee:
    name: str
    contact: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class LetterFrame:
    """What surrounds the body of one letter."""

    kind: LetterKind
    addressee: Addressee
    our_reference: str
    letter_date: date
    subject: str
    their_reference: str = ""


def _logo_image(style: HouseStyleRecord) -> QImage | None:
    """The logo on white: PDF/A-1 allows no transparency."""
    if not style.logo:
        return None
    image = QImage.fromData(style.logo)
    if image.isNull():
        return None
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _letterhead(style: HouseStyleRecord, logo: QImage | None) -> str:
    left = ""
    if logo is not None:
        width = round(_LOGO_HEIGHT * logo.width() / max(logo.height(), 1))
        left = f'<img src="{_LOGO}" height="{_LOGO_HEIGHT}" width="{width}"/><br/>'
    if style.municipality:
        left += (
            f'<span style="font-size: 13pt; font-weight: bold;">{escape(style.municipality)}</span>'
        )
    lines: list[str] = []
    if style.visiting_address:
        label = QCoreApplication.translate("Letter", "Visiting address")
        lines.append(f"<b>{escape(label)}</b><br/>{escape(style.visiting_address)}")
    if style.postal_address:
        label = QCoreApplication.translate("Letter", "Postal address")
        lines.append(f"<b>{escape(label)}</b><br/>{escape(style.postal_address)}")
    contact = "<br/>".join(escape(v) for v in (style.phone, style.email, style.website) if v)
    if contact:
        lines.append(contact)
    right = "<br/>".join(lines)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-bottom: 24px;">'
        f'<tr><td class="plain" width="60%">{left}</td>'
        f'<td class="plain" width="40%"><span class="small">{right}</span></td></tr></table>'
    )


def _addressee(addressee: Addressee) -> str:
    lines = [addressee.name]
    if addressee.contact:
        lines.append(
            QCoreApplication.translate("Letter", "for the attention of {name}").format(
                name=addressee.contact
            )
        )
    lines.append(addressee.street)
    lines.append(f"{addressee.postcode}  {addressee.city}".strip())
    text = "<br/>".join(escape(line) for line in lines if line)
    return f'<p style="margin-bottom: 32px;">{text}</p>'


def _reference_block(frame: LetterFrame) -> str:
    rows = [(QCoreApplication.translate("Letter", "Our reference"), frame.our_reference)]
    if frame.their_reference:
        rows.append((QCoreApplication.translate("Letter", "Your reference"), frame.their_reference))
    rows.append((QCoreApplication.translate("Letter", "Date"), long_date(frame.letter_date)))
    rows.append((QCoreApplication.translate("Letter", "Subject"), frame.subject))
    body = "".join(
        f'<tr><td class="plain" width="22%"><span class="small">{escape(label)}</span></td>'
        f'<td class="plain" width="78%">{escape(value)}</td></tr>'
        for label, value in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="1" style="margin-bottom: 24px;">'
        f"{body}</table>"
    )


def heading(text: str) -> str:
    """A heading in a letter's body; ``text`` is plain text."""
    return _heading_html(escape(text))


def _heading_html(html: str) -> str:
    return f'<p style="margin-top: 16px; margin-bottom: 4px;"><b>{html}</b></p>'


def _filled(text: str, inline: Mapping[str, str]) -> str:
    """The paragraph's text with every placeholder filled in, all of it escaped."""
    return "".join(
        escape(literal) + (escape(inline.get(name, "")) if name else "")
        for literal, name, _spec, _conversion in string.Formatter().parse(text)
    )


def render_template(text: str, inline: Mapping[str, str], blocks: Mapping[str, str]) -> str:
    """A checked template (letter_templates.py) as HTML: ``inline`` values are escaped text,
    ``blocks`` ready HTML. A heading stays on one page with the paragraph after it, as the
    standstill and objection paragraphs must; a paragraph that comes out empty is left out."""
    rendered: list[tuple[str, str]] = []  # (heading, text or block; html)
    for paragraph in paragraphs(text):
        if paragraph.block and paragraph.block in blocks:
            kind, html = "block", blocks[paragraph.block]
        elif paragraph.heading:
            kind, html = "heading", _heading_html(_filled(paragraph.text, inline))
        else:
            filled = _filled(paragraph.text, inline)
            kind, html = "text", f"<p>{filled}</p>" if filled.strip() else ""
        if html:
            rendered.append((kind, html))
    parts: list[str] = []
    index = 0
    while index < len(rendered):
        kind, html = rendered[index]
        following = rendered[index + 1] if index + 1 < len(rendered) else ("", "")
        # A heading with its paragraph (not with a table or a long list, which may break).
        if kind == "heading" and following[0] == "text":
            parts.append(keep_together(html + following[1]))
            index += 2
            continue
        parts.append(html)
        index += 1
    return "".join(parts)


def signature_block(style: HouseStyleRecord, kind: LetterKind, fallback: str = "") -> str:
    """ "Met vriendelijke groet," the mandate line, room to sign, name and function."""
    signatory = style.signatory(kind)
    greeting = QCoreApplication.translate("Letter", "Yours faithfully,")
    parts = [f"<p>{escape(greeting)}</p>"]
    if signatory.mandate:
        parts.append(f"<p>{escape(signatory.mandate)}</p>")
    name_lines = [line for line in (signatory.name, signatory.function) if line]
    if not name_lines:
        name_lines = [fallback or style.municipality]
    lines = "<br/>".join(escape(line) for line in name_lines if line)
    parts.append(f'<p style="margin-top: 40px;">{lines}</p>')
    # A signature alone on a page, cut from its greeting, is not how a letter is signed.
    return keep_together("".join(parts))


def letter_html(
    style: HouseStyleRecord, frame: LetterFrame, body_html: str, *, logo: bool = True
) -> str:
    """The whole letter as HTML: letterhead, addressee, reference block, salutation, body
    (which ends with the signature block)."""
    image = _logo_image(style) if logo else None
    salutation = QCoreApplication.translate("Letter", "Dear Sir or Madam,")
    return "".join(
        (
            _letterhead(style, image),
            _addressee(frame.addressee),
            _reference_block(frame),
            f"<p>{escape(salutation)}</p>",
            body_html,
        )
    )


def letter_document(
    style: HouseStyleRecord, frame: LetterFrame, title: str, body_html: str
) -> Document:
    """One whole letter, logo included, ready to write as PDF or to print."""
    image = _logo_image(style)
    return Document(
        title,
        letter_html(style, frame, body_html, logo=image is not None),
        {_LOGO: image} if image is not None else {},
    )


def write_letter(
    path: Path, style: HouseStyleRecord, frame: LetterFrame, title: str, body_html: str
) -> Path:
    """One letter as an A4 PDF/A file with "pagina 1 van 2" on every page."""
    document = letter_document(style, frame, title, body_html)
    return write_pdf(
        path,
        document.title,
        document.body_html,
        author=style.municipality,
        images=document.images,
    )


def write_letter_docx(
    path: Path, style: HouseStyleRecord, frame: LetterFrame, title: str, body_html: str
) -> Path:
    """The same letter as a Word file (.docx), for a hand-made paragraph before sending."""
    from ssb_desktop.documents.docx import write_docx

    document = letter_document(style, frame, title, body_html)
    return write_docx(
        path, document.title, document.body_html, author=style.municipality, images=document.images
    )
