"""Small age passphrase (scrypt) files, such as a bundle's key slot, opened with our own code.

The header is checked first (age_header: one scrypt stanza, work factor at
most 2^18, what jury-desk writes), then the key is derived in a helper process
(scrypt_child), so that scrypt's memory never counts in jury-desk's own.
"""

from __future__ import annotations

from jury_desk.crypto import scrypt_child
from jury_desk.crypto.age_header import AgeHeader, check_passphrase_header, decode_base64
from jury_desk.crypto.age_keys import (
    FILE_KEY_BYTES,
    HeaderMacError,
    check_header_mac,
    unwrap_with_wrap_key,
)
from jury_desk.crypto.age_payload import (
    NONCE_BYTES,
    PayloadCipher,
    PayloadDamagedError,
    StreamLayout,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP


class PassphraseFileError(UserError):
    pass


class WrongPassphraseError(PassphraseFileError):
    pass


def decrypt_passphrase_file(data: bytes, passphrase: str) -> bytes:
    """The plaintext of an age passphrase file held in memory (the caller caps its size)."""
    header = check_passphrase_header(data)
    stanza = header.stanzas[0]
    salt = decode_base64(
        stanza.args[0].encode("ascii"), QT_TRANSLATE_NOOP("messages", "the passphrase salt")
    )
    wrap_key = scrypt_child.derive_wrap_key(passphrase, salt, int(stanza.args[1]))
    file_key = unwrap_with_wrap_key(stanza, wrap_key)
    if file_key is None:
        raise WrongPassphraseError(
            QT_TRANSLATE_NOOP("messages", "Wrong passphrase (or the data is damaged).")
        )
    if len(file_key) != FILE_KEY_BYTES:
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase-protected data is malformed (its file key)."
            )
        )
    try:
        check_header_mac(data, header, file_key)
        return decrypt_payload_in_memory(data, header, file_key)
    except (HeaderMacError, PayloadDamagedError):
        raise PassphraseFileError(
            QT_TRANSLATE_NOOP("messages", "The passphrase-protected data is damaged or truncated.")
        ) from None


def decrypt_payload_in_memory(data: bytes, header: AgeHeader, file_key: bytes) -> bytes:
    """The whole plaintext of a small age file whose file key is known."""
    layout = StreamLayout.of(header.length, len(data))
    nonce = data[header.length : header.length + NONCE_BYTES]
    cipher = PayloadCipher(file_key, nonce)
    pieces = []
    for index in range(layout.chunks):
        start = layout.chunk_at(index)
        sealed = data[start : start + layout.sealed_length(index)]
        pieces.append(cipher.open(index, layout.is_last(index), sealed))
    return b"".join(pieces)
