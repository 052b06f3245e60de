"""Writes workbooks fast and safely: typed columns, text that never turns into a formula, and an
atomic replace of the target so a failed write leaves the old file untouched.

openpyxl in write-only mode builds the package (styles, frozen header, autofilter, column
widths, sheet states); the rows themselves are serialised here straight to XML, because
openpyxl without lxml spends most of its time building an element per cell. Every string is
written as an inline string (``t="inlineStr"``), so ``=1+1``, ``+31...``, ``-5`` or ``@x``
stay inert text, and openpyxl's guess that ``"#N/A"`` is an error value never happens.
"""

from __future__ import annotations

import errno
import io
import os
import re
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from math import isfinite
from pathlib import Path
from typing import IO, Any

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel.reading import MAX_CELL_TEXT, METADATA_SHEET, column_letter
from ssb_desktop.formatting import LOCAL_ZONE, format_date

CONTEXT = "Excel"

# Excel's limits on one sheet.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

# Rows are serialised in batches of this many before being encoded and spooled.
_BATCH_ROWS = 2_000
# Serialised rows stay in memory up to this size, then spill to a temporary file.
_SPOOL_BYTES = 32 * 1024 * 1024
_EXCEL_EPOCH = datetime(1899, 12, 30)
# Excel counts 29-02-1900, which never existed; serial numbers are only right from here on.
_FIRST_SERIAL_DATE = date(1900, 3, 1)
_MAX_WIDTH = 60.0
_SHEET_TITLE_LENGTH = 31
_INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")
# Characters XML 1.0 cannot carry (and CR, which parsers turn into LF) travel as _xHHHH_, the
# escape Excel itself uses; a literal "_xHHHH_" is escaped too so it reads back unchanged.
_NEEDS_X_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


class ColumnKind(StrEnum):
    TEXT = "text"
    CODE = "code"
    INTEGER = "integer"
    DECIMAL = "decimal"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    PERCENTAGE = "percentage"


# Excel number format per kind; Excel shows them with the reader's own separators.
NUMBER_FORMATS: dict[ColumnKind, str] = {
    ColumnKind.TEXT: "General",
    ColumnKind.CODE: "@",
    ColumnKind.INTEGER: "0",
    ColumnKind.DECIMAL: "#,##0.00",
    ColumnKind.MONEY: '"€" #,##0.00;"€" -#,##0.00',
    ColumnKind.DATE: "dd-mm-yyyy",
    ColumnKind.DATETIME: "dd-mm-yyyy hh:mm",
    ColumnKind.PERCENTAGE: "0.0%",
}

# Column width in characters when a column gives none (widened for a long header).
DEFAULT_WIDTHS: dict[ColumnKind, float] = {
    ColumnKind.TEXT: 30,
    ColumnKind.CODE: 16,
    ColumnKind.INTEGER: 10,
    ColumnKind.DECIMAL: 12,
    ColumnKind.MONEY: 15,
    ColumnKind.DATE: 12,
    ColumnKind.DATETIME: 17,
    ColumnKind.PERCENTAGE: 10,
}

_TEXT_KINDS = frozenset({ColumnKind.TEXT, ColumnKind.CODE})

_OPEN_IN_EXCEL = N_(
    "Excel",
    "The file {name} is open in another program or read-only; close the file in Excel and "
    "try again.",
)
_FOLDER_NOT_WRITABLE = N_(
    "Excel",
    "You cannot save files in the folder {folder}; choose another folder and try again.",
)
_NO_FOLDER = N_("Excel", "The folder {folder} does not exist; choose another folder and try again.")
_TARGET_IS_FOLDER = N_("Excel", "{name} is a folder; choose another file name and try again.")
_DISK_FULL = N_(
    "Excel",
    "The disk is full, so {name} was not saved; free some space or choose another folder "
    "and try again.",
)
_WRITE_FAILED = N_(
    "Excel",
    "The file {name} could not be saved; choose another folder or file name and try again.",
)
_TOO_MANY_ROWS = N_(
    "Excel",
    "Sheet {sheet} would have more than {limit} rows, more than Excel can show; export "
    "fewer rows and try again.",
)
_TEXT_TOO_LONG = N_(
    "Excel",
    "The text in cell {cell} on sheet {sheet} is longer than the {limit} characters Excel "
    "allows; shorten it and try again.",
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet: its header, the kind of values and a width in characters."""

    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """A sheet to write: values in ``rows`` line up with ``columns``; ``None`` is a blank.

    Money, decimal and integer columns take numbers (``Decimal`` preferred), date columns
    ``date``/``datetime`` (aware moments are shown in Dutch local time), percentage columns
    fractions (0.25 is 25 %). A ``str`` is always written as text, whatever the column.
    """

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


class _WriteFailed(Exception):
    """Internal: a user-facing failure found while serialising rows."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


def write_workbook(
    path: Path, sheets: Sequence[SheetSpec], *, metadata: Mapping[str, str] | None = None
) -> None:
    """Write ``sheets`` (and ``metadata`` on a very hidden sheet) to ``path``, replacing it.

    The workbook is written to a temporary file beside ``path`` and renamed onto it, so
    ``path`` is either the complete new workbook or untouched. Raises :class:`WorkbookError`
    when the target is open in Excel, the folder cannot be written, or the disk is full.
    """
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    target = Path(os.path.abspath(path))
    folder = target.parent
    specs = list(sheets)
    if metadata is not None:
        specs.append(
            SheetSpec(
                METADATA_SHEET,
                [Column("key"), Column("value", width=60)],
                [(str(key), str(value)) for key, value in metadata.items()],
            )
        )
    try:
        temporary, output = _create_temporary(folder, target.stem)
    except OSError as exc:
        raise _os_error(exc, target, replacing=False) from exc
    try:
        with output:
            _write_package(output, specs, with_metadata=metadata is not None)
        _replace(temporary, target)
    except _WriteFailed as failed:
        _remove(temporary)
        raise WorkbookError(failed.message, failed.params, context=CONTEXT) from None
    except OSError as exc:
        _remove(temporary)
        raise _os_error(exc, target, replacing=False) from exc
    except BaseException:
        _remove(temporary)
        raise


def _create_temporary(folder: Path, stem: str) -> tuple[Path, IO[bytes]]:
    """A new file beside the target; ``open`` (unlike ``mkstemp``) gives it the usual
    permissions, which the target keeps after the rename."""
    while True:
        candidate = folder / f".{stem[:40]}-{secrets.token_hex(4)}.xlsx.tmp"
        try:
            return candidate, candidate.open("xb")
        except FileExistsError:
            continue


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        raise _os_error(exc, target, replacing=True) from exc


def _remove(temporary: Path) -> None:
    with suppress(OSError):
        temporary.unlink()


def _os_error(exc: OSError, target: Path, *, replacing: bool) -> WorkbookError:
    params = {"name": target.name, "folder": str(target.parent)}
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        message = _DISK_FULL
    elif isinstance(exc, IsADirectoryError) or target.is_dir():
        message = _TARGET_IS_FOLDER
    elif replacing and isinstance(exc, PermissionError):
        # On Windows a workbook open in Excel cannot be replaced: access denied.
        message = _OPEN_IN_EXCEL
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        message = _FOLDER_NOT_WRITABLE
    elif isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        message = _NO_FOLDER
    else:
        message = _WRITE_FAILED
    return WorkbookError(message, params, details=str(exc), context=CONTEXT)


# --- package ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _SheetPlan:
    spec: SheetSpec
    worksheet: Any
    rows: IO[bytes]
    count: int = 0


def _write_package(output: IO[bytes], specs: list[SheetSpec], *, with_metadata: bool) -> None:
    # openpyxl is imported here, not at module level, to keep start-up light.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    titles = _unique_titles([spec.title for spec in specs], reserved=with_metadata)
    plans: list[_SheetPlan] = []
    styles: dict[ColumnKind, int] = {}
    header_style = 0
    with ExitStack() as stack:
        for spec, title in zip(specs, titles, strict=True):
            spool = stack.enter_context(
                tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES, mode="w+b")
            )
            if not spec.columns or len(spec.columns) > MAX_COLUMNS:
                raise ValueError(f"sheet {spec.title!r} needs 1 to {MAX_COLUMNS} columns")
            worksheet = workbook.create_sheet(title)
            if not styles:
                # Style ids are workbook-wide: register each once and reuse its number.
                for kind, number_format in NUMBER_FORMATS.items():
                    template = WriteOnlyCell(worksheet)
                    template.number_format = number_format
                    styles[kind] = template.style_id
                template = WriteOnlyCell(worksheet)
                template.font = Font(name="Calibri", size=11, bold=True)
                header_style = template.style_id
            plans.append(_SheetPlan(spec, worksheet, spool))
        for plan in plans:
            plan.count = _serialise_rows(plan, styles, header_style)
            _set_up_sheet(plan, metadata=with_metadata and plan is plans[-1])
        skeleton = io.BytesIO()
        workbook.save(skeleton)
        parts = {plan.worksheet.path.lstrip("/"): plan for plan in plans}
        with (
            zipfile.ZipFile(skeleton) as source,
            zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package,
        ):
            for info in source.infolist():
                data = source.read(info)
                plan_for_part = parts.get(info.filename)
                if plan_for_part is None:
                    package.writestr(info.filename, data)
                else:
                    _splice_rows(package, info.filename, data, plan_for_part)


def _set_up_sheet(plan: _SheetPlan, *, metadata: bool) -> None:
    worksheet = plan.worksheet
    columns = plan.spec.columns
    for index, column in enumerate(columns):
        width = column.width or max(DEFAULT_WIDTHS[column.kind], len(column.header) + 3)
        worksheet.column_dimensions[column_letter(index)].width = min(width, _MAX_WIDTH)
    if metadata:
        worksheet.sheet_state = "veryHidden"
        return
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{column_letter(len(columns) - 1)}{plan.count + 1}"


def _splice_rows(package: zipfile.ZipFile, name: str, data: bytes, plan: _SheetPlan) -> None:
    """Put the spooled rows into openpyxl's (empty) sheetData of the sheet part."""
    text = data.decode("utf-8")
    for empty in ("<sheetData></sheetData>", "<sheetData />", "<sheetData/>"):
        head, found, tail = text.partition(empty)
        if found:
            break
    else:
        raise RuntimeError(f"openpyxl wrote {name} without an empty sheetData")
    last = f"{column_letter(len(plan.spec.columns) - 1)}{plan.count + 1}"
    if "<dimension " not in head:
        head = head.replace("<sheetViews>", f'<dimension ref="A1:{last}" /><sheetViews>', 1)
    head_bytes = (head + "<sheetData>").encode("utf-8")
    tail_bytes = ("</sheetData>" + tail).encode("utf-8")
    plan.rows.seek(0, os.SEEK_END)
    size = len(head_bytes) + plan.rows.tell() + len(tail_bytes)
    plan.rows.seek(0)
    with package.open(name, "w", force_zip64=size > 0x7FFFFFFF) as part:
        part.write(head_bytes)
        shutil.copyfileobj(plan.rows, part, 1024 * 1024)
        part.write(tail_bytes)


def _unique_titles(titles: list[str], *, reserved: bool) -> list[str]:
    """Excel-valid, case-insensitively unique sheet titles; the metadata title stays exact."""
    taken: set[str] = {METADATA_SHEET.casefold()} if reserved else set()
    result: list[str] = []
    last = len(titles) - 1
    for index, title in enumerate(titles):
        if reserved and index == last:
            result.append(METADATA_SHEET)
            continue
        base = _INVALID_TITLE.sub("-", title).strip().strip("'")[:_SHEET_TITLE_LENGTH] or "Sheet"
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            candidate = base[: _SHEET_TITLE_LENGTH - len(suffix)] + suffix
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


# --- rows -------------------------------------------------------------------------------------


def _serialise_rows(plan: _SheetPlan, styles: Mapping[ColumnKind, int], header_style: int) -> int:
    """Write the header and data rows of one sheet as XML to its spool; return the data rows."""
    columns = plan.spec.columns
    letters = [column_letter(index) for index in range(len(columns))]
    kinds = [column.kind for column in columns]
    style_attributes = [f' s="{styles[kind]}"' if styles[kind] else "" for kind in kinds]
    cell_writers = [_CELL_WRITERS[kind] for kind in kinds]
    sheet = plan.worksheet.title
    header = [
        _text_cell(f"{letter}1", f' s="{header_style}"', column.header, sheet)
        for letter, column in zip(letters, columns, strict=True)
    ]
    batch: list[str] = ['<row r="1">', *header, "</row>"]
    write = plan.rows.write
    number = 1
    for values in plan.spec.rows:
        number += 1
        if number > MAX_ROWS:
            raise _WriteFailed(_TOO_MANY_ROWS, sheet=sheet, limit=str(MAX_ROWS))
        if len(values) > len(columns):
            raise ValueError(f"row {number} of sheet {sheet!r} has more values than columns")
        batch.append(f'<row r="{number}">')
        for index, value in enumerate(values):
            if value is not None:
                batch.append(
                    cell_writers[index](
                        f"{letters[index]}{number}", style_attributes[index], value, sheet
                    )
                )
        batch.append("</row>")
        if len(batch) > _BATCH_ROWS * 8:
            write("".join(batch).encode("utf-8", "replace"))
            batch.clear()
    write("".join(batch).encode("utf-8", "replace"))
    return number - 1


def _escape_x(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


def _text_cell(ref: str, style: str, text: str, sheet: str) -> str:
    if len(text) > MAX_CELL_TEXT:
        raise _WriteFailed(_TEXT_TOO_LONG, cell=ref, sheet=sheet, limit=str(MAX_CELL_TEXT))
    if not text:
        return f'<c r="{ref}"{style} />' if style else ""
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _NEEDS_X_ESCAPE.search(text):
        text = _NEEDS_X_ESCAPE.sub(_escape_x, text)
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime):
        return f"{format_date(_local(value).date())} {_local(value):%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _write_text_kind(ref: str, style: str, value: Any, sheet: str) -> str:
    return _text_cell(ref, style, _as_text(value), sheet)


def _write_value(ref: str, style: str, value: Any, sheet: str) -> str:
    if isinstance(value, str):
        return _text_cell(ref, style, value, sheet)
    if isinstance(value, bool):
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if isinstance(value, float):
        if not isfinite(value):
            return f'<c r="{ref}"{style} />'
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    if isinstance(value, Decimal):
        if not value.is_finite():
            return f'<c r="{ref}"{style} />'
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if isinstance(value, datetime):
        moment = _local(value)
        if moment.date() < _FIRST_SERIAL_DATE:
            return _text_cell(ref, style, _as_text(value), sheet)
        serial = (moment - _EXCEL_EPOCH) / timedelta(days=1)
        return f'<c r="{ref}"{style}><v>{serial!r}</v></c>'
    if isinstance(value, date):
        if value < _FIRST_SERIAL_DATE:
            return _text_cell(ref, style, format_date(value), sheet)
        return f'<c r="{ref}"{style}><v>{(value - _EXCEL_EPOCH.date()).days}</v></c>'
    if isinstance(value, time):
        fraction = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
        return f'<c r="{ref}"{style}><v>{fraction!r}</v></c>'
    if isinstance(value, timedelta):
        return f'<c r="{ref}"{style}><v>{value / timedelta(days=1)!r}</v></c>'
    return _text_cell(ref, style, str(value), sheet)


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(LOCAL_ZONE).replace(tzinfo=None)


_CELL_WRITERS: dict[ColumnKind, Callable[[str, str, Any, str], str]] = {
    kind: _write_text_kind if kind in _TEXT_KINDS else _write_value for kind in ColumnKind
}
