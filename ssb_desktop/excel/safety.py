"""Refuses a workbook file that is not a plain, sane .xlsx package before any parser reads it.

Everything here works on bytes and the zip structure only, so that a hostile or damaged file
is turned away with a plain sentence instead of exhausting memory inside a parser: the Rust
reader used by :mod:`ssb_desktop.excel.reading` aborts the whole process when a tiny file
declares a huge sheet, which no ``except`` can catch.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

from ssb_desktop.errors import N_, WorkbookError

CONTEXT = "Excel"

# Largest workbook file accepted; files exchanged between colleagues are far smaller.
MAX_FILE_BYTES = 200 * 1024 * 1024

# Most parts (zip entries) a workbook may have; Excel writes a few dozen.
MAX_ENTRIES = 10_000

# Largest central directory read; keeps listing the entries cheap whatever the count field says.
MAX_CENTRAL_DIRECTORY_BYTES = 16 * 1024 * 1024

# Largest total unpacked size of all parts; 1 MB of compressed zeros inflates beyond this.
MAX_UNCOMPRESSED_BYTES = 1_000_000_000

# Highest unpacked/packed ratio of one part; real sheets compress about 5 to 50 times.
MAX_COMPRESSION_RATIO = 200

# Parts smaller than this are not ratio-checked: they cannot do harm, and short repetitive
# parts legitimately compress very well.
RATIO_MIN_BYTES = 1024 * 1024

# How much of each XML part may precede its root element; real parts need under 100 bytes.
PROLOG_BYTES = 64 * 1024

# Largest sheet area (rows x columns from A1) read; the reader allocates every cell of it.
MAX_SHEET_CELLS = 8_000_000

# Largest shared-string table announced; the reader reserves memory for the announced count.
MAX_SHARED_STRINGS = MAX_SHEET_CELLS

# How much of the start and the end of an OLE2 file is searched for stream names.
OLE_SCAN_BYTES = 1024 * 1024

_CHUNK = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_LOCAL_HEADER = b"PK\x03\x04"
_ZIP_END_RECORD = b"PK\x05\x06"
_END_RECORD_SEARCH = 22 + 65535
_WORKBOOK_PART = "xl/workbook.xml"

# A cell or row start tag, with its r attribute when it has one. Text content cannot hold a
# raw "<", so only real elements (or comments, which only make the estimate larger) match.
_CELL_OR_ROW = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(c|row)(?=[\s/>])(?:[^>]*?\sr\s*=\s*[\"']([A-Za-z]*)([0-9]+))?"
)
# The form Excel, LibreOffice and openpyxl write; anything else takes the careful path.
_PLAIN_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_CELL_START = re.compile(rb"<c[\s>/]")
_PREFIXED_CELL_START = re.compile(rb":c[\s>/]")
_UNIQUE_COUNT = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?sst\s[^>]*?\suniqueCount\s*=\s*[\"']\s*([0-9]+)"
)

_MISSING = N_(
    "Excel", "The file {name} does not exist; check the folder and the name and try again."
)
_NOT_A_FILE = N_("Excel", "{name} is a folder, not a file; choose an Excel workbook (.xlsx).")
_UNREADABLE = N_(
    "Excel",
    "The file {name} cannot be read; check that you have access to it and try again.",
)
_EMPTY = N_("Excel", "The file {name} is empty; choose a workbook that contains data.")
_TOO_LARGE = N_(
    "Excel",
    "The file {name} is larger than {limit} MB; split the data over smaller workbooks "
    "and try again.",
)
_ENCRYPTED = N_(
    "Excel",
    "The workbook {name} is protected with a password; open it in Excel, save it as .xlsx "
    "without a password and try again.",
)
_OLD_XLS = N_(
    "Excel",
    "The file {name} is an old Excel 97-2003 workbook (.xls); open it in Excel, save it as "
    ".xlsx and try again.",
)
_OLE_OTHER = N_(
    "Excel",
    "The file {name} is password-protected or an old .xls workbook; open it in Excel, save it "
    "as .xlsx without a password and try again.",
)
_NOT_XLSX = N_(
    "Excel",
    "The file {name} is not an Excel workbook; choose a workbook saved by Excel as .xlsx.",
)
_DAMAGED = N_(
    "Excel",
    "The workbook {name} is damaged or incomplete; open it in Excel, save it again as .xlsx "
    "and try again.",
)
_TOO_MANY_PARTS = N_(
    "Excel",
    "The workbook {name} consists of more than {limit} parts, which no normal workbook has; "
    "copy the data into a new workbook and try again.",
)
_UNPACKS_TOO_LARGE = N_(
    "Excel",
    "The workbook {name} unpacks to more than {limit} MB; split the data over smaller "
    "workbooks and try again.",
)
_SUSPICIOUS = N_(
    "Excel",
    "The workbook {name} contains content that Excel never writes and was refused for "
    "safety; copy the data into a new workbook in Excel and try again.",
)
_SHEET_TOO_LARGE = N_(
    "Excel",
    "The workbook {name} has a sheet that spans {cells} cells, more than the {limit} this "
    "program reads; split the data over smaller sheets and try again.",
)


class _Refused(Exception):
    """Internal: carries a message and technical details up to ``check_workbook_file``."""

    def __init__(self, message: str, details: str = "", **params: object) -> None:
        super().__init__(details)
        self.message = message
        self.details = details
        self.params = params


def check_workbook_file(path: Path) -> None:
    """Raise :class:`WorkbookError` unless ``path`` is a plain .xlsx a parser may safely read.

    Checks, cheapest first: the file exists and is not empty or too large; it is not an OLE2
    document (encrypted or .xls); it is a complete zip with ``xl/workbook.xml``; the entry
    count, total unpacked size and compression ratios are sane; then every part is inflated
    once (never beyond its declared size) to verify it, refuse DTDs in XML parts, and bound
    each sheet's area and the shared-string table the reader would allocate.
    """
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise WorkbookError(_MISSING, {"name": name}, context=CONTEXT) from None
    except OSError as exc:
        raise WorkbookError(_UNREADABLE, {"name": name}, details=str(exc), context=CONTEXT) from exc
    if not path.is_file():
        raise WorkbookError(_NOT_A_FILE, {"name": name}, context=CONTEXT)
    if size == 0:
        raise WorkbookError(_EMPTY, {"name": name}, context=CONTEXT)
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            _TOO_LARGE, {"name": name, "limit": MAX_FILE_BYTES // (1024 * 1024)}, context=CONTEXT
        )
    try:
        with path.open("rb") as stream:
            _check_stream(stream, size)
    except _Refused as refused:
        raise WorkbookError(
            refused.message,
            {"name": name, **refused.params},
            details=refused.details,
            context=CONTEXT,
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, struct.error, ValueError) as exc:
        raise WorkbookError(_DAMAGED, {"name": name}, details=str(exc), context=CONTEXT) from exc
    except OSError as exc:
        raise WorkbookError(_UNREADABLE, {"name": name}, details=str(exc), context=CONTEXT) from exc


def _check_stream(stream: BinaryIO, size: int) -> None:
    magic = stream.read(len(_OLE_MAGIC))
    if magic == _OLE_MAGIC:
        raise _Refused(_ole_message(stream, size), "OLE2 compound document")
    if not magic.startswith(_ZIP_LOCAL_HEADER):
        raise _Refused(_NOT_XLSX, "not a zip archive")
    _check_end_record(stream, size)
    with zipfile.ZipFile(stream) as archive:
        infos = archive.infolist()
    _check_directory(infos, size)
    for info in infos:
        _inspect_part(stream, info)


def _ole_message(stream: BinaryIO, size: int) -> str:
    """Tell an encrypted .xlsx from an old .xls by the stream names in the OLE2 directory."""
    stream.seek(0)
    sample = stream.read(OLE_SCAN_BYTES)
    if size > OLE_SCAN_BYTES:
        stream.seek(max(OLE_SCAN_BYTES, size - OLE_SCAN_BYTES))
        sample += stream.read(OLE_SCAN_BYTES)
    if "EncryptedPackage".encode("utf-16-le") in sample:
        return _ENCRYPTED
    if "Workbook".encode("utf-16-le") in sample or "Book".encode("utf-16-le") in sample:
        return _OLD_XLS
    return _OLE_OTHER


def _check_end_record(stream: BinaryIO, size: int) -> None:
    """Read the counts at the end of the zip before ``zipfile`` builds an object per entry."""
    start = max(0, size - _END_RECORD_SEARCH)
    stream.seek(start)
    tail = stream.read()
    at = tail.rfind(_ZIP_END_RECORD)
    if at < 0 or len(tail) - at < 22:
        raise _Refused(_DAMAGED, "no end of central directory record (truncated)")
    entries, directory_size, directory_offset = struct.unpack("<xxxxxxxxxxHLL", tail[at : at + 20])
    if entries != 0xFFFF and entries > MAX_ENTRIES:
        raise _Refused(_TOO_MANY_PARTS, f"{entries} entries", limit=MAX_ENTRIES)
    if directory_size != 0xFFFFFFFF and directory_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise _Refused(
            _TOO_MANY_PARTS, f"central directory {directory_size} bytes", limit=MAX_ENTRIES
        )
    zip64 = directory_offset == 0xFFFFFFFF or directory_size == 0xFFFFFFFF
    if not zip64 and directory_offset + directory_size > start + at:
        raise _Refused(_DAMAGED, "central directory beyond the end of the file (truncated)")


def _check_directory(infos: list[zipfile.ZipInfo], size: int) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _Refused(_TOO_MANY_PARTS, f"{len(infos)} entries", limit=MAX_ENTRIES)
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        # Readers disagree on which of two same-named parts counts; refuse the ambiguity.
        raise _Refused(_SUSPICIOUS, "duplicate part names")
    if _WORKBOOK_PART not in names:
        raise _Refused(_NOT_XLSX, f"no {_WORKBOOK_PART}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _Refused(
            _UNPACKS_TOO_LARGE,
            f"{total} bytes unpacked",
            limit=MAX_UNCOMPRESSED_BYTES // 1_000_000,
        )
    for info in infos:
        if info.flag_bits & 0x1:
            raise _Refused(_SUSPICIOUS, f"{info.filename}: encrypted zip entry")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Refused(_DAMAGED, f"{info.filename}: compression method {info.compress_type}")
        if info.header_offset + info.compress_size > size:
            raise _Refused(_DAMAGED, f"{info.filename}: data beyond the end of the file")
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _Refused(_DAMAGED, f"{info.filename}: stored sizes differ")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size >= RATIO_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise _Refused(_SUSPICIOUS, f"{info.filename}: compression ratio {ratio:.0f}")


def _inspect_part(stream: BinaryIO, info: zipfile.ZipInfo) -> None:
    """Inflate one part, checking its size and CRC, its XML prolog and the sheet area."""
    is_xml = info.filename.lower().endswith((".xml", ".rels"))
    head = b""
    head_checked = False
    scanner = _AreaScanner(info.filename) if is_xml else None
    produced = 0
    crc = 0
    for chunk in _inflate(stream, info):
        produced += len(chunk)
        if produced > info.file_size:
            # The zip under-declares this part: the signature of a bomb aimed at readers
            # that trust the compressed stream rather than the directory.
            raise _Refused(_SUSPICIOUS, f"{info.filename}: inflates beyond its declared size")
        crc = zlib.crc32(chunk, crc)
        if is_xml and not head_checked:
            head += chunk[: PROLOG_BYTES - len(head)]
            if len(head) >= PROLOG_BYTES:
                _check_xml_head(info, head, complete=False)
                head_checked = True
        if scanner is not None:
            scanner.feed(chunk)
    if produced != info.file_size or crc != info.CRC:
        raise _Refused(_DAMAGED, f"{info.filename}: size or checksum does not match")
    if is_xml and not head_checked:
        _check_xml_head(info, head, complete=True)
    if scanner is not None:
        scanner.finish()


def _inflate(stream: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """Yield the unpacked bytes of a part in bounded chunks, straight from its local header."""
    stream.seek(info.header_offset)
    header = stream.read(30)
    if len(header) < 30 or not header.startswith(_ZIP_LOCAL_HEADER):
        raise _Refused(_DAMAGED, f"{info.filename}: bad local header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    local_name = stream.read(name_length).decode(
        "utf-8" if info.flag_bits & 0x800 else "cp437", errors="replace"
    )
    if local_name != info.orig_filename:
        raise _Refused(_SUSPICIOUS, f"{info.filename}: local name {local_name!r} differs")
    stream.seek(extra_length, 1)
    remaining = info.compress_size
    if info.compress_type == zipfile.ZIP_STORED:
        while remaining:
            chunk = stream.read(min(remaining, _CHUNK))
            if not chunk:
                raise _Refused(_DAMAGED, f"{info.filename}: truncated")
            remaining -= len(chunk)
            yield chunk
        return
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    pending = b""
    while not inflater.eof:
        if not pending:
            if not remaining:
                break
            pending = stream.read(min(remaining, _CHUNK))
            if not pending:
                raise _Refused(_DAMAGED, f"{info.filename}: truncated")
            remaining -= len(pending)
        # max_length keeps each step bounded however well the input compresses.
        chunk = inflater.decompress(pending, _CHUNK)
        pending = inflater.unconsumed_tail
        if chunk:
            yield chunk
    if not inflater.eof:
        rest = inflater.flush()
        if rest:
            yield rest
        if not inflater.eof:
            raise _Refused(_DAMAGED, f"{info.filename}: compressed data ends early")


def _check_xml_head(info: zipfile.ZipInfo, head: bytes, *, complete: bool) -> None:
    """Refuse DTDs (entity bombs, external entities) and non-UTF-8 XML, whatever reads it."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        # Excel always writes UTF-8; other encodings would hide markup from these checks.
        raise _Refused(_SUSPICIOUS, f"{info.filename}: not UTF-8")
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head or not _prolog_is_plain(head, complete):
        raise _Refused(_SUSPICIOUS, f"{info.filename}: document type declaration")
    match = _UNIQUE_COUNT.search(head)
    if match:
        announced = int(match.group(1))
        # Each string takes at least five bytes (<si/>), so a larger count is a lie.
        if announced > MAX_SHARED_STRINGS or announced > info.file_size // 5 + 1:
            raise _Refused(_SUSPICIOUS, f"{info.filename}: uniqueCount {announced}")


def _prolog_is_plain(head: bytes, complete: bool) -> bool:
    """True when only an XML declaration, processing instructions and comments precede the
    root element (a DTD can hide behind a long comment, beyond any fixed-size search)."""
    position = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    length = len(head)
    while True:
        while position < length and head[position] in b" \t\r\n":
            position += 1
        if position >= length:
            return complete
        if head.startswith(b"<?", position):
            end = head.find(b"?>", position + 2)
            if end < 0:
                return False
            position = end + 2
        elif head.startswith(b"<!--", position):
            end = head.find(b"-->", position + 4)
            if end < 0:
                return False
            position = end + 3
        else:
            return not head.startswith(b"<!", position)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class _AreaScanner:
    """Finds the rows x columns a reader will allocate for one XML part, streaming."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.carry = b""
        self.max_row = 0
        self.max_column = 0
        self.row = 0
        self.column = 0

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        cut = data.rfind(b">") + 1
        if cut == 0 and len(data) < 4 * _CHUNK:
            self.carry = data
            return
        self.carry = data[cut:] if cut else b""
        self._scan(data[:cut] if cut else data)

    def finish(self) -> None:
        self._scan(self.carry)
        self.carry = b""

    def _check_area(self) -> None:
        area = self.max_row * self.max_column
        if area > MAX_SHEET_CELLS:
            raise _Refused(
                _SHEET_TOO_LARGE,
                f"{self.part}: {self.max_row} rows x {self.max_column} columns",
                cells=str(area),
                limit=str(MAX_SHEET_CELLS),
            )

    def _scan(self, data: bytes) -> None:
        found: list[tuple[bytes, bytes]] = _PLAIN_CELL_REF.findall(data)
        if len(found) == len(_CELL_START.findall(data)) and not _PREFIXED_CELL_START.search(data):
            # Fast path: every cell is written the way Excel writes it, so only the extremes
            # matter and they can be found without a Python step per cell.
            if found:
                self.max_row = max(self.max_row, max(map(int, map(itemgetter(1), found))))
                letters = set(map(itemgetter(0), found))
                self.max_column = max(self.max_column, max(map(_column_number, letters)))
                self.row = self.max_row
        else:
            self._follow_positions(_CELL_OR_ROW.findall(data))
        # Checked per chunk, so a sheet that grows without bound is refused early.
        self._check_area()

    def _follow_positions(self, found: list[tuple[bytes, bytes, bytes]]) -> None:
        # Cells without a reference sit one column right of the previous cell, rows without
        # one directly below the previous row; replay that as the reader will.
        for name, letters, digits in found:
            if name == b"row":
                self.row = int(digits) if digits else self.row + 1
                self.column = 0
                continue
            if digits:
                self.row = int(digits)
                self.column = _column_number(letters) if letters else self.column + 1
            else:
                self.row = max(self.row, 1)
                self.column += 1
            self.max_row = max(self.max_row, self.row)
            self.max_column = max(self.max_column, self.column)
