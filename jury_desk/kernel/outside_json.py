"""JSON from outside (a bundle, a results file, a signed PDF, a request): parsed within bounds.

Python's `json` accepts what jury-desk cannot hold: it recurses in C on
nested arrays (RecursionError), parses integers of any length (ValueError
past 4,300 digits, and past 2^63 the workspace's SQLite overflows), reads
NaN and Infinity, and keeps the last of duplicated keys. `load_outside_json`
refuses all of these, each with one line (`OutsideJsonError`), before the
document's schema is even looked at.

The nesting depth is measured before parsing, without recursion: strings are
taken out (a regular expression that cannot backtrack), and the depth is the
highest running count of opening minus closing brackets. The JSON parser
stops at the first mismatched bracket, so it never goes deeper than that.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

# jury-desk's documents nest 5 levels at most, as their schemas allow (the manifest:
# itself, its candidates, a candidate, its documents, a document); 32 leaves room and
# keeps the parser and the schema validator far from Python's recursion limit.
MAX_DEPTH = 32
# jury-desk writes integers of at most 19 digits (the store's bound) and short floats
# (0.8333); 40 characters leave room for a sign and an exponent.
MAX_NUMBER_CHARS = 40
# What the workspace's SQLite stores: a signed 64-bit integer.
MIN_INTEGER = -(2**63)
MAX_INTEGER = 2**63 - 1
# Where a caller has no smaller cap of its own (results.json's is 16 MiB).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

# A JSON string, or an unterminated one up to the end (the parser refuses it there):
# possessive, so a hostile text cannot make the expression backtrack.
_STRING = re.compile(rb'"(?:[^"\\]|\\[\s\S])*+(?:"|\\?\Z)')
_NOT_BRACKETS = bytes(range(256)).translate(None, b"[]{}")
_DEPTH_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")  # +1, -1 once read as signed
# A surrogate escape (\uD800-\uDFFF): only then can the parsed text hold a lone one.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class OutsideJsonError(UserError):
    """Refused JSON; the message is a clause ("it nests deeper than 32 levels") that the
    caller puts after what was being read ("The manifest is refused: …")."""


def load_outside_json(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """`data` parsed as UTF-8 JSON within jury-desk's bounds, or an `OutsideJsonError`."""
    if len(data) > max_bytes:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it is over {limit} bytes"), limit=max_bytes
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it is not JSON (not UTF-8 text)")
        ) from None
    if nesting_depth(data) > MAX_DEPTH:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it nests deeper than {limit} levels"), limit=MAX_DEPTH
        )
    try:
        document = json.loads(
            text,
            parse_int=_integer,
            parse_float=_float,
            parse_constant=_constant,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as error:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it is not JSON ({reason})"), reason=str(error)
        ) from None
    if _SURROGATE_ESCAPE.search(data) is not None:
        _refuse_lone_surrogates(document)
    return document


def nesting_depth(data: bytes) -> int:
    """The deepest nesting of arrays and objects outside strings (0 for a bare value)."""
    brackets = _STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    steps = memoryview(brackets.translate(_DEPTH_STEPS)).cast("b")
    return max(accumulate(steps, initial=0))


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _long_number()
    value = int(text)
    if not MIN_INTEGER <= value <= MAX_INTEGER:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it holds the integer {value}, out of range"),
            value=value,
        )
    return value


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _long_number()
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses as infinity
        raise _not_finite(text)
    return value


def _constant(name: str) -> float:
    raise _not_finite(name)  # NaN, Infinity, -Infinity: Python's extensions to JSON


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise OutsideJsonError(
                    QT_TRANSLATE_NOOP("messages", "it holds the key {key!r} twice in one object"),
                    key=key if len(key) <= 64 else key[:63] + "…",
                )
            seen.add(key)
    return document


def _long_number() -> OutsideJsonError:
    return OutsideJsonError(
        QT_TRANSLATE_NOOP("messages", "it holds a number longer than {limit} characters"),
        limit=MAX_NUMBER_CHARS,
    )


def _not_finite(text: str) -> OutsideJsonError:
    return OutsideJsonError(
        QT_TRANSLATE_NOOP("messages", "it holds {value}, which is not a finite number"),
        value=text,
    )


def _refuse_lone_surrogates(document: Any) -> None:
    # A lone surrogate (\uD800 unpaired) is not Unicode: it would fail later, when the
    # text is written to the store or a PDF. Encoding the whole document finds any.
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise OutsideJsonError(
            QT_TRANSLATE_NOOP("messages", "it holds text that is not valid Unicode")
        ) from None
