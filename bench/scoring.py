"""Complete recomputation of one lot's result with the robustness analysis, against merely
building the engine's input dataclasses for the same lot.

The lot (issue 4): 30 bids, 40 criteria in a two-level tree (price, seven main criteria and
32 sub-criteria, a few with a knock-out minimum), weighted points with 30 relative price
points, and seven evaluators scoring at random on 0-2-4-6-8-10; the committee's consensus is
stood in for by the median of the seven. "Build" turns the raw figures into CriterionInput,
BidInput, LotSettings and the consensus mapping; "engine" runs ``evaluate`` and
``robustness`` on them. Prints the median of each over the runs, every run, and the ratio.
Target (issue 4): engine at most 50 ms. Run: ``python bench/scoring.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ssb_desktop.records import AwardMethod, DropoutRule, PriceFormula
from ssb_desktop.services.scoring import (
    BidInput,
    CriterionInput,
    LotResult,
    LotSettings,
    Robustness,
    evaluate,
    robustness,
)

BIDS = 30
EVALUATORS = 7
SCALE = (0, 2, 4, 6, 8, 10)
PRICE_WEIGHT = 30
# Seven main criteria sharing 70 % of the main level with the price; 32 sub-criteria.
MAINS = ((10, 4), (10, 5), (10, 4), (10, 5), (10, 4), (10, 5), (10, 5))
TARGET_MS = 50.0

Raw = dict[str, Any]


def _split(count: int) -> list[int]:
    base, extra = divmod(100, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


def make_raw(seed: int = 4) -> Raw:
    """Plain figures, as a service would read them from the database."""
    rng = random.Random(seed)
    criteria: list[tuple[str, str | None, int, int, int | None, bool]] = [
        ("P", None, PRICE_WEIGHT, 0, None, True)
    ]
    for main, (weight, subs) in enumerate(MAINS, start=1):
        criteria.append((f"K{main}", None, weight, 0, None, False))
        for sub, sub_weight in enumerate(_split(subs), start=1):
            minimum = 2 if sub == 1 and main % 3 == 0 else None
            criteria.append((f"K{main}.{sub}", f"K{main}", sub_weight, 10, minimum, False))
    leaves = [key for key, _parent, _w, scale, _m, price in criteria if scale and not price]
    bids = [(f"bid{index:02d}", rng.randrange(2_000_000, 3_000_000)) for index in range(BIDS)]
    individual = {
        (bid, leaf): [rng.choice(SCALE) for _ in range(EVALUATORS)]
        for bid, _price in bids
        for leaf in leaves
    }
    return {"criteria": criteria, "bids": bids, "individual": individual}


def build(raw: Raw) -> tuple[LotSettings, list[CriterionInput], list[BidInput], dict[Any, Decimal]]:
    settings = LotSettings(
        award_method=AwardMethod.WEIGHTED_POINTS,
        price_formula=PriceFormula.RELATIVE,
        price_max_points=Decimal(PRICE_WEIGHT),
        budget=Decimal(3_000_000),
        dropout_rule=DropoutRule.RECOMPUTE,
        tie_break_rules=("heaviest_criterion", "lots"),
    )
    criteria = [
        CriterionInput(
            key=key,
            parent_key=parent,
            weight=Decimal(weight),
            scale_max=Decimal(scale),
            knockout_minimum=None if minimum is None else Decimal(minimum),
            is_price=price,
            label=key,
        )
        for key, parent, weight, scale, minimum, price in raw["criteria"]
    ]
    bids = [BidInput(key, key.upper(), Decimal(cents) / 100) for key, cents in raw["bids"]]
    scores = {
        pair: Decimal(statistics.median_low(values)) for pair, values in raw["individual"].items()
    }
    return settings, criteria, bids, scores


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    raw = make_raw()
    inputs = build(raw)

    settings, criteria, bids, scores = inputs
    allowed = {c.key: tuple(Decimal(v) for v in SCALE) for c in criteria if c.scale_max}

    def engine() -> tuple[LotResult, Robustness]:
        return evaluate(*inputs), robustness(settings, criteria, bids, scores, allowed)

    result, found = engine()  # untimed warm-up, and the figures to show
    print(
        f"{BIDS} bids, {len(inputs[1])} criteria, {EVALUATORS} evaluators; "
        f"winner {result.winner}, runner-up {found.runner_up}"
    )
    print(f"  smallest score change of the winner: {found.winner_score}")
    print(f"  smallest score change of the runner-up: {found.runner_up_score}")
    print(f"  smallest weight change: {found.weight}")
    build_runs: list[float] = []
    engine_runs: list[float] = []
    for _ in range(args.repeat):
        build_runs.append(timed(lambda: build(raw)))
        engine_runs.append(timed(engine))
    built = statistics.median(build_runs)
    ran = statistics.median(engine_runs)
    print(f"  build inputs (peer)      median {built:7.2f} ms   runs {_runs(build_runs)}")
    print(f"  evaluate + robustness    median {ran:7.2f} ms   runs {_runs(engine_runs)}")
    print(f"  engine / build ratio {ran / built:.2f}")
    verdict = "within" if ran <= TARGET_MS else "OVER"
    print(f"  target {TARGET_MS:.0f} ms for evaluate + robustness: {verdict}")
    return 0


def _runs(values: list[float]) -> str:
    return " ".join(f"{value:.1f}" for value in values)


if __name__ == "__main__":
    raise SystemExit(main())
