"""The rules of subsidies (DOMAIN.md section 5), each written once.

Pure functions over values and records: no session, no database, no Qt. Every path that
applies a rule (the application and scheme forms, the import, the trial allocation, a single
decision, the budget overview, the command line) calls the function here; a test walks the
program and fails on a second definition of a status set or a ceiling check.

- The status flow: one table, :data:`STEPS`: per step the statuses it may start from.
- Scheme and application checks, with every length limit read from the table definitions.
- The ceiling available to an application: the **higher** of the ceiling in force on the day
  it was received and the one in force on the day of the decision, minus what was granted
  before it in the scheme's order (Awb 4:27: lowering never reaches applications already
  received; raising reaches every application not yet decided).
- The maximum per applicant and the amount per member.
- Received within the scheme's period; who decides; one reference-number policy.
- The decision deadline (Awb 4:13), suspended (Awb 4:15) by the union of the suspended days,
  and the objection deadline (Awb 6:7), each with the scope of the Algemene termijnenwet and
  the rule that produced the date.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from ssb_desktop.db.tables.subsidies import Application, Payment, SubsidyScheme
from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.formatting import format_date, format_money
from ssb_desktop.records import (
    ApplicationRecord,
    ApplicationStatus,
    DecidingBody,
    DistributionRule,
    FieldProblem,
    ReportTier,
    SchemeRecord,
)
from ssb_desktop.services.deadlines import DEFAULT_CALENDAR, WorkingDayCalendar

S = ApplicationStatus
ZERO = Decimal("0.00")
Amount = TypeVar("Amount", int, Decimal)

# --- the status flow --------------------------------------------------------------------------

#: Not yet decided: completion can be requested, the application can be refused.
UNDECIDED = frozenset({S.RECEIVED, S.INCOMPLETE, S.COMPLETE})
#: Granted and not yet settled: advances can be paid, the grant can be settled.
OPEN_GRANTS = frozenset({S.GRANTED, S.PARTLY_GRANTED, S.ADVANCE_PAID})
#: Statuses whose granted amount uses the ceiling (a closed application keeps its grant).
USING_BUDGET = OPEN_GRANTS | {S.SETTLED, S.CLOSED}
#: Decided by refusal or withdrawn: nothing requested counts any more.
NOT_REQUESTING = frozenset({S.REFUSED, S.WITHDRAWN})


class Step(StrEnum):
    """A step of the status flow."""

    REQUEST_COMPLETION = "request_completion"
    MARK_COMPLETE = "mark_complete"
    GRANT = "grant"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"
    PAY_ADVANCE = "pay_advance"
    SETTLE = "settle"
    CLOSE = "close"


@dataclass(frozen=True, slots=True)
class StepRule:
    """The statuses a step may start from, and what the user is told otherwise."""

    allowed_from: frozenset[ApplicationStatus]
    refused: str


#: The status flow as one table::
#:
#:     received ──► incomplete ◄──► complete ──► granted / partly granted ──► advance paid ──►
#:         │            │              │                │                    settled ──► closed
#:         └────────────┴──────────────┴──► refused ──► closed
#:     (withdrawn from any status before an advance is paid; withdrawn ──► closed)
STEPS: Mapping[Step, StepRule] = {
    Step.REQUEST_COMPLETION: StepRule(
        UNDECIDED,
        N_(
            "Errors",
            "Application {reference} has been decided or withdrawn; completion can no longer "
            "be requested.",
        ),
    ),
    Step.MARK_COMPLETE: StepRule(
        frozenset({S.RECEIVED, S.INCOMPLETE}),
        N_("Errors", "Application {reference} is already complete or decided."),
    ),
    Step.GRANT: StepRule(
        frozenset({S.COMPLETE}),
        N_(
            "Errors",
            "Application {reference} can be granted only when it is complete and not yet "
            "decided. Mark it complete first.",
        ),
    ),
    Step.REFUSE: StepRule(
        UNDECIDED, N_("Errors", "Application {reference} has already been decided.")
    ),
    Step.WITHDRAW: StepRule(
        UNDECIDED | {S.GRANTED, S.PARTLY_GRANTED},
        N_(
            "Errors",
            "Application {reference} can no longer be withdrawn: money was paid or it is "
            "finished. Settle it instead.",
        ),
    ),
    Step.PAY_ADVANCE: StepRule(
        OPEN_GRANTS,
        N_("Errors", "An advance can be paid only on a grant that is not yet settled."),
    ),
    Step.SETTLE: StepRule(
        OPEN_GRANTS,
        N_("Errors", "Application {reference} can be settled only once, after a grant."),
    ),
    Step.CLOSE: StepRule(
        frozenset({S.SETTLED, S.REFUSED, S.WITHDRAWN}),
        N_(
            "Errors",
            "Application {reference} can be closed only after settlement, refusal or withdrawal.",
        ),
    ),
}


def can(step: Step, status: ApplicationStatus) -> bool:
    """Whether ``step`` may be taken from ``status``."""
    return status in STEPS[step].allowed_from


def require_step(step: Step, status: ApplicationStatus, reference: str) -> None:
    """Refuse ``step`` from ``status`` with the step's own message."""
    if not can(step, status):
        raise ValidationError(STEPS[step].refused, {"reference": reference}, field="status")


def granted_status(granted: Decimal, requested: Decimal) -> ApplicationStatus:
    """The status a grant gives: granted in full, or partly."""
    return S.GRANTED if granted == requested else S.PARTLY_GRANTED


# --- lengths and single-record checks ---------------------------------------------------------


def _length(column: Any) -> int:
    length = column.type.length
    assert isinstance(length, int)
    return length


#: Text limits, read from the table definitions (the database refuses anything longer).
MAX_LENGTHS: Mapping[str, int] = {
    "scheme_name": _length(SubsidyScheme.__table__.c.name),
    "activity": _length(Application.__table__.c.activity),
    "reference": _length(Application.__table__.c.reference),
    "payment_reference": _length(Payment.__table__.c.reference),
}
# Scores are stored as Numeric(9, 4).
MAX_SCORE = Decimal(100_000)
SCORE_PLACES = Decimal("0.0001")

TOO_LONG = N_("Errors", "The text is longer than {limit} characters; shorten it and try again.")


def too_long(field: str, text: str, limit_name: str | None = None) -> FieldProblem | None:
    """A problem when ``text`` is longer than the limit of ``field`` (or ``limit_name``)."""
    limit = MAX_LENGTHS[limit_name or field]
    if len(text) > limit:
        return FieldProblem(field, TOO_LONG, {"limit": limit})
    return None


def check_scheme(record: SchemeRecord) -> list[FieldProblem]:
    """Rules of a scheme that need no database."""
    found: list[FieldProblem] = []
    if not record.name.strip():
        found.append(FieldProblem("name", N_("Errors", "Enter the name of the scheme.")))
    elif (problem := too_long("name", record.name.strip(), "scheme_name")) is not None:
        found.append(problem)
    if not 1900 <= record.year <= 2200:
        found.append(FieldProblem("year", N_("Errors", "Enter the year the scheme applies to.")))
    if record.ceiling < 0:
        found.append(
            FieldProblem("ceiling", N_("Errors", "The ceiling is an amount of zero or more."))
        )
    for name, value in (
        ("max_per_applicant", record.max_per_applicant),
        ("amount_per_member", record.amount_per_member),
    ):
        if value is not None and value <= 0:
            found.append(
                FieldProblem(name, N_("Errors", "This amount is more than zero, or empty."))
            )
    if record.closes_on is not None and record.closes_on < record.opens_on:
        found.append(
            FieldProblem(
                "closes_on", N_("Errors", "The scheme closes on or after the day it opens.")
            )
        )
    if record.decision_term_weeks is not None and record.decision_term_weeks < 1:
        found.append(
            FieldProblem(
                "decision_term_weeks", N_("Errors", "The decision term is at least one week.")
            )
        )
    if (
        record.report_activity_from < 0
        or record.report_financial_from < record.report_activity_from
    ):
        found.append(
            FieldProblem(
                "report_financial_from",
                N_(
                    "Errors",
                    "The accountability tiers are amounts of zero or more, the one for a "
                    "financial statement at least the one for an activity report.",
                ),
            )
        )
    if record.report_due_weeks < 1:
        found.append(
            FieldProblem(
                "report_due_weeks", N_("Errors", "The report is due at least one week later.")
            )
        )
    if record.completion_days < 1:
        found.append(
            FieldProblem(
                "completion_days", N_("Errors", "The completion period is at least one day.")
            )
        )
    if record.deciding_body is DecidingBody.CONTRACT_HOLDER and record.theme_id is None:
        found.append(
            FieldProblem(
                "theme_id",
                N_(
                    "Errors",
                    "Choose the theme: the holder of the theme's contract decides on this scheme.",
                ),
            )
        )
    if record.distribution_rule is DistributionRule.RANKING and record.closes_on is None:
        found.append(
            FieldProblem(
                "closes_on",
                N_("Errors", "Ranking after the closing date needs a closing date."),
            )
        )
    return found


def check_application(record: ApplicationRecord) -> list[FieldProblem]:
    """Rules of a single application that need no database (form, service and import)."""
    found: list[FieldProblem] = []
    activity = record.activity.strip()
    if not activity:
        found.append(
            FieldProblem("activity", N_("Errors", "Describe the activity the subsidy is for."))
        )
    found.extend(text_problems(activity=activity, reference=record.reference.strip()))
    if record.requested <= 0:
        found.append(
            FieldProblem("requested", N_("Errors", "The requested amount is more than zero euros."))
        )
    if record.budget_total is not None and record.budget_total < 0:
        found.append(
            FieldProblem(
                "budget_total", N_("Errors", "The budget is an amount of zero or more, or empty.")
            )
        )
    if record.members is not None and record.members < 0:
        found.append(
            FieldProblem("members", N_("Errors", "The number of members is zero or more."))
        )
    if record.ranking_score is not None and not ZERO <= record.ranking_score < MAX_SCORE:
        found.append(
            FieldProblem(
                "ranking_score",
                N_("Errors", "A score is zero or more and less than {limit}, or empty."),
                {"limit": MAX_SCORE},
            )
        )
    return found


_ACTIVITY_LIMIT = MAX_LENGTHS["activity"]
_REFERENCE_LIMIT = MAX_LENGTHS["reference"]


def text_problems(*, activity: str, reference: str) -> list[FieldProblem]:
    """The length limits of an application's texts (the import checks rows with these too)."""
    if len(activity) <= _ACTIVITY_LIMIT and len(reference) <= _REFERENCE_LIMIT:
        return []  # the common case, cheaply: an import asks this for every row
    return [
        problem
        for problem in (too_long("activity", activity), too_long("reference", reference))
        if problem is not None
    ]


# --- the period of a scheme -------------------------------------------------------------------

BEFORE_OPENING = N_(
    "Errors",
    "Scheme {scheme} opens on {date}; an application received on {received} cannot be "
    "accepted yet. Check the date of receipt or the scheme.",
)
AFTER_CLOSING = N_(
    "Errors",
    "Scheme {scheme} closed on {date}; an application received on {received} is too late. "
    "Choose another scheme or check the date of receipt.",
)


def received_in_period(opens_on: date, closes_on: date | None, received_on: date) -> bool:
    return opens_on <= received_on and (closes_on is None or received_on <= closes_on)


def period_problem(
    scheme_name: str, opens_on: date, closes_on: date | None, received_on: date
) -> FieldProblem | None:
    """A problem when an application is received before the scheme opens or after it closes."""
    if received_in_period(opens_on, closes_on, received_on):
        return None
    params = {"scheme": scheme_name, "received": format_date(received_on)}
    if received_on < opens_on:
        return FieldProblem(
            "received_on", BEFORE_OPENING, {**params, "date": format_date(opens_on)}
        )
    assert closes_on is not None
    return FieldProblem("received_on", AFTER_CLOSING, {**params, "date": format_date(closes_on)})


# --- who decides ------------------------------------------------------------------------------


def holder_decides(body: DecidingBody, from_year: int | None, year: int) -> bool:
    """Whether the theme's contract holder decides on a scheme of ``year``."""
    return body is DecidingBody.CONTRACT_HOLDER and (from_year is None or year >= from_year)


def deciding_body(scheme: SchemeRecord) -> DecidingBody:
    """Who decides on this scheme's applications, given the year it applies to."""
    if holder_decides(scheme.deciding_body, scheme.contract_holder_from_year, scheme.year):
        return DecidingBody.CONTRACT_HOLDER
    return DecidingBody.MUNICIPALITY


NOT_THE_MUNICIPALITY = N_(
    "Errors",
    "The municipality decides on application {reference}, not another organisation. Record "
    "the decision as the municipality.",
)
NOT_THE_HOLDER = N_(
    "Errors",
    "{organisation} decides on application {reference}, as holder of the theme's contract; a "
    "decision by another body cannot be recorded.",
)


def deciding_body_problem(
    expected_id: int | None, expected_name: str, given_id: int | None, reference: str
) -> FieldProblem | None:
    """A problem when ``given_id`` (None: the municipality) is not the application's deciding
    body ``expected_id``."""
    if given_id == expected_id:
        return None
    if expected_id is None:
        return FieldProblem(
            "deciding_organisation_id", NOT_THE_MUNICIPALITY, {"reference": reference}
        )
    return FieldProblem(
        "deciding_organisation_id",
        NOT_THE_HOLDER,
        {"organisation": expected_name, "reference": reference},
    )


# --- reference numbers ------------------------------------------------------------------------

_REFERENCE = re.compile(r"^(\d{4})-(\d+)$")


def reference_number(reference: str) -> tuple[int, int] | None:
    """(year, number) of a reference in the program's form ``<year>-<number>``."""
    match = _REFERENCE.match(reference)
    return (int(match.group(1)), int(match.group(2))) if match else None


def highest_numbers(references: Iterable[str]) -> dict[int, int]:
    """Per year the highest number among ``references``."""
    highest: dict[int, int] = {}
    for reference in references:
        found = reference_number(reference)
        if found is not None:
            year, number = found
            if number > highest.get(year, 0):
                highest[year] = number
    return highest


def next_reference(year: int, highest: int, taken: Collection[str] = ()) -> tuple[str, int]:
    """The reference after the highest existing number of ``year`` (never a gap filled in, so
    form and import propose the same); returns it with its number."""
    number = highest + 1
    while f"{year}-{number:04d}" in taken:
        number += 1
    return f"{year}-{number:04d}", number


# --- the ceiling ------------------------------------------------------------------------------


def ceiling_on(base: Amount, changes: Sequence[tuple[date, Amount]], day: date) -> Amount:
    """The ceiling in force on ``day``: as announced, or the last change on or before it.
    ``changes`` are (changed_on, ceiling) in date order."""
    ceiling = base
    for changed_on, value in changes:
        if changed_on <= day:
            ceiling = value
        else:
            break
    return ceiling


def applicable_ceiling(
    base: Amount,
    changes: Sequence[tuple[date, Amount]],
    received_on: date,
    decided_on: date | None,
) -> Amount:
    """The ceiling for an application: the higher of the one in force when it was received
    and the one in force on the day of the decision (DOMAIN section 5)."""
    at_receipt = ceiling_on(base, changes, received_on)
    if decided_on is None:
        return at_receipt
    return max(at_receipt, ceiling_on(base, changes, decided_on))


def scheme_changes(scheme: SchemeRecord) -> tuple[tuple[date, Decimal], ...]:
    return tuple(sorted((change.changed_on, change.ceiling) for change in scheme.ceiling_changes))


def scheme_ceiling(scheme: SchemeRecord, received_on: date, decided_on: date | None) -> Decimal:
    """:func:`applicable_ceiling` of a scheme record."""
    return applicable_ceiling(scheme.ceiling, scheme_changes(scheme), received_on, decided_on)


def latest_ceiling(scheme: SchemeRecord) -> Decimal:
    changes = scheme_changes(scheme)
    return changes[-1][1] if changes else scheme.ceiling


def ceiling_left(ceiling: Amount, granted_before: Amount) -> Amount:
    """What a ceiling leaves after the grants before an application (never below zero)."""
    left = ceiling - granted_before
    return left if left > 0 else ceiling - ceiling


def within_ceiling(claim: Amount, ceiling: Amount, granted_before: Amount) -> Amount:
    """What of ``claim`` fits under the ceiling after the grants before it. (The claim that fits
    whole is answered without a second call: the trial allocation asks this 50,000 times.)"""
    if claim <= ceiling - granted_before:
        return claim
    return min(claim, ceiling_left(ceiling, granted_before))


def member_cap(per_member: Amount | None, members: int | None, zero: Amount) -> Amount | None:
    """The most an application may get with an amount per member (None: no such limit; an
    application without a number of members gets nothing)."""
    if per_member is None:
        return None
    return per_member * members if members is not None else zero


def applicant_left(maximum: Amount, used: Amount) -> Amount:
    """What the maximum per applicant leaves after the applicant's earlier grants."""
    left = maximum - used
    return left if left > 0 else maximum - maximum


ABOVE_CEILING = N_(
    "Errors",
    "Granting {amount} would exceed the ceiling of {ceiling} of scheme {scheme}: {left} is "
    "left. Grant at most that amount, or refuse.",
)
ABOVE_MAXIMUM = N_(
    "Errors",
    "The scheme grants at most {maximum} per applicant; this applicant has {used} already.",
)
ABOVE_MEMBERS = N_(
    "Errors",
    "The scheme grants {amount} per member; with {members} members that is at most {most}.",
)
NOT_POSITIVE = N_("Errors", "A grant is more than zero euros; to grant nothing, refuse.")
ABOVE_REQUEST = N_("Errors", "The grant of {amount} is more than the {requested} requested.")
BEFORE_RECEIPT = N_("Errors", "A decision is taken on or after the date of receipt ({date}).")


@dataclass(frozen=True, slots=True)
class GrantContext:
    """What a grant is checked against: the scheme's limits and what was granted before it."""

    scheme_name: str
    ceiling: Decimal  # the applicable ceiling (see :func:`applicable_ceiling`)
    granted_before: Decimal  # in the scheme, before this application
    max_per_applicant: Decimal | None = None
    used_by_applicant: Decimal = ZERO  # the applicant's other grants in the scheme
    amount_per_member: Decimal | None = None
    members: int | None = None


def grant_problems(
    amount: Decimal,
    requested: Decimal,
    received_on: date,
    decided_on: date,
    context: GrantContext,
) -> list[FieldProblem]:
    """Every rule a grant of ``amount`` must meet: more than zero, within the request, on or
    after receipt, within the ceiling left, the maximum per applicant and the amount per
    member. The single decision and the import of decisions both ask this."""
    found: list[FieldProblem] = []
    if decided_on < received_on:
        found.append(
            FieldProblem("decision_on", BEFORE_RECEIPT, {"date": format_date(received_on)})
        )
    if amount <= 0:
        found.append(FieldProblem("granted", NOT_POSITIVE))
        return found
    if amount > requested:
        found.append(
            FieldProblem(
                "granted",
                ABOVE_REQUEST,
                {"amount": format_money(amount), "requested": format_money(requested)},
            )
        )
    if within_ceiling(amount, context.ceiling, context.granted_before) < amount:
        found.append(
            FieldProblem(
                "granted",
                ABOVE_CEILING,
                {
                    "amount": format_money(amount),
                    "ceiling": format_money(context.ceiling),
                    "scheme": context.scheme_name,
                    "left": format_money(ceiling_left(context.ceiling, context.granted_before)),
                },
            )
        )
    maximum = context.max_per_applicant
    if maximum is not None and amount > applicant_left(maximum, context.used_by_applicant):
        found.append(
            FieldProblem(
                "granted",
                ABOVE_MAXIMUM,
                {"maximum": format_money(maximum), "used": format_money(context.used_by_applicant)},
            )
        )
    most = member_cap(context.amount_per_member, context.members, ZERO)
    if most is not None and amount > most:
        assert context.amount_per_member is not None
        found.append(
            FieldProblem(
                "granted",
                ABOVE_MEMBERS,
                {
                    "amount": format_money(context.amount_per_member),
                    "members": context.members or 0,
                    "most": format_money(most),
                },
            )
        )
    return found


# --- deadlines --------------------------------------------------------------------------------

DECISION_TERM_WEEKS = 8  # Awb 4:13
OBJECTION_TERM_WEEKS = 6  # Awb 6:7
ATW_LONGEST_WEEKS = 12  # the ATW does not apply to a longer term (article 4)


@dataclass(frozen=True, slots=True)
class Suspension:
    """A request to complete an application: the decision term stands still from the day after
    the request up to, not including, the day it is completed, or until the completion period
    has run out unused (Awb 4:15)."""

    requested_on: date
    period_days: int
    completed_on: date | None = None

    def days(self, today: date) -> range:
        """The suspended days as ordinal numbers (a range: cheap to unite)."""
        first = self.requested_on + timedelta(days=1)
        last = self.requested_on + timedelta(days=self.period_days)
        if self.completed_on is not None:
            last = min(last, self.completed_on - timedelta(days=1))
        else:
            last = min(last, today)
        return range(first.toordinal(), max(first.toordinal(), last.toordinal() + 1))


def suspended_days(suspensions: Iterable[Suspension], today: date) -> int:
    """The number of distinct suspended days: overlapping requests count once."""
    days: set[int] = set()
    for suspension in suspensions:
        days.update(suspension.days(today))
    return len(days)


def atw_applies(*, formal_law: bool, weeks: int, scheme_declares: bool = False) -> bool:
    """The scope of the Algemene termijnenwet for subsidies: terms set in formal law (the
    Awb's default decision term, the objection term), not terms over 12 weeks, and a scheme's
    own term only when the scheme declares the law applicable."""
    if weeks > ATW_LONGEST_WEEKS:
        return False
    return formal_law or scheme_declares


RULE_AWB_DECISION = N_("Deadline", "Awb 4:13: {weeks} weeks after receipt (the legal default)")
RULE_SCHEME_DECISION = N_("Deadline", "The scheme's own term: {weeks} weeks after receipt")
RULE_OBJECTION = N_("Deadline", "Awb 6:7: {weeks} weeks from the day after the decision was sent")
RULE_SUSPENDED = N_("Deadline", "extended by {days} suspended days (Awb 4:15)")
RULE_ATW_MOVED = N_("Deadline", "moved from {date} to the next working day (Algemene termijnenwet)")
RULE_ATW_LONG = N_("Deadline", "the Algemene termijnenwet does not apply to a term over 12 weeks")
RULE_ATW_OWN = N_(
    "Deadline",
    "the Algemene termijnenwet does not apply: the scheme sets this term and does not declare "
    "the law applicable",
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """A date and the rules that produced it, in order (message, parameters)."""

    due: date
    basis: tuple[tuple[str, Mapping[str, Any]], ...]

    def english(self) -> str:
        return "; ".join(text.format(**params) for text, params in self.basis)


def _term_end(
    start: date,
    days: int,
    weeks: int,
    atw: bool,
    basis: list[tuple[str, Mapping[str, Any]]],
    calendar: WorkingDayCalendar,
    own_term: bool,
) -> Deadline:
    end = start + timedelta(days=days)
    if atw:
        moved = calendar.next_working_day(end)
        if moved != end:
            basis.append((RULE_ATW_MOVED, {"date": format_date(end)}))
        end = moved
    elif weeks > ATW_LONGEST_WEEKS:
        basis.append((RULE_ATW_LONG, {}))
    elif own_term:
        basis.append((RULE_ATW_OWN, {}))
    return Deadline(end, tuple(basis))


def decision_deadline(
    received_on: date,
    *,
    term_weeks: int | None = None,
    atw_declared: bool = False,
    suspensions: Iterable[Suspension] = (),
    today: date,
    calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
) -> Deadline:
    """The decision deadline: the scheme's own term (``term_weeks``), else the Awb's 8 weeks
    after receipt, moved by the distinct suspended days; the Algemene termijnenwet only within
    its scope (:func:`atw_applies`)."""
    own_term = term_weeks is not None
    weeks = term_weeks if term_weeks is not None else DECISION_TERM_WEEKS
    basis: list[tuple[str, Mapping[str, Any]]] = [
        (RULE_SCHEME_DECISION if own_term else RULE_AWB_DECISION, {"weeks": weeks})
    ]
    suspended = suspended_days(suspensions, today)
    if suspended:
        basis.append((RULE_SUSPENDED, {"days": suspended}))
    atw = atw_applies(formal_law=not own_term, weeks=weeks, scheme_declares=atw_declared)
    return _term_end(received_on, weeks * 7 + suspended, weeks, atw, basis, calendar, own_term)


def objection_deadline(sent_on: date, calendar: WorkingDayCalendar = DEFAULT_CALENDAR) -> Deadline:
    """The last day to object to a decision: 6 weeks from the day after it was sent (Awb 6:7,
    formal law: the Algemene termijnenwet applies)."""
    weeks = OBJECTION_TERM_WEEKS
    basis: list[tuple[str, Mapping[str, Any]]] = [(RULE_OBJECTION, {"weeks": weeks})]
    return _term_end(sent_on, weeks * 7, weeks, True, basis, calendar, False)


# --- accountability (verantwoording) and settlement -------------------------------------------

#: Common defaults of the tiers by granted amount (a setting per scheme).
REPORT_TIER_ACTIVITY_FROM = Decimal("5000.00")  # above: an activity report
REPORT_TIER_FINANCIAL_FROM = Decimal("50000.00")  # above: also a financial statement
REPORT_DUE_WEEKS = 13  # after the activity period ends


def report_tier(
    granted: Decimal,
    activity_from: Decimal = REPORT_TIER_ACTIVITY_FROM,
    financial_from: Decimal = REPORT_TIER_FINANCIAL_FROM,
) -> ReportTier:
    """The tier of a grant: up to ``activity_from`` no report; up to ``financial_from`` an
    activity report; above that a report and a financial statement."""
    if granted <= activity_from:
        return ReportTier.NONE
    if granted <= financial_from:
        return ReportTier.ACTIVITY
    return ReportTier.ACTIVITY_AND_FINANCIAL


def settled_at_grant(
    granted: Decimal,
    activity_from: Decimal = REPORT_TIER_ACTIVITY_FROM,
    financial_from: Decimal = REPORT_TIER_FINANCIAL_FROM,
) -> bool:
    """Whether a grant is settled by the grant decision itself (DOMAIN section 5: the lowest
    tier, no report): every path that records a grant settles it at once."""
    return granted > 0 and report_tier(granted, activity_from, financial_from) is ReportTier.NONE


def granted_and_settled_at_once(
    tier: ReportTier,
    granted: Decimal | None,
    settled: Decimal | None,
    decision_on: date | None,
    settled_on: date | None,
) -> bool:
    """Whether an application's grant decision settled it too (:func:`settled_at_grant`, as
    every path records it: settled on the day of the grant at the granted amount). Such an
    application gets one letter that grants and settles ("verleend en direct vastgesteld"),
    not a settlement letter after a grant letter."""
    return (
        tier is ReportTier.NONE
        and granted is not None
        and granted > 0
        and settled == granted
        and settled_on is not None
        and settled_on == decision_on
    )


def activity_end(activity_ends_on: date | None, year: int) -> date:
    """The end of the activity period: as the application says, else the scheme's year end."""
    return activity_ends_on or date(year, 12, 31)


def report_due(activity_ends: date, weeks: int = REPORT_DUE_WEEKS) -> date:
    """The day the accountability report is due: ``weeks`` after the activity period ends."""
    return activity_ends + timedelta(weeks=weeks)


def report_overdue(
    tier: ReportTier,
    status: ApplicationStatus,
    due: date | None,
    received: date | None,
    today: date,
) -> bool:
    """A report is overdue when the grant needs one, is not settled, it has not come in and
    its due date has passed."""
    return (
        tier is not ReportTier.NONE
        and status in OPEN_GRANTS
        and received is None
        and due is not None
        and today > due
    )


NO_REPORT_NEEDED = N_(
    "Errors",
    "Application {reference} needs no accountability report: a grant of {granted} is settled "
    "without one.",
)
REPORT_WITHOUT_GRANT = N_(
    "Errors",
    "Application {reference} has no grant to account for; a report can be received only "
    "after a grant that is not yet settled.",
)
REPORT_NOT_RECEIVED = N_(
    "Errors",
    "The report of application {reference} has not been received yet; record its receipt first.",
)
REPORT_BEFORE_GRANT = N_(
    "Errors", "A report is dated on or after the grant decision of {date}; choose a later date."
)
ASSESSED_ABOVE_GRANT = N_(
    "Errors",
    "The assessed amount of {amount} is more than the grant of {granted}; a settlement above "
    "the grant is an explicit decision taken when settling.",
)
REMINDER_NOT_DUE = N_(
    "Errors",
    "The report of application {reference} is not overdue (due {date}); a reminder is sent "
    "only after the due date.",
)


def report_problem(
    tier: ReportTier,
    status: ApplicationStatus,
    reference: str,
    granted: Decimal | None,
) -> FieldProblem | None:
    """Whether a report can be received, assessed or reminded of for this application."""
    if tier is ReportTier.NONE and granted is not None and granted > 0:
        # Settled at the grant (settled_at_grant): saying so helps more than "no grant".
        return FieldProblem(
            "status", NO_REPORT_NEEDED, {"reference": reference, "granted": format_money(granted)}
        )
    if status not in OPEN_GRANTS or granted is None:
        return FieldProblem("status", REPORT_WITHOUT_GRANT, {"reference": reference})
    return None


SETTLE_AT_GRANT = N_("Settlement", "Settled at the grant: no report is needed.")
SETTLE_AS_ASSESSED = N_("Settlement", "As assessed from the report received on {date}.")
SETTLE_ZERO_NO_REPORT = N_(
    "Settlement",
    "No report after the reminder of {date}: the settlement can be set at zero (obligations "
    "not met).",
)
SETTLE_WAITING = N_("Settlement", "Waiting for the report, due {date}.")


@dataclass(frozen=True, slots=True)
class SettlementProposal:
    """The settlement proposed from the accountability: an amount (None: not yet), why, and
    the reason code a lower amount needs."""

    amount: Decimal | None
    basis: str
    params: Mapping[str, Any]
    lower_reason: str | None = None  # a SettlementReason value when below the grant


def settlement_proposal(
    tier: ReportTier,
    granted: Decimal,
    *,
    due: date | None,
    received: date | None,
    assessed_amount: Decimal | None,
    reminded: date | None,
    today: date,
) -> SettlementProposal:
    """What the settlement should be: the grant when no report is needed; the assessed
    amount after the report's assessment; zero when the report is still missing after a
    reminder and the due date; otherwise nothing yet."""
    if tier is ReportTier.NONE:
        return SettlementProposal(granted, SETTLE_AT_GRANT, {})
    if assessed_amount is not None and received is not None:
        return SettlementProposal(
            assessed_amount,
            SETTLE_AS_ASSESSED,
            {"date": format_date(received)},
            "not_carried_out" if assessed_amount < granted else None,
        )
    if received is None and reminded is not None and due is not None and today > due:
        return SettlementProposal(
            ZERO, SETTLE_ZERO_NO_REPORT, {"date": format_date(reminded)}, "obligations_not_met"
        )
    return SettlementProposal(
        None, SETTLE_WAITING, {"date": format_date(due) if due is not None else ""}
    )


__all__ = [
    "DECISION_TERM_WEEKS",
    "MAX_LENGTHS",
    "OPEN_GRANTS",
    "REPORT_DUE_WEEKS",
    "STEPS",
    "UNDECIDED",
    "USING_BUDGET",
    "Deadline",
    "GrantContext",
    "ReportTier",
    "SettlementProposal",
    "Step",
    "Suspension",
    "applicable_ceiling",
    "applicant_left",
    "atw_applies",
    "can",
    "ceiling_left",
    "ceiling_on",
    "check_application",
    "check_scheme",
    "deciding_body",
    "deciding_body_problem",
    "decision_deadline",
    "grant_problems",
    "granted_and_settled_at_once",
    "holder_decides",
    "member_cap",
    "next_reference",
    "objection_deadline",
    "period_problem",
    "report_due",
    "report_overdue",
    "report_tier",
    "require_step",
    "scheme_ceiling",
    "settled_at_grant",
    "settlement_proposal",
    "suspended_days",
    "within_ceiling",
]
