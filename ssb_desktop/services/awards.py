"""Award decisions, the standstill period, objections, letters, contracts and their options.

The rules are those of DOMAIN.md section 3: a provisional award is decided from the lot's
results and sent to every bidder with a reasoned letter; the definitive award waits for the
day after the standstill period and for every objection of the lot to be decided (or an
override with a recorded reason); a contract follows from the definitive award, and each
extension option must be decided by a date that lies a notice period before the end of the
term it would extend. Nothing here is ever deleted: a withdrawn award stays as history.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from ssb_desktop.db import limits
from ssb_desktop.db.tables import (
    AwardDecision,
    Bid,
    BidMember,
    ConsensusScore,
    Contract,
    ContractParty,
    ExtensionOption,
    ExtraHoliday,
    Lot,
    Objection,
    Organisation,
    Procurement,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import CENT, format_date, local_today
from ssb_desktop.records import (
    AwardClocks,
    AwardRecord,
    AwardStatus,
    BidRecord,
    BidStatus,
    ConsortiumRole,
    ContractPartyRecord,
    ContractRecord,
    CriterionRecord,
    ExtraHolidayRecord,
    LetterContent,
    LetterScore,
    Notice,
    ObjectionKind,
    ObjectionOutcome,
    ObjectionRecord,
    ObjectionSubject,
    OptionClock,
    OptionRecord,
    OptionStatus,
    ProcedureType,
    StandstillClock,
    TimelineEvent,
)
from ssb_desktop.services import deadlines
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.blindness import FULL, visibility_by_lot
from ssb_desktop.services.common import STALE, assign
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.reference import rule_settings

if TYPE_CHECKING:
    from ssb_desktop.services.scoring import BidResult, LotResult

# The Dashboard shows option decisions due within this many months.
OPTION_WARNING_MONTHS = 3

Successor = aliased(Organisation)

_AWARD_GONE = N_("Errors", "This award decision no longer exists. Reload the list.")
_CONTRACT_GONE = N_("Errors", "This contract no longer exists. Reload the list.")


def _lot_label(session: Session, lot_id: int) -> str:
    row = session.execute(
        select(Procurement.reference, Lot.number)
        .join(Lot, Lot.procurement_id == Procurement.id)
        .where(Lot.id == lot_id)
    ).first()
    if row is None:
        raise NotFoundError(N_("Errors", "This lot no longer exists. Reload the list."))
    return f"{row.reference}/{row.number}"


def _lot_labels(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(Lot.id, Procurement.reference, Lot.number).join(
            Procurement, Procurement.id == Lot.procurement_id
        )
    )
    return {lot_id: f"{reference}/{number}" for lot_id, reference, number in rows}


def _organisation_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Organisation.id, Organisation.name).where(Organisation.id.in_(wanted))
    )
    return {organisation_id: name for organisation_id, name in rows}


def _stale(row: Any, version: int) -> None:
    if row.version != version:
        raise ConflictError(STALE)


# --- royal-decree days ------------------------------------------------------------------------


def _holiday_record(row: ExtraHoliday) -> ExtraHolidayRecord:
    return ExtraHolidayRecord(row.id, row.day, row.description, row.version)


def list_extra_holidays(session: Session) -> list[ExtraHolidayRecord]:
    """The days equated with public holidays by royal decree, oldest first."""
    require(session, Permission.VIEW)
    return [
        _holiday_record(row)
        for row in session.scalars(select(ExtraHoliday).order_by(ExtraHoliday.day))
    ]


def save_extra_holiday(
    session: Session, record: ExtraHolidayRecord
) -> tuple[ExtraHolidayRecord, list[Notice]]:
    """Add (id None) or change a royal-decree day; warns, without refusing, about a day that
    is a weekend day or already an ATW holiday (it changes no period then)."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    description = record.description.strip()
    limits.raise_first(limits.check_values("extra_holidays", {"description": description}))
    clash = session.scalar(select(ExtraHoliday).where(ExtraHoliday.day == record.day))
    if clash is not None and clash.id != record.id:
        raise ValidationError(
            N_(
                "Errors",
                "{day} is already in the list of royal-decree days; change that entry instead "
                "of adding it again.",
            ),
            {"day": format_date(record.day)},
            field="day",
        )
    if record.id is None:
        row = ExtraHoliday(day=record.day, description=description)
        session.add(row)
    else:
        found = session.get(ExtraHoliday, record.id)
        if found is None:
            raise NotFoundError(N_("Errors", "This day no longer exists. Reload the list."))
        _stale(found, record.version)
        row = found
        assign(row, "day", record.day)
        assign(row, "description", description)
    session.flush()
    notices: list[Notice] = []
    if record.day.weekday() >= 5:
        notices.append(
            Notice(
                N_(
                    "Errors",
                    "{day} is a Saturday or a Sunday, which never counts as a last day anyway; "
                    "check the date of the royal decree.",
                ),
                {"day": format_date(record.day)},
            )
        )
    elif record.day in deadlines.atw_holidays(record.day.year):
        notices.append(
            Notice(
                N_(
                    "Errors",
                    "{day} is already a public holiday under the Algemene termijnenwet; the "
                    "entry changes no period. Check the date of the royal decree.",
                ),
                {"day": format_date(record.day)},
            )
        )
    return _holiday_record(row), notices


def remove_extra_holiday(session: Session, holiday_id: int, version: int) -> None:
    """Remove a royal-decree day entered by mistake (the removal is audited)."""
    require(session, Permission.EDIT_REFERENCE_DATA)
    row = session.get(ExtraHoliday, holiday_id)
    if row is None:
        raise NotFoundError(N_("Errors", "This day no longer exists. Reload the list."))
    _stale(row, version)
    session.delete(row)
    session.flush()


# --- award decisions --------------------------------------------------------------------------


def _award_records(session: Session, where: Any = None) -> list[AwardRecord]:
    query = select(AwardDecision, Bid.code).join(Bid, Bid.id == AwardDecision.bid_id)
    if where is not None:
        query = query.where(where)
    rows = session.execute(query.order_by(AwardDecision.id)).all()
    if not rows:
        return []
    bid_ids = {award.bid_id for award, _code in rows}
    leads = {
        bid_id: organisation_id
        for bid_id, organisation_id in session.execute(
            select(BidMember.bid_id, BidMember.organisation_id).where(
                BidMember.bid_id.in_(bid_ids), BidMember.role == ConsortiumRole.LEAD
            )
        )
    }
    names = _organisation_names(
        session, [*leads.values(), *(award.successor_organisation_id for award, _ in rows)]
    )
    labels = _lot_labels(session)
    hidden = visibility_by_lot(session)

    def name(award: AwardDecision, organisation_id: int | None) -> str:
        # An anonymised lot's bidders stay codes for whom the lot hides them (blindness).
        return names.get(organisation_id or 0, "") if hidden.get(award.lot_id, FULL).names else ""

    return [
        AwardRecord(
            id=award.id,
            lot_id=award.lot_id,
            lot_label=labels.get(award.lot_id, ""),
            bid_id=award.bid_id,
            bid_code=code,
            winner_organisation_id=leads.get(award.bid_id, 0),
            winner_name=name(award, leads.get(award.bid_id)),
            status=award.status,
            sent_on=award.sent_on,
            standstill_days=award.standstill_days,
            standstill_end=award.standstill_end,
            reasons=award.reasons,
            reason_not_first=award.reason_not_first,
            definitive_on=award.definitive_on,
            successor_organisation_id=award.successor_organisation_id,
            successor_name=name(award, award.successor_organisation_id),
            successor_reason=award.successor_reason,
            objection_override_reason=award.objection_override_reason,
            withdrawn_reason=award.withdrawn_reason,
            version=award.version,
            letters_sent_on=award.letters_sent_on,
        )
        for award, code in rows
    ]


def list_awards(session: Session, lot_id: int | None = None) -> list[AwardRecord]:
    """The award decisions of one lot (or all), withdrawn ones included, oldest first."""
    require(session, Permission.VIEW)
    return _award_records(session, AwardDecision.lot_id == lot_id if lot_id is not None else None)


def get_award(session: Session, award_id: int) -> AwardRecord:
    require(session, Permission.VIEW)
    found = _award_records(session, AwardDecision.id == award_id)
    if not found:
        raise NotFoundError(_AWARD_GONE)
    return found[0]


def current_award(session: Session, lot_id: int) -> AwardRecord | None:
    """The lot's provisional or definitive award that is not withdrawn, if any."""
    require(session, Permission.VIEW)
    found = _award_records(
        session,
        (AwardDecision.lot_id == lot_id) & (AwardDecision.status != AwardStatus.WITHDRAWN),
    )
    return found[-1] if found else None


def _load_award(session: Session, award_id: int, version: int) -> AwardDecision:
    award = session.get(AwardDecision, award_id)
    if award is None:
        raise NotFoundError(_AWARD_GONE)
    _stale(award, version)
    return award


def _lot_result(session: Session, lot_id: int) -> LotResult:
    """The lot's ranking from the consensus scores; raises ValidationError, naming each bid
    and criterion, while a consensus score is missing."""
    from ssb_desktop.services.evaluation import lot_results  # the scoring engine: on demand

    return lot_results(session, lot_id, with_robustness=False).result


def provisional_award(
    session: Session,
    lot_id: int,
    bid_id: int,
    *,
    sent_on: date,
    reasons: str,
    reason_not_first: str = "",
) -> AwardRecord:
    """Decide the provisional award of a lot to a ranked bid, sent on ``sent_on``; the last
    day of the standstill period follows from the database's calendar and setting."""
    require(session, Permission.EDIT_PROCUREMENTS)
    label = _lot_label(session, lot_id)
    reasons, reason_not_first = reasons.strip(), reason_not_first.strip()
    bid = session.get(Bid, bid_id)
    if bid is None or bid.lot_id != lot_id:
        raise ValidationError(
            N_("Errors", "This bid is not a bid on lot {lot}; choose a bid of the lot."),
            {"lot": label},
            field="bid_id",
        )
    existing = current_award(session, lot_id)
    if existing is not None:
        message = (
            N_(
                "Errors",
                "Lot {lot} already has a provisional award to bid {bid} ({name}); withdraw it "
                "first to decide anew.",
            )
            if existing.status is AwardStatus.PROVISIONAL
            else N_(
                "Errors",
                "Lot {lot} was already definitively awarded to bid {bid} ({name}); a new "
                "decision needs that award withdrawn first.",
            )
        )
        raise ValidationError(
            message, {"lot": label, "bid": existing.bid_code, "name": existing.awarded_name}
        )
    from ssb_desktop.services.evaluation import lot_results  # the scoring engine: on demand

    results = lot_results(session, lot_id, with_robustness=False)
    result = results.result
    if bid_id not in result.ranking:
        raise ValidationError(
            N_(
                "Errors",
                "Bid {bid} has no place in the ranking of lot {lot} (excluded, withdrawn or "
                "knocked out); choose a ranked bid.",
            ),
            {"bid": bid.code, "lot": label},
            field="bid_id",
        )
    if results.winner is None and result.bid(bid_id).rank == 1:
        raise ValidationError(
            N_(
                "Errors",
                "Bid {bid} shares the first place of lot {lot} with another bid; record the "
                "drawing of lots in the evaluation first.",
            ),
            {"bid": bid.code, "lot": label},
            field="bid_id",
        )
    if results.winner != bid_id and not reason_not_first:
        raise ValidationError(
            N_(
                "Errors",
                "Bid {bid} is ranked {rank}, not first; record the reason why it is awarded "
                "instead of the bid ranked first.",
            ),
            {"bid": bid.code, "rank": result.bid(bid_id).rank},
            field="reason_not_first",
        )
    if not reasons:
        raise ValidationError(
            N_(
                "Errors",
                "Describe the characteristics and relative advantages of the winning bid; every "
                "letter must give them.",
            ),
            field="reasons",
        )
    days = deadlines.standstill_days_of(session)
    last_day = deadlines.standstill_end(sent_on, days, deadlines.calendar_of(session))
    award = AwardDecision(
        lot_id=lot_id,
        bid_id=bid_id,
        status=AwardStatus.PROVISIONAL,
        sent_on=sent_on,
        standstill_days=days,
        standstill_end=last_day,
        reasons=reasons,
        reason_not_first=reason_not_first if results.winner != bid_id else "",
    )
    session.add(award)
    session.flush()
    return get_award(session, award.id)


def _required_reason(reason: str, message: str, field: str = "reason") -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(message, field=field)
    return reason


def withdraw_award(session: Session, award_id: int, reason: str, version: int) -> AwardRecord:
    """Withdraw an award (e.g. after an objection succeeds); it stays in the history."""
    require(session, Permission.EDIT_PROCUREMENTS)
    award = _load_award(session, award_id, version)
    if award.status is AwardStatus.WITHDRAWN:
        raise ValidationError(N_("Errors", "This award decision is already withdrawn."))
    contract = session.scalar(
        select(Contract.reference).where(Contract.award_decision_id == award.id)
    )
    if contract is not None:
        raise ValidationError(
            N_(
                "Errors",
                "Contract {reference} was made from this award; an award with a contract cannot "
                "be withdrawn.",
            ),
            {"reference": contract},
        )
    award.withdrawn_reason = _required_reason(
        reason, N_("Errors", "Give the reason why the award decision is withdrawn.")
    )
    award.status = AwardStatus.WITHDRAWN
    session.flush()
    return get_award(session, award.id)


def replace_winner(
    session: Session, award_id: int, successor_organisation_id: int, reason: str, version: int
) -> AwardRecord:
    """Let the winner's legal successor take its place before the definitive award; both names
    stay visible."""
    require(session, Permission.EDIT_PROCUREMENTS)
    award = _load_award(session, award_id, version)
    if award.status is not AwardStatus.PROVISIONAL:
        raise ValidationError(
            N_(
                "Errors",
                "Only a provisional award can pass to a successor; this award is definitive or "
                "withdrawn.",
            )
        )
    if session.get(Organisation, successor_organisation_id) is None:
        raise ValidationError(
            N_("Errors", "The successor organisation no longer exists; choose it again."),
            field="successor_organisation_id",
        )
    lead = session.scalar(
        select(BidMember.organisation_id).where(
            BidMember.bid_id == award.bid_id, BidMember.role == ConsortiumRole.LEAD
        )
    )
    if successor_organisation_id == lead:
        raise ValidationError(
            N_("Errors", "The successor must be another organisation than the winner."),
            field="successor_organisation_id",
        )
    award.successor_reason = _required_reason(
        reason,
        N_("Errors", "Give the reason why the successor takes the winner's place."),
        "successor_reason",
    )
    award.successor_organisation_id = successor_organisation_id
    session.flush()
    return get_award(session, award.id)


def make_definitive(
    session: Session, award_id: int, *, on: date, override_reason: str = "", version: int
) -> AwardRecord:
    """Make a provisional award definitive on ``on``: not before the day after the standstill
    period, and not while an objection of the lot is open unless overridden with a reason."""
    require(session, Permission.EDIT_PROCUREMENTS)
    award = _load_award(session, award_id, version)
    if award.status is not AwardStatus.PROVISIONAL:
        raise ValidationError(
            N_(
                "Errors",
                "Only a provisional award can be made definitive; this award is already "
                "definitive or withdrawn.",
            )
        )
    if award.standstill_end is not None and on <= award.standstill_end:
        raise ValidationError(
            N_(
                "Errors",
                "The standstill period runs until {last_day}; the award can be made definitive "
                "from {first_day}.",
            ),
            {
                "last_day": format_date(award.standstill_end),
                "first_day": format_date(award.standstill_end + timedelta(days=1)),
            },
            field="on",
        )
    open_objections = session.execute(
        select(Organisation.name, Objection.received_on)
        .join(Organisation, Organisation.id == Objection.organisation_id)
        .where(concerning_lot(award.lot_id), Objection.outcome == ObjectionOutcome.OPEN)
        .order_by(Objection.received_on)
    ).all()
    override_reason = override_reason.strip()
    if open_objections and not override_reason:
        first = open_objections[0]
        raise ValidationError(
            N_(
                "Errors",
                "The objection of {organisation} received on {received} is still open; decide it "
                "first, or give the reason to make the award definitive anyway.",
            ),
            {"organisation": first.name, "received": format_date(first.received_on)},
            field="override_reason",
        )
    award.status = AwardStatus.DEFINITIVE
    award.definitive_on = on
    if open_objections:
        award.objection_override_reason = override_reason
    session.flush()
    return get_award(session, award.id)


# --- objections -------------------------------------------------------------------------------


def concerning_lot(lot_id: int) -> Any:
    """The objections that concern a lot: its own, and the protests against the tender of
    its whole procurement. Either kind, while open, holds up the lot's definitive award."""
    procurement = select(Lot.procurement_id).where(Lot.id == lot_id).scalar_subquery()
    return or_(Objection.lot_id == lot_id, Objection.procurement_id == procurement)


def _objection_records(session: Session, where: Any = None) -> list[ObjectionRecord]:
    query = (
        select(Objection, Organisation.name, Procurement.reference)
        .join(Organisation, Organisation.id == Objection.organisation_id)
        .join(Procurement, Procurement.id == Objection.procurement_id, isouter=True)
    )
    if where is not None:
        query = query.where(where)
    labels = _lot_labels(session)
    hidden = visibility_by_lot(session)
    # A protest against a whole procurement hides its organisation's name wherever one of the
    # procurement's lots hides the names of its bidders.
    nameless_lots = [lot_id for lot_id, seen in hidden.items() if not seen.names]
    nameless_procurements = (
        set(session.scalars(select(Lot.procurement_id).where(Lot.id.in_(nameless_lots))))
        if nameless_lots
        else set()
    )

    def shown(row: Objection, name: str) -> str:
        if row.lot_id is None:
            return "" if row.procurement_id in nameless_procurements else name
        return name if hidden.get(row.lot_id, FULL).names else ""

    return [
        ObjectionRecord(
            id=row.id,
            lot_id=row.lot_id,
            procurement_id=row.procurement_id,
            organisation_id=row.organisation_id,
            kind=row.kind,
            received_on=row.received_on,
            summary=row.summary,
            documents=row.documents,
            outcome=row.outcome,
            outcome_on=row.outcome_on,
            hearing_on=row.hearing_on,
            award_decision_id=row.award_decision_id,
            against=row.against,
            organisation_name=shown(row, name),
            lot_label=labels.get(row.lot_id, "") if row.lot_id is not None else "",
            procurement_reference=reference or "",
            version=row.version,
        )
        for row, name, reference in session.execute(
            query.order_by(Objection.received_on, Objection.id)
        )
    ]


def list_objections(
    session: Session, lot_id: int | None = None, *, procurement_id: int | None = None
) -> list[ObjectionRecord]:
    """The objections that concern one lot (its own and the protests against its whole
    procurement), or every objection of one procurement, or all; by date received."""
    require(session, Permission.VIEW)
    if lot_id is not None:
        return _objection_records(session, concerning_lot(lot_id))
    if procurement_id is not None:
        lots = select(Lot.id).where(Lot.procurement_id == procurement_id)
        return _objection_records(
            session,
            or_(Objection.procurement_id == procurement_id, Objection.lot_id.in_(lots)),
        )
    return _objection_records(session)


def _objection_scope(session: Session, record: ObjectionRecord) -> str:
    """The label of what the objection concerns (a lot, or a whole procurement), after
    checking that it may concern that."""
    if record.lot_id is not None:
        return _lot_label(session, record.lot_id)
    if record.procurement_id is None:
        raise ValidationError(
            N_("Errors", "Choose the lot, or the whole procurement, that the objection concerns."),
            field="lot_id",
        )
    reference = session.scalar(
        select(Procurement.reference).where(Procurement.id == record.procurement_id)
    )
    if reference is None:
        raise NotFoundError(N_("Errors", "This procurement no longer exists. Reload the list."))
    if record.against is not ObjectionSubject.TENDER:
        raise ValidationError(
            N_(
                "Errors",
                "An objection to an award concerns the award of one lot; choose the lot, or "
                "record a protest against the tender of the whole procurement {reference}.",
            ),
            {"reference": reference},
            field="against",
        )
    return reference


def _may_challenge_award(session: Session, record: ObjectionRecord) -> bool:
    """Whether the organisation may object to the award of the record's lot: a bidder of the
    lot, or anyone under voluntary transparency, where nobody bids and the notice names the
    intended contractor."""
    if record.lot_id is None:
        return False
    bidder = session.scalar(
        select(BidMember.id)
        .join(Bid, Bid.id == BidMember.bid_id)
        .where(Bid.lot_id == record.lot_id, BidMember.organisation_id == record.organisation_id)
        .limit(1)
    )
    if bidder is not None:
        return True
    procedure = session.scalar(
        select(Procurement.procedure_type)
        .join(Lot, Lot.procurement_id == Procurement.id)
        .where(Lot.id == record.lot_id)
    )
    return procedure is ProcedureType.VOLUNTARY_TRANSPARENCY


def save_objection(session: Session, record: ObjectionRecord) -> ObjectionRecord:
    """Register (id None) or update an objection: against the award by a bidder of the lot,
    or against the tender itself by any organisation, of one lot or of the whole procurement
    (``lot_id`` None, ``procurement_id`` set). Either kind, while open, holds up the
    definitive award of the lot, or of every lot of the procurement (DOMAIN.md section 3)."""
    require(session, Permission.EDIT_PROCUREMENTS)
    label = _objection_scope(session, record)
    if record.received_on is None:
        raise ValidationError(
            N_("Errors", "Enter the date the objection was received."), field="received_on"
        )
    limits.raise_first(limits.check_record("objections", record))
    if session.get(Organisation, record.organisation_id) is None:
        raise ValidationError(
            N_("Errors", "Choose the organisation that objects."), field="organisation_id"
        )
    # A protest against the tender itself may come from anyone (a would-be bidder, a client
    # organisation); only a challenge of the award is reserved for the lot's bidders.
    if record.against is ObjectionSubject.AWARD and not _may_challenge_award(session, record):
        raise ValidationError(
            N_(
                "Errors",
                "This organisation did not bid on lot {lot}; only a bidder of the lot can object "
                "to its award.",
            ),
            {"lot": label},
            field="organisation_id",
        )
    if record.outcome is not ObjectionOutcome.OPEN and record.outcome_on is None:
        raise ValidationError(
            N_("Errors", "Enter the date of the outcome, or leave the objection open."),
            field="outcome_on",
        )
    if record.outcome_on is not None and record.outcome_on < record.received_on:
        raise ValidationError(
            N_(
                "Errors",
                "The outcome ({outcome_on}) cannot come before the objection was received "
                "({received_on}).",
            ),
            {
                "outcome_on": format_date(record.outcome_on),
                "received_on": format_date(record.received_on),
            },
            field="outcome_on",
        )
    award_id = record.award_decision_id
    if record.against is ObjectionSubject.TENDER or record.lot_id is None:
        award_id = None  # against the tender, not against a decision
    elif award_id is None:
        current = current_award(session, record.lot_id)
        award_id = current.id if current is not None else None
    # One lot, or (lot empty) the whole procurement: never both.
    procurement_id = record.procurement_id if record.lot_id is None else None
    if record.id is None:
        row = Objection(
            lot_id=record.lot_id,
            procurement_id=procurement_id,
            organisation_id=record.organisation_id,
            kind=record.kind,
            received_on=record.received_on,
            against=record.against,
        )
        session.add(row)
    else:
        found = session.get(Objection, record.id)
        if found is None:
            raise NotFoundError(N_("Errors", "This objection no longer exists. Reload the list."))
        _stale(found, record.version)
        row = found
    for name, value in (
        ("lot_id", record.lot_id),
        ("procurement_id", procurement_id),
        ("organisation_id", record.organisation_id),
        ("kind", record.kind),
        ("against", record.against),
        ("received_on", record.received_on),
        ("summary", record.summary.strip()),
        ("documents", record.documents.strip()),
        ("outcome", record.outcome),
        ("outcome_on", record.outcome_on if record.outcome is not ObjectionOutcome.OPEN else None),
        ("hearing_on", record.hearing_on),
        ("award_decision_id", award_id),
    ):
        assign(row, name, value)
    session.flush()
    return _objection_records(session, Objection.id == row.id)[0]


# --- contracts and extension options ----------------------------------------------------------


def term_end_after(end: date, months: int) -> date:
    """The last day of a term of ``months`` months that follows a term ending on ``end``."""
    following: date = end + timedelta(days=1) + relativedelta(months=months)
    return following - timedelta(days=1)


def decide_by(term_end: date, notice_months: int) -> date:
    """The day by which an option must be decided: a notice period before the term ends."""
    # Counted back from the first day after the term, as the term itself is counted forward:
    # six months before a term that ends on 30-06 leaves until 31-12.
    before: date = term_end + timedelta(days=1) - relativedelta(months=notice_months)
    return before - timedelta(days=1)


def notice_months_of(session: Session) -> int:
    """The notice period for extension options (a setting, default 6 months)."""
    return rule_settings(session).notice_months


def _current_end(contract: Contract) -> date:
    end = contract.end_date
    for option in contract.options:
        if option.status is OptionStatus.EXERCISED:
            end = term_end_after(end, option.months)
    return end


def _reschedule(contract: Contract) -> None:
    """Recompute the decision dates of the open options from the current term."""
    term_end = contract.end_date
    for option in contract.options:
        if option.status is OptionStatus.OPEN:
            assign(option, "decide_by", decide_by(term_end, contract.notice_months))
        if option.status is not OptionStatus.DECLINED:
            term_end = term_end_after(term_end, option.months)


def _contract_records(session: Session, where: Any = None) -> list[ContractRecord]:
    query = select(Contract).options(selectinload(Contract.parties), selectinload(Contract.options))
    if where is not None:
        query = query.where(where)
    contracts = list(session.scalars(query.order_by(Contract.start_date, Contract.reference)))
    names = _organisation_names(
        session, (party.organisation_id for c in contracts for party in c.parties)
    )
    successors = {
        organisation_id: name
        for organisation_id, name in session.execute(
            select(Organisation.id, Successor.name)
            .join(Successor, Successor.id == Organisation.successor_id)
            .where(Organisation.id.in_(names), Organisation.succeeded_on.is_not(None))
        )
    }
    labels = _lot_labels(session)
    return [
        ContractRecord(
            id=c.id,
            lot_id=c.lot_id,
            reference=c.reference,
            start=c.start_date,
            end=c.end_date,
            value=c.value,
            notice_months=c.notice_months,
            notes=c.notes,
            award_decision_id=c.award_decision_id,
            lot_label=labels.get(c.lot_id, ""),
            current_end=_current_end(c),
            parties=tuple(
                ContractPartyRecord(
                    p.organisation_id,
                    names.get(p.organisation_id, ""),
                    p.role,
                    successors.get(p.organisation_id, ""),
                )
                for p in c.parties
            ),
            options=tuple(
                OptionRecord(
                    id=o.id,
                    contract_id=c.id,
                    sequence=o.sequence,
                    months=o.months,
                    decide_by=o.decide_by,
                    status=o.status,
                    decided_on=o.decided_on,
                    reason=o.reason,
                    version=o.version,
                    performance_basis=o.performance_basis,
                )
                for o in c.options
            ),
            version=c.version,
            report_months=c.report_months,
            report_due_days=c.report_due_days,
        )
        for c in contracts
    ]


def list_contracts(
    session: Session, lot_id: int | None = None, organisation_id: int | None = None
) -> list[ContractRecord]:
    """Contracts of one lot and/or of one organisation (as a party), or all, by start."""
    require(session, Permission.VIEW)
    where: Any = None
    if lot_id is not None:
        where = Contract.lot_id == lot_id
    if organisation_id is not None:
        party = Contract.id.in_(
            select(ContractParty.contract_id).where(
                ContractParty.organisation_id == organisation_id
            )
        )
        where = party if where is None else where & party
    return _contract_records(session, where)


def get_contract(session: Session, contract_id: int) -> ContractRecord:
    require(session, Permission.VIEW)
    found = _contract_records(session, Contract.id == contract_id)
    if not found:
        raise NotFoundError(_CONTRACT_GONE)
    return found[0]


def _check_contract_fields(
    session: Session,
    *,
    contract_id: int | None,
    reference: str,
    start: date,
    end: date,
    value: Decimal,
    notice_months: int,
) -> None:
    if not reference:
        raise ValidationError(N_("Errors", "Enter the contract reference."), field="reference")
    limits.raise_first(limits.check_values("contracts", {"reference": reference}))
    if end < start:
        raise ValidationError(
            N_(
                "Errors",
                "The contract ends on {end}, before it starts on {start}; correct the dates.",
            ),
            {"end": format_date(end), "start": format_date(start)},
            field="end",
        )
    if value < 0:
        raise ValidationError(N_("Errors", "The contract value cannot be negative."), field="value")
    if notice_months < 0:
        raise ValidationError(
            N_("Errors", "The notice period cannot be negative."), field="notice_months"
        )
    limits.raise_first(
        limits.check_values("contracts", {"value": value, "notice_months": notice_months})
    )
    clash = session.scalar(select(Contract.id).where(Contract.reference == reference))
    if clash is not None and clash != contract_id:
        raise ValidationError(
            N_("Errors", "Another contract already has the reference {reference}."),
            {"reference": reference},
            field="reference",
        )


def create_contract(
    session: Session,
    award_id: int,
    *,
    reference: str,
    start: date,
    end: date,
    value: Decimal,
    notice_months: int | None = None,
    options: Sequence[int] = (),
    notes: str = "",
) -> ContractRecord:
    """The contract of a definitive award; its parties are the winning bid's lead (or the
    successor) and members; ``options`` are the lengths of the extension options in months."""
    require(session, Permission.EDIT_PROCUREMENTS)
    award = session.get(AwardDecision, award_id)
    if award is None:
        raise NotFoundError(_AWARD_GONE)
    if award.status is not AwardStatus.DEFINITIVE:
        raise ValidationError(
            N_(
                "Errors",
                "A contract can only be made from a definitive award; make the award "
                "definitive first.",
            )
        )
    existing = session.scalar(
        select(Contract.reference).where(Contract.award_decision_id == award_id)
    )
    if existing is not None:
        raise ValidationError(
            N_("Errors", "This award already has contract {reference}."), {"reference": existing}
        )
    members = session.execute(
        select(BidMember.organisation_id, BidMember.role)
        .where(BidMember.bid_id == award.bid_id, BidMember.role != ConsortiumRole.SUBCONTRACTOR)
        .order_by(BidMember.role != ConsortiumRole.LEAD, BidMember.id)
    ).all()
    parties: list[tuple[int, ConsortiumRole]] = []
    for organisation_id, role in members:
        if role is ConsortiumRole.LEAD and award.successor_organisation_id is not None:
            organisation_id = award.successor_organisation_id
        parties.append((organisation_id, role))
    return new_contract(
        session,
        award.lot_id,
        award.id,
        parties,
        reference=reference,
        start=start,
        end=end,
        value=value,
        notice_months=notice_months,
        options=options,
        notes=notes,
    )


def new_contract(
    session: Session,
    lot_id: int,
    award_id: int | None,
    parties: Sequence[tuple[int, ConsortiumRole]],
    *,
    reference: str,
    start: date,
    end: date,
    value: Decimal,
    notice_months: int | None,
    options: Sequence[int],
    notes: str,
) -> ContractRecord:
    """A contract of a lot with ``parties`` (lead first) and its options scheduled: after a
    definitive award, or after a voluntary transparency notice (no award decision)."""
    reference = reference.strip()
    notice = notice_months_of(session) if notice_months is None else notice_months
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    _check_contract_fields(
        session,
        contract_id=None,
        reference=reference,
        start=start,
        end=end,
        value=value,
        notice_months=notice,
    )
    if any(months < 1 for months in options):
        raise ValidationError(
            N_("Errors", "An extension option lasts at least one month."), field="options"
        )
    contract = Contract(
        lot_id=lot_id,
        award_decision_id=award_id,
        reference=reference,
        start_date=start,
        end_date=end,
        value=value,
        notice_months=notice,
        notes=notes.strip(),
    )
    rows: list[ContractParty] = []
    seen: set[int] = set()
    for organisation_id, role in parties:
        if organisation_id not in seen:
            seen.add(organisation_id)
            rows.append(ContractParty(organisation_id=organisation_id, role=role))
    contract.parties = rows
    term_end = end
    schedule: list[ExtensionOption] = []
    for sequence, months in enumerate(options, start=1):
        schedule.append(
            ExtensionOption(sequence=sequence, months=months, decide_by=decide_by(term_end, notice))
        )
        term_end = term_end_after(term_end, months)
    contract.options = schedule
    session.add(contract)
    session.flush()
    return get_contract(session, contract.id)


def save_contract(session: Session, record: ContractRecord) -> ContractRecord:
    """Change a contract's reference, dates, value, notice period or notes; the decision
    dates of open options follow the new term."""
    require(session, Permission.EDIT_PROCUREMENTS)
    if record.id is None:
        raise ValidationError(
            N_("Errors", "A contract is made from a definitive award; choose the award first.")
        )
    contract = session.get(Contract, record.id, options=[selectinload(Contract.options)])
    if contract is None:
        raise NotFoundError(_CONTRACT_GONE)
    _stale(contract, record.version)
    reference = record.reference.strip()
    value = record.value.quantize(CENT, rounding=ROUND_HALF_UP)
    _check_contract_fields(
        session,
        contract_id=contract.id,
        reference=reference,
        start=record.start,
        end=record.end,
        value=value,
        notice_months=record.notice_months,
    )
    for name, new in (
        ("reference", reference),
        ("start_date", record.start),
        ("end_date", record.end),
        ("value", value),
        ("notice_months", record.notice_months),
        ("notes", record.notes.strip()),
    ):
        assign(contract, name, new)
    _reschedule(contract)
    session.flush()
    return get_contract(session, contract.id)


def decide_option(
    session: Session, option_id: int, *, exercised: bool, on: date, reason: str, version: int
) -> ContractRecord:
    """Exercise or decline an extension option on ``on``; exercising extends the contract's
    current end. Declining, and deciding after the decision date, need a reason."""
    require(session, Permission.EDIT_PROCUREMENTS)
    option = session.get(ExtensionOption, option_id)
    if option is None:
        raise NotFoundError(N_("Errors", "This option no longer exists. Reload the contract."))
    _stale(option, version)
    contract = option.contract
    params = {"option": option.sequence, "reference": contract.reference}
    if option.status is not OptionStatus.OPEN:
        raise ValidationError(
            N_("Errors", "Option {option} of contract {reference} has already been decided."),
            params,
        )
    earlier = [o for o in contract.options if o.sequence < option.sequence]
    undecided = [o for o in earlier if o.status is OptionStatus.OPEN]
    if undecided:
        raise ValidationError(
            N_(
                "Errors",
                "Decide option {earlier} of contract {reference} first; options are decided in "
                "order.",
            ),
            {**params, "earlier": undecided[0].sequence},
        )
    declined = [o for o in earlier if o.status is OptionStatus.DECLINED]
    if exercised and declined:
        raise ValidationError(
            N_(
                "Errors",
                "Option {earlier} of contract {reference} was declined, so the contract ends "
                "there; a later option cannot be exercised.",
            ),
            {**params, "earlier": declined[0].sequence},
        )
    reason = reason.strip()
    if on > option.decide_by and not reason:
        raise ValidationError(
            N_(
                "Errors",
                "Option {option} of contract {reference} had to be decided by {decide_by}; "
                "deciding it later needs a reason.",
            ),
            {**params, "decide_by": format_date(option.decide_by)},
            field="reason",
        )
    if not exercised and not reason:
        raise ValidationError(
            N_(
                "Errors", "Give the reason why option {option} of contract {reference} is declined."
            ),
            params,
            field="reason",
        )
    # The decision records the assessed performance it was taken on ("on success").
    from ssb_desktop.services.performance import performance_basis

    option.status = OptionStatus.EXERCISED if exercised else OptionStatus.DECLINED
    option.decided_on = on
    option.reason = reason
    option.performance_basis = performance_basis(session, contract.id, on)
    session.flush()
    return get_contract(session, contract.id)


# --- letters ----------------------------------------------------------------------------------


def _depths(criteria: Sequence[CriterionRecord]) -> dict[int, int]:
    depth: dict[int, int] = {}
    for criterion in criteria:  # tree order: parents first
        assert criterion.id is not None
        parent = criterion.parent_id
        depth[criterion.id] = 0 if parent is None else depth.get(parent, 0) + 1
    return depth


def letters(session: Session, lot_id: int) -> list[LetterContent]:
    """The content of the award letter to every bidder of the lot's current award; refused,
    naming each bid and criterion, while a consensus score lacks its motivation."""
    require(session, Permission.EDIT_PROCUREMENTS)
    label = _lot_label(session, lot_id)
    award = current_award(session, lot_id)
    if award is None or award.sent_on is None or award.standstill_end is None:
        raise ValidationError(
            N_(
                "Errors",
                "Lot {lot} has no award decision yet; decide the provisional award before "
                "making the letters.",
            ),
            {"lot": label},
        )
    result = _lot_result(session, lot_id)
    bids = [bid for bid in list_bids(session, lot_id) if bid.status is not BidStatus.WITHDRAWN]
    criteria = list_criteria(session, lot_id)
    depth = _depths(criteria)
    parents = {c.parent_id for c in criteria if c.parent_id is not None}
    scored = [c for c in criteria if c.id not in parents and not c.is_price]
    consensus: dict[tuple[int, int], tuple[Decimal, str]] = {
        (row.bid_id, row.criterion_id): (row.score, row.motivation.strip())
        for row in session.scalars(
            select(ConsensusScore).where(
                ConsensusScore.bid_id.in_([bid.id for bid in bids]),
                ConsensusScore.invalidated.is_(False),
            )
        )
    }
    ranking = tuple(result.ranking)
    winner_bid = next(bid for bid in bids if bid.id == award.bid_id)
    missing: list[str] = []
    for bid in bids:
        assert bid.id is not None
        if bid.id not in ranking and bid.id != award.bid_id:
            # Excluded or knocked out: the letter gives the reason, scores where they exist.
            needed = [c for c in scored if (bid.id, c.id) in consensus]
        else:
            needed = scored
        for criterion in needed:
            assert criterion.id is not None
            entry = consensus.get((bid.id, criterion.id))
            if entry is None or not entry[1]:
                missing.append(f"{bid.code}: {_criterion_name(criterion)}")
    if missing:
        raise ValidationError(
            N_(
                "Errors",
                "The letters of lot {lot} cannot be made: {count} consensus scores have no "
                "motivation ({missing}). A letter must motivate every score; add the "
                "motivations and try again.",
            ),
            {"lot": label, "count": len(missing), "missing": "; ".join(missing)},
        )
    lot = session.get(Lot, lot_id)
    assert lot is not None
    procurement_title = lot.procurement.title
    organisations = {
        row.id: row
        for row in session.scalars(
            select(Organisation).where(
                Organisation.id.in_([bid.members[0].organisation_id for bid in bids if bid.members])
            )
        )
    }
    price_row = lot.price_max_points > 0 and not any(c.is_price for c in criteria)
    winner_result = result.bid(award.bid_id)
    contents: list[LetterContent] = []
    for bid in bids:
        assert bid.id is not None
        try:
            own = result.bid(bid.id)
        except KeyError:
            own = None
        rows = [
            _letter_score(
                criterion, depth, parents, bid.id, own, award.bid_id, winner_result, consensus
            )
            for criterion in criteria
        ]
        if price_row:
            rows.append(
                LetterScore(
                    None,
                    "",
                    "",
                    0,
                    lot.price_max_points,
                    True,
                    None,
                    own.price_points if own is not None else None,
                    "",
                    None,
                    winner_result.price_points,
                    "",
                )
            )
        lead = organisations.get(bid.members[0].organisation_id) if bid.members else None
        contents.append(
            LetterContent(
                lot_id=lot_id,
                lot_label=label,
                lot_title=lot.title,
                procurement_title=procurement_title,
                bid_id=bid.id,
                bid_code=bid.code,
                addressee_name=lead.name if lead else bid.lead_name,
                addressee_street=lead.street if lead else "",
                addressee_postcode=lead.postcode if lead else "",
                addressee_city=lead.city if lead else "",
                addressee_contact=lead.contacts[0].name if lead and lead.contacts else "",
                addressee_email=(
                    lead.email or (lead.contacts[0].email if lead.contacts else "") if lead else ""
                ),
                their_reference=bid.their_reference,
                is_winner=bid.id == award.bid_id,
                winner_bid_code=winner_bid.code,
                winner_name=award.winner_name,
                successor_name=award.successor_name,
                reasons=award.reasons,
                reason_not_first=award.reason_not_first,
                rank=own.rank if own is not None else None,
                total=own.total if own is not None else None,
                ranked_count=len(ranking),
                winner_rank=winner_result.rank,
                winner_total=winner_result.total,
                excluded_reason=_excluded_reason(bid, own, criteria),
                scores=tuple(rows),
                sent_on=award.sent_on,
                standstill_end=award.standstill_end,
            )
        )
    return contents


def mark_letters_sent(
    session: Session, lot_id: int, on: date, *, today: date | None = None
) -> AwardRecord:
    """Record that the letters of the lot's provisional award went out on ``on``. The send
    date drives the standstill period, as the "sent on" of the decision does: its last day is
    worked out again from ``on``. Refused for a day in the future and once the award is
    definitive (the standstill period is over then)."""
    require(session, Permission.EDIT_PROCUREMENTS)
    label = _lot_label(session, lot_id)
    current = current_award(session, lot_id)
    if current is None:
        raise ValidationError(
            N_(
                "Errors",
                "Lot {lot} has no award decision yet; decide the provisional award before "
                "making the letters.",
            ),
            {"lot": label},
        )
    if current.status is not AwardStatus.PROVISIONAL:
        raise ValidationError(
            N_(
                "Errors",
                "The award of lot {lot} is already definitive; the day its letters were sent "
                "can no longer change.",
            ),
            {"lot": label},
        )
    if on > (today or local_today()):
        raise ValidationError(
            N_(
                "Errors",
                "{day} lies in the future; record the day the letters actually went out.",
            ),
            {"day": format_date(on)},
            field="on",
        )
    award = session.get(AwardDecision, current.id)
    assert award is not None
    award.letters_sent_on = on
    if award.sent_on != on:
        award.sent_on = on
        award.standstill_end = deadlines.standstill_end(
            on, award.standstill_days, deadlines.calendar_of(session)
        )
    session.flush()
    return get_award(session, award.id)


def _criterion_name(criterion: CriterionRecord) -> str:
    return " ".join(part for part in (criterion.code, criterion.title) if part) or "?"


def _letter_score(
    criterion: CriterionRecord,
    depth: dict[int, int],
    parents: set[int],
    bid_id: int,
    own: BidResult | None,
    winner_id: int,
    winner: BidResult,
    consensus: dict[tuple[int, int], tuple[Decimal, str]],
) -> LetterScore:
    assert criterion.id is not None
    key = criterion.id
    leaf = key not in parents

    def points(result: BidResult | None) -> Decimal | None:
        if result is None:
            return None
        if criterion.is_price:
            return result.price_points
        if criterion.parent_id is None and key in result.main_contributions:
            return result.main_contributions[key]
        return result.contributions.get(key)

    def score(of: int) -> tuple[Decimal | None, str]:
        if not leaf or criterion.is_price:
            return None, ""
        entry = consensus.get((of, key))
        return (entry[0], entry[1]) if entry else (None, "")

    own_score, own_motivation = score(bid_id)
    winner_score, winner_motivation = score(winner_id)
    return LetterScore(
        criterion_id=key,
        code=criterion.code,
        title=criterion.title,
        depth=depth.get(key, 0),
        weight=criterion.weight,
        is_price=criterion.is_price,
        addressee_score=own_score,
        addressee_points=points(own),
        addressee_motivation=own_motivation,
        winner_score=winner_score,
        winner_points=points(winner),
        winner_motivation=winner_motivation,
    )


def _excluded_reason(
    bid: BidRecord, own: BidResult | None, criteria: Sequence[CriterionRecord]
) -> str:
    """Why a bid has no place in the ranking, in the user's own words where there are any."""
    if bid.status is BidStatus.EXCLUDED:
        return bid.status_reason
    if own is not None and own.knockout is not None and own.knockout.criterion_key is not None:
        for criterion in criteria:
            if criterion.id == own.knockout.criterion_key:
                return _criterion_name(criterion)
    return ""


# --- timeline and clocks ----------------------------------------------------------------------

_OUTCOME_TEXT: dict[ObjectionOutcome, str] = {
    ObjectionOutcome.UPHELD: N_("Timeline", "Objection of {organisation} upheld"),
    ObjectionOutcome.REJECTED: N_("Timeline", "Objection of {organisation} rejected"),
    ObjectionOutcome.WITHDRAWN: N_("Timeline", "Objection of {organisation} withdrawn"),
    ObjectionOutcome.SETTLED: N_("Timeline", "Objection of {organisation} settled"),
}
_TENDER_PROTEST_TEXT = N_("Timeline", "Protest of {organisation} against the tender received")
_WHOLE_TENDER_PROTEST_TEXT = N_(
    "Timeline",
    "Protest of {organisation} against the tender of the whole procurement (all lots) received",
)
_KIND_TEXT: dict[ObjectionKind, str] = {
    ObjectionKind.SUMMARY_PROCEEDINGS: N_(
        "Timeline", "Summary proceedings (kort geding) of {organisation} received"
    ),
    ObjectionKind.COMPLAINT: N_("Timeline", "Complaint of {organisation} received"),
    ObjectionKind.OTHER: N_("Timeline", "Objection of {organisation} received"),
}
_KIND_ORDER = (
    "decision_sent",
    "decision_withdrawn",
    "objection_received",
    "hearing",
    "objection_decided",
    "standstill_end",
    "definitive",
    "contract_start",
    "option_deadline",
    "option_decided",
    "contract_end",
)


def timeline(session: Session, lot_id: int) -> list[TimelineEvent]:
    """What happened and what is due in the award of a lot, in date order."""
    require(session, Permission.VIEW)
    events: list[TimelineEvent] = []
    for award in list_awards(session, lot_id):
        who = {"bid": award.bid_code, "name": award.winner_name}
        if award.sent_on is not None:
            events.append(
                TimelineEvent(
                    award.sent_on,
                    "decision_sent",
                    N_("Timeline", "Award decision sent: bid {bid} ({name})"),
                    who,
                )
            )
        if award.status is AwardStatus.WITHDRAWN:
            if award.sent_on is not None:
                events.append(
                    TimelineEvent(
                        award.sent_on,
                        "decision_withdrawn",
                        N_("Timeline", "Award decision to bid {bid} later withdrawn: {reason}"),
                        {"bid": award.bid_code, "reason": award.withdrawn_reason},
                    )
                )
            continue
        if award.standstill_end is not None:
            events.append(
                TimelineEvent(
                    award.standstill_end,
                    "standstill_end",
                    N_("Timeline", "Last day of the standstill period"),
                )
            )
        if award.definitive_on is not None:
            events.append(
                TimelineEvent(
                    award.definitive_on,
                    "definitive",
                    N_("Timeline", "Definitive award to {name}"),
                    {"name": award.awarded_name},
                )
            )
    for objection in list_objections(session, lot_id):
        who = {"organisation": objection.organisation_name}
        if objection.received_on is not None:
            events.append(
                TimelineEvent(
                    objection.received_on,
                    "objection_received",
                    _WHOLE_TENDER_PROTEST_TEXT
                    if objection.whole_procurement
                    else _TENDER_PROTEST_TEXT
                    if objection.against is ObjectionSubject.TENDER
                    else _KIND_TEXT[objection.kind],
                    who,
                )
            )
        if objection.hearing_on is not None:
            events.append(
                TimelineEvent(
                    objection.hearing_on,
                    "hearing",
                    N_("Timeline", "Hearing on the objection of {organisation}"),
                    who,
                )
            )
        if objection.outcome is not ObjectionOutcome.OPEN and objection.outcome_on is not None:
            events.append(
                TimelineEvent(
                    objection.outcome_on,
                    "objection_decided",
                    _OUTCOME_TEXT[objection.outcome],
                    who,
                )
            )
    for contract in list_contracts(session, lot_id=lot_id):
        ref = {"reference": contract.reference}
        events.append(
            TimelineEvent(
                contract.start, "contract_start", N_("Timeline", "Contract {reference} starts"), ref
            )
        )
        for option in contract.options:
            params = {**ref, "option": option.sequence, "months": option.months}
            events.append(
                TimelineEvent(
                    option.decide_by,
                    "option_deadline",
                    N_(
                        "Timeline",
                        "Last day to decide option {option} ({months} months) of contract "
                        "{reference}",
                    ),
                    params,
                )
            )
            if option.decided_on is not None:
                text = (
                    N_("Timeline", "Option {option} of contract {reference} exercised")
                    if option.status is OptionStatus.EXERCISED
                    else N_("Timeline", "Option {option} of contract {reference} declined")
                )
                events.append(TimelineEvent(option.decided_on, "option_decided", text, params))
        events.append(
            TimelineEvent(
                contract.current_end or contract.end,
                "contract_end",
                N_("Timeline", "Contract {reference} ends"),
                ref,
            )
        )
    events.sort(key=lambda event: (event.day, _KIND_ORDER.index(event.kind)))
    return events


def award_clocks(session: Session, today: date) -> AwardClocks:
    """Running standstill periods and the option decisions due within three months (or
    overdue), for the Dashboard."""
    require(session, Permission.VIEW)
    running = [
        award
        for award in _award_records(
            session,
            (AwardDecision.status == AwardStatus.PROVISIONAL)
            & (AwardDecision.standstill_end >= today),
        )
    ]
    standstill = tuple(
        sorted(
            (
                StandstillClock(
                    award.id,
                    award.lot_id,
                    award.lot_label,
                    award.awarded_name,
                    award.standstill_end,
                    (award.standstill_end - today).days,
                )
                for award in running
                if award.standstill_end is not None
            ),
            key=lambda clock: (clock.last_day, clock.lot_label),
        )
    )
    horizon = today + relativedelta(months=OPTION_WARNING_MONTHS)
    labels = _lot_labels(session)
    rows = session.execute(
        select(ExtensionOption, Contract.reference, Contract.lot_id)
        .join(Contract, Contract.id == ExtensionOption.contract_id)
        .where(ExtensionOption.status == OptionStatus.OPEN, ExtensionOption.decide_by <= horizon)
        .order_by(ExtensionOption.decide_by, Contract.reference, ExtensionOption.sequence)
    )
    from ssb_desktop.services.performance import performance_summary

    options: list[OptionClock] = []
    for option, reference, contract_lot in rows:
        options.append(
            OptionClock(
                option.id,
                option.contract_id,
                reference,
                labels.get(contract_lot, ""),
                option.sequence,
                option.months,
                option.decide_by,
                (option.decide_by - today).days,
                performance_summary(session, option.contract_id, today),
            )
        )
    return AwardClocks(standstill, tuple(options))


__all__ = [
    "award_clocks",
    "concerning_lot",
    "create_contract",
    "current_award",
    "decide_by",
    "decide_option",
    "get_award",
    "get_contract",
    "letters",
    "list_awards",
    "list_contracts",
    "list_extra_holidays",
    "list_objections",
    "make_definitive",
    "mark_letters_sent",
    "new_contract",
    "notice_months_of",
    "provisional_award",
    "remove_extra_holiday",
    "replace_winner",
    "save_contract",
    "save_extra_holiday",
    "save_objection",
    "term_end_after",
    "timeline",
    "withdraw_award",
]
