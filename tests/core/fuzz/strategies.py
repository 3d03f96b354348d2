"""Inputs a sender could craft: any JSON, genuine documents edited, and known extremes."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

# JSON values of every kind, numbers at their limits included.
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 2, max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=25,
)

# Texts no genuine writer produces but a hostile one can: each broke a parser somewhere.
EXTREME_TEXTS = tuple(
    [
        b"[" * 100_000 + b"]" * 100_000,  # nesting past the interpreter's recursion limit
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"1" * 5_000,  # past int()'s 4300-digit limit
        b'{"version": ' + b"9" * 30 + b"}",  # beyond a 64-bit column
        b'{"version": 1e400}',  # infinity
        b'{"version": NaN}',
        b'{"format": "\\ud800"}',  # a lone surrogate
        b"\xef\xbb\xbf{}",  # a byte-order mark
        '{"a": 1}'.encode("utf-16"),
        b'{"a": 1, "a": 2}',  # a duplicated key
        b"",
        b"\x00" * 64,
    ]
)
EXTREMES = st.sampled_from(EXTREME_TEXTS)


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def edited(draw: st.DrawFn, document: Any) -> Any:
    """`document` with one to three places replaced by any value, or removed."""
    result = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 3))):
        parent, key = draw(_place(result))
        if parent is None:
            return draw(JSON_VALUES)
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[key]
        else:
            parent[key] = draw(JSON_VALUES)
    return result


@st.composite
def _place(draw: st.DrawFn, document: Any) -> tuple[Any, Any]:
    """A place in `document`: (its container, its key or index); (None, None) for the root."""
    parent: Any = None
    key: Any = None
    node = document
    while isinstance(node, dict | list) and node and (parent is None or draw(st.booleans())):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, draw(st.sampled_from(keys))
        node = node[key]
    return parent, key


def outside_json(genuine: Any, **header: Any) -> st.SearchStrategy[bytes]:
    """Bytes a file could bring where `genuine` is expected."""
    framed = st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=6).map(
        lambda rest: {**rest, **header}
    )
    return st.one_of(
        edited(genuine).map(json_bytes),
        framed.map(json_bytes),
        JSON_VALUES.map(json_bytes),
        EXTREMES,
        st.binary(max_size=300),
    )
