"""Procurements, lots, thresholds and extension options, at service level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssb_desktop.db.database import Database
from ssb_desktop.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from ssb_desktop.records import (
    AwardMethod,
    LotRecord,
    PriceFormula,
    ProcedureType,
    ProcurementRecord,
    Role,
    ThresholdRecord,
)
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.procurement import (
    find_lot,
    format_extensions,
    get_lot,
    list_lots,
    list_procurements,
    list_thresholds,
    parse_extensions,
    save_lot,
    save_procurement,
    save_threshold,
    threshold_advice,
)


def _procurement(db: Database, reference: str = "SSB-2026", **fields: Any) -> ProcurementRecord:
    record = ProcurementRecord(
        id=None,
        reference=reference,
        title="Sterke Sociale Basis",
        procedure_type=ProcedureType.LIGHT_REGIME,
        estimated_value=Decimal("36000000.00"),
    )
    with db.transaction() as session:
        return save_procurement(session, replace(record, **fields))


def _lot(db: Database, procurement: ProcurementRecord, number: int = 1, **fields: Any) -> LotRecord:
    assert procurement.id is not None
    record = LotRecord(id=None, procurement_id=procurement.id, number=number, title="Opgroeien")
    with db.transaction() as session:
        return save_lot(session, replace(record, **fields))


def _advice(db: Database, procedure: ProcedureType, value: str, on: date) -> list[tuple[str, str]]:
    with db.transaction() as session:
        found = threshold_advice(session, procedure, Decimal(value), on)
    return [(advice.severity, advice.english()) for advice in found]


# --- procurements -----------------------------------------------------------------------------


def test_a_new_procurement_is_listed_with_its_number_of_lots(db: Database) -> None:
    procurement = _procurement(db, submission_deadline=datetime(2026, 3, 1, 12, tzinfo=UTC))
    _lot(db, procurement, 1)
    _lot(db, procurement, 2)
    with db.transaction() as session:
        listed = list_procurements(session)
    assert [(p.reference, p.lot_count) for p in listed] == [("SSB-2026", 2)]
    assert listed[0].submission_deadline == datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_a_reference_can_be_used_once_whatever_its_capitals(db: Database) -> None:
    _procurement(db, "SSB-2026")
    with pytest.raises(ValidationError) as refused:
        _procurement(db, "ssb-2026 ")
    assert refused.value.field == "reference"
    assert "already exists" in str(refused.value)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"reference": "  "}, "reference"),
        ({"title": ""}, "title"),
        ({"estimated_value": Decimal("-1")}, "estimated_value"),
        (
            {"questions_deadline": date(2026, 3, 5), "submission_deadline": datetime(2026, 3, 1)},
            "submission_deadline",
        ),
        (
            {"planned_award_date": date(2026, 6, 1), "planned_contract_start": date(2026, 5, 1)},
            "planned_contract_start",
        ),
    ],
)
def test_a_procurement_that_breaks_a_rule_is_refused_at_the_field(
    db: Database, fields: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _procurement(db, **fields)
    assert refused.value.field == field


def test_key_dates_in_the_order_of_the_procedure_are_accepted(db: Database) -> None:
    saved = _procurement(
        db,
        publication_date=date(2026, 1, 5),
        questions_deadline=date(2026, 2, 1),
        submission_deadline=datetime(2026, 3, 1, 10),
        planned_award_date=date(2026, 4, 1),
        planned_contract_start=date(2026, 7, 1),
    )
    # Typed without a zone, the deadline is Dutch time (CET in March): 09:00 UTC.
    assert saved.submission_deadline == datetime(2026, 3, 1, 9, tzinfo=UTC)


def test_saving_a_procurement_someone_else_changed_is_refused(db: Database) -> None:
    first = _procurement(db)
    with db.transaction() as session:
        save_procurement(session, replace(first, title="Gewijzigd door een collega"))
    with pytest.raises(ConflictError), db.transaction() as session:
        save_procurement(session, replace(first, title="Mijn wijziging"))


def test_saving_an_unchanged_procurement_writes_nothing(db: Database) -> None:
    saved = _procurement(db)
    with db.transaction() as session:
        again = save_procurement(session, saved)
    assert again.version == saved.version


# --- thresholds -------------------------------------------------------------------------------


def test_a_national_procedure_above_the_2026_services_threshold_warns(db: Database) -> None:
    advice = _advice(db, ProcedureType.NATIONAL, "300000", date(2026, 3, 1))
    assert [severity for severity, _ in advice] == ["warning"]
    assert "€ 216.000,00" in advice[0][1]
    assert "01-03-2026" in advice[0][1]


def test_the_threshold_that_applies_depends_on_the_date(db: Database) -> None:
    # 218,000 is below the 221,000 of 2025 and above the 216,000 of 2026.
    assert _advice(db, ProcedureType.NATIONAL, "218000", date(2025, 6, 1)) == []
    assert [s for s, _ in _advice(db, ProcedureType.NATIONAL, "218000", date(2026, 6, 1))] == [
        "warning"
    ]


def test_a_light_regime_procedure_below_its_threshold_does_not_warn(db: Database) -> None:
    advice = _advice(db, ProcedureType.LIGHT_REGIME, "700000", date(2026, 3, 1))
    assert "warning" not in [severity for severity, _ in advice]


def test_light_regime_services_above_750000_in_a_national_procedure_warn(db: Database) -> None:
    advice = _advice(db, ProcedureType.NATIONAL, "800000", date(2026, 3, 1))
    assert [severity for severity, _ in advice] == ["warning"]
    assert "above the EU threshold of € 750.000,00 valid on 01-03-2026" in advice[0][1]


def test_voluntary_transparency_gets_no_threshold_advice(db: Database) -> None:
    assert _advice(db, ProcedureType.VOLUNTARY_TRANSPARENCY, "5000000", date(2026, 3, 1)) == []


def test_an_edited_threshold_table_changes_the_advice(db: Database) -> None:
    with db.transaction() as session:
        services_2026 = next(
            t
            for t in list_thresholds(session)
            if t.category == "services_local" and t.valid_from == date(2026, 1, 1)
        )
        save_threshold(session, replace(services_2026, amount=Decimal("350000")))
    assert _advice(db, ProcedureType.NATIONAL, "300000", date(2026, 3, 1)) == []


def test_overlapping_threshold_periods_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        save_threshold(
            session,
            ThresholdRecord(
                id=None,
                category="services_local",
                valid_from=date(2027, 1, 1),
                valid_until=None,
                amount=Decimal("220000"),
            ),
        )
    assert refused.value.field == "valid_from"
    assert "01-01-2026" in str(refused.value)


# --- lots -------------------------------------------------------------------------------------


def test_a_lot_is_found_by_its_label_and_refused_for_another_procurement(db: Database) -> None:
    ssb = _procurement(db, "SSB-2026")
    other = _procurement(db, "JEUGD-2026")
    lot = _lot(db, ssb, 2, extension_months=(24,))
    with db.transaction() as session:
        assert find_lot(session, "ssb-2026 / 2") == lot
        assert find_lot(session, "SSB-2026/2", procurement_id=ssb.id).id == lot.id
        with pytest.raises(ValidationError) as refused:
            find_lot(session, "SSB-2026/2", procurement_id=other.id)
    assert refused.value.field == "lot"
    assert "JEUGD-2026" in str(refused.value)


@pytest.mark.parametrize("label", ["SSB-2026/9", "ONBEKEND/1", "SSB-2026", "perceel een"])
def test_a_label_that_names_no_lot_gets_a_sentence(db: Database, label: str) -> None:
    _lot(db, _procurement(db, "SSB-2026"), 1)
    with pytest.raises(NotFoundError) as refused, db.transaction() as session:
        find_lot(session, label)
    assert label.split("/")[0].strip() in str(refused.value)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"number": 0}, "number"),
        ({"budget": Decimal("-1")}, "budget"),
        ({"term_months": 0}, "term_months"),
        ({"extension_months": (24, 0)}, "extension_months"),
        ({"evaluator_count": 0}, "evaluator_count"),
        ({"award_method": AwardMethod.FIXED_PRICE_QUALITY, "budget": None}, "budget"),
        (
            {
                "price_formula": PriceFormula.ABSOLUTE,
                "price_floor": Decimal("900000"),
                "price_ceiling": Decimal("800000"),
            },
            "price_ceiling",
        ),
        ({"price_formula": PriceFormula.ABSOLUTE, "price_ceiling": Decimal(1)}, "price_floor"),
        ({"tie_break_rules": ("coin",)}, "tie_break_rules"),
    ],
)
def test_a_lot_that_breaks_a_rule_is_refused_at_the_field(
    db: Database, fields: dict[str, Any], field: str
) -> None:
    procurement = _procurement(db)
    with pytest.raises(ValidationError) as refused:
        _lot(db, procurement, **fields)
    assert refused.value.field == field


def test_a_lot_number_is_unique_within_its_procurement_only(db: Database) -> None:
    first, second = _procurement(db, "A-2026"), _procurement(db, "B-2026")
    _lot(db, first, 1)
    assert _lot(db, second, 1).label == "B-2026/1"
    with pytest.raises(ValidationError) as refused:
        _lot(db, first, 1)
    assert refused.value.field == "number"


def test_lot_settings_and_extension_options_are_kept_and_changed(db: Database) -> None:
    lot = _lot(
        db,
        _procurement(db),
        award_method=AwardMethod.WEIGHTED_POINTS,
        price_formula=PriceFormula.ABSOLUTE,
        price_floor=Decimal("800000"),
        price_ceiling=Decimal("1200000"),
        price_max_points=Decimal("30"),
        anonymised=True,
        tie_break_rules=("lowest_price", "lots"),
        extension_months=(12, 12),
    )
    assert (lot.extension_months, lot.tie_break_rules, lot.anonymised) == (
        (12, 12),
        ("lowest_price", "lots"),
        True,
    )
    assert lot.id is not None
    for months in ((60, 24, 24), (6,), ()):
        with db.transaction() as session:
            lot = save_lot(session, replace(lot, extension_months=months))
        assert lot.extension_months == months
    assert lot.id is not None
    with db.transaction() as session:
        assert get_lot(session, lot.id) == lot
        assert [found.label for found in list_lots(session, lot.procurement_id)] == [lot.label]
        logged = list_entries(session, AuditFilter(table="lot_extension_options"))
    assert {entry.action.value for entry in logged} == {"insert", "update", "delete"}


def test_saving_a_lot_someone_else_changed_is_refused(db: Database) -> None:
    lot = _lot(db, _procurement(db))
    with db.transaction() as session:
        save_lot(session, replace(lot, title="Eerst"))
    with pytest.raises(ConflictError), db.transaction() as session:
        save_lot(session, replace(lot, title="Daarna"))


# --- extension options as text ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("5 + 2 + 2 jaar", (60, 24, 24)),
        ("1 x 24 maanden", (24,)),
        ("2 x 12", (12, 12)),
        ("24", (24,)),
        ("2 × 1 jaar", (12, 12)),
        ("1 jaar + 6 maanden", (12, 6)),
        ("", ()),
        ("geen", ()),
    ],
)
def test_extension_options_are_read_as_staff_write_them(text: str, months: tuple[int, ...]) -> None:
    assert parse_extensions(text) == months


@pytest.mark.parametrize("text", ["twee jaar", "1 x", "x 12", "0 x 12", "12 weken", "5 + + 2"])
def test_unreadable_extension_options_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_extensions(text)
    assert refused.value.field == "extension_months"


def test_extension_options_are_written_as_staff_write_them() -> None:
    assert format_extensions((24,)) == "1 x 24 maanden"
    assert format_extensions((60, 24, 24)) == "5 + 2 + 2 jaar"
    assert format_extensions(()) == ""


@given(st.lists(st.integers(min_value=1, max_value=120), max_size=20))
def test_written_extension_options_read_back_the_same(months: list[int]) -> None:
    assert parse_extensions(format_extensions(months)) == tuple(months)


# --- who may change -------------------------------------------------------------------------


def test_a_read_only_user_cannot_save_procurements_lots_or_thresholds(
    db: Database, act_as: Callable[..., None]
) -> None:
    procurement = _procurement(db)
    lot = _lot(db, procurement)
    with db.transaction() as session:
        threshold = list_thresholds(session)[0]
    act_as(db, "reader", Role.READ_ONLY)
    attempts: list[Callable[[Any], object]] = [
        lambda s: save_procurement(s, replace(procurement, title="X")),
        lambda s: save_procurement(s, replace(procurement, id=None, reference="NEW")),
        lambda s: save_lot(s, replace(lot, title="X")),
        lambda s: save_threshold(s, replace(threshold, amount=Decimal(1))),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError), db.transaction() as session:
            attempt(session)
    with db.transaction() as session:
        assert list_procurements(session)[0].title == procurement.title


def test_a_procurement_officer_cannot_change_the_threshold_table(
    db: Database, act_as: Callable[..., None]
) -> None:
    act_as(db, "officer", Role.PROCUREMENT_OFFICER)
    with db.transaction() as session:
        threshold = list_thresholds(session)[0]
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        save_threshold(session, replace(threshold, amount=Decimal(1)))
