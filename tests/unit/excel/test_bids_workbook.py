"""The bids workbook without a database: colleagues' headers and cell formats are read into
typed rows with every problem at its cell, and our export reopens as Excel shows it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.excel.bids import OrganisationRef, read_bids, write_bids
from ssb_desktop.records import BidMemberRecord, BidRecord, BidStatus, ConsortiumRole

Workbook = Callable[..., Path]


def test_a_colleagues_list_is_found_below_a_title_and_read_through_synonyms(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Overzicht inschrijvingen SSB-2019"])
    sheet.append([])
    sheet.append(["Kavel", "Inschrijver", "KvK", "Ingediend op", "Inschrijfsom", "Reden"])
    sheet.append(["SSB-2019/1", "Stichting Alfa", 1234567, datetime(2019, 9, 30, 16), 2_500_000.5])
    sheet.append(["Totaal", None, None, None, 2_500_000.5])
    path = tmp_path / "lijst.xlsx"
    book.save(path)

    parsed = read_bids(path)

    assert parsed.problems == []
    assert parsed.header_row == 3
    [row] = parsed.rows
    assert row.row == 4
    assert row.lot == "SSB-2019/1"
    assert row.lead == OrganisationRef("Stichting Alfa", "01234567", "Inschrijver")
    # 16:00 in Leiden during summer time is 14:00 UTC.
    assert row.received_at == datetime(2019, 9, 30, 14, tzinfo=UTC)
    assert row.price_total == Decimal("2500000.50")
    assert {"lot", "lead", "lead_kvk", "received", "price_total", "status_reason"} <= row.present
    [warning] = parsed.warnings
    assert (warning.row, warning.column) == (4, "KvK")
    assert "lost its leading zero" in warning.english()


def test_members_and_their_kvk_numbers_are_paired_in_order(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(
        ["Perceel", "Penvoerder", "Leden", "KvK leden", "Onderaannemers"],
        [
            ["SSB-2019/2", "Alfa", "Beta; Gamma", "11111111; ", "Delta"],
            ["SSB-2019/2", "Alfa", "Beta; Gamma", "11111111", ""],
        ],
    )

    parsed = read_bids(path)

    first = parsed.rows[0]
    assert first.members == (
        OrganisationRef("Beta", "11111111", "Leden"),
        OrganisationRef("Gamma", "", "Leden"),
    )
    assert first.subcontractors == (OrganisationRef("Delta", "", "Onderaannemers"),)
    assert [(ref.name, role) for ref, role in first.organisations()] == [
        ("Alfa", ConsortiumRole.LEAD),
        ("Beta", ConsortiumRole.MEMBER),
        ("Gamma", ConsortiumRole.MEMBER),
        ("Delta", ConsortiumRole.SUBCONTRACTOR),
    ]
    [problem] = parsed.problems
    assert (problem.row, problem.column) == (3, "KvK leden")
    assert "lists 1 KvK numbers for 2 names" in problem.english()


@pytest.mark.parametrize(
    ("cell", "expected", "date_only"),
    [
        ("1-10-2019 9:30", datetime(2019, 10, 1, 7, 30, tzinfo=UTC), False),
        ("01-10-2019 09.30", datetime(2019, 10, 1, 7, 30, tzinfo=UTC), False),
        ("2019-10-01 09:30", datetime(2019, 10, 1, 7, 30, tzinfo=UTC), False),
        ("1-10-2019", datetime(2019, 9, 30, 22, 0, tzinfo=UTC), True),
        (date(2019, 12, 1), datetime(2019, 11, 30, 23, 0, tzinfo=UTC), True),
    ],
)
def test_moments_are_read_as_dutch_local_time(
    organisations_workbook: Workbook, cell: object, expected: datetime, date_only: bool
) -> None:
    path = organisations_workbook(["Perceel", "Penvoerder", "Ontvangen"], [["R/1", "A", cell]])

    parsed = read_bids(path)

    assert parsed.problems == []
    assert parsed.rows[0].received_at == expected
    assert bool(parsed.warnings) is date_only
    if date_only:
        assert "Add the time" in parsed.warnings[0].english()


def test_bad_cells_are_problems_at_their_row_and_column(organisations_workbook: Workbook) -> None:
    path = organisations_workbook(
        ["ID", "Perceel", "Penvoerder", "Ontvangen", "Prijs per jaar", "Status"],
        [
            ["12", "R/1", "A", "morgen", "€ 1.000,00", "geldig"],
            ["x", "R/1", "B", "", "duur", "Gewonnen"],
        ],
    )

    parsed = read_bids(path)

    assert parsed.rows[0].status is BidStatus.VALID
    assert parsed.rows[0].id == 12
    assert parsed.rows[0].price_per_year == Decimal("1000.00")
    assert [(p.row, p.column) for p in parsed.problems] == [
        (2, "Ontvangen"),
        (3, "ID"),
        (3, "Prijs per jaar"),
        (3, "Status"),
    ]
    assert 'Unknown status "Gewonnen"' in parsed.problems[-1].english()


def test_a_sheet_without_a_lot_or_bidder_column_asks_for_a_mapping(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(["Naam", "Bedrag"], [["Alfa", 10]])

    parsed = read_bids(path)

    assert [p.english() for p in parsed.problems] == [
        "No column holds the Lot; choose it in the column mapping.",
        "No column holds the Lead (penvoerder); choose it in the column mapping.",
    ]
    mapped = read_bids(path, {"Naam": "lead", "Bedrag": "price_total"})
    assert "lead" in mapped.mapping and len(mapped.problems) == 1


def test_the_export_writes_typed_cells_and_inert_text(tmp_path: Path) -> None:
    record = BidRecord(
        id=7,
        lot_id=1,
        lot_label="SSB-2019/3",
        code="B",
        received_at=datetime(2019, 10, 1, 10, 30, tzinfo=UTC),
        late=True,
        late_reason="=storing",
        price_per_year=Decimal("1234.56"),
        price_total=Decimal("2469.12"),
        status=BidStatus.EXCLUDED,
        status_reason="Te laat",
        notes="+31 71 1234567",
        members=(
            BidMemberRecord(1, "Alfa", ConsortiumRole.LEAD),
            BidMemberRecord(2, "Beta", ConsortiumRole.MEMBER),
            BidMemberRecord(3, "Gamma", ConsortiumRole.MEMBER),
            BidMemberRecord(4, "Delta", ConsortiumRole.SUBCONTRACTOR),
        ),
        documents=("K:/bids/b.pdf", "https://example.org/b"),
    )
    path = tmp_path / "export.xlsx"

    write_bids(path, [record], {1: "11111111", 2: "22222222", 4: "44444444"})

    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    cells = {name: sheet.cell(row=2, column=index + 1) for index, name in enumerate(header)}
    assert sheet.title == "Inschrijvingen" and sheet.freeze_panes == "A2"
    assert cells["Aanbesteding"].value == "SSB-2019"
    assert cells["KvK penvoerder"].value == "11111111"
    assert cells["Leden"].value == "Beta; Gamma"
    assert cells["KvK leden"].value == "22222222; "
    assert (cells["Onderaannemers"].value, cells["KvK onderaannemers"].value) == (
        "Delta",
        "44444444",
    )
    assert cells["Ontvangen"].value == datetime(2019, 10, 1, 12, 30)
    assert cells["Ontvangen"].number_format == "dd-mm-yyyy hh:mm"
    assert (cells["Te laat"].value, cells["Te laat reden"].value) == ("Ja", "=storing")
    assert cells["Te laat reden"].data_type == "s"
    assert cells["Prijs totaal"].value == pytest.approx(2469.12)
    assert (cells["Status"].value, cells["Opmerkingen"].value) == ("Uitgesloten", "+31 71 1234567")
    assert cells["Documenten"].value == "K:/bids/b.pdf\nhttps://example.org/b"

    [row] = read_bids(path).rows
    assert row.late_reason == "=storing" and row.documents == record.documents
    assert row.members[1] == OrganisationRef("Gamma", "", "Leden")
    assert row.received_at == record.received_at and row.price_total == record.price_total
