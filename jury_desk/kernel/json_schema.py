"""The JSON Schemas shipped with jury-desk, and the one line saying where a document breaks one."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from jury_desk.kernel.outside_json import DEFAULT_MAX_BYTES, OutsideJsonError, load_outside_json


@cache
def load_schema(file_name: str) -> dict[str, Any]:
    """A schema of `jury_desk/resources/schemas/`, parsed once (jury-desk's own file)."""
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
    return f"at {_where(error.absolute_path)}: {one_line(error.message)}"


def read_document(
    data: bytes,
    *,
    what: str,
    schema_file: str,
    version: int,
    refuse: Callable[[str], Exception],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Any:
    """`data` parsed as JSON of schema `schema_file`, version `version`, or `refuse(message)`.

    `what` starts each one-line message: "The minutes data is refused: it is not JSON …",
    "… has schema version 2, this jury-desk reads version 1: …", "… is not valid at …".
    The JSON comes from outside (a signed PDF): read within bounds (kernel/outside_json.py).
    """
    try:
        document = load_outside_json(data, max_bytes=max_bytes)
    except OutsideJsonError as error:
        raise refuse(f"{what} is refused: {error}") from None
    if isinstance(document, dict) and document.get("schema_version") not in (None, version):
        raise refuse(
            f"{what} has schema version {document.get('schema_version')}, "
            f"this jury-desk reads version {version}: install a newer jury-desk."
        )
    problem = schema_problem(schema_file, document)
    if problem is not None:
        raise refuse(f"{what} is not valid {problem}")
    return document


def _where(path: Any) -> str:
    return "/".join(str(part) for part in path) or "(top)"


def one_line(message: str) -> str:
    """A schema error's message on one line of at most 200 characters."""
    # A message quotes the offending value, which may be a long multi-line comment.
    line = " ".join(message.split())
    return line if len(line) <= 200 else line[:199] + "…"
