"""The scoring engine: ranks the bids of one lot and tests how robust the winner is.

Pure Python on frozen dataclasses: no database, no Qt. The rules are those of DOMAIN.md
section 4; this docstring states them so that the engine can be checked on its own.

Inputs
------
- ``LotSettings``: the award method, the price formula, the price's maximum points, the
  floor and ceiling of an absolute formula, the budget, the dropout rule and the tie-break
  rules in order.
- ``CriterionInput``: one criterion of the tree; ``parent_key`` is None for a main criterion.
  ``weight`` is a percentage of its siblings, ``scale_max`` the highest value of its scale,
  ``knockout_minimum`` the lowest acceptable score, ``money_per_point`` its value in money
  per point of score (award on value only). ``label`` names it in error messages.
- ``BidInput``: ``price`` (None when not given) and ``active`` (False: withdrawn or
  excluded, see the dropout rule).
- ``scores``: the consensus score per ``(bid key, criterion key)`` on the criterion's scale,
  for every scored criterion (a leaf that is not the price criterion). A score of an active
  bid that is missing, a score outside 0..scale_max and a missing price where the method
  needs one raise ``ValidationError`` naming the bid and the criterion.

The tree and its weights
------------------------
Weights of siblings add up to exactly 100 (each between 0 and 100). Every total is in
points out of 100. A criterion's effective weight is the product down the tree: a main
criterion gets ``R x weight / 100`` points, a sub-criterion ``parent's points x weight / 100``.
``R`` is 100, except with weighted points when no criterion is the price criterion and the
lot gives price points: then the criteria share the ``100 - price_max_points`` quality points
and price adds ``price_max_points`` on top. When one criterion is the price criterion (a
leaf, at most one, weighted points only), its effective weight is the price's maximum and
must equal ``price_max_points``. A scored leaf adds ``effective weight x score / scale_max``
(the score normalised to the scale maximum); the price criterion adds the price points.
Knock-out minimums apply to scored leaves only.

Methods
-------
1. Weighted points: total = quality points + price points. Price points are
   ``max x fraction`` with fraction, for the relative formula, ``lowest valid price / price``
   (a price of 0 gets the full fraction 1); for the absolute formula
   ``(ceiling - price) / (ceiling - floor)`` clipped to 0..1, so the floor price and below
   get the maximum and the ceiling and above 0. The lowest valid price is the lowest price
   among the bids in the computation (see the dropout rule) that are not knocked out.
   Highest total wins. Example, 50 points max: 40 / 80 / 100 give 50 / 25 / 20; without the
   first bid, 80 / 100 give 50 / 40.
2. Fixed price, quality only: price is not scored; a bid with a price above the budget is
   knocked out (a bid without a price accepts the fixed price); total = quality points;
   highest total wins.
3. Award on value: every score is worth ``score x money_per_point``; the quality value is
   their sum over the scored leaves; fictitious price = price - quality value; lowest
   fictitious price wins. ``total`` still reports the weighted quality points (for the chart
   and the heaviest-criterion tie-break), but the ranking does not use it.

Knock-outs
----------
A bid is knocked out (``Knockout``) when its price is above the budget (fixed price; checked
first) or a score is below the criterion's minimum (the first such criterion in the given
order is reported). A knocked-out bid has contributions but no price points, total or rank,
and its price does not count as the lowest valid price.

Dropout rule
------------
Inactive bids never rank. ``RECOMPUTE``: the computation uses the active bids only, so the
relative price points are recomputed without the dropped bids. ``FREEZE``: the computation
uses all bids, the inactive ones included when they have every score (and a price where
needed; an inactive bid without them dropped out before it was scored), and the inactive bids
are then left out of the ranking without recomputing anyone's price points. Example (price
50 points relative, quality in points out of 50): A 40 / 20, B 80 / 40, C 100 / 46 give
A 70, C 66, B 65; with A excluded, freezing keeps C 66 above B 65 and recomputing gives B 90
above C 86. An inactive bid outside the computation gets contributions (when complete) but
no price points, total or rank.

Exact arithmetic and rounding
-----------------------------
The engine computes with exact fractions (``fractions.Fraction``): effective weights, price
points, totals, quality values and fictitious prices are never rounded on the way, and the
ranking compares the exact figures. Two bids tie only when their exact totals (or fictitious
prices) are equal: EUR 1,000,000.00 beats EUR 1,000,000.50 with the same quality under
relative price points, although both show the same rounded total. The figures reported in
``BidResult`` are the display values, rounded half up to two decimals by
``formatting.round_points`` / ``round_money`` (the one rounding every screen, letter, workbook
and report uses); ``exact_total`` and ``exact_fictitious_price`` carry the exact figures the
ranking used. A rounded total can differ from the sum of its rounded contributions in the last
digit.

Ties and ranks
--------------
Bids with equal exact totals (or equal fictitious prices) are separated by the tie-break rules
in order: ``heaviest_criterion``, the higher points on the heaviest main *quality* criterion
(price is never part of it; when two main quality criteria weigh the most, the rule cannot
decide and gives way to the next); ``lowest_price``, the lower price (skipped when a tied bid
has no price); ``lots``, stop: the bids still tied are reported in ``LotResult.ties`` as
needing a recorded drawing of lots (as are bids still tied when the rules run out). Ranks are
competition ranks (1, 1, 3): tied bids share a rank, so the ranks do not depend on the order
of the bids. ``resolved_ties`` records which rule separated which bids. ``winner`` is the only
bid ranked 1, or None.

Robustness
----------
``robustness`` looks for the smallest single change that changes the winner: one consensus
score of the winner lowered, or of the runner-up (the bid ranked second) raised, to another
allowed value of its scale (``allowed`` per criterion; default every whole number from 0 to
the scale maximum), measured in steps over the allowed values; and one weight shifted in
whole percentage points from one criterion to a sibling, measured in points. A change "changes
the winner" when afterwards the old winner is no longer the only bid ranked first; a lowered
score below a knock-out minimum knocks the winner out. Only a score change that knocks a
bid out is re-evaluated in full (the price field changes); others are computed from the
deltas, since a score moves one bid's total by ``effective weight x change / scale_max`` and
a shift of ``k`` points between siblings moves every total linearly in ``k``. Equal smallest
changes go to the first criterion (pair) in the given order. Under award on value weights do
not enter the ranking, so no weight change is reported. ``new_winner`` None means the change
leaves no single winner (a tie needing lots, or no valid bid).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType
from typing import Any, TypeAlias

from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.formatting import format_number, round_money, round_points, round_points_of
from ssb_desktop.records import TIE_BREAK_RULE_LABELS, AwardMethod, DropoutRule, PriceFormula

Key: TypeAlias = int | str
# (bid key, criterion key); Any because Mapping keys are invariant, so that callers can pass a
# dict keyed by (int, int) or (str, str) as they have it.
ScoreKey: TypeAlias = tuple[Any, Any]

HEAVIEST_CRITERION = "heaviest_criterion"
LOWEST_PRICE = "lowest_price"
LOTS = "lots"

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_NIL = Fraction(0)
_UNIT = Fraction(1)
_CENT_FRACTION = Fraction(100)
# A private context so that a caller's precision or traps cannot change a ranking.
_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN)

_MISSING_SCORE = N_(
    "Errors",
    "Bid {bid} has no consensus score on {criterion} yet; a result needs every score.",
)
_MISSING_PRICE = N_("Errors", "Bid {bid} has no price; this award method needs one.")
_OUTSIDE_SCALE = N_(
    "Errors",
    "The score {score} of bid {bid} on {criterion} lies outside the scale (0 to {maximum}).",
)
_PRICE_WEIGHT = N_(
    "Errors",
    "The price criterion weighs {weight} points, but the lot gives price {points} points; "
    "make them equal.",
)
_TWO_PRICES = N_("Errors", "Only one criterion can be the price criterion.")
_PRICE_POINTS = N_("Errors", "Price points lie between 0 and 100.")


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CriterionInput:
    key: Key
    parent_key: Key | None
    weight: Decimal
    scale_max: Decimal
    knockout_minimum: Decimal | None = None
    is_price: bool = False
    money_per_point: Decimal | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class BidInput:
    key: Key
    label: str
    price: Decimal | None
    active: bool = True


@dataclass(frozen=True, slots=True)
class LotSettings:
    award_method: AwardMethod = AwardMethod.WEIGHTED_POINTS
    price_formula: PriceFormula = PriceFormula.RELATIVE
    price_max_points: Decimal = _ZERO
    price_floor: Decimal | None = None
    price_ceiling: Decimal | None = None
    budget: Decimal | None = None
    dropout_rule: DropoutRule = DropoutRule.RECOMPUTE
    tie_break_rules: tuple[str, ...] = (HEAVIEST_CRITERION, LOTS)


# --- results ----------------------------------------------------------------------------------


class KnockoutReason(StrEnum):
    BELOW_MINIMUM = "below_minimum"
    ABOVE_BUDGET = "above_budget"


@dataclass(frozen=True, slots=True)
class Knockout:
    """Why a bid is invalid: ``value`` (a score or the price) against ``limit``."""

    reason: KnockoutReason
    criterion_key: Key | None
    value: Decimal
    limit: Decimal


@dataclass(frozen=True, slots=True)
class BidResult:
    key: Key
    label: str
    active: bool
    price: Decimal | None
    total: Decimal | None
    contributions: Mapping[Key, Decimal]
    main_contributions: Mapping[Key, Decimal]
    price_points: Decimal | None
    quality_value: Decimal | None
    fictitious_price: Decimal | None
    knockout: Knockout | None
    rank: int | None
    exact_total: Fraction | None = None
    exact_fictitious_price: Fraction | None = None

    @property
    def knocked_out(self) -> bool:
        return self.knockout is not None


@dataclass(frozen=True, slots=True)
class Tie:
    """Bids still tied after the tie-break rules; they need a recorded drawing of lots."""

    rank: int
    bid_keys: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class ResolvedTie:
    """Bids with equal totals that ``rule`` put in order."""

    bid_keys: tuple[Key, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class LotResult:
    award_method: AwardMethod
    dropout_rule: DropoutRule
    tie_break_rules: tuple[str, ...]
    bids: tuple[BidResult, ...]
    ranking: tuple[Key, ...]
    ties: tuple[Tie, ...]
    resolved_ties: tuple[ResolvedTie, ...]
    winner: Key | None

    def bid(self, key: Key) -> BidResult:
        for result in self.bids:
            if result.key == key:
                return result
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class ScoreChange:
    bid_key: Key
    criterion_key: Key
    old: Decimal
    new: Decimal
    steps: int
    new_winner: Key | None


@dataclass(frozen=True, slots=True)
class WeightChange:
    """``points`` percentage points moved from ``from_key`` to its sibling ``to_key``."""

    from_key: Key
    to_key: Key
    points: Decimal
    from_weight: Decimal
    to_weight: Decimal
    new_winner: Key | None


@dataclass(frozen=True, slots=True)
class Robustness:
    winner: Key | None
    runner_up: Key | None
    winner_score: ScoreChange | None
    runner_up_score: ScoreChange | None
    weight: WeightChange | None


# --- helpers ----------------------------------------------------------------------------------


#: A score as the engine takes it: as entered (Decimal), or exact where no decimal fraction is
#: (the average of three evaluators' scores, 22/3, as a Fraction: DOMAIN section 4).
ScoreValue = Decimal | Fraction


def shown_score(value: ScoreValue) -> Decimal:
    """A score as a Decimal to show (a Fraction to 28 significant digits; shown rounded)."""
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return value


@functools.lru_cache(maxsize=4096)
def _exact(value: Decimal | int | Fraction) -> Fraction:
    # Cached: the same scale values, weights and prices are converted many times.
    return Fraction(value)


def _name(criterion: CriterionInput) -> str:
    return criterion.label or str(criterion.key)


def _bid_name(bid: BidInput) -> str:
    return bid.label or str(bid.key)


# --- the criteria tree ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Leaf:
    index: int
    key: Key
    name: str
    scale_max: Decimal
    minimum: Decimal | None
    money_per_point: Fraction
    factor: Fraction  # points per unit of score: effective weight / scale_max
    top: Key


class _Model:
    """The settings and the tree, checked once, with every effective weight worked out."""

    __slots__ = (
        "bottom_up",
        "children",
        "criteria",
        "effective",
        "factor_parts",
        "factor_wholes",
        "heaviest",
        "leaves",
        "needs_price",
        "price",
        "price_max",
        "root",
        "rules",
        "settings",
        "top_of",
        "tops",
    )

    def __init__(self, settings: LotSettings, criteria: Sequence[CriterionInput]) -> None:
        self.settings = settings
        self.criteria = tuple(criteria)
        method = settings.award_method
        for rule in settings.tie_break_rules:
            if rule not in TIE_BREAK_RULE_LABELS:
                raise ValidationError(
                    N_("Errors", "Unknown tie-break rule {rule}."),
                    {"rule": rule},
                    field="tie_break_rules",
                )
        self.rules = settings.tie_break_rules
        by_key: dict[Key, CriterionInput] = {}
        for criterion in criteria:
            if criterion.key in by_key:
                raise ValueError(f"two criteria have the key {criterion.key!r}")
            by_key[criterion.key] = criterion
        children: dict[Key | None, list[CriterionInput]] = {}
        for criterion in criteria:
            parent = criterion.parent_key
            if parent is not None and (parent not in by_key or parent == criterion.key):
                raise _missing_parent(criterion)
            if not _ZERO <= criterion.weight <= _HUNDRED:
                raise ValidationError(
                    N_("Errors", "A weight lies between 0 and 100 %."),
                    {"name": _name(criterion)},
                    field=f"weight:{criterion.key}",
                )
            children.setdefault(parent, []).append(criterion)
        self.children = children
        self.tops = tuple(children.get(None, ()))
        _check_sums(children, by_key)

        prices = [c for c in criteria if c.is_price]
        if len(prices) > 1:
            raise ValidationError(_TWO_PRICES, field=f"is_price:{prices[1].key}")
        price = prices[0] if prices else None
        if price is not None and method is not AwardMethod.WEIGHTED_POINTS:
            raise ValidationError(
                N_(
                    "Errors",
                    "Only the weighted-points method scores price as a criterion; with this "
                    "award method, price is handled by the method itself.",
                ),
                field=f"is_price:{price.key}",
            )
        if price is not None and price.key in children:
            raise ValidationError(
                N_("Errors", "The price criterion has no sub-criteria."),
                field=f"parent:{children[price.key][0].key}",
            )
        self.price = price
        max_points = settings.price_max_points
        if method is AwardMethod.WEIGHTED_POINTS:
            if max_points < 0:
                raise ValidationError(
                    N_("Errors", "Price points cannot be negative."), field="price_max_points"
                )
            if max_points > _HUNDRED:
                raise ValidationError(_PRICE_POINTS, field="price_max_points")
            self.root = _CENT_FRACTION - (_NIL if price is not None else _exact(max_points))
        else:
            self.root = _CENT_FRACTION

        effective: dict[Key, Fraction] = {}
        reached: list[Key] = []
        stack: list[tuple[Key | None, Fraction]] = [(None, self.root)]
        while stack:
            parent_key, points = stack.pop()
            for child in children.get(parent_key, ()):
                effective[child.key] = points * _exact(child.weight) / _CENT_FRACTION
                reached.append(child.key)
                stack.append((child.key, effective[child.key]))
        if len(reached) != len(by_key):
            # Criteria not reached from the main criteria form a cycle of parents.
            raise _missing_parent(next(c for c in criteria if c.key not in effective))
        self.effective = effective
        # Inner criteria with their children first, for sums up the tree.
        self.bottom_up = tuple(key for key in reversed(reached) if key in children)

        if method is AwardMethod.WEIGHTED_POINTS:
            if price is not None:
                if effective[price.key] != _exact(max_points):
                    raise ValidationError(
                        _PRICE_WEIGHT,
                        {
                            "weight": format_number(round_points(effective[price.key])),
                            "points": format_number(max_points),
                        },
                        field="price_max_points",
                    )
                self.price_max = effective[price.key]
            else:
                self.price_max = _exact(max_points)
            self.needs_price = price is not None or max_points > 0
        else:
            self.price_max = _NIL
            self.needs_price = method is AwardMethod.AWARD_ON_VALUE
        if (
            method is AwardMethod.WEIGHTED_POINTS
            and self.needs_price
            and settings.price_formula is PriceFormula.ABSOLUTE
        ):
            _check_absolute(settings)

        tops: dict[Key, Key] = {}
        for criterion in criteria:
            top = criterion
            while top.parent_key is not None:
                top = by_key[top.parent_key]
            tops[criterion.key] = top.key
        self.top_of = tops
        leaves: list[_Leaf] = []
        for criterion in criteria:
            if criterion.is_price or criterion.key in children:
                continue
            if criterion.scale_max <= 0:
                raise ValidationError(
                    N_("Errors", "Choose the scale {name} is scored on."),
                    {"name": _name(criterion)},
                    field=f"scale:{criterion.key}",
                )
            per_point = criterion.money_per_point
            if method is AwardMethod.AWARD_ON_VALUE:
                if per_point is None:
                    raise ValidationError(
                        N_(
                            "Errors",
                            "With award on value, enter the amount of money a point of {name} "
                            "is worth.",
                        ),
                        {"name": _name(criterion)},
                        field=f"money_per_point:{criterion.key}",
                    )
                if per_point < 0:
                    raise ValidationError(
                        N_("Errors", "An amount per point cannot be negative."),
                        field=f"money_per_point:{criterion.key}",
                    )
            leaves.append(
                _Leaf(
                    index=len(leaves),
                    key=criterion.key,
                    name=_name(criterion),
                    scale_max=criterion.scale_max,
                    minimum=criterion.knockout_minimum,
                    money_per_point=_exact(per_point or _ZERO),
                    factor=effective[criterion.key] / _exact(criterion.scale_max),
                    top=tops[criterion.key],
                )
            )
        self.leaves = tuple(leaves)
        # The leaves' points per unit of score as whole numbers of 1/factor_parts points.
        self.factor_parts = math.lcm(*(leaf.factor.denominator for leaf in leaves))
        self.factor_wholes = tuple(
            leaf.factor.numerator * (self.factor_parts // leaf.factor.denominator)
            for leaf in leaves
        )
        self.heaviest = _heaviest_quality(self.tops, {})


def _heaviest_quality(tops: Sequence[CriterionInput], shifted: Mapping[Key, Decimal]) -> Key | None:
    """The main quality criterion (price excluded) that weighs most, with weights changed by
    ``shifted``; None when there is none or when two weigh the most (DOMAIN 4: then the rule
    gives way to the next one)."""
    weights = [
        (criterion.weight + shifted.get(criterion.key, _ZERO), criterion.key)
        for criterion in tops
        if not criterion.is_price
    ]
    if not weights:
        return None
    top = max(weight for weight, _key in weights)
    heaviest = [key for weight, key in weights if weight == top]
    return heaviest[0] if len(heaviest) == 1 else None


def _missing_parent(criterion: CriterionInput) -> ValidationError:
    return ValidationError(
        N_("Errors", "The main criterion of {name} is not in the list."),
        {"name": _name(criterion)},
        field=f"parent:{criterion.key}",
    )


def _check_sums(
    children: Mapping[Key | None, Sequence[CriterionInput]], by_key: Mapping[Key, CriterionInput]
) -> None:
    for parent_key, siblings in children.items():
        total = sum((c.weight for c in siblings), _ZERO)
        if total == _HUNDRED:
            continue
        field = f"weight:{siblings[0].key}"
        if parent_key is None:
            raise ValidationError(
                N_(
                    "Errors",
                    "The weights of the main criteria add up to {sum} %; they must add up "
                    "to exactly 100 %.",
                ),
                {"sum": format_number(total)},
                field=field,
            )
        raise ValidationError(
            N_(
                "Errors",
                "The weights of the criteria under {parent} add up to {sum} %; they "
                "must add up to exactly 100 %.",
            ),
            {"parent": _name(by_key[parent_key]), "sum": format_number(total)},
            field=field,
        )


def _check_absolute(settings: LotSettings) -> None:
    if settings.price_floor is None:
        raise ValidationError(
            N_("Errors", "An absolute price formula needs a floor price."), field="price_floor"
        )
    if settings.price_ceiling is None:
        raise ValidationError(
            N_("Errors", "An absolute price formula needs a ceiling price."),
            field="price_ceiling",
        )
    if settings.price_floor >= settings.price_ceiling:
        raise ValidationError(
            N_("Errors", "The ceiling price must be higher than the floor price."),
            field="price_ceiling",
        )


# --- one computation --------------------------------------------------------------------------


class _Row:
    """One bid's figures while the lot is computed; exact until they are reported."""

    __slots__ = (
        "bid",
        "contributions",
        "fictitious",
        "in_field",
        "index",
        "knockout",
        "main",
        "money",
        "price_fraction",
        "price_points",
        "quality",
        "rank",
        "total",
        "unit",
        "values",
    )

    def __init__(self, index: int, bid: BidInput, values: list[ScoreValue] | None) -> None:
        self.index = index
        self.bid = bid
        self.values = values
        # Contributions per leaf in whole 1/unit points (exact; integers are fast).
        self.contributions: list[int] = []
        self.unit = 1
        self.main: dict[Key, Fraction] = {}
        self.quality = _NIL
        self.money = _NIL
        self.knockout: Knockout | None = None
        self.in_field = False
        self.price_fraction: Fraction | None = None
        self.price_points: Fraction | None = None
        self.total: Fraction | None = None
        self.fictitious: Fraction | None = None
        self.rank: int | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the ranking compares for one bid: higher ``primary`` wins, then the rules."""

    key: Key
    primary: Fraction
    heaviest: Fraction | None  # None: no single heaviest quality criterion
    price: Decimal | None


@dataclass(slots=True)
class _Outcome:
    model: _Model
    rows: list[_Row]
    ranked: list[_Row]
    result: LotResult


def _read_rows(
    model: _Model, bids: Sequence[BidInput], scores: Mapping[ScoreKey, ScoreValue]
) -> list[_Row]:
    rows: list[_Row] = []
    seen: set[Key] = set()
    leaves = model.leaves
    for index, bid in enumerate(bids):
        if bid.key in seen:
            raise ValueError(f"two bids have the key {bid.key!r}")
        seen.add(bid.key)
        values: list[ScoreValue] = []
        complete = True
        key = bid.key
        for leaf in leaves:
            score = scores.get((key, leaf.key))
            if score is None:
                if bid.active:
                    raise ValidationError(
                        _MISSING_SCORE,
                        {"bid": _bid_name(bid), "criterion": leaf.name},
                        field=f"score:{key}:{leaf.key}",
                    )
                complete = False
                break
            if score < 0 or score > leaf.scale_max:
                raise ValidationError(
                    _OUTSIDE_SCALE,
                    {
                        "score": format_number(shown_score(score)),
                        "bid": _bid_name(bid),
                        "criterion": leaf.name,
                        "maximum": format_number(leaf.scale_max),
                    },
                    field=f"score:{key}:{leaf.key}",
                )
            values.append(score)
        if bid.price is not None and bid.price < 0:
            raise ValidationError(N_("Errors", "A price cannot be negative."), field=f"price:{key}")
        if bid.price is None and model.needs_price:
            if bid.active:
                raise ValidationError(_MISSING_PRICE, {"bid": _bid_name(bid)}, field=f"price:{key}")
            complete = False
        rows.append(_Row(index, bid, values if complete else None))
    return rows


def _score_quality(model: _Model, row: _Row, values: list[ScoreValue]) -> None:
    settings = model.settings
    exact = [_exact(value) for value in values]
    score_parts = math.lcm(*(value.denominator for value in exact))
    unit = model.factor_parts * score_parts
    contributions = [
        factor * value.numerator * (score_parts // value.denominator)
        for factor, value in zip(model.factor_wholes, exact, strict=True)
    ]
    row.contributions = contributions
    row.unit = unit
    main: dict[Key, int] = dict.fromkeys((c.key for c in model.tops), 0)
    for leaf, points in zip(model.leaves, contributions, strict=True):
        main[leaf.top] += points
    row.main = {key: Fraction(points, unit) for key, points in main.items()}
    row.quality = Fraction(sum(contributions), unit)
    if settings.award_method is AwardMethod.AWARD_ON_VALUE:
        row.money = sum(
            (leaf.money_per_point * value for leaf, value in zip(model.leaves, exact, strict=True)),
            _NIL,
        )
    price = row.bid.price
    if (
        settings.award_method is AwardMethod.FIXED_PRICE_QUALITY
        and settings.budget is not None
        and price is not None
        and price > settings.budget
    ):
        row.knockout = Knockout(KnockoutReason.ABOVE_BUDGET, None, price, settings.budget)
        return
    for leaf, value in zip(model.leaves, values, strict=True):
        if leaf.minimum is not None and value < leaf.minimum:
            row.knockout = Knockout(
                KnockoutReason.BELOW_MINIMUM, leaf.key, shown_score(value), leaf.minimum
            )
            return


def _price_fraction(settings: LotSettings, price: Decimal, lowest: Decimal) -> Fraction:
    if settings.price_formula is PriceFormula.ABSOLUTE:
        floor, top = settings.price_floor, settings.price_ceiling
        assert floor is not None and top is not None
        fraction = (_exact(top) - _exact(price)) / (_exact(top) - _exact(floor))
        return min(_UNIT, max(_NIL, fraction))
    if price == 0:
        return _UNIT
    return _exact(lowest) / _exact(price)


def _entry(model: _Model, row: _Row) -> _Entry:
    heaviest = row.main[model.heaviest] if model.heaviest is not None else None
    if model.settings.award_method is AwardMethod.AWARD_ON_VALUE:
        assert row.fictitious is not None
        primary = -row.fictitious
    else:
        assert row.total is not None
        primary = row.total
    return _Entry(row.bid.key, primary, heaviest, row.bid.price)


def _tie_value(rule: str, entry: _Entry) -> Fraction | None:
    """Higher is better; None when the rule cannot compare this bid."""
    if rule == HEAVIEST_CRITERION:
        return entry.heaviest
    if rule == LOWEST_PRICE:
        return None if entry.price is None else -_exact(entry.price)
    return None


def _order(
    group: list[_Entry], rules: tuple[str, ...], start: int, resolved: list[ResolvedTie]
) -> list[list[_Entry]]:
    """Split a group of equal bids into ordered subgroups by the rules from ``start`` on."""
    if len(group) == 1:
        return [group]
    for position in range(start, len(rules)):
        rule = rules[position]
        if rule == LOTS:
            break
        values = [_tie_value(rule, entry) for entry in group]
        known = [value for value in values if value is not None]
        if len(known) != len(values) or len(set(known)) == 1:
            continue
        resolved.append(ResolvedTie(tuple(entry.key for entry in group), rule))
        ordered: list[list[_Entry]] = []
        for level in sorted(set(known), reverse=True):
            subgroup = [e for e, v in zip(group, values, strict=True) if v == level]
            ordered.extend(_order(subgroup, rules, position + 1, resolved))
        return ordered
    return [group]


def _decide(group: Sequence[_Entry], rules: tuple[str, ...]) -> Key | None:
    """The single best of bids with equal primary figures, or None when lots must decide."""
    best = list(group)
    for rule in rules:
        if len(best) == 1:
            break
        if rule == LOTS:
            break
        values = [_tie_value(rule, entry) for entry in best]
        known = [value for value in values if value is not None]
        if len(known) != len(values):
            continue
        top = max(known)
        best = [e for e, v in zip(best, values, strict=True) if v == top]
    return best[0].key if len(best) == 1 else None


def _compute(
    model: _Model,
    bids: Sequence[BidInput],
    scores: Mapping[ScoreKey, ScoreValue],
    figures: bool = True,
) -> _Outcome:
    """Rank the bids; ``figures`` False leaves out the reported figures (robustness only needs
    the ranking)."""
    settings = model.settings
    method = settings.award_method
    rows = _read_rows(model, bids, scores)
    freeze = settings.dropout_rule is DropoutRule.FREEZE
    for row in rows:
        if row.values is None:
            continue
        _score_quality(model, row, row.values)
        row.in_field = row.bid.active or freeze
    valid = [row for row in rows if row.in_field and row.knockout is None]
    scored_price = method is AwardMethod.WEIGHTED_POINTS and model.needs_price
    if scored_price:
        prices = [row.bid.price for row in valid if row.bid.price is not None]
        lowest = min(prices) if prices else _ZERO
        for row in valid:
            assert row.bid.price is not None
            fraction = _price_fraction(settings, row.bid.price, lowest)
            row.price_fraction = fraction
            row.price_points = model.price_max * fraction
            row.total = row.quality + row.price_points
    else:
        for row in valid:
            row.total = row.quality
            if method is AwardMethod.AWARD_ON_VALUE:
                assert row.bid.price is not None
                row.fictitious = _exact(row.bid.price) - row.money

    ranked = [row for row in valid if row.bid.active]
    entries = {row.bid.key: _entry(model, row) for row in ranked}
    by_primary: dict[Fraction, list[_Entry]] = {}
    for row in ranked:
        entry = entries[row.bid.key]
        by_primary.setdefault(entry.primary, []).append(entry)
    resolved: list[ResolvedTie] = []
    ties: list[Tie] = []
    ranking: list[Key] = []
    ranks: dict[Key, int] = {}
    for primary in sorted(by_primary, reverse=True):
        for subgroup in _order(by_primary[primary], model.rules, 0, resolved):
            rank = len(ranking) + 1
            if len(subgroup) > 1:
                ties.append(Tie(rank, tuple(entry.key for entry in subgroup)))
            for entry in subgroup:
                ranks[entry.key] = rank
                ranking.append(entry.key)
    for row in ranked:
        row.rank = ranks[row.bid.key]
    position = {key: index for index, key in enumerate(ranking)}
    ranked.sort(key=lambda row: position[row.bid.key])
    first = [key for key in ranking if ranks[key] == 1]
    winner = first[0] if len(first) == 1 else None

    results = tuple(_bid_result(model, row) for row in rows) if figures else ()
    result = LotResult(
        award_method=method,
        dropout_rule=settings.dropout_rule,
        tie_break_rules=model.rules,
        bids=results,
        ranking=tuple(ranking),
        ties=tuple(ties),
        resolved_ties=tuple(resolved),
        winner=winner,
    )
    return _Outcome(model, rows, ranked, result)


def _bid_result(model: _Model, row: _Row) -> BidResult:
    contributions: dict[Key, Decimal] = {}
    main: dict[Key, Decimal] = {}
    if row.values is not None:
        for leaf, points in zip(model.leaves, row.contributions, strict=True):
            contributions[leaf.key] = round_points_of(points, row.unit)
        main = {key: round_points(points) for key, points in row.main.items()}
        if model.price is not None and row.price_points is not None:
            contributions[model.price.key] = round_points(row.price_points)
            main[model.price.key] = contributions[model.price.key]
    is_value = model.settings.award_method is AwardMethod.AWARD_ON_VALUE
    return BidResult(
        key=row.bid.key,
        label=row.bid.label,
        active=row.bid.active,
        price=row.bid.price,
        total=None if row.total is None else round_points(row.total),
        contributions=MappingProxyType(contributions),
        main_contributions=MappingProxyType(main),
        price_points=None if row.price_points is None else round_points(row.price_points),
        quality_value=round_money(row.money) if is_value and row.values is not None else None,
        fictitious_price=None if row.fictitious is None else round_money(row.fictitious),
        knockout=row.knockout,
        rank=row.rank,
        exact_total=row.total,
        exact_fictitious_price=row.fictitious,
    )


def evaluate(
    settings: LotSettings,
    criteria: Sequence[CriterionInput],
    bids: Sequence[BidInput],
    scores: Mapping[ScoreKey, ScoreValue],
) -> LotResult:
    """Rank the bids of one lot by its method (see the module docstring)."""
    with localcontext(_CONTEXT):
        return _compute(_Model(settings, criteria), bids, scores).result


# --- robustness -------------------------------------------------------------------------------


class _Analysis:
    """Searches the smallest single change that changes the winner of one computed lot."""

    def __init__(
        self,
        outcome: _Outcome,
        bids: Sequence[BidInput],
        scores: Mapping[ScoreKey, ScoreValue],
        allowed: Mapping[Any, Sequence[Decimal]] | None,
    ) -> None:
        self.outcome = outcome
        self.model = outcome.model
        self.bids = bids
        self.scores = scores
        self.shares: list[dict[Key, Fraction]] = []
        self.winner = outcome.result.winner
        self.entries = [_entry(self.model, row) for row in outcome.ranked]
        self.sorted_entries = sorted(self.entries, key=lambda entry: entry.primary, reverse=True)
        self.options: list[tuple[Decimal, ...]] = []
        for leaf in self.model.leaves:
            given = allowed.get(leaf.key) if allowed is not None else None
            if given is None:
                values = [Decimal(step) for step in range(int(leaf.scale_max) + 1)]
            else:
                values = [value for value in given if _ZERO <= value <= leaf.scale_max]
            self.options.append(tuple(sorted(set(values))))

    def _top_with(self, changed: _Entry | None, changed_key: Key) -> Key | None:
        """The winner when one bid's entry is replaced (None: knocked out)."""
        group: list[_Entry] = []
        for entry in self.sorted_entries:
            if entry.key == changed_key:
                continue
            if group and entry.primary != group[0].primary:
                break
            group.append(entry)
        if changed is not None:
            if not group or changed.primary > group[0].primary:
                group = [changed]
            elif changed.primary == group[0].primary:
                group.append(changed)
        if not group:
            return None
        return _decide(group, self.model.rules)

    def score_change(self, row: _Row, lower: bool) -> ScoreChange | None:
        model = self.model
        assert row.values is not None
        entry = _entry(model, row)
        on_value = model.settings.award_method is AwardMethod.AWARD_ON_VALUE
        best: tuple[int, _Leaf, Decimal, Key | None, bool] | None = None
        for leaf in model.leaves:
            current = row.values[leaf.index]
            options = self.options[leaf.index]
            if lower:
                candidates = [value for value in reversed(options) if value < current]
            else:
                candidates = [value for value in options if value > current]
            for steps, value in enumerate(candidates, start=1):
                if best is not None and steps >= best[0]:
                    break
                if lower and leaf.minimum is not None and value < leaf.minimum:
                    best = (steps, leaf, value, None, True)
                    break
                change = _exact(value) - _exact(current)
                points = leaf.factor * change
                if on_value:
                    assert row.fictitious is not None
                    primary = -(row.fictitious - leaf.money_per_point * change)
                else:
                    assert row.total is not None
                    primary = row.total + points
                heaviest = entry.heaviest
                if leaf.top == model.heaviest:
                    heaviest = row.main[leaf.top] + points
                changed = _Entry(entry.key, primary, heaviest, entry.price)
                top = self._top_with(changed, entry.key)
                if top != self.winner:
                    best = (steps, leaf, value, top, False)
                    break
        if best is None:
            return None
        steps, leaf, value, new_winner, knocked_out = best
        if knocked_out:
            changed_scores = dict(self.scores)
            changed_scores[(row.bid.key, leaf.key)] = value
            new_winner = _compute(model, self.bids, changed_scores, figures=False).result.winner
        return ScoreChange(
            bid_key=row.bid.key,
            criterion_key=leaf.key,
            old=shown_score(row.values[leaf.index]),
            new=value,
            steps=steps,
            new_winner=new_winner,
        )

    def weight_change(self) -> WeightChange | None:
        model = self.model
        ranked = self.outcome.ranked
        if model.settings.award_method is AwardMethod.AWARD_ON_VALUE or len(ranked) < 2:
            return None
        self.shares = normalised = [self._normalised(row) for row in ranked]
        exact_totals = [row.total or _NIL for row in ranked]
        # Exact and fast: every share and total as a whole number of 1/common parts, so that
        # the search below compares integers instead of fractions.
        common = math.lcm(
            *(value.denominator for shares in normalised for value in shares.values()),
            *(total.denominator for total in exact_totals),
        )
        whole = [
            {key: value.numerator * (common // value.denominator) for key, value in shares.items()}
            for shares in normalised
        ]
        winner = next(i for i, row in enumerate(ranked) if row.bid.key == self.winner)
        best: WeightChange | None = None
        best_points = 10**9
        groups: list[tuple[Key | None, Fraction]] = [(None, model.root)]
        groups.extend(
            (criterion.key, model.effective[criterion.key])
            for criterion in model.criteria
            if criterion.key in model.children
        )
        for parent, parent_points in groups:
            siblings = model.children[parent]
            scale = parent_points / _CENT_FRACTION
            unit = common * scale.denominator  # totals and slopes below are in 1/unit points
            totals = [total.numerator * (unit // total.denominator) for total in exact_totals]
            for source in siblings:
                limit = min(int(source.weight), best_points - 1)
                if limit < 1:
                    continue
                for target in siblings:
                    if target is source:
                        continue
                    slopes = [scale.numerator * (n[target.key] - n[source.key]) for n in whole]
                    points = self._first_flip(
                        totals, slopes, unit, winner, limit, parent, source, target
                    )
                    if points is None:
                        continue
                    found, new_winner = points
                    best_points = found
                    limit = found - 1
                    best = WeightChange(
                        from_key=source.key,
                        to_key=target.key,
                        points=Decimal(found),
                        from_weight=source.weight - found,
                        to_weight=target.weight + found,
                        new_winner=new_winner,
                    )
                    if limit < 1:
                        break
        return best

    def _normalised(self, row: _Row) -> dict[Key, Fraction]:
        """Each criterion's share of its effective weight that the bid earns, 0..1."""
        model = self.model
        assert row.values is not None
        shares: dict[Key, Fraction] = {}
        for leaf in model.leaves:
            shares[leaf.key] = _exact(row.values[leaf.index]) / _exact(leaf.scale_max)
        if model.price is not None:
            shares[model.price.key] = row.price_fraction or _NIL
        for key in model.bottom_up:
            shares[key] = sum(
                (
                    _exact(child.weight) * shares[child.key] / _CENT_FRACTION
                    for child in model.children[key]
                ),
                _NIL,
            )
        return shares

    def _first_flip(
        self,
        totals: list[int],
        slopes: list[int],
        unit: int,
        winner: int,
        limit: int,
        parent: Key | None,
        source: CriterionInput,
        target: CriterionInput,
    ) -> tuple[int, Key | None] | None:
        """The fewest points (1..limit) moved from source to target that change the winner.

        Totals move linearly and exactly, so only two ranges of shifts can change the winner:
        every shift while a bid tied with the winner stays tied (the tie-break may decide),
        and from the shift at which a bid gaining on the winner reaches it.
        """
        lead = totals[winner]
        lead_slope = slopes[winner]
        start: int | None = None
        near_until = 0
        for index, total in enumerate(totals):
            if index == winner:
                continue
            gain = slopes[index] - lead_slope
            gap = lead - total
            if gain > 0:
                reach = max(1, gap // gain)
                if start is None or reach < start:
                    start = reach
            elif gap == 0:
                near_until = limit if gain == 0 else max(near_until, min(1, limit))
        shifts = list(range(1, near_until + 1))
        if start is not None:
            shifts.extend(range(max(start, near_until + 1), limit + 1))
        for points in shifts:
            top = self._top_at(totals, slopes, unit, points, parent, source, target)
            if top != self.winner:
                return points, top
        return None

    def _top_at(
        self,
        totals: list[int],
        slopes: list[int],
        unit: int,
        points: int,
        parent: Key | None,
        source: CriterionInput,
        target: CriterionInput,
    ) -> Key | None:
        shift = Fraction(points)
        primaries = [total + points * slope for total, slope in zip(totals, slopes, strict=True)]
        high = max(primaries)
        group = [index for index, primary in enumerate(primaries) if primary == high]
        ranked = self.outcome.ranked
        if len(group) == 1:
            return ranked[group[0]].bid.key
        model = self.model
        if parent is None:
            heaviest = self._heaviest_after(points, source, target)
            moved = None
        else:
            heaviest, moved = model.heaviest, model.top_of[parent]
        entries = []
        for index in group:
            row = ranked[index]
            value: Fraction | None = None
            if heaviest is not None:
                value = row.main[heaviest]
                if heaviest == moved:
                    value += shift * Fraction(slopes[index], unit)
                elif parent is None and heaviest in (source.key, target.key):
                    step = shift * model.root * self.shares[index][heaviest] / _CENT_FRACTION
                    value += step if heaviest == target.key else -step
            entries.append(_Entry(row.bid.key, Fraction(high, unit), value, row.bid.price))
        return _decide(entries, model.rules)

    def _heaviest_after(
        self, points: int, source: CriterionInput, target: CriterionInput
    ) -> Key | None:
        """The heaviest main criterion other than price after a shift between main criteria."""
        moved = Decimal(points)
        return _heaviest_quality(self.model.tops, {source.key: -moved, target.key: moved})

    def run(self) -> Robustness:
        ranked = self.outcome.ranked
        if self.winner is None:
            return Robustness(None, None, None, None, None)
        winner_row = next(row for row in ranked if row.bid.key == self.winner)
        runner_row = ranked[1] if len(ranked) > 1 else None
        return Robustness(
            winner=self.winner,
            runner_up=None if runner_row is None else runner_row.bid.key,
            winner_score=self.score_change(winner_row, lower=True),
            runner_up_score=None
            if runner_row is None
            else self.score_change(runner_row, lower=False),
            weight=self.weight_change(),
        )


def robustness(
    settings: LotSettings,
    criteria: Sequence[CriterionInput],
    bids: Sequence[BidInput],
    scores: Mapping[ScoreKey, ScoreValue],
    allowed: Mapping[Any, Sequence[Decimal]] | None = None,
) -> Robustness:
    """The smallest single score or weight change that changes the winner (module docstring)."""
    with localcontext(_CONTEXT):
        outcome = _compute(_Model(settings, criteria), bids, scores, figures=False)
        return _Analysis(outcome, bids, scores, allowed).run()
