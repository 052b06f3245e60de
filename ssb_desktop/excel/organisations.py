"""The organisations workbook: Dutch header synonyms for colleagues' lists, and our export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_
from ssb_desktop.excel import reading, writing
from ssb_desktop.formatting import is_ascii_digits
from ssb_desktop.records import ImportRow, OrganisationKind, OrganisationRecord, Problem

SHEET_TITLE = "Organisaties"

# Field -> header texts seen in colleagues' spreadsheets (compared after normalisation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "SSB-id", "Id organisatie"),
    "name": (
        "Naam",
        "Naam organisatie",
        "Organisatie",
        "Organisatienaam",
        "Name",
        "Statutaire naam",
        "Naam instelling",
        "Naam partner",
        "Partner",
    ),
    "kind": ("Soort", "Soort organisatie", "Type", "Type organisatie", "Kind", "Categorie"),
    "kvk": ("KvK-nummer", "KvK", "KvK nummer", "KvK-nr", "Kamer van Koophandel", "KvK number"),
    "rsin": ("RSIN", "Fiscaal nummer", "RSIN/fiscaal nummer"),
    "iban": ("IBAN", "Rekeningnummer", "Bankrekening", "Bankrekeningnummer"),
    "street": (
        "Adres",
        "Straat",
        "Straat en huisnummer",
        "Straat + huisnr",
        "Straat + huisnummer",
        "Straat/huisnr",
        "Straatnaam en huisnummer",
        "Adres + huisnr",
        "Bezoekadres",
        "Vestigingsadres",
        "Address",
    ),
    "postcode": ("Postcode", "PC", "Postc.", "Pcode", "Postal code"),
    "city": ("Plaats", "Woonplaats", "Vestigingsplaats", "Plaatsnaam", "Stad", "City"),
    "email": ("E-mail", "Email", "E-mailadres", "Mail", "E-mail organisatie"),
    "phone": ("Telefoon", "Telefoonnummer", "Tel", "Tel.", "Tel.nr.", "Phone"),
    "website": ("Website", "Webadres", "Internet", "URL", "Site"),
    "districts": ("Wijken", "Wijk(en)", "Wijk", "District", "Districten", "Werkgebied"),
    "contact": ("Contactpersoon", "Contact", "Contactpersonen", "Contact person"),
    "contact_email": ("E-mail contactpersoon", "Mail contactpersoon"),
    "contact_phone": ("Telefoon contactpersoon", "Tel contactpersoon"),
    "archived": ("Gearchiveerd", "Archief", "Archived"),
    "notes": ("Opmerkingen", "Opmerking", "Notities", "Toelichting", "Notes"),
}
REQUIRED = ("name",)
# One whole sentence per required field: a field label filled into a shared sentence would
# stay English, as problems are translated without knowing which parameters are labels.
MISSING_REQUIRED = {
    "name": N_(
        "Import",
        "No column holds the names of the organisations; give that column the header Naam, or "
        "assign it to Name in the column mapping.",
    ),
}

# Labels for the column-mapping dialog (translated in the views).
FIELD_LABELS: dict[str, str] = {
    "id": N_("Fields", "Id (from an export)"),
    "name": N_("Fields", "Name"),
    "kind": N_("Fields", "Kind"),
    "kvk": N_("Fields", "KvK number"),
    "rsin": N_("Fields", "RSIN"),
    "iban": N_("Fields", "IBAN"),
    "street": N_("Fields", "Address"),
    "postcode": N_("Fields", "Postcode"),
    "city": N_("Fields", "City"),
    "email": N_("Fields", "E-mail"),
    "phone": N_("Fields", "Phone"),
    "website": N_("Fields", "Website"),
    "districts": N_("Fields", "Districts"),
    "contact": N_("Fields", "Contact person"),
    "contact_email": N_("Fields", "Contact person's e-mail"),
    "contact_phone": N_("Fields", "Contact person's phone"),
    "archived": N_("Fields", "Archived"),
    "notes": N_("Fields", "Notes"),
}
KIND_TEXT = {
    OrganisationKind.PROFESSIONAL: "Professioneel",
    OrganisationKind.VOLUNTEER: "Vrijwilligers",
    OrganisationKind.OTHER: "Overig",
}
# Our export: the first header of each field's synonyms, in this order.
EXPORT_FIELDS = (
    ("id", "integer", 8),
    ("name", "text", 40),
    ("kind", "text", 14),
    ("kvk", "code", 12),
    ("rsin", "code", 11),
    ("iban", "code", 22),
    ("street", "text", 28),
    ("postcode", "code", 9),
    ("city", "text", 14),
    ("email", "text", 28),
    ("phone", "text", 14),
    ("website", "text", 24),
    ("districts", "text", 36),
    ("contact", "text", 22),
    ("contact_email", "text", 26),
    ("contact_phone", "text", 16),
    ("archived", "text", 12),
    ("notes", "text", 30),
)
EXPORT_HEADERS = {
    "id": "ID",
    "name": "Naam",
    "kind": "Soort",
    "kvk": "KvK-nummer",
    "districts": "Wijken",
}


@dataclass(frozen=True, slots=True)
class ParsedWorkbook:
    """What an organisations workbook holds, before any database is involved."""

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    layout_key: str
    rows: list[ImportRow] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: tuple[str, ...] = ()  # header labels no field reads (reading.unmapped_columns)

    def column_of(self) -> dict[str, str]:
        """Field -> header text, for naming columns in messages."""
        return {name: self.headers[index] for name, index in self.mapping.items()}


def _kvk_text(value: Any, sheet: str, row: int, column: str) -> tuple[str, Problem | None]:
    # A KvK number typed into a number cell loses its leading zeros (9808638 for 09808638).
    text = reading.cell_code(value)
    digits = text.replace(" ", "").replace(".", "")
    if is_ascii_digits(digits) and 4 <= len(digits) < 8:
        restored = digits.zfill(8)
        return restored, Problem(
            N_("Import", "KvK number {value} lost its leading zeros; read as {kvk}."),
            sheet=sheet,
            row=row,
            column=column,
            params={"value": text, "kvk": restored},
        )
    return text, None


def _text_column(values: Sequence[Any]) -> list[str]:
    """:func:`reading.cell_text` of each value, with the common case of text done inline."""
    types = set(map(type, values))
    if types == {str}:
        return list(map(str.strip, values))
    if types == {type(None)}:
        return [""] * len(values)
    cell_text = reading.cell_text
    return [
        value.strip() if type(value) is str else "" if value is None else cell_text(value)
        for value in values
    ]


def _read_rows(
    sheet: reading.RawSheet,
    header: reading.HeaderMatch,
    mapping: Mapping[str, int],
    warnings: list[Problem],
) -> list[ImportRow]:
    """Every data row as text per field, converted column by column (a workbook of 50,000
    organisations has close to a million cells), adding a warning per restored KvK number."""
    data, skipped = reading.read_data(sheet, header)
    if not data or not mapping:
        warnings.extend(skipped)
        return [ImportRow(sheet.name, excel_row, {}) for excel_row, _cells in data]
    names = list(mapping)
    indexes = [mapping[name] for name in names]
    width = max(indexes) + 1
    padding = (None,) * width
    cells_of = itemgetter(*indexes)
    if len(indexes) == 1:
        raw_columns: list[Sequence[Any]] = [[cells_of(cells + padding) for _r, cells in data]]
    else:
        raw_columns = list(
            zip(
                *(
                    cells_of(cells if len(cells) >= width else cells + padding)
                    for _r, cells in data
                ),
                strict=True,
            )
        )
    excel_rows = [excel_row for excel_row, _cells in data]
    text_columns: list[list[str]] = []
    for name, index, raw in zip(names, indexes, raw_columns, strict=True):
        if name != "kvk":
            text_columns.append(_text_column(raw))
            continue
        texts: list[str] = []
        for excel_row, value in zip(excel_rows, raw, strict=True):
            if type(value) is str and len(value) == 8 and is_ascii_digits(value):
                texts.append(value)  # a well-formed KvK number, as typed
                continue
            text, warning = _kvk_text(value, sheet.name, excel_row, header.headers[index])
            if warning is not None:
                warnings.append(warning)
            texts.append(text)
        text_columns.append(texts)
    warnings.extend(skipped)
    return [
        ImportRow(sheet.name, excel_row, dict(zip(names, values, strict=True)))
        for excel_row, values in zip(excel_rows, zip(*text_columns, strict=True), strict=True)
    ]


def read_organisations(path: Path, explicit: Mapping[str, str] | None = None) -> ParsedWorkbook:
    """Find the header, map columns (explicit mapping wins), and read every data row as text."""
    with reading.collector_paused():
        return _read_organisations(path, explicit)


def _read_organisations(path: Path, explicit: Mapping[str, str] | None) -> ParsedWorkbook:
    sheet = reading.read_sheet(path)
    header = reading.find_header(sheet.rows, SYNONYMS, REQUIRED)
    mapping = dict(header.mapping)
    problems: list[Problem] = []
    if explicit:
        mapping, mapping_problems = reading.apply_mapping(
            header.headers,
            explicit,
            sheet.name,
            header_row=header.excel_row,
            base=header.mapping,
            fields=SYNONYMS.keys(),
        )
        problems.extend(mapping_problems)
    for name in REQUIRED:
        if name not in mapping:
            problems.append(Problem(MISSING_REQUIRED[name], sheet=sheet.name, row=header.excel_row))
    parsed_rows: list[ImportRow] = []
    warnings: list[Problem] = []
    headers = header.headers
    if not problems:
        parsed_rows = _read_rows(sheet, header, mapping, warnings)
    unmapped, notes = reading.unmapped_columns(
        headers, mapping, sheet.name, header.excel_row, SYNONYMS
    )
    return ParsedWorkbook(
        sheet=sheet.name,
        header_row=header.excel_row,
        headers=list(headers),
        mapping=mapping,
        layout_key=reading.layout_key(headers),
        rows=parsed_rows,
        warnings=[*notes, *warnings],
        problems=problems,
        unmapped=unmapped,
    )


def export_row(record: OrganisationRecord) -> tuple[Any, ...]:
    contact = record.contacts[0] if record.contacts else None
    values: dict[str, Any] = {
        "id": record.id,
        "name": record.name,
        "kind": KIND_TEXT[record.kind],
        "kvk": record.kvk,
        "rsin": record.rsin,
        "iban": record.iban,
        "street": record.street,
        "postcode": record.postcode,
        "city": record.city,
        "email": record.email,
        "phone": record.phone,
        "website": record.website,
        "districts": ", ".join(record.district_names),
        "contact": contact.name if contact else "",
        "contact_email": contact.email if contact else "",
        "contact_phone": contact.phone if contact else "",
        "archived": "Ja" if record.archived else "Nee",
        "notes": record.notes,
    }
    return tuple(values[name] for name, _kind, _width in EXPORT_FIELDS)


def write_organisations(path: Path, records: Sequence[OrganisationRecord]) -> None:
    columns = [
        writing.Column(EXPORT_HEADERS.get(name, SYNONYMS[name][0]), writing.ColumnKind(kind), width)
        for name, kind, width in EXPORT_FIELDS
    ]
    writing.write_workbook(
        path,
        [
            writing.SheetSpec(
                title=SHEET_TITLE, columns=columns, rows=(export_row(record) for record in records)
            ),
        ],
    )
