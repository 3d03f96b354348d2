"""Reading the candidates' spreadsheet: CSV in both encodings, XLSX, ODS, caps and damage."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import MAX_CELL_CHARACTERS, MAX_COLUMNS, MAX_ROWS
from jury_desk.intake.spreadsheet import read_table
from tests.core.intake.builders import ods_bytes, ods_from_content, refusal

HEADERS = ("Nom de naissance", "Prénom(s)", "Date de naissance", "Code postal de naissance")


def test_a_csv_with_semicolons_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "candidats.csv"
    text = "Nom de naissance;Prénom(s);Date de naissance\r\nDupré;Zoé;17/05/1990\r\n;;\r\n"
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path)
    assert table.source_name == "candidats.csv"
    assert table.headers == ("Nom de naissance", "Prénom(s)", "Date de naissance")
    assert table.rows == (("Dupré", "Zoé", "17/05/1990"),)


def test_a_csv_with_commas_in_utf8_with_its_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = 'ID,Nom,Prénom,Commune\n12,"Martin, dit ""Léo""",Léo,Saint-Étienne\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = read_table(path)
    assert table.headers == ("ID", "Nom", "Prénom", "Commune")  # no BOM left on « ID »
    assert table.rows == (("12", 'Martin, dit "Léo"', "Léo", "Saint-Étienne"),)


def test_a_csv_with_tabs_blank_lines_and_uneven_rows(tmp_path: Path) -> None:
    path = tmp_path / "tab.csv"
    path.write_text("\n\nNom\t\tNom\n Dupont \n\nMartin\tx\ty\tz\n\n\n", encoding="utf-8")
    table = read_table(path)
    assert table.header_line == 3
    assert table.headers == ("Nom", "Colonne 2", "Nom (2)", "Colonne 4")
    # A blank row between two candidates is kept (lines stay true), trailing ones are not.
    assert table.rows == (("Dupont", "", "", ""), ("", "", "", ""), ("Martin", "x", "y", "z"))


def test_an_xlsx_with_a_date_a_number_and_a_postal_code_as_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])  # a blank first row: the header is the first row with something
    sheet.append([*HEADERS, "Téléphone", "Mineur", None, None])
    sheet.append(["Dupont", "Zoé", datetime.date(1990, 5, 17), "01000", 612345678, False])
    sheet.append(["Martin", "Léo", datetime.datetime(1985, 1, 2, 14, 30), "75001", 1.5, True])
    sheet["D3"].number_format = "@"  # a text cell: its leading zero kept
    workbook.create_sheet("Autre").append(["ignored"])
    path = tmp_path / "candidats.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header_line == 2
    assert table.headers == (*HEADERS, "Téléphone", "Mineur")
    assert table.rows == (
        ("Dupont", "Zoé", "1990-05-17", "01000", "612345678", "non"),
        ("Martin", "Léo", "1985-01-02", "75001", "1.5", "oui"),
    )


def test_an_ods(tmp_path: Path) -> None:
    path = tmp_path / "candidats.ods"
    path.write_bytes(
        ods_bytes(
            [
                list(HEADERS),
                ["Dupont", "Zoé", ("date", "1990-05-17"), "01000"],
                ["Martin", "", ("date", "1985-01-02T10:00:00"), 75001.0],
            ],
            # LibreOffice ends a sheet with its empty rows and columns repeated.
            tail='<table:table-row table:number-rows-repeated="1048573">'
            '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
        )
    )
    table = read_table(path)
    assert table.headers == HEADERS
    assert table.rows == (
        ("Dupont", "Zoé", "1990-05-17", "01000"),
        ("Martin", "", "1985-01-02", "75001"),
    )


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Nom\n" + "Dupont\n" * MAX_ROWS, encoding="utf-8")
    assert len(read_table(path).rows) == MAX_ROWS
    path.write_text("Nom\n" + "Dupont\n" * (MAX_ROWS + 1), encoding="utf-8")
    assert "more than 5000 rows" in refusal(lambda: read_table(path), "long.csv")


def test_too_many_columns_and_too_long_a_cell_are_refused(tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(["x"] * (MAX_COLUMNS + 1)) + "\n", encoding="utf-8")
    assert "line 1: more than 200 columns" in refusal(lambda: read_table(wide), "wide.csv")
    long_cell = tmp_path / "cell.csv"
    long_cell.write_text("Nom;Motivation\nDupont;" + "x" * (MAX_CELL_CHARACTERS + 1) + "\n")
    message = refusal(lambda: read_table(long_cell), "cell.csv")
    assert "line 2, column 2" in message


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("garbage.xlsx", b"this is not a zip"),
        ("garbage.ods", b"PK\x03\x04" + bytes(200)),
        ("empty.csv", b"\n \n;;\n"),
        ("no-content.ods", ods_from_content("<not-closed")),
    ],
)
def test_a_damaged_or_empty_file_is_refused_naming_it(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    refusal(lambda: read_table(path), name)


def test_a_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.xlsx"
    openpyxl.Workbook().save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:-200])
    refusal(lambda: read_table(cut), "cut.xlsx")


def test_an_xlsx_that_only_has_the_right_entries_of_garbage_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "garbage")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path = tmp_path / "hollow.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IntakeError, match=re.escape("hollow.xlsx")):
        read_table(path)


def test_a_sheet_reaching_the_last_cell_is_refused_before_the_library_lays_it_out(
    tmp_path: Path,
) -> None:
    """calamine would allocate 17 billion cells and abort the process: the scan refuses it."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Nom"
    sheet["B2"] = "Dupont"
    plain = io.BytesIO()
    workbook.save(plain)
    path = tmp_path / "far.xlsx"
    path.write_bytes(_with_sheet_edited(plain.getvalue(), b'r="B2"', b'r="XFD1048576"'))
    assert "or 2000000 cells allowed" in refusal(lambda: read_table(path), "far.xlsx")


@pytest.mark.parametrize(
    ("rows", "columns"),
    [("1000000", "100"), ("1", "1078091891104"), ("+60000", "1"), ("1", " 99999999999999999999")],
)
def test_an_ods_with_a_cell_repeated_over_the_sheet_is_refused(
    tmp_path: Path, rows: str, columns: str
) -> None:
    """However the count is written: a long number, a sign, spaces (found by the fuzzer)."""
    path = tmp_path / "repeated.ods"
    path.write_bytes(
        ods_bytes(
            [["Nom"]],
            tail=f'<table:table-row table:number-rows-repeated="{rows}">'
            '<table:table-cell office:value-type="string" '
            f'table:number-columns-repeated="{columns}">'
            "<text:p>x</text:p></table:table-cell></table:table-row>",
        )
    )
    assert "cells allowed" in refusal(lambda: read_table(path), "repeated.ods")


def test_a_file_of_another_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "candidats.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    assert "CSV, XLSX or ODS" in refusal(lambda: read_table(path), "candidats.xls")


def _with_sheet_edited(xlsx: bytes, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            archive.writestr(info.filename, data)
    return buffer.getvalue()


def test_excel_unicode_text_in_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("Nom\tPrénom\r\nØrsted\tZoë\r\n".encode("utf-16"))
    assert read_table(path).rows == (("Ørsted", "Zoë"),)


def test_a_far_sheet_placed_elsewhere_by_the_workbook_relations_is_refused(
    tmp_path: Path,
) -> None:
    """The relations may name any part as the sheet: every part is scanned, not a folder."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Nom"
    sheet["B2"] = "Dupont"
    plain = io.BytesIO()
    workbook.save(plain)
    moved = _with_sheet_edited(plain.getvalue(), b'r="B2"', b'r="XFD1048576"')
    moved = _renamed(moved, "xl/worksheets/sheet1.xml", "xl/feuille.xml")
    path = tmp_path / "moved.xlsx"
    path.write_bytes(moved)
    assert "cells allowed" in refusal(lambda: read_table(path), "moved.xlsx")


def _renamed(xlsx: bytes, old: str, new: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename).replace(
                old.removeprefix("xl/").encode(), new.removeprefix("xl/").encode()
            )
            archive.writestr(new if info.filename == old else info.filename, data)
    return buffer.getvalue()
