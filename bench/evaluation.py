"""``lot_results`` on a database lot (issue 4): reading the lot, its committee's consensus and
running the engine with the robustness analysis, against the engine alone on the same figures.

The lot is the one of ``bench/scoring.py`` (30 bids, 40 criteria, 7 evaluators whose 6,720
individual scores sit in the database next to the 960 consensus scores), written to a
temporary SQLite file. Prints the median of each over the runs and the ratio.
Run: ``python bench/evaluation.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from peers import verdict
from scoring import EVALUATORS, SCALE, TARGET_MS, build, make_raw

from ssb_desktop.db.database import Database, sqlite_url
from ssb_desktop.db.tables import (
    Bid,
    BidMember,
    ConsensusScore,
    Criterion,
    Evaluator,
    IndividualScore,
    Lot,
    Organisation,
    Procurement,
    Scale,
    ScaleValue,
)
from ssb_desktop.records import AwardMethod, BidStatus, ProcedureType
from ssb_desktop.services import evaluation
from ssb_desktop.services.scoring import evaluate, robustness
from ssb_desktop.startup import open_database

MOMENT = datetime(2026, 1, 1, tzinfo=UTC)


def fill(db: Database, raw: dict[str, object]) -> int:
    """The lot of ``raw`` in the database; returns its id."""
    with db.transaction() as session:
        scale = Scale(name="bench", values=[ScaleValue(value=Decimal(v)) for v in SCALE])
        procurement = Procurement(
            reference="BENCH",
            title="Bench",
            procedure_type=ProcedureType.LIGHT_REGIME,
            estimated_value=Decimal(1),
        )
        lot = Lot(
            number=1,
            award_method=AwardMethod.WEIGHTED_POINTS,
            price_max_points=Decimal(30),
            budget=Decimal(3_000_000),
        )
        procurement.lots.append(lot)
        session.add_all([scale, procurement])
        session.flush()
        ids: dict[str, int] = {}
        for position, (key, parent, weight, scale_max, minimum, price) in enumerate(
            raw["criteria"]  # type: ignore[attr-defined]
        ):
            criterion = Criterion(
                lot_id=lot.id,
                parent_id=ids[parent] if parent else None,
                position=position,
                code=key,
                title=key,
                weight=Decimal(weight),
                is_price=price,
                scale=scale if scale_max else None,
                knockout_minimum=None if minimum is None else Decimal(minimum),
            )
            session.add(criterion)
            session.flush()
            ids[key] = criterion.id
        bids: dict[str, int] = {}
        for index, (key, cents) in enumerate(raw["bids"]):  # type: ignore[attr-defined]
            organisation = Organisation(name=f"Organisation {index}")
            session.add(organisation)
            session.flush()
            bid = Bid(
                lot_id=lot.id,
                code=key.upper(),
                received_at=MOMENT,
                price_total=Decimal(cents) / 100,
                status=BidStatus.VALID,
                members=[BidMember(organisation_id=organisation.id)],
            )
            session.add(bid)
            session.flush()
            bids[key] = bid.id
        committee = [
            Evaluator(lot_id=lot.id, name=f"Evaluator {n}", submitted_at=MOMENT)
            for n in range(EVALUATORS)
        ]
        session.add_all(committee)
        session.flush()
        for (bid_key, criterion_key), values in raw["individual"].items():  # type: ignore[attr-defined]
            for evaluator, value in zip(committee, values, strict=True):
                session.add(
                    IndividualScore(
                        evaluator_id=evaluator.id,
                        bid_id=bids[bid_key],
                        criterion_id=ids[criterion_key],
                        score=Decimal(value),
                    )
                )
            session.add(
                ConsensusScore(
                    bid_id=bids[bid_key],
                    criterion_id=ids[criterion_key],
                    score=Decimal(statistics.median_low(values)),
                    motivation="Agreed.",
                    decided_at=MOMENT,
                )
            )
        return lot.id


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


# Issue 18: the consensus overview of this lot within 50 ms.
OVERVIEW_TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    raw = make_raw()
    settings, criteria, bid_inputs, scores = build(raw)
    allowed = {c.key: tuple(Decimal(v) for v in SCALE) for c in criteria if c.scale_max}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        db = open_database(sqlite_url(path), account="bench")
        try:
            lot_id = fill(db, raw)

            def from_database() -> evaluation.LotResults:
                with db.transaction() as session:
                    return evaluation.lot_results(session, lot_id)

            def engine() -> object:
                evaluate(settings, criteria, bid_inputs, scores)
                return robustness(settings, criteria, bid_inputs, scores, allowed)

            def overview() -> object:
                with db.transaction() as session:
                    return evaluation.consensus_overview(session, lot_id)

            raw_connection = sqlite3.connect(path)

            def raw_fetch() -> object:
                # The peer: the same score rows, fetched with a bare sqlite3 cursor.
                return raw_connection.execute(
                    "SELECT s.evaluator_id, s.bid_id, s.criterion_id, s.score, s.motivation "
                    "FROM individual_scores s JOIN evaluators e ON e.id = s.evaluator_id "
                    "WHERE e.lot_id = ? AND s.invalidated = 0 ORDER BY s.id",
                    (lot_id,),
                ).fetchall()

            found = from_database()  # warm-up
            fetched = len(raw_fetch())  # type: ignore[arg-type]
            cells = len(overview().cells)  # type: ignore[attr-defined]
            print(f"lot_results: winner {found.bid_labels[int(found.result.winner or 0)]}")
            db_runs: list[float] = []
            engine_runs: list[float] = []
            overview_runs: list[float] = []
            raw_runs: list[float] = []
            for _ in range(args.repeat):
                engine_runs.append(timed(engine))
                db_runs.append(timed(from_database))
                overview_runs.append(timed(overview))
                raw_runs.append(timed(raw_fetch))
            raw_connection.close()
        finally:
            db.dispose()
    ran, read = statistics.median(engine_runs), statistics.median(db_runs)
    print(f"  engine alone (peer)          median {ran:7.2f} ms")
    print(f"  lot_results incl. robustness median {read:7.2f} ms")
    print(f"  lot_results / engine ratio {read / ran:.2f}")
    print(f"  lot_results {read:.1f} ms ({verdict(read, TARGET_MS, ' ms')})")
    shown = statistics.median(overview_runs)
    fetch = statistics.median(raw_runs)
    print(
        f"  consensus_overview ({cells} cells, {fetched} scores, read from the database) "
        f"median {shown:7.2f} ms ({verdict(shown, OVERVIEW_TARGET_MS, ' ms')})"
    )
    print(
        f"  raw sqlite3 fetch of the same {fetched} score rows (peer) median {fetch:7.2f} ms; "
        f"consensus_overview / raw fetch {shown / fetch:.1f} x, / engine {shown / ran:.1f} x "
        "(the target is the absolute 50 ms; a loaded machine inflates both)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
