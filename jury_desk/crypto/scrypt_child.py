"""The scrypt derivation of an age passphrase, run in a short-lived helper process.

scrypt with r = 8 needs 128 x r x N bytes: 256 MiB at age's work factor 2^18,
1 GiB at our cap of 2^20. Deriving in a helper process keeps that memory out
of jury-desk itself, whose own peak stays that of the opening (the helper's
memory is returned to the system as soon as it exits). The helper is this
same Python, isolated (-I), and imports only `cryptography`: the passphrase
and the salt go in on its standard input, the 32-byte key comes back on its
standard output; nothing is written to disk or put on a command line.

A frozen application (PyInstaller) has no interpreter to start a script with,
so there the derivation runs in this process.
"""

from __future__ import annotations

import subprocess
import sys

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jury_desk.errors import UserError
from jury_desk.messages import QT_TRANSLATE_NOOP

SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SALT_BYTES = 16
KEY_BYTES = 32

_HELPER = """
import sys
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
data = sys.stdin.buffer.read()
log2, salt, passphrase = data[0], b"age-encryption.org/v1/scrypt" + data[1:17], data[17:]
key = Scrypt(salt=salt, length=32, n=1 << log2, r=8, p=1).derive(passphrase)
sys.stdout.buffer.write(key)
"""


class KeyDerivationError(UserError):
    pass


def derive_wrap_key(passphrase: str, salt: bytes, log2_n: int) -> bytes:
    """scrypt(passphrase, "age-encryption.org/v1/scrypt" || salt, 2^log2_n, 8, 1), 32 bytes.

    The caller has already refused a work factor above the cap (age_header).
    """
    assert len(salt) == SALT_BYTES and 1 <= log2_n <= 63, "checked by age_header"
    secret = passphrase.encode("utf-8")
    if getattr(sys, "frozen", False):
        return derive_here(secret, salt, log2_n)
    return _derive_in_helper(secret, salt, log2_n)


def derive_here(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    """The same derivation in this process (what the helper runs)."""
    return Scrypt(salt=SCRYPT_LABEL + salt, length=KEY_BYTES, n=1 << log2_n, r=8, p=1).derive(
        secret
    )


def _derive_in_helper(secret: bytes, salt: bytes, log2_n: int) -> bytes:
    try:
        helper = subprocess.run(
            [sys.executable, "-I", "-c", _HELPER],
            input=bytes([log2_n]) + salt + secret,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise KeyDerivationError(
            QT_TRANSLATE_NOOP(
                "messages", "Cannot start the passphrase's key derivation ({reason})."
            ),
            reason=exc.strerror,
        ) from None
    if helper.returncode != 0 or len(helper.stdout) != KEY_BYTES:
        # Most likely out of memory: 128 x 8 x 2^log2_n bytes were needed.
        needed = (128 * 8 << log2_n) >> 20
        raise KeyDerivationError(
            QT_TRANSLATE_NOOP(
                "messages", "The passphrase's key derivation failed (it needs {mib} MiB of memory)."
            ),
            mib=needed,
        )
    return helper.stdout
