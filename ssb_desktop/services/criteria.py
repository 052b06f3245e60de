"""Scoring scales and each lot's tree of award criteria, locked once scoring has started.

Problems with one criterion of a list name the field and the criterion's key, as
``"{field}:{key}"`` (``weight:12``, ``title:-1``), so that an editor can mark the cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db import limits
from ssb_desktop.db.tables import (
    ConsensusScore,
    Criterion,
    Evaluator,
    IndividualScore,
    Lot,
    Scale,
    ScaleValue,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import format_number
from ssb_desktop.records import (
    AwardMethod,
    CriterionRecord,
    FieldProblem,
    LotRecord,
    ScaleRecord,
    ScaleValueRecord,
)
from ssb_desktop.services.common import STALE, assign, delete_dropped, raise_first
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.procurement import get_lot

HUNDRED = Decimal(100)
LOCKED = N_(
    "Errors",
    "The criteria are locked because scoring has started; a procurement officer can "
    "invalidate the scores first.",
)


# --- scales -----------------------------------------------------------------------------------


def _scale_record(scale: Scale) -> ScaleRecord:
    return ScaleRecord(
        id=scale.id,
        name=scale.name,
        description=scale.description,
        values=tuple(ScaleValueRecord(v.value, v.descriptor) for v in scale.values),
        version=scale.version,
    )


def list_scales(session: Session) -> list[ScaleRecord]:
    require(session, Permission.VIEW)
    scales = session.scalars(select(Scale).options(selectinload(Scale.values)).order_by(Scale.name))
    return [_scale_record(scale) for scale in scales]


def check_scale(record: ScaleRecord) -> list[FieldProblem]:
    """Every rule of a single scale: a name, at least two distinct values, each described."""
    found: list[FieldProblem] = []
    if not record.name.strip():
        found.append(FieldProblem("name", N_("Errors", "Enter the name of the scale.")))
    limits.add_new(found, limits.check_record("scales", replace(record, name=record.name.strip())))
    if not record.values:
        found.append(
            FieldProblem(
                "values",
                N_(
                    "Errors",
                    "Give the scale its values, each with a descriptor, for example 0-2-4-6-8-10.",
                ),
            )
        )
        return found
    seen: set[Decimal] = set()
    for item in record.values:
        limits.add_new(found, limits.check_record("scale_values", item, rename={"value": "values"}))
        if item.value in seen:
            found.append(
                FieldProblem(
                    "values",
                    N_("Errors", "The value {value} appears twice on the scale; keep one."),
                    {"value": format_number(item.value)},
                )
            )
        seen.add(item.value)
        if item.value < 0 or item.value >= 10_000 or item.value != round(item.value, 2):
            found.append(
                FieldProblem(
                    "values",
                    N_(
                        "Errors",
                        "The value {value} cannot be used; a scale value is 0 or more, below "
                        "10000, with at most two decimals.",
                    ),
                    {"value": format_number(item.value)},
                )
            )
        if not item.descriptor.strip():
            found.append(
                FieldProblem(
                    "values",
                    N_("Errors", "Describe what the value {value} means."),
                    {"value": format_number(item.value)},
                )
            )
    if len(seen) == 1:
        found.append(
            FieldProblem(
                "values", N_("Errors", "A scale needs at least two values to tell bids apart.")
            )
        )
    return found


def _locked_lots_using_scale(session: Session, scale_id: int) -> list[int]:
    lot_ids = set(
        session.scalars(select(Criterion.lot_id).where(Criterion.scale_id == scale_id).distinct())
    )
    return sorted(lot_id for lot_id in lot_ids if _locked(session, lot_id))


def save_scale(session: Session, record: ScaleRecord) -> ScaleRecord:
    """Create (id None) or change a scale; one used by a locked lot's criteria cannot change."""
    require(session, Permission.EDIT_PROCUREMENTS)
    record = replace(
        record,
        name=record.name.strip(),
        values=tuple(
            sorted(
                (ScaleValueRecord(v.value, v.descriptor.strip()) for v in record.values),
                key=lambda v: v.value,
            )
        ),
    )
    raise_first(check_scale(record))
    clash = session.scalar(select(Scale.id).where(Scale.name == record.name))
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "A scale named {name} already exists."),
            {"name": record.name},
            field="name",
        )
    if record.id is None:
        scale = Scale(name=record.name)
        session.add(scale)
    else:
        found = session.get(Scale, record.id, options=[selectinload(Scale.values)])
        if found is None:
            raise NotFoundError(N_("Errors", "This scale no longer exists. Reload the list."))
        if found.version != record.version:
            raise ConflictError(STALE)
        scale = found
        if _scale_record(scale) != replace(record, version=scale.version) and (
            _locked_lots_using_scale(session, scale.id)
        ):
            raise ValidationError(
                N_(
                    "Errors",
                    "The scale {name} is used by criteria on which scoring has started, so "
                    "it cannot change; a procurement officer can invalidate the scores first.",
                ),
                {"name": scale.name},
                field="values",
            )
    assign(scale, "name", record.name)
    assign(scale, "description", record.description)
    existing = {v.value: v for v in scale.values} if record.id is not None else {}
    kept: list[ScaleValue] = []
    for item in record.values:
        row = existing.get(item.value)
        if row is None:
            row = ScaleValue(value=item.value, descriptor=item.descriptor)
        assign(row, "descriptor", item.descriptor)
        kept.append(row)
    current = list(scale.values) if record.id is not None else []
    if delete_dropped(session, current, kept) or record.id is None:
        scale.values = kept
    session.flush()
    return _scale_record(scale)


# --- reading criteria -------------------------------------------------------------------------


def _key(record: CriterionRecord) -> int:
    return record.key or record.id or 0


def tree_order(criteria: Iterable[CriterionRecord]) -> list[CriterionRecord]:
    """Parents before their children, siblings by position (then code): the editor's order."""
    children: dict[int | None, list[CriterionRecord]] = defaultdict(list)
    items = list(criteria)
    keys = {_key(item) for item in items}
    for item in items:
        parent = item.parent_id if item.parent_id in keys else None
        children[parent].append(item)
    ordered: list[CriterionRecord] = []

    def visit(parent: int | None) -> None:
        for item in sorted(children.get(parent, []), key=lambda c: (c.position, c.code)):
            ordered.append(item)
            if _key(item) != parent:
                visit(_key(item))

    visit(None)
    return ordered


def list_criteria(session: Session, lot_id: int) -> list[CriterionRecord]:
    """The lot's criteria in tree order, in one query; each record's key is its id."""
    require(session, Permission.VIEW)
    rows = session.execute(
        select(Criterion, Scale.name)
        .outerjoin(Scale, Scale.id == Criterion.scale_id)
        .where(Criterion.lot_id == lot_id)
    )
    return tree_order(
        CriterionRecord(
            id=c.id,
            lot_id=c.lot_id,
            parent_id=c.parent_id,
            position=c.position,
            code=c.code,
            title=c.title,
            description=c.description,
            weight=c.weight,
            is_price=c.is_price,
            scale_id=c.scale_id,
            scale_name=scale_name or "",
            knockout_minimum=c.knockout_minimum,
            money_per_point=c.money_per_point,
            version=c.version,
            key=c.id,
        )
        for c, scale_name in rows
    )


# --- the rules --------------------------------------------------------------------------------


def _describe(criterion: CriterionRecord) -> str:
    return " ".join(part for part in (criterion.code, criterion.title) if part) or "?"


def weight_problems(criteria: Sequence[CriterionRecord]) -> list[FieldProblem]:
    """Per group of siblings, weights that do not add up to exactly 100 %."""
    by_key = {_key(c): c for c in criteria}
    groups: dict[int | None, list[CriterionRecord]] = defaultdict(list)
    for criterion in criteria:
        groups[criterion.parent_id].append(criterion)
    found: list[FieldProblem] = []
    for parent_key, siblings in groups.items():
        total = sum((c.weight for c in siblings), Decimal(0))
        if total == HUNDRED:
            continue
        first = min(siblings, key=lambda c: (c.position, c.code))
        parent = by_key.get(parent_key) if parent_key is not None else None
        if parent is None:
            found.append(
                FieldProblem(
                    f"weight:{_key(first)}",
                    N_(
                        "Errors",
                        "The weights of the main criteria add up to {sum} %; they must add up "
                        "to exactly 100 %.",
                    ),
                    {"sum": format_number(total)},
                )
            )
        else:
            found.append(
                FieldProblem(
                    f"weight:{_key(first)}",
                    N_(
                        "Errors",
                        "The weights of the criteria under {parent} add up to {sum} %; they "
                        "must add up to exactly 100 %.",
                    ),
                    {"parent": _describe(parent), "sum": format_number(total)},
                )
            )
    return found


def check_criteria(
    criteria: Sequence[CriterionRecord], scales: dict[int, ScaleRecord], lot: LotRecord
) -> list[FieldProblem]:
    """Every rule of a lot's criteria tree, per criterion and field."""
    found: list[FieldProblem] = []
    by_key = {_key(c): c for c in criteria}
    parents = {c.parent_id for c in criteria if c.parent_id is not None}
    codes: dict[str, int] = {}

    def problem(field: str, criterion: CriterionRecord, message: str, **params: object) -> None:
        found.append(FieldProblem(f"{field}:{_key(criterion)}", message, dict(params)))

    if len(by_key) != len(criteria):
        found.append(
            FieldProblem(
                "criteria", N_("Errors", "Two criteria have the same key; give each its own.")
            )
        )
    for criterion in criteria:
        name = _describe(criterion)
        if not criterion.title.strip():
            problem("title", criterion, N_("Errors", "Enter the title of the criterion."))
        limits.add_new(
            found,
            limits.check_record(
                "criteria",
                replace(criterion, code=criterion.code.strip(), title=criterion.title.strip()),
                template=f"{{field}}:{_key(criterion)}",
            ),
        )
        code = criterion.code.strip().casefold()
        if code:
            if code in codes:
                problem(
                    "code",
                    criterion,
                    N_("Errors", "The code {code} is used by two criteria."),
                    code=criterion.code.strip(),
                )
            codes[code] = _key(criterion)
        if not Decimal(0) <= criterion.weight <= HUNDRED:
            problem(
                "weight", criterion, N_("Errors", "A weight lies between 0 and 100 %."), name=name
            )
        parent = by_key.get(criterion.parent_id) if criterion.parent_id is not None else None
        if criterion.parent_id is not None:
            if parent is None or parent is criterion:
                problem(
                    "parent",
                    criterion,
                    N_("Errors", "The main criterion of {name} is not in the list."),
                    name=name,
                )
            elif parent.parent_id is not None:
                problem(
                    "parent",
                    criterion,
                    N_(
                        "Errors",
                        "{name} is placed under a sub-criterion; criteria have two levels at most.",
                    ),
                    name=name,
                )
            elif parent.is_price:
                problem(
                    "parent",
                    criterion,
                    N_("Errors", "The price criterion has no sub-criteria."),
                )
        scored_leaf = _key(criterion) not in parents and not criterion.is_price
        if criterion.is_price and lot.award_method is not AwardMethod.WEIGHTED_POINTS:
            problem(
                "is_price",
                criterion,
                N_(
                    "Errors",
                    "Only the weighted-points method scores price as a criterion; with this "
                    "award method, price is handled by the method itself.",
                ),
            )
        scale = scales.get(criterion.scale_id) if criterion.scale_id is not None else None
        if criterion.scale_id is not None and scale is None:
            problem("scale", criterion, N_("Errors", "This scale no longer exists."))
        elif scored_leaf and scale is None:
            problem(
                "scale", criterion, N_("Errors", "Choose the scale {name} is scored on."), name=name
            )
        minimum = criterion.knockout_minimum
        if minimum is not None:
            if criterion.is_price or scale is None:
                problem(
                    "knockout_minimum",
                    criterion,
                    N_("Errors", "A knock-out minimum needs a criterion scored on a scale."),
                )
            elif minimum not in {v.value for v in scale.values}:
                problem(
                    "knockout_minimum",
                    criterion,
                    N_(
                        "Errors",
                        "The knock-out minimum {value} is not a value of the scale {scale} "
                        "({values}).",
                    ),
                    value=format_number(minimum),
                    scale=scale.name,
                    values=", ".join(format_number(v.value) for v in scale.values),
                )
        if lot.award_method is AwardMethod.AWARD_ON_VALUE and scored_leaf:
            if criterion.money_per_point is None or criterion.money_per_point <= 0:
                problem(
                    "money_per_point",
                    criterion,
                    N_(
                        "Errors",
                        "With award on value, enter the amount of money a point of {name} is "
                        "worth.",
                    ),
                    name=name,
                )
        elif criterion.money_per_point is not None and criterion.money_per_point < 0:
            problem(
                "money_per_point",
                criterion,
                N_("Errors", "An amount per point cannot be negative."),
            )
    found.extend(weight_problems(criteria))
    return found


# --- locking ----------------------------------------------------------------------------------


def scores_exist(session: Session, lot_id: int) -> bool:
    """Whether any individual or consensus score that still counts exists for the lot."""
    lot_criteria = select(Criterion.id).where(Criterion.lot_id == lot_id)
    individual = exists().where(
        IndividualScore.criterion_id.in_(lot_criteria), IndividualScore.invalidated.is_(False)
    )
    consensus = exists().where(
        ConsensusScore.criterion_id.in_(lot_criteria), ConsensusScore.invalidated.is_(False)
    )
    return bool(session.scalar(select(individual | consensus)))


def _locked(session: Session, lot_id: int) -> bool:
    locked = session.scalar(select(Lot.criteria_locked).where(Lot.id == lot_id))
    return bool(locked) or scores_exist(session, lot_id)


def invalidate_scores(session: Session, lot_id: int, reason: str) -> int:
    """Set aside every score of the lot so that its criteria can change; returns how many.

    Each score keeps the reason, and the audit log records who invalidated it and when.
    """
    require(session, Permission.EDIT_PROCUREMENTS)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            N_("Errors", "Give the reason why the scores are invalidated."), field="reason"
        )
    lot = session.get(Lot, lot_id)
    if lot is None:
        raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
    lot_criteria = select(Criterion.id).where(Criterion.lot_id == lot_id)
    count = 0
    tables: tuple[type[IndividualScore] | type[ConsensusScore], ...] = (
        IndividualScore,
        ConsensusScore,
    )
    for table in tables:
        # ORM updates, not one bulk UPDATE, so that every score's invalidation is audited.
        scores: Iterable[IndividualScore | ConsensusScore] = session.scalars(
            select(table).where(table.criterion_id.in_(lot_criteria), table.invalidated.is_(False))
        )
        for score in scores:
            score.invalidated = True
            score.invalidated_reason = reason
            count += 1
    # The set-aside scores must be given again, so the submissions they formed are unlocked.
    for evaluator in session.scalars(
        select(Evaluator).where(Evaluator.lot_id == lot_id, Evaluator.submitted_at.is_not(None))
    ):
        evaluator.submitted_at = None
    assign(lot, "criteria_locked", False)
    session.flush()
    return count


# --- saving the tree --------------------------------------------------------------------------


def _scales_by_id(session: Session) -> dict[int, ScaleRecord]:
    return {scale.id: scale for scale in list_scales(session) if scale.id is not None}


def save_criteria(
    session: Session, lot_id: int, criteria: Sequence[CriterionRecord]
) -> list[CriterionRecord]:
    """Replace the lot's tree: update by id, insert new ones, delete the ones left out."""
    require(session, Permission.EDIT_PROCUREMENTS)
    lot = get_lot(session, lot_id)
    if _locked(session, lot_id):
        raise ValidationError(LOCKED, field="criteria")
    criteria = [
        replace(
            c,
            lot_id=lot_id,
            key=_key(c),
            code=c.code.strip(),
            title=c.title.strip(),
            description=c.description.strip(),
        )
        for c in criteria
    ]
    raise_first(check_criteria(criteria, _scales_by_id(session), lot))
    existing = {
        row.id: row for row in session.scalars(select(Criterion).where(Criterion.lot_id == lot_id))
    }
    for record in criteria:
        if record.id is not None and record.id not in existing:
            raise NotFoundError(
                N_(
                    "Errors",
                    "The criterion {name} no longer belongs to this lot. Reload the criteria.",
                ),
                {"name": _describe(record)},
            )
        if record.id is not None and existing[record.id].version != record.version:
            raise ConflictError(STALE)
    rows: dict[int, Criterion] = {}
    # Main criteria first, so that new sub-criteria can refer to their parent's new id.
    for level in (False, True):
        for record in criteria:
            if (record.parent_id is not None) is not level:
                continue
            row = existing[record.id] if record.id is not None else None
            if row is None:
                row = Criterion(lot_id=lot_id, title=record.title, weight=record.weight)
                session.add(row)
            parent_id = rows[record.parent_id].id if record.parent_id is not None else None
            for name, value in (
                ("parent_id", parent_id),
                ("position", record.position),
                ("code", record.code),
                ("title", record.title),
                ("description", record.description),
                ("weight", record.weight),
                ("is_price", record.is_price),
                ("scale_id", record.scale_id),
                ("knockout_minimum", record.knockout_minimum),
                ("money_per_point", record.money_per_point),
            ):
                assign(row, name, value)
            rows[record.key] = row
        session.flush()
    _delete_criteria(session, [row for row_id, row in existing.items() if row_id not in rows])
    return list_criteria(session, lot_id)


def _delete_criteria(session: Session, removed: Sequence[Criterion]) -> None:
    if not removed:
        return
    ids = [row.id for row in removed]
    used = session.scalars(
        select(Criterion.title)
        .join(Evaluator, Evaluator.criterion_group_id == Criterion.id)
        .where(Criterion.id.in_(ids))
    ).first()
    if used is not None:
        raise ValidationError(
            N_(
                "Errors",
                "The criterion {name} is assigned to an evaluator, so it cannot be removed; "
                "change the committee first.",
            ),
            {"name": used},
            field="criteria",
        )
    # Invalidated scores of removed criteria go too; the audit log keeps what they were.
    for table in (IndividualScore, ConsensusScore):
        for score in session.scalars(select(table).where(table.criterion_id.in_(ids))):
            session.delete(score)
    session.flush()
    # Children before parents: the database would cascade a parent's delete to its children
    # behind the ORM's back, and the versioned delete of a child would then find no row.
    for row in sorted(removed, key=lambda r: r.parent_id is None):
        session.delete(row)
        session.flush()


def copy_criteria(session: Session, from_lot_id: int, to_lot_id: int) -> list[CriterionRecord]:
    """Replace the target lot's criteria by a copy of the source lot's tree."""
    require(session, Permission.EDIT_PROCUREMENTS)
    if from_lot_id == to_lot_id:
        raise ValidationError(
            N_("Errors", "Choose another lot to copy the criteria from."), field="lot"
        )
    get_lot(session, from_lot_id)
    if _locked(session, to_lot_id):
        raise ValidationError(LOCKED, field="criteria")
    source = list_criteria(session, from_lot_id)
    new_keys = {c.key: -(index + 1) for index, c in enumerate(source)}
    copies = [
        replace(
            c,
            id=None,
            lot_id=to_lot_id,
            key=new_keys[c.key],
            parent_id=new_keys[c.parent_id] if c.parent_id is not None else None,
            version=0,
        )
        for c in source
    ]
    return save_criteria(session, to_lot_id, copies)


__all__ = [
    "LOCKED",
    "check_criteria",
    "check_scale",
    "copy_criteria",
    "invalidate_scores",
    "list_criteria",
    "list_scales",
    "save_criteria",
    "save_scale",
    "scores_exist",
    "tree_order",
    "weight_problems",
]
