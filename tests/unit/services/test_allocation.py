"""The allocation engine: examples of every rule, and properties that hold for any input."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ssb_desktop.records import AllocationOutcome, DistributionRule
from ssb_desktop.services.subsidies.allocation import ApplicationInput, SchemeInput, allocate

D = Decimal
START = date(2021, 1, 4)


def _app(
    id: int,
    requested: str,
    *,
    day: int = 0,
    applicant: int | None = None,
    completed: int | None = None,
    score: str | None = None,
    members: int | None = None,
) -> ApplicationInput:
    received = START + timedelta(days=day)
    moment = datetime(2021, 1, 4, 9, tzinfo=UTC) + timedelta(hours=completed if completed else day)
    return ApplicationInput(
        id=id,
        applicant_id=applicant if applicant is not None else id,
        requested=D(requested),
        received_on=received,
        completed_at=moment,
        score=D(score) if score is not None else None,
        members=members,
    )


def _granted(scheme: SchemeInput, apps: list[ApplicationInput]) -> dict[int, Decimal]:
    return {line.application_id: line.granted for line in allocate(scheme, apps).lines}


# --- examples ---------------------------------------------------------------------------------


def test_first_come_first_served_grants_the_last_that_fits_partly() -> None:
    apps = [_app(1, "400", completed=3), _app(2, "400", completed=1), _app(3, "400", completed=2)]
    result = allocate(SchemeInput(D("1000")), apps)

    assert [(line.application_id, line.granted) for line in result.lines] == [
        (2, D("400.00")),
        (3, D("400.00")),
        (1, D("200.00")),
    ]
    assert result.lines[2].outcome is AllocationOutcome.PARTLY
    assert result.lines[2].english() == (
        "Granted partly: only € 200,00 was left of the ceiling of € 1.000,00."
    )
    assert (result.granted, result.remaining) == (D("1000.00"), D("0.00"))


def test_first_come_orders_by_completion_then_receipt_then_id() -> None:
    same_moment = datetime(2021, 2, 1, 12, tzinfo=UTC)
    apps = [
        ApplicationInput(5, 5, D("100"), date(2021, 1, 10), same_moment),
        ApplicationInput(4, 4, D("100"), date(2021, 1, 9), same_moment),
        ApplicationInput(3, 3, D("100"), date(2021, 1, 9), same_moment),
        ApplicationInput(1, 1, D("100"), date(2021, 1, 1), None),  # never completed: last
    ]
    result = allocate(SchemeInput(D("250")), apps)
    assert [line.application_id for line in result.lines] == [3, 4, 5, 1]
    assert [line.outcome for line in result.lines] == [
        AllocationOutcome.GRANTED,
        AllocationOutcome.GRANTED,
        AllocationOutcome.PARTLY,
        AllocationOutcome.REFUSED,
    ]
    assert result.lines[-1].english() == "Refused: the ceiling of € 250,00 is used up."


def test_a_moment_without_a_time_zone_counts_as_utc_among_moments_with_one() -> None:
    # SQLite returns moments without a zone; they are UTC. 10:30 UTC comes after 11:00 in
    # Amsterdam in winter (10:00 UTC) and before 12:00 UTC.
    amsterdam = timezone(timedelta(hours=1))
    apps = [
        ApplicationInput(1, 1, D("100"), START, datetime(2021, 1, 4, 12, tzinfo=UTC)),
        ApplicationInput(2, 2, D("100"), START, datetime(2021, 1, 4, 10, 30)),
        ApplicationInput(3, 3, D("100"), START, datetime(2021, 1, 4, 11, tzinfo=amsterdam)),
    ]
    result = allocate(SchemeInput(D("150")), apps)
    assert [line.application_id for line in result.lines] == [3, 2, 1]
    assert [line.granted for line in result.lines] == [D("100.00"), D("50.00"), D("0.00")]


def test_ranking_serves_the_highest_score_first() -> None:
    apps = [
        _app(1, "600", completed=1, score="6"),
        _app(2, "600", completed=2, score="9"),
        _app(3, "600", completed=3),
    ]
    granted = _granted(SchemeInput(D("1000"), DistributionRule.RANKING), apps)
    assert granted == {2: D("600.00"), 1: D("400.00"), 3: D("0.00")}


def test_pro_rata_distributes_the_remainder_cents_to_the_largest_fractions() -> None:
    apps = [_app(1, "100"), _app(2, "200"), _app(3, "300")]
    result = allocate(SchemeInput(D("100.00"), DistributionRule.PRO_RATA), apps)
    # Exact shares 16.666.., 33.333.., 50: rounded down 16.66 + 33.33 + 50.00 = 99.99.
    assert [line.granted for line in result.lines] == [D("16.67"), D("33.33"), D("50.00")]
    assert result.granted == D("100.00")
    assert all(line.outcome is AllocationOutcome.PARTLY for line in result.lines)
    assert "16,6%" in result.lines[0].english()


def test_pro_rata_grants_everything_when_not_oversubscribed() -> None:
    result = allocate(
        SchemeInput(D("1000"), DistributionRule.PRO_RATA), [_app(1, "100"), _app(2, "200")]
    )
    assert [line.outcome for line in result.lines] == [AllocationOutcome.GRANTED] * 2
    assert result.remaining == D("700.00")


def test_maximum_per_applicant_counts_all_applications_and_earlier_grants() -> None:
    apps = [_app(1, "300", applicant=7), _app(2, "300", applicant=7, day=1), _app(3, "300", day=2)]
    scheme = SchemeInput(
        D("10000"),
        max_per_applicant=D("500"),
        committed=D("100"),
        committed_by_applicant={7: D("100")},
    )
    result = allocate(scheme, apps)
    assert [line.granted for line in result.lines] == [D("300.00"), D("100.00"), D("300.00")]
    assert result.lines[1].english() == (
        "Limited by the maximum of € 500,00 per applicant (€ 100,00 was left)."
    )
    assert result.remaining == D("9200.00")  # 10000 - 100 earlier - 700 now


def test_amount_per_member_limits_the_grant_and_needs_the_number_of_members() -> None:
    apps = [_app(1, "1000", members=12), _app(2, "100", members=40, day=1), _app(3, "50", day=2)]
    result = allocate(SchemeInput(D("10000"), amount_per_member=D("25")), apps)
    assert [line.granted for line in result.lines] == [D("300.00"), D("100.00"), D("0.00")]
    assert result.lines[0].english() == "Limited to 12 members x € 25,00 per member (€ 300,00)."
    assert result.lines[2].outcome is AllocationOutcome.REFUSED


def test_an_application_received_before_a_lowering_keeps_the_earlier_ceiling() -> None:
    scheme = SchemeInput(D("1000"), ceiling_changes=((START + timedelta(days=10), D("400")),))
    early = _app(1, "900", day=1, completed=50)  # received before, completed late
    late = _app(2, "300", day=10, completed=20)  # received on the day of the lowering
    later = _app(3, "300", day=11, completed=30)
    result = allocate(scheme, [early, late, later])
    granted = {line.application_id: line.granted for line in result.lines}
    assert granted == {2: D("300.00"), 3: D("100.00"), 1: D("600.00")}
    assert {line.application_id: line.ceiling for line in result.lines}[1] == D("1000.00")
    assert result.ceiling == D("400.00")
    assert result.remaining == D("0.00")


def test_pro_rata_periods_are_served_in_date_order() -> None:
    scheme = SchemeInput(
        D("1000"),
        DistributionRule.PRO_RATA,
        ceiling_changes=((START + timedelta(days=10), D("1200")),),
    )
    apps = [_app(1, "600"), _app(2, "600", day=1), _app(3, "600", day=12)]
    assert _granted(scheme, apps) == {1: D("500.00"), 2: D("500.00"), 3: D("200.00")}


# --- properties -------------------------------------------------------------------------------

_amounts = st.integers(min_value=1, max_value=5_000_000).map(lambda cents: D(cents).scaleb(-2))


@st.composite
def _applications(draw: st.DrawFn) -> list[ApplicationInput]:
    count = draw(st.integers(min_value=0, max_value=25))
    apps = []
    for index in range(count):
        apps.append(
            ApplicationInput(
                id=index + 1,
                applicant_id=draw(st.integers(min_value=1, max_value=5)),
                requested=draw(_amounts),
                received_on=START + timedelta(days=draw(st.integers(0, 30))),
                completed_at=draw(
                    st.none()
                    | st.integers(0, 10_000).map(
                        lambda minutes: (
                            datetime(2021, 1, 4, tzinfo=UTC) + timedelta(minutes=minutes)
                        )
                    )
                ),
                score=draw(st.none() | st.integers(0, 10).map(D)),
                members=draw(st.none() | st.integers(0, 200)),
            )
        )
    return apps


@st.composite
def _schemes(draw: st.DrawFn) -> SchemeInput:
    changes = draw(
        st.lists(
            st.tuples(st.integers(1, 30).map(lambda d: START + timedelta(days=d)), _amounts),
            max_size=3,
            unique_by=lambda change: change[0],
        )
    )
    return SchemeInput(
        ceiling=draw(_amounts),
        rule=draw(st.sampled_from(DistributionRule)),
        ceiling_changes=tuple(changes),
        max_per_applicant=draw(st.none() | _amounts),
        amount_per_member=draw(st.none() | _amounts),
        committed=draw(st.sampled_from([D("0"), D("100.00")])),
    )


@settings(max_examples=300, deadline=None)
@given(_schemes(), _applications())
def test_the_total_never_exceeds_the_ceiling_and_nobody_gets_more_than_requested(
    scheme: SchemeInput, apps: list[ApplicationInput]
) -> None:
    result = allocate(scheme, apps)
    highest = max([scheme.ceiling, *(ceiling for _day, ceiling in scheme.ceiling_changes)])
    assert result.granted == sum((line.granted for line in result.lines), D("0"))
    assert result.granted <= max(D("0"), highest - scheme.committed)
    if not scheme.ceiling_changes:
        assert scheme.committed + result.granted <= max(scheme.ceiling, scheme.committed)
    for line in result.lines:
        assert D("0") <= line.granted <= line.requested
        assert line.granted == line.granted.quantize(D("0.01"))
        assert line.ceiling is not None
        # Every grant fits within the ceiling that applies to that application.
        assert line.granted <= max(D("0"), line.ceiling - scheme.committed)
        expected = (
            AllocationOutcome.GRANTED
            if line.granted == line.requested
            else AllocationOutcome.PARTLY
            if line.granted
            else AllocationOutcome.REFUSED
        )
        assert line.outcome is expected
    if scheme.max_per_applicant is not None:
        per_applicant: dict[int | None, Decimal] = {}
        for line in result.lines:
            per_applicant[line.applicant_id] = (
                per_applicant.get(line.applicant_id, D("0")) + line.granted
            )
        assert all(total <= scheme.max_per_applicant for total in per_applicant.values())


@settings(max_examples=200, deadline=None)
@given(_schemes(), _applications(), st.randoms(use_true_random=False))
def test_the_order_of_the_input_is_irrelevant(
    scheme: SchemeInput, apps: list[ApplicationInput], rng: random.Random
) -> None:
    shuffled = list(apps)
    rng.shuffle(shuffled)
    assert allocate(scheme, apps) == allocate(scheme, shuffled)


@settings(max_examples=300, deadline=None)
@given(_amounts, st.lists(_amounts, min_size=1, max_size=30))
def test_pro_rata_is_proportional_within_a_cent(ceiling: Decimal, requests: list[Decimal]) -> None:
    apps = [_app(i + 1, str(amount)) for i, amount in enumerate(requests)]
    result = allocate(SchemeInput(ceiling, DistributionRule.PRO_RATA), apps)
    total = sum(requests, D("0"))
    pot = min(ceiling, total)
    assert result.granted == pot
    for line in result.lines:
        exact = line.requested * pot / total
        assert abs(line.granted - exact) < D("0.01")


@settings(max_examples=200, deadline=None)
@given(
    _amounts,
    _amounts,
    st.lists(st.tuples(_amounts, st.integers(0, 20)), min_size=1, max_size=15),
)
def test_lowering_the_ceiling_never_takes_money_from_applications_received_before(
    ceiling: Decimal, lowered: Decimal, requests: list[tuple[Decimal, int]]
) -> None:
    change_day = START + timedelta(days=10)
    apps = [
        ApplicationInput(
            i + 1,
            i + 1,
            amount,
            START + timedelta(days=day),
            datetime(2021, 1, 4, tzinfo=UTC) + timedelta(hours=(i * 7) % 13),
        )
        for i, (amount, day) in enumerate(requests)
    ]
    without = _granted(SchemeInput(ceiling), apps)
    with_change = _granted(
        SchemeInput(ceiling, ceiling_changes=((change_day, min(lowered, ceiling)),)), apps
    )
    for app in apps:
        if app.received_on < change_day:
            assert with_change[app.id] >= without[app.id]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.none() | st.integers(0, 4), st.integers(0, 3)), min_size=0, max_size=40),
    st.randoms(use_true_random=False),
)
def test_shared_moments_go_by_receipt_then_id_and_never_completed_ones_come_last(
    shape: list[tuple[int | None, int]], rng: random.Random
) -> None:
    # Few distinct moments, so that many applications share one (the engine sorts on the
    # moment alone and then puts each run of shared moments in order of receipt and id).
    apps = [
        ApplicationInput(
            id=index + 1,
            applicant_id=index + 1,
            requested=D("10.00"),
            received_on=START + timedelta(days=day),
            completed_at=None
            if hour is None
            else datetime(2021, 1, 4, tzinfo=UTC) + timedelta(hours=hour),
        )
        for index, (hour, day) in enumerate(shape)
    ]
    rng.shuffle(apps)
    completed = sorted(
        (a for a in apps if a.completed_at is not None),
        key=lambda a: (a.completed_at, a.received_on, a.id),
    )
    never = sorted((a for a in apps if a.completed_at is None), key=lambda a: (a.received_on, a.id))
    lines = allocate(SchemeInput(ceiling=D("1000000.00")), apps).lines
    assert [line.application_id for line in lines] == [a.id for a in completed + never]
