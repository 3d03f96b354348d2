"""The results file's members, names and caps (docs/results-format.md)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

RESULTS_FORMAT = "jury-desk-results"
RESULTS_VERSION = 1
SCHEMA_FILE = "results-v1.schema.json"
# The suggested extension; the file itself is a plain age file holding a tar.
SUFFIX = ".jdresults"

RESULTS_JSON = "results.json"
RESULTS_CSV = "results.csv"
MINUTES_PDF = "minutes.pdf"
SHEETS_DIR = "sheets"
FIXED_MEMBERS = (RESULTS_JSON, RESULTS_CSV, MINUTES_PDF)

# What sheet_file_name() gives ("grille-cand-1-chair-v2.pdf"): one plain component, no path.
_SHEET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,190}\.pdf")


@dataclass(frozen=True)
class ResultsLimits:
    """Caps checked on each member header, before its bytes are read."""

    max_members: int = 2_000
    max_table_bytes: int = 16 * 1024 * 1024  # results.json, results.csv
    max_pdf_bytes: int = 64 * 1024 * 1024  # the minutes, each sheet
    max_total_bytes: int = 512 * 1024 * 1024


DEFAULT_LIMITS = ResultsLimits()


def sheet_member(file_name: str) -> str:
    """The member name of a sheet, refusing a file name that is not one plain component."""
    if not is_sheet_file_name(file_name):
        raise ValueError(f"not a sheet file name: {file_name!r}")
    return f"{SHEETS_DIR}/{file_name}"


def is_sheet_file_name(file_name: str) -> bool:
    return (
        _SHEET_NAME.fullmatch(file_name) is not None
        and ".." not in file_name
        and unicodedata.normalize("NFC", file_name) == file_name
    )
