"""The caps on what the organiser's spreadsheets and attachments may hold.

Far above any real session (a few dozen applications, a handful of documents
each), far below what would exhaust memory: a file past a cap is refused with
one line, never read on.
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import GIB, MIB, FileCap

SPREADSHEET_CAP = FileCap(QT_TRANSLATE_NOOP("messages", "a candidates' spreadsheet"), 20 * MIB)
MAX_ROWS = 5000  # data rows, the header not counted
MAX_COLUMNS = 200
MAX_CELL_CHARACTERS = 2000
# Cells the spreadsheet library lays out in memory, empty ones included: it
# allocates the rectangle from the first to the last cell, so a cell at XFD1048576
# would ask for 17 billion. Room for MAX_ROWS x MAX_COLUMNS and formatted blanks;
# each row of the rectangle is then a Python list, hence the cap on rows too.
MAX_SHEET_CELLS = 2_000_000
MAX_SHEET_ROWS = 50_000
MAX_SHEET_COLUMNS = 1_000


@dataclass(frozen=True)
class ZipCaps:
    """How many entries a ZIP may list, and how many bytes may come out of it."""

    max_entries: int
    max_file_bytes: int
    max_total_bytes: int


# An XLSX or ODS is a ZIP of a few dozen XML parts; its sheets' XML unpacked.
SPREADSHEET_ZIP_CAPS = ZipCaps(max_entries=500, max_file_bytes=64 * MIB, max_total_bytes=96 * MIB)
# The attachments: Démarches Simplifiées' export of a session, or the organiser's own.
ATTACHMENTS_CAPS = ZipCaps(max_entries=2000, max_file_bytes=100 * MIB, max_total_bytes=1 * GIB)
MAX_PATH_CHARACTERS = 1000  # Démarches Simplifiées' paths are long, never this long
