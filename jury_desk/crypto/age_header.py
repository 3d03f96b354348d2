"""Reading an age header before handing a file to pyrage.

pyrage accepts any scrypt work factor (a header announcing 2^23 costs 8 GiB
and most of a minute), so the header is checked first. The header is plain
text: a version line, stanzas `-> TYPE ARGS` each followed by base64 body
lines, and a `---` MAC line (age-encryption.org/v1 specification).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jury_desk.errors import UserError

VERSION_LINE = b"age-encryption.org/v1"
MAX_HEADER_BYTES = 64 * 1024
# age's own command-line tool refuses above 22; we trust no more than 2^20
# (about a second and 1 GiB of memory).
MAX_SCRYPT_LOG2 = 20
_DECIMAL = re.compile(rb"[1-9][0-9]{0,1}")


class AgeHeaderError(UserError):
    pass


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]


def read_stanzas(prefix: bytes) -> list[Stanza]:
    """Parse the stanzas from the first bytes of an age file (armored files are refused)."""
    lines = prefix[:MAX_HEADER_BYTES].split(b"\n")
    if not lines or lines[0] != VERSION_LINE:
        raise AgeHeaderError("not an age-encrypted file (or an unsupported age version)")
    stanzas: list[Stanza] = []
    for line in lines[1:]:
        if line.startswith(b"---"):
            return stanzas
        if line.startswith(b"-> "):
            fields = line[3:].split(b" ")
            if not fields or not fields[0]:
                raise AgeHeaderError("malformed age header: a stanza has no type")
            stanzas.append(
                Stanza(
                    fields[0].decode("ascii", "replace"),
                    tuple(f.decode("ascii", "replace") for f in fields[1:]),
                )
            )
    raise AgeHeaderError("malformed age header: no end of header found")


def check_passphrase_header(prefix: bytes) -> None:
    """Refuse, before any key derivation, a passphrase file that would cost too much to open."""
    stanzas = read_stanzas(prefix)
    scrypt = [stanza for stanza in stanzas if stanza.type == "scrypt"]
    if not scrypt:
        raise AgeHeaderError("this file is not protected by a passphrase")
    if len(stanzas) != 1:
        raise AgeHeaderError("malformed age header: a passphrase stanza must be the only one")
    args = scrypt[0].args
    if len(args) != 2 or not _DECIMAL.fullmatch(args[1].encode()):
        raise AgeHeaderError("malformed age header: bad scrypt arguments")
    if int(args[1]) > MAX_SCRYPT_LOG2:
        raise AgeHeaderError(
            f"refused: the passphrase's work factor 2^{int(args[1])} is above 2^{MAX_SCRYPT_LOG2}"
        )
