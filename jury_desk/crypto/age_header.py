"""A strict reader of age headers, run before any file is handed to pyrage.

pyrage accepts any scrypt work factor (a header announcing 2^23 costs 8 GiB
and most of a minute; 2^20 already costs 1 GiB and half a minute on a modest
laptop, on every attempt at the passphrase) and is laxer than the specification
on stanza bodies, so the whole header is checked here first
(age-encryption.org/v1):

    age-encryption.org/v1
    -> TYPE ARG...          one or more stanzas, each followed by its body:
    BASE64 (64 columns)...  full lines of canonical unpadded base64,
    BASE64 (< 64 columns)   then one shorter line, possibly empty
    --- MAC                 43 base64 characters

Line ends are LF only. The binary payload follows the MAC line.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

VERSION_LINE = b"age-encryption.org/v1"
MAX_HEADER_BYTES = 64 * 1024
# The work factor is the sender's choice and the juror pays it on every attempt. What
# jury-desk writes (age_scrypt) and what the reference `age` writes is 2^18: 256 MiB
# and a few seconds at worst. Anything above asks more than a juror should wait for.
MAX_SCRYPT_LOG2 = 18
BODY_COLUMNS = 64

_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*")
_VCHARS = re.compile(rb"[\x21-\x7e]+")
_WORK_FACTOR = re.compile(r"[1-9][0-9]*")
_MAC_PREFIX = b"--- "
MAC_CHARS = 43  # 32 bytes
_STANZA_PREFIX = b"-> "


class AgeHeaderError(UserError):
    pass


class TooCostlyError(AgeHeaderError):
    """A well-formed passphrase file whose work factor is above the cap: said as such."""


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class AgeHeader:
    stanzas: list[Stanza]
    # Bytes of the header, MAC line included: the payload starts there.
    length: int


def parse_header(prefix: bytes) -> AgeHeader:
    """Parse the header at the start of `prefix` (which may go on into the payload)."""
    _refuse_armor(prefix)
    lines = _LineReader(prefix)
    _read_version(prefix, lines)
    stanzas: list[Stanza] = []
    line = lines.next_line()
    while not line.startswith(b"---"):
        stanzas.append(_read_stanza(line, lines))
        line = lines.next_line()
    if not stanzas:
        raise _malformed(QT_TRANSLATE_NOOP("messages", "it has no recipient stanza"))
    _check_mac_line(line)
    return AgeHeader(stanzas, lines.position)


def read_stanzas(prefix: bytes) -> list[Stanza]:
    """The stanzas of the header at the start of `prefix` (armored files are refused)."""
    return parse_header(prefix).stanzas


def check_passphrase_header(prefix: bytes) -> AgeHeader:
    """Refuse, before any key derivation, a passphrase file that is malformed or too costly."""
    header = parse_header(prefix)
    stanzas = header.stanzas
    if not any(stanza.type == "scrypt" for stanza in stanzas):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("messages", "This file is not protected by a passphrase.")
        )
    if len(stanzas) != 1:
        raise _malformed(QT_TRANSLATE_NOOP("messages", "a passphrase stanza must be the only one"))
    stanza = stanzas[0]
    if len(stanza.args) != 2:
        raise _malformed(
            QT_TRANSLATE_NOOP(
                "messages", "the passphrase stanza must have a salt and a work factor"
            )
        )
    salt, work_factor = stanza.args
    if len(_decode_argument(salt, QT_TRANSLATE_NOOP("messages", "the passphrase salt"))) != 16:
        raise _malformed(QT_TRANSLATE_NOOP("messages", "the passphrase salt is not 16 bytes"))
    _check_work_factor(work_factor)
    if len(stanza.body) != 32:
        raise _malformed(
            QT_TRANSLATE_NOOP("messages", "the passphrase stanza body is not 32 bytes")
        )
    return header


def check_recipient_header(prefix: bytes) -> AgeHeader:
    """Refuse a file that is not encrypted to X25519 recipients, or whose stanzas are malformed."""
    header = parse_header(prefix)
    if any(stanza.type == "scrypt" for stanza in header.stanzas):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP(
                "messages", "This file is protected by a passphrase, not encrypted to a key."
            )
        )
    x25519 = [stanza for stanza in header.stanzas if stanza.type == "X25519"]
    if not x25519:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP("messages", "This file is not encrypted to any X25519 key (age1…).")
        )
    for stanza in x25519:
        _check_x25519_stanza(stanza)
    return header


def _check_work_factor(work_factor: str) -> None:
    if not _WORK_FACTOR.fullmatch(work_factor):
        raise _malformed(
            QT_TRANSLATE_NOOP(
                "messages", "the passphrase work factor is not a plain decimal number"
            )
        )
    # Length first: int() of a huge digit string is itself costly (and limited).
    if len(work_factor) > 2 or int(work_factor) > MAX_SCRYPT_LOG2:
        shown = work_factor if len(work_factor) <= 3 else f"{work_factor[:3]}…"
        raise too_costly(shown)


def too_costly(factor: str) -> TooCostlyError:
    """The refusal of a passphrase file whose work factor (2^`factor`) is above the cap."""
    return TooCostlyError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Refused: this file asks for more work than jury-desk accepts "
            "(a passphrase work factor of 2^{factor}, above 2^{limit}).",
        ),
        factor=factor,
        limit=MAX_SCRYPT_LOG2,
    )


def _check_x25519_stanza(stanza: Stanza) -> None:
    if len(stanza.args) != 1:
        raise _malformed(
            QT_TRANSLATE_NOOP("messages", "an X25519 stanza must have exactly one argument")
        )
    share = _decode_argument(stanza.args[0], QT_TRANSLATE_NOOP("messages", "an X25519 share"))
    if len(share) != 32:
        raise _malformed(QT_TRANSLATE_NOOP("messages", "an X25519 share is not 32 bytes"))
    if len(stanza.body) != 32:
        raise _malformed(QT_TRANSLATE_NOOP("messages", "an X25519 stanza body is not 32 bytes"))


class _LineReader:
    """LF-terminated lines of the header, never past MAX_HEADER_BYTES."""

    def __init__(self, prefix: bytes) -> None:
        self._data = prefix[:MAX_HEADER_BYTES]
        self._too_long = len(prefix) >= MAX_HEADER_BYTES
        self.position = 0

    def next_line(self) -> bytes:
        end = self._data.find(b"\n", self.position)
        if end < 0:
            if self._too_long:
                raise AgeHeaderError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Refused: the age header is larger than {kib} KiB."
                    ),
                    kib=MAX_HEADER_BYTES // 1024,
                )
            raise AgeHeaderError(
                QT_TRANSLATE_NOOP(
                    "messages", "The age file is truncated: its header is incomplete."
                )
            )
        line = self._data[self.position : end]
        if b"\r" in line:
            raise _malformed(QT_TRANSLATE_NOOP("messages", "it contains a carriage return (CR)"))
        self.position = end + 1
        return line


def _refuse_armor(prefix: bytes) -> None:
    # Whitespace may precede the armor; our bundles never use it, so a clear message helps.
    if prefix.lstrip(b" \t\r\n").startswith(_ARMOR_BEGIN):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP(
                "messages", "Armored (text) age files are not accepted, only binary ones."
            )
        )


def _read_version(prefix: bytes, lines: _LineReader) -> None:
    if prefix.startswith(VERSION_LINE + b"\n"):
        lines.next_line()
        return
    if prefix.startswith(VERSION_LINE + b"\r"):
        raise _malformed(QT_TRANSLATE_NOOP("messages", "it contains a carriage return (CR)"))
    if prefix.startswith(b"age-encryption.org/"):
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP(
                "messages", "This file uses an age version other than v1, which is not supported."
            )
        )
    raise AgeHeaderError(QT_TRANSLATE_NOOP("messages", "This file is not an age-encrypted file."))


def _read_stanza(line: bytes, lines: _LineReader) -> Stanza:
    if not line.startswith(_STANZA_PREFIX):
        raise _malformed(
            QT_TRANSLATE_NOOP("messages", "a line is neither a stanza nor the MAC line")
        )
    fields = line[len(_STANZA_PREFIX) :].split(b" ")
    if not all(_VCHARS.fullmatch(field) for field in fields):
        raise _malformed(
            QT_TRANSLATE_NOOP(
                "messages", "a stanza has an empty argument or one with invalid characters"
            )
        )
    names = [field.decode("ascii") for field in fields]
    return Stanza(names[0], tuple(names[1:]), _read_body(lines))


def _read_body(lines: _LineReader) -> bytes:
    """Body lines up to and including the first one shorter than BODY_COLUMNS."""
    parts: list[bytes] = []
    while True:
        line = lines.next_line()
        if len(line) > BODY_COLUMNS:
            raise AgeHeaderError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The age header is malformed: "
                    "a stanza body line is longer than {columns} columns.",
                ),
                columns=BODY_COLUMNS,
            )
        if line.startswith(b"-"):
            raise _malformed(
                QT_TRANSLATE_NOOP("messages", "a stanza does not end with a short body line")
            )
        parts.append(decode_base64(line, QT_TRANSLATE_NOOP("messages", "a stanza body")))
        if len(line) < BODY_COLUMNS:
            return b"".join(parts)


def mac_line(prefix: bytes, header: AgeHeader) -> tuple[bytes, bytes]:
    """The bytes the header's MAC covers (up to "---"), and the MAC's base64 text."""
    # The header ends with its MAC line, "--- " + 43 characters + LF (checked above).
    start = header.length - len(_MAC_PREFIX) - MAC_CHARS - 1
    return prefix[: start + len(_MAC_PREFIX) - 1], prefix[
        start + len(_MAC_PREFIX) : header.length - 1
    ]


def _check_mac_line(line: bytes) -> None:
    mac = line[len(_MAC_PREFIX) :]
    if not line.startswith(_MAC_PREFIX) or len(mac) != MAC_CHARS:
        raise _malformed(
            QT_TRANSLATE_NOOP(
                "messages", "its MAC line is not '--- ' followed by 43 base64 characters"
            )
        )
    decode_base64(mac, QT_TRANSLATE_NOOP("messages", "the header MAC"))


def _decode_argument(text: str, what: str) -> bytes:
    return decode_base64(text.encode("ascii"), what)


def decode_base64(text: bytes, what: str) -> bytes:
    """Decode canonical unpadded standard base64: only one encoding of a value is accepted.

    `what` names the value in the message: a fragment marked with QT_TRANSLATE_NOOP.
    """
    if not _BASE64.fullmatch(text) or len(text) % 4 == 1:
        raise _not_unpadded_base64(what)
    try:
        decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise _not_unpadded_base64(what) from None
    if base64.b64encode(decoded).rstrip(b"=") != text:
        raise AgeHeaderError(
            QT_TRANSLATE_NOOP(
                "messages", "The age header is malformed: {what} is not canonical base64."
            ),
            what=what,
        )
    return decoded


def _not_unpadded_base64(what: str) -> AgeHeaderError:
    return AgeHeaderError(
        QT_TRANSLATE_NOOP(
            "messages", "The age header is malformed: {what} is not valid unpadded base64."
        ),
        what=what,
    )


def _malformed(detail: str) -> AgeHeaderError:
    """`detail` is a fragment marked with QT_TRANSLATE_NOOP (the window translates it)."""
    return AgeHeaderError(
        QT_TRANSLATE_NOOP("messages", "The age header is malformed: {detail}."), detail=detail
    )
