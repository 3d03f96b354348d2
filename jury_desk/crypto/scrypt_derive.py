"""The scrypt derivation of an age passphrase's key: what the helper process runs.

scrypt_child starts the helper and reads its answer; this module is the
helper's side, shared by its two ways to start:
- from Python, this file run as a script by the same interpreter, isolated
  (`python -I .../scrypt_derive.py`);
- in the frozen application (PyInstaller), which has no interpreter to start,
  the application's own executable with the internal first argument
  `--scrypt-child` (CHILD_ARGUMENT), which scripts/frozen_entry.py recognises
  before it loads the rest of jury-desk.

The request comes on standard input (1 byte log2(N), the 16-byte salt, then the
passphrase in UTF-8) and the 32-byte key goes to standard output. The module
imports only `cryptography`, nothing of jury-desk, so that the helper starts
in a few tens of milliseconds whatever jury-desk grows into.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

# Internal: the first argument that makes the frozen executable a scrypt helper.
CHILD_ARGUMENT = "--scrypt-child"

SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SALT_BYTES = 16
KEY_BYTES = 32


def derive(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    """scrypt(secret, "age-encryption.org/v1/scrypt" || salt, 2^log2_n, 8, 1), 32 bytes."""
    # Imported here: jury-desk itself imports this module to start the helper, before the
    # crypto stack loads (issue #17); only the helper needs cryptography for it.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=SCRYPT_LABEL + salt, length=KEY_BYTES, n=1 << log2_n, r=8, p=1).derive(
        secret
    )


def request(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    """What the helper reads on its standard input."""
    return bytes([log2_n]) + salt + secret


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Read one request, write its key (the helper process's whole work)."""
    data = stdin.read()
    log2_n, salt, secret = data[0], data[1 : 1 + SALT_BYTES], data[1 + SALT_BYTES :]
    stdout.write(derive(secret, salt, log2_n))
    stdout.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
