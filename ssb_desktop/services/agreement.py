"""Agreement between evaluators: Krippendorff's alpha for ordinal scores, and the flat-liner.

Pure functions on plain values (no session, no Qt), exact with fractions, so that the consensus
tab and the dossier show the same figure. DOMAIN.md section 4: these are signals for the
consensus meeting, never automatic corrections.

Krippendorff's alpha (K. Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011):
a *unit* is one bid on one criterion, its *values* the scores the evaluators gave it. Units
with fewer than two values are not pairable and do not count. With the coincidence matrix
``o[c][k] = sum over units of (number of c-k pairs in the unit) / (m_u - 1)``, the marginals
``n_c`` and ``n`` pairable values in all, ``alpha = 1 - (n - 1) * sum o[c][k] d(c, k) /
sum n_c n_k d(c, k)``. The ordinal distance is ``d(c, k) = (sum of n_g for g from c to k -
(n_c + n_k) / 2) ** 2``. Alpha is 1 for perfect agreement, about 0 for agreement by chance and
negative for systematic disagreement; it is undefined (None) when every value is the same.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import permutations
from typing import TypeVar

Value = TypeVar("Value", bound=Hashable)
Rater = TypeVar("Rater", bound=Hashable)
Item = TypeVar("Item", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Alpha:
    """Krippendorff's alpha with what it rests on: ``units`` pairable cells, ``values``
    scores in them. ``value`` is None when it is undefined (every score the same, or no
    pairable cell)."""

    value: Fraction | None
    units: int
    values: int


def ordinal_alpha(units: Sequence[Sequence[Value]], order: Sequence[Value]) -> Alpha:
    """Krippendorff's alpha for ordinal data; ``order`` ranks the possible values (the scale),
    a unit lists the values given to it (missing scores left out)."""
    rank = {value: index for index, value in enumerate(order)}
    pairable = [unit for unit in units if len(unit) >= 2]
    weights: dict[tuple[int, int], Fraction] = {}
    for unit in pairable:
        share = Fraction(1, len(unit) - 1)
        for first, second in permutations(range(len(unit)), 2):
            key = (rank[unit[first]], rank[unit[second]])
            weights[key] = weights.get(key, Fraction(0)) + share
    marginal: dict[int, Fraction] = {}
    for (first, _second), weight in weights.items():
        marginal[first] = marginal.get(first, Fraction(0)) + weight
    total = sum(marginal.values(), Fraction(0))
    count = sum(len(unit) for unit in pairable)
    if total == 0:
        return Alpha(None, len(pairable), count)
    levels = range(len(order))
    cumulative = [Fraction(0)]
    for level in levels:
        cumulative.append(cumulative[-1] + marginal.get(level, Fraction(0)))

    def distance(first: int, second: int) -> Fraction:
        low, high = min(first, second), max(first, second)
        between = cumulative[high + 1] - cumulative[low]
        ends = marginal.get(first, Fraction(0)) + marginal.get(second, Fraction(0))
        return (between - ends / 2) ** 2

    observed = sum(
        (weight * distance(first, second) for (first, second), weight in weights.items()),
        Fraction(0),
    )
    present = [level for level in levels if level in marginal]
    expected = sum(
        (
            marginal[first] * marginal[second] * distance(first, second)
            for first in present
            for second in present
        ),
        Fraction(0),
    )
    if expected == 0:
        return Alpha(None, len(pairable), count)
    return Alpha(1 - (total - 1) * observed / expected, len(pairable), count)


def flat_liners(scores: Mapping[Rater, Mapping[Item, Value]], minimum_bids: int = 2) -> list[Rater]:
    """The evaluators who gave every bid the same score on one criterion while another
    evaluator's scores of those bids differ. ``scores`` maps evaluator -> bid -> score;
    only bids every listed evaluator scored count, and at least ``minimum_bids`` of them."""
    if len(scores) < 2:
        return []
    common = set.intersection(*(set(given) for given in scores.values()))
    if len(common) < minimum_bids:
        return []
    spread = {name: len({given[bid] for bid in common}) for name, given in scores.items()}
    if all(count == 1 for count in spread.values()):
        return []
    return [name for name, count in spread.items() if count == 1]
