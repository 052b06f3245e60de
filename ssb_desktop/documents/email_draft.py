"""E-mail drafts (.eml) of letters: addressed to the organisation's e-mail (or its contact's),
the PDF attached, marked unsent so that Outlook opens it as a draft to send; Thunderbird opens
it as a message to forward or edit. An organisation without an e-mail address gets a draft that
says so at the top, and its letter is written all the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.files import write_whole
from ssb_desktop.documents.letter import LetterFrame
from ssb_desktop.records import HouseStyleRecord, LetterKind


class Addressed(Protocol):
    """What a letter's content says about where it goes (award and decision letters)."""

    @property
    def addressee_name(self) -> str: ...
    @property
    def addressee_contact(self) -> str: ...
    @property
    def addressee_email(self) -> str: ...


C = TypeVar("C", bound=Addressed)


@dataclass(frozen=True, slots=True)
class Draft:
    """One e-mail draft written: its file, the letter it carries and to whom it goes; an
    empty ``to_address`` means the organisation has no e-mail address (the draft says so)."""

    path: Path
    pdf: Path
    organisation: str
    to_address: str


def write_eml(
    pdf: Path,
    *,
    to_address: str,
    to_name: str,
    organisation: str,
    subject: str,
    style: HouseStyleRecord,
    kind: LetterKind,
) -> Path:
    """``<pdf stem>.eml`` beside ``pdf``; returns its path."""
    pdf = Path(pdf)
    message = EmailMessage()
    if style.email:
        message["From"] = formataddr((style.municipality, style.email))
    if to_address:
        message["To"] = formataddr((to_name, to_address))
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    # Outlook opens a message with this header as an unsent draft.
    message["X-Unsent"] = "1"
    signatory = style.signatory(kind)
    lines = []
    if not to_address:
        lines += [
            QCoreApplication.translate(
                "EmailDraft",
                "NOTE: {name} has no e-mail address in the register. Fill in the addressee, or "
                "send the letter by post.",
            ).format(name=organisation),
            "",
        ]
    lines += [
        QCoreApplication.translate("Letter", "Dear Sir or Madam,"),
        "",
        QCoreApplication.translate(
            "EmailDraft", "Please find attached our letter: {subject}."
        ).format(subject=subject),
        "",
        QCoreApplication.translate("Letter", "Yours faithfully,"),
        *(line for line in (signatory.mandate, signatory.name, signatory.function) if line),
        style.municipality,
    ]
    message.set_content("\n".join(lines))
    message.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name
    )
    target = pdf.with_suffix(".eml")
    write_whole(target, bytes(message))
    return target


def write_drafts(
    contents: Sequence[C],
    pdfs: Sequence[Path],
    style: HouseStyleRecord,
    frame_of: Callable[[C], LetterFrame],
) -> list[Draft]:
    """An .eml beside each letter's PDF (``pdfs`` in the order of ``contents``), addressed to
    the organisation's e-mail for the attention of its contact; the subject is the letter's."""
    drafts: list[Draft] = []
    for content, pdf in zip(contents, pdfs, strict=True):
        frame = frame_of(content)
        path = write_eml(
            pdf,
            to_address=content.addressee_email,
            to_name=content.addressee_contact or content.addressee_name,
            organisation=content.addressee_name,
            subject=frame.subject,
            style=style,
            kind=frame.kind,
        )
        drafts.append(Draft(path, Path(pdf), content.addressee_name, content.addressee_email))
    return drafts
