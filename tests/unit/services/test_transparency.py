"""Voluntary transparency: the intended award to a named organisation, the 20 days after
publication, objections of anyone, the contract without a committee; and the next cycle."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import (
    LotRecord,
    ObjectionKind,
    ObjectionOutcome,
    ObjectionRecord,
    ObjectionSubject,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
)
from ssb_desktop.services import awards, transparency
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import get_lot, save_lot, save_procurement


def _lot(session: Session, kind: ProcedureType = ProcedureType.VOLUNTARY_TRANSPARENCY) -> int:
    procurement = save_procurement(
        session,
        ProcurementRecord(
            id=None,
            reference="SM-2027",
            title="Sociaal makelschap",
            procedure_type=kind,
            estimated_value=Decimal(600000),
        ),
    )
    assert procurement.id is not None
    lot = save_lot(session, LotRecord(id=None, procurement_id=procurement.id, number=1))
    assert lot.id is not None
    return lot.id


def _organisation(session: Session, name: str) -> int:
    saved = save_organisation(
        session,
        OrganisationRecord(
            id=None, name=name, street="Breestraat 1", postcode="2311 AA", city="Leiden"
        ),
    )
    assert saved.id is not None
    return saved.id


def test_a_contract_before_the_twenty_days_after_publication_is_refused_with_both_dates(
    db: Database,
) -> None:
    with db.transaction() as session:
        lot = _lot(session)
        incumbent = _organisation(session, "Stichting Incumbent")
        # DOMAIN.md: published 04-12-2026 -> last day 24-12-2026.
        notice = transparency.publish_notice(
            session,
            lot,
            incumbent,
            published_on=date(2026, 12, 4),
            reasons="Alleen zittende partij",
        )
        assert notice.last_day == date(2026, 12, 24)
        assert [n.id for n in transparency.running_notices(session, date(2026, 12, 24))] == [
            notice.id
        ]
        assert transparency.running_notices(session, date(2026, 12, 25)) == []
        fields = {
            "reference": "SM-2027-1",
            "start": date(2027, 1, 1),
            "end": date(2028, 12, 31),
            "value": Decimal(300000),
            "options": (12,),
            "version": notice.version,
        }
        with pytest.raises(ValidationError) as refused:
            transparency.contract_after_notice(
                session,
                notice.id,
                signed_on=date(2026, 12, 24),
                **fields,  # type: ignore[arg-type]
            )
        assert refused.value.english() == (
            "The contract cannot be signed on 24-12-2026: the notice was published on "
            "04-12-2026, so the waiting period runs until 24-12-2026. Sign it from 25-12-2026."
        )
        contract = transparency.contract_after_notice(
            session,
            notice.id,
            signed_on=date(2026, 12, 28),
            **fields,  # type: ignore[arg-type]
        )
        after = transparency.notice_of_lot(session, lot)
    assert [(p.organisation_name, p.role.value) for p in contract.parties] == [
        ("Stichting Incumbent", "lead")
    ]
    assert contract.award_decision_id is None
    assert after is not None and after.contract_reference == "SM-2027-1"
    assert after.signed_on == date(2026, 12, 28)


def test_anyone_may_object_to_an_intended_award_and_an_open_objection_blocks_the_contract(
    db: Database,
) -> None:
    with db.transaction() as session:
        lot = _lot(session)
        incumbent = _organisation(session, "Stichting Incumbent")
        rival = _organisation(session, "Stichting Uitdager")
        notice = transparency.publish_notice(
            session,
            lot,
            incumbent,
            published_on=date(2026, 12, 4),
            reasons="Alleen zittende partij",
        )
        objection = awards.save_objection(
            session,
            ObjectionRecord(
                id=None,
                lot_id=lot,
                organisation_id=rival,
                kind=ObjectionKind.SUMMARY_PROCEEDINGS,
                received_on=date(2026, 12, 10),
                summary="Wij hadden ook willen inschrijven.",
            ),
        )
        fields = {
            "reference": "SM-2027-1",
            "signed_on": date(2027, 1, 4),
            "start": date(2027, 1, 1),
            "end": date(2028, 12, 31),
            "value": Decimal(300000),
        }
        with pytest.raises(ValidationError, match="Uitdager received on 10-12-2026 is still open"):
            transparency.contract_after_notice(
                session,
                notice.id,
                version=notice.version,
                **fields,  # type: ignore[arg-type]
            )
        awards.save_objection(
            session,
            ObjectionRecord(
                id=objection.id,
                lot_id=lot,
                organisation_id=rival,
                kind=ObjectionKind.SUMMARY_PROCEEDINGS,
                received_on=date(2026, 12, 10),
                outcome=ObjectionOutcome.REJECTED,
                outcome_on=date(2026, 12, 30),
                version=objection.version,
            ),
        )
        contract = transparency.contract_after_notice(
            session,
            notice.id,
            version=notice.version,
            **fields,  # type: ignore[arg-type]
        )
    assert contract.reference == "SM-2027-1"


def test_a_protest_against_the_whole_procurement_blocks_the_contract_of_each_lot(
    db: Database,
) -> None:
    with db.transaction() as session:
        lot = _lot(session)
        procurement_id = get_lot(session, lot).procurement_id
        second = save_lot(session, LotRecord(id=None, procurement_id=procurement_id, number=2))
        assert second.id is not None
        incumbent = _organisation(session, "Stichting Incumbent")
        protester = _organisation(session, "Wijkplatform Noord")
        notice = transparency.publish_notice(
            session,
            second.id,
            incumbent,
            published_on=date(2026, 12, 4),
            reasons="Alleen zittende partij",
        )
        protest = awards.save_objection(
            session,
            ObjectionRecord(
                id=None,
                lot_id=None,
                procurement_id=procurement_id,
                against=ObjectionSubject.TENDER,
                organisation_id=protester,
                kind=ObjectionKind.COMPLAINT,
                received_on=date(2026, 12, 9),
                summary="Geen aanbesteding maar subsidie.",
            ),
        )
        fields = {
            "reference": "SM-2027-2",
            "signed_on": date(2027, 1, 4),
            "start": date(2027, 1, 1),
            "end": date(2028, 12, 31),
            "value": Decimal(300000),
        }
        with pytest.raises(ValidationError, match="Wijkplatform Noord received on 09-12-2026"):
            transparency.contract_after_notice(
                session,
                notice.id,
                version=notice.version,
                **fields,  # type: ignore[arg-type]
            )
        awards.save_objection(
            session,
            replace(protest, outcome=ObjectionOutcome.WITHDRAWN, outcome_on=date(2026, 12, 20)),
        )
        contract = transparency.contract_after_notice(
            session,
            notice.id,
            version=notice.version,
            **fields,  # type: ignore[arg-type]
        )
    assert contract.reference == "SM-2027-2"


def test_a_notice_belongs_to_a_voluntary_transparency_procurement(
    db: Database,
) -> None:
    with db.transaction() as session:
        lot = _lot(session, ProcedureType.LIGHT_REGIME)
        incumbent = _organisation(session, "Stichting Incumbent")
        with pytest.raises(ValidationError, match="not of the voluntary transparency type"):
            transparency.publish_notice(
                session, lot, incumbent, published_on=date(2026, 12, 4), reasons="x"
            )


def test_contracts_whose_final_end_is_within_eighteen_months_start_the_next_cycle(
    db: Database,
) -> None:
    with db.transaction() as session:
        lot = _lot(session)
        incumbent = _organisation(session, "Stichting Incumbent")
        notice = transparency.publish_notice(
            session,
            lot,
            incumbent,
            published_on=date(2024, 12, 4),
            reasons="Alleen zittende partij",
        )
        transparency.contract_after_notice(
            session,
            notice.id,
            reference="SM-1",
            signed_on=date(2025, 1, 2),
            start=date(2025, 1, 1),
            end=date(2026, 12, 31),
            value=Decimal(1),
            options=(12,),
            version=notice.version,
        )
        # The final end after the option is 31-12-2027: 18 months before is 30-06-2026.
        assert transparency.ending_contracts(session, date(2026, 6, 29)) == []
        (ending,) = transparency.ending_contracts(session, date(2026, 7, 1))
    assert (ending.contract_reference, ending.final_end, ending.contractor) == (
        "SM-1",
        date(2027, 12, 31),
        "Stichting Incumbent",
    )
