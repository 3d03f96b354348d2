"""The fast reading of PDF hex strings returns, raises and leaves the stream as pyHanko's does."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfStreamError

from jury_desk.signing import hex_strings

# After a hex string, what follows in a file: the rest of a dictionary.
_AFTER = b" /Type /Sig >>"


def _both(data: bytes) -> tuple[object, object]:
    """(value or exception type, stream position) from pyHanko's reader, then from ours."""
    outcomes = []
    for read in (hex_strings._pyhanko_read, hex_strings.read_hex_string):
        stream = io.BytesIO(data)
        try:
            value: object = read(stream)
        except PdfStreamError as error:
            value = (type(error), str(error))
        outcomes.append((value, type(value), stream.tell()))
    return outcomes[0], outcomes[1]


@pytest.mark.parametrize(
    "data",
    [
        b"<>" + _AFTER,
        b"<3082ab>" + _AFTER,
        b"<3082AB0>" + _AFTER,  # odd: a last 0 is implied
        b"<FEFF00410042>",  # a text string, with its byte order mark
        b"<30 82\nab>",  # whitespace inside: pyHanko's reader
        b"<30%comment\n82>",
        b"<30x2>",  # not a hex digit
        b"<3082",  # no end
        b"<",
        b"<" + b"30" * 40_000 + b">" + _AFTER,  # longer than the first window
        b"<" + b"00" * 40_000,  # long, with no end
    ],
)
def test_the_same_as_pyhanko(data: bytes) -> None:
    theirs, ours = _both(data)
    assert ours == theirs


@given(st.binary(max_size=64).map(lambda tail: b"<" + tail))
def test_the_same_as_pyhanko_on_any_bytes(data: bytes) -> None:
    theirs, ours = _both(data)
    assert ours == theirs


@given(st.text("0123456789abcdefABCDEF \n>", max_size=64))
def test_the_same_as_pyhanko_on_hex_like_text(text: str) -> None:
    theirs, ours = _both(b"<" + text.encode("ascii") + _AFTER)
    assert ours == theirs


def test_installed_for_pyhanko() -> None:
    import jury_desk.signing.pdf_reading  # noqa: F401  (importing it installs the fast path)

    assert generic.read_hex_string_from_stream is hex_strings.read_hex_string
