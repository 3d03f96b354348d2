"""Reading the organiser's candidates' spreadsheet: CSV, XLSX or ODS, into a table of text.

The bytes are read once through the kernel's guard (a regular file, capped).
A CSV is decoded as UTF-8 (with or without its byte-order mark), UTF-16 with its
mark, or else as Windows-1252, which Excel on Windows writes; its delimiter is the one of « ; »,
« , » and tab its header uses most. An XLSX or ODS is a ZIP: it is unpacked
with the attachments' guards, its sheets' extent checked (sheet_extent), and
repacked from the bytes checked, so the library reads exactly what was checked;
then python-calamine reads its first sheet.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import python_calamine

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import MAX_COLUMNS, SPREADSHEET_CAP, SPREADSHEET_ZIP_CAPS
from jury_desk.intake.one_line import shown
from jury_desk.intake.sheet_extent import check_ods_content, check_xlsx_part
from jury_desk.intake.table_shape import Table, cell_text, shape_table
from jury_desk.intake.zip_reading import ZipEntry, read_zip
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import read_outside_file

__all__ = ["Table", "read_table"]

_DELIMITERS = (";", ",", "\t")  # in this order when a header has as many of two
_BOM = b"\xef\xbb\xbf"
# What calamine raises on a damaged workbook, besides its own errors.
_WORKBOOK_ERRORS = (python_calamine.CalamineError, ValueError, OverflowError, OSError)


def read_table(path: Path) -> Table:
    """The first sheet of the CSV, XLSX or ODS at `path`; IntakeError (one line) if refused."""
    suffix = path.suffix.casefold()
    name = shown(path.name)
    if suffix not in (".csv", ".xlsx", ".ods"):
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages", "{source} is not a spreadsheet jury-desk reads (CSV, XLSX or ODS)."
            ),
            source=name,
        )
    data = read_outside_file(path, SPREADSHEET_CAP)
    if suffix == ".csv":
        return shape_table(name, _csv_rows(data, name))
    return shape_table(name, _workbook_rows(data, name, suffix))


def _csv_rows(data: bytes, source: str) -> Iterator[list[str]]:
    text = _decoded(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        yield from reader
    except csv.Error as exc:
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} is not a readable CSV file ({reason})."),
            source=source,
            reason=shown(str(exc)),
        ) from None


def _decoded(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")  # Excel's « Unicode text » (tabs)
    if data.startswith(_BOM):
        return data[len(_BOM) :].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Five bytes have no character in Windows-1252: shown as « � », not refused.
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    return max(_DELIMITERS, key=header.count)  # max keeps the first of equals: « ; »


def _workbook_rows(data: bytes, source: str, suffix: str) -> Iterator[list[str]]:
    checked = _checked_workbook(data, source, suffix)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(checked))
        with workbook:
            if not workbook.sheet_names:
                return
            sheet = workbook.get_sheet_by_index(0)
            for row in sheet.iter_rows():
                if row.count("") == len(row):
                    yield []  # a blank row of the rectangle: the common case, kept cheap
                else:
                    # Never more than the cap turned into text: shape_table refuses the row.
                    yield [cell_text(cell) for cell in row[: MAX_COLUMNS + 1]]
    except _WORKBOOK_ERRORS as exc:
        raise _damaged(source, suffix, exc) from None


def _checked_workbook(data: bytes, source: str, suffix: str) -> bytes:
    """The workbook repacked from its entries once checked: names, sizes, sheets' extent."""
    entries = read_zip(io.BytesIO(data), source, SPREADSHEET_ZIP_CAPS)
    for entry in entries:
        if suffix == ".xlsx":
            check_xlsx_part(entry.data, source)
        elif suffix == ".ods" and entry.path == "content.xml":
            check_ods_content(entry.data, source)
    return _repacked(entries)


def _repacked(entries: tuple[ZipEntry, ...]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for entry in entries:
            archive.writestr(entry.path, entry.data)
    return buffer.getvalue()


def _damaged(source: str, suffix: str, exc: Exception) -> IntakeError:
    return IntakeError(
        QT_TRANSLATE_NOOP("messages", "{source} is not a readable {kind} file ({reason})."),
        source=source,
        kind=suffix.removeprefix(".").upper(),
        reason=shown(str(exc)) or type(exc).__name__,
    )
