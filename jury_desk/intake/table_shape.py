"""From rows of cells to a table: cells as text, blanks trimmed, the header found, caps kept.

Shared by the CSV reader and the XLSX/ODS reader, so that a sheet saved in
either form gives the same table.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jury_desk.intake.errors import IntakeError
from jury_desk.intake.limits import MAX_CELL_CHARACTERS, MAX_COLUMNS, MAX_ROWS
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

Cell = (
    str
    | int
    | float
    | bool
    | datetime.date
    | datetime.datetime
    | datetime.time
    | datetime.timedelta
    | None
)
# A true/false cell (a checkbox of Démarches Simplifiées, a TRUE typed in a sheet) in the
# words of the sheets themselves: the organiser's data are French, and so is a CSV
# export of the same form, which must read the same.
YES, NO = "oui", "non"


@dataclass(frozen=True)
class Table:
    """A candidates' spreadsheet as text: its headers, its rows (each as wide as the headers).

    `header_line` is the header's line in the file (1 for the first), so row `i`
    is line `header_line + 1 + i`, as the organiser sees it in a spreadsheet program.
    """

    source_name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    header_line: int = 1


def cell_text(value: Cell) -> str:
    """A cell as the organiser reads it: dates in ISO, whole numbers without « .0 », trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float):
        # A code typed in a number cell (a postal code 75001) comes back as 75001.0.
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value).strip()


def shape_table(source_name: str, rows: Iterable[Sequence[str]]) -> Table:
    """The table of `rows` (cells already text): IntakeError when over a cap or without header."""
    header: tuple[str, ...] | None = None
    header_line = 0
    kept: list[tuple[str, ...]] = []
    pending_blanks = 0  # blank rows are kept only when a filled row follows them
    for line, raw in enumerate(rows, start=1):
        row = _trimmed(raw)
        _check_row(source_name, line, row)
        if not row:
            pending_blanks += header is not None
            continue
        if header is None:
            header, header_line = row, line
            continue
        kept.extend(() for _ in range(pending_blanks))
        kept.append(row)
        pending_blanks = 0
        if len(kept) > MAX_ROWS:
            raise IntakeError(
                QT_TRANSLATE_NOOP("messages", "{source} has more than {limit} rows of candidates."),
                source=source_name,
                limit=MAX_ROWS,
            )
    if header is None:
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source} has no header row: the file is empty."),
            source=source_name,
        )
    width = max(len(row) for row in (header, *kept))
    return Table(
        source_name=source_name,
        headers=unique_headers(header + ("",) * (width - len(header))),
        rows=tuple(row + ("",) * (width - len(row)) for row in kept),
        header_line=header_line,
    )


def _trimmed(raw: Sequence[str]) -> tuple[str, ...]:
    cells = [cell.strip() for cell in raw]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _check_row(source_name: str, line: int, row: tuple[str, ...]) -> None:
    if len(row) > MAX_COLUMNS:
        raise IntakeError(
            QT_TRANSLATE_NOOP("messages", "{source}, line {line}: more than {limit} columns."),
            source=source_name,
            line=line,
            limit=MAX_COLUMNS,
        )
    column = next((i for i, cell in enumerate(row) if len(cell) > MAX_CELL_CHARACTERS), None)
    if column is not None:
        raise IntakeError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{source}, line {line}, column {column}: a cell of more than {limit} characters.",
            ),
            source=source_name,
            line=line,
            column=column + 1,
            limit=MAX_CELL_CHARACTERS,
        )


def unique_headers(headers: Sequence[str]) -> tuple[str, ...]:
    """Each header named and distinct: an empty one is « Colonne 3 », a repeated one « Nom (2) »."""
    result: list[str] = []
    taken: set[str] = set()
    for index, header in enumerate(headers, start=1):
        base = header or f"Colonne {index}"
        name, copy = base, 1
        while name.casefold() in taken:
            copy += 1
            name = f"{base} ({copy})"
        taken.add(name.casefold())
        result.append(name)
    return tuple(result)
