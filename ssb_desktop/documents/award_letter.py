"""Writes the award decision letter of each bidder of a lot as a PDF (DOMAIN.md section 3).

A letter names the winner, gives the reasons (the characteristics and relative advantages of
the winning bid), the addressee's and the winner's scores per criterion with the consensus
motivation, the addressee's place in the ranking and the exact last day of the standstill
period. It holds nothing of the other bidders: the content comes from
``services.awards.letters``, which leaves them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import timedelta
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
from ssb_desktop.documents.pdf import Document, escape, keep_together
from ssb_desktop.formatting import format_number, format_points
from ssb_desktop.letter_templates import template_text
from ssb_desktop.records import (
    HouseStyleRecord,
    LetterContent,
    LetterKind,
    LetterScore,
    TimelineEvent,
)

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_MAX_NAME = 120


def file_name(letter: LetterContent) -> str:
    """``<lot label>-<bid code>-<organisation>.pdf``, safe as a Windows file name: no
    reserved characters, no trailing dot or space, not too long. The dashes make the stem
    differ from Windows' reserved device names (CON, NUL, ...)."""
    stem = f"{letter.lot_label.replace('/', '-')}-{letter.bid_code}-{letter.addressee_name}"
    stem = _UNSAFE.sub("_", stem).strip(" .")[:_MAX_NAME].rstrip(" .") or "letter"
    return f"{stem}.pdf"


def _points(value: Decimal | None) -> str:
    return format_points(value)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A score table: the criterion column wide, the figures right-aligned; the header row
    repeats on every page and no row is cut across two pages (``documents.pdf``)."""
    first = 34 if len(headers) > 4 else 55
    rest = (100 - first) // (len(headers) - 1)
    head = "".join(
        f'<th width="{first if index == 0 else rest}%">{escape(text)}</th>'
        for index, text in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(value)}</td>"
            if index == 0
            else f'<td class="number">{escape(value)}</td>'
            for index, value in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>{body}</table>'


def _heading(text: str) -> str:
    return f'<p style="margin-top: 16px; margin-bottom: 4px;"><b>{escape(text)}</b></p>'


def _criterion(row: LetterScore) -> str:
    if row.is_price and not row.title:
        return QCoreApplication.translate("AwardLetter", "Price")
    name = " ".join(part for part in (row.code, row.title) if part)
    return "\u2003" * row.depth + name


def _score_table(letter: LetterContent) -> str:
    if letter.is_winner:
        headers = [
            QCoreApplication.translate("AwardLetter", "Criterion"),
            QCoreApplication.translate("AwardLetter", "Weight"),
            QCoreApplication.translate("AwardLetter", "Your score"),
            QCoreApplication.translate("AwardLetter", "Your points"),
        ]
        rows: list[list[object]] = [
            [
                _criterion(r),
                format_number(r.weight),
                format_number(r.addressee_score),
                _points(r.addressee_points),
            ]
            for r in letter.scores
        ]
        rows.append(
            [QCoreApplication.translate("AwardLetter", "Total"), "", "", _points(letter.total)]
        )
        return _table(headers, rows)
    headers = [
        QCoreApplication.translate("AwardLetter", "Criterion"),
        QCoreApplication.translate("AwardLetter", "Weight"),
        QCoreApplication.translate("AwardLetter", "Your score"),
        QCoreApplication.translate("AwardLetter", "Your points"),
        QCoreApplication.translate("AwardLetter", "Winner's score"),
        QCoreApplication.translate("AwardLetter", "Winner's points"),
    ]
    rows = [
        [
            _criterion(r),
            format_number(r.weight),
            format_number(r.addressee_score),
            _points(r.addressee_points),
            format_number(r.winner_score),
            _points(r.winner_points),
        ]
        for r in letter.scores
    ]
    rows.append(
        [
            QCoreApplication.translate("AwardLetter", "Total"),
            "",
            "",
            _points(letter.total),
            "",
            _points(letter.winner_total),
        ]
    )
    return _table(headers, rows)


def _motivations(letter: LetterContent) -> str:
    parts: list[str] = []
    for row in letter.scores:
        if not (row.addressee_motivation or row.winner_motivation):
            continue
        parts.append(f'<p style="margin-top: 8px;"><i>{escape(_criterion(row).strip())}</i></p>')
        if row.addressee_motivation:
            label = QCoreApplication.translate("AwardLetter", "Motivation of your score")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(row.addressee_motivation)}</p>")
        if row.winner_motivation and not letter.is_winner:
            label = QCoreApplication.translate("AwardLetter", "Motivation of the winner's score")
            parts.append(f"<p><b>{escape(label)}:</b> {escape(row.winner_motivation)}</p>")
    return "".join(parts)


def _winner(letter: LetterContent) -> str:
    if not letter.successor_name:
        return letter.winner_name
    return QCoreApplication.translate(
        "AwardLetter", "{successor}, legal successor of {winner}, which made the bid"
    ).format(successor=letter.successor_name, winner=letter.winner_name)


def _ranking(letter: LetterContent) -> str:
    """The addressee's place in the ranking, or why it has none."""
    if letter.rank is not None:
        return QCoreApplication.translate(
            "AwardLetter", "Your bid {bid} is ranked {rank} of {count}."
        ).format(bid=letter.bid_code, rank=letter.rank, count=letter.ranked_count)
    text = QCoreApplication.translate(
        "AwardLetter", "Your bid {bid} has no place in the ranking."
    ).format(bid=letter.bid_code)
    if letter.excluded_reason:
        text += " " + QCoreApplication.translate("AwardLetter", "Reason: {reason}").format(
            reason=letter.excluded_reason
        )
    return text


def _reason_not_first(letter: LetterContent) -> str:
    if not letter.reason_not_first:
        return ""
    title = QCoreApplication.translate("AwardLetter", "Why the bid ranked first is not awarded")
    return keep_together(_heading(title) + f"<p>{escape(letter.reason_not_first)}</p>")


def placeholder_values(
    letter: LetterContent, style: HouseStyleRecord
) -> tuple[dict[str, str], dict[str, str]]:
    """The inline values and the blocks that fill in an award letter's template."""
    inline = {
        "kenmerk": f"{letter.lot_label} {letter.bid_code}",
        "datum": long_date(letter.sent_on),
        "geadresseerde": letter.addressee_name,
        "gemeente": style.municipality,
        "winnaar": _winner(letter),
        "perceel": f"{letter.lot_label} {letter.lot_title}".strip(),
        "opdracht": letter.procurement_title,
        "inschrijving": letter.bid_code,
        "inschrijving_winnaar": letter.winner_bid_code,
        "rangorde": _ranking(letter),
        "redenen": letter.reasons,
        "laatste_dag_opschortende_termijn": long_date(letter.standstill_end),
        "eerste_dag_contract": long_date(letter.standstill_end + timedelta(days=1)),
    }
    blocks = {
        "reden_niet_eerste": _reason_not_first(letter),
        "scoretabel": _score_table(letter),
        "motiveringen": _motivations(letter),
    }
    return inline, blocks


def _subject(letter: LetterContent) -> str:
    return (
        QCoreApplication.translate("AwardLetter", "Award decision {procurement}, lot {lot} {title}")
        .format(procurement=letter.procurement_title, lot=letter.lot_label, title=letter.lot_title)
        .strip()
    )


def letter_kind(letter: LetterContent) -> LetterKind:
    return LetterKind.AWARD_WINNER if letter.is_winner else LetterKind.AWARD_OTHER


def letter_frame(letter: LetterContent) -> LetterFrame:
    """Addressee, reference block and subject of one bidder's letter."""
    return LetterFrame(
        kind=letter_kind(letter),
        addressee=Addressee(
            name=letter.addressee_name,
            contact=letter.addressee_contact,
            street=letter.addressee_street,
            postcode=letter.addressee_postcode,
            city=letter.addressee_city,
        ),
        our_reference=f"{letter.lot_label} {letter.bid_code}",
        letter_date=letter.sent_on,
        subject=_subject(letter),
        their_reference=letter.their_reference,
    )


def body_html(letter: LetterContent, style: HouseStyleRecord, template: str | None = None) -> str:
    """The body of one letter after the salutation: the template of its kind (as staff
    edited it, or ``template`` for a preview) filled in, then the signature block."""
    kind = letter_kind(letter)
    text = template if template is not None else template_text(style, kind)
    inline, blocks = placeholder_values(letter, style)
    return render_template(text, inline, blocks) + signature_block(
        style, kind, QCoreApplication.translate("AwardLetter", "The procurement team")
    )


def letter_html(letter: LetterContent, style: HouseStyleRecord, template: str | None = None) -> str:
    """The whole letter (letterhead to signature) as HTML, in the current language; with
    ``template`` instead of the stored text (the live preview of an edited text)."""
    return framed_html(style, letter_frame(letter), body_html(letter, style, template), logo=False)


def write_award_letters(
    letters: Sequence[LetterContent],
    folder: Path,
    style: HouseStyleRecord,
    *,
    word: bool = False,
) -> list[Path]:
    """One PDF/A file per letter in ``folder`` (with ``word`` also a .docx beside it);
    returns the PDF files written, in the letters' order."""
    written: list[Path] = []
    for letter in letters:
        title = QCoreApplication.translate("AwardLetter", "Award decision lot {lot}").format(
            lot=letter.lot_label
        )
        path = Path(folder) / file_name(letter)
        frame, body = letter_frame(letter), body_html(letter, style)
        written.append(write_letter(path, style, frame, title, body))
        if word:
            write_letter_docx(path.with_suffix(".docx"), style, frame, title, body)
    return written


def letter_documents(letters: Sequence[LetterContent], style: HouseStyleRecord) -> list[Document]:
    """The letters as documents to print, one after another."""
    return [
        letter_document(
            style,
            letter_frame(letter),
            QCoreApplication.translate("AwardLetter", "Award decision lot {lot}").format(
                lot=letter.lot_label
            ),
            body_html(letter, style),
        )
        for letter in letters
    ]


def dossier_letter_renderer(
    style: HouseStyleRecord,
) -> Callable[[list[LetterContent], Path], list[Path]]:
    """The award letters as the evaluation dossier includes them (services.dossier)."""

    def render(letters: list[LetterContent], folder: Path) -> list[Path]:
        return write_award_letters(letters, folder, style)

    return render


def timeline_text(event: TimelineEvent) -> str:
    """A timeline event in the current language, as the dossier lists it."""
    return QCoreApplication.translate(event.context, event.message).format(**event.params)
