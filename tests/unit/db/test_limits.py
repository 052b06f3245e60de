"""Field limits from the table definitions: every column with a length refuses a value one
character too long, at the database boundary for every table, in the service checks of the
areas with forms, and in the organisations import, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ssb_desktop.db import limits
from ssb_desktop.db.audit import audited_fields
from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Database
from ssb_desktop.db.field_labels import CONTEXT, field_label
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import (
    BidMemberRecord,
    BidRecord,
    ConsortiumRole,
    ContactRecord,
    CriterionRecord,
    FieldProblem,
    LotRecord,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    ScaleRecord,
    ScaleValueRecord,
)
from ssb_desktop.services import audit, bids, criteria, exchange, organisations, procurement
from ssb_desktop.services.audit_values import describe_entries

LENGTH_COLUMNS = limits.length_limits()


def _classes() -> dict[str, type[Any]]:
    return {
        str(getattr(mapper.local_table, "name", "")): mapper.class_
        for mapper in Base.registry.mappers
    }


def _too_long(item: limits.Limit) -> str:
    assert item.max_length is not None
    return "x" * (item.max_length + 1)


def test_the_limits_come_from_the_table_definitions() -> None:
    name = limits.limit("organisations", "name")
    assert (name.max_length, name.required) == (300, True)
    assert limits.limit("bids", "code").max_length == 10
    budget = limits.limit("lots", "budget")
    assert budget.minimum == 0 and budget.maximum == Decimal(10) ** 12 and budget.places == 2
    assert limits.limit("lots", "term_months").minimum_inclusive is False
    assert "fixed_price_quality" in (limits.limit("lots", "award_method").choices or ())
    assert len(LENGTH_COLUMNS) > 40
    assert all(item.choices is None for item in LENGTH_COLUMNS)


@pytest.mark.parametrize("item", LENGTH_COLUMNS, ids=lambda i: f"{i.table}.{i.column}")
def test_a_value_one_character_too_long_is_refused_and_one_that_fits_is_not(
    item: limits.Limit,
) -> None:
    assert item.max_length is not None
    assert limits.value_problem(item, "x" * item.max_length) is None
    problem = limits.value_problem(item, _too_long(item))
    assert problem is not None
    message, params = problem
    assert params == {"limit": item.max_length, "length": item.max_length + 1}
    assert message == limits.TOO_LONG


def test_every_length_column_is_refused_at_the_database_boundary_and_nothing_is_written(
    db: Database,
) -> None:
    """The flush guard refuses every table's too-long value, on SQLite and PostgreSQL, before
    anything is sent: the same object with other fields missing would otherwise fail later."""
    classes = _classes()
    for item in LENGTH_COLUMNS:
        mapped = classes[item.table]
        with db.transaction() as session:
            before = session.scalar(select(func.count()).select_from(mapped))
        target = mapped()
        setattr(target, item.column, _too_long(item))
        with pytest.raises(ValidationError) as refused, db.transaction() as session:
            session.add(target)
            session.flush()
        assert refused.value.field == item.column, item
        assert str(item.max_length) in refused.value.english()
        # Named by the field as the user knows it, not by its table and column.
        label = field_label(item.table, item.column)
        assert label is not None and refused.value.english().startswith(f"{label}: "), item
        with db.transaction() as session:
            assert session.scalar(select(func.count()).select_from(mapped)) == before, item


def test_every_length_column_has_the_name_its_refusal_gives_the_field() -> None:
    missing = [
        (i.table, i.column) for i in LENGTH_COLUMNS if field_label(i.table, i.column) is None
    ]
    assert missing == [], "add them to db/field_labels.py"


def test_every_field_the_audit_log_records_has_the_name_the_log_shows() -> None:
    fields = audited_fields()
    assert "organisations" in fields and "audit_log" not in fields
    assert "name" in fields["organisations"] and "districts" in fields["applications"]
    missing = [
        (table, name)
        for table, names in sorted(fields.items())
        for name in names
        if field_label(table, name) is None
    ]
    assert missing == [], "add them to db/field_labels.py"


def test_the_audit_log_and_a_refusal_name_a_field_alike(db: Database) -> None:
    """One name per field: the log's line about a district's name and the refusal of a name
    too long for it say "District name", in Dutch as well."""
    dutch = {(CONTEXT, "District name"): "Naam van de wijk"}

    def translate(context: str, source: str) -> str:
        return dutch.get((context, source), source)

    with db.transaction() as session:
        session.add(_classes()["districts"](number=987, name="Labelwijk"))
    with db.transaction() as session:
        entry = audit.list_entries(session, audit.AuditFilter(table="districts"))[0]
        (described,) = describe_entries(session, [entry], translate)
    assert described.readable is not None
    labels = {change.field: change.label for change in described.readable.changes}
    assert labels["name"] == "Naam van de wijk"
    with pytest.raises(ValidationError) as refused:
        limits.check_rows("districts", [{"name": _too_long(limits.limit("districts", "name"))}])
    assert refused.value.english().startswith("District name: ")


def test_a_too_long_district_user_evaluator_or_declaration_names_its_field() -> None:
    for table, column, label in (
        ("districts", "name", "District name"),
        ("users", "display_name", "Display name"),
        ("evaluators", "email", "Evaluator e-mail"),
        ("declarations", "signed_by", "Signed by"),
    ):
        item = limits.limit(table, column)
        assert item.max_length is not None
        with pytest.raises(ValidationError) as refused:
            limits.check_rows(table, [{column: _too_long(item)}])
        assert refused.value.field == column
        assert refused.value.english() == (
            f"{label}: at most {item.max_length} characters fit; this text has "
            f"{item.max_length + 1}. Nothing was saved."
        )


def _fields(problems: list[FieldProblem]) -> dict[str, FieldProblem]:
    return {problem.field: problem for problem in problems}


LOT = LotRecord(id=None, procurement_id=1, number=1)
SCALE = ScaleRecord(id=None, name="0-10", values=(ScaleValueRecord(Decimal(0), "slecht"),))
PROCUREMENT = ProcurementRecord(
    id=None,
    reference="R-1",
    title="Welzijn",
    procedure_type=ProcedureType.LIGHT_REGIME,
    estimated_value=Decimal(0),
)
BID = BidRecord(
    id=None,
    lot_id=1,
    code="A",
    received_at=datetime(2026, 3, 1, tzinfo=UTC),
    members=(BidMemberRecord(organisation_id=1, role=ConsortiumRole.LEAD),),
)
CRITERION = CriterionRecord(
    id=7, lot_id=1, code="K1", title="Visie", weight=Decimal(100), scale_id=1
)


def _change(column: str, text: str) -> dict[str, Any]:
    return {column: text}


def _organisation(column: str) -> Callable[[str], list[FieldProblem]]:
    base = OrganisationRecord(id=None, name="Stichting")
    return lambda text: organisations.check_organisation(replace(base, **_change(column, text)))


def _contact(column: str) -> Callable[[str], list[FieldProblem]]:
    def check(text: str) -> list[FieldProblem]:
        contact = replace(ContactRecord(name="Piet"), **_change(column, text))
        record = OrganisationRecord(id=None, name="Stichting", contacts=(contact,))
        return organisations.check_organisation(record)

    return check


def _procurement(column: str) -> Callable[[str], list[FieldProblem]]:
    return lambda text: procurement.check_procurement(replace(PROCUREMENT, **_change(column, text)))


def _criterion(column: str) -> Callable[[str], list[FieldProblem]]:
    return lambda text: criteria.check_criteria(
        [replace(CRITERION, **_change(column, text))], {1: SCALE}, LOT
    )


def _lot(text: str) -> list[FieldProblem]:
    return procurement.check_lot(replace(LOT, title=text))


def _bid_code(text: str) -> list[FieldProblem]:
    return bids.check_bid(replace(BID, code=text))


def _bid_reference(text: str) -> list[FieldProblem]:
    return bids.check_bid(replace(BID, their_reference=text))


def _bid_document(text: str) -> list[FieldProblem]:
    return bids.check_bid(replace(BID, documents=(text,)))


def _scale(text: str) -> list[FieldProblem]:
    return criteria.check_scale(replace(SCALE, name=text))


# For the areas with forms: how the service's check is reached with one column too long, and
# the form field its problem must name. Every length column of these tables is listed.
SERVICE_CHECKS: dict[tuple[str, str], tuple[Callable[[str], list[FieldProblem]], str]] = {
    **{
        ("organisations", column): (_organisation(column), column)
        for column in (
            "name",
            "kvk",
            "rsin",
            "iban",
            "street",
            "postcode",
            "city",
            "email",
            "phone",
            "website",
        )
    },
    **{
        ("contacts", column): (_contact(column), f"contacts.0.{column}")
        for column in ("name", "email", "phone", "role")
    },
    ("procurements", "reference"): (_procurement("reference"), "reference"),
    ("procurements", "title"): (_procurement("title"), "title"),
    ("lots", "title"): (_lot, "title"),
    ("bids", "code"): (_bid_code, "code"),
    ("bids", "their_reference"): (_bid_reference, "their_reference"),
    ("bid_documents", "reference"): (_bid_document, "documents"),
    ("scales", "name"): (_scale, "name"),
    ("criteria", "code"): (_criterion("code"), "code:7"),
    ("criteria", "title"): (_criterion("title"), "title:7"),
}


@pytest.mark.parametrize("key", sorted(SERVICE_CHECKS), ids=lambda key: f"{key[0]}.{key[1]}")
def test_the_service_check_refuses_a_value_one_character_too_long(key: tuple[str, str]) -> None:
    check, field = SERVICE_CHECKS[key]
    item = limits.limit(*key)
    assert item.max_length is not None
    found = _fields(check(_too_long(item)))
    assert field in found, (key, found)


def test_every_length_column_of_the_form_areas_has_a_service_check() -> None:
    areas = {
        "organisations",
        "contacts",
        "procurements",
        "lots",
        "bids",
        "scales",
        "criteria",
    }
    wanted = {(i.table, i.column) for i in LENGTH_COLUMNS if i.table in areas}
    assert wanted <= set(SERVICE_CHECKS)


def test_contracts_objections_and_tie_breaks_refuse_too_long_texts() -> None:
    for table, column in (
        ("contracts", "reference"),
        ("tie_breaks", "method"),
        ("tie_breaks", "witness"),
        ("extra_holidays", "description"),
    ):
        item = limits.limit(table, column)
        with pytest.raises(ValidationError) as refused:
            limits.raise_first(limits.check_values(table, {column: _too_long(item)}))
        assert refused.value.field == column


# --- the organisations import -----------------------------------------------------------------

IMPORT_HEADERS = {
    "name": "Naam",
    "kvk": "KvK-nummer",
    "rsin": "RSIN",
    "iban": "IBAN",
    "street": "Straat",
    "postcode": "Postcode",
    "city": "Plaats",
    "email": "E-mail",
    "phone": "Telefoon",
    "website": "Website",
    "contact": "Contactpersoon",
    "contact_email": "E-mail contactpersoon",
    "contact_phone": "Telefoon contactpersoon",
}
IMPORT_COLUMNS = {
    "name": ("organisations", "name"),
    "kvk": ("organisations", "kvk"),
    "rsin": ("organisations", "rsin"),
    "iban": ("organisations", "iban"),
    "street": ("organisations", "street"),
    "postcode": ("organisations", "postcode"),
    "city": ("organisations", "city"),
    "email": ("organisations", "email"),
    "phone": ("organisations", "phone"),
    "website": ("organisations", "website"),
    "contact": ("contacts", "name"),
    "contact_email": ("contacts", "email"),
    "contact_phone": ("contacts", "phone"),
}
GOOD_ROW = {
    "name": "Stichting Goed",
    "kvk": "12345678",
    "rsin": "123456782",
    "iban": "NL91ABNA0417164300",
    "street": "Breestraat 1",
    "postcode": "2311 AB",
    "city": "Leiden",
    "email": "info@goed.nl",
    "phone": "071-1234567",
    "website": "goed.nl",
    "contact": "Piet",
    "contact_email": "piet@goed.nl",
    "contact_phone": "06-12345678",
}


def test_the_organisations_import_refuses_every_column_one_character_too_long(
    db: Database, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    fields = list(IMPORT_HEADERS)
    sheet.append([IMPORT_HEADERS[field] for field in fields])
    sheet.append([GOOD_ROW[field] for field in fields])
    for field in fields:
        item = limits.limit(*IMPORT_COLUMNS[field])
        row = dict(GOOD_ROW, name=f"Stichting {field}", kvk="")
        row[field] = _too_long(item)
        sheet.append([row[name] for name in fields])
    path = tmp_path / "te-lang.xlsx"
    book.save(path)
    with db.transaction() as session:
        before = len(organisations.list_organisations(session))
    with db.transaction() as session:
        report = exchange.import_organisations_file(session, path)
    assert not report.written
    found = {(problem.row, problem.column) for problem in report.problems}
    for offset, field in enumerate(fields):
        assert (3 + offset, IMPORT_HEADERS[field]) in found, field
    assert (2, IMPORT_HEADERS["name"]) not in found
    with db.transaction() as session:
        assert len(organisations.list_organisations(session)) == before


# --- invisible characters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Stichting\x00Nul", True),
        ("Stichting \u202eLeiden", True),  # right-to-left override: reverses what follows
        ("Stichting \u2067Leiden\u2069", True),  # an isolate
        ("Stichting\x1bEsc", True),
        ("جمعية\u200f Leiden", False),  # a right-to-left mark is ordinary in names
        ("Stichting Één", False),
    ],
)
def test_control_characters_in_a_name_are_refused_by_the_service_and_marks_are_kept(
    text: str, refused: bool
) -> None:
    problems = _fields(organisations.check_organisation(OrganisationRecord(id=None, name=text)))
    assert ("name" in problems) == refused
    if refused:
        assert "control character" in problems["name"].english()


def test_nul_is_refused_alike_on_sqlite_and_postgresql_and_a_mark_is_stored(db: Database) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        organisations.save_organisation(
            session, OrganisationRecord(id=None, name="Stichting\x00Nul")
        )
    assert refused.value.field == "name"
    with db.transaction() as session:
        saved = organisations.save_organisation(
            session, OrganisationRecord(id=None, name="جمعية\u200f Leiden", notes="a\tb\nc")
        )
        assert saved.id is not None
        assert organisations.get_organisation(session, saved.id).name == "جمعية\u200f Leiden"
    classes = _classes()
    target = classes["organisations"]()
    target.notes = "nul\x00in notes"
    with pytest.raises(ValidationError), db.transaction() as session:
        session.add(target)
        session.flush()
