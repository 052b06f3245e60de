"""Subsidy schemes, applications and their status flow, allocation as decisions, and the money
per theme, district and organisation (DOMAIN.md section 5). The rules themselves (the status
flow, checks, ceilings, limits, deadlines) are in :mod:`rules`; this module reads and writes.

Decisions (grant, refusal) are taken by the scheme's deciding body, recorded on every
application when it is saved: the municipality, or the lead party of the current contract of a
lot with the scheme's theme when the scheme says the contract holder decides from its year on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any, TypedDict

from sqlalchemy import DateTime, case, func, null, select, type_coerce
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Application,
    Bid,
    BidMember,
    CeilingChange,
    CompletenessRequest,
    Contract,
    ContractParty,
    District,
    Lot,
    Organisation,
    Payment,
    SubsidyScheme,
    Theme,
    application_districts,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import CENT, format_date, format_money
from ssb_desktop.formatting import local_today as current_day
from ssb_desktop.records import (
    Allocation,
    AllocationLine,
    ApplicationFilter,
    ApplicationRecord,
    ApplicationStatus,
    BudgetUse,
    CeilingChangeRecord,
    CompletenessRequestRecord,
    ConsortiumRole,
    DecidingBody,
    DistributionRule,
    MoneyByThemeDistrict,
    OrganisationRegister,
    PaymentKind,
    PaymentRecord,
    RegisterYear,
    ReportTier,
    SchemeRecord,
    SettlementReason,
    SubsidyLetterContent,
    SubsidyLetterKind,
)
from ssb_desktop.services.blindness import FULL, price_columns, visibility_by_lot
from ssb_desktop.services.common import (
    STALE,
    as_utc,
    assign,
    load,
    local_date,
    raise_first,
)
from ssb_desktop.services.deadlines import calendar_of
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.allocation import ApplicationInput, SchemeInput, allocate
from ssb_desktop.services.subsidies.rules import (
    SCORE_PLACES,
    UNDECIDED,
    USING_BUDGET,
    ZERO,
    Step,
    Suspension,
    check_application,
    check_scheme,
)

S = ApplicationStatus

_SCHEME_GONE = N_("Errors", "This subsidy scheme no longer exists. Reload the list.")
_APPLICATION_GONE = N_("Errors", "This application no longer exists. Reload the list.")


def _money(value: Decimal | None) -> Decimal | None:
    return value.quantize(CENT, rounding=ROUND_HALF_UP) if value is not None else None


# --- schemes ----------------------------------------------------------------------------------


def _scheme_records(session: Session, where: Any = None) -> list[SchemeRecord]:
    query = (
        select(SubsidyScheme, Theme.name)
        .outerjoin(Theme, Theme.id == SubsidyScheme.theme_id)
        .order_by(SubsidyScheme.year.desc(), Theme.name, SubsidyScheme.name)
    )
    if where is not None:
        query = query.where(where)
    rows = session.execute(query).all()
    ids = [scheme.id for scheme, _theme in rows]
    changes: dict[int, list[CeilingChangeRecord]] = defaultdict(list)
    counts: dict[int, int] = {}
    if ids:
        for change in session.scalars(
            select(CeilingChange)
            .where(CeilingChange.scheme_id.in_(ids))
            .order_by(CeilingChange.changed_on)
        ):
            changes[change.scheme_id].append(
                CeilingChangeRecord(change.changed_on, change.ceiling, change.reason, change.id)
            )
        counts = dict(
            session.execute(
                select(Application.scheme_id, func.count())
                .where(Application.scheme_id.in_(ids))
                .group_by(Application.scheme_id)
            ).all()
        )
    records = []
    for scheme, theme_name in rows:
        history = tuple(changes.get(scheme.id, ()))
        records.append(
            SchemeRecord(
                id=scheme.id,
                year=scheme.year,
                name=scheme.name,
                ceiling=scheme.ceiling,
                opens_on=scheme.opens_on,
                closes_on=scheme.closes_on,
                announced_on=scheme.announced_on,
                theme_id=scheme.theme_id,
                theme_name=theme_name or "",
                distribution_rule=scheme.distribution_rule,
                max_per_applicant=scheme.max_per_applicant,
                amount_per_member=scheme.amount_per_member,
                deciding_body=scheme.deciding_body,
                contract_holder_from_year=scheme.contract_holder_from_year,
                decision_term_weeks=scheme.decision_term_weeks
                if scheme.own_decision_term
                else None,
                completion_days=scheme.completion_days,
                atw_applies=scheme.atw_applies,
                report_activity_from=scheme.report_activity_from,
                report_financial_from=scheme.report_financial_from,
                report_due_weeks=scheme.report_due_weeks,
                ceiling_changes=history,
                current_ceiling=history[-1].ceiling if history else scheme.ceiling,
                application_count=counts.get(scheme.id, 0),
                version=scheme.version,
                effective_deciding_body=DecidingBody.CONTRACT_HOLDER
                if rules.holder_decides(
                    scheme.deciding_body, scheme.contract_holder_from_year, scheme.year
                )
                else DecidingBody.MUNICIPALITY,
            )
        )
    return records


def list_schemes(session: Session, year: int | None = None) -> list[SchemeRecord]:
    """All schemes (or one year's), newest year first, then by theme and name."""
    require(session, Permission.VIEW)
    return _scheme_records(session, SubsidyScheme.year == year if year is not None else None)


def get_scheme(session: Session, scheme_id: int) -> SchemeRecord:
    require(session, Permission.VIEW)
    found = _scheme_records(session, SubsidyScheme.id == scheme_id)
    if not found:
        raise NotFoundError(_SCHEME_GONE)
    return found[0]


def save_scheme(session: Session, record: SchemeRecord) -> SchemeRecord:
    """Create (id None) or update a scheme. Once announced, its ceiling changes only through
    :func:`change_ceiling`, so that applications received before keep their ceiling."""
    require(session, Permission.EDIT_SUBSIDIES)
    record = replace(
        record,
        name=record.name.strip(),
        ceiling=_money(record.ceiling) or ZERO,
        max_per_applicant=_money(record.max_per_applicant),
        amount_per_member=_money(record.amount_per_member),
        report_activity_from=_money(record.report_activity_from) or ZERO,
        report_financial_from=_money(record.report_financial_from) or ZERO,
    )
    raise_first(check_scheme(record))
    if record.theme_id is not None and session.get(Theme, record.theme_id) is None:
        raise ValidationError(
            N_("Errors", "This theme no longer exists; choose the theme again."), field="theme_id"
        )
    clash = session.scalar(
        select(SubsidyScheme.id).where(
            SubsidyScheme.year == record.year,
            SubsidyScheme.theme_id == record.theme_id
            if record.theme_id is not None
            else SubsidyScheme.theme_id.is_(None),
            SubsidyScheme.name == record.name,
        )
    )
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "A scheme named {name} already exists for this year and theme."),
            {"name": record.name},
            field="name",
        )
    if record.id is None:
        scheme = SubsidyScheme(
            year=record.year,
            name=record.name,
            ceiling=record.ceiling,
            distribution_rule=record.distribution_rule,
            opens_on=record.opens_on,
        )
        session.add(scheme)
    else:
        found = session.get(SubsidyScheme, record.id)
        if found is None:
            raise NotFoundError(_SCHEME_GONE)
        if found.version != record.version:
            raise ConflictError(STALE)
        if found.ceiling != record.ceiling and found.announced_on is not None:
            raise ValidationError(
                N_(
                    "Errors",
                    "The scheme was announced on {date}; change its ceiling with "
                    "'Change ceiling', which records the date and the reason.",
                ),
                {"date": format_date(found.announced_on)},
                field="ceiling",
            )
        scheme = found
    for name in (
        "year",
        "name",
        "ceiling",
        "theme_id",
        "distribution_rule",
        "max_per_applicant",
        "amount_per_member",
        "deciding_body",
        "contract_holder_from_year",
        "completion_days",
        "atw_applies",
        "report_activity_from",
        "report_financial_from",
        "report_due_weeks",
        "opens_on",
        "closes_on",
        "announced_on",
    ):
        assign(scheme, name, getattr(record, name))
    assign(scheme, "own_decision_term", record.decision_term_weeks is not None)
    assign(
        scheme,
        "decision_term_weeks",
        record.decision_term_weeks
        if record.decision_term_weeks is not None
        else rules.DECISION_TERM_WEEKS,
    )
    session.flush()
    return get_scheme(session, scheme.id)


def change_ceiling(
    session: Session, scheme_id: int, ceiling: Decimal, changed_on: date, reason: str
) -> SchemeRecord:
    """Record a new ceiling from ``changed_on``; applications received before that day keep
    the ceiling in force when they were received."""
    require(session, Permission.EDIT_SUBSIDIES)
    scheme = session.get(SubsidyScheme, scheme_id)
    if scheme is None:
        raise NotFoundError(_SCHEME_GONE)
    reason = reason.strip()
    amount = _money(ceiling) or ZERO
    if amount < 0:
        raise ValidationError(
            N_("Errors", "The ceiling is an amount of zero or more."), field="ceiling"
        )
    if not reason:
        raise ValidationError(
            N_("Errors", "Give the reason why the ceiling changes."), field="reason"
        )
    start = scheme.announced_on or scheme.opens_on
    if changed_on < start:
        raise ValidationError(
            N_(
                "Errors",
                "A ceiling change takes effect on or after {date} (announcement or opening); "
                "before that, edit the scheme's ceiling itself.",
            ),
            {"date": format_date(start)},
            field="changed_on",
        )
    existing = session.scalar(
        select(CeilingChange).where(
            CeilingChange.scheme_id == scheme_id, CeilingChange.changed_on == changed_on
        )
    )
    if existing is None:
        session.add(
            CeilingChange(scheme_id=scheme_id, changed_on=changed_on, ceiling=amount, reason=reason)
        )
    else:
        assign(existing, "ceiling", amount)
        assign(existing, "reason", reason)
    session.flush()
    return get_scheme(session, scheme_id)


# --- who decides ------------------------------------------------------------------------------


def contract_holder(session: Session, theme_id: int, on: date) -> int | None:
    """The lead party of the contract of a lot with this theme running on ``on`` (the most
    recently started one); its legal successor when it was succeeded."""
    organisation_id = session.scalar(
        select(ContractParty.organisation_id)
        .join(Contract, Contract.id == ContractParty.contract_id)
        .join(Lot, Lot.id == Contract.lot_id)
        .where(
            Lot.theme_id == theme_id,
            ContractParty.role == ConsortiumRole.LEAD,
            Contract.start_date <= on,
            Contract.end_date >= on,
        )
        .order_by(Contract.start_date.desc(), Contract.id.desc())
        .limit(1)
    )
    seen: set[int] = set()
    while organisation_id is not None and organisation_id not in seen:
        seen.add(organisation_id)
        successor = session.scalar(
            select(Organisation.successor_id).where(Organisation.id == organisation_id)
        )
        if successor is None:
            break
        organisation_id = successor
    return organisation_id


def deciding_organisation(session: Session, scheme: SchemeRecord, received_on: date) -> int | None:
    """The organisation that decides on an application (None: the municipality)."""
    if scheme.effective_deciding_body is DecidingBody.MUNICIPALITY:
        return None
    assert scheme.theme_id is not None
    holder = contract_holder(session, scheme.theme_id, received_on)
    if holder is None:
        raise ValidationError(
            N_(
                "Errors",
                "The holder of the contract for theme {theme} decides on this scheme, but no "
                "contract of that theme runs on {date}. Register the contract first, or let "
                "the municipality decide on the scheme.",
            ),
            {"theme": scheme.theme_name, "date": format_date(received_on)},
            field="scheme_id",
        )
    return holder


# --- reading applications ---------------------------------------------------------------------


def _filter_clauses(flt: ApplicationFilter) -> list[Any]:
    a = Application
    clauses: list[Any] = []
    if flt.scheme_id is not None:
        clauses.append(a.scheme_id == flt.scheme_id)
    if flt.theme_id is not None:
        clauses.append(SubsidyScheme.theme_id == flt.theme_id)
    if flt.year is not None:
        clauses.append(SubsidyScheme.year == flt.year)
    if flt.statuses:
        clauses.append(a.status.in_(sorted(flt.statuses)))
    if flt.applicant_id is not None:
        clauses.append(a.applicant_id == flt.applicant_id)
    if flt.deciding_organisation_id is not None:
        clauses.append(a.deciding_organisation_id == flt.deciding_organisation_id)
    if flt.deciding_body is DecidingBody.MUNICIPALITY:
        clauses.append(a.deciding_organisation_id.is_(None))
    elif flt.deciding_body is DecidingBody.CONTRACT_HOLDER:
        clauses.append(a.deciding_organisation_id.is_not(None))
    if flt.report_overdue:
        # Narrowed here; the tier and the due date are the rules' (see list_applications).
        clauses.append(a.status.in_(sorted(rules.OPEN_GRANTS)))
        clauses.append(a.report_received_on.is_(None))
    if flt.district_id is not None:
        clauses.append(
            a.id.in_(
                select(application_districts.c.application_id).where(
                    application_districts.c.district_id == flt.district_id
                )
            )
        )
    return clauses


def _application_records(
    session: Session, clauses: Sequence[Any], *, today: date | None = None
) -> list[ApplicationRecord]:
    """Applications matching ``clauses`` with names, districts, payments and deadlines, in a
    few set-based queries (no query per application)."""
    a = Application
    decider = Organisation.__table__.alias("decider")
    applicant = Organisation.__table__.alias("applicant")
    query = (
        select(
            a,
            SubsidyScheme.name,
            SubsidyScheme.year,
            SubsidyScheme.theme_id,
            Theme.name,
            SubsidyScheme.decision_term_weeks,
            applicant.c.name,
            applicant.c.kvk,
            decider.c.name,
            SubsidyScheme.atw_applies,
            SubsidyScheme.own_decision_term,
            SubsidyScheme.report_activity_from,
            SubsidyScheme.report_financial_from,
            SubsidyScheme.report_due_weeks,
        )
        .join(SubsidyScheme, SubsidyScheme.id == a.scheme_id)
        .outerjoin(Theme, Theme.id == SubsidyScheme.theme_id)
        .join(applicant, applicant.c.id == a.applicant_id)
        .outerjoin(decider, decider.c.id == a.deciding_organisation_id)
        .where(*clauses)
        .order_by(SubsidyScheme.year.desc(), a.reference)
    )
    rows = session.execute(query).all()
    if not rows:
        return []
    ids = [row[0].id for row in rows]
    wanted: Any = a.id.in_(ids) if len(ids) < 500 else None
    districts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    district_query = select(
        application_districts.c.application_id, District.id, District.name
    ).join(District, District.id == application_districts.c.district_id)
    payment_query = select(Payment.application_id, Payment.kind, func.sum(Payment.amount)).group_by(
        Payment.application_id, Payment.kind
    )
    request_query = select(CompletenessRequest)
    if wanted is not None:
        district_query = district_query.where(application_districts.c.application_id.in_(ids))
        payment_query = payment_query.where(Payment.application_id.in_(ids))
        request_query = request_query.where(CompletenessRequest.application_id.in_(ids))
    for application_id, district_id, name in session.execute(
        district_query.order_by(District.number)
    ):
        districts[application_id].append((district_id, name))
    paid: dict[tuple[int, PaymentKind], Decimal] = {
        (application_id, PaymentKind(kind)): total
        for application_id, kind, total in session.execute(payment_query)
    }
    suspensions: dict[int, list[Suspension]] = defaultdict(list)
    for request in session.scalars(request_query):
        suspensions[request.application_id].append(
            Suspension(request.requested_on, request.period_days, request.completed_on)
        )
    calendar = calendar_of(session)
    on = today or current_day()
    records = []
    for row in rows:
        app: Application = row[0]
        own_districts = districts.get(app.id, [])
        tier = (
            rules.report_tier(app.granted, row[11], row[12])
            if app.granted is not None and app.granted > 0
            else ReportTier.NONE
        )
        report_due = (
            rules.report_due(rules.activity_end(app.activity_ends_on, row[2]), row[13])
            if tier is not ReportTier.NONE
            else None
        )
        due = rules.decision_deadline(
            app.received_on,
            term_weeks=row[5] if row[10] else None,
            atw_declared=row[9],
            suspensions=suspensions.get(app.id, ()),
            today=on,
            calendar=calendar,
        )
        records.append(
            ApplicationRecord(
                id=app.id,
                scheme_id=app.scheme_id,
                applicant_id=app.applicant_id,
                activity=app.activity,
                requested=app.requested,
                received_on=app.received_on,
                reference=app.reference,
                goals=app.goals,
                district_ids=tuple(d for d, _n in own_districts),
                budget_total=app.budget_total,
                other_funders=app.other_funders,
                members=app.members,
                completed_at=app.completed_at,
                notes=app.notes,
                their_reference=app.their_reference,
                ranking_score=app.ranking_score,
                scheme_name=row[1],
                year=row[2],
                theme_id=row[3],
                theme_name=row[4] or "",
                applicant_name=row[6],
                applicant_kvk=row[7] or "",
                deciding_body=DecidingBody.MUNICIPALITY
                if app.deciding_organisation_id is None
                else DecidingBody.CONTRACT_HOLDER,
                deciding_organisation_id=app.deciding_organisation_id,
                deciding_organisation_name=row[8] or "",
                district_names=tuple(n for _d, n in own_districts),
                status=app.status,
                decision_on=app.decision_on,
                granted=app.granted,
                settled=app.settled,
                settlement_reason=app.settlement_reason,
                settlement_above_grant_reason=app.settlement_above_grant_reason,
                settled_on=app.settled_on,
                refusal_reason=app.refusal_reason,
                advances_paid=paid.get((app.id, PaymentKind.ADVANCE), ZERO),
                reclaimed=paid.get((app.id, PaymentKind.RECLAIM), ZERO),
                decision_due=due.due,
                decision_due_basis=due.basis,
                activity_ends_on=app.activity_ends_on,
                report_tier=tier,
                report_due=report_due,
                report_received_on=app.report_received_on,
                report_reminded_on=app.report_reminded_on,
                report_assessed_on=app.report_assessed_on,
                report_assessed_amount=app.report_assessed_amount,
                report_assessment=app.report_assessment,
                report_overdue=rules.report_overdue(
                    tier, app.status, report_due, app.report_received_on, on
                ),
                # From the day the decision letter went out, once recorded.
                objection_due=rules.objection_deadline(
                    app.decision_letter_sent_on or app.decision_on, calendar
                ).due
                if app.decision_on is not None
                else None,
                version=app.version,
            )
        )
    return records


def list_applications(
    session: Session,
    filter: ApplicationFilter | None = None,
    *,
    today: date | None = None,
) -> list[ApplicationRecord]:
    """Applications matching the filter (all when None), newest year first, by reference."""
    require(session, Permission.VIEW)
    wanted = filter or ApplicationFilter()
    records = _application_records(session, _filter_clauses(wanted), today=today)
    if wanted.report_overdue:
        records = [record for record in records if record.report_overdue]
    return records


def get_application(session: Session, application_id: int) -> ApplicationRecord:
    require(session, Permission.VIEW)
    found = _application_records(session, [Application.id == application_id])
    if not found:
        raise NotFoundError(_APPLICATION_GONE)
    return found[0]


def list_payments(session: Session, application_id: int) -> list[PaymentRecord]:
    require(session, Permission.VIEW)
    return [
        PaymentRecord(p.id, p.application_id, p.kind, p.amount, p.paid_on, p.reference, p.version)
        for p in session.scalars(
            select(Payment)
            .where(Payment.application_id == application_id)
            .order_by(Payment.paid_on, Payment.id)
        )
    ]


def list_completeness_requests(
    session: Session, application_id: int
) -> list[CompletenessRequestRecord]:
    require(session, Permission.VIEW)
    return [
        CompletenessRequestRecord(
            r.id, r.application_id, r.requested_on, r.period_days, r.completed_on, r.version
        )
        for r in session.scalars(
            select(CompletenessRequest)
            .where(CompletenessRequest.application_id == application_id)
            .order_by(CompletenessRequest.requested_on, CompletenessRequest.id)
        )
    ]


# --- saving applications ----------------------------------------------------------------------


def _next_reference(session: Session, year: int) -> str:
    """The reference after the highest number of ``year`` (:func:`rules.next_reference`)."""
    references = session.scalars(
        select(Application.reference).where(Application.reference.like(f"{year}-%"))
    ).all()
    highest = rules.highest_numbers(references).get(year, 0)
    return rules.next_reference(year, highest, set(references))[0]


def check_received_in_period(scheme: SchemeRecord, received_on: date) -> None:
    """Refuse an application received before the scheme opens or after it closes."""
    problem = rules.period_problem(scheme.name, scheme.opens_on, scheme.closes_on, received_on)
    if problem is not None:
        raise_first([problem])


def save_application(session: Session, record: ApplicationRecord) -> ApplicationRecord:
    """Create (id None) or update an application; the status flow has its own functions.

    The scheme must be open on the date of receipt, the applicant an existing organisation, the
    requested amount more than zero. The deciding body is set from the scheme and year. After a
    decision only the texts (activity, goals, other funders, notes) and districts may change.
    """
    require(session, Permission.EDIT_SUBSIDIES)
    record = replace(
        record,
        reference=record.reference.strip(),
        activity=record.activity.strip(),
        goals=record.goals.strip(),
        other_funders=record.other_funders.strip(),
        notes=record.notes.strip(),
        their_reference=record.their_reference.strip(),
        requested=_money(record.requested) or ZERO,
        budget_total=_money(record.budget_total),
        ranking_score=record.ranking_score.quantize(SCORE_PLACES, rounding=ROUND_HALF_UP)
        if record.ranking_score is not None
        else None,
        completed_at=as_utc(record.completed_at) if record.completed_at else None,
        district_ids=tuple(dict.fromkeys(record.district_ids)),
    )
    raise_first(check_application(record))
    scheme_rows = _scheme_records(session, SubsidyScheme.id == record.scheme_id)
    if not scheme_rows:
        raise ValidationError(
            N_("Errors", "This subsidy scheme no longer exists; choose the scheme again."),
            field="scheme_id",
        )
    scheme = scheme_rows[0]
    if session.get(Organisation, record.applicant_id) is None:
        raise ValidationError(
            N_(
                "Errors",
                "The applicant must be an organisation in the register; choose it or add it "
                "to the organisations first.",
            ),
            field="applicant_id",
        )
    if record.district_ids:
        known = set(
            session.scalars(select(District.id).where(District.id.in_(record.district_ids)))
        )
        if known != set(record.district_ids):
            raise ValidationError(
                N_("Errors", "A district of this application no longer exists; choose it again."),
                field="district_ids",
            )
    if record.reference:
        clash = session.scalar(
            select(Application.id).where(Application.reference == record.reference)
        )
        if clash is not None and clash != record.id:
            raise ValidationError(
                N_("Errors", "Another application already has reference {reference}."),
                {"reference": record.reference},
                field="reference",
            )
    if record.id is None:
        check_received_in_period(scheme, record.received_on)
        app = Application(
            reference=record.reference or _next_reference(session, scheme.year),
            scheme_id=record.scheme_id,
            applicant_id=record.applicant_id,
            activity=record.activity,
            requested=record.requested,
            received_on=record.received_on,
            status=S.COMPLETE if record.completed_at else S.RECEIVED,
        )
        session.add(app)
    else:
        found = session.get(Application, record.id)
        if found is None:
            raise NotFoundError(_APPLICATION_GONE)
        if found.version != record.version:
            raise ConflictError(STALE)
        app = found
        if app.status not in UNDECIDED and (
            app.scheme_id != record.scheme_id
            or app.applicant_id != record.applicant_id
            or app.requested != record.requested
            or app.received_on != record.received_on
        ):
            raise ValidationError(
                N_(
                    "Errors",
                    "This application has been decided; its scheme, applicant, amount and date "
                    "of receipt can no longer change.",
                ),
                field="requested",
            )
        if app.status not in UNDECIDED and app.ranking_score != record.ranking_score:
            raise ValidationError(
                N_(
                    "Errors",
                    "This application has been decided; its score can no longer change.",
                ),
                field="ranking_score",
            )
        if app.received_on != record.received_on or app.scheme_id != record.scheme_id:
            check_received_in_period(scheme, record.received_on)
        if record.reference:
            assign(app, "reference", record.reference)
        if record.completed_at is not None and rules.can(Step.MARK_COMPLETE, app.status):
            assign(app, "status", S.COMPLETE)
    if app.status in UNDECIDED:
        assign(
            app,
            "deciding_organisation_id",
            deciding_organisation(session, scheme, record.received_on),
        )
    for name in (
        "scheme_id",
        "applicant_id",
        "activity",
        "goals",
        "requested",
        "budget_total",
        "other_funders",
        "members",
        "received_on",
        "completed_at",
        "notes",
        "their_reference",
        "ranking_score",
        "activity_ends_on",
    ):
        assign(app, name, getattr(record, name))
    wanted = list(record.district_ids)
    current = [] if record.id is None else [d.id for d in app.districts]
    if current != wanted:
        by_id = {d.id: d for d in session.scalars(select(District).where(District.id.in_(wanted)))}
        app.districts = [by_id[i] for i in wanted]
    session.flush()
    return get_application(session, app.id)


# --- status flow ------------------------------------------------------------------------------


def _load(session: Session, application_id: int, version: int | None) -> Application:
    return load(session, Application, application_id, _APPLICATION_GONE, version)


def request_completion(
    session: Session,
    application_id: int,
    *,
    on: date,
    period_days: int | None = None,
    version: int | None = None,
) -> ApplicationRecord:
    """Ask the applicant to complete the application; the decision term stands still from the
    day after ``on`` until it is completed or the period (default: the scheme's) runs out."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.REQUEST_COMPLETION, app.status, app.reference)
    if on < app.received_on:
        raise ValidationError(
            N_("Errors", "A completion request comes on or after the date of receipt."),
            field="requested_on",
        )
    scheme = session.get(SubsidyScheme, app.scheme_id)
    assert scheme is not None
    days = scheme.completion_days if period_days is None else period_days
    if days < 1:
        raise ValidationError(
            N_("Errors", "The completion period is at least one day."), field="period_days"
        )
    session.add(CompletenessRequest(application_id=app.id, requested_on=on, period_days=days))
    assign(app, "status", S.INCOMPLETE)
    assign(app, "completed_at", None)
    session.flush()
    return get_application(session, app.id)


def mark_complete(
    session: Session, application_id: int, *, at: datetime, version: int | None = None
) -> ApplicationRecord:
    """The application is complete from ``at`` (the moment that orders first come, first
    served); an open completion request ends that day."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.MARK_COMPLETE, app.status, app.reference)
    moment = as_utc(at)
    day = local_date(moment)
    if day < app.received_on:
        raise ValidationError(
            N_("Errors", "An application becomes complete on or after the date of receipt."),
            field="completed_at",
        )
    for request in session.scalars(
        select(CompletenessRequest).where(
            CompletenessRequest.application_id == app.id,
            CompletenessRequest.completed_on.is_(None),
        )
    ):
        request.completed_on = max(day, request.requested_on)
    assign(app, "completed_at", moment)
    assign(app, "status", S.COMPLETE)
    session.flush()
    return get_application(session, app.id)


def _check_deciding_body(
    session: Session, app: Application, deciding_organisation_id: int | None
) -> None:
    expected = app.deciding_organisation_id
    name = (
        session.scalar(select(Organisation.name).where(Organisation.id == expected))
        if expected is not None and expected != deciding_organisation_id
        else None
    )
    problem = rules.deciding_body_problem(
        expected, name or "", deciding_organisation_id, app.reference
    )
    if problem is not None:
        raise_first([problem])


def _granted_in_scheme(session: Session, scheme_id: int, *, exclude: int | None = None) -> Decimal:
    query = select(func.coalesce(func.sum(Application.granted), 0)).where(
        Application.scheme_id == scheme_id, Application.status.in_(sorted(USING_BUDGET))
    )
    if exclude is not None:
        query = query.where(Application.id != exclude)
    return Decimal(session.scalar(query) or 0)


def _granted_to_applicant(session: Session, app: Application) -> Decimal:
    return Decimal(
        session.scalar(
            select(func.coalesce(func.sum(Application.granted), 0)).where(
                Application.scheme_id == app.scheme_id,
                Application.applicant_id == app.applicant_id,
                Application.status.in_(sorted(USING_BUDGET)),
                Application.id != app.id,
            )
        )
        or 0
    )


def _check_decision_date(app: Application, on: date) -> None:
    if on < app.received_on:
        raise ValidationError(
            rules.BEFORE_RECEIPT, {"date": format_date(app.received_on)}, field="decision_on"
        )


def decide(
    session: Session,
    application_id: int,
    *,
    granted: Decimal,
    on: date,
    deciding_organisation_id: int | None,
    version: int | None = None,
) -> ApplicationRecord:
    """Grant ``granted`` (all or part of the request) by the application's deciding body.

    Refused beyond what the applicable ceiling (the higher of the one in force on the date of
    receipt and on the day of the decision) leaves after the scheme's other grants, beyond the
    maximum per applicant or the amount per member, and when ``deciding_organisation_id``
    (None: the municipality) is not the deciding body.
    """
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.GRANT, app.status, app.reference)
    _check_deciding_body(session, app, deciding_organisation_id)
    amount = _money(granted) or ZERO
    scheme = get_scheme(session, app.scheme_id)
    context = rules.GrantContext(
        scheme_name=scheme.name,
        ceiling=rules.scheme_ceiling(scheme, app.received_on, on),
        granted_before=_granted_in_scheme(session, app.scheme_id, exclude=app.id),
        max_per_applicant=scheme.max_per_applicant,
        used_by_applicant=_granted_to_applicant(session, app)
        if scheme.max_per_applicant is not None
        else ZERO,
        amount_per_member=scheme.amount_per_member,
        members=app.members,
    )
    raise_first(rules.grant_problems(amount, app.requested, app.received_on, on, context))
    _record_grant(session, app, amount, on, scheme)
    session.flush()
    return get_application(session, app.id)


def _record_grant(
    session: Session, app: Application, amount: Decimal, on: date, scheme: SchemeRecord
) -> None:
    """Record a grant decision; a grant of the lowest tier is settled by it at once, at the
    granted amount (:func:`rules.settled_at_grant`). Every path that grants comes here."""
    assign(app, "granted", amount)
    assign(app, "decision_on", on)
    assign(app, "status", rules.granted_status(amount, app.requested))
    if rules.settled_at_grant(amount, scheme.report_activity_from, scheme.report_financial_from):
        _record_settlement(session, app, amount, None, "", on)


def refuse(
    session: Session,
    application_id: int,
    *,
    on: date,
    reason: str,
    deciding_organisation_id: int | None = None,
    version: int | None = None,
) -> ApplicationRecord:
    """Refuse the application (by its deciding body), with the reason for the letter."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.REFUSE, app.status, app.reference)
    _check_deciding_body(session, app, deciding_organisation_id)
    _check_decision_date(app, on)
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            N_("Errors", "Give the reason for the refusal; it goes into the letter."),
            field="reason",
        )
    assign(app, "granted", ZERO)
    assign(app, "decision_on", on)
    assign(app, "status", S.REFUSED)
    assign(app, "refusal_reason", reason)
    session.flush()
    return get_application(session, app.id)


def withdraw(
    session: Session, application_id: int, *, on: date, version: int | None = None
) -> ApplicationRecord:
    """The applicant withdraws the application (before any advance is paid)."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.WITHDRAW, app.status, app.reference)
    assign(app, "status", S.WITHDRAWN)
    session.flush()
    return get_application(session, app.id)


def pay_advance(
    session: Session,
    application_id: int,
    amount: Decimal,
    *,
    on: date,
    reference: str = "",
    version: int | None = None,
) -> ApplicationRecord:
    """Pay an advance on the grant; all advances together stay within the grant."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.PAY_ADVANCE, app.status, app.reference)
    value = _money(amount) or ZERO
    if value <= 0:
        raise ValidationError(N_("Errors", "An advance is more than zero euros."), field="amount")
    long = rules.too_long("reference", reference.strip(), "payment_reference")
    if long is not None:
        raise_first([long])
    paid = Decimal(
        session.scalar(
            select(func.coalesce(func.sum(Payment.amount), 0)).where(
                Payment.application_id == app.id, Payment.kind == PaymentKind.ADVANCE
            )
        )
        or 0
    )
    granted = app.granted or ZERO
    if paid + value > granted:
        raise ValidationError(
            N_(
                "Errors",
                "Advances together may not exceed the grant of {granted}; {paid} was paid already.",
            ),
            {"granted": format_money(granted), "paid": format_money(paid)},
            field="amount",
        )
    session.add(
        Payment(
            application_id=app.id,
            kind=PaymentKind.ADVANCE,
            amount=value,
            paid_on=on,
            reference=reference.strip(),
        )
    )
    assign(app, "status", S.ADVANCE_PAID)
    session.flush()
    return get_application(session, app.id)


def settle(
    session: Session,
    application_id: int,
    amount: Decimal,
    reason: SettlementReason | None = None,
    above_grant_reason: str = "",
    *,
    on: date | None = None,
    version: int | None = None,
) -> ApplicationRecord:
    """Settle (vaststellen) the subsidy at ``amount``.

    Lower than the grant only with a recorded ``reason``; higher only with an explicit decision
    ``above_grant_reason``. Advances are offset: the rest is paid (a settlement payment), a
    negative balance is reclaimed (a reclaim).
    """
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.SETTLE, app.status, app.reference)
    day = on or current_day()
    if app.decision_on is not None and day < app.decision_on:
        raise ValidationError(
            N_(
                "Errors",
                "A settlement is dated on or after the grant decision of {date}; choose a later "
                "date.",
            ),
            {"date": format_date(app.decision_on)},
            field="settled_on",
        )
    value = _money(amount)
    if value is None or value < 0:
        raise ValidationError(
            N_("Errors", "The settled amount is zero euros or more."), field="amount"
        )
    granted = app.granted or ZERO
    above_grant_reason = above_grant_reason.strip()
    if value < granted and reason is None:
        raise ValidationError(
            N_(
                "Errors",
                "The settlement of {amount} is lower than the grant of {granted}; choose the "
                "reason (activities not carried out, obligations not met, wrong information, "
                "or wrongly granted).",
            ),
            {"amount": format_money(value), "granted": format_money(granted)},
            field="settlement_reason",
        )
    if value > granted and not above_grant_reason:
        raise ValidationError(
            N_(
                "Errors",
                "The settlement of {amount} is higher than the grant of {granted}; that needs an "
                "explicit decision: record its reason.",
            ),
            {"amount": format_money(value), "granted": format_money(granted)},
            field="settlement_above_grant_reason",
        )
    _record_settlement(session, app, value, reason, above_grant_reason, day)
    session.flush()
    return get_application(session, app.id)


def _record_settlement(
    session: Session,
    app: Application,
    value: Decimal,
    reason: SettlementReason | None,
    above_grant_reason: str,
    day: date,
) -> None:
    """Record a settlement (checked by the caller): advances offset, the rest paid or
    reclaimed."""
    granted = app.granted or ZERO
    advances = Decimal(
        session.scalar(
            select(func.coalesce(func.sum(Payment.amount), 0)).where(
                Payment.application_id == app.id, Payment.kind == PaymentKind.ADVANCE
            )
        )
        or 0
    )
    balance = value - advances
    if balance > 0:
        session.add(
            Payment(application_id=app.id, kind=PaymentKind.SETTLEMENT, amount=balance, paid_on=day)
        )
    elif balance < 0:
        session.add(
            Payment(application_id=app.id, kind=PaymentKind.RECLAIM, amount=-balance, paid_on=day)
        )
    assign(app, "settled", value)
    assign(app, "settled_on", day)
    assign(app, "settlement_reason", reason if value < granted else None)
    assign(app, "settlement_above_grant_reason", above_grant_reason if value > granted else "")
    assign(app, "status", S.SETTLED)


def close(
    session: Session, application_id: int, *, version: int | None = None
) -> ApplicationRecord:
    """Close a settled, refused or withdrawn application: nothing more happens to it."""
    require(session, Permission.EDIT_SUBSIDIES)
    app = _load(session, application_id, version)
    rules.require_step(Step.CLOSE, app.status, app.reference)
    assign(app, "status", S.CLOSED)
    session.flush()
    return get_application(session, app.id)


# --- accountability (verantwoording) ----------------------------------------------------------


def _report_app(
    session: Session, application_id: int, version: int | None
) -> tuple[Application, ApplicationRecord]:
    app = _load(session, application_id, version)
    record = get_application(session, app.id)
    problem = rules.report_problem(record.report_tier, app.status, app.reference, app.granted)
    if problem is not None:
        raise_first([problem])
    return app, record


def _check_report_date(app: Application, on: date) -> None:
    if app.decision_on is not None and on < app.decision_on:
        raise ValidationError(
            rules.REPORT_BEFORE_GRANT, {"date": format_date(app.decision_on)}, field="on"
        )


def receive_report(
    session: Session, application_id: int, *, on: date, version: int | None = None
) -> ApplicationRecord:
    """The accountability report (and, in the highest tier, the financial statement) of a
    grant came in on ``on``."""
    require(session, Permission.EDIT_SUBSIDIES)
    app, _record = _report_app(session, application_id, version)
    _check_report_date(app, on)
    assign(app, "report_received_on", on)
    session.flush()
    return get_application(session, app.id)


def assess_report(
    session: Session,
    application_id: int,
    *,
    on: date,
    amount: Decimal,
    note: str = "",
    version: int | None = None,
) -> ApplicationRecord:
    """The received report is assessed: ``amount`` is what the activities carried out justify
    (at most the grant); the settlement is proposed from it."""
    require(session, Permission.EDIT_SUBSIDIES)
    app, _record = _report_app(session, application_id, version)
    if app.report_received_on is None:
        raise ValidationError(
            rules.REPORT_NOT_RECEIVED, {"reference": app.reference}, field="status"
        )
    if on < app.report_received_on:
        raise ValidationError(
            N_("Errors", "A report is assessed on or after its receipt ({date})."),
            {"date": format_date(app.report_received_on)},
            field="on",
        )
    value = _money(amount)
    granted = app.granted or ZERO
    if value is None or value < 0:
        raise ValidationError(
            N_("Errors", "The assessed amount is zero euros or more."), field="amount"
        )
    if value > granted:
        raise ValidationError(
            rules.ASSESSED_ABOVE_GRANT,
            {"amount": format_money(value), "granted": format_money(granted)},
            field="amount",
        )
    assign(app, "report_assessed_on", on)
    assign(app, "report_assessed_amount", value)
    assign(app, "report_assessment", note.strip())
    session.flush()
    return get_application(session, app.id)


def remind_report(
    session: Session, application_id: int, *, on: date, version: int | None = None
) -> ApplicationRecord:
    """Record that the applicant was reminded of an overdue report."""
    require(session, Permission.EDIT_SUBSIDIES)
    app, _record = _report_app(session, application_id, version)
    record = _application_records(session, [Application.id == app.id], today=on)[0]
    if not record.report_overdue:
        raise ValidationError(
            rules.REMINDER_NOT_DUE,
            {"reference": app.reference, "date": format_date(record.report_due)},
            field="on",
        )
    assign(app, "report_reminded_on", on)
    session.flush()
    return get_application(session, app.id)


def settlement_proposal(
    session: Session, application_id: int, *, today: date | None = None
) -> rules.SettlementProposal:
    """The settlement the accountability leads to (see :func:`rules.settlement_proposal`)."""
    require(session, Permission.VIEW)
    found = _application_records(session, [Application.id == application_id], today=today)
    if not found:
        raise NotFoundError(_APPLICATION_GONE)
    record = found[0]
    if record.granted is None or not rules.can(Step.SETTLE, record.status):
        raise ValidationError(
            rules.REPORT_WITHOUT_GRANT, {"reference": record.reference}, field="status"
        )
    return rules.settlement_proposal(
        record.report_tier,
        record.granted,
        due=record.report_due,
        received=record.report_received_on,
        assessed_amount=record.report_assessed_amount,
        reminded=record.report_reminded_on,
        today=today or current_day(),
    )


# --- allocation -------------------------------------------------------------------------------


_MISSING_SCORES_SHOWN = 10


def _allocation_inputs(
    session: Session, scheme_id: int, on: date
) -> tuple[SchemeRecord, SchemeInput, list[ApplicationInput]]:
    scheme = get_scheme(session, scheme_id)
    ranking = scheme.distribution_rule is DistributionRule.RANKING
    # Core columns and plain tuples, no ORM objects: 50,000 applications must be read and
    # turned into inputs well within a second. The complete applications come in the fields'
    # own order, so that each row becomes an input without a Python call per field; the
    # applicant's name by a join; the score only when the rule ranks by it. The moment of
    # completion is read without the UTCDateTime decorator: the engine takes a moment without
    # a zone as UTC (SQLite drops it), which saves a conversion per row. What earlier
    # decisions committed comes in a second query over the decided applications only. The
    # database hands the rows over in the order of completion: the engine still sorts them
    # itself, but a sort of rows that are already in order takes one comparison per row.
    a, organisation = Application.__table__.c, Organisation.__table__.c
    in_scheme = a.scheme_id == scheme_id
    rows = session.execute(
        select(
            a.id,
            a.applicant_id,
            a.requested,
            a.received_on,
            type_coerce(a.completed_at, DateTime(timezone=True)),
            a.ranking_score if ranking else null(),
            a.members,
            a.reference,
            organisation.name,
        )
        .join_from(Application.__table__, Organisation.__table__, a.applicant_id == organisation.id)
        .where(in_scheme, a.status == S.COMPLETE)
        .order_by(a.completed_at, a.received_on, a.id)
    ).all()
    # All rows at once (one fetch, not one call per row), each made an input by tuple.__new__
    # (the named tuple's own constructor is a Python function).
    pending: list[ApplicationInput] = list(map(partial(tuple.__new__, ApplicationInput), rows))
    del rows
    committed = ZERO
    by_applicant: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for applicant_id, granted in session.execute(
        select(a.applicant_id, a.granted).where(
            in_scheme, a.status.in_(sorted(USING_BUDGET)), a.granted.is_not(None)
        )
    ):
        committed += granted
        by_applicant[applicant_id] += granted
    unscored = [p.reference for p in pending if p.score is None] if ranking else []
    if unscored:
        unscored.sort()
        shown = ", ".join(unscored[:_MISSING_SCORES_SHOWN])
        if len(unscored) > _MISSING_SCORES_SHOWN:
            shown += " …"
        raise ValidationError(
            N_(
                "Errors",
                "Scheme {scheme} ranks applications by their score, but {count} complete "
                "applications have no score: {references}. Enter their scores first.",
            ),
            {"scheme": scheme.name, "count": len(unscored), "references": shown},
            field="ranking_score",
        )
    scheme_input = SchemeInput(
        ceiling=scheme.ceiling,
        rule=scheme.distribution_rule,
        ceiling_changes=tuple((c.changed_on, c.ceiling) for c in scheme.ceiling_changes),
        max_per_applicant=scheme.max_per_applicant,
        amount_per_member=scheme.amount_per_member,
        committed=committed,
        committed_by_applicant=dict(by_applicant),
        scheme_id=scheme.id,
        decided_on=on,
    )
    return scheme, scheme_input, pending


def trial_allocation(session: Session, scheme_id: int, *, on: date | None = None) -> Allocation:
    """Who would get what under the scheme's rule if decided on ``on`` (default today): the
    complete, undecided applications share what earlier grants leave of the ceiling that
    applies to each (:func:`rules.applicable_ceiling`). Nothing is written.

    A ranking scheme orders them by their score (highest first); it is refused, naming them,
    while a complete application has no score.
    """
    require(session, Permission.VIEW)
    # 50,000 applications make a few hundred thousand objects and no cycles; the collector's
    # full passes over them (and over everything else alive) cost as much as the work itself.
    from ssb_desktop.excel.reading import collector_paused

    with collector_paused():
        _scheme, scheme_input, pending = _allocation_inputs(session, scheme_id, on or current_day())
        allocation = allocate(scheme_input, pending)
        # The inputs go before the collector resumes: its first pass then has only the lines.
        del pending
    return allocation


def apply_allocation(
    session: Session,
    scheme_id: int,
    *,
    on: date | None = None,
    describe: Callable[[AllocationLine], str] = AllocationLine.english,
) -> int:
    """Record the trial allocation as decisions (grants and refusals for lack of budget, with
    the reason for the letter), each by the application's own deciding body; all or nothing.
    ``describe`` words a refusal's reason as the letter will quote it: the caller passes one in
    the user's language. Returns the number of decisions."""
    require(session, Permission.EDIT_SUBSIDIES)
    day = on or current_day()
    scheme = get_scheme(session, scheme_id)
    allocation = trial_allocation(session, scheme_id, on=day)
    apps = {
        app.id: app
        for app in session.scalars(
            select(Application).where(
                Application.id.in_([line.application_id for line in allocation.lines])
            )
        )
    }
    late = [app.reference for app in apps.values() if day < app.received_on]
    if late:
        raise ValidationError(
            N_(
                "Errors",
                "The decision date lies before the receipt of application {reference}; choose "
                "a later date.",
            ),
            {"reference": min(late)},
            field="decision_on",
        )
    with session.begin_nested():
        for line in allocation.lines:
            app = apps[line.application_id]
            if line.granted > 0:
                _record_grant(session, app, line.granted, day, scheme)
            else:
                assign(app, "granted", ZERO)
                assign(app, "status", S.REFUSED)
                assign(app, "refusal_reason", describe(line))
                assign(app, "decision_on", day)
        session.flush()
    return len(allocation.lines)


# --- decision letters -------------------------------------------------------------------------

_LETTER_KINDS = {
    S.GRANTED: SubsidyLetterKind.GRANT,
    S.PARTLY_GRANTED: SubsidyLetterKind.GRANT,
    S.ADVANCE_PAID: SubsidyLetterKind.GRANT,
    S.REFUSED: SubsidyLetterKind.REFUSAL,
    S.SETTLED: SubsidyLetterKind.SETTLEMENT,
}
_NOTE_DATE = re.compile(r"^\d{2}-\d{2}-\d{4}: ")


def letter_contents(
    session: Session,
    *,
    scheme_id: int | None = None,
    application_ids: Sequence[int] | None = None,
    on: date | None = None,
) -> list[SubsidyLetterContent]:
    """The decision letters due: a grant letter for a (partly) granted application (dated the
    decision), a refusal letter for a refused one (quoting its refusal reason), a settlement
    letter for a settled one (dated the settlement; ``on``, default today, only for one without
    a settlement date), and one letter that grants and settles for a grant settled by the
    grant decision itself (:func:`rules.granted_and_settled_at_once`). Applications without a
    decision get none."""
    require(session, Permission.VIEW)
    clauses: list[Any] = [Application.status.in_(sorted(_LETTER_KINDS))]
    if scheme_id is not None:
        clauses.append(Application.scheme_id == scheme_id)
    if application_ids is not None:
        clauses.append(Application.id.in_(list(application_ids)))
    records = _application_records(session, clauses)
    applicants = {
        org.id: org
        for org in session.scalars(
            select(Organisation).where(Organisation.id.in_({r.applicant_id for r in records}))
        )
    }
    calendar = calendar_of(session)
    # The recorded send dates (services/subsidy_letters.py); the objection period runs from it.
    sent = {
        row.id: row
        for row in session.execute(
            select(
                Application.id,
                Application.decision_letter_sent_on,
                Application.settlement_letter_sent_on,
            ).where(Application.id.in_([r.id for r in records]))
        )
    }
    letters = []
    for record in records:
        kind = _LETTER_KINDS[record.status]
        if kind is SubsidyLetterKind.SETTLEMENT and rules.granted_and_settled_at_once(
            record.report_tier,
            record.granted,
            record.settled,
            record.decision_on,
            record.settled_on,
        ):
            # One letter grants and settles; either send date (a settlement letter sent
            # before the combined letter existed) means it went out.
            kind = SubsidyLetterKind.GRANT_SETTLED
            letter_date = record.decision_on or on or current_day()
            sent_on = (
                sent[record.id].decision_letter_sent_on or sent[record.id].settlement_letter_sent_on
            )
        elif kind is SubsidyLetterKind.SETTLEMENT:
            letter_date = record.settled_on or on or current_day()
            sent_on = sent[record.id].settlement_letter_sent_on
        else:
            letter_date = record.decision_on or on or current_day()
            sent_on = sent[record.id].decision_letter_sent_on
        applicant = applicants[record.applicant_id]
        reason = ""
        if kind is SubsidyLetterKind.REFUSAL:
            reason = record.refusal_reason
            if not reason and record.notes and _NOTE_DATE.match(record.notes.splitlines()[-1]):
                # Refused before the reason had its own field (schema 0004): a dated note line.
                reason = _NOTE_DATE.sub("", record.notes.splitlines()[-1])
        letters.append(
            SubsidyLetterContent(
                kind=kind,
                application=record,
                scheme_name=record.scheme_name,
                letter_date=letter_date,
                objection_due=rules.objection_deadline(sent_on or letter_date, calendar).due,
                decided_by=record.deciding_organisation_name,
                refusal_reason=reason,
                sent_on=sent_on,
                **_addressed_to(applicant),
            )
        )
    return letters


class _Addressee(TypedDict):
    addressee_name: str
    addressee_street: str
    addressee_postcode: str
    addressee_city: str
    addressee_contact: str
    addressee_email: str
    addressee_iban: str


def _addressed_to(applicant: Organisation) -> _Addressee:
    """The addressee fields of a letter to ``applicant``: "t.a.v." its first contact, its own
    e-mail address or else the contact's."""
    contact = applicant.contacts[0] if applicant.contacts else None
    return {
        "addressee_name": applicant.name,
        "addressee_street": applicant.street,
        "addressee_postcode": applicant.postcode,
        "addressee_city": applicant.city,
        "addressee_contact": contact.name if contact is not None else "",
        "addressee_email": applicant.email or (contact.email if contact is not None else ""),
        "addressee_iban": applicant.iban or "",
    }


def reminder_content(
    session: Session, application_id: int, *, on: date | None = None
) -> SubsidyLetterContent:
    """The letter that reminds the applicant of its overdue accountability report, dated
    ``on`` (default today); refused while the report is not overdue. A reminder is no
    decision: it has no objection clause (``objection_due`` is its own date)."""
    require(session, Permission.VIEW)
    day = on or current_day()
    found = _application_records(session, [Application.id == application_id], today=day)
    if not found:
        raise NotFoundError(_APPLICATION_GONE)
    record = found[0]
    if not record.report_overdue:
        raise ValidationError(
            rules.REMINDER_NOT_DUE,
            {"reference": record.reference, "date": format_date(record.report_due)},
        )
    applicant = session.get(Organisation, record.applicant_id)
    assert applicant is not None
    return SubsidyLetterContent(
        kind=SubsidyLetterKind.REMINDER,
        application=record,
        scheme_name=record.scheme_name,
        letter_date=day,
        objection_due=day,
        decided_by=record.deciding_organisation_name,
        **_addressed_to(applicant),
    )


# --- money overviews --------------------------------------------------------------------------


def budget_use(session: Session, year: int | None = None) -> list[BudgetUse]:
    """Per scheme: the latest ceiling, what is requested and granted, and what remains."""
    require(session, Permission.VIEW)
    schemes = list_schemes(session, year)
    a = Application
    sums: dict[int, tuple[Decimal, Decimal, int, int]] = {}
    for scheme_id, requested, granted, count, pending in session.execute(
        select(
            a.scheme_id,
            func.coalesce(
                func.sum(case((a.status.in_(sorted(rules.NOT_REQUESTING)), 0), else_=a.requested)),
                0,
            ),
            func.coalesce(
                func.sum(case((a.status.in_(sorted(USING_BUDGET)), a.granted), else_=0)), 0
            ),
            func.count(),
            func.sum(case((a.status.in_(sorted(UNDECIDED)), 1), else_=0)),
        ).group_by(a.scheme_id)
    ):
        sums[scheme_id] = (Decimal(requested), Decimal(granted), count, int(pending or 0))
    result = []
    for scheme in schemes:
        assert scheme.id is not None
        requested, granted, count, pending = sums.get(scheme.id, (ZERO, ZERO, 0, 0))
        ceiling = rules.latest_ceiling(scheme)
        result.append(
            BudgetUse(
                scheme_id=scheme.id,
                scheme_name=scheme.name,
                year=scheme.year,
                theme_name=scheme.theme_name,
                ceiling=ceiling,
                requested=_money(requested) or ZERO,
                granted=_money(granted) or ZERO,
                remaining=_money(rules.ceiling_left(ceiling, granted)) or ZERO,
                applications=count,
                pending=pending,
            )
        )
    return result


def _split(amount: Decimal, parts: int) -> list[Decimal]:
    """``amount`` in ``parts`` shares of whole cents that add up exactly."""
    cents = int(amount.scaleb(2))
    share, rest = divmod(cents, parts)
    return [Decimal(share + (1 if i < rest else 0)).scaleb(-2) for i in range(parts)]


def money_per_theme_and_district(
    session: Session, year: int | None = None
) -> list[MoneyByThemeDistrict]:
    """Contracted (contract values per lot theme, no district) and granted (subsidies per
    scheme theme and application district; a grant to several districts is split evenly) for
    one year (contracts running in it, schemes of it) or all years."""
    require(session, Permission.VIEW)
    themes = dict(session.execute(select(Theme.id, Theme.name)).all())
    district_names = dict(session.execute(select(District.id, District.name)).all())
    contracted: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
    contract_query = select(Lot.theme_id, func.sum(Contract.value)).join(
        Lot, Lot.id == Contract.lot_id
    )
    if year is not None:
        contract_query = contract_query.where(
            Contract.start_date <= date(year, 12, 31), Contract.end_date >= date(year, 1, 1)
        )
    for theme_id, value in session.execute(contract_query.group_by(Lot.theme_id)):
        contracted[theme_id] += Decimal(value or 0)
    granted: dict[tuple[int | None, int | None], Decimal] = defaultdict(lambda: ZERO)
    a = Application
    grant_query = (
        select(a.id, SubsidyScheme.theme_id, a.granted)
        .join(SubsidyScheme, SubsidyScheme.id == a.scheme_id)
        .where(a.status.in_(sorted(USING_BUDGET)), a.granted.is_not(None))
    )
    if year is not None:
        grant_query = grant_query.where(SubsidyScheme.year == year)
    grants = session.execute(grant_query).all()
    districts: dict[int, list[int]] = defaultdict(list)
    if grants:
        for application_id, district_id in session.execute(
            select(application_districts.c.application_id, application_districts.c.district_id)
            .join(Application, Application.id == application_districts.c.application_id)
            .join(District, District.id == application_districts.c.district_id)
            .where(Application.status.in_(sorted(USING_BUDGET)))
            .order_by(District.number)
        ):
            districts[application_id].append(district_id)
    for application_id, theme_id, amount in grants:
        own: list[int | None] = list(districts.get(application_id, [])) or [None]
        for district_id, share in zip(own, _split(amount or ZERO, len(own)), strict=True):
            granted[(theme_id, district_id)] += share
    keys: set[tuple[int | None, int | None]] = set(granted)
    keys |= {(theme_id, None) for theme_id in contracted}
    rows = [
        MoneyByThemeDistrict(
            theme_id=theme_id,
            theme_name=themes.get(theme_id, "") if theme_id is not None else "",
            district_id=district_id,
            district_name=district_names.get(district_id, "") if district_id is not None else "",
            contracted=contracted.get(theme_id, ZERO) if district_id is None else ZERO,
            granted=granted.get((theme_id, district_id), ZERO),
            year=year,
        )
        for theme_id, district_id in keys
    ]
    rows.sort(key=lambda r: (r.theme_name, r.district_id is not None, r.district_name))
    return rows


def register_of_organisation(session: Session, organisation_id: int) -> OrganisationRegister:
    """One register: the organisation's bids, contracts and subsidies per year, with totals."""
    require(session, Permission.VIEW)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFoundError(N_("Errors", "This organisation no longer exists. Reload the list."))
    years: dict[int, dict[str, Any]] = defaultdict(
        lambda: {
            "bids": 0,
            "bid_value": ZERO,
            "contracts": 0,
            "contracted": ZERO,
            "applications": 0,
            "applied": ZERO,
            "granted": ZERO,
            "decided_for_others": 0,
        }
    )
    hidden = visibility_by_lot(session)
    for lot_id, received_at, price in session.execute(
        select(Bid.lot_id, Bid.received_at, price_columns(session)[1])
        .join(BidMember, BidMember.bid_id == Bid.id)
        .where(BidMember.organisation_id == organisation_id)
    ):
        seen = hidden.get(lot_id, FULL)
        if not seen.names:
            continue  # a bid on an anonymised lot is not counted for who may not know of it
        entry = years[(received_at or datetime.now(UTC)).year]
        entry["bids"] += 1
        entry["bid_value"] += (price or ZERO) if seen.prices else ZERO
    for start, value in session.execute(
        select(Contract.start_date, Contract.value)
        .join(ContractParty, ContractParty.contract_id == Contract.id)
        .where(ContractParty.organisation_id == organisation_id)
    ):
        entry = years[start.year]
        entry["contracts"] += 1
        entry["contracted"] += value
    for year, requested, status, granted in session.execute(
        select(SubsidyScheme.year, Application.requested, Application.status, Application.granted)
        .join(SubsidyScheme, SubsidyScheme.id == Application.scheme_id)
        .where(Application.applicant_id == organisation_id)
    ):
        entry = years[year]
        entry["applications"] += 1
        entry["applied"] += requested
        if status in USING_BUDGET and granted is not None:
            entry["granted"] += granted
    for year, count in session.execute(
        select(SubsidyScheme.year, func.count())
        .select_from(Application)
        .join(SubsidyScheme, SubsidyScheme.id == Application.scheme_id)
        .where(
            Application.deciding_organisation_id == organisation_id,
            Application.decision_on.is_not(None),
        )
        .group_by(SubsidyScheme.year)
    ):
        years[year]["decided_for_others"] += count
    per_year = tuple(RegisterYear(year=year, **years[year]) for year in sorted(years))
    totals = RegisterYear(
        year=None,
        bids=sum(y.bids for y in per_year),
        bid_value=sum((y.bid_value for y in per_year), ZERO),
        contracts=sum(y.contracts for y in per_year),
        contracted=sum((y.contracted for y in per_year), ZERO),
        applications=sum(y.applications for y in per_year),
        applied=sum((y.applied for y in per_year), ZERO),
        granted=sum((y.granted for y in per_year), ZERO),
        decided_for_others=sum(y.decided_for_others for y in per_year),
    )
    return OrganisationRegister(organisation_id, organisation.name, per_year, totals)


__all__ = [
    "apply_allocation",
    "assess_report",
    "budget_use",
    "change_ceiling",
    "check_application",
    "check_scheme",
    "close",
    "contract_holder",
    "decide",
    "get_application",
    "get_scheme",
    "letter_contents",
    "list_applications",
    "list_completeness_requests",
    "list_payments",
    "list_schemes",
    "mark_complete",
    "money_per_theme_and_district",
    "pay_advance",
    "receive_report",
    "refuse",
    "register_of_organisation",
    "remind_report",
    "reminder_content",
    "request_completion",
    "save_application",
    "save_scheme",
    "settle",
    "settlement_proposal",
    "trial_allocation",
    "withdraw",
]
