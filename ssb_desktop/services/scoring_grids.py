"""Scoring grids in Excel: export one workbook per evaluator, read returned ones into a plan
that shows per cell what would change, and apply a plan all or nothing.

Nothing is written while reading: :func:`read_grid_files` only checks and compares, so the
user sees a preview (new, changed, unchanged per cell, every problem by file, sheet and
cell) before :func:`apply_grid_import` saves through ``evaluation.save_scores`` with the
source ``excel:<file name>``. A score entered on screen is never silently replaced: a plan
that changes one needs ``overwrite_screen=True``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.errors import N_, AppError, NotFoundError, ValidationError
from ssb_desktop.excel import scoring_grids as grids
from ssb_desktop.records import (
    EvaluatorRecord,
    ImportReport,
    Notice,
    Problem,
    ScoreEntry,
    ScoringGrid,
)
from ssb_desktop.services import evaluation
from ssb_desktop.services.permissions import Permission, require

__all__ = [
    "CellChange",
    "GridCellPlan",
    "GridExport",
    "GridFilePlan",
    "GridImportPlan",
    "apply_grid_import",
    "export_grids",
    "export_grids_report",
    "read_grid_files",
]

CONTEXT = "Excel"
SCREEN = "screen"

_OTHER_LOT = N_(
    "Excel",
    "{file} is a scoring grid of lot {grid_lot}, not of lot {lot}; import it on lot {grid_lot}.",
)
_NO_LOT = N_(
    "Excel",
    "{file} is a scoring grid of lot {grid_lot}, which no longer exists; nothing can be "
    "imported from it.",
)
_NOT_ON_COMMITTEE = N_(
    "Excel",
    "{file} is the grid of {name}, who is not on the committee of lot {lot}; check the file "
    "and the committee.",
)
_SUBMITTED = N_(
    "Excel",
    "{file}: {name} has already submitted the scores of lot {lot}; submitted scores are "
    "locked and cannot be replaced by an import.",
)
_CRITERIA_CHANGED = N_(
    "Excel",
    "{file}: the criteria or their scales have changed since this grid was exported on "
    "{exported}; export a new grid and copy the scores into it.",
)
_BID_WITHDRAWN = N_(
    "Excel",
    "{file}, {cell}: bid {bid} has been withdrawn or excluded since the grid was exported "
    "and is not scored; clear its scores in the grid and import again.",
)
_BID_GONE = N_(
    "Excel",
    "{file}, {cell}: this bid no longer exists; export a new grid and copy the scores into it.",
)
_TWO_FILES = N_(
    "Excel",
    "{file} and {other} are both grids of {name} with different scores; import only the right one.",
)
_NOT_VALID = N_(
    "Excel",
    "The grids have {count} problems, so nothing was imported; solve them and import again.",
)
_OVERWRITES_SCREEN = N_(
    "Excel",
    "{count} scores entered in the program would be replaced by scores from Excel ({cells}); "
    "confirm that they may be replaced.",
)
_NOTHING = N_("Excel", "Choose one or more scoring grids to import.")
_NO_GRIDS = N_(
    "Excel",
    "No scoring grid was exported for lot {lot}: {reasons}",
)
_SKIPPED = N_("Excel", "No grid for {name}: {reason}")
_ALREADY_SUBMITTED = N_("Excel", "{name} has already submitted the scores.")


class CellChange(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    EMPTY = "empty"  # blank in the grid: nothing happens to this cell


CELL_CHANGE_LABELS: dict[CellChange, str] = {
    CellChange.NEW: N_("CellChange", "New"),
    CellChange.CHANGED: N_("CellChange", "Changed"),
    CellChange.UNCHANGED: N_("CellChange", "Unchanged"),
    CellChange.EMPTY: N_("CellChange", "Empty"),
}


@dataclass(frozen=True, slots=True)
class GridCellPlan:
    """One criterion row of a returned grid compared with what the program holds."""

    cell: str  # Beoordeling!D14
    bid_id: int
    bid_label: str
    criterion_id: int
    criterion_title: str
    change: CellChange
    score: Decimal | None
    motivation: str
    current_score: Decimal | None = None
    current_motivation: str = ""
    current_source: str = ""
    version: int = 0

    @property
    def overwrites_screen(self) -> bool:
        """A changed cell whose current score was entered in the program."""
        return self.change is CellChange.CHANGED and self.current_source == SCREEN


@dataclass(frozen=True, slots=True)
class GridFilePlan:
    """One returned grid: whose it is, what it would change, what is wrong with it."""

    path: Path
    lot_id: int | None = None
    lot_label: str = ""
    evaluator_id: int | None = None
    evaluator_name: str = ""
    cells: tuple[GridCellPlan, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name

    def count(self, change: CellChange) -> int:
        return sum(1 for cell in self.cells if cell.change is change)


@dataclass(frozen=True, slots=True)
class GridImportPlan:
    """Every file of one import; valid only when no file has a problem."""

    files: tuple[GridFilePlan, ...] = ()
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for plan in self.files for problem in plan.problems)

    @property
    def valid(self) -> bool:
        return bool(self.files) and not self.problems

    @property
    def screen_overwrites(self) -> tuple[GridCellPlan, ...]:
        return tuple(cell for plan in self.files for cell in plan.cells if cell.overwrites_screen)

    def count(self, change: CellChange) -> int:
        return sum(plan.count(change) for plan in self.files)


@dataclass(frozen=True, slots=True)
class GridExport:
    """The grids written and, when exporting for a whole committee, who got none and why."""

    paths: tuple[Path, ...]
    skipped: tuple[Notice, ...] = ()


# --- export -----------------------------------------------------------------------------------


def export_grids(
    session: Session, lot_id: int, folder: Path, evaluator_id: int | None = None
) -> list[Path]:
    """Write a grid per evaluator of the lot (or for ``evaluator_id`` only) into ``folder``."""
    return list(export_grids_report(session, lot_id, folder, evaluator_id).paths)


def export_grids_report(
    session: Session, lot_id: int, folder: Path, evaluator_id: int | None = None
) -> GridExport:
    """Like :func:`export_grids`, with who was skipped and why.

    For one evaluator every refusal is raised (no declaration, submitted, not allowed). For
    the whole committee the evaluators whose grid cannot be made are skipped with the
    reason; when nobody gets a grid, that is raised as one ``ValidationError``.
    """
    require(session, Permission.VIEW)
    committee = evaluation.list_evaluators(session, lot_id)
    lot_label = _lot_label(session, lot_id)
    if evaluator_id is not None:
        chosen = [row for row in committee if row.id == evaluator_id]
        if not chosen:
            raise NotFoundError(
                N_("Errors", "This evaluator is no longer on the committee. Reload the list.")
            )
        grid = _grid_for_export(session, lot_id, chosen[0])
        return GridExport((_write(folder, grid, set()),))
    written: list[Path] = []
    skipped: list[Notice] = []
    taken: set[str] = set()
    for row in committee:
        try:
            grid = _grid_for_export(session, lot_id, row)
        except AppError as error:
            # The reason stays a message, translated where it is shown (never English inside
            # a Dutch sentence).
            reason = Notice(error.message, error.params, error.context)
            skipped.append(Notice(_SKIPPED, {"name": row.name, "reason": reason}, context=CONTEXT))
            continue
        written.append(_write(folder, grid, taken))
    if not written:
        raise ValidationError(
            _NO_GRIDS,
            {"lot": lot_label, "reasons": tuple(skipped)},
            context=CONTEXT,
        )
    return GridExport(tuple(written), tuple(skipped))


def _lot_label(session: Session, lot_id: int) -> str:
    from ssb_desktop.services.procurement import get_lot

    return get_lot(session, lot_id).label


def _grid_for_export(session: Session, lot_id: int, evaluator: EvaluatorRecord) -> ScoringGrid:
    assert evaluator.id is not None
    if evaluator.submitted_at is not None:
        raise ValidationError(_ALREADY_SUBMITTED, {"name": evaluator.name}, context=CONTEXT)
    return evaluation.scoring_grid(session, lot_id, evaluator.id)


def _write(folder: Path, grid: ScoringGrid, taken: set[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = grids.grid_file_name(grid.lot_label, grid.evaluator.name)
    if name.casefold() in taken:
        # Two members with the same name: the evaluator id tells their files apart.
        name = grids.grid_file_name(grid.lot_label, f"{grid.evaluator.name} {grid.evaluator.id}")
    taken.add(name.casefold())
    path = folder / name
    grids.write_grid(path, grid, exported_at=datetime.now(UTC).replace(microsecond=0))
    return path


# --- import -----------------------------------------------------------------------------------


def _file_problem(message: str, file: str, **params: object) -> Problem:
    return Problem(
        message,
        sheet=grids.GRID_SHEET,
        params={"file": file, **params},
        context=CONTEXT,
    )


def _error_problem(error: AppError, file: str) -> Problem:
    """An error of a layer below as a problem of this file (its own message, translatable)."""
    return Problem(
        error.message,
        sheet=grids.GRID_SHEET,
        params={**error.params, "file": file},
        context=error.context,
    )


def read_grid_files(
    session: Session, paths: Sequence[Path], *, lot_id: int | None = None
) -> GridImportPlan:
    """Check returned grids against the database and compare every cell; writes nothing.

    With ``lot_id`` a grid of another lot is refused. A problem names the file, and where
    it is about one cell, the sheet and the cell (``Beoordeling!D14``).
    """
    require(session, Permission.VIEW)
    if not paths:
        raise ValidationError(_NOTHING, context=CONTEXT)
    expected_label = _lot_label(session, lot_id) if lot_id is not None else ""
    plans = [_plan_file(session, Path(path), lot_id, expected_label) for path in paths]
    return GridImportPlan(tuple(_refuse_conflicting_files(plans)))


def _plan_file(
    session: Session, path: Path, lot_id: int | None, expected_label: str
) -> GridFilePlan:
    file = path.name
    try:
        parsed = grids.read_grid(path)
    except AppError as error:
        return GridFilePlan(path, problems=(_error_problem(error, file),))
    plan = GridFilePlan(
        path,
        lot_id=parsed.lot_id,
        lot_label=parsed.lot_label,
        evaluator_id=parsed.evaluator_id,
        evaluator_name=parsed.evaluator_name,
    )
    if parsed.lot_id is None or parsed.evaluator_id is None:
        return _with_problems(plan, parsed.problems)
    if lot_id is not None and parsed.lot_id != lot_id:
        return _with_problems(
            plan,
            (_file_problem(_OTHER_LOT, file, grid_lot=parsed.lot_label, lot=expected_label),),
        )
    try:
        committee = evaluation.list_evaluators(session, parsed.lot_id)
    except NotFoundError:
        return _with_problems(plan, (_file_problem(_NO_LOT, file, grid_lot=parsed.lot_label),))
    evaluator = next((row for row in committee if row.id == parsed.evaluator_id), None)
    if evaluator is None:
        return _with_problems(
            plan,
            (
                _file_problem(
                    _NOT_ON_COMMITTEE, file, name=parsed.evaluator_name, lot=parsed.lot_label
                ),
            ),
        )
    if evaluator.submitted_at is not None:
        return _with_problems(
            plan, (_file_problem(_SUBMITTED, file, name=evaluator.name, lot=parsed.lot_label),)
        )
    try:
        grid = evaluation.scoring_grid(session, parsed.lot_id, evaluator.id)
    except AppError as error:
        return _with_problems(plan, (_error_problem(error, file),))
    if grids.criteria_hash(grid.criteria) != parsed.criteria_hash:
        exported = parsed.exported_at
        try:
            from ssb_desktop.formatting import format_moment

            exported = format_moment(datetime.fromisoformat(parsed.exported_at))
        except ValueError:
            pass
        return _with_problems(plan, (_file_problem(_CRITERIA_CHANGED, file, exported=exported),))
    problems = list(parsed.problems)
    bids = {bid.bid_id: bid for bid in grid.bids}
    titles = {item.criterion_id: f"{item.code} {item.title}".strip() for item in grid.criteria}
    current = {(score.bid_id, score.criterion_id): score for score in grid.scores}
    cells: list[GridCellPlan] = []
    for cell in parsed.cells:
        bid = bids.get(cell.bid_id)
        filled = cell.score is not None or bool(cell.motivation)
        if bid is None or bid.withdrawn:
            if filled:
                message = _BID_GONE if bid is None else _BID_WITHDRAWN
                problems.append(
                    Problem(
                        message,
                        sheet=grids.GRID_SHEET,
                        row=cell.row,
                        column=grids.SCORE_COLUMN,
                        params={
                            "file": file,
                            "cell": cell.cell,
                            "bid": bid.label if bid else "",
                        },
                        context=CONTEXT,
                    )
                )
            continue
        existing = current.get((cell.bid_id, cell.criterion_id))
        if cell.score is None:
            change = CellChange.EMPTY
        elif existing is None or existing.score is None:
            change = CellChange.NEW
        elif existing.score == cell.score and existing.motivation.strip() == cell.motivation:
            change = CellChange.UNCHANGED
        else:
            change = CellChange.CHANGED
        cells.append(
            GridCellPlan(
                cell=cell.cell,
                bid_id=cell.bid_id,
                bid_label=bid.label,
                criterion_id=cell.criterion_id,
                criterion_title=titles.get(cell.criterion_id, ""),
                change=change,
                score=cell.score,
                motivation=cell.motivation,
                current_score=existing.score if existing else None,
                current_motivation=existing.motivation if existing else "",
                current_source=existing.source if existing else "",
                version=existing.version if existing else 0,
            )
        )
    problems.sort(key=lambda item: (item.row or 0, item.column))
    return GridFilePlan(
        path,
        lot_id=parsed.lot_id,
        lot_label=grid.lot_label,
        evaluator_id=evaluator.id,
        evaluator_name=evaluator.name,
        cells=tuple(cells),
        problems=tuple(problems),
    )


def _with_problems(plan: GridFilePlan, problems: Sequence[Problem]) -> GridFilePlan:
    from dataclasses import replace

    return replace(plan, problems=tuple(problems), cells=())


def _filled(plan: GridFilePlan) -> dict[tuple[int, int], tuple[Decimal | None, str]]:
    return {
        (cell.bid_id, cell.criterion_id): (cell.score, cell.motivation)
        for cell in plan.cells
        if cell.change is not CellChange.EMPTY
    }


def _refuse_conflicting_files(plans: list[GridFilePlan]) -> list[GridFilePlan]:
    """Two grids of one evaluator with different scores: both refused, neither wins."""
    from dataclasses import replace

    by_evaluator: dict[int, list[int]] = defaultdict(list)
    for index, plan in enumerate(plans):
        if plan.evaluator_id is not None and plan.cells:
            by_evaluator[plan.evaluator_id].append(index)
    result = list(plans)
    for indexes in by_evaluator.values():
        if len(indexes) < 2:
            continue
        first = result[indexes[0]]
        for index in indexes[1:]:
            other = result[index]
            if _filled(other) == _filled(first):
                # The same scores twice (sent twice): the copy changes nothing more.
                result[index] = replace(other, cells=())
                continue
            for mine, theirs in ((indexes[0], index), (index, indexes[0])):
                result[mine] = replace(
                    result[mine],
                    problems=(
                        *result[mine].problems,
                        _file_problem(
                            _TWO_FILES,
                            result[mine].name,
                            other=result[theirs].name,
                            name=result[mine].evaluator_name,
                        ),
                    ),
                )
    return result


def apply_grid_import(
    session: Session, plan: GridImportPlan, *, overwrite_screen: bool = False
) -> ImportReport:
    """Save the new and changed scores of a valid plan, all or nothing.

    Refused (nothing written) when any file has a problem, or when a score entered on
    screen would be replaced without ``overwrite_screen``. Versions come from the plan, so
    a score changed by someone since the preview is a ``ConflictError``.
    """
    problems = plan.problems
    if problems or not plan.files:
        raise ValidationError(_NOT_VALID, {"count": len(problems)}, context=CONTEXT)
    overwrites = plan.screen_overwrites
    if overwrites and not overwrite_screen:
        shown = ", ".join(f"{cell.bid_label} × {cell.criterion_title}" for cell in overwrites[:10])
        if len(overwrites) > 10:
            shown += ", …"
        raise ValidationError(
            _OVERWRITES_SCREEN, {"count": len(overwrites), "cells": shown}, context=CONTEXT
        )
    for file_plan in plan.files:
        entries = [
            ScoreEntry(
                bid_id=cell.bid_id,
                criterion_id=cell.criterion_id,
                score=cell.score,
                motivation=cell.motivation,
                version=cell.version,
            )
            for cell in file_plan.cells
            if cell.change in (CellChange.NEW, CellChange.CHANGED)
        ]
        if entries and file_plan.evaluator_id is not None:
            evaluation.save_scores(
                session, file_plan.evaluator_id, entries, source=f"excel:{file_plan.name}"
            )
    return ImportReport(
        created=plan.count(CellChange.NEW),
        updated=plan.count(CellChange.CHANGED),
        unchanged=plan.count(CellChange.UNCHANGED),
        written=True,
    )
