"""`ssb-desktop search TEXT` prints what Ctrl+K finds: kind, reference and name per line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def test_search_prints_kind_reference_and_name_in_dutch(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "search", "SSB-2019/1")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "inschrijving\tSSB-2019/1 A\tStichting Opgroeikracht Sleutelstad" in lines
    assert any(line.startswith("contract\tSSB-2019-1\t") for line in lines)


def test_search_reports_json_and_says_when_there_is_more(
    run_cli: Callable[..., Any], demo_file: Path
) -> None:
    result = run_cli("--db", demo_file, "--json", "search", "20", "--limit", "2")
    document = json.loads(result.out)
    nothing = run_cli("--db", demo_file, "search", "zzzqqq", "nergens")
    more = run_cli("--db", demo_file, "search", "20", "--limit", "2")

    assert result.code == 0, result.err
    assert "application" in document["more"]
    assert len([hit for hit in document["hits"] if hit["kind"] == "application"]) == 2
    assert nothing.code == 0
    assert nothing.out.strip() == "Niets gevonden voor zzzqqq nergens."
    assert "Meer gevonden van soort aanvraag dan de 2 getoonde" in more.out
