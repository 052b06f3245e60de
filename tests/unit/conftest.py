"""Shared fixtures for unit tests: the headless command run in-process, and generated workbooks,
good and hostile, that colleagues or attackers could hand the import."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

FIXTURES = Path("/work/shared/fixtures")
PARTNERS = FIXTURES / "legacy-partners-2019.xlsx"

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row>'
DATA_ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>Stichting Buurtkracht</t></is></c></row>'
EMPTY_SHARED = f'{DECLARATION}<sst xmlns="{MAIN}" count="0" uniqueCount="0"></sst>'

# The kinds of broken workbook issue 2 names; each must be refused with one plain sentence.
BAD_WORKBOOKS = ("empty", "truncated", "word", "encrypted", "xml-bomb", "zip-bomb", "huge-cell")


# --- workbook packages ------------------------------------------------------------------------


def xlsx_parts(
    sheet_data: str = HEADER_ROW + DATA_ROW, shared: str = EMPTY_SHARED
) -> dict[str, bytes]:
    """The parts of a minimal one-sheet workbook laid out as Excel does."""
    parts = {
        "[Content_Types].xml": (
            f"{DECLARATION}<Types xmlns="
            '"http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": (
            f'{DECLARATION}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Organisaties" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'{DECLARATION}<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'{DECLARATION}<worksheet xmlns="{MAIN}">'
            f"<sheetData>{sheet_data}</sheetData></worksheet>"
        ),
        "xl/sharedStrings.xml": shared,
    }
    return {name: text.encode("utf-8") for name, text in parts.items()}


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def raw_zip(path: Path, entries: Sequence[tuple[str, Iterator[bytes], int, int, int]]) -> Path:
    """A zip from (name, deflated chunks, crc, packed size, declared size): zipfile cannot
    write a gigabyte part without inflating a gigabyte first."""
    directory = b""
    with path.open("wb") as output:
        for name, chunks, crc, packed, unpacked in entries:
            offset = output.tell()
            encoded = name.encode()
            output.write(
                struct.pack(
                    "<4s5H3L2H",
                    b"PK\x03\x04",
                    20,
                    0,
                    8,
                    0,
                    0,
                    crc,
                    packed,
                    unpacked,
                    len(encoded),
                    0,
                )
                + encoded
            )
            for chunk in chunks:
                output.write(chunk)
            directory += (
                struct.pack(
                    "<4s6H3L5H2L",
                    *(b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, packed, unpacked, len(encoded)),
                    *(0, 0, 0, 0, 0, offset),
                )
                + encoded
            )
        start = output.tell()
        output.write(directory)
        output.write(
            struct.pack(
                "<4s4H2LH",
                b"PK\x05\x06",
                0,
                0,
                len(entries),
                len(entries),
                len(directory),
                start,
                0,
            )
        )
    return path


def deflated(data: bytes) -> tuple[Iterator[bytes], int, int, int]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = compressor.compress(data) + compressor.flush()
    return iter([packed]), zlib.crc32(data), len(packed), len(data)


def zeros_deflated(total: int, block: int = 1024 * 1024) -> tuple[Iterator[bytes], int, int]:
    """The deflate stream of ``total`` zero bytes and its CRC, from one repeated block (a full
    flush makes each block independent), so a gigabyte costs milliseconds to produce."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    repeated = compressor.compress(bytes(block)) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    count = total // block
    zeros = bytes(block)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)

    def chunks() -> Iterator[bytes]:
        for _ in range(count):
            yield repeated
        yield final

    return chunks(), crc, len(repeated) * count + len(final)


# --- the broken files -------------------------------------------------------------------------


def word_document() -> dict[str, bytes]:
    """The parts of a minimal Word document: a zip as valid as a workbook, but no workbook."""
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return {
        "[Content_Types].xml": (
            f"{DECLARATION}<Types xmlns="
            '"http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ).encode(),
        "_rels/.rels": (
            f'{DECLARATION}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'
        ).encode(),
        "word/document.xml": (
            f'{DECLARATION}<w:document xmlns:w="{word}"><w:body><w:p><w:r>'
            "<w:t>Geachte heer, mevrouw,</w:t></w:r></w:p></w:body></w:document>"
        ).encode(),
    }


def encrypted_workbook() -> bytes:
    """An OLE2 compound file as Excel writes for a password-protected workbook: a root with
    the streams EncryptionInfo and EncryptedPackage (the encrypted .xlsx), in 512-byte sectors.

    Sector 0 is the FAT, sector 1 the directory, sectors 2-10 the EncryptedPackage stream
    (an 8-byte size, then ciphertext); EncryptionInfo is left empty.
    """
    sector = 512
    end_of_chain, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    package = struct.pack("<Q", 4096) + os.urandom(4096)
    package_sectors = -(-len(package) // sector)
    header = struct.pack(
        "<8s16s5H6x7L",
        *(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", bytes(16), 0x3E, 3, 0xFFFE, 9, 6),
        *(0, 1, 1, 0, 0x1000, end_of_chain, 0),
    ) + struct.pack("<2L", end_of_chain, 0)
    header += struct.pack("<109L", 0, *([free] * 108))
    fat = [fat_sector, end_of_chain]
    fat += [2 + index + 1 for index in range(package_sectors - 1)] + [end_of_chain]
    fat += [free] * (sector // 4 - len(fat))

    def entry(
        name: str, kind: int, left: int, right: int, child: int, start: int, size: int
    ) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return struct.pack(
            "<64sHBB3L16sL16sLQ",
            encoded,
            len(encoded),
            kind,
            1,
            left,
            right,
            child,
            bytes(16),
            0,
            bytes(16),
            start,
            size,
        )

    # Siblings are ordered by name length first: EncryptionInfo sorts before EncryptedPackage.
    directory = (
        entry("Root Entry", 5, no_stream, no_stream, 1, end_of_chain, 0)
        + entry("EncryptedPackage", 2, 2, no_stream, no_stream, 2, len(package))
        + entry("EncryptionInfo", 2, no_stream, no_stream, no_stream, end_of_chain, 0)
        + entry("", 0, no_stream, no_stream, no_stream, 0, 0)
    )
    body = struct.pack(f"<{sector // 4}L", *fat) + directory
    body += package.ljust(package_sectors * sector, b"\x00")
    return header + body


def billion_laughs() -> str:
    """A shared-string table whose one string expands to a thousand million "lol"s."""
    laughs = "".join(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10))
    return (
        f'{DECLARATION}<!DOCTYPE sst [<!ENTITY lol0 "lol">{laughs}]>'
        f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )


def write_bad_workbook(path: Path, kind: str) -> Path:
    """Write the broken workbook ``kind`` (one of :data:`BAD_WORKBOOKS`) to ``path``."""
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "truncated":
        whole = PARTNERS.read_bytes()
        path.write_bytes(whole[: len(whole) * 2 // 3])
    elif kind == "word":
        write_zip(path, word_document())
    elif kind == "encrypted":
        path.write_bytes(encrypted_workbook())
    elif kind == "xml-bomb":
        bomb_row = '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'
        write_zip(path, xlsx_parts(HEADER_ROW + bomb_row, billion_laughs()))
    elif kind == "zip-bomb":
        gigabyte = 1024 * 1024 * 1024
        chunks, crc, packed = zeros_deflated(gigabyte)
        entries = [(name, *deflated(data)) for name, data in xlsx_parts().items()]
        entries.append(("xl/worksheets/sheet2.xml", chunks, crc, packed, gigabyte))
        raw_zip(path, entries)
    elif kind == "huge-cell":
        # Random text compresses like real text, so the file passes the zip checks and the
        # cell itself must be refused.
        text = base64.b64encode(os.urandom(1_500_000)).decode("ascii")
        row = f'<row r="2"><c r="A2" t="inlineStr"><is><t>{text}</t></is></c></row>'
        write_zip(path, xlsx_parts(HEADER_ROW + row))
    else:
        raise ValueError(f"unknown kind of bad workbook {kind!r}")
    return path


@pytest.fixture
def make_bad_workbook(tmp_path: Path) -> Callable[[str], Path]:
    """``make_bad_workbook(kind)``: a new broken workbook ``kind`` (see :data:`BAD_WORKBOOKS`)."""
    return lambda kind: write_bad_workbook(tmp_path / f"{kind}.xlsx", kind)


@pytest.fixture(params=BAD_WORKBOOKS)
def bad_workbook(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Each broken workbook in turn, named after its kind (``zip-bomb.xlsx``)."""
    kind = str(request.param)
    return write_bad_workbook(tmp_path / f"{kind}.xlsx", kind)


def write_workbook(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = "Lijst"
) -> Path:
    """A workbook as a colleague types it; every string is a text cell, even "=..."."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row_number, values in enumerate([header, *rows], start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, str):
                # openpyxl would otherwise store "=..." as a formula, which no one typed.
                cell.data_type = "s"
    book.save(path)
    return path


@pytest.fixture
def organisations_workbook(tmp_path: Path) -> Callable[..., Path]:
    """``organisations_workbook(header, rows, name="list.xlsx")``: a new .xlsx of text cells."""

    def make(header: Sequence[str], rows: Sequence[Sequence[Any]], name: str = "list.xlsx") -> Path:
        return write_workbook(tmp_path / name, header, rows)

    return make


# --- the command line -------------------------------------------------------------------------


@dataclass(frozen=True)
class CliResult:
    """What one headless command did: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def document(self) -> Any:
        """The ``--json`` report."""
        return json.loads(self.out)


@pytest.fixture
def run_cli(
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> Iterator[Callable[..., CliResult]]:
    """``run_cli(*args)``: ``ssb-desktop args`` in this process, with its data folder (backups
    before migrating) kept under ``tmp_path``.

    It asks for pytest-qt's ``qapp`` first, so that the command reuses the widgets application:
    otherwise the first command would create a plain QGuiApplication (as the real command does)
    and every later test that needs widgets would find that one in its place."""
    from ssb_desktop import cli

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))

    def run(*args: object) -> CliResult:
        capsys.readouterr()
        try:
            code = cli.main([str(arg) for arg in args])
        except SystemExit as leaving:
            code = int(leaving.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    yield run
    # The command installs the Dutch catalogue in the shared application; later tests expect
    # the source language.
    from PySide6.QtCore import QCoreApplication

    from ssb_desktop.i18n import install_translators

    application = QCoreApplication.instance()
    if application is not None:
        install_translators(application, "en")


@dataclass(frozen=True)
class DatabaseState:
    """Enough of a database to tell whether anything was written to it."""

    organisations: int
    audit_entries: int
    last_hash: str | None


def read_database_state(path: Path) -> DatabaseState:
    """Counts read with plain sqlite3, independent of the program under test."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        organisations = connection.execute("SELECT count(*) FROM organisations").fetchone()[0]
        audit = connection.execute("SELECT count(*), max(id) FROM audit_log").fetchone()
        last = connection.execute("SELECT hash FROM audit_log WHERE id = ?", (audit[1],)).fetchone()
    finally:
        connection.close()
    return DatabaseState(organisations, audit[0], last[0] if last else None)


@pytest.fixture
def database_state() -> Callable[[Path], DatabaseState]:
    """``database_state(path)``: organisation and audit counts and the last audit hash."""
    return read_database_state


@pytest.fixture
def demo_file(run_cli: Callable[..., CliResult], tmp_path: Path) -> Path:
    """A new demo database written by ``ssb-desktop demo FILE``."""
    path = tmp_path / "demo.sqlite3"
    result = run_cli("demo", path)
    assert result.code == 0, result.err
    return path
