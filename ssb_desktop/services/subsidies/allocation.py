"""The allocation engine: distributes a subsidy scheme's ceiling over its applications.

Pure Python on frozen dataclasses: no database, no Qt, like the scoring engine. The rules are
those of DOMAIN.md section 5; this docstring states them precisely so that the engine can be
checked on its own. Amounts are computed in whole cents (integers), so nothing is lost or
invented by rounding.

Inputs
------
- ``SchemeInput``: the ceiling as announced, its later changes ``(changed_on, ceiling)``, the
  distribution rule, an optional maximum per applicant, an optional amount per member, and
  what earlier decisions of the scheme already granted (``committed``, in total and per
  applicant). Those earlier grants come off every ceiling and off every applicant's maximum.
- ``ApplicationInput``: the applications still to decide: requested amount, received date,
  the moment the application became complete, the ranking score (ranking rule only), the
  number of members (amount per member only) and the applicant.

Order
-----
- First come, first served and pro rata: by ``completed_at`` (the moment the application
  became complete; an application that never became complete comes last), then
  ``received_on``, then ``id``. A moment without a time zone is in UTC (SQLite keeps none).
- Ranking after the closing date: by ``score``, highest first (no score: last), then the
  order above as tie-break.
The order depends only on these fields, never on the order of the input.

Claims
------
What an application may get at most, before the ceiling is looked at:
1. the requested amount;
2. with an amount per member: at most ``members x amount per member``; an application
   without a number of members gets nothing (the scheme cannot be applied to it);
3. with a maximum per applicant: at most what is left of the applicant's maximum after the
   applicant's earlier grants (``committed_by_applicant``) and after what this allocation gives
   to the applicant's applications earlier in the order.

The ceiling and its history
---------------------------
The ceiling that applies to an application is :func:`rules.applicable_ceiling`: the higher of
the one in force on the day it was received (the announced ceiling, or the last change with
``changed_on`` on or before ``received_on``) and the one in force on the day of the decision
(``SchemeInput.decided_on``). So a lowering never reaches an application received before it,
and a raise before the decision reaches every application not yet decided.

- First come, first served and ranking: in order, each application gets
  ``min(claim, its ceiling - committed - everything granted before it in this order)``
  (never below zero). The last application that fits only partly is granted partly; the ones
  after it get nothing unless their own ceiling is higher. Because each step can only use
  what its own ceiling leaves, the total granted never exceeds the highest ceiling that applies
  to any granted application, and lowering the ceiling can only take money away from
  applications received on or after the lowering: one received before gets at least as much
  as it would without the change.
- Pro rata: the applications are grouped by the ceiling period in which they were received
  (one group when the ceiling never changed); the groups are served in date order. Within a
  group the budget is ``its ceiling - committed - granted to earlier groups``. When the
  group's claims fit, everyone gets the claim; otherwise everyone gets
  ``claim x budget / total claims`` rounded down to the cent, and the cents that rounding
  leaves go, one each, to the applications with the largest rounded-off fraction (ties: in the
  order above), so that exactly the budget is granted and nobody gets more than the claim.

Result
------
Per application: the granted amount, the outcome (granted in full, partly, or refused for
lack of budget) and a reason in words; in total: granted, and what remains of the latest
ceiling after the earlier decisions and this allocation (never below zero).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_FLOOR, Decimal
from itertools import compress, islice
from operator import attrgetter, eq
from typing import Any, NamedTuple

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_money
from ssb_desktop.records import (
    Allocation,
    AllocationLine,
    AllocationOutcome,
    DistributionRule,
)
from ssb_desktop.services.subsidies import rules

_CONTEXT = "Allocation"
_HUNDRED = Decimal(100)
_NO_PARAMS: dict[str, Any] = {}  # shared by the lines without parameters: read-only

REASON_FULL = N_("Allocation", "Granted in full.")
REASON_CEILING_PARTLY = N_(
    "Allocation", "Granted partly: only {amount} was left of the ceiling of {ceiling}."
)
REASON_CEILING_USED = N_("Allocation", "Refused: the ceiling of {ceiling} is used up.")
REASON_PRO_RATA = N_(
    "Allocation",
    "Reduced pro rata to {percent}% of the amount that could be granted, because the "
    "scheme is oversubscribed.",
)
REASON_PER_MEMBER = N_(
    "Allocation", "Limited to {members} members x {amount} per member ({total})."
)
REASON_NO_MEMBERS = N_(
    "Allocation",
    "Refused: the number of members is missing, and the scheme grants an amount per member.",
)
REASON_MAX_APPLICANT = N_(
    "Allocation", "Limited by the maximum of {maximum} per applicant ({left} was left)."
)


class ApplicationInput(NamedTuple):
    """One application still to decide. A named tuple rather than a dataclass: the service
    makes 50,000 of them per trial allocation, and a tuple is made in a third of the time and
    is left alone by the cyclic garbage collector."""

    id: int
    applicant_id: int
    requested: Decimal
    received_on: date
    completed_at: datetime | None = None
    score: Decimal | None = None  # ranking rule: higher is better
    members: int | None = None
    reference: str = ""
    applicant_name: str = ""


@dataclass(frozen=True, slots=True)
class SchemeInput:
    """A scheme's ceiling (with its history) and distribution rule."""

    ceiling: Decimal
    rule: DistributionRule = DistributionRule.FIRST_COME
    ceiling_changes: tuple[tuple[date, Decimal], ...] = ()
    max_per_applicant: Decimal | None = None
    amount_per_member: Decimal | None = None
    committed: Decimal = Decimal("0.00")
    committed_by_applicant: Mapping[int, Decimal] = field(default_factory=dict)
    scheme_id: int | None = None
    # The day of the decision (None: only the ceiling at receipt counts).
    decided_on: date | None = None


def _cents(amount: Decimal) -> int:
    """Whole cents, rounded down (an amount is never raised by rounding)."""
    return int((amount * 100).to_integral_value(rounding=ROUND_FLOOR))


def _euros(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


_MONEY_TEXT: dict[int, str] = {}


def _money(cents: int) -> str:
    """The amount as shown in a reason; memoised, as the same ceilings recur on every line."""
    text = _MONEY_TEXT.get(cents)
    if text is None:
        if len(_MONEY_TEXT) > 10_000:
            _MONEY_TEXT.clear()
        text = _MONEY_TEXT[cents] = format_money(_euros(cents))
    return text


_PARAMS: dict[tuple[str, int, int], dict[str, Any]] = {}


def _params(first: str, first_cents: int, second: str, second_cents: int) -> dict[str, Any]:
    """The two amounts of a reason, as shown; one shared dict per distinct pair (thousands of
    refusals quote the same ceiling and nothing left). Treat the result as read-only."""
    key = (first + second, first_cents, second_cents)
    found = _PARAMS.get(key)
    if found is None:
        if len(_PARAMS) > 10_000:
            _PARAMS.clear()
        found = _PARAMS[key] = {first: _money(first_cents), second: _money(second_cents)}
    return found


def _percent(part: int, whole: int) -> str:
    """A percentage with one decimal, Dutch notation (87,5)."""
    tenths = part * 1000 // whole if whole else 0
    return f"{tenths // 10},{tenths % 10}"


_BY_MOMENT = attrgetter("completed_at", "received_on", "id")
_BY_RECEIPT = attrgetter("received_on", "id")
_BY_SCORE = attrgetter("score")
_COMPLETED = attrgetter("completed_at")
_RECEIVED = attrgetter("received_on")
_REQUESTED = attrgetter("requested")


def _aware(moment: datetime | None) -> datetime:
    assert moment is not None  # only the completed applications are sorted by moment
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _ties_in_order(ordered: list[ApplicationInput]) -> None:
    """In a list sorted by moment, put each run of applications that share a moment in order
    of receipt and id. The runs are found by C-level comparison of neighbours, so a list
    without ties costs no Python step per application."""
    moments = list(map(_COMPLETED, ordered))
    tied = compress(range(1, len(moments)), map(eq, moments, islice(moments, 1, None)))
    start = end = -1
    for position in tied:  # ordered[position - 1] and ordered[position] share a moment
        if position - 1 != end:
            if end > start:
                ordered[start : end + 1] = sorted(ordered[start : end + 1], key=_BY_RECEIPT)
            start = position - 1
        end = position
    if end > start:
        ordered[start : end + 1] = sorted(ordered[start : end + 1], key=_BY_RECEIPT)


def _in_order(
    rule: DistributionRule, applications: Sequence[ApplicationInput]
) -> list[ApplicationInput]:
    """The applications in the rule's order (module docstring). Sorted on C-level keys in
    stable passes rather than one tuple per application built in Python: the completed ones
    by moment (a list that comes in order costs one comparison per application), each run
    that shares a moment by receipt and id, the never completed ones after them; for the
    ranking rule those again by score, highest first (a stable sort keeps the first order
    among equal scores; ``reverse`` keeps it too), and the ones without a score last."""
    ordered = list(applications)
    try:
        ordered.sort(key=_COMPLETED)
        _ties_in_order(ordered)
    except TypeError:
        # A sort of two or more compares every application, so a never completed one (no
        # moment) or moments with and without a zone mixed end up here.
        ordered = [a for a in applications if a.completed_at is not None]
        try:
            ordered.sort(key=_COMPLETED)
            _ties_in_order(ordered)
        except TypeError:
            # Moments with and without a zone mixed: one without a zone is UTC (SQLite's way).
            ordered.sort(key=lambda a: (_aware(a.completed_at), a.received_on, a.id))
        ordered += sorted((a for a in applications if a.completed_at is None), key=_BY_RECEIPT)
    if rule is DistributionRule.RANKING:
        scored = [a for a in ordered if a.score is not None]
        scored.sort(key=_BY_SCORE, reverse=True)
        if len(scored) < len(ordered):
            scored += [a for a in ordered if a.score is None]
        ordered = scored
    return ordered


class _Ceilings:
    """The ceiling in force on a receipt date, and the period that date falls in."""

    def __init__(self, scheme: SchemeInput) -> None:
        changes = sorted(scheme.ceiling_changes)
        self.starts = [changed_on for changed_on, _ceiling in changes]
        base = _cents(scheme.ceiling)
        in_cents = [(changed_on, _cents(ceiling)) for changed_on, ceiling in changes]
        # Per period of receipt, the ceiling that applies (the rule's, in cents).
        self.values = [
            rules.applicable_ceiling(base, in_cents, start, scheme.decided_on)
            for start in [date.min, *self.starts]
        ]
        self.latest = rules.ceiling_on(base, in_cents, date.max)
        self.amounts = [_euros(value) for value in self.values]
        self._cache: dict[date, int] = {}

    def period(self, received_on: date) -> int:
        found = self._cache.get(received_on)
        if found is None:
            found = self._cache[received_on] = bisect_right(self.starts, received_on)
        return found


def allocate(scheme: SchemeInput, applications: Sequence[ApplicationInput]) -> Allocation:
    """Distribute the scheme's ceiling over ``applications`` by the scheme's rule (see the
    module docstring for the precise rules)."""
    # The work is kept in parallel lists indexed by place in the order (ints, no object per
    # application): 50,000 applications must be allocated well within a second.
    ceilings = _Ceilings(scheme)
    ordered = _in_order(scheme.rule, applications)
    count = len(ordered)
    # Per application the period of its receipt, looked up once per distinct day (a ceiling
    # that never changed has one period). The per-application columns are made by map over
    # C-level getters, without a Python step per application.
    if ceilings.starts:
        received = list(map(_RECEIVED, ordered))
        period_of = {day: ceilings.period(day) for day in set(received)}
        periods = list(map(period_of.__getitem__, received))
    else:
        periods = [0] * count
    # A requested amount has whole cents (Numeric(14, 2)) and is positive: int() of it in
    # cents is exact, and cheaper than rounding.
    requested = list(map(int, map(_HUNDRED.__mul__, map(_REQUESTED, ordered))))
    claims = requested.copy()
    granted = [0] * count
    reasons = [""] * count
    params: list[dict[str, Any] | None] = [None] * count
    committed = _cents(scheme.committed)
    used_by_applicant: dict[int, int] = defaultdict(int)
    for applicant_id, amount in scheme.committed_by_applicant.items():
        used_by_applicant[applicant_id] = _cents(amount)
    per_member = _cents(scheme.amount_per_member) if scheme.amount_per_member is not None else None
    maximum = _cents(scheme.max_per_applicant) if scheme.max_per_applicant is not None else None
    applicant_left = rules.applicant_left

    if per_member is not None:
        # The rule once per distinct number of members (a few hundred), not per application;
        # the reason's amounts shared by the applications with that number.
        caps: dict[int | None, tuple[int, dict[str, Any]]] = {}
        for index, application in enumerate(ordered):
            members = application.members
            found = caps.get(members)
            if found is None:
                cap = rules.member_cap(per_member, members, 0)
                assert cap is not None
                found = caps[members] = (
                    cap,
                    {"members": members, "amount": _money(per_member), "total": _money(cap)},
                )
            cap = found[0]
            if members is None:
                claims[index] = 0
                reasons[index] = REASON_NO_MEMBERS
            elif cap < claims[index]:
                claims[index] = cap
                reasons[index] = REASON_PER_MEMBER
                params[index] = found[1]

    if scheme.rule is DistributionRule.PRO_RATA:
        # The per-applicant maximum caps claims in order before they are reduced together.
        if maximum is not None:
            for index, application in enumerate(ordered):
                applicant_id = application.applicant_id
                left = applicant_left(maximum, used_by_applicant[applicant_id])
                if claims[index] > left:
                    claims[index] = left
                    reasons[index] = REASON_MAX_APPLICANT
                    params[index] = _params("maximum", maximum, "left", left)
                used_by_applicant[applicant_id] += claims[index]
        granted_total = _pro_rata(periods, claims, granted, reasons, params, ceilings, committed)
    else:
        granted_total = 0
        values = ceilings.values
        within_ceiling = rules.within_ceiling
        # A refusal's two amounts repeat on thousands of lines: one shared dict per pair.
        shown: dict[tuple[int, int], dict[str, Any]] = {}
        for index, (application, claim, period) in enumerate(
            zip(ordered, claims, periods, strict=True)
        ):
            if maximum is not None:
                applicant_id = application.applicant_id
                left = applicant_left(maximum, used_by_applicant[applicant_id])
                if claim > left:
                    claim = claims[index] = left
                    reasons[index] = REASON_MAX_APPLICANT
                    params[index] = _params("maximum", maximum, "left", left)
            ceiling = values[period]
            given = granted[index] = within_ceiling(claim, ceiling, committed + granted_total)
            if given < claim:
                pair = shown.get((ceiling, given))
                if pair is None:
                    pair = shown[ceiling, given] = _params("ceiling", ceiling, "amount", given)
                params[index] = pair
                reasons[index] = REASON_CEILING_PARTLY if given else REASON_CEILING_USED
            granted_total += given
            if maximum is not None:
                used_by_applicant[applicant_id] += given

    lines = _lines(ordered, requested, granted, periods, reasons, params, ceilings)
    return Allocation(
        scheme_id=scheme.scheme_id,
        rule=scheme.rule,
        ceiling=_euros(ceilings.latest),
        committed=_euros(committed),
        requested=_euros(sum(requested)),
        granted=_euros(granted_total),
        remaining=_euros(rules.ceiling_left(ceilings.latest, committed + granted_total)),
        lines=lines,
    )


def _pro_rata(
    periods: list[int],
    claims: list[int],
    granted: list[int],
    reasons: list[str],
    params: list[dict[str, Any] | None],
    ceilings: _Ceilings,
    committed: int,
) -> int:
    """Pro rata per ceiling period (see the module docstring); fills ``granted``, ``reasons``
    and ``params`` by place in the order, returns the total granted."""
    groups: dict[int, list[int]] = defaultdict(list)
    for index, period in enumerate(periods):
        groups[period].append(index)
    granted_total = 0
    for period in sorted(groups):
        group = groups[period]
        ceiling = ceilings.values[period]
        budget = rules.ceiling_left(ceiling, committed + granted_total)
        total = sum(claims[index] for index in group)
        if total <= budget:
            for index in group:
                granted[index] = claims[index]
            granted_total += total
            continue
        fractions: list[tuple[int, int]] = []
        handed_out = 0
        for index in group:
            share, fraction = divmod(claims[index] * budget, total)
            granted[index] = share
            handed_out += share
            # Ties in the fraction go by place in the order (the index).
            fractions.append((-fraction, index))
        fractions.sort()
        for _fraction, index in fractions[: budget - handed_out]:
            granted[index] += 1
        for index in group:
            given, claim = granted[index], claims[index]
            if given < claim:
                if given == 0 and budget == 0:
                    reasons[index] = REASON_CEILING_USED
                    params[index] = {"ceiling": _money(ceiling)}
                else:
                    reasons[index] = REASON_PRO_RATA
                    params[index] = {"percent": _percent(given, claim)}
        granted_total += budget
    return granted_total


def _lines(
    ordered: list[ApplicationInput],
    requested: list[int],
    granted: list[int],
    periods: list[int],
    reasons: list[str],
    params: list[dict[str, Any] | None],
    ceilings: _Ceilings,
) -> tuple[AllocationLine, ...]:
    """One line per application, in the order. A full grant reuses the input's own Decimal
    (amounts come in whole cents, Numeric(14, 2)), which saves building 50,000 new ones."""
    full, partly, refused = (
        AllocationOutcome.GRANTED,
        AllocationOutcome.PARTLY,
        AllocationOutcome.REFUSED,
    )
    amounts = ceilings.amounts
    # tuple.__new__ with the fields in order: the named tuple's own constructor is a Python
    # function. A refusal shares one zero.
    new, line = tuple.__new__, AllocationLine
    zero = _euros(0)
    # A list comprehension, then one copy into a tuple: cheaper than a generator per line.
    return tuple(
        [
            new(
                line,
                (
                    application.id,
                    position,
                    application.requested,
                    application.requested,
                    full,
                    REASON_FULL,
                    _NO_PARAMS,
                    application.reference,
                    application.applicant_id,
                    application.applicant_name,
                    amounts[period],
                    _CONTEXT,
                ),
            )
            if given == asked
            else new(
                line,
                (
                    application.id,
                    position,
                    application.requested,
                    _euros(given) if given else zero,
                    partly if given else refused,
                    reason,
                    extra or _NO_PARAMS,
                    application.reference,
                    application.applicant_id,
                    application.applicant_name,
                    amounts[period],
                    _CONTEXT,
                ),
            )
            for position, (application, asked, given, period, reason, extra) in enumerate(
                zip(ordered, requested, granted, periods, reasons, params, strict=True), start=1
            )
        ]
    )


__all__ = [
    "ApplicationInput",
    "SchemeInput",
    "allocate",
]
