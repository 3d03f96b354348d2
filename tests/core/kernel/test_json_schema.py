"""Schemas with their $refs inlined say of every document what the schemas as written say."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jury_desk.kernel.json_schema import (
    inline_references,
    load_schema,
    schema_problem,
    validator_problem,
)
from tests.core.fuzz.strategies import JSON_VALUES, edited

# genuine_sheet is a fixture: imported for pytest to find it by name, never called here.
from tests.core.fuzz.test_documents import MINUTES, genuine_sheet  # noqa: F401

SCHEMAS = (
    "scoring-sheet-v1.schema.json",
    "minutes-v1.schema.json",
    "results-v1.schema.json",
    "session-manifest-v1.schema.json",
)


def _same_problem(file_name: str, document: Any) -> None:
    as_written = jsonschema.Draft202012Validator(load_schema(file_name))
    assert schema_problem(file_name, document) == validator_problem(as_written, document)


def _with_header(file_name: str, rest: dict[str, Any]) -> dict[str, Any]:
    """`rest` with the schema's own format and version, to get past the first keywords."""
    properties = load_schema(file_name).get("properties", {})
    header = {
        key: properties[key]["const"]
        for key in ("format", "schema_version", "bundle_version", "version")
        if "const" in properties.get(key, {})
    }
    return {**rest, **header}


def _references(node: Any) -> int:
    """How many $refs `node` holds, not counting those under oneOf or not (kept as written)."""
    if isinstance(node, list):
        return sum(_references(item) for item in node)
    if not isinstance(node, dict):
        return 0
    own = 1 if isinstance(node.get("$ref"), str) else 0
    return own + sum(_references(v) for k, v in node.items() if k not in ("oneOf", "not"))


@pytest.mark.parametrize("file_name", SCHEMAS)
def test_inlining_leaves_no_reference_but_under_oneof_or_not(file_name: str) -> None:
    written = load_schema(file_name)
    inlined = inline_references(written)
    assert _references(written) > 0
    assert _references({k: v for k, v in inlined.items() if k != "$defs"}) == 0
    assert inlined["$defs"].keys() == written["$defs"].keys()  # for the refs kept


@given(data=st.data())
def test_an_edited_sheet_gets_the_same_problem(
    genuine_sheet: Any,  # noqa: F811  (the fixture imported above, as pytest passes it)
    data: st.DataObject,
) -> None:
    assert schema_problem("scoring-sheet-v1.schema.json", genuine_sheet) is None
    _same_problem("scoring-sheet-v1.schema.json", data.draw(edited(genuine_sheet)))


@given(document=edited(MINUTES))
def test_edited_minutes_get_the_same_problem(document: Any) -> None:
    _same_problem("minutes-v1.schema.json", document)


@given(
    file_name=st.sampled_from(SCHEMAS),
    rest=st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=6),
)
def test_any_document_gets_the_same_problem(file_name: str, rest: dict[str, Any]) -> None:
    _same_problem(file_name, _with_header(file_name, rest))
    _same_problem(file_name, rest)
