"""Writes decision letters on subsidy applications (grant, refusal, settlement, and grant and
settlement in one for a grant settled at once) as PDF, each
with the last day to object (content from ``services.subsidies.letter_contents``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.letter import (
    Addressee,
    LetterFrame,
    letter_document,
    long_date,
    render_template,
    signature_block,
    write_letter,
    write_letter_docx,
)
from ssb_desktop.documents.letter import letter_html as framed_html
from ssb_desktop.documents.pdf import Document, escape, keep_together, table
from ssb_desktop.formatting import format_money
from ssb_desktop.letter_templates import template_text
from ssb_desktop.records import (
    SETTLEMENT_REASON_LABELS,
    HouseStyleRecord,
    LetterKind,
    ReportTier,
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
        SubsidyLetterKind.GRANT_SETTLED: QCoreApplication.translate(
            "SubsidyLetter", "grant-settlement"
        ),
        SubsidyLetterKind.REMINDER: QCoreApplication.translate("SubsidyLetter", "reminder"),
    }[letter.kind]
    stem = f"{letter.application.reference}-{kind}-{letter.addressee_name}"
    stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_NAME].rstrip(" .") or "letter"
    if _RESERVED.match(stem):
        stem = f"_{stem}"
    return f"{stem}.pdf"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _heading(text: str) -> str:
    return f'<p style="margin-top: 16px; margin-bottom: 4px;"><b>{escape(text)}</b></p>'


def _payment_to(letter: SubsidyLetterContent, amount: Decimal) -> str:
    """Where and how the municipality pays ``amount`` (plain text)."""
    reference = letter.application.reference
    if letter.addressee_iban:
        text = QCoreApplication.translate(
            "SubsidyLetter",
            "We pay {amount} within four weeks into account {iban} in the name of {name}, "
            "quoting reference {reference}.",
        ).format(
            amount=format_money(amount),
            iban=letter.addressee_iban,
            name=letter.addressee_name,
            reference=reference,
        )
    else:
        text = QCoreApplication.translate(
            "SubsidyLetter",
            "We do not know your bank account yet. Send us the account number (IBAN) and the "
            "name of the account holder, quoting reference {reference}, so that we can pay "
            "{amount}.",
        ).format(amount=format_money(amount), reference=reference)
    return text


def _payment_block(text: str) -> str:
    return keep_together(
        _heading(QCoreApplication.translate("SubsidyLetter", "Payment")) + _paragraph(text)
    )


def _settlement_reason(letter: SubsidyLetterContent) -> str:
    app = letter.application
    reasons = []
    if app.settlement_reason is not None:
        label = SETTLEMENT_REASON_LABELS[app.settlement_reason]
        reasons.append(
            QCoreApplication.translate(
                "SubsidyLetter", "This is lower than the grant because: {reason}."
            ).format(reason=QCoreApplication.translate("SettlementReason", label).lower())
        )
    if app.settlement_above_grant_reason:
        reasons.append(
            QCoreApplication.translate(
                "SubsidyLetter", "This is higher than the grant because: {reason}"
            ).format(reason=app.settlement_above_grant_reason)
        )
    return " ".join(reasons)


def _amounts(letter: SubsidyLetterContent) -> str:
    app = letter.application
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
    return table((QCoreApplication.translate("SubsidyLetter", "Amount"), ""), rows, numeric=(1,))


def _settlement_payment(letter: SubsidyLetterContent, style: HouseStyleRecord) -> str:
    app = letter.application
    balance = app.balance if app.balance is not None else Decimal("0.00")
    if balance < 0:
        text = QCoreApplication.translate(
            "SubsidyLetter",
            "Please pay back {amount} within six weeks, quoting reference {reference}.",
        ).format(amount=format_money(-balance), reference=app.reference)
        if style.iban:
            text += " " + QCoreApplication.translate(
                "SubsidyLetter", "Our account is {iban} in the name of {name}."
            ).format(iban=style.iban, name=style.municipality)
        return _payment_block(text)
    if balance > 0:
        return _payment_block(_payment_to(letter, balance))
    return ""


def _report_documents(tier: ReportTier) -> str:
    """What the accountability of a grant in ``tier`` consists of, in a letter's words."""
    if tier is ReportTier.ACTIVITY_AND_FINANCIAL:
        return QCoreApplication.translate(
            "SubsidyLetter", "an activity report and a financial statement"
        )
    return QCoreApplication.translate("SubsidyLetter", "an activity report")


def placeholder_values(
    letter: SubsidyLetterContent, style: HouseStyleRecord
) -> tuple[dict[str, str], dict[str, str]]:
    """The inline values and the blocks that fill in a decision letter's template."""
    app = letter.application
    municipality = style.municipality or QCoreApplication.translate(
        "SubsidyLetter", "the municipality"
    )
    decided_by = letter.decided_by or QCoreApplication.translate(
        "SubsidyLetter", "the municipal executive of {municipality}"
    ).format(municipality=municipality)
    granted = app.granted if app.granted is not None else Decimal("0.00")
    inline = {
        "kenmerk": app.reference,
        "datum": long_date(letter.letter_date),
        "geadresseerde": letter.addressee_name,
        "gemeente": style.municipality,
        "regeling": letter.scheme_name,
        "activiteit": app.activity,
        "ontvangen_op": long_date(app.received_on),
        "besluitnemer": decided_by,
        "aangevraagd": format_money(app.requested),
        "laatste_dag_bezwaar": long_date(letter.objection_due),
        "verleend": format_money(app.granted),
        "vastgesteld": format_money(app.settled),
        "reden_afwijking": _settlement_reason(letter),
        "reden_weigering": letter.refusal_reason,
        "verantwoording_uiterlijk": long_date(app.report_due) if app.report_due else "",
        "verantwoording_stukken": _report_documents(app.report_tier),
        "verlaging": QCoreApplication.translate(
            "SubsidyLetter",
            "The grant is lower than requested, because the scheme's ceiling and distribution "
            "rule allow no more.",
        )
        if granted < app.requested
        else "",
    }
    payment = ""
    if letter.kind is SubsidyLetterKind.GRANT and granted > 0:
        payment = _payment_block(_payment_to(letter, granted))
    elif letter.kind in (SubsidyLetterKind.SETTLEMENT, SubsidyLetterKind.GRANT_SETTLED):
        payment = _settlement_payment(letter, style)
    blocks = {
        "betaling": payment,
        "bedragen": _amounts(letter) if letter.kind is SubsidyLetterKind.SETTLEMENT else "",
    }
    return inline, blocks


def letter_kind(letter: SubsidyLetterContent) -> LetterKind:
    """The kind of letter, for its signatory: a grant below the request is a partial grant."""
    app = letter.application
    if letter.kind is SubsidyLetterKind.GRANT:
        granted = app.granted if app.granted is not None else Decimal("0.00")
        return LetterKind.SUBSIDY_PARTIAL if granted < app.requested else LetterKind.SUBSIDY_GRANT
    if letter.kind is SubsidyLetterKind.REFUSAL:
        return LetterKind.SUBSIDY_REFUSAL
    if letter.kind is SubsidyLetterKind.REMINDER:
        return LetterKind.SUBSIDY_REMINDER
    if letter.kind is SubsidyLetterKind.GRANT_SETTLED:
        return LetterKind.SUBSIDY_GRANT_SETTLED
    return LetterKind.SUBSIDY_SETTLEMENT


def _subject(letter: SubsidyLetterContent) -> str:
    return {
        SubsidyLetterKind.GRANT: QCoreApplication.translate(
            "SubsidyLetter", "Grant of subsidy, application {reference}"
        ),
        SubsidyLetterKind.REFUSAL: QCoreApplication.translate(
            "SubsidyLetter", "Refusal of subsidy, application {reference}"
        ),
        SubsidyLetterKind.SETTLEMENT: QCoreApplication.translate(
            "SubsidyLetter", "Settlement of subsidy, application {reference}"
        ),
        SubsidyLetterKind.GRANT_SETTLED: QCoreApplication.translate(
            "SubsidyLetter", "Grant and settlement of subsidy, application {reference}"
        ),
        SubsidyLetterKind.REMINDER: QCoreApplication.translate(
            "SubsidyLetter", "Reminder: accountability report, application {reference}"
        ),
    }[letter.kind].format(reference=letter.application.reference)


def letter_frame(letter: SubsidyLetterContent) -> LetterFrame:
    """Addressee, reference block and subject of one decision letter."""
    return LetterFrame(
        kind=letter_kind(letter),
        addressee=Addressee(
            name=letter.addressee_name,
            contact=letter.addressee_contact,
            street=letter.addressee_street,
            postcode=letter.addressee_postcode,
            city=letter.addressee_city,
        ),
        our_reference=letter.application.reference,
        letter_date=letter.letter_date,
        subject=_subject(letter),
        their_reference=letter.application.their_reference,
    )


def body_html(
    letter: SubsidyLetterContent, style: HouseStyleRecord, template: str | None = None
) -> str:
    """The body of one letter after the salutation: the template of its kind (as staff
    edited it, or ``template`` for a preview) filled in, then the signature."""
    kind = letter_kind(letter)
    text = template if template is not None else template_text(style, kind)
    inline, blocks = placeholder_values(letter, style)
    if letter.decided_by:
        greeting = QCoreApplication.translate("Letter", "Yours faithfully,")
        signature = keep_together(
            f'<p>{escape(greeting)}</p><p style="margin-top: 40px;">{escape(letter.decided_by)}</p>'
        )
    else:
        signature = signature_block(
            style,
            kind,
            QCoreApplication.translate("SubsidyLetter", "The municipality, subsidies team"),
        )
    return render_template(text, inline, blocks) + signature


def letter_html(
    letter: SubsidyLetterContent, style: HouseStyleRecord, template: str | None = None
) -> str:
    """The whole letter (letterhead to signature) as HTML, in the current language; with
    ``template`` instead of the stored text (the live preview of an edited text)."""
    return framed_html(style, letter_frame(letter), body_html(letter, style, template), logo=False)


def _title(letter: SubsidyLetterContent) -> str:
    if letter.kind is SubsidyLetterKind.REMINDER:
        return _subject(letter)
    return QCoreApplication.translate("SubsidyLetter", "Subsidy decision {reference}").format(
        reference=letter.application.reference
    )


def write_subsidy_letters(
    letters: Sequence[SubsidyLetterContent],
    folder: Path,
    style: HouseStyleRecord,
    *,
    word: bool = False,
) -> list[Path]:
    """One PDF/A file per letter in ``folder`` (with ``word`` also a .docx beside it);
    returns the PDF files written, in order."""
    written: list[Path] = []
    for letter in letters:
        path = Path(folder) / file_name(letter)
        frame, title, body = letter_frame(letter), _title(letter), body_html(letter, style)
        written.append(write_letter(path, style, frame, title, body))
        if word:
            write_letter_docx(path.with_suffix(".docx"), style, frame, title, body)
    return written


def letter_documents(
    letters: Sequence[SubsidyLetterContent], style: HouseStyleRecord
) -> list[Document]:
    """The letters as documents to print, one after another, each with its own pages."""
    return [
        letter_document(style, letter_frame(letter), _title(letter), body_html(letter, style))
        for letter in letters
    ]
