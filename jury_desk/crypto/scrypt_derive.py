"""The scrypt derivation of an age passphrase's key: what the helper process runs.

scrypt_child starts the helper and reads its answer; this module is the
helper's side, shared by its two ways to start:
- from Python, this file run as a script by the same interpreter, isolated
  (`python -I .../scrypt_derive.py`);
- in the frozen application (PyInstaller), which has no interpreter to start,
  the application's own executable with the internal first argument
  `--scrypt-child` (CHILD_ARGUMENT), which scripts/frozen_entry.py recognises
  before it loads the rest of jury-desk.

The request comes on standard input: 1 byte for its kind, 1 byte log2(N), the
16-byte salt, then
- DERIVE: the passphrase in UTF-8; the 32-byte key goes to standard output;
- OPEN (a small age passphrase file opened whole, so that jury-desk itself needs
  no cryptography for it: age_passphrase.py): the passphrase, the scrypt
  stanza's body, the header bytes its MAC covers, that MAC and the payload
  (nonce and sealed chunks), each after its length (4 bytes); one status byte
  goes to standard output, then, if OPENED, the plaintext.
Nothing is written anywhere else. The module imports only `cryptography`,
nothing of jury-desk, so that the helper starts in a few tens of milliseconds
whatever jury-desk grows into.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

# Internal: the first argument that makes the frozen executable a scrypt helper.
CHILD_ARGUMENT = "--scrypt-child"

SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SALT_BYTES = 16
KEY_BYTES = 32

# The kinds of request.
DERIVE, OPEN = 0, 1
# What an OPEN request answers, in its first byte (age_passphrase.py tells each apart).
OPENED, WRONG_PASSPHRASE, MALFORMED_FILE_KEY, DAMAGED = 0, 1, 2, 3

# age v1 (https://age-encryption.org/v1): the file key, the payload's chunks.
FILE_KEY_BYTES = 16
PAYLOAD_NONCE_BYTES = 16
CHUNK = 64 * 1024
TAG = 16
_FIELDS = 5  # passphrase, stanza body, header covered by the MAC, MAC, payload


def derive(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    """scrypt(secret, "age-encryption.org/v1/scrypt" || salt, 2^log2_n, 8, 1), 32 bytes."""
    # Imported here: jury-desk itself imports this module to start the helper, before the
    # crypto stack loads (issue #17); only the helper needs cryptography for it.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=SCRYPT_LABEL + salt, length=KEY_BYTES, n=1 << log2_n, r=8, p=1).derive(
        secret
    )


def request(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    """What the helper reads on its standard input to derive a key."""
    return bytes([DERIVE, log2_n]) + salt + secret


def open_request(
    secret: bytes, salt: bytes, log2_n: int, body: bytes, covered: bytes, mac: bytes, payload: bytes
) -> bytes:
    """What the helper reads on its standard input to open a passphrase file whole."""
    fields = (secret, body, covered, mac, payload)
    return bytes([OPEN, log2_n]) + salt + b"".join(len(f).to_bytes(4, "big") + f for f in fields)


def open_file(
    secret: bytes, salt: bytes, log2_n: int, body: bytes, covered: bytes, mac: bytes, payload: bytes
) -> bytes:
    """The status byte, then the plaintext if OPENED: the checks of age_passphrase's
    decrypt_passphrase_file, in its order (the stanza, the file key, the header's MAC,
    the payload)."""
    import hmac  # here, as cryptography above: hashlib's OpenSSL is the helper's alone
    from hashlib import sha256

    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        file_key = ChaCha20Poly1305(derive(secret, salt, log2_n)).decrypt(bytes(12), body, None)
    except InvalidTag:
        return bytes([WRONG_PASSPHRASE])
    if len(file_key) != FILE_KEY_BYTES:
        return bytes([MALFORMED_FILE_KEY])
    expected = hmac.new(_hkdf(file_key, b"", b"header"), covered, sha256).digest()
    if not hmac.compare_digest(mac, expected):
        return bytes([DAMAGED])
    nonce, sealed = payload[:PAYLOAD_NONCE_BYTES], payload[PAYLOAD_NONCE_BYTES:]
    sealed_chunk = CHUNK + TAG
    chunks = -(-len(sealed) // sealed_chunk)
    last = len(sealed) - (chunks - 1) * sealed_chunk
    # A length no payload can have (age_payload.StreamLayout.of refuses the same).
    if len(payload) < PAYLOAD_NONCE_BYTES + TAG or last < TAG or (last == TAG and chunks > 1):
        return bytes([DAMAGED])
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    pieces = [bytes([OPENED])]
    for index in range(chunks):
        chunk_nonce = index.to_bytes(11, "big") + (b"\x01" if index == chunks - 1 else b"\x00")
        try:
            pieces.append(
                aead.decrypt(
                    chunk_nonce, sealed[index * sealed_chunk : (index + 1) * sealed_chunk], None
                )
            )
        except InvalidTag:
            return bytes([DAMAGED])
    return b"".join(pieces)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Read one request, write its answer (the helper process's whole work)."""
    data = stdin.read()
    kind, log2_n, salt = data[0], data[1], data[2 : 2 + SALT_BYTES]
    rest = data[2 + SALT_BYTES :]
    if kind == DERIVE:
        stdout.write(derive(rest, salt, log2_n))
    else:
        fields = []
        for _ in range(_FIELDS):
            length = int.from_bytes(rest[:4], "big")
            fields.append(rest[4 : 4 + length])
            rest = rest[4 + length :]
        secret, body, covered, mac, payload = fields
        stdout.write(open_file(secret, salt, log2_n, body, covered, mac, payload))
    stdout.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
