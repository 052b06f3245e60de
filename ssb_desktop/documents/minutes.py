"""Writes the minutes of a consensus meeting as a PDF: when, who was present, what was decided
and the consensus scores with their motivations (content from ``services.evaluation``)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.pdf import escape, table, write_pdf
from ssb_desktop.formatting import format_moment
from ssb_desktop.records import MinutesContent

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate("Minutes", text)


def _number(value: Decimal) -> str:
    """A score as people write it: 8, 6,67."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def file_name(content: MinutesContent) -> str:
    """``minutes-<lot label>-<date>.pdf``, safe as a Windows file name."""
    day = content.held_at.strftime("%Y-%m-%d")
    stem = _UNSAFE.sub("_", f"{_tr('minutes')}-{content.lot_label.replace('/', '-')}-{day}")
    return f"{stem}.pdf"


def minutes_html(content: MinutesContent) -> str:
    """The body of the minutes, every user text escaped."""
    parts = [
        f"<h1>{escape(_tr('Minutes of the consensus meeting'))}</h1>",
        f"<p>{escape(content.procurement_reference)} – {escape(content.procurement_title)}<br/>",
        f"{escape(_tr('Lot'))} {escape(content.lot_label)}: {escape(content.lot_title)}<br/>",
        f"{escape(_tr('Held on'))} {escape(format_moment(content.held_at))}</p>",
        f"<h2>{escape(_tr('Present'))}</h2>",
        "<p>" + "<br/>".join(escape(name) for name in content.present) + "</p>",
        f"<h2>{escape(_tr('Decisions'))}</h2>",
        f"<p>{escape(content.decisions or '–')}</p>",
        f"<h2>{escape(_tr('Consensus scores'))}</h2>",
    ]
    if content.rows:
        parts.append(
            table(
                [_tr("Bid"), _tr("Criterion"), _tr("Score"), _tr("Motivation")],
                (
                    [row.bid_label, row.criterion, _number(row.score), row.motivation]
                    for row in content.rows
                ),
                numeric=(2,),
            )
        )
    else:
        parts.append(f"<p>{escape(_tr('No consensus scores have been set yet.'))}</p>")
    return "".join(parts)


def write_minutes_pdf(path: Path, content: MinutesContent) -> Path:
    """Render the minutes as an A4 PDF at ``path``; returns the path written."""
    title = f"{_tr('Minutes of the consensus meeting')} {content.lot_label}"
    return write_pdf(Path(path), title, minutes_html(content))
