"""The scoring engine: the examples of DOMAIN.md section 4, its properties, and robustness
checked against a brute-force search."""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssb_desktop.errors import ValidationError
from ssb_desktop.records import AwardMethod, DropoutRule, PriceFormula
from ssb_desktop.services.scoring import (
    BidInput,
    CriterionInput,
    Key,
    KnockoutReason,
    LotResult,
    LotSettings,
    ResolvedTie,
    Tie,
    evaluate,
    robustness,
)

D = Decimal
EVEN = tuple(D(v) for v in (0, 2, 4, 6, 8, 10))


def _bids(*prices: int | str | Decimal | None) -> list[BidInput]:
    return [
        BidInput(chr(ord("A") + i), f"Bid {chr(ord('A') + i)}", None if p is None else D(p))
        for i, p in enumerate(prices)
    ]


def _price_only(max_points: int = 50) -> list[CriterionInput]:
    return [
        CriterionInput("Q", None, D(100 - max_points), D(10)),
        CriterionInput("P", None, D(max_points), D(0), is_price=True),
    ]


def _points(result: LotResult) -> dict[Key, Decimal | None]:
    return {bid.key: bid.price_points for bid in result.bids}


def _reversal() -> tuple[list[CriterionInput], list[BidInput], dict[tuple[str, str], Decimal]]:
    """DOMAIN.md: price 50 points relative, quality in absolute points out of 50."""
    criteria = [
        CriterionInput("Q", None, D(50), D(50), label="Quality"),
        CriterionInput("P", None, D(50), D(0), is_price=True, label="Price"),
    ]
    bids = _bids(40, 80, 100)
    scores = {("A", "Q"): D(20), ("B", "Q"): D(40), ("C", "Q"): D(46)}
    return criteria, bids, scores


# --- the examples of DOMAIN.md section 4 --------------------------------------------------------


def test_relative_price_points_follow_the_domain_example() -> None:
    scores = {(key, "Q"): D(5) for key in "ABC"}
    lot = LotSettings(price_max_points=D(50))
    result = evaluate(lot, _price_only(), _bids(40, 80, 100), scores)
    assert _points(result) == {"A": D(50), "B": D(25), "C": D(20)}

    without_first = evaluate(lot, _price_only(), _bids(80, 100), scores)
    assert _points(without_first) == {"A": D(50), "B": D(40)}


def test_rank_reversal_example_with_all_bids() -> None:
    criteria, bids, scores = _reversal()
    result = evaluate(LotSettings(price_max_points=D(50)), criteria, bids, scores)
    assert {b.key: b.total for b in result.bids} == {"A": D(70), "B": D(65), "C": D(66)}
    assert result.ranking == ("A", "C", "B")
    assert result.winner == "A"


@pytest.mark.parametrize(
    ("rule", "winner", "totals"),
    [
        (DropoutRule.FREEZE, "C", {"B": D(65), "C": D(66)}),
        (DropoutRule.RECOMPUTE, "B", {"B": D(90), "C": D(86)}),
    ],
)
def test_rank_reversal_example_when_the_winner_drops_out(
    rule: DropoutRule, winner: str, totals: dict[str, Decimal]
) -> None:
    criteria, bids, scores = _reversal()
    bids[0] = replace(bids[0], active=False)
    result = evaluate(
        LotSettings(price_max_points=D(50), dropout_rule=rule), criteria, bids, scores
    )
    assert result.winner == winner
    assert result.dropout_rule is rule
    assert {k: result.bid(k).total for k in "BC"} == totals
    assert result.bid("A").rank is None
    assert "A" not in result.ranking


def test_absolute_price_points_are_linear_between_floor_and_ceiling_and_clipped() -> None:
    lot = LotSettings(
        price_formula=PriceFormula.ABSOLUTE,
        price_max_points=D(50),
        price_floor=D(40),
        price_ceiling=D(100),
    )
    scores = {(key, "Q"): D(5) for key in "ABCDE"}
    result = evaluate(lot, _price_only(), _bids(30, 40, 70, 100, 120), scores)
    assert _points(result) == {"A": D(50), "B": D(50), "C": D(25), "D": D(0), "E": D(0)}


def test_a_leaf_weighs_the_product_of_the_weights_down_the_tree() -> None:
    criteria = [
        CriterionInput("K1", None, D(60), D(0)),
        CriterionInput("K1a", "K1", D(25), D(10)),
        CriterionInput("K1b", "K1", D(75), D(10)),
        CriterionInput("K2", None, D(40), D(5)),
    ]
    scores = {("A", "K1a"): D(10), ("A", "K1b"): D(4), ("A", "K2"): D(5)}
    result = evaluate(LotSettings(), criteria, _bids(None), scores)
    bid = result.bid("A")
    # K1a: 60 x 25 % = 15 points at full score; K1b: 45 points x 4/10 = 18; K2: 40 x 5/5.
    assert dict(bid.contributions) == {"K1a": D(15), "K1b": D(18), "K2": D(40)}
    assert dict(bid.main_contributions) == {"K1": D(33), "K2": D(40)}
    assert bid.total == D(73)


def test_without_a_price_criterion_the_criteria_share_the_quality_points() -> None:
    criteria = [
        CriterionInput("K1", None, D(40), D(10)),
        CriterionInput("K2", None, D(60), D(10)),
    ]
    scores = {("A", "K1"): D(10), ("A", "K2"): D(5), ("B", "K1"): D(10), ("B", "K2"): D(10)}
    result = evaluate(LotSettings(price_max_points=D(20)), criteria, _bids(100, 200), scores)
    # Quality shares 80 points: K1 32, K2 48; price adds up to 20.
    assert result.bid("A").total == D(32) + D(24) + D(20)
    assert result.bid("B").total == D(80) + D(10)
    assert result.ranking == ("B", "A")


def test_fixed_price_ranks_on_quality_and_knocks_out_a_bid_above_the_budget() -> None:
    criteria = [CriterionInput("K1", None, D(100), D(10))]
    scores = {("A", "K1"): D(6), ("B", "K1"): D(10), ("C", "K1"): D(8)}
    lot = LotSettings(award_method=AwardMethod.FIXED_PRICE_QUALITY, budget=D(1000))
    result = evaluate(lot, criteria, _bids(900, 1001, None), scores)
    above = result.bid("B")
    assert above.knockout is not None
    assert above.knockout.reason is KnockoutReason.ABOVE_BUDGET
    assert (above.knockout.value, above.knockout.limit) == (D(1001), D(1000))
    assert above.rank is None and above.total is None and above.price_points is None
    assert result.ranking == ("C", "A")
    assert result.bid("C").total == D(80)


def test_award_on_value_ranks_on_the_lowest_fictitious_price() -> None:
    criteria = [
        CriterionInput("K1", None, D(50), D(10), money_per_point=D("1000.00")),
        CriterionInput("K2", None, D(50), D(10), money_per_point=D("500.00")),
    ]
    scores = {("A", "K1"): D(4), ("A", "K2"): D(4), ("B", "K1"): D(10), ("B", "K2"): D(8)}
    lot = LotSettings(award_method=AwardMethod.AWARD_ON_VALUE)
    result = evaluate(lot, criteria, _bids("50000.00", "60000.00"), scores)
    assert result.bid("A").quality_value == D("6000.00")
    assert result.bid("A").fictitious_price == D("44000.00")
    assert result.bid("B").fictitious_price == D("46000.00")
    assert result.winner == "A"
    assert result.bid("B").total == D(90)


def test_a_knocked_out_bid_leaves_the_ranking_and_the_relative_price_normalisation() -> None:
    criteria = [
        CriterionInput("Q", None, D(50), D(10), knockout_minimum=D(4)),
        CriterionInput("P", None, D(50), D(0), is_price=True),
    ]
    scores = {("A", "Q"): D(2), ("B", "Q"): D(6), ("C", "Q"): D(6)}
    result = evaluate(LotSettings(price_max_points=D(50)), criteria, _bids(40, 80, 100), scores)
    out = result.bid("A")
    assert out.knockout is not None
    assert out.knockout.reason is KnockoutReason.BELOW_MINIMUM
    assert (out.knockout.criterion_key, out.knockout.value, out.knockout.limit) == ("Q", D(2), D(4))
    assert _points(result) == {"A": None, "B": D(50), "C": D(40)}
    assert result.ranking == ("B", "C")


def test_figures_are_shown_rounded_to_two_decimals_but_kept_exact() -> None:
    scores = {(key, "Q"): D(0) for key in "AB"}
    result = evaluate(LotSettings(price_max_points=D(50)), _price_only(), _bids(40, 120), scores)
    assert result.bid("B").price_points == D("16.67")
    assert result.bid("B").total == D("16.67")
    assert result.bid("B").exact_total == Fraction(50, 3)


def test_a_bid_one_cent_cheaper_on_a_million_wins_although_the_totals_show_equal() -> None:
    # DOMAIN 4: EUR 1,000,000.00 beats 1,000,000.50 with the same quality (relative price).
    scores = {(key, "Q"): D(8) for key in "AB"}
    result = evaluate(
        LotSettings(price_max_points=D(50)),
        _price_only(),
        _bids("1000000.50", "1000000.00"),
        scores,
    )
    assert result.bid("A").total == result.bid("B").total == D("90.00")
    assert result.ranking == ("B", "A")
    assert result.winner == "B"
    assert result.ties == () and result.resolved_ties == ()
    assert result.bid("A").rank == 2


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**10),
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=0, max_value=10),
    st.sampled_from([D(10), D(20), D(50), D(70)]),
)
def test_two_bids_that_differ_by_a_cent_never_tie(
    cents: int, gap: int, quality: int, max_points: Decimal
) -> None:
    low = D(cents) / 100
    high = low + D(gap) / 100
    scores = {(key, "Q"): D(quality) for key in "AB"}
    for formula_settings in (
        LotSettings(price_max_points=max_points),
        LotSettings(
            price_max_points=max_points,
            price_formula=PriceFormula.ABSOLUTE,
            price_floor=D(0),
            price_ceiling=high + 1,
        ),
    ):
        result = evaluate(formula_settings, _price_only(int(max_points)), _bids(high, low), scores)
        assert result.winner == "B"
        assert result.ties == ()
        assert result.resolved_ties == ()
        exact_a, exact_b = result.bid("A").exact_total, result.bid("B").exact_total
        assert exact_a is not None and exact_b is not None
        assert exact_b > exact_a


def test_two_bids_a_cent_apart_under_award_on_value_are_ranked_apart() -> None:
    criteria = [CriterionInput("Q", None, D(100), D(10), money_per_point=D("1000.005"))]
    scores = {("A", "Q"): D(3), ("B", "Q"): D(3)}
    result = evaluate(
        LotSettings(award_method=AwardMethod.AWARD_ON_VALUE),
        criteria,
        _bids("50000.01", "50000.00"),
        scores,
    )
    assert result.winner == "B"
    assert result.bid("B").exact_fictitious_price == Fraction("46999.985")
    assert result.bid("B").fictitious_price == D("46999.99")
    assert result.bid("A").fictitious_price == D("47000.00")


# --- bad input --------------------------------------------------------------------------------


def test_a_missing_score_of_an_active_bid_is_refused_naming_bid_and_criterion() -> None:
    criteria = [CriterionInput("K1", None, D(100), D(10), label="Visie en aanpak")]
    with pytest.raises(ValidationError) as refused:
        evaluate(LotSettings(), criteria, _bids(None, None), {("A", "K1"): D(4)})
    assert "Bid B" in str(refused.value)
    assert "Visie en aanpak" in str(refused.value)


def test_an_inactive_bid_without_scores_is_left_out() -> None:
    criteria = [CriterionInput("K1", None, D(100), D(10))]
    bids = [*_bids(None), BidInput("X", "Withdrawn", None, active=False)]
    for rule in DropoutRule:
        result = evaluate(LotSettings(dropout_rule=rule), criteria, bids, {("A", "K1"): D(4)})
        assert result.ranking == ("A",)
        assert result.bid("X").total is None and result.bid("X").rank is None


def test_a_missing_price_is_refused_when_price_counts() -> None:
    with pytest.raises(ValidationError) as refused:
        evaluate(
            LotSettings(price_max_points=D(50)),
            _price_only(),
            _bids(40, None),
            {
                ("A", "Q"): D(1),
                ("B", "Q"): D(1),
            },
        )
    assert "Bid B" in str(refused.value)


def test_a_score_outside_the_scale_is_refused() -> None:
    criteria = [CriterionInput("K1", None, D(100), D(10), label="K1")]
    with pytest.raises(ValidationError, match="outside the scale"):
        evaluate(LotSettings(), criteria, _bids(None), {("A", "K1"): D(12)})


@pytest.mark.parametrize(
    ("criteria", "lot"),
    [
        ([CriterionInput("K1", None, D(90), D(10))], LotSettings()),
        (
            [CriterionInput("K1", None, D(100), D(0)), CriterionInput("a", "K1", D(50), D(10))],
            LotSettings(),
        ),
        (_price_only(30), LotSettings(price_max_points=D(50))),
        (_price_only(30), LotSettings(award_method=AwardMethod.FIXED_PRICE_QUALITY)),
        ([CriterionInput("K1", "nowhere", D(100), D(10))], LotSettings()),
        ([CriterionInput("K1", None, D(100), D(10))], LotSettings(tie_break_rules=("dice",))),
        (
            [CriterionInput("K1", None, D(100), D(10))],
            LotSettings(award_method=AwardMethod.AWARD_ON_VALUE),
        ),
        (
            _price_only(),
            LotSettings(price_formula=PriceFormula.ABSOLUTE, price_max_points=D(50)),
        ),
    ],
    ids=[
        "weights-short",
        "sub-weights-short",
        "price-weight-differs",
        "price-criterion-with-fixed-price",
        "unknown-parent",
        "unknown-tie-break",
        "value-without-money",
        "absolute-without-floor",
    ],
)
def test_inconsistent_settings_are_refused(
    criteria: list[CriterionInput], lot: LotSettings
) -> None:
    bids = _bids(100)
    scores = {("A", c.key): D(1) for c in criteria}
    with pytest.raises(ValidationError):
        evaluate(lot, criteria, bids, scores)


# --- ties -------------------------------------------------------------------------------------


def _tied_lot(a: tuple[int, int], b: tuple[int, int], rules: tuple[str, ...]) -> LotResult:
    criteria = [
        CriterionInput("K1", None, D(60), D(10)),
        CriterionInput("K2", None, D(40), D(10)),
    ]
    scores = {("A", "K1"): D(a[0]), ("A", "K2"): D(a[1]), ("B", "K1"): D(b[0])}
    scores[("B", "K2")] = D(b[1])
    return evaluate(LotSettings(tie_break_rules=rules), criteria, _bids(90, 80), scores)


def test_a_tie_is_broken_by_the_heaviest_criterion() -> None:
    # A: 60 x 0.4 + 40 x 1 = 64; B: 60 x 0.8 + 40 x 0.4 = 64. B is better on K1 (60 %).
    result = _tied_lot((4, 10), (8, 4), ("heaviest_criterion", "lots"))
    assert result.bid("A").total == result.bid("B").total == D(64)
    assert result.ranking == ("B", "A")
    assert result.winner == "B"
    assert result.resolved_ties == (ResolvedTie(("A", "B"), "heaviest_criterion"),)
    assert result.ties == ()


def test_an_unresolved_tie_needs_a_drawing_of_lots_and_shares_the_rank() -> None:
    result = _tied_lot((6, 6), (6, 6), ("heaviest_criterion", "lots"))
    assert result.winner is None
    assert result.ties == (Tie(1, ("A", "B")),)
    assert {b.key: b.rank for b in result.bids} == {"A": 1, "B": 1}


def test_lots_come_before_a_later_rule() -> None:
    result = _tied_lot((6, 6), (6, 6), ("lots", "lowest_price"))
    assert result.winner is None


def test_lowest_price_breaks_a_tie_when_stated() -> None:
    result = _tied_lot((6, 6), (6, 6), ("heaviest_criterion", "lowest_price", "lots"))
    assert result.winner == "B"
    assert result.bid("A").rank == 2


# --- robustness -------------------------------------------------------------------------------


def test_the_heaviest_criterion_rule_gives_way_when_two_quality_criteria_weigh_the_most() -> None:
    # DOMAIN 4: two quality criteria of equal weight: go to the next rule.
    criteria = [
        CriterionInput("K1", None, D(50), D(10)),
        CriterionInput("K2", None, D(50), D(10)),
    ]
    scores = {("A", "K1"): D(8), ("A", "K2"): D(4), ("B", "K1"): D(4), ("B", "K2"): D(8)}
    rules = ("heaviest_criterion", "lowest_price", "lots")
    result = evaluate(LotSettings(tie_break_rules=rules), criteria, _bids(90, 80), scores)
    assert result.winner == "B"
    assert result.resolved_ties == (ResolvedTie(("A", "B"), "lowest_price"),)


def test_the_heaviest_criterion_rule_never_looks_at_price() -> None:
    # Price weighs 60 %, the heaviest main criterion; the rule compares quality (K1) only.
    criteria = [
        CriterionInput("P", None, D(60), D(0), is_price=True),
        CriterionInput("K1", None, D(30), D(10)),
        CriterionInput("K2", None, D(10), D(10)),
    ]
    # A: price 100 -> 60, K1 2 -> 6, K2 10 -> 10: 76. B: price 125 -> 48, K1 8 -> 24, K2 4 -> 4: 76.
    scores = {("A", "K1"): D(2), ("A", "K2"): D(10), ("B", "K1"): D(8), ("B", "K2"): D(4)}
    result = evaluate(LotSettings(price_max_points=D(60)), criteria, _bids(100, 125), scores)
    assert result.bid("A").exact_total == result.bid("B").exact_total == 76
    assert result.winner == "B"
    assert result.resolved_ties == (ResolvedTie(("A", "B"), "heaviest_criterion"),)


def test_robustness_of_the_rank_reversal_example() -> None:
    criteria, bids, scores = _reversal()
    found = robustness(LotSettings(price_max_points=D(50)), criteria, bids, scores)
    assert (found.winner, found.runner_up) == ("A", "C")
    # A 70 to C 66: A's quality 20 -> 16 ties at 66 and C wins on the heaviest criterion.
    assert found.winner_score is not None
    assert (found.winner_score.new, found.winner_score.steps) == (D(16), 4)
    assert found.winner_score.new_winner == "C"
    assert found.runner_up_score is not None
    assert (found.runner_up_score.new, found.runner_up_score.new_winner) == (D(50), "C")
    # Four points from price to quality: A 21.6 + 46 = 67.6, C 49.68 + 18.4 = 68.08.
    assert found.weight is not None
    assert (found.weight.from_key, found.weight.to_key, found.weight.points) == ("P", "Q", D(4))
    assert found.weight.new_winner == "C"


def test_robustness_reports_nothing_when_no_single_change_turns_the_result() -> None:
    criteria = [
        CriterionInput("K1", None, D(50), D(10)),
        CriterionInput("K2", None, D(50), D(10)),
    ]
    scores = {("A", "K1"): D(10), ("A", "K2"): D(10), ("B", "K1"): D(0), ("B", "K2"): D(0)}
    found = robustness(LotSettings(), criteria, _bids(None, None), scores, {"K1": EVEN})
    assert (found.winner, found.runner_up) == ("A", "B")
    assert found.winner_score is None
    assert found.runner_up_score is None
    assert found.weight is None


def test_robustness_counts_a_knock_out_of_the_winner_and_recomputes_the_price_field() -> None:
    criteria = [
        CriterionInput("Q", None, D(50), D(10), knockout_minimum=D(6)),
        CriterionInput("P", None, D(50), D(0), is_price=True),
    ]
    scores = {("A", "Q"): D(6), ("B", "Q"): D(4), ("C", "Q"): D(10)}
    bids = _bids(40, 50, 100)
    lot = LotSettings(price_max_points=D(50))
    # B is knocked out; A 30 + 50 = 80 beats C 50 + 20 = 70.
    assert evaluate(lot, criteria, bids, scores).winner == "A"
    found = robustness(lot, criteria, bids, scores, {"Q": EVEN})
    assert found.winner_score is not None
    assert (found.winner_score.new, found.winner_score.steps) == (D(4), 1)
    assert found.winner_score.new_winner == "C"


def test_robustness_of_a_tied_top_has_no_winner_to_test() -> None:
    found = robustness(
        LotSettings(),
        [CriterionInput("K1", None, D(100), D(10))],
        _bids(None, None),
        {("A", "K1"): D(6), ("B", "K1"): D(6)},
    )
    assert found.winner is None and found.weight is None


# --- properties -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lot:
    settings: LotSettings
    criteria: tuple[CriterionInput, ...]
    bids: tuple[BidInput, ...]
    scores: Mapping[tuple[Key, Key], Decimal]


def _split(draw: st.DrawFn, parts: int) -> list[int]:
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=parts - 1, max_size=parts - 1)))
    return [b - a for a, b in itertools.pairwise([0, *cuts, 100])]


@st.composite
def lots(
    draw: st.DrawFn,
    method: AwardMethod | None = None,
    knockouts: bool = True,
    max_bids: int = 6,
) -> Lot:
    method = method or draw(st.sampled_from(list(AwardMethod)))
    mains = draw(st.integers(1, 4))
    with_price = method is AwardMethod.WEIGHTED_POINTS and draw(st.booleans())
    weights = _split(draw, mains + int(with_price))
    criteria: list[CriterionInput] = []
    for index in range(mains):
        key = f"K{index + 1}"
        subs = draw(st.integers(0, 3))
        minimum = draw(st.sampled_from([None, D(2), D(4)])) if knockouts else None
        money = D(draw(st.integers(0, 5000))) if method is AwardMethod.AWARD_ON_VALUE else None
        if subs == 0:
            criteria.append(
                CriterionInput(key, None, D(weights[index]), D(10), minimum, False, money)
            )
            continue
        criteria.append(CriterionInput(key, None, D(weights[index]), D(0)))
        for sub, weight in enumerate(_split(draw, subs)):
            criteria.append(
                CriterionInput(f"{key}.{sub}", key, D(weight), D(10), minimum, False, money)
            )
    max_points = D(0)
    if with_price:
        max_points = D(weights[-1])
        criteria.append(CriterionInput("P", None, max_points, D(0), is_price=True))
    elif method is AwardMethod.WEIGHTED_POINTS:
        max_points = D(draw(st.integers(0, 60)))
    formula = draw(st.sampled_from(list(PriceFormula)))
    count = draw(st.integers(1, max_bids))
    prices = draw(st.lists(st.integers(1, 100_000), min_size=count, max_size=count))
    bids = tuple(
        BidInput(f"bid{i}", f"Bid {i}", D(price) / 100, active=draw(st.booleans()) or i == 0)
        for i, price in enumerate(prices)
    )
    leaves = [
        c for c in criteria if not c.is_price and not any(o.parent_key == c.key for o in criteria)
    ]
    scores = {(b.key, c.key): draw(st.sampled_from(EVEN)) for b in bids for c in leaves}
    lot_settings = LotSettings(
        award_method=method,
        price_formula=formula,
        price_max_points=max_points,
        price_floor=D(100),
        price_ceiling=D(800),
        budget=D(draw(st.integers(1, 1000))),
        dropout_rule=draw(st.sampled_from(list(DropoutRule))),
        tie_break_rules=draw(
            st.sampled_from(
                [("heaviest_criterion", "lots"), ("lowest_price", "lots"), ("lots",), ()]
            )
        ),
    )
    return Lot(lot_settings, tuple(criteria), bids, scores)


def _run(lot: Lot) -> LotResult:
    return evaluate(lot.settings, lot.criteria, lot.bids, lot.scores)


@given(lots(), st.randoms(use_true_random=False))
def test_reordering_the_bids_changes_no_rank(lot: Lot, rng: random.Random) -> None:
    shuffled = list(lot.bids)
    rng.shuffle(shuffled)
    before = _run(lot)
    after = _run(replace(lot, bids=tuple(shuffled)))
    assert {b.key: b.rank for b in before.bids} == {b.key: b.rank for b in after.bids}
    assert before.winner == after.winner
    assert {frozenset(t.bid_keys) for t in before.ties} == {
        frozenset(t.bid_keys) for t in after.ties
    }


@given(lots(method=AwardMethod.WEIGHTED_POINTS), st.integers(1, 10_000), st.integers(0, 4))
def test_multiplying_all_prices_changes_no_relative_price_points(
    lot: Lot, factor: int, places: int
) -> None:
    lot = replace(lot, settings=replace(lot.settings, price_formula=PriceFormula.RELATIVE))
    constant = D(factor).scaleb(-places)
    scaled = tuple(replace(b, price=(b.price or D(0)) * constant) for b in lot.bids)
    assert _points(_run(lot)) == _points(_run(replace(lot, bids=scaled)))


@given(lots())
def test_a_knocked_out_bid_never_ranks_and_totals_stay_within_0_and_100(lot: Lot) -> None:
    result = _run(lot)
    for bid in result.bids:
        if bid.knocked_out or not bid.active:
            assert bid.rank is None
            assert bid.key not in result.ranking
        if bid.total is not None:
            assert D(0) <= bid.total <= D(100)
        if bid.price_points is not None:
            assert D(0) <= bid.price_points <= lot.settings.price_max_points


@given(lots(method=AwardMethod.FIXED_PRICE_QUALITY))
def test_the_fixed_price_winner_has_the_best_quality_within_budget(lot: Lot) -> None:
    result = _run(lot)
    budget = lot.settings.budget
    assert budget is not None
    candidates = [b for b in result.bids if b.active and b.price is not None and b.price <= budget]
    for bid in result.bids:
        if bid.price is not None and bid.price > budget:
            assert bid.knockout is not None
            assert bid.knockout.reason is KnockoutReason.ABOVE_BUDGET
            assert bid.rank is None
    if result.winner is not None:
        best = max(b.total or D(0) for b in candidates if not b.knocked_out)
        assert result.bid(result.winner).total == best
        price = result.bid(result.winner).price
        assert price is None or price <= budget


@given(lots(method=AwardMethod.AWARD_ON_VALUE))
def test_award_on_value_picks_the_lowest_fictitious_price(lot: Lot) -> None:
    result = _run(lot)
    ranked = [b for b in result.bids if b.rank is not None]
    for bid in ranked:
        money = sum(
            (
                lot.scores[(bid.key, c.key)] * (c.money_per_point or D(0))
                for c in lot.criteria
                if (bid.key, c.key) in lot.scores
            ),
            D(0),
        )
        assert bid.price is not None
        assert bid.fictitious_price == bid.price - money
    if result.winner is not None:
        lowest = min(b.fictitious_price or D(0) for b in ranked)
        assert result.bid(result.winner).fictitious_price == lowest
        assert all(b.rank == 1 or (b.fictitious_price or D(0)) > lowest for b in ranked)


# --- robustness against brute force -------------------------------------------------------------


def _winner(lot: Lot, criteria: Sequence[CriterionInput], settings_: LotSettings) -> Key | None:
    return evaluate(settings_, criteria, lot.bids, lot.scores).winner


def _brute_score(lot: Lot, bid: Key, lower: bool) -> tuple[Key, Decimal, int, Key | None] | None:
    winner = _run(lot).winner
    best: tuple[Key, Decimal, int, Key | None] | None = None
    for criterion in lot.criteria:
        current = lot.scores.get((bid, criterion.key))
        if current is None:
            continue
        options = [D(v) for v in range(11)]
        steps = (
            sorted((v for v in options if v < current), reverse=True)
            if lower
            else [v for v in options if v > current]
        )
        for count, value in enumerate(steps, start=1):
            if best is not None and count >= best[2]:
                break
            changed = dict(lot.scores)
            changed[(bid, criterion.key)] = value
            new = evaluate(lot.settings, lot.criteria, lot.bids, changed).winner
            if new != winner:
                best = (criterion.key, value, count, new)
                break
    return best


def _brute_weight(lot: Lot) -> tuple[Key, Key, int, Key | None] | None:
    winner = _run(lot).winner
    parents: list[Key | None] = [None]
    parents += [c.key for c in lot.criteria if any(o.parent_key == c.key for o in lot.criteria)]
    best: tuple[Key, Key, int, Key | None] | None = None
    for parent in parents:
        siblings = [c for c in lot.criteria if c.parent_key == parent]
        for source, target in itertools.permutations(siblings, 2):
            for points in range(1, int(source.weight) + 1):
                if best is not None and points >= best[2]:
                    break
                shifted = [
                    replace(c, weight=c.weight - points)
                    if c is source
                    else replace(c, weight=c.weight + points)
                    if c is target
                    else c
                    for c in lot.criteria
                ]
                settings_ = lot.settings
                price = next((c for c in shifted if c.is_price), None)
                if price is not None:
                    settings_ = replace(settings_, price_max_points=price.weight)
                new = _winner(lot, shifted, settings_)
                if new != winner:
                    best = (source.key, target.key, points, new)
                    break
    return best


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([AwardMethod.WEIGHTED_POINTS, AwardMethod.FIXED_PRICE_QUALITY]).flatmap(
        lambda method: lots(method=method, max_bids=4)
    )
)
def test_robustness_agrees_with_a_brute_force_search(lot: Lot) -> None:
    found = robustness(lot.settings, lot.criteria, lot.bids, lot.scores)
    result = _run(lot)
    assert found.winner == result.winner
    if result.winner is None:
        return
    change = found.winner_score
    expected = _brute_score(lot, result.winner, lower=True)
    got = None if change is None else (change.criterion_key, change.new, change.steps)
    assert got == (None if expected is None else expected[:3])
    if change is not None and expected is not None:
        assert change.new_winner == expected[3]
    if found.runner_up is not None:
        change = found.runner_up_score
        expected = _brute_score(lot, found.runner_up, lower=False)
        got = None if change is None else (change.criterion_key, change.new, change.steps)
        assert got == (None if expected is None else expected[:3])
        if change is not None and expected is not None:
            assert change.new_winner == expected[3]
    weight = found.weight
    expected_weight = _brute_weight(lot)
    got_weight = None
    if weight is not None:
        got_weight = (weight.from_key, weight.to_key, int(weight.points), weight.new_winner)
    assert got_weight == expected_weight


@settings(max_examples=40, deadline=None)
@given(lots(method=AwardMethod.AWARD_ON_VALUE, max_bids=4))
def test_robustness_under_award_on_value_agrees_with_a_brute_force_search(lot: Lot) -> None:
    found = robustness(lot.settings, lot.criteria, lot.bids, lot.scores)
    if found.winner is None:
        return
    change = found.winner_score
    expected = _brute_score(lot, found.winner, lower=True)
    got = (
        None
        if change is None
        else (change.criterion_key, change.new, change.steps, change.new_winner)
    )
    assert got == expected
    assert found.weight is None
