"""`ssb-desktop letters`: the award letters of a lot as PDF files, from the command line."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from ssb_desktop.db.tables import ConsensusScore, Criterion
from ssb_desktop.records import AwardRecord
from ssb_desktop.services.awards import current_award
from ssb_desktop.services.procurement import find_lot
from ssb_desktop.services.users import os_account
from ssb_desktop.startup import open_database

LOT = "SSB-2019/1"


def _demo_award(path: Path) -> AwardRecord:
    """The award of the demo's scored lot 1, which the demo decides through the award services
    (sent 02-03-2020, made definitive after the standstill period)."""
    db = open_database(path, account=os_account())
    try:
        with db.transaction() as session:
            lot = find_lot(session, LOT)
            assert lot.id is not None
            award = current_award(session, lot.id)
            assert award is not None
            return award
    finally:
        db.dispose()


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    # Lines wrap wherever the layout breaks them: compare words, not lines.
    return " ".join(done.stdout.split())


def test_letters_are_written_one_pdf_per_bidder_with_the_required_content(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    award = _demo_award(demo_file)
    assert award.standstill_end is not None
    outdir = tmp_path / "brieven"
    # The demo's letters were sent; --all writes them again.
    result = run_cli("--db", demo_file, "letters", "--lot", LOT, outdir, "--all", "--json")
    assert result.code == 0, result.err
    written = [Path(name) for name in result.document["letters"]]
    assert sorted(path.name for path in outdir.iterdir()) == sorted(p.name for p in written)
    assert len(written) == 2
    assert all(path.name.startswith("SSB-2019-1-") for path in written)
    for path in written:
        text = _text(path)
        assert award.winner_name in text
        # The last day of the standstill period, and the first day the contract may be signed,
        # written out as a letter does.
        assert award.standstill_end == date(2020, 3, 23)
        assert "eindigt op 23 maart 2020" in text
        assert "niet vóór 24 maart 2020" in text
        assert "Na bespreking in de commissie" in text  # a consensus motivation
        assert "Visie en aanpak (K1)" in text  # the reasons


def test_letters_are_refused_with_exit_1_naming_a_missing_motivation(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    db = open_database(demo_file, account=os_account())
    try:
        with db.transaction() as session:
            lot = find_lot(session, LOT)
            first = session.scalars(
                select(Criterion)
                .where(Criterion.lot_id == lot.id, Criterion.scale_id.is_not(None))
                .order_by(Criterion.position)
            ).first()
            assert first is not None
            session.execute(
                update(ConsensusScore)
                .where(ConsensusScore.criterion_id == first.id)
                .values(motivation="")
            )
            code = first.code
    finally:
        db.dispose()
    outdir = tmp_path / "brieven"
    result = run_cli("--db", demo_file, "--lang", "en", "letters", "--lot", LOT, outdir)
    assert result.code == 1
    assert f"A: {code}" in result.err and f"B: {code}" in result.err
    assert "motivation" in result.err
    assert not outdir.exists() or not any(outdir.iterdir())


def test_letters_of_a_lot_without_an_award_are_refused(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    # Lot 2 of the demo is still being evaluated.
    result = run_cli("--db", demo_file, "--lang", "en", "letters", "--lot", "SSB-2019/2", tmp_path)
    assert result.code == 1
    assert "no award decision yet" in result.err


def test_letter_file_names_are_safe_on_windows() -> None:
    from ssb_desktop.documents.award_letter import file_name
    from ssb_desktop.records import LetterContent

    letter = LetterContent(
        lot_id=1,
        lot_label="SSB/2026/3",
        lot_title="",
        procurement_title="",
        bid_id=1,
        bid_code="A",
        addressee_name='Zorg & Welzijn: "Noord" B.V. ',
        addressee_street="",
        addressee_postcode="",
        addressee_city="",
        is_winner=False,
        winner_bid_code="B",
        winner_name="",
        successor_name="",
        reasons="",
        reason_not_first="",
        rank=None,
        total=None,
        ranked_count=0,
        winner_rank=None,
        winner_total=None,
        excluded_reason="",
        scores=(),
        sent_on=date(2026, 4, 24),
        standstill_end=date(2026, 5, 18),
    )
    assert file_name(letter) == "SSB-2026-3-A-Zorg & Welzijn_ _Noord_ B.V.pdf"
