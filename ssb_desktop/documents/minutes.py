"""Writes the minutes of a consensus meeting as a PDF/A, or paints them for printing: when, who
was present, what was decided and the consensus scores with their motivations (content from
``services.evaluation``), laid out by the minutes' template that staff can edit."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ssb_desktop.documents.letter import render_template
from ssb_desktop.documents.pdf import escape, table, write_pdf
from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_moment, format_number
from ssb_desktop.letter_templates import template_text
from ssb_desktop.records import HouseStyleRecord, LetterKind, MinutesContent

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _tr(text: str) -> str:
    """Translate a label marked with ``N_("Minutes", ...)`` above."""
    return QCoreApplication.translate("Minutes", text)


# Marked here, where the catalogue tool finds them, and translated when a document is made.
_FILE_STEM = N_("Minutes", "minutes")
_TITLE = N_("Minutes", "Minutes of the consensus meeting")
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


def placeholder_values(
    content: MinutesContent, style: HouseStyleRecord
) -> tuple[dict[str, str], dict[str, str]]:
    """The inline values and the blocks that fill in the minutes' template."""
    inline = {
        "gemeente": style.municipality,
        "opdracht": f"{content.procurement_reference} – {content.procurement_title}",
        "perceel": f"{content.lot_label} {content.lot_title}".strip(),
        "gehouden_op": format_moment(content.held_at),
        "besluiten": content.decisions or "–",
    }
    present = "<br/>".join(escape(name) for name in content.present) or "–"
    if content.rows:
        scores = table(
            [_tr(header) for header in _HEADERS],
            (
                [row.bid_label, row.criterion, format_number(row.score), row.motivation]
                for row in content.rows
            ),
            numeric=(2,),
        )
    else:
        scores = f"<p>{escape(_tr(_NONE_YET))}</p>"
    return inline, {"aanwezigen": f"<p>{present}</p>", "consensusscores": scores}


def minutes_html(
    content: MinutesContent, style: HouseStyleRecord | None = None, template: str | None = None
) -> str:
    """The body of the minutes: the title, then the minutes' template (as staff edited it in
    ``style``, or ``template`` for a preview) filled in; every user text escaped."""
    style = style or HouseStyleRecord()
    text = template if template is not None else template_text(style, LetterKind.MINUTES)
    inline, blocks = placeholder_values(content, style)
    return f"<h1>{escape(_tr(_TITLE))}</h1>" + render_template(text, inline, blocks)


def minutes_title(content: MinutesContent) -> str:
    return f"{_tr(_TITLE)} {content.lot_label}"


def write_minutes_pdf(
    path: Path, content: MinutesContent, style: HouseStyleRecord | None = None
) -> Path:
    """Render the minutes as an A4 PDF/A at ``path``; returns the path written."""
    return write_pdf(
        Path(path),
        minutes_title(content),
        minutes_html(content, style),
        author=style.municipality if style is not None else "",
    )


def minutes_renderer(style: HouseStyleRecord) -> Callable[[Path, MinutesContent], Path]:
    """The minutes in the house style's template, as the evaluation dossier includes them."""

    def render(path: Path, content: MinutesContent) -> Path:
        return write_minutes_pdf(path, content, style)

    return render
