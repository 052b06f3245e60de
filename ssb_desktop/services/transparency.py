"""Voluntary transparency (DOMAIN.md section 3): when only the incumbent is expected, the
municipality publishes a notice of the intended award of a lot to a named organisation on
TenderNed, waits 20 days counted from the day after publication, and then signs the contract;
no committee, criteria or scores are needed on this route. Objections against the intended
award are recorded as for any lot and block the contract while open.

Also the next cycle: the contracts whose final end falls within 18 months, when the next
procurement (12-18 months of work) must be under way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Contract,
    Lot,
    Objection,
    Organisation,
    Procurement,
    TransparencyNotice,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import format_date
from ssb_desktop.records import (
    ConsortiumRole,
    ContractRecord,
    EndingContract,
    ObjectionOutcome,
    ProcedureType,
    TransparencyNoticeRecord,
)
from ssb_desktop.services import deadlines
from ssb_desktop.services.awards import concerning_lot, list_contracts, new_contract
from ssb_desktop.services.common import STALE
from ssb_desktop.services.performance import contractor_name
from ssb_desktop.services.permissions import Permission, require

# A procurement of this kind takes 12-18 months: the overview warns this far ahead.
NEXT_CYCLE_MONTHS = 18

_NOTICE_GONE = N_("Errors", "This notice no longer exists. Reload the list.")


def _records(session: Session, where: object = None) -> list[TransparencyNoticeRecord]:
    query = (
        select(
            TransparencyNotice,
            Procurement.reference,
            Lot.number,
            Organisation.name,
            Contract.reference.label("contract_reference"),
        )
        .join(Lot, Lot.id == TransparencyNotice.lot_id)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .join(Organisation, Organisation.id == TransparencyNotice.organisation_id)
        .outerjoin(Contract, Contract.id == TransparencyNotice.contract_id)
        .order_by(TransparencyNotice.last_day, Procurement.reference, Lot.number)
    )
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [
        TransparencyNoticeRecord(
            id=row.id,
            lot_id=row.lot_id,
            lot_label=f"{reference}/{number}",
            organisation_id=row.organisation_id,
            organisation_name=name,
            published_on=row.published_on,
            period_days=row.period_days,
            last_day=row.last_day,
            reasons=row.reasons,
            contract_id=row.contract_id,
            contract_reference=contract_reference or "",
            signed_on=row.signed_on,
            version=row.version,
        )
        for row, reference, number, name, contract_reference in session.execute(query)
    ]


def list_notices(session: Session, lot_id: int | None = None) -> list[TransparencyNoticeRecord]:
    require(session, Permission.VIEW)
    return _records(session, TransparencyNotice.lot_id == lot_id if lot_id is not None else None)


def notice_of_lot(session: Session, lot_id: int) -> TransparencyNoticeRecord | None:
    found = list_notices(session, lot_id)
    return found[0] if found else None


def running_notices(session: Session, today: date) -> list[TransparencyNoticeRecord]:
    """The notices whose waiting period is running on ``today`` (for the Dashboard)."""
    require(session, Permission.VIEW)
    return _records(
        session,
        (TransparencyNotice.last_day >= today) & TransparencyNotice.contract_id.is_(None),
    )


def publish_notice(
    session: Session,
    lot_id: int,
    organisation_id: int,
    *,
    published_on: date,
    reasons: str,
) -> TransparencyNoticeRecord:
    """Record the notice of the intended award of ``lot_id`` to ``organisation_id``, as
    published on TenderNed on ``published_on``; the waiting period follows from it."""
    require(session, Permission.EDIT_PROCUREMENTS)
    row = session.execute(
        select(Lot, Procurement)
        .join(Procurement, Procurement.id == Lot.procurement_id)
        .where(Lot.id == lot_id)
    ).first()
    if row is None:
        raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
    lot, procurement = row
    label = f"{procurement.reference}/{lot.number}"
    if procurement.procedure_type is not ProcedureType.VOLUNTARY_TRANSPARENCY:
        raise ValidationError(
            N_(
                "Errors",
                "Lot {lot} belongs to a procurement that is not of the voluntary transparency "
                "type; only such a procurement publishes a notice of intended award.",
            ),
            {"lot": label},
        )
    if session.scalar(select(TransparencyNotice.id).where(TransparencyNotice.lot_id == lot_id)):
        raise ValidationError(
            N_("Errors", "Lot {lot} already has a notice of intended award."), {"lot": label}
        )
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(N_("Errors", "This organisation no longer exists. Reload the list."))
    if organisation.archived:
        raise ValidationError(
            N_(
                "Errors",
                "{name} is archived; a contract can only be awarded to an organisation in the "
                "register.",
            ),
            {"name": organisation.name},
            field="organisation_id",
        )
    reasons = reasons.strip()
    if not reasons:
        raise ValidationError(
            N_(
                "Errors",
                "Give the reasons for awarding without a tender (e.g. only the incumbent can "
                "carry out the work); the notice must state them.",
            ),
            field="reasons",
        )
    days = deadlines.TRANSPARENCY_DAYS
    notice = TransparencyNotice(
        lot_id=lot_id,
        organisation_id=organisation_id,
        published_on=published_on,
        period_days=days,
        last_day=deadlines.transparency_end(published_on, days, deadlines.calendar_of(session)),
        reasons=reasons,
    )
    session.add(notice)
    session.flush()
    return _records(session, TransparencyNotice.id == notice.id)[0]


def contract_after_notice(
    session: Session,
    notice_id: int,
    *,
    reference: str,
    signed_on: date,
    start: date,
    end: date,
    value: Decimal,
    options: Sequence[int] = (),
    notice_months: int | None = None,
    notes: str = "",
    version: int,
) -> ContractRecord:
    """The contract with the organisation named in the notice: not signed before the day
    after the waiting period, nor while an objection against the lot is open."""
    require(session, Permission.EDIT_PROCUREMENTS)
    notice = session.get(TransparencyNotice, notice_id)
    if notice is None:
        raise NotFoundError(_NOTICE_GONE)
    if notice.version != version:
        raise ConflictError(STALE)
    record = _records(session, TransparencyNotice.id == notice_id)[0]
    if notice.contract_id is not None:
        raise ValidationError(
            N_("Errors", "Lot {lot} already has contract {reference} after its notice."),
            {"lot": record.lot_label, "reference": record.contract_reference},
        )
    if signed_on <= notice.last_day:
        raise ValidationError(
            N_(
                "Errors",
                "The contract cannot be signed on {signed}: the notice was published on "
                "{published}, so the waiting period runs until {last_day}. Sign it from "
                "{first_day}.",
            ),
            {
                "signed": format_date(signed_on),
                "published": format_date(notice.published_on),
                "last_day": format_date(notice.last_day),
                "first_day": format_date(record.first_contract_day),
            },
            field="signed_on",
        )
    # Its own objections and the protests against the tender of the whole procurement.
    open_objection = session.execute(
        select(Organisation.name, Objection.received_on)
        .join(Organisation, Organisation.id == Objection.organisation_id)
        .where(concerning_lot(notice.lot_id), Objection.outcome == ObjectionOutcome.OPEN)
        .order_by(Objection.received_on)
        .limit(1)
    ).first()
    if open_objection is not None:
        raise ValidationError(
            N_(
                "Errors",
                "The objection of {organisation} received on {received} is still open; record "
                "its outcome before the contract of lot {lot} is signed.",
            ),
            {
                "organisation": open_objection.name,
                "received": format_date(open_objection.received_on),
                "lot": record.lot_label,
            },
        )
    contract = new_contract(
        session,
        notice.lot_id,
        None,
        [(notice.organisation_id, ConsortiumRole.LEAD)],
        reference=reference,
        start=start,
        end=end,
        value=value,
        notice_months=notice_months,
        options=options,
        notes=notes,
    )
    notice.contract_id = contract.id
    notice.signed_on = signed_on
    session.flush()
    return contract


def ending_contracts(session: Session, today: date) -> list[EndingContract]:
    """The contracts whose final end (after every option not declined) lies between today and
    18 months ahead, soonest first: the next procurement must be under way."""
    require(session, Permission.VIEW)
    horizon = today + relativedelta(months=NEXT_CYCLE_MONTHS)
    found = [
        EndingContract(
            c.id or 0,
            c.reference,
            c.lot_id,
            c.lot_label,
            contractor_name(c),
            c.final_end,
            (c.final_end - today).days,
        )
        for c in list_contracts(session)
        if today <= c.final_end <= horizon
    ]
    return sorted(found, key=lambda item: (item.final_end, item.contract_reference))


__all__ = [
    "NEXT_CYCLE_MONTHS",
    "contract_after_notice",
    "ending_contracts",
    "list_notices",
    "notice_of_lot",
    "publish_notice",
    "running_notices",
]
