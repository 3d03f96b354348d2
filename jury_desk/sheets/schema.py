"""The JSON Schema of the scoring sheet's data, and the error of data that breaks it."""

from __future__ import annotations

from typing import Any

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.json_schema import load_schema

SHEET_FORMAT = "jury-desk-scoring-sheet"
SCHEMA_VERSION = 1
SCHEMA_FILE = "scoring-sheet-v1.schema.json"


class SheetFormatError(UserError):
    """The data of a scoring sheet is not JSON, not of this version, or breaks the schema."""


def sheet_schema() -> dict[str, Any]:
    return load_schema(SCHEMA_FILE)
