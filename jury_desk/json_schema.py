"""The JSON Schemas shipped with jury-desk, and the one line saying where a document breaks one."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema


@cache
def load_schema(file_name: str) -> dict[str, Any]:
    """A schema of `jury_desk/resources/schemas/`, parsed once."""
    package = resources.files("jury_desk.resources.schemas")
    schema: dict[str, Any] = json.loads(package.joinpath(file_name).read_text("utf-8"))
    return schema


@cache
def _validator(file_name: str) -> Any:
    return jsonschema.Draft202012Validator(load_schema(file_name))


def schema_problem(file_name: str, document: Any) -> str | None:
    """Where `document` first breaks the schema, as "at <path>: <why>", or None if it holds."""
    error = jsonschema.exceptions.best_match(_validator(file_name).iter_errors(document))
    if error is None:
        return None
    return f"at {_where(error.absolute_path)}: {_one_line(error.message)}"


def _where(path: Any) -> str:
    return "/".join(str(part) for part in path) or "(top)"


def _one_line(message: str) -> str:
    # A message quotes the offending value, which may be a long multi-line comment.
    line = " ".join(message.split())
    return line if len(line) <= 200 else line[:199] + "…"
