"""The headless letter commands: award letters of a lot and decision letters of a subsidy
scheme (only those not yet sent, unless ``--all``), and recording the day they were sent::

    letters --lot REF/N OUTDIR [--all] [--docx] [--eml]
    letters mark-sent --lot REF/N --on DD-MM-YYYY
    subsidy-letters --scheme ID OUTDIR [--all] [--docx] [--eml]
    subsidy-letters mark-sent --scheme ID --on DD-MM-YYYY
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssb_desktop.errors import N_, AppError
from ssb_desktop.views.counts import Counts

if TYPE_CHECKING:
    from ssb_desktop.cli import Output

EXIT_OK = 0
MARK_SENT = "mark-sent"
# "letters mark-sent ..." is parsed as the command "letters-mark-sent": "letters" itself takes
# a folder as its positional argument.
_WITH_MARK_SENT = ("letters", "subsidy-letters")


def rewrite_mark_sent(argv: Sequence[str]) -> list[str]:
    """``letters mark-sent`` -> ``letters-mark-sent`` (likewise for subsidy letters)."""
    tokens = list(argv)
    for index, token in enumerate(tokens[:-1]):
        if token in _WITH_MARK_SENT and tokens[index + 1] == MARK_SENT:
            return [*tokens[:index], f"{token}-{MARK_SENT}", *tokens[index + 2 :]]
    return tokens


def add_letter_commands(commands: Any, report: argparse.ArgumentParser) -> None:
    """The letter commands on the ``commands`` subparsers of the main parser."""
    letters = commands.add_parser(
        "letters",
        parents=[report],
        help=N_(
            "Cli", "write the award letters of a lot as PDF/A files (mark-sent: record sending)"
        ),
    )
    letters.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    letters.add_argument("outdir", type=Path, help=N_("Cli", "the folder for the PDF files"))
    letters.add_argument(
        "--all", action="store_true", help=N_("Cli", "write them again although they were sent")
    )
    letters.add_argument(
        "--docx",
        action="store_true",
        help=N_("Cli", "also a Word file (.docx) of each letter, to edit by hand"),
    )
    letters.add_argument(
        "--eml",
        action="store_true",
        help=N_("Cli", "also an e-mail draft (.eml) with each PDF attached"),
    )
    sent = commands.add_parser(
        "letters-mark-sent",
        parents=[report],
        help=N_("Cli", "(letters mark-sent) record the day the award letters of a lot were sent"),
    )
    sent.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    sent.add_argument("--on", required=True, help=N_("Cli", "the day they were sent: dd-mm-yyyy"))
    subsidy = commands.add_parser(
        "subsidy-letters",
        parents=[report],
        help=N_(
            "Cli", "write a scheme's decision letters as PDF/A files (mark-sent: record sending)"
        ),
    )
    subsidy.add_argument("--scheme", type=int, required=True, help=N_("Cli", "the scheme id"))
    subsidy.add_argument("outdir", type=Path, help=N_("Cli", "the folder for the PDF files"))
    subsidy.add_argument(
        "--all", action="store_true", help=N_("Cli", "write the letters already sent again too")
    )
    subsidy.add_argument(
        "--docx",
        action="store_true",
        help=N_("Cli", "also a Word file (.docx) of each letter, to edit by hand"),
    )
    subsidy.add_argument(
        "--eml",
        action="store_true",
        help=N_("Cli", "also an e-mail draft (.eml) with each PDF attached"),
    )
    subsidy_sent = commands.add_parser(
        "subsidy-letters-mark-sent",
        parents=[report],
        help=N_("Cli", "(subsidy-letters mark-sent) record the day a scheme's letters were sent"),
    )
    subsidy_sent.add_argument("--scheme", type=int, required=True, help=N_("Cli", "the scheme id"))
    subsidy_sent.add_argument(
        "--on", required=True, help=N_("Cli", "the day they were sent: dd-mm-yyyy")
    )


def _day(text: str) -> date:
    from ssb_desktop.formatting import parse_date

    day = parse_date(text)
    if day is None:
        raise AppError(
            N_("Errors", "{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020."),
            {"value": text},
        )
    return day


def _drafts(
    out: Output,
    contents: Sequence[Any],
    written: Sequence[Path],
    style: Any,
    frame_of: Any,
) -> tuple[list[str], list[str]]:
    """An .eml beside each PDF; returns the drafts and the lines naming addressees without
    an e-mail address (their draft says so; the letter is written all the same)."""
    from ssb_desktop.documents.email_draft import write_drafts

    drafts = write_drafts(contents, written, style, frame_of)
    lines = [
        out.text(
            "Cli",
            N_(
                "Cli",
                "{name} has no e-mail address: its draft says so; send the letter by "
                "post or fill in the addressee.",
            ),
            name=draft.organisation,
        )
        for draft in drafts
        if not draft.to_address
    ]
    return [str(draft.path) for draft in drafts], lines


def _word_files(pdfs: Sequence[Path]) -> list[str]:
    """The .docx written beside each PDF (``--docx``)."""
    return [str(path.with_suffix(".docx")) for path in pdfs]


def run_letters(args: argparse.Namespace, out: Output) -> int:
    """Award letters of a lot, one PDF/A per bidder; refused (exit 1) with the reasons when a
    letter would lack what the law requires, such as a motivation. Once the letters were
    recorded as sent, nothing is written without ``--all``."""
    from ssb_desktop.cli import _open
    from ssb_desktop.documents.award_letter import letter_frame, write_award_letters
    from ssb_desktop.formatting import format_date
    from ssb_desktop.services.awards import current_award, letters
    from ssb_desktop.services.house_style import get_house_style
    from ssb_desktop.services.procurement import find_lot

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = find_lot(session, args.lot)
            assert lot.id is not None
            contents = letters(session, lot.id)
            award = current_award(session, lot.id)
            style = get_house_style(session)
    finally:
        db.dispose()
    sent_on = award.letters_sent_on if award is not None else None
    if sent_on is not None and not args.all:
        out.emit(
            {"lot": lot.label, "letters": [], "sent_on": sent_on.isoformat()},
            [
                out.text(
                    "Cli",
                    N_(
                        "Cli",
                        "The letters of lot {lot} were sent on {day}; nothing written. Add "
                        "--all to write them again.",
                    ),
                    lot=lot.label,
                    day=format_date(sent_on),
                )
            ],
        )
        return EXIT_OK
    written = write_award_letters(contents, args.outdir, style, word=args.docx)
    drafts, lines = _drafts(out, contents, written, style, letter_frame) if args.eml else ([], [])
    word = _word_files(written) if args.docx else []
    out.emit(
        {
            "lot": lot.label,
            "letters": [str(path) for path in written],
            "docx": word,
            "drafts": drafts,
        },
        [
            Counts().letters_written(len(written)).format(path=args.outdir),
            *(str(path) for path in written),
            *word,
            *drafts,
            *lines,
        ],
    )
    return EXIT_OK


def run_letters_mark_sent(args: argparse.Namespace, out: Output) -> int:
    """Record the day the award letters of a lot went out; the standstill period follows."""
    from ssb_desktop.cli import _open
    from ssb_desktop.formatting import format_date
    from ssb_desktop.services.awards import mark_letters_sent
    from ssb_desktop.services.procurement import find_lot

    day = _day(args.on)
    db = _open(args)
    try:
        with db.transaction() as session:
            lot = find_lot(session, args.lot)
            assert lot.id is not None
            award = mark_letters_sent(session, lot.id, day)
    finally:
        db.dispose()
    assert award.standstill_end is not None
    out.emit(
        {
            "lot": lot.label,
            "sent_on": day.isoformat(),
            "standstill_end": award.standstill_end.isoformat(),
        },
        [
            out.text(
                "Cli",
                N_(
                    "Cli",
                    "The letters of lot {lot} were sent on {day}; the standstill period ends "
                    "on {last_day}.",
                ),
                lot=lot.label,
                day=format_date(day),
                last_day=format_date(award.standstill_end),
            )
        ],
    )
    return EXIT_OK


def run_subsidy_letters(args: argparse.Namespace, out: Output) -> int:
    """The decision letters (grant, refusal, settlement) of a scheme not yet sent, one PDF/A
    each; with ``--all`` every letter again."""
    from ssb_desktop.cli import _open
    from ssb_desktop.documents.subsidy_letter import letter_frame, write_subsidy_letters
    from ssb_desktop.services.house_style import get_house_style
    from ssb_desktop.services.subsidy_letters import letters_to_write

    db = _open(args)
    try:
        with db.transaction() as session:
            contents = letters_to_write(session, args.scheme, all_again=args.all)
            sent = len(letters_to_write(session, args.scheme, all_again=True)) - (
                0 if args.all else len(contents)
            )
            style = get_house_style(session)
    finally:
        db.dispose()
    written = write_subsidy_letters(contents, args.outdir, style, word=args.docx)
    drafts, without_email = (
        _drafts(out, contents, written, style, letter_frame) if args.eml else ([], [])
    )
    word = _word_files(written) if args.docx else []
    lines = [
        Counts().letters_written(len(written)).format(path=args.outdir),
        *(str(path) for path in written),
        *word,
        *drafts,
        *without_email,
    ]
    if sent and not args.all:
        lines.append(Counts().letters_already_sent(sent))
    out.emit(
        {
            "scheme_id": args.scheme,
            "letters": [str(path) for path in written],
            "docx": word,
            "drafts": drafts,
            "skipped_as_sent": 0 if args.all else sent,
        },
        lines,
    )
    return EXIT_OK


def run_subsidy_letters_mark_sent(args: argparse.Namespace, out: Output) -> int:
    """Record the day a scheme's unsent decision letters went out; each objection period
    runs from it."""
    from ssb_desktop.cli import _open
    from ssb_desktop.formatting import format_date
    from ssb_desktop.services.subsidy_letters import mark_letters_sent

    day = _day(args.on)
    db = _open(args)
    try:
        with db.transaction() as session:
            marked = mark_letters_sent(session, args.scheme, day)
    finally:
        db.dispose()
    out.emit(
        {
            "scheme_id": args.scheme,
            "sent_on": day.isoformat(),
            "applications": [letter.application.reference for letter in marked],
        },
        [
            Counts().letters_marked_sent(len(marked)).format(day=format_date(day)),
            *(letter.application.reference for letter in marked),
        ],
    )
    return EXIT_OK


COMMANDS = {
    "letters": run_letters,
    "letters-mark-sent": run_letters_mark_sent,
    "subsidy-letters": run_subsidy_letters,
    "subsidy-letters-mark-sent": run_subsidy_letters_mark_sent,
}
