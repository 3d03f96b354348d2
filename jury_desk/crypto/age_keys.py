"""The file key of an age v1 file, unwrapped from its header with our own code.

pyrage decrypts whole streams but never hands out the file key; opening a
bundle keeps that key (in the encrypted workspace) to read any document of
the stored payload later, chunk by chunk. So the header is unwrapped here,
following age-encryption.org/v1 exactly:

- X25519 stanza `-> X25519 <share>` with a 32-byte body: the wrap key is
  HKDF-SHA256(ikm = X25519(identity, share), salt = share || recipient,
  info = "age-encryption.org/v1/X25519"); the body is the file key sealed
  with ChaCha20-Poly1305 under that key and a zero nonce.
- scrypt stanza `-> scrypt <salt> <log2 N>`: the wrap key is
  scrypt(passphrase, salt = "age-encryption.org/v1/scrypt" || salt, N, r = 8,
  p = 1), derived by `scrypt_child` in a short-lived helper process.
- Then the header MAC: HMAC-SHA256 keyed with HKDF-SHA256(ikm = file key,
  salt = empty, info = "header") over the header up to and including "---".

Every header is first checked by `age_header`, so stanzas are well formed here.
"""

from __future__ import annotations

import hmac
from hashlib import sha256

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from jury_desk.crypto.age_header import AgeHeader, Stanza, decode_base64, mac_line
from jury_desk.kernel.errors import UserError
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP

FILE_KEY_BYTES = 16
_X25519_LABEL = b"age-encryption.org/v1/X25519"
_ZERO_NONCE = b"\x00" * 12
_IDENTITY_HRP = "age-secret-key-"
_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class AgeKeyError(UserError):
    """No identity opens the file, or its header does not authenticate."""


class NoMatchingIdentityError(AgeKeyError):
    pass


class HeaderMacError(AgeKeyError):
    pass


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def x25519_secret(identity: str) -> bytes:
    """The 32-byte scalar of an "AGE-SECRET-KEY-1…" identity (Bech32, checked)."""
    text = identity.strip()
    # Bech32 is all upper or all lower case; age writes identities in upper case.
    if text.upper() != text and text.lower() != text:
        raise _bad_identity()
    hrp, data = _bech32_decode(text.lower())
    secret = _from_five_bits(data)
    if hrp != _IDENTITY_HRP or secret is None or len(secret) != 32:
        raise _bad_identity()
    return secret


def unwrap_x25519(header: AgeHeader, identities: list[str]) -> bytes:
    """The file key, from the first X25519 stanza one of `identities` opens."""
    secrets = [x25519_secret(identity) for identity in identities]
    for secret in secrets:
        private = X25519PrivateKey.from_private_bytes(secret)
        recipient = private.public_key().public_bytes_raw()
        for stanza in header.stanzas:
            if stanza.type != "X25519":
                continue
            file_key = _try_x25519_stanza(stanza, private, recipient)
            if file_key is not None:
                return file_key
    raise NoMatchingIdentityError(
        QT_TRANSLATE_NOOP("messages", "no identity matches (it was encrypted for other keys)")
    )


def unwrap_with_wrap_key(stanza: Stanza, wrap_key: bytes) -> bytes | None:
    """A stanza body sealed with `wrap_key` (scrypt), or None if the key does not open it."""
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, stanza.body, None)
    except InvalidTag:
        return None


def check_header_mac(prefix: bytes, header: AgeHeader, file_key: bytes) -> None:
    """The header's MAC, under the file key: refuses a header changed after encryption."""
    covered, mac_text = mac_line(prefix, header)
    expected = hmac.new(hkdf_sha256(file_key, b"", b"header"), covered, sha256).digest()
    mac = decode_base64(mac_text, QT_TRANSLATE_NOOP("messages", "the header MAC"))
    if not hmac.compare_digest(mac, expected):
        raise HeaderMacError(
            QT_TRANSLATE_NOOP("messages", "its header does not authenticate (damaged or altered)")
        )


def _try_x25519_stanza(stanza: Stanza, private: X25519PrivateKey, recipient: bytes) -> bytes | None:
    share = decode_base64(
        stanza.args[0].encode("ascii"), QT_TRANSLATE_NOOP("messages", "an X25519 share")
    )
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # a low-order share gives the all-zero secret: refused by the spec
        raise AgeKeyError(
            QT_TRANSLATE_NOOP("messages", "an X25519 stanza carries a low-order share")
        ) from None
    wrap_key = hkdf_sha256(shared, share + recipient, _X25519_LABEL)
    file_key = unwrap_with_wrap_key(stanza, wrap_key)
    if file_key is not None and len(file_key) != FILE_KEY_BYTES:
        raise AgeKeyError(
            QT_TRANSLATE_NOOP("messages", "an X25519 stanza wraps a file key of the wrong size")
        )
    return file_key


def _bad_identity() -> AgeKeyError:
    # Never echo the string: it may be a (mistyped) secret key.
    return AgeKeyError(
        QT_TRANSLATE_NOOP(
            "messages", "A key is not a valid age X25519 identity (AGE-SECRET-KEY-1…)."
        )
    )


def _bech32_decode(text: str) -> tuple[str, list[int]]:
    separator = text.rfind("1")
    if separator < 1 or separator + 7 > len(text):
        raise _bad_identity()
    hrp = text[:separator]
    try:
        data = [_BECH32_CHARSET.index(char) for char in text[separator + 1 :]]
    except ValueError:
        raise _bad_identity() from None
    if _bech32_polymod(_hrp_expand(hrp) + data) != 1:
        raise _bad_identity()
    return hrp, data[:-6]


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, word in enumerate(generator):
            if (top >> bit) & 1:
                checksum ^= word
    return checksum


def _from_five_bits(data: list[int]) -> bytes | None:
    accumulator = bits = 0
    out = bytearray()
    for value in data:
        accumulator = (accumulator << 5) | value
        bits += 5
        while bits >= 8:
            bits -= 8
            out.append((accumulator >> bits) & 0xFF)
    # Leftover bits must be padding: fewer than 5, all zero.
    if bits >= 5 or (accumulator << (8 - bits)) & 0xFF:
        return None
    return bytes(out)
