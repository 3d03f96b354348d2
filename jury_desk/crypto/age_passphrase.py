"""Small age passphrase (scrypt) files, such as a bundle's key slot, opened with our own code.

The header is checked first (age_header: one scrypt stanza, work factor at
most 2^18, what jury-desk writes); then the whole file is opened in the helper
process that derives its key (scrypt_child, scrypt_derive.open_file): the
stanza unwrapped, the header's MAC checked, the payload decrypted, the plaintext
sent back on the helper's standard output. scrypt's memory never counts in
jury-desk's own, and jury-desk itself loads no cryptography for it: the window
unlocks its key file without it (issue #17).
"""

from __future__ import annotations

from dataclasses import dataclass

from jury_desk.crypto import scrypt_child, scrypt_derive
from jury_desk.crypto.age_header import check_passphrase_header, decode_base64, mac_line
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


class PassphraseFileError(UserError):
    pass


class WrongPassphraseError(PassphraseFileError):
    pass


@dataclass(frozen=True)
class Opening:
    """What the helper is asked to open a passphrase file, and its work factor."""

    request: bytes
    log2_n: int


def opening(data: bytes, passphrase: str) -> Opening:
    """The helper's request for `data`; refuses a malformed or too costly header first."""
    header = check_passphrase_header(data)
    stanza = header.stanzas[0]
    salt = decode_base64(
        stanza.args[0].encode("ascii"), QT_TRANSLATE_NOOP("messages", "the passphrase salt")
    )
    log2_n = int(stanza.args[1])
    covered, mac_text = mac_line(data, header)
    mac = decode_base64(mac_text, QT_TRANSLATE_NOOP("messages", "the header MAC"))
    request = scrypt_derive.open_request(
        passphrase.encode("utf-8"), salt, log2_n, stanza.body, covered, mac, data[header.length :]
    )
    return Opening(request, log2_n)


def decrypt_passphrase_file(data: bytes, passphrase: str) -> bytes:
    """The plaintext of an age passphrase file held in memory (the caller caps its size)."""
    asked = opening(data, passphrase)
    answer = scrypt_child.open_in_helper(asked.request, asked.log2_n)
    status = answer[0]
    if status == scrypt_derive.WRONG_PASSPHRASE:
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP("messages", "Wrong passphrase (or the data is damaged).")
        )
    if status == scrypt_derive.MALFORMED_FILE_KEY:
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase-protected data is malformed (its file key)."
            )
        )
    if status == scrypt_derive.DAMAGED:
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP("messages", "The passphrase-protected data is damaged or truncated.")
        )
    return answer[1:]
