"""The one JSON reader for outside data: within bounds, or one line saying what is wrong."""

from __future__ import annotations

import json
import time
from importlib import resources

import pytest

from jury_desk.kernel.outside_json import (
    MAX_DEPTH,
    MAX_INTEGER,
    MAX_NUMBER_CHARS,
    MIN_INTEGER,
    OutsideJsonError,
    load_outside_json,
    nesting_depth,
)


def refusal(data: bytes, max_bytes: int = 1024 * 1024) -> str:
    with pytest.raises(OutsideJsonError) as caught:
        load_outside_json(data, max_bytes=max_bytes)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def test_plain_json_is_read_as_json_reads_it() -> None:
    text = '{"a": [1, -2, 3.5, true, null, "x\\u00e9\\ud83d\\ude00"], "b": {"c": []}}'
    assert load_outside_json(text.encode()) == json.loads(text)
    assert load_outside_json(b'"just a string"') == "just a string"


@pytest.mark.parametrize(
    ("data", "depth"),
    [
        (b"1", 0),
        (b"[]", 1),
        (b'{"a": [[{}]]}', 4),
        (b'["[[[[", "]]]", "\\"[["]', 1),  # brackets inside strings do not count
        (b'[1, "\\\\", [2]]', 2),  # an escaped backslash ends no string
        (b"]]]][", 0),  # unbalanced: the parser stops at the first bracket
    ],
)
def test_the_nesting_depth_is_measured_outside_strings(data: bytes, depth: int) -> None:
    assert nesting_depth(data) == depth


def test_deep_nesting_is_refused_before_parsing() -> None:
    assert load_outside_json(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None
    for deep in (
        b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1),
        b"[" * 100_000,
        b'{"a":' * 50_000,
    ):
        assert f"deeper than {MAX_DEPTH} levels" in refusal(deep)


def test_the_depth_scan_is_linear_even_on_hostile_strings() -> None:
    # Escaped quotes in an unterminated string, then many brackets: no backtracking.
    hostile = b'"' + b'\\"' * 2_000_000 + b"[]" * 1_000_000
    started = time.monotonic()
    assert "not JSON" in refusal(hostile, max_bytes=len(hostile))
    assert time.monotonic() - started < 5


def test_jury_desks_own_documents_nest_far_less_than_the_limit() -> None:
    # The schemas say how deep a document can go (their "additionalProperties": false).
    schemas = resources.files("jury_desk.resources.schemas")
    for name in ("session-manifest-v1", "results-v1", "minutes-v1", "scoring-sheet-v1"):
        schema = json.loads(schemas.joinpath(f"{name}.schema.json").read_text("utf-8"))
        assert _instance_depth(schema, schema) <= 5 < MAX_DEPTH, name


def _instance_depth(node: object, root: dict[str, object]) -> int:
    if not isinstance(node, dict):
        return 0
    if "$ref" in node:
        target: object = root
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            assert isinstance(target, dict)
            target = target[part]
        return _instance_depth(target, root)
    children = [*dict(node.get("properties", {})).values()]
    if isinstance(node.get("items"), dict):
        children.append(node["items"])
    inner = max((_instance_depth(child, root) for child in children), default=0)
    return 1 + inner if "properties" in node or "items" in node else 0


def test_long_numbers_are_refused_before_python_parses_them() -> None:
    # Past 4,300 digits int() raises ValueError; long before that the text is absurd.
    for number in (b"9" * 5000, b"1" * (MAX_NUMBER_CHARS + 1), b"0." + b"1" * 60):
        assert f"longer than {MAX_NUMBER_CHARS} characters" in refusal(b"[" + number + b"]")


def test_integers_must_fit_the_store() -> None:
    assert load_outside_json(b"[%d, %d]" % (MIN_INTEGER, MAX_INTEGER)) == [MIN_INTEGER, MAX_INTEGER]
    for integer in (MAX_INTEGER + 1, MIN_INTEGER - 1, 10**30):
        message = refusal(b'{"bundle_version": %d}' % integer)
        assert f"the integer {integer}, out of range" in message


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1E400"])
def test_numbers_must_be_finite(number: bytes) -> None:
    assert "not a finite number" in refusal(b'{"rate": ' + number + b"}")


def test_duplicate_keys_are_refused() -> None:
    assert "the key 'format' twice in one object" in refusal(
        b'{"format": "jury-desk-results", "x": {"format": "evil"}, "format": "other"}'
    )
    assert "twice" in refusal(b'[{"a": 1, "a": 1}]')
    long_key = "k" * 500
    message = refusal(json.dumps({long_key: 1}).encode()[:-1] + f', "{long_key}": 2}}'.encode())
    assert len(message) < 200  # the key is shortened in the message


def test_the_size_cap_is_checked_first() -> None:
    assert "over 10 bytes" in refusal(b'{"a": "12345"}', max_bytes=10)
    assert load_outside_json(b'{"a": "123"}', max_bytes=12) == {"a": "123"}


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe{}", b'{"a": "\xe9"}', b"", b"{", b'{"a": 1,}', b"[1] [2]", b"\xef\xbb\xbf{}"],
)
def test_what_is_not_json_in_utf8_is_refused(data: bytes) -> None:
    assert "not JSON" in refusal(data)


def test_lone_surrogates_are_refused_pairs_kept() -> None:
    assert load_outside_json(b'["\\ud83d\\ude00"]') == ["\U0001f600"]
    assert load_outside_json(b'["\\\\ud800"]') == ["\\ud800"]  # an escaped backslash
    for lone in (b'["\\ud800"]', b'{"\\udfff": 1}', b'["a\\ud83d"]'):
        assert "not valid Unicode" in refusal(lone)
