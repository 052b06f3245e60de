"""Procurements, their lots with procedure settings, and the dated European threshold check."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db import limits
from ssb_desktop.db.tables import Bid, Lot, LotExtensionOption, Procurement, Theme, Threshold
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import format_date, format_money
from ssb_desktop.records import (
    TIE_BREAK_RULE_LABELS,
    AwardMethod,
    FieldProblem,
    LotRecord,
    PriceFormula,
    ProcedureType,
    ProcurementRecord,
    ThresholdAdvice,
    ThresholdRecord,
)
from ssb_desktop.services.common import (
    STALE,
    as_utc,
    assign,
    delete_dropped,
    local_date,
    raise_first,
)
from ssb_desktop.services.permissions import Permission, require

LIGHT_REGIME = "light_regime"
SERVICES = "services_local"
_MAX_EXTENSIONS = 20


def _procurement_record(row: Procurement, lot_count: int) -> ProcurementRecord:
    return ProcurementRecord(
        id=row.id,
        reference=row.reference,
        title=row.title,
        procedure_type=row.procedure_type,
        estimated_value=row.estimated_value,
        publication_date=row.publication_date,
        questions_deadline=row.questions_deadline,
        submission_deadline=row.submission_deadline,
        planned_award_date=row.planned_award_date,
        planned_contract_start=row.planned_contract_start,
        allow_multiple_bids=row.allow_multiple_bids,
        notes=row.notes,
        lot_count=lot_count,
        version=row.version,
    )


def _lot_counts(session: Session) -> dict[int, int]:
    rows = session.execute(select(Lot.procurement_id, func.count()).group_by(Lot.procurement_id))
    return {procurement_id: int(count) for procurement_id, count in rows}


def list_procurements(session: Session) -> list[ProcurementRecord]:
    """Every procurement, newest reference first, with its number of lots."""
    require(session, Permission.VIEW)
    counts = _lot_counts(session)
    rows = session.scalars(select(Procurement).order_by(Procurement.reference.desc()))
    return [_procurement_record(row, counts.get(row.id, 0)) for row in rows]


def get_procurement(session: Session, procurement_id: int) -> ProcurementRecord:
    require(session, Permission.VIEW)
    row = _load_procurement(session, procurement_id)
    count = session.scalar(
        select(func.count()).select_from(Lot).where(Lot.procurement_id == procurement_id)
    )
    return _procurement_record(row, int(count or 0))


def find_procurement(session: Session, reference: str) -> ProcurementRecord:
    """The procurement with this reference (case does not matter), as commands name it."""
    require(session, Permission.VIEW)
    found = session.scalar(
        select(Procurement.id).where(func.lower(Procurement.reference) == reference.strip().lower())
    )
    if found is None:
        raise NotFoundError(
            N_("Errors", "There is no procurement with the reference {reference}."),
            {"reference": reference},
        )
    return get_procurement(session, found)


def _load_procurement(session: Session, procurement_id: int) -> Procurement:
    row = session.get(Procurement, procurement_id)
    if row is None:
        raise NotFoundError(N_("Errors", "This procurement no longer exists. Reload the list."))
    return row


_DATE_ORDER = (
    "publication_date",
    "questions_deadline",
    "submission_deadline",
    "planned_award_date",
    "planned_contract_start",
)


def check_procurement(record: ProcurementRecord) -> list[FieldProblem]:
    """Every rule a single procurement must meet, per field (uniqueness needs the database).

    The key dates follow the procedure: publication, questions, submission, award, start.
    """
    found: list[FieldProblem] = []
    reference = record.reference.strip()
    if not reference:
        found.append(
            FieldProblem(
                "reference",
                N_("Errors", "Enter the reference of the procurement, for example SSB-2019."),
            )
        )
    if not record.title.strip():
        found.append(FieldProblem("title", N_("Errors", "Enter the title of the procurement.")))
    if record.estimated_value < 0:
        found.append(
            FieldProblem("estimated_value", N_("Errors", "The estimated value cannot be negative."))
        )
    limits.add_new(found, limits.check_record("procurements", replace(record, reference=reference)))
    earlier: date | None = None
    for name in _DATE_ORDER:
        value = getattr(record, name)
        if value is None:
            continue
        day = local_date(value) if isinstance(value, datetime) else value
        if earlier is not None and day < earlier:
            found.append(
                FieldProblem(
                    name,
                    N_(
                        "Errors",
                        "This date lies before {date}, a date that comes earlier in the "
                        "procedure; check both dates.",
                    ),
                    {"date": format_date(earlier)},
                )
            )
        earlier = day
    return found


def save_procurement(session: Session, record: ProcurementRecord) -> ProcurementRecord:
    """Create (id None) or update a procurement; a stale version is refused, not overwritten."""
    require(session, Permission.EDIT_PROCUREMENTS)
    record = replace(
        record,
        reference=record.reference.strip(),
        title=record.title.strip(),
        submission_deadline=as_utc(record.submission_deadline)
        if record.submission_deadline
        else None,
    )
    raise_first(check_procurement(record))
    clash = session.execute(
        select(Procurement.id).where(func.lower(Procurement.reference) == record.reference.lower())
    ).scalar_one_or_none()
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "A procurement with reference {reference} already exists."),
            {"reference": record.reference},
            field="reference",
        )
    if record.id is None:
        row = Procurement(
            reference=record.reference,
            title=record.title,
            procedure_type=record.procedure_type,
        )
        session.add(row)
    else:
        row = _load_procurement(session, record.id)
        if row.version != record.version:
            raise ConflictError(STALE)
    for name in (
        "reference",
        "title",
        "procedure_type",
        "estimated_value",
        "publication_date",
        "questions_deadline",
        "submission_deadline",
        "planned_award_date",
        "planned_contract_start",
        "allow_multiple_bids",
        "notes",
    ):
        assign(row, name, getattr(record, name))
    session.flush()
    return get_procurement(session, row.id)


# --- thresholds -------------------------------------------------------------------------------


def _threshold_record(row: Threshold) -> ThresholdRecord:
    return ThresholdRecord(
        id=row.id,
        category=row.category,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        amount=row.amount,
        version=row.version,
    )


def list_thresholds(session: Session) -> list[ThresholdRecord]:
    require(session, Permission.VIEW)
    rows = session.scalars(select(Threshold).order_by(Threshold.category, Threshold.valid_from))
    return [_threshold_record(row) for row in rows]


def save_threshold(session: Session, record: ThresholdRecord) -> ThresholdRecord:
    """Add or change a dated threshold; periods of one category may not overlap."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    category = record.category.strip()
    if not category:
        raise ValidationError(
            N_("Errors", "Choose the kind of contract this threshold applies to."),
            field="category",
        )
    if record.amount <= 0:
        raise ValidationError(N_("Errors", "A threshold amount is more than zero."), field="amount")
    if record.valid_until is not None and record.valid_until < record.valid_from:
        raise ValidationError(
            N_("Errors", "The period cannot end on {end}: it starts on {start}."),
            {"end": format_date(record.valid_until), "start": format_date(record.valid_from)},
            field="valid_until",
        )
    for other in session.scalars(
        select(Threshold).where(Threshold.category == category).order_by(Threshold.valid_from)
    ):
        if other.id == record.id:
            continue
        ends_after_start = other.valid_until is None or other.valid_until >= record.valid_from
        starts_before_end = record.valid_until is None or other.valid_from <= record.valid_until
        if ends_after_start and starts_before_end:
            raise _overlap(record, other)
    if record.id is None:
        row = Threshold(
            category=category,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
            amount=record.amount,
        )
        session.add(row)
    else:
        found = session.get(Threshold, record.id)
        if found is None:
            raise NotFoundError(N_("Errors", "This threshold no longer exists. Reload the list."))
        if found.version != record.version:
            raise ConflictError(STALE)
        row = found
        for name, value in (
            ("category", category),
            ("valid_from", record.valid_from),
            ("valid_until", record.valid_until),
            ("amount", record.amount),
        ):
            assign(row, name, value)
    session.flush()
    return _threshold_record(row)


def _period(start: date, end: date | None) -> str:
    return f"{format_date(start)} – {format_date(end) if end is not None else '…'}"


def _overlap(record: ThresholdRecord, other: Threshold) -> ValidationError:
    """Why two periods of one kind of contract overlap, and what to do: end the earlier one
    the day before the later one starts (the periods of one kind follow each other)."""
    if other.valid_from < record.valid_from:
        message = N_(
            "Errors",
            "The period {period} overlaps the threshold of {amount} valid {other}. End that "
            "one on {last_day} first, the day before this one starts.",
        )
        last_day, field = record.valid_from - timedelta(days=1), "valid_from"
    else:
        message = N_(
            "Errors",
            "The period {period} overlaps the threshold of {amount} valid {other}. Let this one "
            "end on {last_day}, the day before that one starts, or change that one first.",
        )
        last_day, field = other.valid_from - timedelta(days=1), "valid_until"
    return ValidationError(
        message,
        {
            "period": _period(record.valid_from, record.valid_until),
            "amount": format_money(other.amount),
            "other": _period(other.valid_from, other.valid_until),
            "last_day": format_date(last_day),
        },
        field=field,
    )


def find_threshold(session: Session, category: str, valid_from: date) -> ThresholdRecord:
    """The threshold period of ``category`` that starts on ``valid_from`` (as the command
    line names one: a kind of contract and the first day of its period)."""
    require(session, Permission.VIEW)
    row = session.scalar(
        select(Threshold).where(Threshold.category == category, Threshold.valid_from == valid_from)
    )
    if row is None:
        raise NotFoundError(
            N_(
                "Errors",
                "No threshold of this kind of contract starts on {date}; the list of thresholds "
                "shows the periods there are.",
            ),
            {"date": format_date(valid_from)},
        )
    return _threshold_record(row)


def end_threshold(
    session: Session, threshold_id: int, last_day: date, version: int
) -> ThresholdRecord:
    """End a threshold period on ``last_day`` (it is valid up to and including that day),
    e.g. before the new amounts of the European Commission start; audited as any change."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    found = session.get(Threshold, threshold_id)
    if found is None:
        raise NotFoundError(N_("Errors", "This threshold no longer exists. Reload the list."))
    record = _threshold_record(found)
    return save_threshold(session, replace(record, valid_until=last_day, version=version))


def threshold_on(session: Session, category: str, on: date) -> ThresholdRecord | None:
    """The threshold of ``category`` valid on ``on``, if the table has one."""
    row = session.scalars(
        select(Threshold)
        .where(
            Threshold.category == category,
            Threshold.valid_from <= on,
            (Threshold.valid_until.is_(None)) | (Threshold.valid_until >= on),
        )
        .order_by(Threshold.valid_from.desc())
        .limit(1)
    ).first()
    return _threshold_record(row) if row is not None else None


def threshold_advice(
    session: Session, procedure_type: ProcedureType, estimated_value: Decimal, on: date
) -> list[ThresholdAdvice]:
    """Whether the procedure fits the estimated value (including options) on date ``on``.

    National and multiple-private procedures at or above a European threshold get a warning;
    a European procedure below its threshold gets a note that it is not required.
    """
    require(session, Permission.VIEW)
    if procedure_type is ProcedureType.VOLUNTARY_TRANSPARENCY:
        return []
    light = threshold_on(session, LIGHT_REGIME, on)
    services = threshold_on(session, SERVICES, on)
    advice: list[ThresholdAdvice] = []
    for category, found in ((LIGHT_REGIME, light), (SERVICES, services)):
        if found is None:
            advice.append(
                ThresholdAdvice(
                    N_(
                        "Errors",
                        "The threshold table has no amount for {category} valid on {date}; "
                        "add it on the Administration page.",
                    ),
                    {"category": category, "date": format_date(on)},
                    "info",
                )
            )

    def params(threshold: ThresholdRecord, **extra: Any) -> dict[str, Any]:
        return {"amount": format_money(threshold.amount), "date": format_date(on), **extra}

    if procedure_type in (ProcedureType.NATIONAL, ProcedureType.MULTIPLE_PRIVATE):
        if light is not None and estimated_value >= light.amount:
            advice.append(
                ThresholdAdvice(
                    N_(
                        "Errors",
                        "The estimated value is above the EU threshold of {amount} valid on "
                        "{date}: a European procedure is required.",
                    ),
                    params(light),
                )
            )
        elif services is not None and estimated_value >= services.amount:
            advice.append(
                ThresholdAdvice(
                    N_(
                        "Errors",
                        "The estimated value is above the EU threshold of {amount} valid on "
                        "{date}: a European procedure is required, unless the services are "
                        "social or other specific services under the light regime (threshold "
                        "{light}).",
                    ),
                    params(services, light=format_money(light.amount) if light else "?"),
                )
            )
    elif procedure_type is ProcedureType.LIGHT_REGIME:
        if light is not None and estimated_value < light.amount:
            advice.append(
                ThresholdAdvice(
                    N_(
                        "Errors",
                        "The estimated value is below the EU threshold of {amount} for social "
                        "services valid on {date}: a European procedure is allowed but not "
                        "required.",
                    ),
                    params(light),
                    "info",
                )
            )
    elif (
        procedure_type is ProcedureType.OPEN_EU
        and services is not None
        and estimated_value < services.amount
    ):
        advice.append(
            ThresholdAdvice(
                N_(
                    "Errors",
                    "The estimated value is below the EU threshold of {amount} valid on "
                    "{date}: a European procedure is allowed but not required.",
                ),
                params(services),
                "info",
            )
        )
    return advice


# --- lots -------------------------------------------------------------------------------------


def _lot_record(
    lot: Lot, reference: str, themes: dict[int, str], bid_counts: dict[int, int]
) -> LotRecord:
    return LotRecord(
        id=lot.id,
        procurement_id=lot.procurement_id,
        procurement_reference=reference,
        number=lot.number,
        theme_id=lot.theme_id,
        theme_name=themes.get(lot.theme_id, "") if lot.theme_id is not None else "",
        title=lot.title,
        description=lot.description,
        budget=lot.budget,
        term_months=lot.term_months,
        extension_months=tuple(option.months for option in lot.extension_options),
        award_method=lot.award_method,
        price_formula=lot.price_formula,
        price_max_points=lot.price_max_points,
        price_floor=lot.price_floor,
        price_ceiling=lot.price_ceiling,
        use_average=lot.use_average,
        evaluator_count=lot.evaluator_count,
        prices_hidden=lot.prices_hidden,
        anonymised=lot.anonymised,
        motivation_required=lot.motivation_required,
        dropout_rule=lot.dropout_rule,
        tie_break_rules=tuple(rule for rule in lot.tie_break_rules.splitlines() if rule),
        spread_flag_steps=lot.spread_flag_steps,
        criteria_locked=lot.criteria_locked,
        bid_count=bid_counts.get(lot.id, 0),
        version=lot.version,
    )


def _lot_records(session: Session, where: Any = None) -> list[LotRecord]:
    query = (
        select(Lot, Procurement.reference)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .options(selectinload(Lot.extension_options))
        .order_by(Procurement.reference, Lot.number)
    )
    count_query = select(Bid.lot_id, func.count()).group_by(Bid.lot_id)
    if where is not None:
        query = query.where(where)
        count_query = (
            count_query.join(Lot, Lot.id == Bid.lot_id)
            .join(Procurement, Procurement.id == Lot.procurement_id)
            .where(where)
        )
    themes = {theme_id: name for theme_id, name in session.execute(select(Theme.id, Theme.name))}
    bid_counts = {lot_id: int(count) for lot_id, count in session.execute(count_query)}
    return [
        _lot_record(lot, reference, themes, bid_counts) for lot, reference in session.execute(query)
    ]


def list_lots(session: Session, procurement_id: int | None = None) -> list[LotRecord]:
    """The lots of one procurement, or of all, by reference and number."""
    require(session, Permission.VIEW)
    return _lot_records(
        session, Lot.procurement_id == procurement_id if procurement_id is not None else None
    )


def get_lot(session: Session, lot_id: int) -> LotRecord:
    require(session, Permission.VIEW)
    found = _lot_records(session, Lot.id == lot_id)
    if not found:
        raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
    return found[0]


_LABEL_RE = re.compile(r"^\s*(?P<reference>.+?)\s*/\s*(?P<number>\d+)\s*$")


def find_lot(session: Session, label: str, *, procurement_id: int | None = None) -> LotRecord:
    """The lot named ``REF/N`` (as workbooks and the command line write it).

    With ``procurement_id`` the lot must belong to that procurement: an import for one
    procurement refuses a row that names a lot of another.
    """
    require(session, Permission.VIEW)
    match = _LABEL_RE.match(label)
    if match is None:
        raise NotFoundError(
            N_(
                "Errors",
                "{label} does not name a lot; write the procurement reference and the lot "
                "number, for example SSB-2019/1.",
            ),
            {"label": label},
            field="lot",
        )
    reference, number = match["reference"], int(match["number"])
    found = _lot_records(
        session,
        (func.lower(Procurement.reference) == reference.lower()) & (Lot.number == number),
    )
    if not found:
        raise NotFoundError(
            N_("Errors", "There is no lot {label}; check the reference and the lot number."),
            {"label": f"{reference}/{number}"},
            field="lot",
        )
    lot = found[0]
    if procurement_id is not None and lot.procurement_id != procurement_id:
        chosen = session.get(Procurement, procurement_id)
        raise ValidationError(
            N_(
                "Errors",
                "Lot {label} belongs to another procurement than {reference}; choose that "
                "procurement or correct the lot.",
            ),
            {"label": lot.label, "reference": chosen.reference if chosen else "?"},
            field="lot",
        )
    return lot


def check_lot(record: LotRecord) -> list[FieldProblem]:
    """Every rule of a single lot's settings, per field (uniqueness needs the database)."""
    found: list[FieldProblem] = []

    def problem(field: str, message: str, **params: Any) -> None:
        found.append(FieldProblem(field, message, params))

    if record.number <= 0:
        problem("number", N_("Errors", "A lot number is 1 or more."))
    if record.budget is not None and record.budget < 0:
        problem("budget", N_("Errors", "The budget cannot be negative."))
    if record.term_months <= 0:
        problem("term_months", N_("Errors", "The contract term is at least one month."))
    if any(months <= 0 for months in record.extension_months):
        problem("extension_months", N_("Errors", "Every extension option lasts at least a month."))
    if len(record.extension_months) > _MAX_EXTENSIONS:
        problem(
            "extension_months",
            N_("Errors", "A lot has at most {count} extension options."),
            count=_MAX_EXTENSIONS,
        )
    if record.evaluator_count < 1:
        problem("evaluator_count", N_("Errors", "A lot needs at least one evaluator."))
    if record.price_max_points < 0:
        problem("price_max_points", N_("Errors", "Price points cannot be negative."))
    if record.spread_flag_steps < 0:
        problem("spread_flag_steps", N_("Errors", "The spread that is flagged cannot be negative."))
    if record.award_method is AwardMethod.FIXED_PRICE_QUALITY and record.budget is None:
        problem(
            "budget",
            N_("Errors", "With a fixed price, enter the budget: a bid above it is invalid."),
        )
    if (
        record.award_method is AwardMethod.WEIGHTED_POINTS
        and record.price_formula is PriceFormula.ABSOLUTE
    ):
        if record.price_floor is None:
            problem("price_floor", N_("Errors", "An absolute price formula needs a floor price."))
        if record.price_ceiling is None:
            problem(
                "price_ceiling", N_("Errors", "An absolute price formula needs a ceiling price.")
            )
        if (
            record.price_floor is not None
            and record.price_ceiling is not None
            and record.price_floor >= record.price_ceiling
        ):
            problem(
                "price_ceiling",
                N_("Errors", "The ceiling price must be higher than the floor price."),
            )
    for price_field in ("price_floor", "price_ceiling"):
        value = getattr(record, price_field)
        if value is not None and value < 0:
            problem(price_field, N_("Errors", "A price cannot be negative."))
    rules = record.tie_break_rules
    unknown = [rule for rule in rules if rule not in TIE_BREAK_RULE_LABELS]
    if unknown:
        problem(
            "tie_break_rules",
            N_("Errors", "Unknown tie-break rule {rule}."),
            rule=unknown[0],
        )
    elif len(set(rules)) != len(rules):
        problem("tie_break_rules", N_("Errors", "Each tie-break rule appears only once."))
    return limits.add_new(found, limits.check_record("lots", record))


def save_lot(session: Session, record: LotRecord) -> LotRecord:
    """Create (id None) or update a lot and its procedure settings."""
    require(session, Permission.EDIT_PROCUREMENTS)
    record = replace(record, title=record.title.strip())
    raise_first(check_lot(record))
    _load_procurement(session, record.procurement_id)
    if record.theme_id is not None and session.get(Theme, record.theme_id) is None:
        raise ValidationError(
            N_("Errors", "This theme no longer exists; choose another."), field="theme_id"
        )
    clash = session.scalar(
        select(Lot.id).where(
            Lot.procurement_id == record.procurement_id, Lot.number == record.number
        )
    )
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "This procurement already has a lot {number}."),
            {"number": record.number},
            field="number",
        )
    if record.id is None:
        lot = Lot(procurement_id=record.procurement_id, number=record.number)
        session.add(lot)
    else:
        found = session.get(Lot, record.id, options=[selectinload(Lot.extension_options)])
        if found is None:
            raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
        if found.version != record.version:
            raise ConflictError(STALE)
        lot = found
    for name in (
        "procurement_id",
        "number",
        "theme_id",
        "title",
        "description",
        "budget",
        "term_months",
        "award_method",
        "price_formula",
        "price_max_points",
        "price_floor",
        "price_ceiling",
        "use_average",
        "evaluator_count",
        "prices_hidden",
        "anonymised",
        "motivation_required",
        "dropout_rule",
        "spread_flag_steps",
    ):
        assign(lot, name, getattr(record, name))
    assign(lot, "tie_break_rules", "\n".join(record.tie_break_rules))
    _apply_extensions(session, lot, record.extension_months)
    session.flush()
    return get_lot(session, lot.id)


def _apply_extensions(session: Session, lot: Lot, months: Sequence[int]) -> None:
    # Rows are updated in place by sequence: deleting and re-inserting a sequence number in
    # one flush would break the unique constraint, since the ORM inserts before it deletes.
    current = list(lot.extension_options) if lot.id is not None else []
    kept: list[LotExtensionOption] = []
    for sequence, length in enumerate(months, start=1):
        if sequence <= len(current):
            option = current[sequence - 1]
            assign(option, "months", length)
        else:
            option = LotExtensionOption(sequence=sequence, months=length)
        kept.append(option)
    if delete_dropped(session, current, kept) or lot.id is None:
        lot.extension_options = kept


# --- extension options as text ----------------------------------------------------------------

_UNITS: dict[str, int] = {
    "jaar": 12,
    "jaren": 12,
    "jr": 12,
    "j": 12,
    "year": 12,
    "years": 12,
    "y": 12,
    "maand": 1,
    "maanden": 1,
    "mnd": 1,
    "m": 1,
    "month": 1,
    "months": 1,
}
_NONE_WORDS = frozenset({"", "-", "geen", "nee", "none", "no", "0"})
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TERM_RE = re.compile(
    rf"^(?:(?P<count>\d+)\s*(?:x|×|\*|keer|maal|times)\s*)?(?P<length>\d+)\s*(?P<unit>{_UNIT})?$"
)
_TRAILING_UNIT_RE = re.compile(rf"\s*\b(?P<unit>{_UNIT})\.?$")


def _extension_error(text: str) -> ValidationError:
    return ValidationError(
        N_(
            "Errors",
            "{text} is not a list of extension options; write for example "
            "1 x 24 maanden or 5 + 2 + 2 jaar.",
        ),
        {"text": text},
        field="extension_months",
    )


def parse_extensions(text: str) -> tuple[int, ...]:
    """Extension options as typed ("5 + 2 + 2 jaar", "1 x 24 maanden", "24") in months each."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    if cleaned in _NONE_WORDS:
        return ()
    default_unit = 1
    trailing = _TRAILING_UNIT_RE.search(cleaned)
    if trailing is not None:
        default_unit = _UNITS[trailing["unit"]]
        cleaned = cleaned[: trailing.start()].strip()
    months: list[int] = []
    for part in re.split(r"\s*(?:\+|,|;|\ben\b|\band\b)\s*", cleaned):
        match = _TERM_RE.match(part.strip())
        if match is None:
            raise _extension_error(text)
        count = int(match["count"]) if match["count"] else 1
        unit = _UNITS[match["unit"]] if match["unit"] else default_unit
        length = int(match["length"]) * unit
        if count < 1 or length < 1 or len(months) + count > _MAX_EXTENSIONS:
            raise _extension_error(text)
        months.extend([length] * count)
    return tuple(months)


def format_extensions(months: Sequence[int]) -> str:
    """Extension options as staff write them: "1 x 24 maanden", "5 + 2 + 2 jaar", or ""."""
    if not months:
        return ""
    if len(set(months)) == 1:
        length = months[0]
        unit = "maand" if length == 1 else "maanden"
        return f"{len(months)} x {length} {unit}"
    if all(length % 12 == 0 for length in months):
        return " + ".join(str(length // 12) for length in months) + " jaar"
    return " + ".join(str(length) for length in months) + " maanden"


__all__ = [
    "as_utc",
    "check_lot",
    "check_procurement",
    "delete_dropped",
    "find_lot",
    "format_extensions",
    "get_lot",
    "get_procurement",
    "list_lots",
    "list_procurements",
    "list_thresholds",
    "local_date",
    "parse_extensions",
    "raise_first",
    "save_lot",
    "save_procurement",
    "save_threshold",
    "threshold_advice",
    "threshold_on",
]
