"""Krippendorff's alpha for ordinal scores and the flat-liner: the published example, a
brute-force definition over pairs of values, and the edge cases."""

from __future__ import annotations

from fractions import Fraction
from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from ssb_desktop.services.agreement import flat_liners, ordinal_alpha

SCALE = [0, 2, 4, 6, 8, 10]


def test_the_published_example_gives_0_815() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": four observers,
    # twelve units, values 1-5, None for a missing value; ordinal alpha = 0.815.
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = [[row[u] for row in data if row[u] is not None] for u in range(12)]
    alpha = ordinal_alpha(units, [1, 2, 3, 4, 5])
    assert alpha.value is not None and round(float(alpha.value), 3) == 0.815
    # The unit with a single value is not pairable.
    assert (alpha.units, alpha.values) == (11, 40)


def test_perfect_agreement_is_1_and_one_value_everywhere_is_undefined() -> None:
    assert ordinal_alpha([[2, 2, 2], [8, 8], [4, 4, 4]], SCALE).value == 1
    assert ordinal_alpha([[6, 6], [6, 6, 6]], SCALE).value is None
    assert ordinal_alpha([[6], [8]], SCALE) == ordinal_alpha([], SCALE)


def _brute_force(units: list[list[int]], order: list[int]) -> Fraction | None:
    """The definition over pairable values: 1 - (n - 1) * D_within / D_between."""
    rank = {value: index for index, value in enumerate(order)}
    pairable = [unit for unit in units if len(unit) >= 2]
    values = [value for unit in pairable for value in unit]
    n = len(values)
    counts = [sum(1 for value in values if rank[value] == level) for level in range(len(order))]

    def delta(a: int, b: int) -> Fraction:
        low, high = sorted((rank[a], rank[b]))
        between = sum(counts[low : high + 1])
        return (Fraction(between) - Fraction(counts[rank[a]] + counts[rank[b]], 2)) ** 2

    within = sum(
        (
            Fraction(1, len(unit) - 1) * delta(unit[i], unit[j])
            for unit in pairable
            for i, j in permutations(range(len(unit)), 2)
        ),
        Fraction(0),
    )
    between = sum(
        (delta(a, b) for i, a in enumerate(values) for j, b in enumerate(values) if i != j),
        Fraction(0),
    )
    if between == 0:
        return None
    return 1 - (n - 1) * within / between


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SCALE), min_size=0, max_size=5), min_size=1, max_size=8))
def test_alpha_agrees_with_the_definition_over_pairs(units: list[list[int]]) -> None:
    assert ordinal_alpha(units, SCALE).value == _brute_force(units, SCALE)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(SCALE), min_size=2, max_size=4), min_size=2, max_size=6),
    st.randoms(),
)
def test_alpha_does_not_depend_on_the_order_of_units_or_scores(
    units: list[list[int]], rng: object
) -> None:
    import random

    assert isinstance(rng, random.Random)
    shuffled = [rng.sample(unit, len(unit)) for unit in units]
    rng.shuffle(shuffled)
    assert ordinal_alpha(shuffled, SCALE) == ordinal_alpha(units, SCALE)


def test_a_flat_liner_gives_every_bid_the_same_score_while_others_differ() -> None:
    scores = {
        "Anna": {"A": 6, "B": 6, "C": 6},
        "Bert": {"A": 8, "B": 4, "C": 6},
        "Chris": {"A": 8, "B": 6, "C": 6},
    }
    assert flat_liners(scores) == ["Anna"]
    # When everyone gives every bid the same score, nobody is singled out.
    assert flat_liners({"Anna": {"A": 6, "B": 6}, "Bert": {"A": 4, "B": 4}}) == []
    # One bid, or one evaluator, says nothing.
    assert flat_liners({"Anna": {"A": 6}, "Bert": {"A": 4}}) == []
    assert flat_liners({"Anna": {"A": 6, "B": 6}}) == []
