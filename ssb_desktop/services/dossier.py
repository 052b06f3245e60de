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
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import ConsensusScore, Criterion, ScaleValue
from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.excel import results_workbook as rw
from ssb_desktop.excel import writing
from ssb_desktop.excel.scoring_grids import safe_file_name
from ssb_desktop.formatting import format_moment
from ssb_desktop.records import DropoutRule, MinutesContent, Notice
from ssb_desktop.services import evaluation, exchange
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.permissions import Permission, current_actor, require
from ssb_desktop.services.procurement import get_lot

__all__ = ["MinutesRenderer", "export_results_workbook", "write_dossier"]

MinutesRenderer = Callable[[Path, MinutesContent], Path]
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


def _write_consensus(session: Session, lot_id: int, path: Path) -> None:
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
    writing.write_workbook(path, [writing.SheetSpec("Consensus", columns, rows)])


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
    describe: Callable[[Notice], str] = Notice.english,
) -> Path:
    """Write the lot's evaluation dossier as one zip; returns its path.

    ``target`` is a folder (the zip is named after the lot) or a ``.zip`` file. Contents:
    the criteria, the declarations, the individual scores, the consensus with motivations,
    the minutes of every meeting, the results workbook (when the result can be computed)
    and a manifest listing every file with its sha256 hash. ``describe`` puts a remark of
    the manifest into words: the program passes its translator (the manifest is Dutch).
    """
    require(session, Permission.VIEW)
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
            "Consensusscores met motivering, naast de individuele scores",
            lambda path: _write_consensus(session, lot_id, path),
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
        actor = current_actor(session)
        manifest = folder / MANIFEST
        lines = [
            f"Evaluatiedossier perceel {lot.label} – {lot.title}",
            f"Samengesteld op {format_moment(datetime.now(UTC))} door {actor.account}",
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
