"""The scrypt derivation of an age passphrase, run in a short-lived helper process.

scrypt with r = 8 needs 128 x r x N bytes: 256 MiB at age's work factor 2^18,
which is also our cap (age_header.MAX_SCRYPT_LOG2). Deriving in a helper process
keeps that memory out of jury-desk itself, whose own peak stays that of the
opening (the helper's memory is returned to the system as soon as it exits).
The passphrase and the salt go in on the helper's standard input, the 32-byte
key comes back on its standard output; nothing is written to disk or put on a
command line. A small passphrase file (a key slot) is opened whole there the same
way, the plaintext coming back on the helper's standard output (open_in_helper,
for age_passphrase.py): jury-desk itself then loads no cryptography for it.

The helper runs scrypt_derive, which imports only `cryptography`. From Python
it is that file run by this same interpreter, isolated (-I). A frozen
application (PyInstaller) has no interpreter to start: there the helper is the
application's own executable started with the internal argument
`--scrypt-child`, which its entry (scripts/frozen_entry.py) recognises before
loading anything else.

`start_early` starts a helper ahead of its derivation (the window does, as it
starts: scrypt_early.py); `derive_wrap_key` with the same inputs then takes
that helper's answer instead of starting another. This module imports nothing
of the crypto stack, so that the helper can start before it loads.
"""

from __future__ import annotations

import os
import subprocess
import sys

from jury_desk.crypto import scrypt_derive
from jury_desk.crypto.age_header import MAX_SCRYPT_LOG2, too_costly
from jury_desk.crypto.scrypt_derive import (
    DAMAGED,
    KEY_BYTES,
    MALFORMED_FILE_KEY,
    OPENED,
    SALT_BYTES,
    WRONG_PASSPHRASE,
)
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

# Windows: the helper opens no console window, whether or not jury-desk has one.
if sys.platform == "win32":
    _CREATION_FLAGS = subprocess.CREATE_NO_WINDOW
else:
    _CREATION_FLAGS = 0


# The helpers started ahead, by their request (see start_early); each is taken once.
_started: dict[bytes, subprocess.Popen[bytes]] = {}
_MAX_EARLY_REQUEST = 4096  # written before anyone reads: well within a pipe's buffer


class KeyDerivationError(UserError):
    pass


def start_early(passphrase: str, salt: bytes, log2_n: int) -> None:
    """Start the helper for derive_wrap_key(passphrase, salt, log2_n) now, in the background.

    Nothing is reported here: a refused work factor or a helper that cannot start is
    reported by derive_wrap_key, which then derives as if nothing had been started.
    """
    if len(salt) == SALT_BYTES and 1 <= log2_n <= MAX_SCRYPT_LOG2:
        start_request_early(scrypt_derive.request(passphrase.encode("utf-8"), salt, log2_n))


def start_request_early(request: bytes) -> None:
    """Start the helper for `request` (scrypt_derive's) now; its answer is taken by the
    call that makes the same request (derive_wrap_key, open_in_helper)."""
    log2_n = request[1] if len(request) > 1 else 0
    if not 1 <= log2_n <= MAX_SCRYPT_LOG2:
        return
    if len(request) > _MAX_EARLY_REQUEST or request in _started:
        return
    # The request waits in a pipe of its own, whole and closed: the helper reads it at once.
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(request)
        helper = subprocess.Popen(
            helper_command(),
            stdin=read_end,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            creationflags=_CREATION_FLAGS,
        )
    except OSError:
        return
    finally:
        os.close(read_end)
    _started[request] = helper


def derive_wrap_key(passphrase: str, salt: bytes, log2_n: int) -> bytes:
    """scrypt(passphrase, "age-encryption.org/v1/scrypt" || salt, 2^log2_n, 8, 1), 32 bytes.

    The caller has already refused a work factor above the cap (age_header); refused
    here again, before the helper starts, so that no path can pay for one.
    """
    assert len(salt) == SALT_BYTES and log2_n >= 1, "checked by age_header"
    if log2_n > MAX_SCRYPT_LOG2:
        raise too_costly(str(log2_n))
    returncode, output = _answer(scrypt_derive.request(passphrase.encode("utf-8"), salt, log2_n))
    if returncode != 0 or len(output) != KEY_BYTES:
        raise _failed(log2_n)
    return output


def open_in_helper(request: bytes, log2_n: int) -> bytes:
    """The helper's answer to an OPEN request (scrypt_derive.open_request): its status
    byte, then the plaintext if the file opened. The work factor is refused as above."""
    if log2_n > MAX_SCRYPT_LOG2:
        raise too_costly(str(log2_n))
    returncode, output = _answer(request)
    statuses = (OPENED, WRONG_PASSPHRASE, MALFORMED_FILE_KEY, DAMAGED)
    if returncode != 0 or not output or output[0] not in statuses:
        raise _failed(log2_n)
    if output[0] != OPENED and len(output) != 1:
        raise _failed(log2_n)
    return output


def helper_command() -> list[str]:
    """How the helper process is started: see the module's docstring."""
    if getattr(sys, "frozen", False):
        return [sys.executable, scrypt_derive.CHILD_ARGUMENT]
    return [sys.executable, "-I", scrypt_derive.__file__]


def _answer(request: bytes) -> tuple[int, bytes]:
    """The helper's exit status and standard output, from one started early if any."""
    early = _started.pop(request, None)
    if early is not None:
        output, _errors = early.communicate()
        return early.returncode, output
    try:
        helper = subprocess.run(
            helper_command(),
            input=request,
            capture_output=True,
            check=False,
            creationflags=_CREATION_FLAGS,
        )
    except OSError as exc:
        raise KeyDerivationError(
            QT_TRANSLATE_NOOP(
                "messages", "Cannot start the passphrase's key derivation ({reason})."
            ),
            reason=exc.strerror,
        ) from None
    return helper.returncode, helper.stdout


def _failed(log2_n: int) -> KeyDerivationError:
    # Most likely out of memory: 128 x 8 x 2^log2_n bytes were needed.
    needed = (128 * 8 << log2_n) >> 20
    return KeyDerivationError(
        QT_TRANSLATE_NOOP(
            "messages", "The passphrase's key derivation failed (it needs {mib} MiB of memory)."
        ),
        mib=needed,
    )
