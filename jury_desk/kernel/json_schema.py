"""The JSON Schemas shipped with jury-desk, and the one line saying where a document breaks one."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

import jsonschema

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP, Phrase
from jury_desk.kernel.outside_json import DEFAULT_MAX_BYTES, OutsideJsonError, load_outside_json
from jury_desk.resources import shipped_file


@cache
def load_schema(file_name: str) -> dict[str, Any]:
    """A schema of `jury_desk/resources/schemas/`, parsed once (jury-desk's own file)."""
    schema: dict[str, Any] = json.loads(shipped_file("schemas", file_name).read_text("utf-8"))
    return schema


@cache
def _validator(file_name: str) -> Any:
    return jsonschema.Draft202012Validator(inline_references(load_schema(file_name)))


# A $ref beside these only (annotations) can give way to what it names.
_ANNOTATIONS = frozenset({"description", "title", "$comment"})
# What makes a definition more than keywords to copy: its own base or name.
_IDENTIFIERS = frozenset({"$id", "$anchor", "$dynamicAnchor", "$schema"})
# Their messages quote their subschemas ("is valid under each of {…}"): kept as written.
_QUOTING = frozenset({"oneOf", "not"})
_LOCAL = "#/$defs/"


def inline_references(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with each `{"$ref": "#/$defs/x"}` replaced by the definition it names.

    Resolving a $ref costs jsonschema a lookup and one more level of descent at every
    use: about a third of validating a scoring sheet's data. The errors are the same,
    message, place and order: a $ref's errors are those of its definition's keywords,
    which take its place. Left as written: a $ref beside other keywords than annotations,
    one to a definition with its own $id or anchor, or inside a cycle, and anything under
    `oneOf` or `not`, whose messages quote their subschemas.
    """
    definitions = schema.get("$defs")
    if not isinstance(definitions, dict):
        return schema
    inlined: dict[str, Any] = _inlined(schema, definitions, ())
    return inlined


def _inlined(node: Any, definitions: dict[str, Any], resolving: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inlined(item, definitions, resolving) for item in node]
    if not isinstance(node, dict):
        return node
    target = _definition(node, definitions, resolving)
    if target is not None:
        name, definition = target
        # In the $ref's place, its annotations kept: the keywords in the definition's order.
        merged = {key: value for key, value in node.items() if key != "$ref"}
        merged.update(_inlined(definition, definitions, (*resolving, name)))
        return merged
    return {
        key: value if key in _QUOTING else _inlined(value, definitions, resolving)
        for key, value in node.items()
    }


def _definition(
    node: dict[str, Any], definitions: dict[str, Any], resolving: tuple[str, ...]
) -> tuple[str, dict[str, Any]] | None:
    """The (name, definition) `node`'s $ref may give way to, or None to keep it as written."""
    reference = node.get("$ref")
    if not isinstance(reference, str) or not reference.startswith(_LOCAL):
        return None
    name = reference.removeprefix(_LOCAL)
    definition = definitions.get(name)
    if (
        not isinstance(definition, dict)
        or name in resolving
        or not set(node) - {"$ref"} <= _ANNOTATIONS
        or set(definition) & (_IDENTIFIERS | {"$ref"})
        or set(definition) & set(node)
    ):
        return None
    return name, definition


def schema_problem(file_name: str, document: Any) -> str | None:
    """Where `document` first breaks the schema, as "at <path>: <why>", or None if it holds."""
    return validator_problem(_validator(file_name), document)


def validator_problem(validator: Any, document: Any) -> str | None:
    """`schema_problem` for a jsonschema validator of any schema."""
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is None:
        return None
    return f"at {_where(error.absolute_path)}: {one_line(error.message)}"


def read_document(
    data: bytes,
    *,
    what: str,
    schema_file: str,
    version: int,
    refuse: Callable[..., Exception],
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Any:
    """`data` parsed as JSON of schema `schema_file`, version `version`, or raises
    `refuse(template, **fields)` (a UserError class: the window translates the message).

    `what` starts each one-line message: "The minutes data is refused: it is not JSON …",
    "… has schema version 2, this jury-desk reads version 1: …", "… is not valid at …".
    The JSON comes from outside (a signed PDF): read within bounds (kernel/outside_json.py).
    """
    subject = Phrase(what)
    try:
        document = load_outside_json(data, max_bytes=max_bytes)
    except OutsideJsonError as error:
        raise refuse(
            QT_TRANSLATE_NOOP("messages", "{what} is refused: {reason}"),
            what=subject,
            reason=error,
        ) from None
    if isinstance(document, dict) and document.get("schema_version") not in (None, version):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "messages",
                "{what} has schema version {found}, this jury-desk reads version {version}: "
                "install a newer jury-desk.",
            ),
            what=subject,
            found=document.get("schema_version"),
            version=version,
        )
    problem = schema_problem(schema_file, document)
    if problem is not None:
        # The schema's own words (jsonschema's, in English) are quoted as they are.
        raise refuse(
            QT_TRANSLATE_NOOP("messages", "{what} is not valid {problem}"),
            what=subject,
            problem=problem,
        )
    return document


def _where(path: Any) -> str:
    return "/".join(str(part) for part in path) or "(top)"


def one_line(message: str) -> str:
    """A schema error's message on one line of at most 200 characters."""
    # A message quotes the offending value, which may be a long multi-line comment.
    line = " ".join(message.split())
    return line if len(line) <= 200 else line[:199] + "…"
