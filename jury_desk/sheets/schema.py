"""The JSON Schema of the scoring sheet's data, and the one-line error of a sheet that breaks it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from jury_desk.errors import UserError

SHEET_FORMAT = "jury-desk-scoring-sheet"
SCHEMA_VERSION = 1
SCHEMA_FILE = "scoring-sheet-v1.schema.json"


class SheetFormatError(UserError):
    """The data of a scoring sheet is not JSON, not of this version, or breaks the schema."""


@cache
def sheet_schema() -> dict[str, Any]:
    text = resources.files("jury_desk.resources.schemas").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Any:
    return jsonschema.Draft202012Validator(sheet_schema())


def validate_sheet_document(document: Any) -> None:
    """Raise `SheetFormatError` naming where `document` first breaks the schema."""
    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is not None:
        raise SheetFormatError(
            f"The scoring sheet data is not valid at {_where(error.absolute_path)}: "
            f"{_one_line(error.message)}"
        )


def _where(path: Any) -> str:
    return "/".join(str(part) for part in path) or "(top)"


def _one_line(message: str) -> str:
    # A message quotes the offending value, which may be a long multi-line comment.
    line = " ".join(message.split())
    return line if len(line) <= 200 else line[:199] + "…"
