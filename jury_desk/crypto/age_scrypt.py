"""Writing an age passphrase (scrypt) file with a fixed work factor.

pyrage chooses the scrypt work factor by timing the machine and offers no way
to set it: on a fast machine it writes files above the cap that every
jury-desk (rightly) refuses to open. So the small passphrase-protected files
(key slots) are written here, following the age v1 specification exactly,
with the work factor the reference `age` tool writes (2^18). Reading them
stays with pyrage, and the tests check that pyrage and `age` both open them.
The scrypt derivation itself (256 MiB at 2^18) runs in the same short-lived
helper process as when a passphrase opens a file (scrypt_child).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from jury_desk.crypto import scrypt_child

WORK_FACTOR_LOG2 = 18
CHUNK = 64 * 1024


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


# cryptography is imported in the functions that write: age_stream, which the
# window's unlock imports, imports this module (issue #17).


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def encrypt_with_passphrase(
    plaintext: bytes, passphrase: str, work_factor_log2: int = WORK_FACTOR_LOG2
) -> bytes:
    """An age v1 file with a single scrypt stanza, holding `plaintext`."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = scrypt_child.derive_wrap_key(passphrase, salt, work_factor_log2)
    body = ChaCha20Poly1305(wrap_key).encrypt(b"\x00" * 12, file_key, None)
    header = (
        b"age-encryption.org/v1\n"
        + b"-> scrypt " + _b64(salt) + b" " + str(work_factor_log2).encode() + b"\n"
        + _b64(body) + b"\n"
        + b"---"
    )  # fmt: skip
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    return header + b" " + _b64(mac) + b"\n" + nonce + _payload(file_key, nonce, plaintext)


def _payload(file_key: bytes, nonce: bytes, plaintext: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    sealed = []
    for counter, chunk in enumerate(chunks):
        last = counter == len(chunks) - 1
        chunk_nonce = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        sealed.append(aead.encrypt(chunk_nonce, chunk, None))
    return b"".join(sealed)
