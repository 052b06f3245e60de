"""`ssb-desktop results --lot REF/N`: the ranking of a lot from the command line.

The tests ask for ``qapp`` so that the command reuses the widgets application rather than
creating a plain GUI application that later widget tests could not use."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication


def test_results_print_the_ranking_with_totals_per_main_criterion(
    qapp: QApplication, run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "results", "--lot", "SSB-2019/1")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Ranking of lot SSB-2019/1 (Fixed price, quality only)"
    # The demo's consensus: A 8/6/8/6 and B 6/6/4/6 on K1-K4 weighing 40/30/20/10.
    assert lines[1] == (
        "1. A – Stichting Opgroeikracht Sleutelstad: total 72,00 (K1 Visie en aanpak 32,00; "
        "K2 Samenwerking met vrijwilligers en partners 18,00; "
        "K3 Kwaliteit, monitoring en verantwoording 16,00; K4 Continuïteit en overgang 6,00)"
    )
    assert lines[2].startswith("2. B – Stichting Jeugdhaven: total 56,00 (")
    assert "Winner: A – Stichting Opgroeikracht Sleutelstad" in lines
    robustness = lines.index("Robustness:")
    assert robustness > lines.index("Winner: A – Stichting Opgroeikracht Sleutelstad")
    assert all(line.startswith("  ") for line in lines[robustness + 1 :])
    assert any("The winner changes" in line for line in lines[robustness + 1 :])


def test_results_report_json(
    qapp: QApplication, run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "results", "--lot", "ssb-2019/1", "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["lot"] == "SSB-2019/1"
    assert report["winner"] == "A – Stichting Opgroeikracht Sleutelstad"
    assert [(row["rank"], row["code"], row["total"]) for row in report["ranking"]] == [
        (1, "A", "72.00"),
        (2, "B", "56.00"),
    ]
    assert report["ranking"][0]["criteria"]["K1 Visie en aanpak"] == "32.00"
    robustness = report["robustness"]
    assert robustness["winner"] == "A – Stichting Opgroeikracht Sleutelstad"
    assert robustness["runner_up"] == "B – Stichting Jeugdhaven"
    change = robustness["winner_score"]
    assert change is not None and change["bid"] == robustness["winner"]
    assert change["steps"] >= 1 and change["new_winner"] != robustness["winner"]
    assert len(report["robustness_text"]) >= 1


def test_results_without_consensus_exit_1_naming_what_is_missing(
    qapp: QApplication, run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "results", "--lot", "SSB-2019/2")
    assert result.code == 1
    assert result.out == ""
    assert "12 are missing" in result.err
    assert "A × K1 Visie en aanpak" in result.err and "C × K4 Continuïteit" in result.err


def test_results_of_an_unknown_lot_exit_2(
    qapp: QApplication, run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "results", "--lot", "SSB-2019/9")
    assert result.code == 2
    assert "There is no lot SSB-2019/9" in result.err
