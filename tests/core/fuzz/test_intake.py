"""The organiser's spreadsheets and attachments, crafted: random bytes, genuine files damaged,
ZIPs with any names, modes and flags, remembered mappings of any JSON.

The property: a Table, Attachments or ColumnMapping, or the project's one-line
refusal; never another exception, never a crash of the spreadsheet library.
"""

from __future__ import annotations

import datetime
import io
import stat
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from jury_desk.intake.attachments import Attachments, read_attachments
from jury_desk.intake.mapping import (
    ColumnMapping,
    guess_mapping,
    normalise_sex,
    parse_birth_date,
)
from jury_desk.intake.spreadsheet import read_table
from jury_desk.intake.table_shape import Table
from tests.core.fuzz.bounds import read_or_refused
from tests.core.fuzz.strategies import outside_json
from tests.core.intake.builders import Member, ods_bytes, zip_bytes

# Workbooks are slower to make and read than a JSON is: fewer of them.
FEWER = max(5, settings.default.max_examples // 3)
KEYS = ("12345", "Zoé Martin-Leroy", "Martin")


def _genuine_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ID", "Nom de naissance", "Date de naissance", "Code postal"])
    sheet.append([12345, "Martin-Leroy", datetime.date(1990, 5, 17), "01000"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


GENUINE = {
    ".xlsx": _genuine_xlsx(),
    ".ods": ods_bytes([["ID", "Nom"], [12345.0, "Martin"], ["", ("date", "1990-05-17")]]),
    ".csv": "ID;Nom;Prénom\n12345;Martin-Leroy;Zoé\n".encode("cp1252"),
}
GENUINE_ZIP = zip_bytes(
    [
        Member("export/dossier-12345/Entretiens.pdf"),
        Member("export/Martin_pitch.pdf"),
        Member("export/Zoé Martin-Leroy/maquettes/écran.png"),
    ]
)


@st.composite
def damaged(draw: st.DrawFn, genuine: bytes) -> bytes:
    """`genuine` with a few bytes changed, a piece cut out or the end cut off."""
    data = bytearray(genuine)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "cut", "truncate", "insert"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if how == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif how == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif how == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
    return bytes(data)


def _read_table_of(data: bytes, suffix: str) -> Table | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"candidats{suffix}"
        path.write_bytes(data)
        return read_or_refused(lambda: read_table(path))


@settings(max_examples=FEWER)
@given(suffix=st.sampled_from(sorted(GENUINE)), data=st.data())
def test_a_damaged_spreadsheet_is_read_or_refused(suffix: str, data: st.DataObject) -> None:
    crafted = data.draw(damaged(GENUINE[suffix]))
    table = _read_table_of(crafted, suffix)
    if table is not None:
        assert all(len(row) == len(table.headers) for row in table.rows)


REFERENCES = st.builds(
    "{}{}".format,
    st.text(alphabet="ABCDXZ", min_size=1, max_size=4),
    st.integers(min_value=0, max_value=10**9),
)


@settings(max_examples=FEWER)
@given(first=REFERENCES, second=REFERENCES)
def test_an_xlsx_with_cells_anywhere_is_read_or_refused(first: str, second: str) -> None:
    """Where the library would lay out billions of cells (and abort), the scan refuses."""
    crafted = _xlsx_edited(
        {b'r="A2"': f'r="{first}"'.encode(), b'r="D2"': f'r="{second}"'.encode()}
    )
    _read_table_of(crafted, ".xlsx")


@settings(max_examples=FEWER)
@given(
    rows=st.integers(min_value=1, max_value=2**40),
    columns=st.integers(min_value=1, max_value=2**40),
    valued=st.booleans(),
)
def test_an_ods_with_any_repeats_is_read_or_refused(rows: int, columns: int, valued: bool) -> None:
    value = ' office:value-type="string"' if valued else ""
    tail = (
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell{value} table:number-columns-repeated="{columns}">'
        "<text:p>x</text:p></table:table-cell></table:table-row><table:table-row>"
        '<table:table-cell office:value-type="string"><text:p>fin</text:p></table:table-cell>'
        "</table:table-row>"
    )
    _read_table_of(ods_bytes([["Nom"]], tail=tail), ".ods")


def _xlsx_edited(replacements: dict[bytes, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(GENUINE[".xlsx"]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for old, new in replacements.items():
                    assert old in data
                    data = data.replace(old, new)
            archive.writestr(info.filename, data)
    return buffer.getvalue()


@given(suffix=st.sampled_from(sorted(GENUINE)), crafted=st.binary(max_size=2048))
def test_any_bytes_as_a_spreadsheet_are_read_or_refused(suffix: str, crafted: bytes) -> None:
    _read_table_of(crafted, suffix)


@given(text=st.text(max_size=400))
def test_any_text_as_a_csv_is_read_or_refused(text: str) -> None:
    _read_table_of(text.encode("utf-8", "surrogatepass"), ".csv")


# ------------------------------------------------------------------------ attachments

NAMES = st.sampled_from(
    [
        "Martin/cv.pdf",
        "MARTIN/CV.PDF",
        "12345-pitch.pdf",
        "export/dossier-12345/x.pdf",
        "../x",
        "/etc/x",
        "a/../b",
        "C:/x",
        "a\\b",
        "__MACOSX/._x",
        "dir/",
        "",
    ]
) | st.text(min_size=1, max_size=30)
MODES = st.sampled_from(
    [
        stat.S_IFREG | 0o644,
        stat.S_IFDIR | 0o755,
        stat.S_IFLNK | 0o777,
        stat.S_IFIFO | 0o644,
        stat.S_IFCHR | 0o600,
        0,
    ]
)
MEMBERS = st.builds(
    Member,
    name=NAMES,
    data=st.binary(max_size=200),
    mode=MODES,
    flag_bits=st.sampled_from([0, 0, 0x1, 0x8]),
    compress_type=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2]),
)


@st.composite
def crafted_zips(draw: st.DrawFn) -> bytes:
    members = draw(st.lists(MEMBERS, max_size=6))
    try:
        return zip_bytes(members)
    except (ValueError, UnicodeError):  # a name the writer itself cannot hold
        return b""


def _read_attachments_of(data: bytes) -> Attachments | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pieces.zip"
        path.write_bytes(data)
        return read_or_refused(lambda: read_attachments(path, KEYS))


@given(crafted=st.one_of(crafted_zips(), damaged(GENUINE_ZIP), st.binary(max_size=1024)))
def test_an_attachments_zip_is_read_or_refused(crafted: bytes) -> None:
    found = _read_attachments_of(crafted)
    if found is not None:
        assert set(found.by_key) <= set(KEYS)
        for files in found.by_key.values():
            assert all(".." not in item.name.split("/") for item in files)


# ------------------------------------------------------------------------ mapping, values


@given(crafted=outside_json({"format": 1, "columns": {"birth_name": "Nom", "email": "Courriel"}}))
def test_a_remembered_mapping_is_read_or_refused(crafted: bytes) -> None:
    text = crafted.decode("utf-8", "replace")
    mapping = read_or_refused(lambda: ColumnMapping.from_json(text))
    if mapping is not None:
        assert ColumnMapping.from_json(mapping.to_json()) == mapping


@given(headers=st.lists(st.text(max_size=40), max_size=30))
def test_any_headers_give_a_mapping_to_some_of_them(headers: list[str]) -> None:
    mapping = guess_mapping(headers)
    assert set(mapping.columns.values()) <= set(headers)


@given(text=st.text(max_size=40) | st.from_regex(r"[0-9X]{0,2}[/.\-]?[0-9X]{0,2}[/.\-]?[0-9]{4}"))
def test_a_birth_date_is_parsed_into_a_real_date_or_none(text: str) -> None:
    parsed = parse_birth_date(text)
    if parsed is not None:
        year, month, day = parsed
        datetime.date(year if year >= 1 else 1, month or 1, day or 1)  # exists
        assert normalise_sex(text) in (None, "M", "F")
