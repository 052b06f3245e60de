"""Writes decision letters on subsidy applications (grant, refusal, settlement) as PDF, each
with the last day to object (content from ``services.subsidies.letter_contents``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.pdf import escape, table, write_pdf
from ssb_desktop.formatting import format_date, format_money
from ssb_desktop.records import (
    SETTLEMENT_REASON_LABELS,
    SubsidyLetterContent,
    SubsidyLetterKind,
)

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_MAX_NAME = 120


def file_name(letter: SubsidyLetterContent) -> str:
    """``<reference>-<kind>-<applicant>.pdf``, safe as a Windows file name."""
    kind = {
        SubsidyLetterKind.GRANT: QCoreApplication.translate("SubsidyLetter", "grant"),
        SubsidyLetterKind.REFUSAL: QCoreApplication.translate("SubsidyLetter", "refusal"),
        SubsidyLetterKind.SETTLEMENT: QCoreApplication.translate("SubsidyLetter", "settlement"),
    }[letter.kind]
    stem = f"{letter.application.reference}-{kind}-{letter.addressee_name}"
    stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_NAME].rstrip(" .") or "letter"
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    return f"{stem}.pdf"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _grant(letter: SubsidyLetterContent) -> list[str]:
    app = letter.application
    granted = app.granted if app.granted is not None else Decimal("0.00")
    parts = [
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "We grant you a subsidy of {granted} for {activity} under the scheme {scheme}. "
                "You requested {requested}.",
            ).format(
                granted=format_money(app.granted),
                activity=app.activity,
                scheme=letter.scheme_name,
                requested=format_money(app.requested),
            )
        )
    ]
    if granted < app.requested:
        parts.append(
            _paragraph(
                QCoreApplication.translate(
                    "SubsidyLetter",
                    "The grant is lower than requested because the ceiling of the scheme and "
                    "its distribution rule do not allow more.",
                )
            )
        )
    parts.append(
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "After the activity you report what was carried out and what it cost; the "
                "subsidy is then settled. Advances paid are offset against the settlement.",
            )
        )
    )
    return parts


def _refusal(letter: SubsidyLetterContent) -> list[str]:
    app = letter.application
    parts = [
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "We refuse your application for a subsidy of {requested} for {activity} under "
                "the scheme {scheme}.",
            ).format(
                requested=format_money(app.requested),
                activity=app.activity,
                scheme=letter.scheme_name,
            )
        )
    ]
    if letter.refusal_reason:
        parts.append(
            _paragraph(
                QCoreApplication.translate("SubsidyLetter", "Reason: {reason}").format(
                    reason=letter.refusal_reason
                )
            )
        )
    return parts


def _settlement(letter: SubsidyLetterContent) -> list[str]:
    app = letter.application
    parts = [
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "We settle the subsidy for {activity} under the scheme {scheme} at {settled}.",
            ).format(
                activity=app.activity,
                scheme=letter.scheme_name,
                settled=format_money(app.settled),
            )
        )
    ]
    if app.settlement_reason is not None:
        label = SETTLEMENT_REASON_LABELS[app.settlement_reason]
        parts.append(
            _paragraph(
                QCoreApplication.translate(
                    "SubsidyLetter", "This is lower than the grant because: {reason}."
                ).format(reason=QCoreApplication.translate("SettlementReason", label).lower())
            )
        )
    if app.settlement_above_grant_reason:
        parts.append(
            _paragraph(
                QCoreApplication.translate(
                    "SubsidyLetter", "This is higher than the grant because: {reason}"
                ).format(reason=app.settlement_above_grant_reason)
            )
        )
    balance = app.balance if app.balance is not None else Decimal("0.00")
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("SubsidyLetter", "Granted"), format_money(app.granted)),
        (QCoreApplication.translate("SubsidyLetter", "Settled"), format_money(app.settled)),
        (
            QCoreApplication.translate("SubsidyLetter", "Advances paid"),
            format_money(app.advances_paid),
        ),
    ]
    if balance < 0:
        rows.append(
            (
                QCoreApplication.translate("SubsidyLetter", "To be paid back by you"),
                format_money(-balance),
            )
        )
    else:
        rows.append(
            (
                QCoreApplication.translate("SubsidyLetter", "Still to be paid to you"),
                format_money(balance),
            )
        )
    parts.append(
        table((QCoreApplication.translate("SubsidyLetter", "Amount"), ""), rows, numeric=(1,))
    )
    if balance < 0:
        parts.append(
            _paragraph(
                QCoreApplication.translate(
                    "SubsidyLetter",
                    "Please pay back {amount} within six weeks, quoting reference {reference}.",
                ).format(amount=format_money(-balance), reference=app.reference)
            )
        )
    return parts


def letter_html(letter: SubsidyLetterContent) -> str:
    """The body of one letter, in the current language; every user text escaped."""
    app = letter.application
    address = "<br/>".join(
        escape(line)
        for line in (
            letter.addressee_name,
            letter.addressee_street,
            f"{letter.addressee_postcode}  {letter.addressee_city}".strip(),
        )
        if line
    )
    subject = {
        SubsidyLetterKind.GRANT: QCoreApplication.translate(
            "SubsidyLetter", "Grant of subsidy, application {reference}"
        ),
        SubsidyLetterKind.REFUSAL: QCoreApplication.translate(
            "SubsidyLetter", "Refusal of subsidy, application {reference}"
        ),
        SubsidyLetterKind.SETTLEMENT: QCoreApplication.translate(
            "SubsidyLetter", "Settlement of subsidy, application {reference}"
        ),
    }[letter.kind].format(reference=app.reference)
    body = {
        SubsidyLetterKind.GRANT: _grant,
        SubsidyLetterKind.REFUSAL: _refusal,
        SubsidyLetterKind.SETTLEMENT: _settlement,
    }[letter.kind](letter)
    decided_by = letter.decided_by or QCoreApplication.translate(
        "SubsidyLetter", "the municipality"
    )
    signature = letter.decided_by or QCoreApplication.translate(
        "SubsidyLetter", "The municipality, subsidies team"
    )
    date_line = QCoreApplication.translate("SubsidyLetter", "Date: {date}").format(
        date=format_date(letter.letter_date)
    )
    reference_line = QCoreApplication.translate(
        "SubsidyLetter", "Our reference: {reference}"
    ).format(reference=app.reference)
    objection_heading = QCoreApplication.translate("SubsidyLetter", "Objection")
    parts = [
        f"<p>{address}</p>",
        '<p style="margin-top: 36px; margin-bottom: 18px;">'
        f"{escape(date_line)}<br/>{escape(reference_line)}</p>",
        f"<h2>{escape(subject)}</h2>",
        _paragraph(QCoreApplication.translate("SubsidyLetter", "Dear Sir or Madam,")),
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "On {received} we received your application. This decision is taken by "
                "{decided_by}.",
            ).format(received=format_date(app.received_on), decided_by=decided_by)
        ),
        *body,
        f"<h2>{escape(objection_heading)}</h2>",
        _paragraph(
            QCoreApplication.translate(
                "SubsidyLetter",
                "If you do not agree with this decision, you can lodge a written objection "
                "with {decided_by} no later than {objection_due}. State your name and address, "
                "the date, the reference of this letter and why you disagree, and sign it.",
            ).format(decided_by=decided_by, objection_due=format_date(letter.objection_due))
        ),
        _paragraph(QCoreApplication.translate("SubsidyLetter", "Yours faithfully,")),
        _paragraph(signature),
    ]
    return "".join(parts)


def write_subsidy_letters(letters: Sequence[SubsidyLetterContent], folder: Path) -> list[Path]:
    """One PDF per letter in ``folder``; returns the files written, in the letters' order."""
    written: list[Path] = []
    for letter in letters:
        title = QCoreApplication.translate("SubsidyLetter", "Subsidy decision {reference}").format(
            reference=letter.application.reference
        )
        written.append(write_pdf(Path(folder) / file_name(letter), title, letter_html(letter)))
    return written
