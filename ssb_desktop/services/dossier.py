"""The evaluation dossier of a lot and its results workbook: everything a lawyer needs when a
bidder goes to court, in one zip with a manifest of sha256 hashes.

The minutes are PDFs rendered through QtGui (documents/minutes.py), which this layer may not
import; callers above it (the command line, the views) pass that renderer as
``render_minutes``. Without one the minutes are written as plain text.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import ConsensusScore, Criterion, ScaleValue
from ssb_desktop.errors import N_, AppError, PermissionDeniedError, ValidationError
from ssb_desktop.excel import results_workbook as rw
from ssb_desktop.excel import writing
from ssb_desktop.excel.scoring_grids import safe_file_name
from ssb_desktop.formatting import format_date, format_moment
from ssb_desktop.records import (
    DropoutRule,
    LetterContent,
    MinutesContent,
    Notice,
    TimelineEvent,
)
from ssb_desktop.services import evaluation, exchange
from ssb_desktop.services.audit import chain_head
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.blindness import lot_visibility
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.permissions import Permission, current_actor, require
from ssb_desktop.services.procurement import get_lot

__all__ = [
    "EventText",
    "LettersRenderer",
    "MinutesRenderer",
    "export_results_workbook",
    "write_dossier",
]

MinutesRenderer = Callable[[Path, MinutesContent], Path]
# (context, message, params) -> the sentence in the user's language; the layers above pass
# i18n.translate_message, since this layer may not use Qt's catalogue.
Translator = Callable[[str, str, Mapping[str, Any]], str]


def _english(_context: str, message: str, params: Mapping[str, Any]) -> str:
    return message.format(**params)


# Writes the award letters (as sent) into a folder; returns the files (documents/award_letter).
LettersRenderer = Callable[[list[LetterContent], Path], list[Path]]
# A timeline event in the user's language; without one, English.
EventText = Callable[[TimelineEvent], str]
MANIFEST = "00-inhoud.txt"

_NO_RESULT = N_(
    "Excel",
    "The results workbook is missing from the dossier because the result cannot be computed "
    "yet: {reason}",
)


def _consensus(session: Session, lot_id: int) -> dict[tuple[int, int], ConsensusScore]:
    leaves = select(Criterion.id).where(Criterion.lot_id == lot_id)
    return {
        (row.bid_id, row.criterion_id): row
        for row in session.scalars(
            select(ConsensusScore).where(
                ConsensusScore.criterion_id.in_(leaves), ConsensusScore.invalidated.is_(False)
            )
        )
    }


def _scale_max(session: Session, lot_id: int) -> dict[int, Decimal]:
    result: dict[int, Decimal] = {}
    for criterion_id, value in session.execute(
        select(Criterion.id, ScaleValue.value)
        .join(ScaleValue, ScaleValue.scale_id == Criterion.scale_id)
        .where(Criterion.lot_id == lot_id)
    ):
        result[criterion_id] = max(value, result.get(criterion_id, value))
    return result


def results_data(session: Session, lot_id: int) -> tuple[rw.ResultsData, evaluation.LotResults]:
    """What the results workbook shows, with the program's own result to compare with.

    Raises ``ValidationError`` naming every missing consensus score (from ``lot_results``).
    """
    results = evaluation.lot_results(session, lot_id, with_robustness=False)
    lot = get_lot(session, lot_id)
    maxima = _scale_max(session, lot_id)
    parents = {item.parent_id for item in results.criteria if item.parent_id is not None}
    criteria = tuple(
        rw.ResultCriterion(
            criterion_id=item.id or 0,
            code=item.code,
            title=item.title,
            parent_id=item.parent_id,
            weight=item.weight,
            is_price=item.is_price,
            leaf=item.id not in parents,
            scale_max=maxima.get(item.id or 0, Decimal(0)),
            knockout_minimum=item.knockout_minimum,
            money_per_point=item.money_per_point,
        )
        for item in results.criteria
    )
    consensus = _consensus(session, lot_id)
    by_key = {int(bid.key): bid for bid in results.result.bids}
    bids = []
    for record in results.bids:
        assert record.id is not None
        outcome = by_key.get(record.id)
        active = bool(outcome.active) if outcome else False
        computed = outcome is not None and (
            outcome.total is not None or outcome.fictitious_price is not None
        )
        in_computation = active or (results.result.dropout_rule is DropoutRule.FREEZE and computed)
        scores = {
            criterion_id: row.score
            for (bid_id, criterion_id), row in consensus.items()
            if bid_id == record.id
        }
        bids.append(
            rw.ResultBid(
                bid_id=record.id,
                code=record.code,
                label=results.bid_labels.get(record.id, record.code),
                price=record.price_total,
                active=active,
                in_computation=in_computation,
                scores=scores,
                motivations={
                    criterion_id: row.motivation
                    for (bid_id, criterion_id), row in consensus.items()
                    if bid_id == record.id
                },
                program_total=outcome.total if outcome else None,
                program_rank=outcome.rank if outcome else None,
                program_fictitious_price=outcome.fictitious_price if outcome else None,
            )
        )
    data = rw.ResultsData(
        lot_label=results.lot_label,
        lot_title=lot.title,
        award_method=lot.award_method,
        price_formula=lot.price_formula,
        price_max_points=lot.price_max_points,
        price_floor=lot.price_floor,
        price_ceiling=lot.price_ceiling,
        budget=lot.budget,
        dropout_rule=lot.dropout_rule,
        criteria=criteria,
        bids=tuple(bids),
    )
    return data, results


def export_results_workbook(session: Session, lot_id: int, path: Path) -> rw.ResultColumns:
    """Write the lot's results workbook with live formulas; refused while consensus scores
    are missing (the message lists them)."""
    require(session, Permission.VIEW)
    data, _results = results_data(session, lot_id)
    return rw.write_results(Path(path), data)


# --- the dossier ------------------------------------------------------------------------------


def _write_declarations(session: Session, lot_id: int, path: Path) -> None:
    names = {row.id: row.name for row in evaluation.list_evaluators(session, lot_id)}
    rows = [
        (
            names.get(item.evaluator_id, str(item.evaluator_id)),
            item.signed_at,
            item.signed_by,
            item.text_version,
            "ja" if item.has_conflict else "nee",
            item.statement,
        )
        for item in evaluation.list_declarations(session, lot_id)
    ]
    columns = [
        writing.Column("Beoordelaar", width=28),
        writing.Column("Getekend op", writing.ColumnKind.DATETIME),
        writing.Column("Getekend door", width=24),
        writing.Column("Versie tekst", writing.ColumnKind.CODE, 12),
        writing.Column("Belangenconflict", width=16),
        writing.Column("Toelichting", width=50),
    ]
    text = [(evaluation.DECLARATION_VERSION, evaluation.declaration_text())]
    writing.write_workbook(
        path,
        [
            writing.SheetSpec("Verklaringen", columns, rows),
            writing.SheetSpec(
                "Tekst verklaring",
                [
                    writing.Column("Versie", writing.ColumnKind.CODE, 10),
                    writing.Column("Tekst", width=100),
                ],
                text,
            ),
        ],
    )


def _labels(session: Session, lot_id: int) -> tuple[dict[int, str], dict[int, str]]:
    bids = {
        bid.id or 0: f"{bid.code} – {bid.lead_name}" if bid.lead_name else bid.code
        for bid in list_bids(session, lot_id)
    }
    criteria = {
        item.id or 0: f"{item.code} {item.title}".strip() for item in list_criteria(session, lot_id)
    }
    return bids, criteria


def _write_individual(session: Session, lot_id: int, path: Path) -> None:
    names = {row.id: row.name for row in evaluation.list_evaluators(session, lot_id)}
    bids, criteria = _labels(session, lot_id)
    rows = sorted(
        (
            (
                names.get(item.evaluator_id, ""),
                bids.get(item.bid_id, ""),
                criteria.get(item.criterion_id, ""),
                item.score,
                item.motivation,
                item.source,
            )
            for item in evaluation.individual_scores(session, lot_id)
        ),
        key=lambda row: (row[0], row[1], row[2]),
    )
    columns = [
        writing.Column("Beoordelaar", width=26),
        writing.Column("Inschrijving", width=34),
        writing.Column("Criterium", width=34),
        writing.Column("Score", writing.ColumnKind.DECIMAL, 8),
        writing.Column("Motivering", width=70),
        writing.Column("Ingevoerd via", width=22),
    ]
    writing.write_workbook(path, [writing.SheetSpec("Individuele scores", columns, rows)])


def _write_consensus(
    session: Session, lot_id: int, path: Path, translate: Translator = _english
) -> None:
    overview = evaluation.consensus_overview(session, lot_id)
    names = sorted({name for cell in overview.cells for name, _score, _text in cell.individual})
    rows = []
    for cell in overview.cells:
        scores = {name: score for name, score, _text in cell.individual}
        rows.append(
            (
                cell.bid_label,
                cell.criterion_title,
                *(scores.get(name) for name in names),
                cell.mean,
                cell.spread_steps,
                cell.consensus,
                cell.consensus_motivation,
            )
        )
    columns = [
        writing.Column("Inschrijving", width=34),
        writing.Column("Criterium", width=34),
        *(writing.Column(name, writing.ColumnKind.DECIMAL, 14) for name in names),
        writing.Column("Gemiddelde", writing.ColumnKind.DECIMAL, 11),
        writing.Column("Spreiding (stappen)", writing.ColumnKind.INTEGER, 11),
        writing.Column("Consensusscore", writing.ColumnKind.DECIMAL, 12),
        writing.Column("Motivering consensus", width=80),
    ]
    agreement_rows = [
        (item.criterion_title, item.alpha, item.cells, item.scores) for item in overview.agreement
    ]
    agreement_columns = [
        writing.Column("Criterium", width=40),
        writing.Column("Krippendorffs alfa (ordinaal)", writing.ColumnKind.DECIMAL, 16),
        writing.Column("Cellen (inschrijving x criterium)", writing.ColumnKind.INTEGER, 16),
        writing.Column("Scores", writing.ColumnKind.INTEGER, 10),
    ]
    flag_rows = [
        (translate(notice.context, notice.message, notice.params),)
        for notice in overview.evaluator_flags
    ]
    writing.write_workbook(
        path,
        [
            writing.SheetSpec("Consensus", columns, rows),
            writing.SheetSpec("Overeenstemming", agreement_columns, agreement_rows),
            writing.SheetSpec(
                "Signalen beoordelaars", [writing.Column("Signaal", width=110)], flag_rows
            ),
        ],
    )


def _write_robustness(session: Session, lot_id: int, path: Path, translate: Translator) -> None:
    """The robustness analysis in the words of the Results tab and ``ssb-desktop results``."""
    results = evaluation.lot_results(session, lot_id, with_robustness=True)
    lines = [
        f"Robuustheid van de uitslag van perceel {results.lot_label}",
        "",
        *(
            translate(notice.context, notice.message, notice.params)
            for notice in evaluation.robustness_notices(results)
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _minutes_as_text(path: Path, content: MinutesContent) -> Path:
    lines = [
        f"Notulen consensusbespreking perceel {content.lot_label}",
        f"{content.procurement_reference} – {content.procurement_title}",
        f"Gehouden op {format_moment(content.held_at)}",
        "",
        "Aanwezig:",
        *content.present,
        "",
        "Besluiten:",
        content.decisions,
        "",
        "Consensusscores:",
        *(
            f"{row.bid_label} | {row.criterion} | {row.score} | {row.motivation}"
            for row in content.rows
        ),
    ]
    target = path.with_suffix(".txt")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _label(labels: dict[int, str], key: object) -> str:
    return labels.get(key, str(key)) if isinstance(key, int) else str(key)


def _add_timeline(
    session: Session,
    lot_id: int,
    folder: Path,
    parts: list[tuple[Path, str]],
    event_text: EventText,
) -> None:
    from ssb_desktop.services.awards import timeline

    events = timeline(session, lot_id)
    lines = [f"Tijdlijn gunning en bezwaar perceel {get_lot(session, lot_id).label}", ""]
    lines += [f"{format_date(event.day)}  {event_text(event)}" for event in events]
    if not events:
        lines.append("Nog geen gunningsbesluit.")
    path = folder / "08-tijdlijn-gunning-en-bezwaar.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts.append((path, "Tijdlijn van gunning, verzending, bezwaren en definitieve gunning"))


def _add_letters(
    session: Session,
    lot_id: int,
    folder: Path,
    parts: list[tuple[Path, str]],
    notes: list[str],
    render_letters: LettersRenderer,
) -> None:
    from ssb_desktop.services.awards import current_award, letters

    award = current_award(session, lot_id)
    if award is None or award.letters_sent_on is None:
        notes.append("Geen gunningsbrieven: het verzenden ervan is (nog) niet vastgelegd.")
        return
    try:
        contents = letters(session, lot_id)
    except AppError as error:
        notes.append(f"Geen gunningsbrieven: {error.english()}")
        return
    letters_folder = folder / "09-gunningsbrieven"
    for path in render_letters(contents, letters_folder):
        renamed = folder / f"09-gunningsbrief-{path.name}"
        path.replace(renamed)
        parts.append(
            (renamed, f"Gunningsbrief zoals verzonden op {format_date(award.letters_sent_on)}")
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_dossier(
    session: Session,
    lot_id: int,
    target: Path,
    *,
    render_minutes: MinutesRenderer | None = None,
    translate: Translator | None = None,
    render_letters: LettersRenderer | None = None,
    event_text: EventText | None = None,
    describe: Callable[[Notice], str] = Notice.english,
) -> Path:
    """Write the lot's evaluation dossier as one zip; returns its path.

    ``target`` is a folder (the zip is named after the lot) or a ``.zip`` file. Contents:
    the criteria, the declarations, the individual scores, the consensus with motivations,
    the minutes of every meeting, the results workbook (when the result can be computed),
    the robustness analysis, the award and objection timeline, the award letters as sent
    (with ``render_letters``, once their sending was recorded) and a manifest listing every
    file with its sha256 hash. ``describe`` puts a remark of
    the manifest into words: the program passes its translator (the manifest is Dutch).
    """
    require(session, Permission.VIEW)
    if lot_visibility(session, lot_id).restricted:
        raise PermissionDeniedError(
            N_(
                "Errors",
                "The evaluation dossier holds every score, price and bidder of the lot, and "
                "your seat on its committee does not show you all of them yet; the chair or "
                "the procurement officer can write it.",
            )
        )
    lot = get_lot(session, lot_id)
    target = Path(target)
    if target.suffix.lower() == ".zip":
        archive = target
    else:
        archive = target / safe_file_name(f"{lot.label}-evaluatiedossier", ".zip")
    archive.parent.mkdir(parents=True, exist_ok=True)
    render = render_minutes or _minutes_as_text
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dossier-") as temporary:
        folder = Path(temporary)
        parts: list[tuple[Path, str]] = []

        def add(name: str, description: str, write: Callable[[Path], object]) -> None:
            path = folder / name
            write(path)
            parts.append((path, description))

        add(
            "01-criteria.xlsx",
            "Gunningscriteria, wegingen en schalen zoals gepubliceerd",
            lambda path: exchange.export_criteria(session, path, [lot_id]),
        )
        add(
            "02-verklaringen.xlsx",
            "Verklaringen geen belangenconflict, met eerdere versies",
            lambda path: _write_declarations(session, lot_id, path),
        )
        add(
            "03-individuele-scores.xlsx",
            "Individuele scores met motivering en herkomst",
            lambda path: _write_individual(session, lot_id, path),
        )
        add(
            "04-consensus.xlsx",
            "Consensusscores met motivering naast de individuele scores, overeenstemming per "
            "criterium (Krippendorffs alfa) en signalen over beoordelaars",
            lambda path: _write_consensus(session, lot_id, path, translate or _english),
        )
        for index, meeting in enumerate(evaluation.list_meetings(session, lot_id), start=1):
            assert meeting.id is not None
            content = evaluation.write_minutes(session, meeting.id)
            stem = f"05-notulen-{index}-{content.held_at:%Y-%m-%d}"
            written = render(folder / f"{stem}.pdf", content)
            parts.append(
                (Path(written), f"Notulen consensusbespreking {format_moment(content.held_at)}")
            )
        try:
            add(
                "06-resultaat.xlsx",
                "Resultaat met formules voor wegingen, totalen en rangorde",
                lambda path: export_results_workbook(session, lot_id, path),
            )
        except ValidationError as error:
            notes.append(
                describe(
                    Notice(
                        _NO_RESULT,
                        {"reason": Notice(error.message, error.params, error.context)},
                        context="Excel",
                    )
                )
            )
        else:
            add(
                "07-robuustheid.txt",
                "Robuustheid van de uitslag: de kleinste wijziging van een score of gewicht "
                "die de winnaar verandert",
                lambda path: _write_robustness(session, lot_id, path, translate or _english),
            )
        _add_timeline(session, lot_id, folder, parts, event_text or TimelineEvent.english)
        if render_letters is not None:
            _add_letters(session, lot_id, folder, parts, notes, render_letters)
        actor = current_actor(session)
        manifest = folder / MANIFEST
        lines = [
            f"Evaluatiedossier perceel {lot.label} – {lot.title}",
            f"Samengesteld op {format_moment(datetime.now(UTC))} door {actor.account}",
            # The anchor: whoever holds this dossier can later show that the audit log still
            # contains this entry (ssb-desktop check --anchor NUMMER:HASH).
            f"Kop van het auditlog (anker): {chain_head(session) or '-'}",
            "",
            "Inhoud (sha256, bytes, bestand, omschrijving):",
        ]
        for path, description in parts:
            lines.append(f"{_sha256(path)}  {path.stat().st_size:>9}  {path.name}  {description}")
        if notes:
            lines += ["", "Opmerkingen:", *notes]
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial = archive.with_name(f".{archive.stem}-{secrets.token_hex(4)}.zip.tmp")
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as package:
                package.write(manifest, MANIFEST)
                for path, _description in parts:
                    package.write(path, path.name)
            os.replace(partial, archive)
        finally:
            if partial.exists():
                partial.unlink()
    return archive
