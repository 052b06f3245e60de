"""Writes the minutes of a consensus meeting as a PDF: when, who was present, what was decided
and the consensus scores with their motivations (content from ``services.evaluation``)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.pdf import escape, table, write_pdf
from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_moment, format_number
from ssb_desktop.records import MinutesContent

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _tr(text: str) -> str:
    """Translate a label marked with ``N_("Minutes", ...)`` above."""
    return QCoreApplication.translate("Minutes", text)


# Marked here, where the catalogue tool finds them, and translated when a document is made.
_FILE_STEM = N_("Minutes", "minutes")
_TITLE = N_("Minutes", "Minutes of the consensus meeting")
_LOT = N_("Minutes", "Lot")
_HELD_ON = N_("Minutes", "Held on")
_PRESENT = N_("Minutes", "Present")
_DECISIONS = N_("Minutes", "Decisions")
_CONSENSUS = N_("Minutes", "Consensus scores")
_HEADERS = (
    N_("Minutes", "Bid"),
    N_("Minutes", "Criterion"),
    N_("Minutes", "Score"),
    N_("Minutes", "Motivation"),
)
_NONE_YET = N_("Minutes", "No consensus scores have been set yet.")


def file_name(content: MinutesContent) -> str:
    """``minutes-<lot label>-<date>.pdf``, safe as a Windows file name."""
    day = content.held_at.strftime("%Y-%m-%d")
    lot = content.lot_label.replace("/", "-")
    stem = _UNSAFE.sub("_", f"{_tr(_FILE_STEM)}-{lot}-{day}")
    return f"{stem}.pdf"


def minutes_html(content: MinutesContent) -> str:
    """The body of the minutes, every user text escaped."""
    parts = [
        f"<h1>{escape(_tr(_TITLE))}</h1>",
        f"<p>{escape(content.procurement_reference)} – {escape(content.procurement_title)}<br/>",
        f"{escape(_tr(_LOT))} {escape(content.lot_label)}: {escape(content.lot_title)}<br/>",
        f"{escape(_tr(_HELD_ON))} {escape(format_moment(content.held_at))}</p>",
        f"<h2>{escape(_tr(_PRESENT))}</h2>",
        "<p>" + "<br/>".join(escape(name) for name in content.present) + "</p>",
        f"<h2>{escape(_tr(_DECISIONS))}</h2>",
        f"<p>{escape(content.decisions or '–')}</p>",
        f"<h2>{escape(_tr(_CONSENSUS))}</h2>",
    ]
    if content.rows:
        parts.append(
            table(
                [_tr(header) for header in _HEADERS],
                (
                    [row.bid_label, row.criterion, format_number(row.score), row.motivation]
                    for row in content.rows
                ),
                numeric=(2,),
            )
        )
    else:
        parts.append(f"<p>{escape(_tr(_NONE_YET))}</p>")
    return "".join(parts)


def write_minutes_pdf(path: Path, content: MinutesContent) -> Path:
    """Render the minutes as an A4 PDF at ``path``; returns the path written."""
    title = f"{_tr(_TITLE)} {content.lot_label}"
    return write_pdf(Path(path), title, minutes_html(content))
