"""pyHanko's reading of PDF hex strings, with a fast path for the plain ones.

pyHanko reads a hex string one byte at a time through Python generators: a signature's
/Contents (several thousand hex digits) took about 3 ms a file, as long as all the rest
of its reading. `read_hex_string` reads the plain form, `<` then hex digits then `>`, with
one slice; anything else (whitespace or comments inside, a wrong byte, no `>` before the
end) goes to pyHanko's own reader from the same position, so what is returned or raised
is what pyHanko's gives. `install` puts it in place of pyHanko's, which its `read_object`
looks up in its module at each call; tests/core/signing/test_hex_strings.py compares the two.
"""

from __future__ import annotations

import binascii
from typing import IO, Final

from pyhanko.pdf_utils import generic

_pyhanko_read = generic.read_hex_string_from_stream
_HEX_DIGITS: Final = generic.HEX_DIGITS
_FIRST_WINDOW = 1 << 14  # a sheet's /Contents fits: one read, one search


def read_hex_string(stream: IO[bytes]) -> generic.ByteStringObject | generic.TextStringObject:
    """The hex string at the stream's position (its `<`), the stream left after its `>`."""
    start = stream.tell()
    window = _through_closing(stream, start)
    end = window.find(b">")
    digits = window[1:end]
    if window[:1] != b"<" or end < 0 or digits.translate(None, _HEX_DIGITS):
        stream.seek(start)
        return _pyhanko_read(stream)
    stream.seek(start + end + 1)
    if len(digits) % 2:  # as pyHanko: a missing last digit is 0
        digits += b"0"
    return generic.pdf_string(binascii.unhexlify(digits))


def _through_closing(stream: IO[bytes], start: int) -> bytes:
    """The bytes from `start` through the first that is not a hex digit, or to the end.

    Read in windows growing fourfold: one read for a sheet's /Contents.
    """
    size = _FIRST_WINDOW
    while True:
        window = stream.read(size)
        if len(window) < size or window[1:].translate(None, _HEX_DIGITS):
            return window
        size *= 4
        stream.seek(start)


def install() -> None:
    """Read pyHanko's hex strings with `read_hex_string` from now on (idempotent)."""
    generic.read_hex_string_from_stream = read_hex_string
