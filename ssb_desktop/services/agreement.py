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

import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
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
    count = sum(len(unit) for unit in pairable)
    # Exact in whole numbers (issue 18: a fraction per pair of scores took seconds): every
    # coincidence o[c][k] is scaled by ``scale``, a common multiple of the units' m_u - 1, so
    # weights and marginals are integers; the scale cancels out of alpha.
    scale = math.lcm(*{len(unit) - 1 for unit in pairable}) if pairable else 1
    weights: Counter[tuple[int, int]] = Counter()
    for unit in pairable:
        share = scale // (len(unit) - 1)
        given = Counter(rank[value] for value in unit)
        for first, first_count in given.items():
            for second, second_count in given.items():
                pairs = first_count * (second_count - (first == second))
                if pairs:
                    weights[(first, second)] += pairs * share
    marginal: Counter[int] = Counter()
    for (first, _second), weight in weights.items():
        marginal[first] += weight
    total = sum(marginal.values())
    if total == 0:
        return Alpha(None, len(pairable), count)
    levels = range(len(order))
    cumulative = [0]
    for level in levels:
        cumulative.append(cumulative[-1] + marginal[level])

    def distance(first: int, second: int) -> int:
        """Twice the scaled ordinal distance's root, squared: 4 x scale**2 x d(c, k)."""
        low, high = min(first, second), max(first, second)
        between = cumulative[high + 1] - cumulative[low]
        return (2 * between - marginal[first] - marginal[second]) ** 2

    present = [level for level in levels if marginal[level]]
    distances = {
        (first, second): distance(first, second) for first in present for second in present
    }
    observed = sum(weight * distances[key] for key, weight in weights.items())
    expected = sum(
        marginal[first] * marginal[second] * distances[(first, second)]
        for first in present
        for second in present
    )
    if expected == 0:
        return Alpha(None, len(pairable), count)
    # 1 - (n - 1) * observed / expected, with n = total / scale and the scale cancelled out.
    return Alpha(1 - Fraction((total - scale) * observed, expected), len(pairable), count)


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
