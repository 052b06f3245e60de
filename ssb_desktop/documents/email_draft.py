"""E-mail drafts (.eml) of letters: addressed to the organisation's e-mail (or its contact's),
the PDF attached, marked unsent so that Outlook opens it as a draft to send; Thunderbird opens
it as a message to forward or edit. An organisation without an e-mail address gets a draft that
says so at the top, and its letter is written all the same."""

from __future__ import annotations

import os
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_, AppError
from ssb_desktop.records import HouseStyleRecord, LetterKind


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
    temporary = target.with_name(f".~{target.stem}-{os.getpid()}.eml")
    try:
        temporary.write_bytes(bytes(message))
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AppError(
            N_("Errors", "The folder {folder} cannot be written to. Choose another folder."),
            {"folder": str(target.parent)},
            details=str(error),
        ) from error
    return target
