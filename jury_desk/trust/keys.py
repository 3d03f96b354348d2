"""Key pairs: ECDSA P-256 for signatures, age X25519 for encryption, and their fingerprints.

P-256 with SHA-256 is what PAdES signatures (pyHanko) and every PDF reader accept.
"""

from __future__ import annotations

import hashlib

import pyrage
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes
from pyrage import x25519

from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.trust.errors import TrustError

CURVE_NAME = ec.SECP256R1.name


def generate_signing_key() -> ec.EllipticCurvePrivateKey:
    """A new ECDSA P-256 private key."""
    return ec.generate_private_key(ec.SECP256R1())


def private_key_to_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """PKCS#8 PEM, unencrypted: it is only ever kept inside a SecretStore, which encrypts."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def private_key_from_pem(data: bytes) -> ec.EllipticCurvePrivateKey:
    """The P-256 private key in `data`; TrustError for anything else."""
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The stored signing key is damaged: it is not a private key."
            )
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != CURVE_NAME:
        raise TrustError(
            QT_TRANSLATE_NOOP("messages", "The stored signing key is not an ECDSA P-256 key.")
        )
    return key


def is_p256_public_key(key: PublicKeyTypes) -> bool:
    return isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == CURVE_NAME


def generate_age_identity() -> tuple[str, str]:
    """A new age X25519 identity and its recipient: ("AGE-SECRET-KEY-1…", "age1…")."""
    identity = x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def age_recipient_of(age_identity: str) -> str:
    """The public recipient ("age1…") of a secret age identity; TrustError if it is not one."""
    try:
        return str(x25519.Identity.from_str(age_identity).to_public())
    except pyrage.IdentityError:
        raise TrustError(
            QT_TRANSLATE_NOOP(
                "messages", "The stored age identity is damaged: it is not an age key."
            )
        ) from None


def is_age_recipient(text: str) -> bool:
    """True for an age X25519 recipient in its canonical spelling (so that it binds exactly)."""
    try:
        return str(x25519.Recipient.from_str(text)) == text
    except pyrage.RecipientError:
        return False


def fingerprint(public_key: PublicKeyTypes) -> str:
    """SHA-256 of the SubjectPublicKeyInfo, as 16 groups of 4 upper-case hex digits.

    Read aloud over the phone to check that a key or certificate is the one expected.
    """
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.sha256(der).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def cert_fingerprint(cert: x509.Certificate) -> str:
    """The fingerprint of the certificate's public key (the same whatever its validity dates)."""
    return fingerprint(cert.public_key())


# The comparison code: what two people read to each other by phone. 24 digits
# in six groups of four (about 80 bits of the fingerprint's SHA-256), easier to
# say than 64 hexadecimal digits and still far beyond what an attacker could
# match by making keys; the full fingerprint stays shown beside it.
COMPARISON_DIGITS = 24
_GROUP = 4


def comparison_code_of(fingerprint_text: str) -> str:
    """The comparison code of a fingerprint as `fingerprint` writes it (16 groups of hex)."""
    digest = bytes.fromhex(fingerprint_text.replace(" ", ""))
    if len(digest) != hashlib.sha256().digest_size:
        raise ValueError(f"not a SHA-256 fingerprint: {fingerprint_text!r}")
    number = int.from_bytes(digest[:16], "big") % 10**COMPARISON_DIGITS
    digits = f"{number:0{COMPARISON_DIGITS}d}"
    return " ".join(digits[i : i + _GROUP] for i in range(0, COMPARISON_DIGITS, _GROUP))


def comparison_code(public_key: PublicKeyTypes) -> str:
    return comparison_code_of(fingerprint(public_key))


def cert_comparison_code(cert: x509.Certificate) -> str:
    return comparison_code(cert.public_key())
