"""Reference data the municipality edits: themes that lots, subsidy routing and the Dashboard
follow, the standstill length and notice period the rules read, and the next cycle's copy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import (
    ConsortiumRole,
    ContractRecord,
    CriterionRecord,
    LotRecord,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    RuleSettings,
    ScaleRecord,
    ScaleValueRecord,
    ThemeRecord,
    ThresholdRecord,
)
from ssb_desktop.services import awards, deadlines
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.criteria import list_criteria, save_criteria, save_scale
from ssb_desktop.services.next_cycle import copy_procurement
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import list_lots, save_lot, save_procurement, save_threshold
from ssb_desktop.services.reference import (
    list_theme_records,
    list_themes,
    remove_theme,
    rule_settings,
    save_rule_settings,
    save_theme,
)
from ssb_desktop.services.subsidies import contract_holder, money_per_theme_and_district


def _procurement(session: Session, reference: str = "SSB-2019") -> int:
    saved = save_procurement(
        session,
        ProcurementRecord(
            id=None,
            reference=reference,
            title="Sociaal makelschap",
            procedure_type=ProcedureType.OPEN_EU,
            estimated_value=Decimal(2_400_000),
        ),
    )
    assert saved.id is not None
    return saved.id


def _contract(session: Session, lot_id: int, holder: int | None = None) -> ContractRecord:
    return awards.new_contract(
        session,
        lot_id,
        None,
        [(holder, ConsortiumRole.LEAD)] if holder is not None else [],
        reference="SM-1",
        start=date(2027, 1, 1),
        end=date(2028, 12, 31),
        value=Decimal(500_000),
        notice_months=None,
        options=(24,),
        notes="",
    )


def test_a_new_theme_is_chosen_for_a_lot_and_an_archived_one_stays_on_it(db: Database) -> None:
    with db.transaction() as session:
        theme = save_theme(session, ThemeRecord(None, "Sociaal makelschap"))
        assert theme.id is not None
        lot = save_lot(
            session,
            LotRecord(id=None, procurement_id=_procurement(session), number=1, theme_id=theme.id),
        )
        renamed = save_theme(session, replace(theme, name="Sociaal makelen", active=False))
        (listed,) = [t for t in list_theme_records(session) if t.id == theme.id]
        choosable = dict(list_themes(session, active_only=True))
        kept = dict(list_themes(session, active_only=True, keep=theme.id))
        lots = list_lots(session)
        entries = list_entries(session, AuditFilter(table="themes", record_id=str(theme.id)))
    assert renamed.name == "Sociaal makelen"
    assert (listed.lot_count, listed.in_use, listed.active) == (1, True, False)
    assert theme.id not in choosable and kept[theme.id] == "Sociaal makelen"
    assert [row.theme_name for row in lots if row.id == lot.id] == ["Sociaal makelen"]
    assert len(entries) == 2, entries


def test_a_theme_in_use_is_never_deleted_and_an_unused_one_is(db: Database) -> None:
    with db.transaction() as session:
        used = save_theme(session, ThemeRecord(None, "Sociaal makelschap"))
        mistake = save_theme(session, ThemeRecord(None, "Typfout"))
        assert used.id is not None and mistake.id is not None
        save_lot(
            session,
            LotRecord(id=None, procurement_id=_procurement(session), number=1, theme_id=used.id),
        )
        with pytest.raises(ValidationError, match=r"in use \(lots: 1, subsidy schemes: 0\)"):
            remove_theme(session, used.id, used.version)
        remove_theme(session, mistake.id, mistake.version)
        with pytest.raises(ValidationError, match="already exists"):
            save_theme(session, ThemeRecord(None, "sociaal MAKELSCHAP"))
        names = [name for _id, name in list_themes(session)]
    assert "Typfout" not in names and "Sociaal makelschap" in names


def test_the_dashboard_and_subsidy_routing_follow_a_new_theme(db: Database) -> None:
    with db.transaction() as session:
        theme = save_theme(session, ThemeRecord(None, "Sociaal makelschap"))
        assert theme.id is not None
        holder = save_organisation(
            session,
            OrganisationRecord(
                id=None,
                name="Stichting Makelaar",
                street="Breestraat 1",
                postcode="2311 AA",
                city="Leiden",
            ),
        )
        lot = save_lot(
            session,
            LotRecord(id=None, procurement_id=_procurement(session), number=1, theme_id=theme.id),
        )
        assert lot.id is not None
        _contract(session, lot.id, holder.id)
        rows = money_per_theme_and_district(session, 2027)
        decides = contract_holder(session, theme.id, date(2027, 6, 1))
    assert [(r.theme_name, r.contracted) for r in rows if r.theme_id == theme.id] == [
        ("Sociaal makelschap", Decimal(500_000))
    ]
    assert decides == holder.id


def test_the_standstill_length_and_notice_period_are_settings_the_rules_read(
    db: Database,
) -> None:
    with db.transaction() as session:
        assert rule_settings(session) == RuleSettings(20, 6)
        with pytest.raises(ValidationError) as zero:
            save_rule_settings(session, RuleSettings(0, 6))
        save_rule_settings(session, RuleSettings(15, 3))
        standstill = deadlines.standstill_days_of(session)
        lot = save_lot(session, LotRecord(id=None, procurement_id=_procurement(session), number=1))
        assert lot.id is not None
        contract = _contract(session, lot.id)
        entries = list_entries(session, AuditFilter(table="settings"))
    assert zero.value.field == "standstill_days"
    assert (standstill, contract.notice_months) == (15, 3)
    # Three months before the term ends on 31-12-2028.
    assert contract.options[0].decide_by == date(2028, 9, 30)
    assert any("15" in str(entry.changes) for entry in entries)


def test_an_overlapping_threshold_period_is_refused_with_the_period_it_overlaps(
    db: Database,
) -> None:
    with db.transaction() as session:
        # The refusal names the period it overlaps and the day to end that one on.
        with pytest.raises(
            ValidationError, match=r"valid 01-01-2026 – 31-12-2027\. End that one on 31-12-2026"
        ):
            save_threshold(
                session,
                ThresholdRecord(None, "services_local", date(2027, 1, 1), None, Decimal(230_000)),
            )
        added = save_threshold(
            session,
            ThresholdRecord(None, "services_local", date(2028, 1, 1), None, Decimal(230_000)),
        )
    assert added.amount == Decimal(230_000)


def test_the_next_procurement_copies_lots_and_criteria_but_no_dates(db: Database) -> None:
    with db.transaction() as session:
        source = _procurement(session)
        lot = save_lot(
            session,
            LotRecord(
                id=None, procurement_id=source, number=2, title="Samen", extension_months=(24,)
            ),
        )
        assert lot.id is not None
        scale = save_scale(
            session,
            ScaleRecord(
                id=None,
                name="0-5-10",
                values=tuple(ScaleValueRecord(Decimal(v), str(v)) for v in (0, 5, 10)),
            ),
        )
        save_criteria(
            session,
            lot.id,
            [
                CriterionRecord(
                    id=None,
                    lot_id=lot.id,
                    key=-1,
                    title="Reach",
                    weight=Decimal(60),
                    scale_id=scale.id,
                ),
                CriterionRecord(
                    id=None,
                    lot_id=lot.id,
                    key=-2,
                    title="Plan",
                    weight=Decimal(40),
                    scale_id=scale.id,
                ),
            ],
        )
        copied = copy_procurement(session, source, reference="SSB-2025", title="Volgende ronde")
        assert copied.lots[0].id is not None
        criteria = list_criteria(session, copied.lots[0].id)
        with pytest.raises(ValidationError, match="no lot 7"):
            copy_procurement(session, source, reference="X", title="X", lot_numbers=[7])
    assert copied.procurement.reference == "SSB-2025"
    assert copied.procurement.publication_date is None
    assert [(c.number, c.title, c.extension_months) for c in copied.lots] == [(2, "Samen", (24,))]
    assert sorted(c.title for c in criteria) == ["Plan", "Reach"] and copied.criteria == (2,)
