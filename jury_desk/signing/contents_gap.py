"""The one part of a signed PDF a signature cannot cover: its own /Contents, and nothing more.

A signature's /ByteRange is [0, a, b, c]: it signs the bytes before offset a and the c
bytes from offset b, leaving out the /Contents hex string between, which holds the
signature itself (a CMS structure in DER) and the zeros that pad it to the room reserved
for it. pyHanko's coverage verdict (ENTIRE_FILE, ENTIRE_REVISION) checks the ranges'
lengths against that string's, but not what is in the padding: digits written there in
place of the zeros change the file, unsigned, and pyHanko still says ENTIRE_FILE
(poppler's pdfsig says "Not total document signed"). So the gap must be exactly the hex
string, `<` and `>` included, and the string the DER signature followed by zeros only.
"""

from __future__ import annotations

from pyhanko.sign.validation import EmbeddedPdfSignature

_SEQUENCE = 0x30  # a CMS ContentInfo is a DER SEQUENCE


def gap_is_the_signature_alone(pdf: bytes, signature: EmbeddedPdfSignature) -> bool:
    """True if nothing but the signature and its zero padding lies outside its byte range."""
    values = [int(value) for value in signature.byte_range]
    if len(values) != 4 or values[0] != 0:
        return False
    _, before, after, _ = values
    contents = bytes(signature.pkcs7_content)
    expected = b"<" + contents.hex().encode("ascii") + b">"
    # Hex digits may be written in either case; anything else (spaces, more bytes) may not.
    if pdf[before:after].lower() != expected:
        return False
    length = _der_length(contents)
    return length is not None and not any(contents[length:])


def _der_length(der: bytes) -> int | None:
    """The length of the DER SEQUENCE `der` starts with, or None if it starts with none."""
    if len(der) < 2 or der[0] != _SEQUENCE:
        return None
    first = der[1]
    if first < 0x80:  # short form: the length itself
        return 2 + first
    count = first & 0x7F
    # 0 would be BER's indefinite length, never DER; 4 bytes already say 4 GiB.
    if not 1 <= count <= 4 or len(der) < 2 + count:
        return None
    length = 2 + count + int.from_bytes(der[2 : 2 + count], "big")
    return length if length <= len(der) else None
