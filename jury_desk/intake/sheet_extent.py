"""How far a sheet reaches, read from its XML before the spreadsheet library lays it out.

The library (calamine) allocates every cell of the rectangle from the first
cell to the last: two cells at A1 and XFD1048576 ask for 17 billion, and the
process aborts without an exception (observed with python-calamine 0.9.1). An
ODS says the same in two attributes (a cell repeated 16384 times, a row
repeated a million times). The XML is scanned with expat, element by element
and nothing kept, and a sheet whose rectangle is over the cap is refused.
Counted conservatively: a cell with a value or any content counts, even one
the library would drop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import MAX_SHEET_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from jury_desk.intake.one_line import shown
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_CELL_REFERENCE = re.compile(r"\s*([A-Za-z]+)\+?([0-9]+)\s*")
_COUNT = re.compile(r"\s*\+?([0-9]+)\s*")  # as Rust's parse reads it, and more
_HUGE = 10**18  # a number of more digits: over every cap, without int() of it


@dataclass
class _Extent:
    """The rows and columns reached so far, and the cells of the sheets already closed."""

    rows: int = 0
    columns: int = 0
    closed_cells: int = 0
    row: int = 0
    column: int = 0
    row_repeat: int = 1
    row_has_value: bool = False
    open_cells: list[bool] = field(default_factory=list)  # per open ODS cell: has content

    def cells(self) -> int:
        return self.closed_cells + self.rows * self.columns

    def close_sheet(self) -> None:
        self.closed_cells = self.cells()
        self.rows = self.columns = self.row = self.column = 0


def check_xlsx_part(xml: bytes, source: object) -> None:
    """IntakeError when a part of an XLSX, read as a worksheet, has cells reaching over the cap.

    Every part is read so, whatever its name: the workbook's relations may place a sheet
    anywhere. A part that is not XML is no sheet (the library fails on it too), but the
    cells met before its error still count."""
    extent = _Extent()

    def start(name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition("}")[2]
        if local == "row":
            given = _count(attributes.get("r", ""))
            extent.row = extent.row + 1 if given is None else given
            extent.column = 0
        elif local == "c":
            _place_xlsx_cell(extent, attributes.get("r", ""))
            _check(extent, source)

    _scan(xml, start, lambda _name: None, source, malformed_is_damage=False)


def _place_xlsx_cell(extent: _Extent, reference: str) -> None:
    match = _CELL_REFERENCE.fullmatch(reference)
    if match is None:
        extent.column += 1  # no reference: the next cell of the row
        row = extent.row
    else:
        extent.column = _column_number(match.group(1))
        row = _bounded(match.group(2))
    extent.rows = max(extent.rows, row)
    extent.columns = max(extent.columns, extent.column)


def _column_number(letters: str) -> int:
    if len(letters) > 4:
        return _HUGE  # past XFD: over the cap, refused
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def check_ods_content(xml: bytes, source: object) -> None:
    """IntakeError when the tables of an ODS's content.xml, repeats unrolled, are over the cap."""
    extent = _Extent()

    def start(name: str, attributes: dict[str, str]) -> None:
        if extent.open_cells:
            extent.open_cells[-1] = True  # an element inside a cell: it has content
        if name == _TABLE + "table":
            extent.close_sheet()
        elif name == _TABLE + "table-row":
            extent.row_repeat = _repeat(attributes, "number-rows-repeated")
            extent.row_has_value = False
            extent.column = 0
        elif name in _ODS_CELLS:
            extent.column += _repeat(attributes, "number-columns-repeated")
            extent.open_cells.append(_OFFICE + "value-type" in attributes)

    def end(name: str) -> None:
        if name in _ODS_CELLS and extent.open_cells:
            if extent.open_cells.pop():
                extent.columns = max(extent.columns, extent.column)
                extent.row_has_value = True
        elif name == _TABLE + "table-row":
            extent.row += extent.row_repeat
            if extent.row_has_value:
                extent.rows = extent.row
            _check(extent, source)

    _scan(xml, start, end, source)


def _repeat(attributes: dict[str, str], name: str) -> int:
    given = _count(attributes.get(_TABLE + name, ""))
    return 1 if given is None else given


def _count(text: str) -> int | None:
    match = _COUNT.fullmatch(text)
    return None if match is None else _bounded(match.group(1))


def _bounded(digits: str) -> int:
    return int(digits) if len(digits) < 19 else _HUGE


def _check(extent: _Extent, source: object) -> None:
    if (
        extent.rows > MAX_SHEET_ROWS
        or extent.columns > MAX_SHEET_COLUMNS
        or extent.cells() > MAX_SHEET_CELLS
    ):
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{source} has a sheet of {rows} rows by {columns} columns, over the {max_rows} "
                "rows, {max_columns} columns or {cells} cells allowed.",
            ),
            source=source,
            rows=extent.rows,
            columns=extent.columns,
            max_rows=MAX_SHEET_ROWS,
            max_columns=MAX_SHEET_COLUMNS,
            cells=MAX_SHEET_CELLS,
        )


def _scan(
    xml: bytes,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    source: object,
    *,
    malformed_is_damage: bool = True,
) -> None:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(xml, True)
    except expat.ExpatError as exc:
        if not malformed_is_damage:
            return
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages", "{source} is damaged: its XML is not readable ({reason})."
            ),
            source=source,
            reason=shown(str(exc)),
        ) from None
