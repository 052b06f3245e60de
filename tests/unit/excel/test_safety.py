"""A file that is not a plain, sane .xlsx is refused with a plain sentence before any parser."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel import safety
from ssb_desktop.excel.safety import check_workbook_file

FIXTURES = Path("/work/shared/fixtures")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
SHARED_STRINGS = (
    f'{DECLARATION}<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>hello</t></si></sst>'
)
ONE_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>'


def package(sheet_data: str = ONE_ROW, shared: str = SHARED_STRINGS) -> dict[str, bytes]:
    """The parts of a minimal workbook with one sheet, as Excel would lay it out."""
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
            '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
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


def refusal(path: Path) -> str:
    with pytest.raises(WorkbookError) as caught:
        check_workbook_file(path)
    assert caught.value.context == "Excel"
    assert caught.value.params["name"] == path.name
    return str(caught.value)


# --- raw zip writing, for archives zipfile will not produce -----------------------------------


def raw_zip(path: Path, entries: list[tuple[str, Iterator[bytes], int, int, int]]) -> Path:
    """Write a zip from (name, deflated chunks, crc, packed size, declared unpacked size)."""
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
                    b"PK\x01\x02",
                    20,
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
                    0,
                    0,
                    0,
                    0,
                    offset,
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


# --- what passes ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["legacy-partners-2019.xlsx", "legacy-subsidies-2020.xlsx"])
def test_real_workbooks_pass(name: str) -> None:
    check_workbook_file(FIXTURES / name)


def test_a_minimal_workbook_passes(tmp_path: Path) -> None:
    check_workbook_file(write_zip(tmp_path / "ok.xlsx", package()))


# --- files that are not workbooks -------------------------------------------------------------


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "does not exist" in refusal(tmp_path / "nowhere.xlsx")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "is a folder" in refusal(folder)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "is empty" in refusal(empty)


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.xlsx"
    with huge.open("wb") as stream:
        stream.truncate(safety.MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    assert "larger than 200 MB" in refusal(huge)


def test_a_text_file_renamed_to_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    csv = tmp_path / "list.xlsx"
    csv.write_text("Naam;KvK\nStichting;12345678\n")
    assert "is not an Excel workbook" in refusal(csv)


def test_a_word_document_renamed_to_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    docx = write_zip(
        tmp_path / "letter.xlsx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
    )
    assert "is not an Excel workbook" in refusal(docx)


@pytest.mark.parametrize(
    ("stream_name", "expected"),
    [
        ("EncryptedPackage", "protected with a password"),
        ("Workbook", "old Excel 97-2003 workbook"),
        ("Something", "password-protected or an old .xls"),
    ],
)
def test_ole2_documents_are_refused_as_encrypted_or_old_xls(
    tmp_path: Path, stream_name: str, expected: str
) -> None:
    ole = tmp_path / "ole.xlsx"
    ole.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024) + stream_name.encode("utf-16-le")
    )
    assert expected in refusal(ole)


# --- damaged archives -------------------------------------------------------------------------


def test_a_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    whole = (FIXTURES / "legacy-partners-2019.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "damaged or incomplete" in refusal(cut)


def test_a_workbook_with_corrupted_data_is_damaged(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "bad.xlsx", package(ONE_ROW * 200))
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))
    assert "damaged or incomplete" in refusal(path)


# --- bombs ------------------------------------------------------------------------------------


def test_too_many_parts_are_refused(tmp_path: Path) -> None:
    parts = package()
    parts.update({f"xl/media/empty{number}.xml": b"" for number in range(safety.MAX_ENTRIES)})
    assert "more than 10000 parts" in refusal(write_zip(tmp_path / "parts.xlsx", parts))


def _zeros_deflated(total: int, block: int = 1024 * 1024) -> tuple[Iterator[bytes], int]:
    """The deflate stream of ``total`` zero bytes, built from one repeated block so that
    a gigabyte costs a millisecond: a full flush makes each block independent."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    repeated = compressor.compress(bytes(block)) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    count = total // block

    def chunks() -> Iterator[bytes]:
        for _ in range(count):
            yield repeated
        yield final

    return chunks(), len(repeated) * count + len(final)


def test_a_zip_bomb_is_refused_before_anything_is_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gigabyte = 1024 * 1024 * 1024
    chunks, packed = _zeros_deflated(gigabyte)
    entries = [(name, *deflated(data)) for name, data in package().items()]
    # The CRC is left at 0: the sizes in the directory alone must get the file refused.
    entries.append(("xl/worksheets/sheet2.xml", chunks, 0, packed, gigabyte))
    bomb = raw_zip(tmp_path / "bomb.xlsx", entries)
    assert bomb.stat().st_size < 1_200_000

    def never(*_args: object) -> Iterator[bytes]:
        raise AssertionError("a part was inflated")

    monkeypatch.setattr(safety, "_inflate", never)
    assert "unpacks to more than 1000 MB" in refusal(bomb)


def test_a_part_that_compresses_too_well_is_refused(tmp_path: Path) -> None:
    parts = package()
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"] + bytes(20_000_000)
    assert "refused for safety" in refusal(write_zip(tmp_path / "ratio.xlsx", parts))


def test_a_part_that_inflates_beyond_its_declared_size_is_refused(tmp_path: Path) -> None:
    entries = []
    for name, data in package(ONE_ROW * 2000).items():
        chunks, crc, packed, unpacked = deflated(data)
        if name == "xl/worksheets/sheet1.xml":
            # Declare a tenth of the real size, with the checksum of that tenth, as a bomb
            # aimed at readers that follow the compressed stream would.
            unpacked //= 10
            crc = zlib.crc32(data[:unpacked])
        entries.append((name, chunks, crc, packed, unpacked))
    assert "refused for safety" in refusal(raw_zip(tmp_path / "liar.xlsx", entries))


def test_a_billion_laughs_dtd_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10))
    shared = (
        f'{DECLARATION}<!DOCTYPE sst [<!ENTITY lol0 "lol">{laughs}]>'
        f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    parts = package(shared=shared)
    assert "refused for safety" in refusal(write_zip(tmp_path / "laughs.xlsx", parts))


def test_a_dtd_hidden_behind_a_long_comment_is_refused(tmp_path: Path) -> None:
    shared = (
        f"{DECLARATION}<!--{' ' * (safety.PROLOG_BYTES + 10)}-->"
        '<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f'<sst xmlns="{MAIN}" count="1" uniqueCount="1"><si><t>&x;</t></si></sst>'
    )
    parts = package(shared=shared)
    assert "refused for safety" in refusal(write_zip(tmp_path / "hidden.xlsx", parts))


def test_a_utf16_part_is_refused(tmp_path: Path) -> None:
    parts = package()
    parts["xl/sharedStrings.xml"] = SHARED_STRINGS.replace("UTF-8", "UTF-16").encode("utf-16")
    assert "refused for safety" in refusal(write_zip(tmp_path / "utf16.xlsx", parts))


def test_a_sheet_spanning_the_whole_grid_is_refused(tmp_path: Path) -> None:
    # Two cells, a few hundred bytes: the reader would allocate 17 billion cells and abort.
    far = (
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
    )
    message = refusal(write_zip(tmp_path / "far.xlsx", package(far)))
    assert "spans 17179869184 cells" in message


def test_cells_without_references_far_down_are_counted(tmp_path: Path) -> None:
    wide = '<row><c r="ZZ1"><v>1</v></c></row><row r="900000"><c><v>2</v></c></row>'
    assert "cells, more than" in refusal(write_zip(tmp_path / "implicit.xlsx", package(wide)))


def test_a_sheet_within_the_area_limit_passes_the_careful_path(tmp_path: Path) -> None:
    # Attributes in another order force the careful scan; the sheet is small, so it passes.
    rows = "".join(f'<row r="{n}"><c s="0" r="B{n}"><v>{n}</v></c></row>' for n in range(1, 50))
    check_workbook_file(write_zip(tmp_path / "careful.xlsx", package(rows)))


def test_a_shared_string_table_announcing_billions_is_refused(tmp_path: Path) -> None:
    shared = SHARED_STRINGS.replace('uniqueCount="1"', 'uniqueCount="2000000000"')
    assert "refused for safety" in refusal(write_zip(tmp_path / "sst.xlsx", package(shared=shared)))
