"""Bids by single organisations and consortia, at service level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from ssb_desktop.records import (
    BidMemberRecord,
    BidRecord,
    BidStatus,
    ConsortiumRole,
    LotRecord,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    Role,
)
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.bids import (
    bids_of_organisation,
    list_bids,
    next_bid_code,
    save_bid,
    set_bid_status,
)
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import save_lot, save_procurement

DEADLINE = datetime(2026, 3, 2, 10, tzinfo=UTC)
ON_TIME = datetime(2026, 3, 1, 15, tzinfo=UTC)
LATE = datetime(2026, 3, 2, 10, 5, tzinfo=UTC)


@dataclass(frozen=True)
class Setting:
    """A procurement with two lots and four organisations, ids only."""

    procurement: ProcurementRecord
    lot: int
    other_lot: int
    orgs: tuple[int, ...]


def _setting(db: Database, *, allow_multiple_bids: bool = False) -> Setting:
    with db.transaction() as session:
        procurement = save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference="SSB-2026",
                title="Welzijn",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal("9000000"),
                submission_deadline=DEADLINE,
                allow_multiple_bids=allow_multiple_bids,
            ),
        )
        assert procurement.id is not None
        lots = [
            save_lot(session, LotRecord(id=None, procurement_id=procurement.id, number=number))
            for number in (1, 2)
        ]
        orgs = [
            save_organisation(session, OrganisationRecord(id=None, name=name))
            for name in ("Stichting Alfa", "Stichting Beta", "Stichting Gamma", "Stichting Delta")
        ]
    assert lots[0].id is not None and lots[1].id is not None
    return Setting(procurement, lots[0].id, lots[1].id, tuple(o.id for o in orgs if o.id))


def _bid(lot: int, *members: tuple[int, ConsortiumRole], **fields: Any) -> BidRecord:
    record = BidRecord(
        id=None,
        lot_id=lot,
        received_at=ON_TIME,
        price_total=Decimal("1000000.00"),
        price_per_year=Decimal("500000.00"),
        members=tuple(BidMemberRecord(org, role=role) for org, role in members),
    )
    return replace(record, **fields)


def _save(db: Database, record: BidRecord, **options: Any) -> BidRecord:
    with db.transaction() as session:
        return save_bid(session, record, **options)


LEAD, MEMBER = ConsortiumRole.LEAD, ConsortiumRole.MEMBER


# --- saving and listing -----------------------------------------------------------------------


def test_bids_get_the_next_free_letter_and_show_their_lead(db: Database) -> None:
    s = _setting(db)
    alfa, beta, gamma, _ = s.orgs
    first = _save(db, _bid(s.lot, (alfa, LEAD)))
    consortium = _save(db, _bid(s.lot, (gamma, MEMBER), (beta, LEAD)))
    assert (first.code, first.lead_name, first.member_count) == ("A", "Stichting Alfa", 1)
    assert (consortium.code, consortium.lead_name, consortium.member_count) == (
        "B",
        "Stichting Beta",
        2,
    )
    assert consortium.lot_label == "SSB-2026/1"
    with db.transaction() as session:
        assert next_bid_code(session, s.lot) == "C"
        assert list_bids(session, s.lot) == [first, consortium]
        assert list_bids(session, s.other_lot) == []
        assert bids_of_organisation(session, gamma) == [consortium]


def test_a_bid_keeps_its_prices_documents_and_notes(db: Database) -> None:
    s = _setting(db)
    saved = _save(
        db,
        _bid(
            s.lot,
            (s.orgs[0], LEAD),
            price_total=Decimal("1234567.891"),
            documents=("inschrijving.pdf", " begroting.xlsx ", "inschrijving.pdf", ""),
            notes="Via TenderNed",
        ),
    )
    assert saved.price_total == Decimal("1234567.89")
    assert saved.documents == ("inschrijving.pdf", "begroting.xlsx")
    assert saved.notes == "Via TenderNed"


@pytest.mark.parametrize("price", ["0", "-1", "-0.01"])
@pytest.mark.parametrize("name", ["price_total", "price_per_year"])
def test_a_price_of_zero_or_below_is_refused(db: Database, name: str, price: str) -> None:
    s = _setting(db)
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot, (s.orgs[0], LEAD), **{name: Decimal(price)}))
    assert refused.value.field == "price"


def test_a_bid_without_a_price_yet_is_accepted(db: Database) -> None:
    s = _setting(db)
    saved = _save(db, _bid(s.lot, (s.orgs[0], LEAD), price_total=None, price_per_year=None))
    assert saved.price_total is None


@pytest.mark.parametrize("roles", [(MEMBER, MEMBER), (LEAD, LEAD), (MEMBER,)])
def test_a_bid_without_exactly_one_lead_is_refused(
    db: Database, roles: tuple[ConsortiumRole, ...]
) -> None:
    s = _setting(db)
    members = tuple(zip(s.orgs, roles, strict=False))
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot, *members))
    assert refused.value.field == "members"
    assert "exactly one lead (penvoerder)" in str(refused.value)


def test_a_bid_without_any_bidder_is_refused(db: Database) -> None:
    s = _setting(db)
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot))
    assert refused.value.field == "members"


def test_an_organisation_appears_once_in_a_bid(db: Database) -> None:
    s = _setting(db)
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot, (s.orgs[0], LEAD), (s.orgs[0], MEMBER)))
    assert refused.value.field == "members"


@pytest.mark.parametrize("second_role", [LEAD, MEMBER])
def test_an_organisation_bids_once_per_lot_as_lead_or_member(
    db: Database, second_role: ConsortiumRole
) -> None:
    s = _setting(db)
    alfa, beta, gamma, _ = s.orgs
    _save(db, _bid(s.lot, (alfa, LEAD), (beta, MEMBER)))
    again = (
        _bid(s.lot, (beta, LEAD))
        if second_role is LEAD
        else _bid(s.lot, (gamma, LEAD), (beta, MEMBER))
    )
    with pytest.raises(ValidationError) as refused:
        _save(db, again)
    assert refused.value.field == "members"
    assert "Stichting Beta already takes part in bid A" in str(refused.value)
    # Another lot of the same procurement is another competition.
    assert _save(db, replace(again, lot_id=s.other_lot)).code == "A"


def test_a_procurement_may_allow_an_organisation_in_two_bids_per_lot(db: Database) -> None:
    s = _setting(db, allow_multiple_bids=True)
    alfa, beta, *_ = s.orgs
    _save(db, _bid(s.lot, (alfa, LEAD)))
    assert _save(db, _bid(s.lot, (beta, LEAD), (alfa, MEMBER))).code == "B"


def test_editing_a_bid_does_not_clash_with_itself(db: Database) -> None:
    s = _setting(db)
    saved = _save(db, _bid(s.lot, (s.orgs[0], LEAD)))
    edited = _save(db, replace(saved, notes="Nagekomen stukken"))
    assert (edited.code, edited.notes) == ("A", "Nagekomen stukken")


def test_a_late_bid_without_a_reason_is_refused(db: Database) -> None:
    s = _setting(db)
    for accept_late in (False, True):
        with pytest.raises(ValidationError) as refused:
            _save(db, _bid(s.lot, (s.orgs[0], LEAD), received_at=LATE), accept_late=accept_late)
        assert refused.value.field == "late_reason"
        assert "02-03-2026 11:00" in str(refused.value)


def test_a_late_bid_with_a_reason_is_accepted_and_flagged(db: Database) -> None:
    s = _setting(db)
    reason = "Storing TenderNed, bevestigd door de helpdesk"
    late = _save(
        db, _bid(s.lot, (s.orgs[0], LEAD), received_at=LATE, late_reason=reason), accept_late=True
    )
    on_time = _save(db, _bid(s.lot, (s.orgs[1], LEAD), late_reason="niet nodig"))
    assert (late.late, late.late_reason) == (True, reason)
    assert (on_time.late, on_time.late_reason) == (False, "")


def test_an_excluded_bid_needs_a_reason(db: Database) -> None:
    s = _setting(db)
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot, (s.orgs[0], LEAD), status=BidStatus.EXCLUDED))
    assert refused.value.field == "status_reason"
    saved = _save(db, _bid(s.lot, (s.orgs[0], LEAD)))
    assert saved.id is not None
    with pytest.raises(ValidationError), db.transaction() as session:
        set_bid_status(session, saved.id, BidStatus.EXCLUDED, " ", saved.version)
    with db.transaction() as session:
        excluded = set_bid_status(
            session, saved.id, BidStatus.EXCLUDED, "Uittreksel KvK ontbreekt", saved.version
        )
    assert (excluded.status, excluded.status_reason) == (
        BidStatus.EXCLUDED,
        "Uittreksel KvK ontbreekt",
    )


def test_a_bid_code_is_unique_per_lot(db: Database) -> None:
    s = _setting(db)
    _save(db, _bid(s.lot, (s.orgs[0], LEAD), code="x"))
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(s.lot, (s.orgs[1], LEAD), code="X"))
    assert refused.value.field == "code"
    with db.transaction() as session:
        assert next_bid_code(session, s.lot) == "A"


def test_a_bid_for_a_lot_that_does_not_exist_is_refused(db: Database) -> None:
    s = _setting(db)
    with pytest.raises(ValidationError) as refused:
        _save(db, _bid(9999, (s.orgs[0], LEAD)))
    assert refused.value.field == "lot_id"


def test_saving_a_bid_someone_else_changed_is_refused(db: Database) -> None:
    s = _setting(db)
    saved = _save(db, _bid(s.lot, (s.orgs[0], LEAD)))
    _save(db, replace(saved, notes="Collega"))
    with pytest.raises(ConflictError):
        _save(db, replace(saved, notes="Ik"))
    assert saved.id is not None
    with pytest.raises(ConflictError), db.transaction() as session:
        set_bid_status(session, saved.id, BidStatus.VALID, "", saved.version)


def test_members_and_documents_are_changed_and_audited(db: Database) -> None:
    s = _setting(db)
    alfa, beta, gamma, _ = s.orgs
    saved = _save(db, _bid(s.lot, (alfa, LEAD), (beta, MEMBER), documents=("a.pdf", "b.pdf")))
    changed = _save(
        db,
        replace(
            saved,
            members=(BidMemberRecord(beta, role=LEAD), BidMemberRecord(gamma, role=MEMBER)),
            documents=("b.pdf", "c.pdf"),
        ),
    )
    assert [(m.organisation_name, m.role) for m in changed.members] == [
        ("Stichting Beta", LEAD),
        ("Stichting Gamma", MEMBER),
    ]
    assert changed.documents == ("b.pdf", "c.pdf")
    with db.transaction() as session:
        members = list_entries(session, AuditFilter(table="bid_members"))
        documents = list_entries(session, AuditFilter(table="bid_documents"))
    assert {e.action.value for e in members} == {"insert", "update", "delete"}
    assert {e.action.value for e in documents} == {"insert", "delete"}


def test_listing_bids_takes_the_same_queries_for_any_number(db: Database) -> None:
    s = _setting(db, allow_multiple_bids=True)
    _save(db, _bid(s.lot, (s.orgs[0], LEAD)))
    for number in range(12):
        _save(
            db,
            _bid(s.other_lot, (s.orgs[number % 4], LEAD), (s.orgs[(number + 1) % 4], MEMBER)),
        )

    def queries(lot: int) -> int:
        statements: list[object] = []

        def count(*args: object) -> None:
            statements.append(args[2])

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.transaction() as session:
                assert list_bids(session, lot)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    assert queries(s.lot) == queries(s.other_lot)


# --- who may change -------------------------------------------------------------------------


def test_a_read_only_user_cannot_save_bids_or_change_their_status(
    db: Database, act_as: Callable[..., None]
) -> None:
    s = _setting(db)
    saved = _save(db, _bid(s.lot, (s.orgs[0], LEAD)))
    assert saved.id is not None
    bid_id = saved.id
    act_as(db, "reader", Role.READ_ONLY)
    attempts: list[Callable[[Any], object]] = [
        lambda session: save_bid(session, replace(saved, notes="X")),
        lambda session: save_bid(session, _bid(s.lot, (s.orgs[1], LEAD))),
        lambda session: set_bid_status(session, bid_id, BidStatus.VALID, "", saved.version),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError), db.transaction() as session:
            attempt(session)
    with db.transaction() as session:
        assert list_bids(session) == [saved]
